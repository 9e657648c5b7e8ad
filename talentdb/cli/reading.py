"""Asking: ``query``, ``timeline``, ``roster``, ``flow``.

A name need not be exact: when a question finds nothing and a name in it is not known as typed, a part of one
name answers for that name, and anything else is refused with the names it resembles (store.lookup.answer).
"""

from datetime import date
from typing import Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Fmt, Format, KnownAt, Limit, Newest, Offset
from talentdb.cli.rows import emit, paged
from talentdb.filters import as_option, question

EVENT_TABLE = ["id", "date", "type", "person", "org", "role", "counterparty", "amount", "currency", "status"]
TIMELINE_TABLE = ["id", "date", "type", "person", "org", "role", "counterparty", "amount", "currency", "source"]


def _taken_as(typed: str, name: str) -> None:
    typer.echo(f"taking {typed!r} as {name}", err=True)


def _answer(conn, ask, names: dict):
    rows = ask(**{param: value for param, (_, value) in names.items()})
    if rows:
        return rows
    from talentdb.store.lookup import answer  # only now: a name may need looking up

    return answer(conn, ask, names, note=_taken_as, asked=rows)


@app.command()
def query(
    type: Optional[str] = typer.Option(None, "--type", "-t", help="departure, promotion, funding, founding or hire."),
    person: Optional[str] = typer.Option(None, "--person", "-p", help="A person, by any known spelling."),
    org: Optional[str] = typer.Option(None, "--org", "-o", help="An organisation (as actor or other party)."),
    since: Optional[str] = typer.Option(None, help="Events on or after this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Events on or before this day."),
    known_at: KnownAt = None,
    all_: bool = typer.Option(False, "--all", help="Include retracted events."),
    newest: Newest = False,
    limit: Limit = None,
    offset: Offset = 0,
    format: Fmt = Format.table,
    db: Db = None,
):
    """Events, oldest first (undated last).

    The table shows 100 rows at a time and says on stderr when there are more; json, jsonl and csv give
    every row unless --limit says otherwise.

    Example:

    \b
        talentdb query --type departure --org OpenAI --since 2024-01-01 --format json
        talentdb query --org OpenAI --newest --limit 10
    """
    from talentdb.store.queries import EVENT_COLUMNS, query as run

    given = question(as_option, type=type, since=since, until=until, known_at=known_at)
    with database.reading(db) as conn:
        rows = paged(lambda n: _answer(
            conn, lambda person, org: run(conn, person=person, org=org, include_retracted=all_, limit=n,
                                          offset=offset, newest_first=newest, **given),
            {"person": ("person", person), "org": ("org", org)}), limit, offset, format)
    emit(rows, EVENT_COLUMNS, format, EVENT_TABLE)


@app.command()
def timeline(
    name: str = typer.Argument(..., help="A person or an organisation, by any known spelling."),
    known_at: KnownAt = None,
    newest: Newest = False,
    limit: Limit = None,
    offset: Offset = 0,
    format: Fmt = Format.table,
    db: Db = None,
):
    """One person's or one organisation's events in date order. NAME may be any known spelling.

    The table shows 100 rows at a time (see --limit, --offset); json, jsonl and csv give every row.

    Example:

    \b
        talentdb timeline "Ilya Sutskever"
        talentdb timeline 蘇茨克維 --format json
        talentdb timeline OpenAI --newest --limit 20
    """
    from talentdb.store.queries import EVENT_COLUMNS, timeline as run

    given = question(as_option, known_at=known_at)
    with database.reading(db) as conn:
        rows = paged(lambda n: _answer(
            conn, lambda name: run(conn, name, limit=n, offset=offset, newest_first=newest, **given),
            {"name": ("any", name)}), limit, offset, format)
    emit(rows, EVENT_COLUMNS, format, TIMELINE_TABLE, title=name)


@app.command()
def roster(
    org: str = typer.Argument(..., help="The organisation."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="The day (YYYY-MM-DD); default today."),
    known_at: KnownAt = None,
    format: Fmt = Format.table,
    db: Db = None,
):
    """Who was at ORG on a day, with their role then, as the events imply.

    Example:

    \b
        talentdb roster OpenAI --as-of 2024-06-15
    """
    from talentdb.store.queries import ROSTER_COLUMNS, roster as run

    given = question(as_option, as_of=as_of, known_at=known_at)
    with database.reading(db) as conn:
        rows = _answer(conn, lambda org: run(conn, org, **given), {"org": ("org", org)})
    emit(rows, ROSTER_COLUMNS, format, title=f"{org} as of {given['as_of'] or date.today().isoformat()}")


@app.command()
def flow(
    from_org: Optional[str] = typer.Option(None, "--from", help="Only people who left this organisation."),
    to_org: Optional[str] = typer.Option(None, "--to", help="Only people who went to this organisation."),
    known_at: KnownAt = None,
    format: Fmt = Format.table,
    db: Db = None,
):
    """Where people went: from-org, to-org, count, names.

    Counts departures with a destination, and foundings by people who had left an organisation.

    Example:

    \b
        talentdb flow --from OpenAI
    """
    from talentdb.store.queries import FLOW_COLUMNS, flow as run

    given = question(as_option, known_at=known_at)
    with database.reading(db) as conn:
        rows = _answer(conn, lambda from_org, to_org: run(conn, from_org=from_org, to_org=to_org, **given),
                       {"from_org": ("org", from_org), "to_org": ("org", to_org)})
    emit(rows, FLOW_COLUMNS, format)
