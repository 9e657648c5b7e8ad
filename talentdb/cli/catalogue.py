"""What the database holds: ``stats``, and the ``people``, ``orgs`` and ``sources`` it knows."""

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Fmt, Format, Limit, Offset, Search
from talentdb.cli.rows import emit, paged


@app.command()
def stats(format: Fmt = Format.table, db: Db = None):
    """What the database holds: events by type and status, people, organisations, sources, the log's head.

    Also where the database is (any password hidden), its backend and schema revision. Keep the log head
    (seq and hash) somewhere else to prove later that the log still holds it.

    Example:

    \b
        talentdb stats
        talentdb stats --format json
    """
    from talentdb.store.catalogue import stats as count

    with database.reading(db) as conn:
        held = count(conn, database.shown_url(conn))
    if format in (Format.json, Format.jsonl):
        import json

        typer.echo(json.dumps(held, ensure_ascii=False, indent=2 if format is Format.json else None))
        return
    emit(_stats_rows(held), ["what", "value"], format)


def _stats_rows(held: dict) -> list[dict]:
    log, events = held["log"], held["events"]
    rows = [("database", held["database"]), ("backend", held["backend"]),
            ("schema revision", held["schema revision"]), ("log entries", log["entries"]),
            ("log head", f"seq {log['head seq']}, hash {log['head hash'] or '-'}"),
            ("events", f"{events['total']} ({events['by status']['active']} active, "
                       f"{events['by status']['retracted']} retracted)")]
    rows += [(f"  {type_}", n) for type_, n in events["by type"].items()]
    rows += [("people", held["people"]), ("organisations", held["organisations"]),
             ("sources", f"{held['sources']} ({held['sources with no events']} with no events)")]
    return [{"what": what, "value": value} for what, value in rows]


def _listing(kind: str, search, limit, offset, format: Format, db, what: str) -> None:
    from talentdb.store import catalogue

    with database.reading(db) as conn:
        if kind == "source":
            rows = paged(lambda n: catalogue.sources(conn, search, limit=n, offset=offset), limit, offset, format,
                         what)
            columns = catalogue.SOURCE_COLUMNS
        else:
            rows = paged(lambda n: catalogue.entities(conn, kind, search, limit=n, offset=offset), limit, offset,
                         format, what)
            columns = catalogue.PEOPLE_COLUMNS if kind == "person" else catalogue.ORG_COLUMNS
    emit(rows, columns, format)


@app.command()
def people(search: Search = None, limit: Limit = None, offset: Offset = 0, format: Fmt = Format.table, db: Db = None):
    """People by name, with how many events each has and every other spelling of the name.

    SEARCH is a part of any spelling: case, spaces, dots and Traditional/Simplified characters do not matter.

    Example:

    \b
        talentdb people
        talentdb people murati
    """
    _listing("person", search, limit, offset, format, db, "people")


@app.command()
def orgs(search: Search = None, limit: Limit = None, offset: Offset = 0, format: Fmt = Format.table, db: Db = None):
    """Organisations by name, with how many events each has (as actor or other party) and their other spellings.

    SEARCH is a part of any spelling: case, spaces, dots and Traditional/Simplified characters do not matter.

    Example:

    \b
        talentdb orgs
        talentdb orgs deepmind --format csv
    """
    _listing("org", search, limit, offset, format, db, "organisations")


@app.command()
def sources(search: Search = None, limit: Limit = None, offset: Offset = 0, format: Fmt = Format.table,
            db: Db = None):
    """Articles in the order they were ingested, with how many events each reports (0: no events found).

    SEARCH is a part of the title or the URL.

    Example:

    \b
        talentdb sources
        talentdb sources openai --format json
    """
    _listing("source", search, limit, offset, format, db, "sources")
