"""verify of a large SQLite log walks ranges of it in several processes (store.ledger_ranges) and answers exactly
what the walk in one process answers: the same verdict, first bad entry and reason, on an intact log, a keyed one,
and each way of tampering with one. The ranges here are a few entries long so that a small log has many."""
from __future__ import annotations

import os
import sqlite3

import pytest

from talentdb.ingest import commit
from talentdb.store import ledger_ranges
from talentdb.store.db import get_engine, read_transaction
from talentdb.store.log import verify

from conftest import make_article
from test_store import seedlike

KEY = "correct horse battery staple"


def _small_ranges(monkeypatch, size: int) -> None:
    """Walk in ranges from a few entries on, ``size`` entries each, on two usable cores."""
    monkeypatch.setattr(ledger_ranges, "PARALLEL_FROM", 10)
    monkeypatch.setattr(ledger_ranges, "RANGE_SIZE", size)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


@pytest.fixture
def log(tmp_path, monkeypatch):
    """A log of 40-odd entries in ranges of 5 on two usable cores; returns the database's path."""
    _small_ranges(monkeypatch, 5)
    path = tmp_path / "log.db"
    engine = get_engine(f"sqlite:///{path}")
    commit(engine, seedlike())
    for k in range(4):
        commit(engine, make_article(f"more-{k}.txt", seedlike().extraction.events[:5]))
    engine.dispose()
    return path


def _both(path):
    """verify in ranges (jobs=2) and in one process (jobs=1), and whether the ranges alone said the log holds."""
    engine = get_engine(f"sqlite:///{path}")
    with read_transaction(engine) as conn:
        by_ranges = ledger_ranges.walk_in_ranges(conn, key=os.environ.get("TALENTDB_LOG_KEY", "").encode() or None,
                                                 jobs=2)
        result = verify(conn, jobs=2), verify(conn, jobs=1)
    engine.dispose()
    return result, by_ranges


def _tamper(path, *statements):
    """What someone with sqlite3 does: drop the guard triggers, change the log."""
    db = sqlite3.connect(path)
    for name, in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event_log'"):
        db.execute(f"DROP TRIGGER {name}")
    for sql in statements:
        db.execute(sql)
    db.commit()
    db.close()


def test_an_intact_log_is_walked_in_ranges(log):
    (in_ranges, in_one), by_ranges = _both(log)
    assert by_ranges is not None and by_ranges.ok  # the ranges answered, without the walk in one process
    assert in_ranges == in_one and in_one.ok and in_one.entries == 32


def test_a_payload_in_another_spelling_still_holds_in_ranges(log):
    _tamper(log, "UPDATE event_log SET payload = payload || ' ' WHERE seq = 31")  # the same JSON: re-encoded
    (in_ranges, in_one), by_ranges = _both(log)
    assert by_ranges is not None and by_ranges.ok
    assert in_ranges == in_one and in_one.ok and in_one.entries == 32


@pytest.mark.parametrize("statements", [
    ["UPDATE event_log SET payload = replace(payload, '今年5月', '今年6月') WHERE seq = 23"],
    ["UPDATE event_log SET payload = replace(payload, '2024-02-01', '2024-03-01') WHERE seq = 31"],
    ["UPDATE event_log SET payload = 'not json' WHERE seq = 12"],
    ["DELETE FROM event_log WHERE seq = 16"],
    ["DELETE FROM event_log WHERE seq = 10"],  # the last entry of a range
    ["UPDATE event_log SET prev_hash = (SELECT hash FROM event_log WHERE seq = 3) WHERE seq = 21"],
    ["UPDATE event_log SET hash = (SELECT hash FROM event_log WHERE seq = 3) || 'x' WHERE seq = 11"],
    ["UPDATE event_log SET seq = seq + 1000 WHERE seq >= 26"],
    ["UPDATE event_log SET kind = 'event.retracted' WHERE seq = 8"],
    ["UPDATE event_log SET recorded_at = '2020-01-01T00:00:00.000000Z' WHERE seq = 29"],
])
def test_a_tampered_log_gets_the_answer_of_the_walk_in_one_process(log, statements):
    _tamper(log, *statements)
    (in_ranges, in_one), by_ranges = _both(log)
    assert not in_one.ok and in_one.first_bad is not None
    assert in_ranges == in_one
    assert by_ranges is None  # the ranges did not say it holds


def test_a_keyed_log_is_walked_in_ranges_with_its_key_and_refused_without(tmp_path, monkeypatch):
    _small_ranges(monkeypatch, 4)
    path = tmp_path / "keyed.db"
    engine = get_engine(f"sqlite:///{path}")
    commit(engine, seedlike())  # entries 1-… unkeyed
    monkeypatch.setenv("TALENTDB_LOG_KEY", KEY)
    for k in range(3):
        commit(engine, make_article(f"keyed-{k}.txt", seedlike().extraction.events[:5]))  # log.keyed, then keyed
    engine.dispose()
    (in_ranges, in_one), by_ranges = _both(path)
    assert in_one.ok and in_ranges == in_one and by_ranges is not None and by_ranges.ok
    for env in ({"TALENTDB_LOG_KEY": "a guess"}, {}):
        monkeypatch.delenv("TALENTDB_LOG_KEY")
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        (in_ranges, in_one), by_ranges = _both(path)
        assert not in_one.ok and in_ranges == in_one and by_ranges is None
        monkeypatch.setenv("TALENTDB_LOG_KEY", KEY)
