"""Plain SQL, read-only: ``sql``."""

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Fmt, Format
from talentdb.cli.rows import emit


@app.command()
def sql(
    statement: str = typer.Argument(..., help="One SELECT (or WITH … SELECT) statement."),
    format: Fmt = Format.table,
    db: Db = None,
):
    """Read-only SQL against the tables and views; anything that writes is refused and changes nothing.

    STATEMENT is one SELECT (or WITH … SELECT); see the README for the tables and views.

    Example:

    \b
        talentdb sql "SELECT person, org, role FROM current_roles ORDER BY org" --format csv
    """
    from talentdb.sqlconsole import run_sql

    columns, rows = run_sql(database.url(db), statement)
    emit(rows, columns, format)
