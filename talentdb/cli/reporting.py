"""Pages and metadata for other tools: ``report``, ``datasette-metadata``."""
from __future__ import annotations

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db


@app.command()
def report(
    out: str = typer.Option(..., "--out", "-o", help="The HTML file to write."),
    title: str = typer.Option("talentdb report", "--title"),
    db: Db = None,
):
    """A self-contained HTML page: timeline lanes per organisation, a talent-flow drawing (SVG), the events.

    Example:

    \b
        talentdb report --out report.html
    """
    from talentdb.report import render_report
    from talentdb.store.db import read_transaction
    from talentdb.store.queries import flow as flows, query as events

    with read_transaction(database.engine(db)) as conn:
        html = render_report(events(conn), flows(conn), title=title)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)
    typer.echo(f"wrote {out}", err=True)


@app.command(name="datasette-metadata")
def datasette_metadata():
    """Print Datasette metadata (titles and descriptions of tables, views and columns) as JSON.

    Example:

    \b
        talentdb datasette-metadata > metadata.json && datasette talentdb.db -m metadata.json
    """
    import json

    from talentdb.docs import datasette_metadata as build

    typer.echo(json.dumps(build(), ensure_ascii=False, indent=2))
