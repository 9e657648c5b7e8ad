"""One event's life in the log: asserted, corroborated, amended, confirmed, retracted, with reasons and seqs.

The entries that touched an event are found through the projections, without reading the whole log: every change
opened a version (``event_versions.seq_from``) and every report of it is a row of ``event_sources`` (``seq``).
Those entries also say which of the event's values a person decided, which re-extraction never overrides.
"""
from __future__ import annotations

import json

from talentdb.store.kinds import MANUAL, current
from talentdb.store.log import Entry
from talentdb.store.queries import QueryError

HISTORY_COLUMNS = ["seq", "recorded_at", "what", "by", "source_id", "source", "detail", "reason", "extractor",
                   "changes"]
HISTORY_TABLE = ["seq", "what", "by", "source", "detail", "reason"]
# The fields whose changes the table spells out (json gives every field in ``changes``).
_SHOWN = ("type", "person", "org", "role", "counterparty", "date", "date_precision", "amount", "currency",
          "source_id")
_VALUES = ("type", "person", "org", "role", "role_raw", "counterparty", "date", "date_precision", "date_text",
           "amount", "currency", "evidence", "source_id", "confidence")
_WHAT = {"event.asserted": "asserted", "event.corroborated": "corroborated", "event.amended": "amended",
         "event.confirmed": "confirmed", "event.retracted": "retracted", "entity.merged": "merged",
         "entity.unmerged": "unmerged", "entity.renamed": "renamed", "source.retracted": "source retracted"}


def touching(conn, event_ids) -> dict[int, list[Entry]]:
    """The log entries that touched each event, in seq order (payloads in their current shape)."""
    from talentdb.store.rawsql import raw

    ids = list(dict.fromkeys(event_ids))
    if not ids:
        return {}
    db = raw(conn)
    pairs = db.all_in("SELECT event_id, seq_from FROM event_versions WHERE event_id IN ({values})", ids)
    pairs += db.all_in("SELECT event_id, seq FROM event_sources WHERE event_id IN ({values})", ids)
    seqs = sorted({seq for _, seq in pairs})
    entries = {r[0]: Entry(r[0], r[1], r[2], current(r[2], json.loads(r[3])), r[4], r[5]) for r in db.all_in(
        "SELECT seq, recorded_at, kind, payload, prev_hash, hash FROM event_log WHERE seq IN ({values})", seqs)}
    out: dict[int, set] = {i: set() for i in ids}
    for event_id, seq in pairs:
        out[event_id].add(seq)
    return {i: [entries[s] for s in sorted(out[i]) if s in entries] for i in ids}


def person_decision(event_id: int, entries: list[Entry]) -> str | None:
    """What a person decided about the event, if anything (the latest decision): re-extraction leaves it alone."""
    for e in reversed(entries):
        p = e.payload
        if p.get("event_id") != event_id:
            continue
        if e.kind == "event.confirmed":
            return "confirmed by a person"
        if e.kind == "event.amended" and not p.get("extractor"):
            return "amended by a person"
        if e.kind == "event.retracted" and not p.get("extractor"):
            return "retracted by a person"
        if e.kind == "event.asserted" and p.get("extractor") == MANUAL:
            return "added by a person"
    return None


def _show(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _by(entry: Entry) -> str:
    p = entry.payload
    if entry.kind == "event.corroborated":
        return "extractor"
    if entry.kind == "event.asserted":
        return "person" if p.get("extractor") == MANUAL else "extractor"
    if entry.kind in ("event.amended", "event.retracted") and p.get("extractor"):
        return "extractor"
    return "person"


def history(conn, event_id: int) -> list[dict]:
    """Each log entry that touched the event, oldest first, with what it changed (``changes``: field → [old, new])."""
    from talentdb.store.rawsql import raw

    db = raw(conn)
    if isinstance(event_id, bool) or not isinstance(event_id, int) or not 0 < event_id < 2 ** 63 \
            or db.first("SELECT 1 FROM events WHERE id = :e", {"e": event_id}) is None:
        raise QueryError(f"no event with id {event_id}")
    versions = {r["seq_from"]: r for r in db.dicts(
        f"SELECT seq_from, {', '.join(_VALUES)} FROM event_versions WHERE event_id = :e ORDER BY seq_from",
        {"e": event_id})}
    titles = dict(db.all("SELECT s.id, s.title FROM sources s WHERE s.id IN (SELECT source_id FROM event_sources "
                         "WHERE event_id = :e) OR s.id IN (SELECT source_id FROM event_versions WHERE event_id = :e)",
                         {"e": event_id}))
    out, before = [], None
    for entry in touching(conn, [event_id])[event_id]:
        p = entry.payload
        now = versions.get(entry.seq)
        changes = {f: [before[f], now[f]] for f in _VALUES if before is not None and now is not None
                   and before[f] != now[f]}
        source_id = p.get("source_id") if entry.kind.startswith("event.") else None
        if entry.kind == "event.asserted":
            detail = " · ".join(_show(now[f]) for f in ("type", "person", "org", "date") if now and now[f])
        else:
            detail = "; ".join(f"{f}: {_show(a)} → {_show(b)}" for f, (a, b) in changes.items() if f in _SHOWN)
        out.append({"seq": entry.seq, "recorded_at": entry.recorded_at, "what": _WHAT.get(entry.kind, entry.kind),
                    "by": _by(entry), "source_id": source_id,
                    "source": f"{source_id} {titles.get(source_id) or ''}".strip() if source_id else None,
                    "detail": detail, "reason": p.get("reason") or p.get("note"), "extractor": p.get("extractor"),
                    "changes": changes})
        before = now or before
    return out
