"""Read questions: events, timelines, rosters and flows, now or as the log stood at an earlier entry.

Every question reads from one *row source*: the ``events`` projection for now, or ``event_versions`` cut at a
log position for ``--known-at``. Both give the same columns, so each question is written once.
All user input reaches SQL as bound parameters.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from operator import attrgetter

EVENT_COLUMNS = ["id", "type", "person", "org", "role", "role_raw", "counterparty", "date", "date_precision",
                 "date_text", "amount", "currency", "evidence", "source", "source_id", "confidence", "status"]
_SELECT = ("e.{id} AS id, e.type, e.person, e.org, e.role, e.role_raw, e.counterparty, e.date, e.date_precision, "
           "e.date_text, e.amount, e.currency, e.evidence, s.title AS source, e.source_id, e.confidence, e.status")


def _sql(s):
    from sqlalchemy import text

    return text(s)


class QueryError(Exception):
    pass


def known_at_seq(conn, known_at: str | int | None) -> int | None:
    """A log position from ``--known-at``: a seq number, or an ISO time (the last entry recorded by then)."""
    if known_at is None or known_at == "":
        return None
    value = str(known_at).strip()
    if value.isdigit():
        return int(value)
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise QueryError(f"--known-at takes a log seq (e.g. 42) or an ISO time (e.g. 2024-10-09T12:00), not {value!r}")
    if moment.tzinfo is not None:
        from datetime import timezone

        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return conn.execute(_sql("SELECT COALESCE(MAX(seq), 0) FROM event_log WHERE recorded_at <= :t"), {"t": stamp}).scalar()


def _source(known_at: int | None) -> tuple[str, dict]:
    if known_at is None:
        return "FROM events e LEFT JOIN sources s ON s.id = e.source_id", {}
    return ("FROM event_versions e LEFT JOIN sources s ON s.id = e.source_id "
            "WHERE e.seq_from <= :known_at AND (e.seq_to IS NULL OR e.seq_to > :known_at)"), {"known_at": known_at}


def _clean(row: dict) -> dict:
    amount = row.get("amount")
    if isinstance(amount, float) and amount.is_integer():
        row["amount"] = int(amount)
    return row


def events_sql(conditions: list[str], *, known_at: int | None = None, include_retracted: bool = False,
               limit: int | None = None, select: str = _SELECT) -> tuple[str, dict]:
    """The SELECT behind every events question (columns in EVENT_COLUMNS order) and its fixed parameters."""
    src, src_params = _source(known_at)
    conds = list(conditions)
    if not include_retracted:
        conds.append("e.status = 'active'")
    joiner = " AND " if "WHERE" in src else " WHERE "
    where = (joiner + " AND ".join(conds)) if conds else ""
    id_col = "event_id" if known_at is not None else "id"
    # Oldest first; undated events after dated ones; ties by id (the order they were recorded).
    sql = f"SELECT {select.format(id=id_col)} {src}{where} ORDER BY CASE WHEN e.date IS NULL THEN 1 ELSE 0 END, e.date, e.{id_col}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return sql, src_params


def select_events(conn, conditions: list[str], params: dict, *, known_at: int | None = None,
                  include_retracted: bool = False, order: str = "date_order", limit: int | None = None,
                  select: str = _SELECT) -> list[dict]:
    from talentdb.store.rawsql import raw

    sql, src_params = events_sql(conditions, known_at=known_at, include_retracted=include_retracted, limit=limit,
                                 select=select)
    # A busy organisation's timeline is thousands of rows: plain cursor rows cost a fraction of SQLAlchemy's.
    return [_clean(r) for r in raw(conn).dicts(sql, {**params, **src_params})]


def canonical(conn, kind: str, name: str) -> str:
    from talentdb.store.resolve import Resolver

    return Resolver(conn).canonical(kind, name) or name


def _parse_day(value: str | None, option: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{option} takes a date like 2024-06-15, not {value!r}") from None


def query(conn, *, type: str | None = None, person: str | None = None, org: str | None = None,
          since: str | None = None, until: str | None = None, known_at=None, include_retracted: bool = False,
          limit: int | None = None) -> list[dict]:
    conds, params = [], {}
    if type:
        conds.append("e.type = :type")
        params["type"] = type
    if person:
        conds.append("e.person = :person")
        params["person"] = canonical(conn, "person", person)
    if org:
        # An organisation's events include the ones where it is the other party (a departure to it, an investor).
        conds.append("(e.org = :org OR e.counterparty = :org)")
        params["org"] = canonical(conn, "org", org)
    if since:
        conds.append("e.date >= :since")
        params["since"] = _parse_day(since, "--since")
    if until:
        conds.append("e.date <= :until")
        params["until"] = _parse_day(until, "--until")
    return select_events(conn, conds, params, known_at=known_at_seq(conn, known_at),
                         include_retracted=include_retracted, limit=limit)


def timeline(conn, name: str, *, known_at=None) -> list[dict]:
    """One person's or organisation's events in date order."""
    person, org = canonical(conn, "person", name), canonical(conn, "org", name)
    return select_events(conn, ["(e.person = :p OR e.org = :o OR e.counterparty = :o)"], {"p": person, "o": org},
                         known_at=known_at_seq(conn, known_at))


@dataclass
class Move:
    day: date
    joins: bool        # True: arrives or holds a role from this day; False: leaves on this day
    role: str | None
    event_id: int
    dated: bool


ROSTER_COLUMNS = ["person", "role", "since", "until", "basis"]
_ROSTER_SELECT = "e.{id} AS id, e.type, e.person, e.org, e.role, e.date, e.date_precision, e.source_id"


def roster(conn, org: str, *, as_of: str | None = None, known_at=None, published: dict | None = None) -> list[dict]:
    """Who was at ORG on day D, with their role then, as the events imply.

    A hire, promotion or founding on or before D means present from then; a departure after D means present
    until then; a departure on or before D means gone. An undated event is placed at its article's publication
    date (it happened by then), which is the only honest bound the text gives.
    """
    day = date.fromisoformat(_parse_day(as_of, "--as-of")) if as_of else date.today()
    name = canonical(conn, "org", org)
    from talentdb.store.rawsql import raw

    seq = known_at_seq(conn, known_at)
    own = "e.org = :o AND e.type IN ('hire', 'promotion', 'founding', 'departure')"
    arrivals = "e.counterparty = :o AND e.type = 'departure'"
    if seq is None:
        # Two index searches, the organisation's own events and the departures to it (not already among them),
        # read straight from the indexes; one OR of the two makes SQLite fetch every row from the table, which
        # is twice as slow for a busy organisation. (The versions table of --known-at has no such indexes.)
        conditions = [own, f"{arrivals} AND (e.org IS NULL OR e.org <> :o)"]
    else:
        conditions = [f"(({own}) OR ({arrivals}))"]
    rows = []
    for condition in conditions:
        sql, src_params = events_sql(["e.person IS NOT NULL", condition], known_at=seq, select=_ROSTER_SELECT)
        # Plain tuples and no ORDER BY: each person's moves are sorted below, and the result by person.
        rows += raw(conn).all(sql[:sql.rindex(" ORDER BY ")], {"o": name, **src_params})
    starts = [_first_day(r[5]) for r in rows]
    pub = _publication_dates(conn, {r[7] for r, start in zip(rows, starts) if start is None})
    moves: dict[str, list[Move]] = {}
    for (event_id, type_, person, event_org, role, _, _, source_id), start in zip(rows, starts):
        if start:
            when, dated = start, True
        elif pub.get(source_id):
            when, dated = pub[source_id], False
        else:
            continue
        joins = not (type_ == "departure" and event_org == name)
        moves.setdefault(person, []).append(Move(when, joins, role if event_org == name else None, event_id, dated))
    out = []
    by_day = attrgetter("day", "event_id")
    for person, ms in moves.items():
        ms.sort(key=by_day)
        before = [m for m in ms if m.day <= day]
        after = [m for m in ms if m.day > day]
        if before and before[-1].joins:
            since = before[-1]
            role = next((m.role for m in reversed(before) if m.role and m.joins), None) or \
                next((m.role for m in after if m.role), None)
            leave = next((m for m in after if not m.joins), None)
            out.append({"person": person, "role": role, "since": since.day.isoformat(),
                        "until": leave.day.isoformat() if leave else None,
                        "basis": "joined" if since.dated else "joined (undated, by publication)"})
        elif not before and after and not after[0].joins:
            leave = after[0]
            out.append({"person": person, "role": leave.role or next((m.role for m in after if m.role), None),
                        "since": None, "until": leave.day.isoformat(),
                        "basis": "left later" if leave.dated else "left later (undated, by publication)"})
    return sorted(out, key=lambda r: r["person"])


def _first_day(iso: str | None) -> date | None:
    """The first day of an event's date, whatever its precision: resolve.interval(...)[0], without the end."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _publication_dates(conn, source_ids) -> dict[int, date]:
    """Publication days of these sources (only undated events need them, so usually a handful)."""
    ids = [i for i in source_ids if i is not None]
    if not ids:
        return {}
    from sqlalchemy import bindparam

    stmt = _sql("SELECT id, published FROM sources WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    return {i: date.fromisoformat(p) for i, p in conn.execute(stmt, {"ids": ids}) if p}


FLOW_COLUMNS = ["from_org", "to_org", "count", "names"]


def flow(conn, *, from_org: str | None = None, to_org: str | None = None, known_at=None) -> list[dict]:
    """Where people went: departures with a destination, hires and foundings that say where the people came
    from, and foundings by people who had left an organisation (their latest departure on or before the founding)."""
    seq = known_at_seq(conn, known_at)
    src = "events" if seq is None else \
        "(SELECT event_id AS id, * FROM event_versions WHERE seq_from <= :k AND (seq_to IS NULL OR seq_to > :k))"
    params: dict = {"k": seq} if seq is not None else {}
    dep_filter, found_filter = "", ""
    founders, founder_filter = f"{src} f", ""
    if from_org:
        params["f"] = canonical(conn, "org", from_org)
        dep_filter += " AND d.org = :f"
        # Only founders who ever left :f can have :f as their latest departure, so rank just their departures
        # (the same answer; otherwise every founding in the table is ranked). CROSS JOIN makes SQLite start
        # from those people and find their foundings by the person index.
        founders = (f"(SELECT DISTINCT x.person FROM {src} x WHERE x.org = :f AND x.type = 'departure' "
                    f"AND x.status = 'active' AND x.person IS NOT NULL) leavers CROSS JOIN {src} f")
        founder_filter = " AND f.person = leavers.person"
    if to_org:
        params["t"] = canonical(conn, "org", to_org)
        found_filter += " AND f.org = :t"
    sql = f"""
        SELECT d.org AS from_org, d.counterparty AS to_org, d.person FROM {src} d
         WHERE d.status = 'active' AND d.type = 'departure' AND d.org IS NOT NULL AND d.counterparty IS NOT NULL
               {dep_filter}{' AND d.counterparty = :t' if to_org else ''}
        UNION
        SELECT from_org, to_org, person FROM (
            SELECT d.org AS from_org, f.org AS to_org, f.person,
                   ROW_NUMBER() OVER (PARTITION BY f.id ORDER BY COALESCE(d.date, '0000-00-00') DESC, d.id DESC) AS rn
              FROM {founders} JOIN {src} d
                ON d.person = f.person AND d.type = 'departure' AND d.status = 'active' AND d.org IS NOT NULL
               AND d.org <> f.org AND (d.date IS NULL OR f.date IS NULL OR d.date <= f.date
                    OR (f.date_precision IN ('year', 'quarter') AND substr(d.date, 1, 4) = substr(f.date, 1, 4))
                    OR (f.date_precision = 'month' AND substr(d.date, 1, 7) = substr(f.date, 1, 7)))
             WHERE f.type = 'founding' AND f.status = 'active' AND f.person IS NOT NULL {found_filter}{founder_filter}
        ) ranked WHERE rn = 1 {'AND from_org = :f' if from_org else ''}
        UNION
        SELECT f.counterparty, f.org, f.person FROM {src} f
         WHERE f.status = 'active' AND f.type IN ('founding', 'hire') AND f.counterparty IS NOT NULL
               {' AND f.counterparty = :f' if from_org else ''}{found_filter}
    """
    groups: dict[tuple[str, str], set] = {}
    for frm, to, person in conn.execute(_sql(sql), params):
        groups.setdefault((frm, to), set()).add(person or "(unnamed)")
    out = [{"from_org": f, "to_org": t, "count": len(names), "names": sorted(names)}
           for (f, t), names in groups.items()]
    return sorted(out, key=lambda r: (-r["count"], r["from_org"], r["to_org"]))
