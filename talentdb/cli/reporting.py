"""Pages and metadata for other tools: ``report``, ``datasette-metadata``."""

from typing import Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Quiet


@app.command()
def report(
    out: str = typer.Option(..., "--out", "-o", help="The HTML file to write."),
    title: str = typer.Option("talentdb report", "--title"),
    org: Optional[str] = typer.Option(None, "--org", help="Only this organisation's events (as actor or other party)."),
    person: Optional[str] = typer.Option(None, "--person", help="Only this person's events."),
    since: Optional[str] = typer.Option(None, help="Only events on or after this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Only events on or before this day."),
    lanes: int = typer.Option(20, "--lanes", help="Timeline lanes: the organisations with the most events."),
    lane_events: int = typer.Option(200, "--lane-events", help="Events drawn per lane, the newest."),
    flows: int = typer.Option(40, "--flows", help="Talent flows drawn, the biggest."),
    rows: int = typer.Option(1000, "--rows", help="Events listed in the table, the newest."),
    quiet: Quiet = False,
    db: Db = None,
):
    """A self-contained HTML page: timeline lanes per organisation, a talent-flow drawing (SVG), the events.

    The page summarises: the busiest organisations' lanes, the biggest flows and the newest events, so a database
    of any size gives a page of a few megabytes at most; the page says what it leaves out.

    Example:

    \b
        talentdb report --out report.html
        talentdb report --org OpenAI --since 2024-01-01 --out openai-2024.html
    """
    from talentdb.progress import progress
    from talentdb.report import render_report
    from talentdb.report_scope import Scope, gather
    from talentdb.safefiles import refuse_database_target

    refuse_database_target(out, database.url(db))
    scope = Scope(org, person, since, until, lanes, lane_events, flows, rows)
    with progress("reporting", total=3, quiet=quiet) as bar:
        with database.reading(db) as conn:
            page = gather(conn, scope)
        bar.advance(note="events and flows read")
        html = render_report(page.lane_events, page.flows, title=title, table_events=page.table_events,
                             note=page.note)
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
