"""Putting articles in: ``ingest``."""

from typing import List, Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Lang, Quiet, parse_date


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files (.txt .md .html), folders (recursive), URLs or - for stdin."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD; anchors 上週, last week …"),
    title: Optional[str] = typer.Option(None, help="Article title (default: the page's or the first line)."),
    url: Optional[str] = typer.Option(None, help="Where the article came from."),
    lang: Lang = typer.Option(Lang.auto, help="Language; auto detects zh-Hant, zh-Hans or en."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64, help="Extract in N processes (one writer); at most "
                             "one per core this process may run on."),
    refetch: bool = typer.Option(False, "--refetch", help="Fetch a URL again even if it is stored already (a "
                                 "changed page is then a new source)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds to wait for a page."),
    quiet: Quiet = False,
    db: Db = None,
):
    """Read articles, extract events, and append them to the log (one transaction per article).

    PATHS are files (.txt .md .html), folders (read recursively; README, LICENSE, CHANGELOG, CONTRIBUTING and
    hidden files are skipped), http(s) URLs (the page is fetched and read like a saved page) or - for stdin.

    Ingesting the same text again adds nothing (a stored text is recognised before it is extracted); a URL already
    stored is not fetched again unless --refetch. An article with no events is recorded as read (it is not read
    again). Files and pages that cannot be read are reported and skipped; the exit code is 1 if any failed.

    Example:

    \b
        talentdb ingest seeds/openai-talent-exodus.zh-Hant.txt --published 2024-10-09
        ingested 1 article: 18 new events, 0 corroborated; 0 unchanged; 0 failed
    """
    from talentdb.bulk import ingest_paths

    when = parse_date(published, "--published")
    summary = ingest_paths(lambda: database.writer(db), paths, published=when, title=title, url=url,
                           lang=lang.value, jobs=jobs, quiet=quiet, db_url=database.url(db, create=True),
                           refetch=refetch, timeout=timeout)
    if summary.failed:
        raise typer.Exit(1)
