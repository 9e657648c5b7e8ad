"""Corrections as new log entries: retract, amend, alias, merge. Nothing is ever updated in place in the log."""
from __future__ import annotations

from talentdb.errors import TalentDBError

from talentdb.store.db import write_transaction
from talentdb.store.log import Appender
from talentdb.store.names import fold
from talentdb.store.projector import AMENDABLE, Projector, catch_up
from talentdb.store.resolve import Resolver


class CorrectionError(TalentDBError):
    pass


def _sql(s):
    from sqlalchemy import text

    return text(s)


def _write(engine, kind: str, payload: dict, check=None) -> int:
    with write_transaction(engine) as conn:
        catch_up(conn)
        if check:
            payload = check(conn, payload) or payload
        log = Appender(conn)
        entry = log.append(kind, payload)
        log.flush()
        Projector(conn).apply_all([entry])
        return entry.seq


def _event_status(conn, event_id: int) -> str:
    status = conn.execute(_sql("SELECT status FROM events WHERE id = :i"), {"i": event_id}).scalar()
    if status is None:
        raise CorrectionError(f"no event with id {event_id}")
    return status


def retract(engine, event_id: int, reason: str) -> int:
    def check(conn, payload):
        if _event_status(conn, event_id) == "retracted":
            raise CorrectionError(f"event {event_id} is already retracted")

    return _write(engine, "event.retracted", {"event_id": event_id, "reason": reason}, check)


def amend(engine, event_id: int, changes: dict, reason: str) -> int:
    unknown = set(changes) - set(AMENDABLE)
    if unknown:
        raise CorrectionError(f"cannot amend {', '.join(sorted(unknown))}; amendable fields: {', '.join(AMENDABLE)}")
    if not changes:
        raise CorrectionError("nothing to amend: give at least one field, e.g. --date 2024-05-14")
    if changes.get("date") is not None:
        from datetime import date

        try:
            real = len(changes["date"]) == 10 and date.fromisoformat(changes["date"])
        except (TypeError, ValueError):
            real = False
        if not real:
            raise CorrectionError(f"date {changes['date']!r} is not a real date (YYYY-MM-DD)")

    def check(conn, payload):
        _event_status(conn, event_id)
        resolver = Resolver(conn)
        fixed = dict(payload["set"])
        if fixed.get("person"):
            fixed["person"] = resolver.canonical("person", fixed["person"])
        if fixed.get("org"):
            fixed["org"] = resolver.canonical("org", fixed["org"])
        return {**payload, "set": fixed}

    return _write(engine, "event.amended", {"event_id": event_id, "set": changes, "reason": reason}, check)


def _entity_kind(conn, name: str) -> tuple[str, str] | None:
    resolver = Resolver(conn)
    for kind in ("person", "org"):
        found = resolver._lookup(kind, fold(name))
        if found:
            return kind, found
    return None


def alias(engine, name: str, spelling: str) -> int:
    def check(conn, payload):
        found = _entity_kind(conn, name)
        if not found:
            raise CorrectionError(f"no person or organisation called {name!r}")
        kind, canonical = found
        taken = _entity_kind(conn, spelling)
        if taken and taken[1] != canonical:
            raise CorrectionError(f"{spelling!r} already names {taken[1]!r}; use `talentdb merge` to join the two")
        return {"entity_kind": kind, "name": canonical, "alias": spelling}

    return _write(engine, "entity.aliased", {"name": name, "alias": spelling}, check)


def merge(engine, keep: str, merged: str) -> int:
    def check(conn, payload):
        a, b = _entity_kind(conn, keep), _entity_kind(conn, merged)
        if not a:
            raise CorrectionError(f"no person or organisation called {keep!r}")
        if not b:
            raise CorrectionError(f"no person or organisation called {merged!r}")
        if a[0] != b[0]:
            raise CorrectionError(f"{keep!r} is a {a[0]} and {merged!r} is a {b[0]}; only like can merge")
        if a[1] == b[1]:
            raise CorrectionError(f"{keep!r} and {merged!r} are already one {a[0]}")
        return {"entity_kind": a[0], "into": a[1], "merged": b[1]}

    return _write(engine, "entity.merged", {"into": keep, "merged": merged}, check)
