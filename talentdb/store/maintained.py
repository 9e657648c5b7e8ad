"""``current_roles`` and ``talent_flow`` kept current by the projector (tables since migration 0009).

The projector tells ``Maintained`` each event it writes or changes, as it was and as it is (``note``); after the
entries it applies, ``refresh`` recomputes only the rows those events can change:

- ``current_roles``: the (person, organisation) pairs they name (their organisation, and a departure's destination);
- ``talent_moves`` (what talent_flow counts): every move of the people they name, a founder's included (it depends
  on the person's departures), and the unnamed movers' moves between the organisations they name;
- ``talent_flow``: the (from_org, to_org) pairs whose moves were recomputed, before and after.

With many keys at once (a ``rebuild``, a big merge) everything is recomputed instead, a few statements in all.
The SQL is the views' of migration 0002 with a filter on the rows it starts from; tests/test_maintained.py checks
that the tables hold what those views give, after ingests, corrections and rebuilds, on SQLite and PostgreSQL.
"""
from __future__ import annotations

# Above this many keys one recomputation of everything is cheaper than a statement per chunk of keys.
_EVERYTHING_AT = 5000
_CHUNK = 200

_FOUNDER_MOVES = """founder_moves AS (
    SELECT d.org AS from_org, f.org AS to_org, f.person,
           ROW_NUMBER() OVER (PARTITION BY f.id ORDER BY COALESCE(d.date, '0000-00-00') DESC, d.id DESC) AS rn
    FROM events f
    JOIN events d ON d.person = f.person AND d.type = 'departure' AND d.status = 'active'
                 AND d.org IS NOT NULL AND d.org <> f.org
                 AND (d.date IS NULL OR f.date IS NULL OR d.date <= f.date
                      OR (f.date_precision IN ('year', 'quarter') AND substr(d.date, 1, 4) = substr(f.date, 1, 4))
                      OR (f.date_precision = 'month' AND substr(d.date, 1, 7) = substr(f.date, 1, 7)))
    WHERE f.type = 'founding' AND f.status = 'active' AND f.person IS NOT NULL{founders}
)"""

_MOVES = f"""WITH {_FOUNDER_MOVES}
INSERT INTO talent_moves (from_org, to_org, person)
SELECT org, counterparty, person FROM events
 WHERE status = 'active' AND type = 'departure' AND org IS NOT NULL AND counterparty IS NOT NULL{{movers}}
UNION
SELECT from_org, to_org, person FROM founder_moves WHERE rn = 1
UNION
SELECT counterparty, org, person FROM events
 WHERE status = 'active' AND type IN ('founding', 'hire') AND counterparty IS NOT NULL{{movers}}"""

# Moves of nobody named (an article's "a researcher left X for Y"): counted once per pair, as the view's UNION did.
_UNNAMED_MOVES = """INSERT INTO talent_moves (from_org, to_org, person)
SELECT DISTINCT from_org, to_org, person FROM (
    SELECT org AS from_org, counterparty AS to_org, person FROM events
     WHERE status = 'active' AND type = 'departure' AND person IS NULL AND {departures}
    UNION ALL
    SELECT counterparty, org, person FROM events
     WHERE status = 'active' AND type IN ('founding', 'hire') AND person IS NULL AND {arrivals}
) unnamed"""

_FLOWS = """INSERT INTO talent_flow (from_org, to_org, people, names)
SELECT from_org, to_org, COUNT(*), {names} FROM (
    SELECT from_org, to_org, person FROM talent_moves{where} ORDER BY from_org, to_org, person
) moves GROUP BY from_org, to_org"""

_ROLES = """WITH moves AS (
    SELECT id, person, org, type, role, date FROM events
     WHERE status = 'active' AND person IS NOT NULL AND org IS NOT NULL
       AND type IN ('hire', 'promotion', 'founding', 'departure'){at_org}
    UNION ALL
    SELECT id, person, counterparty, 'hire', NULL, date FROM events
     WHERE status = 'active' AND type = 'departure' AND person IS NOT NULL AND counterparty IS NOT NULL{at_destination}
),
ranked AS (
    SELECT m.*, ROW_NUMBER() OVER (
        PARTITION BY person, org
        ORDER BY COALESCE(date, '0000-00-00') DESC, CASE type WHEN 'departure' THEN 1 ELSE 0 END DESC, id DESC
    ) AS rn
    FROM moves m
)
INSERT INTO current_roles (person, org, role, since, how)
SELECT r.person, r.org,
       (SELECT m2.role FROM moves m2
         WHERE m2.person = r.person AND m2.org = r.org AND m2.role IS NOT NULL AND m2.type <> 'departure'
         ORDER BY COALESCE(m2.date, '0000-00-00') DESC LIMIT 1) AS role,
       r.date AS since, r.type AS how
FROM ranked r
WHERE r.rn = 1 AND r.type <> 'departure'"""


def _pairs(first: str, second: str, pairs: list[tuple], params: dict) -> str:
    """``(first = a AND second = b) OR …`` for these pairs (``second IS NULL`` for a pair without one); the values
    go into ``params`` as p0, q0, p1, q1 …"""
    terms = []
    for i, (a, b) in enumerate(pairs):
        params[f"p{i}"] = a
        if b is None:
            terms.append(f"({first} = :p{i} AND {second} IS NULL)")
        else:
            params[f"q{i}"] = b
            terms.append(f"({first} = :p{i} AND {second} = :q{i})")
    return "(" + " OR ".join(terms) + ")"


def _chunks(keys) -> list:
    ordered = sorted(keys, key=lambda k: tuple("" if v is None else v for v in k) if isinstance(k, tuple) else k)
    return [ordered[i:i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


class Maintained:
    def __init__(self, db, dialect: str):
        self.db = db
        self.names = "string_agg(person, ', ' ORDER BY person)" if dialect == "postgresql" \
            else "group_concat(person, ', ')"
        self.people: set[str] = set()
        self.roles: set[tuple[str, str]] = set()
        self.unnamed: set[tuple[str, str | None]] = set()

    def note(self, event: dict) -> None:
        """An event as it was or as it is now (its type, person, org and counterparty)."""
        kind, person, org, other = event.get("type"), event.get("person"), event.get("org"), event.get("counterparty")
        if person:
            self.people.add(person)
            if org:
                self.roles.add((person, org))
            if kind == "departure" and other:
                self.roles.add((person, other))
        elif kind == "departure" and org and other:
            self.unnamed.add((org, other))
        elif kind in ("founding", "hire") and other:
            self.unnamed.add((other, org))

    def refresh(self) -> None:
        """Recompute the rows the events noted since the last refresh can change."""
        if not (self.people or self.roles or self.unnamed):
            return
        if len(self.people) + len(self.roles) + len(self.unnamed) > _EVERYTHING_AT:
            self.recompute_all()
        else:
            self._refresh_flows(self._refresh_moves())
            for chunk in _chunks(self.roles):
                params: dict = {}
                where = _pairs("person", "org", chunk, params)
                self.db.execute(f"DELETE FROM current_roles WHERE {where}", params)
                destination = _pairs("person", "counterparty", chunk, params)  # (the same parameters)
                self.db.execute(_ROLES.format(at_org=" AND " + where, at_destination=" AND " + destination), params)
        self.people, self.roles, self.unnamed = set(), set(), set()

    def _refresh_moves(self) -> set:
        """The noted people's and unnamed movers' moves recomputed; the (from_org, to_org) pairs they touched."""
        db, flows = self.db, set(self.unnamed)
        for chunk in _chunks(self.people):
            params = {f"m{i}": name for i, name in enumerate(chunk)}
            names = ", ".join(":" + k for k in params)
            before = db.all(f"SELECT DISTINCT from_org, to_org FROM talent_moves WHERE person IN ({names})", params)
            db.execute(f"DELETE FROM talent_moves WHERE person IN ({names})", params)
            db.execute(_MOVES.format(founders=f" AND f.person IN ({names})", movers=f" AND person IN ({names})"),
                       params)
            after = db.all(f"SELECT DISTINCT from_org, to_org FROM talent_moves WHERE person IN ({names})", params)
            flows.update(map(tuple, before), map(tuple, after))
        for chunk in _chunks(self.unnamed):
            params = {}
            where = _pairs("from_org", "to_org", chunk, params)
            db.execute(f"DELETE FROM talent_moves WHERE person IS NULL AND {where}", params)
            db.execute(_UNNAMED_MOVES.format(departures=_pairs("org", "counterparty", chunk, params),
                                             arrivals=_pairs("counterparty", "org", chunk, params)), params)
        return flows

    def _refresh_flows(self, flows: set) -> None:
        for chunk in _chunks(flows):
            params: dict = {}
            where = _pairs("from_org", "to_org", chunk, params)
            self.db.execute(f"DELETE FROM talent_flow WHERE {where}", params)
            self.db.execute(_FLOWS.format(names=self.names, where=" WHERE " + where), params)

    def recompute_all(self) -> None:
        db = self.db
        for table in ("talent_moves", "talent_flow", "current_roles"):
            db.execute(f"DELETE FROM {table}")
        db.execute(_MOVES.format(founders="", movers=""))
        db.execute(_FLOWS.format(names=self.names, where=""))
        db.execute(_ROLES.format(at_org="", at_destination=""))
        self.people, self.roles, self.unnamed = set(), set(), set()
