"""Read questions: events, timelines, rosters and flows, now or as the log stood at an earlier entry.

Every question reads from one *row source*: the ``events`` projection for now, or ``event_versions`` cut at a
log position for ``--known-at``. Both give the same columns, so each question is written once.
All user input reaches SQL as bound parameters.
"""
from __future__ import annotations

from talentdb.errors import TalentDBError

from datetime import date
from itertools import groupby
from operator import itemgetter

EVENT_COLUMNS = ["id", "type", "person", "org", "role", "role_raw", "counterparty", "date", "date_precision",
                 "date_text", "amount", "currency", "evidence", "source", "source_id", "confidence", "status",
                 "confirmed", "extractor"]
# SQLite has no boolean (0/1 there, true/false on PostgreSQL): spelled the same on both, for CSV as for JSON.
CONFIRMED = "CASE WHEN e.confirmed THEN 'true' ELSE 'false' END"
_SELECT = ("e.{id} AS id, e.type, e.person, e.org, e.role, e.role_raw, e.counterparty, e.date, e.date_precision, "
           "e.date_text, e.amount, e.currency, e.evidence, s.title AS source, e.source_id, e.confidence, e.status, "
           f"{CONFIRMED} AS confirmed, e.extractor")


class QueryError(TalentDBError):
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
        raise QueryError(f"known_at takes a log seq (e.g. 42) or an ISO time (e.g. 2024-10-09T12:00), not {value!r}")
    if moment.tzinfo is not None:
        from datetime import timezone

        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    from talentdb.store.rawsql import raw

    return raw(conn).scalar("SELECT COALESCE(MAX(seq), 0) FROM event_log WHERE recorded_at <= :t", {"t": stamp})


def _source(known_at: int | None) -> tuple[str, dict]:
    if known_at is None:
        return "FROM events e LEFT JOIN sources s ON s.id = e.source_id", {}
    return ("FROM event_versions e LEFT JOIN sources s ON s.id = e.source_id "
            "WHERE e.seq_from <= :known_at AND (e.seq_to IS NULL OR e.seq_to > :known_at)"), {"known_at": known_at}


def _clean(row: dict) -> dict:
    amount = row.get("amount")
    if isinstance(amount, float) and amount.is_integer():
        row["amount"] = int(amount)
    if "confirmed" in row:  # a JSON boolean
        row["confirmed"] = row["confirmed"] == "true"
    return row


# "Oldest first, undated last, ties in the order recorded". The indexes of migration 0004 hold the same expression,
# so an organisation's events come out of them already in this order and a page reads only its own rows.
_LAST_DAY = "9999-12-31"
DATE_KEY = f"coalesce(date, '{_LAST_DAY}')"


def events_sql(conditions: list[str], *, known_at: int | None = None, include_retracted: bool = False,
               limit: int | None = None, offset: int = 0, newest_first: bool = False, by_id: bool = False,
               select: str = _SELECT) -> tuple[str, dict]:
    """The SELECT behind every events question (columns in EVENT_COLUMNS order) and its fixed parameters.

    Date order (DATE_KEY, then id), or with ``by_id`` the order the events were recorded (export's order)."""
    src, src_params = _source(known_at)
    conds = list(conditions)
    if not include_retracted:
        conds.append("e.status = 'active'")
    joiner = " AND " if "WHERE" in src else " WHERE "
    where = (joiner + " AND ".join(conds)) if conds else ""
    id_col = "event_id" if known_at is not None else "id"
    desc = " DESC" if newest_first else ""
    order = f"e.{id_col}{desc}" if by_id else f"{DATE_KEY.replace('date', 'e.date')}{desc}, e.{id_col}{desc}"
    sql = f"SELECT {select.format(id=id_col)} {src}{where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
    return sql, src_params


def select_events(conn, conditions: list[str], params: dict, *, branches: list[str] | None = None,
                  known_at: int | None = None, include_retracted: bool = False, limit: int | None = None,
                  offset: int = 0, newest_first: bool = False, by_id: bool = False,
                  select: str = _SELECT) -> list[dict]:
    """Events matching every condition (and any one of ``branches``), in date order, ``limit`` from ``offset``.

    For a page, each branch (``e.org = :o``, ``e.counterparty = :o`` …) runs as its own query that an index
    answers in order, reading at most offset + limit rows, and the branches are merged here. One query with an
    OR of them would read every matching row of a busy organisation and sort them all, to keep a page of it.
    """
    from talentdb.store.rawsql import raw

    if branches and (limit is None or known_at is not None):
        # Every row is wanted (or the versions table, which has no such indexes, is read): one query with the OR
        # lets SQLite collect the rows from each index in table order, and one sort is cheaper than a merge.
        conditions, branches = conditions + ["(" + " OR ".join(f"({b})" for b in branches) + ")"], None
    if not branches or len(branches) == 1:
        sql, src_params = events_sql(conditions + (branches or []), known_at=known_at,
                                     include_retracted=include_retracted, limit=limit, offset=offset,
                                     newest_first=newest_first, by_id=by_id, select=select)
        cur = raw(conn).execute(sql, {**params, **src_params})
        names = [d[0] for d in cur.description]
        # A busy organisation's events are thousands of rows: plain cursor rows cost a fraction of SQLAlchemy's.
        return [_clean(dict(zip(names, r))) for r in cur.fetchall()]
    wanted = offset + limit
    rows, names = {}, None
    for branch in branches:
        sql, src_params = events_sql(conditions + [branch], known_at=known_at, include_retracted=include_retracted,
                                     limit=wanted, newest_first=newest_first, select=select)
        cur = raw(conn).execute(sql, {**params, **src_params})
        names = [d[0] for d in cur.description]
        for r in cur.fetchall():
            rows[r[0]] = r  # an event in two branches (its person and its organisation) is listed once
    date_at = names.index("date")
    merged = sorted(rows.values(), key=lambda r: (r[date_at] or _LAST_DAY, r[0]), reverse=newest_first)
    return [_clean(dict(zip(names, r))) for r in merged[offset:wanted]]


def canonical(conn, kind: str, name: str) -> str:
    from talentdb.store.resolve import Resolver

    return Resolver(conn).canonical(kind, name) or name


def _parse_day(value: str | None, name: str) -> str | None:
    if not value:
        return None
    from talentdb.filters import parse_day

    day = parse_day(value)
    if day is None:
        raise QueryError(f"{name} takes a date like 2024-06-15, not {value!r}")
    return day.isoformat()


def query(conn, *, type: str | None = None, person: str | None = None, org: str | None = None,
          since: str | None = None, until: str | None = None, known_at=None, include_retracted: bool = False,
          limit: int | None = None, offset: int = 0, newest_first: bool = False) -> list[dict]:
    """Events matching every filter, oldest first (``newest_first``: the other way), ``limit`` from ``offset``."""
    conds, params, branches = [], {}, None
    if type:
        conds.append("e.type = :type")
        params["type"] = type
    if person:
        conds.append("e.person = :person")
        params["person"] = canonical(conn, "person", person)
    if org:
        # An organisation's events include the ones where it is the other party (a departure to it, an investor).
        branches = ["e.org = :org", "e.counterparty = :org"]
        params["org"] = canonical(conn, "org", org)
    # The date key repeats each bound so an index in date-key order can seek to it (undated events sort last,
    # after any bound, and the plain comparison drops them).
    if since:
        conds.append(f"e.date >= :since AND {DATE_KEY.replace('date', 'e.date')} >= :since")
        params["since"] = _parse_day(since, "since")
    if until:
        conds.append(f"e.date <= :until AND {DATE_KEY.replace('date', 'e.date')} <= :until")
        params["until"] = _parse_day(until, "until")
    return select_events(conn, conds, params, branches=branches, known_at=known_at_seq(conn, known_at),
                         include_retracted=include_retracted, limit=limit, offset=offset, newest_first=newest_first)


def timeline(conn, name: str, *, known_at=None, limit: int | None = None, offset: int = 0,
             newest_first: bool = False) -> list[dict]:
    """One person's or organisation's events in date order."""
    person, org = canonical(conn, "person", name), canonical(conn, "org", name)
    return select_events(conn, [], {"p": person, "o": org},
                         branches=["e.person = :p", "e.org = :o", "e.counterparty = :o"],
                         known_at=known_at_seq(conn, known_at), limit=limit, offset=offset, newest_first=newest_first)


ROSTER_COLUMNS = ["person", "role", "since", "until", "basis"]
_ROSTER_SELECT = "e.{id} AS id, e.type, e.person, e.org, e.role, e.date, e.source_id"


def roster(conn, org: str, *, as_of: str | None = None, known_at=None) -> list[dict]:
    """Who was at ORG on day D, with their role then, as the events imply.

    A hire, promotion or founding on or before D means present from then; a departure after D means present
    until then; a departure on or before D means gone. An undated event is placed at its article's publication
    date (it happened by then), which is the only honest bound the text gives.
    """
    day = _parse_day(as_of, "as_of") if as_of else date.today().isoformat()
    name = canonical(conn, "org", org)
    moves = _roster_moves(conn, name, _roster_rows(conn, name, known_at_seq(conn, known_at)))
    out = []
    for person, group in groupby(moves, key=itemgetter(0)):
        entry = _roster_entry(person, group, day)
        if entry is not None:
            out.append(entry)
    return out


def _roster_rows(conn, name: str, seq: int | None) -> list[tuple]:
    """(event id, type, person, org, role, date, source id) of every event that moves someone in or out of ``name``."""
    from talentdb.store.rawsql import raw

    own = "e.org = :o AND e.type IN ('hire', 'promotion', 'founding', 'departure')"
    arrivals = "e.counterparty = :o AND e.type = 'departure'"
    if seq is None:
        # Two index searches, the organisation's own events (read from the index alone, see migration 0004) and
        # the departures to it (not already among them); one OR of the two makes SQLite fetch every table row.
        conditions = [own, f"{arrivals} AND (e.org IS NULL OR e.org <> :o)"]
    else:
        conditions = [f"(({own}) OR ({arrivals}))"]
    rows = []
    for condition in conditions:
        sql, src_params = events_sql(["e.person IS NOT NULL", condition], known_at=seq, select=_ROSTER_SELECT)
        # Plain tuples and no ORDER BY: the moves are sorted by the caller.
        rows += raw(conn).all(sql[:sql.rindex(" ORDER BY ")], {"o": name, **src_params})
    return rows


def _roster_moves(conn, name: str, rows: list[tuple]) -> list[tuple]:
    """One tuple per move, sorted: (person, day, event id, joins, role there, dated). Days are ISO strings, which
    sort and compare as dates do; event ids are unique, so the sort never looks past them. An undated event takes
    its article's publication day; one whose article has none is left out."""
    days = [_iso_day(r[5]) for r in rows]
    pub = _publication_dates(conn, {r[6] for r, d in zip(rows, days) if d is None})
    moves = []
    for (event_id, type_, person, event_org, role, _, source_id), when in zip(rows, days):
        dated = when is not None
        if not dated:
            when = pub.get(source_id)
            if when is None:
                continue
        here = event_org == name
        moves.append((person, when, event_id, not (type_ == "departure" and here), role if here else None, dated))
    moves.sort()
    return moves


def _roster_entry(person: str, moves, day: str) -> dict | None:
    """The roster row of one person from their moves in time order: there on ``day`` (the last move by then
    joins them), or there until a later departure that no earlier move explains; None when neither."""
    last_before = before_role = first_after = after_role = leave = None
    for move in moves:
        _, when, _, joins, role, _ = move
        if when <= day:
            last_before = move
            if joins and role:
                before_role = role
            continue
        if first_after is None:
            first_after = move
        if not after_role:
            after_role = role
        if leave is None and not joins:
            leave = move
    if last_before is not None and last_before[3]:
        return {"person": person, "role": before_role or after_role, "since": last_before[1],
                "until": leave[1] if leave else None,
                "basis": "joined" if last_before[5] else "joined (undated, by publication)"}
    if last_before is None and first_after is not None and not first_after[3]:
        return {"person": person, "role": first_after[4] or after_role, "since": None, "until": first_after[1],
                "basis": "left later" if first_after[5] else "left later (undated, by publication)"}
    return None


def _iso_day(iso: str | None) -> str | None:
    """An event's first day as YYYY-MM-DD, whatever its precision (resolve.interval(...)[0]), or None."""
    if not iso:
        return None
    if len(iso) == 10 and iso[4] == "-" and iso[7] == "-":
        return iso
    try:
        return date.fromisoformat(iso).isoformat()
    except ValueError:
        return None


def _publication_dates(conn, source_ids) -> dict[int, str]:
    """Publication days of these sources (only undated events need them, so usually a handful)."""
    ids = [i for i in source_ids if i is not None]
    if not ids:
        return {}
    from talentdb.store.rawsql import raw

    rows = raw(conn).all_in("SELECT id, published FROM sources WHERE id IN ({values})", ids)
    return {i: _iso_day(p) for i, p in rows if _iso_day(p)}


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
        # (the same answer; otherwise every founding in the table is looked at). CROSS JOIN makes SQLite start
        # from those people and find their foundings by the person index.
        founders = (f"(SELECT DISTINCT x.person FROM {src} x WHERE x.org = :f AND x.type = 'departure' "
                    f"AND x.status = 'active' AND x.person IS NOT NULL) leavers CROSS JOIN {src} f")
        founder_filter = " AND f.person = leavers.person"
    if to_org:
        params["t"] = canonical(conn, "org", to_org)
        found_filter += " AND f.org = :t"
    # Each founder's latest earlier departure, worked out once per founding (MATERIALIZED: inlined, the
    # subquery would run again for every test of its result).
    sql = f"""
        WITH latest AS MATERIALIZED (
            SELECT (SELECT d.org FROM {src} d
                     WHERE d.person = f.person AND d.type = 'departure' AND d.status = 'active' AND d.org IS NOT NULL
                       AND d.org <> f.org AND (d.date IS NULL OR f.date IS NULL OR d.date <= f.date
                            OR (f.date_precision IN ('year', 'quarter') AND substr(d.date, 1, 4) = substr(f.date, 1, 4))
                            OR (f.date_precision = 'month' AND substr(d.date, 1, 7) = substr(f.date, 1, 7)))
                     ORDER BY COALESCE(d.date, '0000-00-00') DESC, d.id DESC LIMIT 1) AS from_org,
                   f.org AS to_org, f.person
              FROM {founders}
             WHERE f.type = 'founding' AND f.status = 'active' AND f.person IS NOT NULL {found_filter}{founder_filter}
        )
        SELECT d.org AS from_org, d.counterparty AS to_org, d.person FROM {src} d
         WHERE d.status = 'active' AND d.type = 'departure' AND d.org IS NOT NULL AND d.counterparty IS NOT NULL
               {dep_filter}{' AND d.counterparty = :t' if to_org else ''}
        UNION
        SELECT from_org, to_org, person FROM latest
         WHERE from_org IS NOT NULL {'AND from_org = :f' if from_org else ''}
        UNION
        SELECT f.counterparty, f.org, f.person FROM {src} f
         WHERE f.status = 'active' AND f.type IN ('founding', 'hire') AND f.counterparty IS NOT NULL
               {' AND f.counterparty = :f' if from_org else ''}{found_filter}
    """
    groups: dict[tuple[str, str], set] = {}
    from talentdb.store.rawsql import raw

    for frm, to, person in raw(conn).execute(sql, params):
        groups.setdefault((frm, to), set()).add(person or "(unnamed)")
    out = [{"from_org": f, "to_org": t, "count": len(names), "names": sorted(names)}
           for (f, t), names in groups.items()]
    return sorted(out, key=lambda r: (-r["count"], r["from_org"], r["to_org"]))
