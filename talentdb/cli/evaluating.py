"""Measuring extraction: ``eval``."""

from typing import List

import typer

from talentdb.cli import app
from talentdb.cli.options import Fmt, Format, Quiet
from talentdb.cli.rows import emit


# (the help of the three figure tables, kept here so the command's signature stays readable)
WHY_HELP = ("After the scores, count the missed events by the stage of the extractor that lost them (name not "
            "found, no trigger word, cancelled by a cue …), per event type (with --format json, jsonl or csv: "
            "that table alone); with --show, each MISSED line says its reason. Figures only.")
SHRINK_HELP = ("After the scores, count the missed events by what in the text blocked them: each one's sentence is "
               "cut down step by step (alone, without the spaces between Chinese words, its quote marks, its "
               "brackets, the words before its clause, the other clauses) and the first cut after which the "
               "extractor finds it is named; 'nothing' when even one clause is not read. Per event type; with "
               "--show, each MISSED line says its blocker. Figures only.")
ARGS_HELP = ("After the scores, count the arguments of the events found (org, person, role, counterparty, date, "
             "amount) by outcome: right, none given (the row leaves it empty), another value; per event type. "
             "Figures only.")


@app.command(name="eval")
def eval_(
    gold: List[str] = typer.Argument(..., help="Gold files (format: seeds/*.gold.json)."),
    show: bool = typer.Option(False, "--show", help="List every miss."),
    by: str = typer.Option("article", "--by", metavar="article|type|lang",
                           help="One row per article (default), per event type or per gold language; the TOTAL "
                                "row is the same. Figures only: a held-out set can be broken down without "
                                "reading its misses."),
    why: bool = typer.Option(False, "--why", help=WHY_HELP),
    shrink: bool = typer.Option(False, "--shrink", help=SHRINK_HELP),
    arguments: bool = typer.Option(False, "--args", help=ARGS_HELP),
    format: Fmt = Format.table,
    quiet: Quiet = False,
):
    """Precision, recall, F1 and argument accuracy of extraction against gold files (GOLD: seeds/*.gold.json format).

    Each article is ingested into a fresh temporary database and queried as a user would, then its events are
    matched to the gold ones (by type and person; founding by organisation; funding by organisation and amount).
    A row whose every event was missed says so in its note. A gold file that cannot be used gets one line on
    stderr and the exit code is 1; the others are still scored.

    Example:

    \b
        talentdb eval seeds/*.gold.json tests/corpus/*.gold.json
        talentdb eval tests/heldout/*.gold.json --show
        talentdb eval tests/heldout/*.gold.json --by type
        talentdb eval tests/heldout/*.gold.json --why
        talentdb eval tests/heldout/*.gold.json --shrink
        talentdb eval tests/heldout/*.gold.json --args
    """
    from talentdb.evalcli import BY, run_eval
    from talentdb.progress import progress

    if by not in BY:
        typer.echo(f"talentdb: --by {by!r} is not one of {', '.join(BY)}", err=True)
        raise typer.Exit(2)
    asked = [name for name, on in (("--why", why), ("--shrink", shrink), ("--args", arguments)) if on]
    if len(asked) > 1 and format != Format.table:
        typer.echo(f"talentdb: {' and '.join(asked)} give one table each; with --format {format.value} ask for one "
                   "at a time", err=True)
        raise typer.Exit(2)
    bad = []

    def left_out(message: str) -> None:
        bad.append(message)
        typer.echo(f"talentdb: {message}", err=True)

    with progress("scoring", total=len(gold), quiet=quiet) as bar:
        reasons: dict | None = {} if why else None
        blockers: dict | None = {} if shrink else None
        outcomes: dict | None = {} if arguments else None
        rows, misses = run_eval(gold, bar=bar, on_bad=left_out, by=by, why=reasons, shrink=blockers,
                                arguments=outcomes)
    if len(bad) < len(gold):
        _print_results(rows, misses if show else [], by, format, reasons, blockers, outcomes)
    if bad:
        raise typer.Exit(1)


def _print_results(rows: list[dict], misses: list[str], by: str, format: Format, reasons: dict | None,
                   blockers: dict | None, outcomes: dict | None = None) -> None:
    """The scores, then the --why, --shrink and --args tables (with --format json, jsonl or csv: the one asked for
    alone, so the output is one document), then the misses."""
    from talentdb.evalcli import COLUMNS, argument_rows, shrink_rows, why_rows
    from talentdb.evaluation import EVENT_TYPES

    tables = ((reasons, why_rows, "reason"), (blockers, shrink_rows, "blocker"), (outcomes, argument_rows, "argument"))
    if all(counts is None for counts, _, _ in tables) or format == Format.table:
        emit(rows, [by if c == "article" else c for c in COLUMNS] if by != "article" else COLUMNS, format)
    for counts, table, first in tables:
        if counts is not None:
            if format == Format.table:
                typer.echo("")
            emit(table(counts), [first, *EVENT_TYPES, "all"], format)
    if misses:
        typer.echo("\n".join(misses))
