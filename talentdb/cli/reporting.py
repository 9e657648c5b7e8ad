"""Pages and metadata for other tools: ``report``, ``datasette-metadata``."""

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Quiet


@app.command()
def report(
    out: str = typer.Option(..., "--out", "-o", help="The HTML file to write."),
    title: str = typer.Option("talentdb report", "--title"),
    quiet: Quiet = False,
    db: Db = None,
):
    """A self-contained HTML page: timeline lanes per organisation, a talent-flow drawing (SVG), the events.

    Example:

    \b
        talentdb report --out report.html
    """
    from talentdb.progress import progress
    from talentdb.report import render_report
    from talentdb.safefiles import refuse_database_target
    from talentdb.store.db import read_transaction
    from talentdb.store.queries import flow as flows, query as events

    refuse_database_target(out, database.url(db))
    with progress("reporting", total=4, quiet=quiet) as bar:
        with read_transaction(database.engine(db)) as conn:
            rows = events(conn)
            bar.advance(note="events read")
            moves = flows(conn)
            bar.advance(note="flows read")
        html = render_report(rows, moves, title=title)
        bar.advance(note="page drawn")
        _write_whole(out, html)
        bar.advance(note="written")
    if not quiet:
        typer.echo(f"wrote {out}", err=True)


def _write_whole(path: str, text: str) -> None:
    """The file appears complete or not at all: written beside it, then renamed over it."""
    from talentdb.safefiles import atomic_output

    with atomic_output(path, newline=None) as fh:
        fh.write(text)


@app.command(name="datasette-metadata")
def datasette_metadata(db: Db = None):
    """Print Datasette metadata (titles and descriptions of tables, views and columns) as JSON.

    The metadata is keyed to the database's name as Datasette knows it (the file name without .db), so give the
    same --db as the one Datasette serves.

    Example:

    \b
        talentdb datasette-metadata > metadata.json && datasette talentdb.db -m metadata.json
        talentdb datasette-metadata --db corpus.db > corpus.json && datasette corpus.db -m corpus.json
    """
    import json

    from talentdb.docs import datasette_metadata as build

    typer.echo(json.dumps(build(database.name(db)), ensure_ascii=False, indent=2))
