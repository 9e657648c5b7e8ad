"""Keeping up with a better extractor: ``reextract`` runs it over stored articles and logs the difference."""

from typing import List, Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Fmt, Format, Quiet
from talentdb.cli.rows import emit
from talentdb.errors import UserError

_ACTIONS = ("added", "removed", "changed", "corroborated", "skipped", "kept")


@app.command()
def reextract(
    source: Optional[List[int]] = typer.Option(None, "--source", metavar="ID",
                                               help="A stored source to re-extract (repeat for several)."),
    all_: bool = typer.Option(False, "--all", help="Every stored source."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the difference; write nothing."),
    format: Fmt = Format.table,
    quiet: Quiet = False,
    db: Db = None,
):
    """Run the current extractor (with today's lexicons, overlay included) over stored articles and append the
    difference to the log: events found now are added (or corroborate a known one), events no longer found are
    retracted with reason `reextract` (unless other articles report them), changed arguments are amended.

    What a person decided wins: an event added, amended, confirmed or retracted by hand is never touched and is
    listed as skipped. Running it twice in a row changes nothing. `--known-at` still shows the state before.

    Example:

    \b
        talentdb reextract --all --dry-run
        talentdb reextract --source 3 --source 4
    """
    from talentdb.progress import progress
    from talentdb.store.reextract import CHANGE_COLUMNS, reextract as run
    from talentdb.store.writing import seq_range

    if all_ == bool(source):
        raise UserError("say which sources: --source ID (repeatable) or --all")
    engine = database.engine(db)
    with progress("re-extracting", quiet=quiet) as bar:
        report = run(engine, None if all_ else source, dry_run=dry_run, progress=_advancing(bar))
    rows = [c.as_dict() for c in report.changes]
    if format is not Format.table:
        emit(rows, CHANGE_COLUMNS, format)
        return
    for note in [] if quiet else report.notes:
        typer.echo(note, err=True)
    if rows:
        emit([{**r, "source": r["source_id"], "id": r["event_id"]} for r in rows], CHANGE_COLUMNS, format,
             ["source", "action", "id", "type", "person", "detail", "evidence"])
    counts = ", ".join(f"{report.count(a)} {a}" for a in _ACTIONS)
    sources = len(report.sources)
    head = f"{sources} source{'s' if sources != 1 else ''}"
    if dry_run:
        typer.echo(f"dry run over {head}: {counts}; nothing written")
    else:
        typer.echo(f"re-extracted {head}: {counts} ({seq_range(report.seqs)})")


def _advancing(bar):
    """``progress(done, total)`` for store.reextract: the first call (done 0) gives the bar its total."""
    def advance(done: int, total: int) -> None:
        if done:
            bar.advance()
        else:
            bar.total(total)

    return advance
