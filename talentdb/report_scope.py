"""What ``report`` puts on its page: a bounded summary, whatever the size of the database.

Drawing every event made a 710 MB page at a million events. The page now holds, for the events the filters keep
(``--org``, ``--person``, ``--since``, ``--until``):

- a lane for each of the ``lanes`` organisations with the most of those events, each with its newest
  ``lane_events`` events drawn (and its count in the page's note when there are more);
- the ``flows`` biggest talent flows, with every name (read from talent_moves, so a name holding a comma stays one
  name);
- the newest ``rows`` of those events in the table.

So its size has a bound (lanes × lane_events + rows events, flows arrows) and each part is read from an index, a
page of rows at a time. Flows are over all time: a flow has no one date.
"""
from __future__ import annotations

from dataclasses import dataclass

from talentdb.store.queries import DATE_KEY, QueryError, _parse_day, canonical, query, select_events


@dataclass
class Scope:
    org: str | None = None
    person: str | None = None
    since: str | None = None
    until: str | None = None
    lanes: int = 20
    lane_events: int = 200
    flows: int = 40
    rows: int = 1000


@dataclass
class Page:
    lane_events: list[dict]   # what the timeline draws
    table_events: list[dict]  # what the table lists
    flows: list[dict]
    note: str


def _filters(conn, scope: Scope) -> tuple[list[str], dict]:
    """The conditions every part of the page shares (the organisation's are added where they apply)."""
    conds, params = [], {}
    if scope.person:
        conds.append("e.person = :person")
        params["person"] = canonical(conn, "person", scope.person)
    key = DATE_KEY.replace("date", "e.date")
    for bound, op in (("since", ">="), ("until", "<=")):
        value = getattr(scope, bound)
        if value:
            conds.append(f"e.date {op} :{bound} AND {key} {op} :{bound}")
            params[bound] = _parse_day(value, bound)
    return conds, params


def gather(conn, scope: Scope) -> Page:
    from talentdb.store.rawsql import raw

    for name in ("lanes", "lane_events", "flows", "rows"):
        if getattr(scope, name) < 0:
            raise QueryError(f"--{name.replace('_', '-')} takes 0 or more, not {getattr(scope, name)}")
    conds, params = _filters(conn, scope)
    if scope.org:
        params["org"] = canonical(conn, "org", scope.org)
        conds.append("(e.org = :org OR e.counterparty = :org)")
    where = " AND ".join(["e.status = 'active'", *conds])
    counts = raw(conn).all(f"SELECT COALESCE(e.org, ''), COUNT(*) FROM events e WHERE {where} GROUP BY e.org "
                           f"ORDER BY COUNT(*) DESC, COALESCE(e.org, '') LIMIT {int(scope.lanes)}", params)
    total = raw(conn).scalar(f"SELECT COUNT(*) FROM events e WHERE {where}", params)
    lane_events, cut = [], 0
    for org, n in counts:
        lane = ["e.org IS NULL"] if org == "" else ["e.org = :lane"]
        lane_events += select_events(conn, conds + lane, {**params, "lane": org}, limit=scope.lane_events,
                                     newest_first=True)
        cut += max(0, n - scope.lane_events)
    table = query(conn, org=params.get("org"), person=params.get("person"), since=params.get("since"),
                  until=params.get("until"), limit=scope.rows, newest_first=True)
    flows = _flows(conn, scope, params)
    shown = f"{total:,} events match" + (f"; the timeline draws the newest {scope.lane_events:,} of each of the "
                                        f"{len(counts)} busiest organisations ({cut:,} not drawn)" if cut else "")
    if total > len(table):
        shown += f"; the table lists the newest {len(table):,}"
    return Page(lane_events, table, flows, shown + f"; the {len(flows)} biggest flows, over all time.")


def _flows(conn, scope: Scope, params: dict) -> list[dict]:
    """The biggest flows (people, then names), for the organisation and the person asked about."""
    from talentdb.store.rawsql import raw

    conds, args = [], {}
    if scope.org:
        conds.append("(f.from_org = :org OR f.to_org = :org)")
        args["org"] = params["org"]
    if scope.person:
        conds.append("EXISTS (SELECT 1 FROM talent_moves p WHERE p.from_org = f.from_org AND p.to_org = f.to_org "
                     "AND p.person = :person)")
        args["person"] = params["person"]
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    db = raw(conn)
    top = db.all(f"SELECT f.from_org, f.to_org, f.people FROM talent_flow f{where} "
                 f"ORDER BY f.people DESC, f.from_org, f.to_org LIMIT {int(scope.flows)}", args)
    out = []
    for from_org, to_org, people in top:
        null_to = to_org is None
        names = db.all("SELECT person FROM talent_moves WHERE from_org = :f AND "
                       + ("to_org IS NULL" if null_to else "to_org = :t") + " AND person IS NOT NULL",
                       {"f": from_org, **({} if null_to else {"t": to_org})})
        out.append({"from_org": from_org, "to_org": to_org, "count": people,
                    "names": sorted(n for (n,) in names)})
    return out
