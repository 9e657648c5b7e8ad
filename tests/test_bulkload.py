"""rebuild as a bulk load (store.bulkload): the projections' plain indexes are dropped for the replay and built
again, so afterwards the schema is what it was, answers are unchanged, and a rebuild that fails changes nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from talentdb.ingest import commit
from talentdb.store.db import read_transaction, write_transaction
from talentdb.store.projector import rebuild

from test_store import seedlike, snapshot


def _indexes(engine) -> list:
    with read_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            sql = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1"
        else:
            sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY 1"
        return conn.execute(text(sql)).all()


def test_a_rebuild_leaves_every_index_as_it_was_and_every_answer(engine):
    commit(engine, seedlike())
    indexes, before = _indexes(engine), snapshot(engine)
    assert any(name == "ix_events_person_moves" for name, _ in indexes)
    with write_transaction(engine) as conn:
        assert rebuild(conn) == 8
    assert _indexes(engine) == indexes and snapshot(engine) == before


def test_a_rebuild_that_fails_half_way_changes_nothing(engine, monkeypatch):
    from talentdb.store import projector

    commit(engine, seedlike())
    indexes, before = _indexes(engine), snapshot(engine)

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(projector.Projector, "_event_retracted", broken)
    monkeypatch.setattr(projector.Projector, "_source_ingested", broken)
    with pytest.raises(RuntimeError), write_transaction(engine) as conn:
        rebuild(conn)
    assert _indexes(engine) == indexes and snapshot(engine) == before
