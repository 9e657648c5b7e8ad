"""The log itself: ``rebuild`` the projections from it, ``verify`` its hash chain."""

from typing import Optional

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
    from talentdb.store.ledger import check_tail
    from talentdb.store.projector import rebuild as run
    from talentdb.store.rawsql import raw

    with write_transaction(database.engine(db)) as conn, progress("rebuilding", quiet=quiet) as bar:
        check_tail(raw(conn))  # a log that lost or changed its last entries is not replayed
        last = run(conn, bar)
    typer.echo(f"rebuilt projections from {last} log entries")


@app.command()
def verify(
    head: Optional[str] = typer.Option(None, "--head", metavar="SEQ:HASH",
                                       help="A head printed earlier by `talentdb head`: prove the log still holds "
                                            "that entry unchanged and extends it."),
    quiet: Quiet = False,
    db: Db = None,
):
    """Check the log's hash chain and seq order, and that the projections have not seen entries the log lost;
    exit 1 naming the first bad entry.

    With --head SEQ:HASH (as `talentdb head` printed it earlier and you kept elsewhere), also prove the log still
    holds that entry with that hash: a deleted tail, or a history rewritten before it, fails. With
    $TALENTDB_LOG_KEY set, keyed entries are checked under the key.

    Example:

    \b
        talentdb verify
        ok: 31 entries, hash chain intact
        talentdb verify --head 31:5d41402abc4b2a76b9719d911017c592ae2f0c3e6d7a8f1b2c3d4e5f60718293
    """
    from talentdb.progress import progress
    from talentdb.store.db import read_transaction
    from talentdb.store.ledger import check_head, parse_head
    from talentdb.store.log import verify as run
    from talentdb.store.projector import position
    from talentdb.store.rawsql import raw

    kept = parse_head(head) if head else None
    with read_transaction(database.engine(db)) as conn, progress("verifying", quiet=quiet) as bar:
        result = run(conn, bar)
        at = position(conn)
        head_problem = check_head(raw(conn), kept) if kept and result.ok else None
    if not result.ok:
        where = f"at entry {result.first_bad}" if result.first_bad else "as a whole"
        typer.echo(f"talentdb: log broken {where}: {result.reason}", err=True)
        raise typer.Exit(1)
    if head_problem:
        typer.echo(f"talentdb: log does not extend the head you kept: {head_problem}", err=True)
        raise typer.Exit(1)
    if at > result.entries:
        typer.echo(f"talentdb: log broken at its end: it ends at entry {result.entries} but the projections were "
                   f"built from entry {at} (entries were deleted)", err=True)
        raise typer.Exit(1)
    extends = f", extends {kept[0]}:{kept[1][:12]}…" if kept else ""
    typer.echo(f"ok: {result.entries} entries, hash chain intact{extends}")


@app.command(name="head")
def head_(db: Db = None):
    """Print the log's head, SEQ:HASH: keep it elsewhere, and `talentdb verify --head SEQ:HASH` proves later that
    the log still holds that entry unchanged (nothing deleted after it, nothing rewritten before it).

    Example:

    \b
        talentdb head
        31:5d41402abc4b2a76b9719d911017c592ae2f0c3e6d7a8f1b2c3d4e5f60718293
    """
    from talentdb.store.db import read_transaction
    from talentdb.store.ledger import head as current
    from talentdb.store.rawsql import raw

    with read_transaction(database.engine(db)) as conn:
        seq, hash_ = current(raw(conn))
    typer.echo(f"{seq}:{hash_}")
