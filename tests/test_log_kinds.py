"""The event schema: every log kind is in one registry, written in its shape, and read in any older shape."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from talentdb.extract.model import Event
from talentdb.ingest import commit
from talentdb.store.db import read_transaction, write_transaction
from talentdb.store.kinds import KINDS, LogSchemaError, UnknownKind, current, stamp
from talentdb.store.log import Appender, GENESIS, entry_hash
from talentdb.store.projector import Projector, catch_up, rebuild
from talentdb.store.queries import query, timeline

from conftest import make_article
from test_store import read


def test_every_kind_in_the_registry_has_a_projector_handler_and_every_upcaster_reaches_the_current_version():
    projector = Projector.__new__(Projector)
    for name, kind in KINDS.items():
        assert callable(getattr(projector, "_" + name.replace(".", "_"))), name
        for version in range(1, kind.v):
            assert version in kind.upcasters, (name, version)


def test_a_payload_with_a_misspelt_or_missing_key_is_refused_before_it_is_hashed(engine):
    with write_transaction(engine) as conn:
        log = Appender(conn)
        with pytest.raises(LogSchemaError, match="unknown keys reson"):
            log.append("event.retracted", {"event_id": 1, "reason": "wrong", "reson": "typo"})
        with pytest.raises(LogSchemaError, match="lacks reason"):
            log.append("event.retracted", {"event_id": 1})
        with pytest.raises(LogSchemaError, match="unknown log entry kind"):
            log.append("event.deleted", {"event_id": 1})
        assert log.append("event.asserted", {"event_id": 1, "type": "hire"}).payload["v"] == KINDS["event.asserted"].v


def test_an_unknown_kind_in_the_log_is_one_clear_error():
    with pytest.raises(UnknownKind, match="newer version"):
        current("entity.split", {"v": 1})


def _append_v1(conn, kind: str, payload: dict) -> None:
    """An entry exactly as talentdb wrote it before payload versions were read (every payload v1)."""
    from talentdb.store.log import canonical_json, now_iso

    seq, prev = conn.execute(text("SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1")).first() or (0, GENESIS)
    body, at = canonical_json({"v": 1, **payload}), now_iso()
    conn.execute(text("INSERT INTO event_log (seq, recorded_at, kind, payload, prev_hash, hash) "
                      "VALUES (:s, :r, :k, :p, :prev, :h)"),
                 {"s": seq + 1, "r": at, "k": kind, "p": body, "prev": prev,
                  "h": entry_hash(prev, seq + 1, kind, at, body)})


def test_a_log_written_before_provenance_replays_with_unknown_extractors(engine):
    """Version 1 payloads (no extractor, no corroborating spellings) are upcast when replayed: same answers."""
    with write_transaction(engine) as conn:
        _append_v1(conn, "source.ingested", {"source_id": 1, "sha256": "a" * 64, "text": "t", "title": "old"})
        _append_v1(conn, "event.asserted", {"event_id": 1, "source_id": 1, "type": "hire", "person": "Ada Park",
                                            "org": "Acme", "evidence": "Ada joined", "confidence": 0.8,
                                            "person_aliases": ["艾達"], "org_aliases": []})
        _append_v1(conn, "source.ingested", {"source_id": 2, "sha256": "b" * 64, "text": "u", "title": "later"})
        _append_v1(conn, "event.corroborated", {"event_id": 1, "source_id": 2, "evidence": "Ada joined Acme",
                                                "set": {"role": "CTO"}})
        catch_up(conn)
    [row] = read(engine, query)
    assert (row["extractor"], row["confirmed"], row["role"]) == (None, False, "CTO")
    assert read(engine, timeline, "艾達") == [row]
    with write_transaction(engine) as conn:
        rebuild(conn)
    assert read(engine, query) == [row]


def test_entries_written_now_carry_their_kinds_current_version(engine):
    commit(engine, make_article("a.txt", [Event("hire", "Ada Park", "Acme", evidence="Ada Park joined Acme")]))
    with read_transaction(engine) as conn:
        rows = conn.execute(text("SELECT kind, payload FROM event_log ORDER BY seq")).all()
    assert [(k, json.loads(p)["v"]) for k, p in rows] == [(k, KINDS[k].v) for k, _ in rows]
    assert json.loads(rows[1][1])["extractor"].startswith("0.")


def test_stamp_keeps_the_payload_and_adds_the_version():
    assert stamp("event.confirmed", {"event_id": 3}) == {"v": 1, "event_id": 3}
