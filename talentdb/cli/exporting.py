"""Whole tables out: ``export``."""

from typing import Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, ExportFormat, Quiet
from talentdb.errors import UserError


@app.command()
def export(
    table: str = typer.Option("events", "--table", help="events, people, organizations or sources."),
    format: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f", help="csv, json, jsonl or xlsx."),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="File to write (default: stdout; xlsx: needed)."),
    all_: bool = typer.Option(False, "--all", help="events: include retracted ones."),
    raw: bool = typer.Option(False, "--raw", help="CSV and xlsx: do not neutralise formula-like cells."),
    no_bom: bool = typer.Option(False, "--no-bom", help="CSV: no UTF-8 byte order mark (for pipelines)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64,
                             help="events as CSV on SQLite: write in N processes, each a range of ids (at most one "
                             "per core this process may run on)."),
    quiet: Quiet = False,
    db: Db = None,
):
    """Export a table for spreadsheets (CSV: UTF-8 with BOM, formula-like cells neutralised; xlsx) or tools (JSON).

    Rows are in id order (the order recorded), so a later export starts with the same rows. An xlsx file has
    dates as dates and numbers as numbers; no cell in it is ever a formula.

    Example:

    \b
        talentdb export --out events.csv
        talentdb export --out events.csv --jobs 2
        talentdb export --format xlsx --out events.xlsx
        talentdb export --table people --format json
    """
    from talentdb.exporting import export_table
    from talentdb.progress import progress

    if format is ExportFormat.xlsx and not out:
        raise UserError("xlsx is a file: give --out FILE.xlsx")
    if out:
        from talentdb.safefiles import refuse_database_target

        refuse_database_target(out, database.url(db))
    engine = database.engine(db)
    with progress("exporting", quiet=quiet) as bar:
        n = export_table(engine, table, format.value, out, include_retracted=all_, raw=raw, bom=not no_bom,
                         jobs=jobs, bar=bar)
    if out and not quiet:
        typer.echo(f"wrote {n} rows to {out}", err=True)
