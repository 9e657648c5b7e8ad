"""What the database holds: ``stats`` (counts, where it is, the log's head) and listings of people, organisations
and sources with their event counts and spellings. Listings are in name order (sources: in the order recorded),
a page at a time, so a page costs the same at any size; every count comes from an index."""
from __future__ import annotations

from talentdb.filters import EVENT_TYPES
from talentdb.store.names import fold

PEOPLE_COLUMNS = ["id", "name", "events", "aliases"]
ORG_COLUMNS = ["id", "name", "events", "aliases"]
SOURCE_COLUMNS = ["id", "title", "published", "lang", "events", "status", "url"]
_TABLES = {"person": "people", "org": "organizations"}


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _page(limit: int | None, offset: int) -> str:
    return (f" LIMIT {int(limit)}" if limit is not None else "") + (f" OFFSET {int(offset)}" if offset else "")


def entities(conn, kind: str, search: str | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """People (``kind`` person) or organisations (org) not merged into another, by name: id, name, active events
    (an organisation's also where it is the other party, as in its timeline) and every other spelling, those of
    the entities merged into it included (a merge leaves each spelling on its own row, see store.entities).
    ``search`` is a part of any spelling (folded: case, spaces, dots and Traditional/Simplified do not matter); a
    spelling of a merged entity finds the one it was merged into."""
    from talentdb.store.rawsql import raw

    table = _TABLES[kind]
    if kind == "person":
        count = "(SELECT COUNT(*) FROM events e WHERE e.person = t.name AND e.status = 'active')"
    else:
        count = ("((SELECT COUNT(*) FROM events e WHERE e.org = t.name AND e.status = 'active') + "
                 "(SELECT COUNT(*) FROM events e WHERE e.counterparty = t.name AND e.status = 'active' "
                 "AND (e.org IS NULL OR e.org <> t.name)))")
    where, params, with_ = "t.merged_into IS NULL", {"k": kind}, ""
    if search:
        # The entities a matching spelling belongs to, and every one each was merged into (up the chain).
        with_ = (f"WITH RECURSIVE found(id, merged_into) AS (SELECT f.id, f.merged_into FROM {table} f WHERE f.id IN "
                 "(SELECT a.entity_id FROM aliases a WHERE a.entity_kind = :k AND a.key LIKE :pattern ESCAPE '\\') "
                 f"UNION SELECT u.id, u.merged_into FROM {table} u JOIN found ON u.id = found.merged_into) ")
        where += " AND t.id IN (SELECT id FROM found)"
        params["pattern"] = _like(fold(search))
    db = raw(conn)
    rows = db.dicts(f"{with_}SELECT t.id, t.name, {count} AS events FROM {table} t WHERE {where} "
                    "ORDER BY t.name, t.id" + _page(limit, offset), params)
    spellings = _spellings(db, kind, [r["id"] for r in rows])
    for r in rows:
        r["aliases"] = [a for a in dict.fromkeys(spellings[r["id"]]) if a != r["name"]]
    return rows


def _spellings(db, kind: str, ids: list[int]) -> dict[int, list[str]]:
    """Every spelling of each entity, with those of the entities merged into it (down the chain), in the order
    recorded."""
    out: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return out
    table = _TABLES[kind]
    rows = db.all_in(f"WITH RECURSIVE folded(id, root) AS (SELECT id, id FROM {table} WHERE id IN ({{values}}) "
                     f"UNION SELECT m.id, folded.root FROM {table} m JOIN folded ON m.merged_into = folded.id) "
                     "SELECT folded.root, a.alias FROM folded JOIN aliases a ON a.entity_kind = :k "
                     "AND a.entity_id = folded.id ORDER BY a.id", ids, {"k": kind})
    for root, alias in rows:
        out[root].append(alias)
    return out


def sources(conn, search: str | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Articles in the order recorded: id, title, published, lang, the events they report, status (retracted once
    withdrawn as a whole), url. ``search`` is a part of the title or the url (case does not matter)."""
    from talentdb.store.rawsql import raw

    where, params = "", {}
    if search:
        where = " WHERE lower(s.title) LIKE :pattern ESCAPE '\\' OR lower(s.url) LIKE :pattern ESCAPE '\\'"
        params["pattern"] = _like(search.lower())
    return raw(conn).dicts("SELECT s.id, s.title, s.published, s.lang, "
                           "(SELECT COUNT(*) FROM event_sources es WHERE es.source_id = s.id) AS events, s.status, "
                           "s.url "
                           f"FROM sources s{where} ORDER BY s.id" + _page(limit, offset), params)


def stats(conn, url: str) -> dict:
    """Counts of what the database holds, where it is (password hidden), its schema revision and the log's head."""
    from talentdb.store.rawsql import raw

    db = raw(conn)
    by_type = dict.fromkeys(EVENT_TYPES, 0)
    by_status = {"active": 0, "retracted": 0}
    for type_, status, n in db.all("SELECT type, status, COUNT(*) FROM events GROUP BY type, status"):
        by_type[type_] = by_type.get(type_, 0) + (n if status == "active" else 0)
        by_status[status] = by_status.get(status, 0) + n
    head = db.first("SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1") or (0, None)
    return {
        "database": hide_password(url),
        "backend": conn.dialect.name,
        "schema revision": db.scalar("SELECT version_num FROM alembic_version"),
        "log": {"entries": db.scalar("SELECT COUNT(*) FROM event_log"), "head seq": head[0], "head hash": head[1]},
        "events": {"total": sum(by_status.values()), "by type": by_type, "by status": by_status},
        "people": db.scalar("SELECT COUNT(*) FROM people WHERE merged_into IS NULL"),
        "organisations": db.scalar("SELECT COUNT(*) FROM organizations WHERE merged_into IS NULL"),
        "sources": db.scalar("SELECT COUNT(*) FROM sources"),
        "sources with no events": db.scalar("SELECT COUNT(*) FROM sources s WHERE NOT EXISTS "
                                            "(SELECT 1 FROM event_sources es WHERE es.source_id = s.id)"),
    }


def hide_password(url: str) -> str:
    if url.startswith("sqlite"):  # no password to hide, and no need to import SQLAlchemy to see that
        return url
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL SQLAlchemy reads: say nothing of it rather than leak it
        return url.split("@")[-1] if "@" in url else url
