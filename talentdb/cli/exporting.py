"""Whole tables out: ``export``."""
from __future__ import annotations

from typing import Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, ExportFormat


@app.command()
def export(
    table: str = typer.Option("events", "--table", help="events, people, organizations or sources."),
    format: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f"),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="File to write (default: stdout)."),
    all_: bool = typer.Option(False, "--all", help="events: include retracted ones."),
    raw: bool = typer.Option(False, "--raw", help="CSV: do not neutralise formula-like cells."),
    no_bom: bool = typer.Option(False, "--no-bom", help="CSV: no UTF-8 byte order mark (for pipelines)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64,
                             help="events as CSV on SQLite: write in N processes, each a range of ids."),
    db: Db = None,
):
    """Export a table for spreadsheets (CSV: UTF-8 with BOM, formula-like cells neutralised) or tools (JSON).

    Rows are in id order (the order recorded), so a later export starts with the same rows.

    Example:

    \b
        talentdb export --out events.csv
        talentdb export --out events.csv --jobs 2
        talentdb export --table people --format json
    """
    from talentdb.exporting import export_table

    n = export_table(database.engine(db), table, format.value, out, include_retracted=all_, raw=raw, bom=not no_bom,
                     jobs=jobs)
    if out:
        typer.echo(f"wrote {n} rows to {out}", err=True)
