"""The log itself: ``rebuild`` the projections from it, ``verify`` its hash chain."""

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Quiet


@app.command()
def rebuild(quiet: Quiet = False, db: Db = None):
    """Drop every projection and replay it from the log.

    Example:

    \b
        talentdb rebuild
    """
    from talentdb.progress import progress
    from talentdb.store.db import write_transaction
    from talentdb.store.projector import rebuild as run

    with write_transaction(database.engine(db)) as conn, progress("rebuilding", quiet=quiet) as bar:
        last = run(conn, bar)
    typer.echo(f"rebuilt projections from {last} log entries")


@app.command()
def verify(quiet: Quiet = False, db: Db = None):
    """Check the log's hash chain and seq order; exit 1 naming the first bad entry.

    Example:

    \b
        talentdb verify
        ok: 31 entries, hash chain intact
    """
    from talentdb.progress import progress
    from talentdb.store.db import read_transaction
    from talentdb.store.log import verify as run

    with read_transaction(database.engine(db)) as conn, progress("verifying", quiet=quiet) as bar:
        result = run(conn, bar)
    if result.ok:
        typer.echo(f"ok: {result.entries} entries, hash chain intact")
        return
    typer.echo(f"talentdb: log broken at entry {result.first_bad}: {result.reason}", err=True)
    raise typer.Exit(1)
