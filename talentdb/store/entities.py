"""Entity corrections as log entries: another spelling (alias), one entity after all (merge) or not (unmerge),
and which spelling is the main name (rename, ``alias --primary``).

Each decision is worked out here, at write time, and recorded in full in its entry (the names, the merge undone,
the events that go back), so replaying the log never has to decide anything again.
"""
from __future__ import annotations

from dataclasses import dataclass

from talentdb.store.checks import CorrectionError, clean_text
from talentdb.store.names import fold
from talentdb.store.writing import batch

_TABLES = {"person": "people", "org": "organizations"}


def _entity(conn, name: str) -> tuple[str, str] | None:
    """(kind, main name) of the person or organisation any spelling names."""
    from talentdb.store.resolve import Resolver

    resolver = Resolver(conn)
    for kind in ("person", "org"):
        found = resolver._lookup(kind, fold(name))
        if found:
            return kind, found
    return None


def _known(conn, name: str) -> tuple[str, str]:
    """(kind, main name) of the entity ``name`` spells exactly; else a refusal naming the ones it resembles, as the
    reading commands do (store.lookup), though a correction never acts on a guess."""
    found = _entity(conn, name) if isinstance(name, str) and name.strip() else None
    if not found:
        from talentdb.store.lookup import suggestions

        close = suggestions(conn, "any", name) if isinstance(name, str) and name.strip() else []
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        raise CorrectionError(f"no person or organisation called {name!r}{hint}")
    return found


def _spelling(value) -> str:
    return clean_text("name", value)


def alias(engine, name: str, spelling: str, *, primary: bool = False) -> int:
    """Teach another spelling of an entity; with ``primary`` it also becomes the main name (see ``rename``)."""
    if primary:
        return rename(engine, name, spelling)
    spelling = _spelling(spelling)
    with batch(engine) as b:
        kind, canonical = _known(b.conn, name)
        taken = _entity(b.conn, spelling)
        if taken and taken[1] != canonical:
            raise CorrectionError(f"{spelling!r} already names {taken[1]!r}; merge the two to join them")
        b.append("entity.aliased", {"entity_kind": kind, "name": canonical, "alias": spelling})
    return b.seqs[0]


def merge(engine, keep: str, merged: str) -> int:
    """Declare two people (or two organisations) one: every event of ``merged`` moves under ``keep``."""
    with batch(engine) as b:
        a, m = _known(b.conn, keep), _known(b.conn, merged)
        if a[0] != m[0]:
            raise CorrectionError(f"{keep!r} is a {a[0]} and {merged!r} is a {m[0]}; only like can merge")
        if a[1] == m[1]:
            raise CorrectionError(f"{keep!r} and {merged!r} are already one {a[0]}")
        b.append("entity.merged", {"entity_kind": a[0], "into": a[1], "merged": m[1]})
    return b.seqs[0]


def rename(engine, name: str, new: str) -> int:
    """Make ``new`` the main name of the entity ``name`` names: shown in every event, answer and export from now
    on (and kept as a spelling); the old name stays a spelling of it, so both still find it."""
    from talentdb.store.rawsql import raw

    new = _spelling(new)
    with batch(engine) as b:
        kind, canonical = _known(b.conn, name)
        if new == canonical:
            raise CorrectionError(f"{new!r} is already the main name")
        taken = _entity(b.conn, new)
        if taken and taken[1] != canonical:
            raise CorrectionError(f"{new!r} already names {taken[1]!r}; merge the two first")
        if raw(b.conn).first(f"SELECT 1 FROM {_TABLES[kind]} WHERE name = :n", {"n": new}):
            raise CorrectionError(f"{new!r} was merged into {canonical!r}; to keep {new!r} as the main name, unmerge "
                                  f"{canonical!r} and merge the two the other way round")
        b.append("entity.renamed", {"entity_kind": kind, "name": canonical, "new": new})
    return b.seqs[0]


@dataclass
class Unmerge:
    kind: str
    into: str
    restored: str
    merge_seq: int
    events: int
    seq: int


def unmerge(engine, name: str) -> Unmerge:
    """Undo the latest merge that folded another entity into ``name``: that entity stands alone again and the
    events the merge moved go back to it (unless a person amended that field since)."""
    with batch(engine) as b:
        kind, canonical = _known(b.conn, name)
        found = _latest_merge(b.conn, kind, canonical)
        if found is None:
            raise CorrectionError(f"nothing to unmerge: no merge folded another {kind} into {canonical!r}")
        merge_seq, restored = found
        moved = _moved_back(b.conn, kind, merge_seq, restored, canonical)
        b.append("entity.unmerged", {"entity_kind": kind, "into": canonical, "restored": restored,
                                     "merge_seq": merge_seq, "events": moved})
    return Unmerge(kind, canonical, restored, merge_seq, len({e for e, _ in moved}), b.seqs[0])


def _latest_merge(conn, kind: str, canonical: str) -> tuple[int, str] | None:
    """(seq, merged name) of the latest merge, not undone, whose merged entity still points (through any later
    merges) at ``canonical``."""
    import json

    from talentdb.store.rawsql import raw
    from talentdb.store.resolve import Resolver

    db = raw(conn)
    undone = {json.loads(p).get("merge_seq") for (p,) in db.all("SELECT payload FROM event_log "
                                                                "WHERE kind = 'entity.unmerged'")}
    resolver = Resolver(conn)
    for seq, payload in db.all("SELECT seq, payload FROM event_log WHERE kind = 'entity.merged' ORDER BY seq DESC"):
        p = json.loads(payload)
        if seq in undone or p.get("entity_kind") != kind:
            continue
        row = db.first(f"SELECT merged_into FROM {_TABLES[kind]} WHERE name = :n", {"n": p["merged"]})
        if row and row[0] is not None and resolver.canonical(kind, p["into"]) == canonical:
            return seq, p["merged"]
    return None


def _moved_back(conn, kind: str, merge_seq: int, restored: str, canonical: str) -> list[list]:
    """[event id, field] of each event the merge at ``merge_seq`` moved from ``restored`` whose field still names
    the surviving entity (a person's later amendment of it wins)."""
    from talentdb.store.rawsql import raw

    fields = ("person",) if kind == "person" else ("org", "counterparty")
    cols = ", ".join(f"before.{f}, e.{f}" for f in fields)
    rows = raw(conn).all(f"SELECT v.event_id, {cols} FROM event_versions v "
                         "JOIN event_versions before ON before.event_id = v.event_id AND before.seq_to = v.seq_from "
                         "JOIN events e ON e.id = v.event_id WHERE v.seq_from = :m ORDER BY v.event_id",
                         {"m": merge_seq})
    moved = []
    for row in rows:
        for i, f in enumerate(fields):
            was, now = row[1 + 2 * i], row[2 + 2 * i]
            if was == restored and now == canonical:
                moved.append([row[0], f])
    return moved
