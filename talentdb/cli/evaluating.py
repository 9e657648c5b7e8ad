"""Measuring extraction: ``eval``."""
from __future__ import annotations

from typing import List

import typer

from talentdb.cli import app
from talentdb.cli.options import Fmt, Format
from talentdb.cli.rows import emit

EVAL_COLUMNS = ["article", "found", "required", "false_pos", "precision", "recall", "f1", "args"]


@app.command(name="eval")
def eval_(
    gold: List[str] = typer.Argument(..., help="Gold files (format: seeds/*.gold.json)."),
    show: bool = typer.Option(False, "--show", help="List every miss."),
    format: Fmt = Format.table,
):
    """Precision, recall, F1 and argument accuracy of extraction against gold files (GOLD: seeds/*.gold.json format).

    Each article is ingested into a fresh temporary database, then scored as ../shared/tools/score.py does.

    Example:

    \b
        talentdb eval seeds/*.gold.json tests/corpus/*.gold.json
    """
    from talentdb.evalcli import run_eval

    rows, misses = run_eval(gold)
    emit(rows, EVAL_COLUMNS, format)
    if show and misses:
        typer.echo("\n".join(misses))
