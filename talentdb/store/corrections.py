"""Corrections as new log entries: retract, amend, add, confirm (and, from store.entities, alias, merge, unmerge).

Nothing is ever updated in place in the log. Every function checks everything first and then writes all of its
entries in one transaction, so a refused correction (an unknown id, a bad value) changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from talentdb.store.checks import CorrectionError, check_new_event, clean_fields, event_id, reason as check_reason
from talentdb.store.entities import alias, merge, rename, unmerge  # noqa: F401 - corrections' public names
from talentdb.store.kinds import MANUAL
from talentdb.store.projector import AMENDABLE
from talentdb.store.writing import batch

__all__ = ["CorrectionError", "retract", "retract_source", "amend", "check_amendment", "add", "confirm", "alias",
           "merge", "rename", "unmerge"]


def _event(conn, ident: int) -> dict:
    from talentdb.store.rawsql import raw

    row = raw(conn).dicts("SELECT id, status, confirmed, source_id FROM events WHERE id = :i", {"i": ident})
    if not row:
        raise CorrectionError(f"no event with id {ident}")
    return row[0]


def _ids(event_ids) -> list[int]:
    ids = [event_ids] if isinstance(event_ids, int) else list(event_ids)
    if not ids:
        raise CorrectionError("no event given: name at least one event id")
    return list(dict.fromkeys(event_id(i) for i in ids))


def retract(engine, event_ids, reason: str) -> list[int]:
    """Withdraw one event or several (all or none); returns the log entries' seqs."""
    ids, why = _ids(event_ids), check_reason(reason)
    with batch(engine) as b:
        for ident in ids:
            if _event(b.conn, ident)["status"] == "retracted":
                raise CorrectionError(f"event {ident} is already retracted")
            b.append("event.retracted", {"event_id": ident, "reason": why})
    return b.seqs


@dataclass
class SourceRetraction:
    source_id: int
    title: str | None
    retracted: list[int] = field(default_factory=list)              # events whose only source it was
    kept: dict[int, list[int]] = field(default_factory=dict)        # event -> the other sources that report it
    seqs: list[int] = field(default_factory=list)


def retract_source(engine, source_id: int, reason: str) -> SourceRetraction:
    """Withdraw an article: every event whose only (standing) source it is is retracted; an event other articles
    report too stays, citing one of them. One ``event.retracted`` per event, then one ``source.retracted``."""
    from talentdb.store.rawsql import raw

    why = check_reason(reason)
    if isinstance(source_id, bool) or not isinstance(source_id, int):
        raise CorrectionError(f"no source with id {source_id}")
    with batch(engine) as b:
        db = raw(b.conn)
        found = db.first("SELECT title, status FROM sources WHERE id = :s", {"s": source_id}) \
            if 0 < source_id < 2 ** 63 else None
        if not found:
            raise CorrectionError(f"no source with id {source_id}")
        if found[1] == "retracted":
            raise CorrectionError(f"source {source_id} is already retracted")
        out = SourceRetraction(source_id, found[0])
        reported = db.all("SELECT e.id, e.source_id FROM events e JOIN event_sources es ON es.event_id = e.id "
                          "WHERE es.source_id = :s AND e.status = 'active' ORDER BY e.id", {"s": source_id})
        reassigned = []
        for ident, cited in reported:
            others = [r[0] for r in db.all(
                "SELECT es.source_id FROM event_sources es JOIN sources s ON s.id = es.source_id "
                "WHERE es.event_id = :e AND es.source_id <> :s AND s.status = 'active' ORDER BY es.source_id",
                {"e": ident, "s": source_id})]
            if others:
                out.kept[ident] = others
                if cited == source_id:
                    reassigned.append([ident, others[0]])
            else:
                out.retracted.append(ident)
                b.append("event.retracted", {"event_id": ident, "reason": why, "source_id": source_id})
        b.append("source.retracted", {"source_id": source_id, "reason": why, "reassigned": reassigned})
    out.seqs = b.seqs
    return out


def check_amendment(changes: dict) -> dict:
    """The changes, checked and normalised as ``amend`` writes them (CorrectionError for a bad one)."""
    unknown = set(changes) - set(AMENDABLE)
    if unknown:
        raise CorrectionError(f"cannot amend {', '.join(sorted(unknown))}; amendable fields: {', '.join(AMENDABLE)}")
    if not changes:
        raise CorrectionError(f"nothing to amend: give at least one field to change ({', '.join(AMENDABLE)})")
    return clean_fields(changes)


def amend(engine, ident: int, changes: dict, reason: str) -> int:
    """Change fields of an event (validated as ``add`` validates); returns the log entry's seq."""
    ident, why = event_id(ident), check_reason(reason)
    fixed = check_amendment(changes)
    with batch(engine) as b:
        _event(b.conn, ident)
        b.append("event.amended", {"event_id": ident, "set": _canonical_names(b.conn, fixed), "reason": why})
    return b.seqs[0]


def _canonical_names(conn, fields: dict) -> dict:
    """People and organisations under the name the database knows them by (any spelling may be given)."""
    from talentdb.store.resolve import Resolver

    resolver = Resolver(conn)
    fixed = dict(fields)
    for name_field, kind in (("person", "person"), ("org", "org"), ("counterparty", "org")):
        if fixed.get(name_field):
            fixed[name_field] = resolver.canonical(kind, fixed[name_field])
    return fixed


@dataclass
class Added:
    event_id: int
    seq: int


def check_addition(fields: dict, reason: str | None = None) -> tuple[dict, str | None]:
    """What ``add`` checks before it opens the database: the fields (cleaned) and the reason. The CLI asks it
    first, so a refused event never leaves a new, empty database behind."""
    fixed = clean_fields(fields)
    check_new_event(fixed)
    return fixed, (check_reason(reason) if reason is not None else None)


def add(engine, fields: dict, *, source_id: int | None = None, reason: str | None = None) -> Added:
    """Record an event by hand (extractor ``manual``), checked as an extracted one would be."""
    from talentdb.store.rawsql import raw
    from talentdb.store.resolve import find_known

    fixed, why = check_addition(fields, reason)
    with batch(engine) as b:
        db = raw(b.conn)
        if source_id is not None:
            status = db.scalar("SELECT status FROM sources WHERE id = :s", {"s": source_id}) \
                if isinstance(source_id, int) and 0 < source_id < 2 ** 63 else None
            if status is None:
                raise CorrectionError(f"no source with id {source_id}")
            if status == "retracted":
                raise CorrectionError(f"source {source_id} is retracted; an event cannot cite it")
        payload = {f: None for f in ("person", "org", "role", "role_raw", "counterparty", "date", "date_precision",
                                     "date_text", "amount", "currency", "evidence")}
        payload.update(_canonical_names(b.conn, fixed))
        if payload["role"] and not payload["role_raw"]:
            payload["role_raw"] = payload["role"]
        known = find_known(b.conn, payload, [])
        if known is not None:
            raise CorrectionError(f"event {known['id']} already records this {payload['type']}; confirm or amend it")
        new_id = (db.scalar("SELECT COALESCE(MAX(id), 0) FROM events") or 0) + 1
        payload.update(event_id=new_id, source_id=source_id, confidence=1.0, extractor=MANUAL)
        if why:
            payload["reason"] = why
        b.append("event.asserted", payload)
    return Added(new_id, b.seqs[0])


@dataclass
class Confirmation:
    confirmed: list[int] = field(default_factory=list)
    already: list[int] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)


def confirm(engine, event_ids, note: str | None = None) -> Confirmation:
    """Mark events as checked by a person; re-extraction never touches them again."""
    ids = _ids(event_ids)
    out = Confirmation()
    with batch(engine) as b:
        for ident in ids:
            row = _event(b.conn, ident)
            if row["status"] == "retracted":
                raise CorrectionError(f"event {ident} is retracted; only a standing event can be confirmed")
            if row["confirmed"]:
                out.already.append(ident)
                continue
            payload = {"event_id": ident}
            if note:
                payload["note"] = check_reason(note)
            b.append("event.confirmed", payload)
            out.confirmed.append(ident)
    out.seqs = b.seqs
    return out
