"""Issue 17, cases 3 (REPLACE, out-of-order inserts) and 4: migrations cannot half-apply, a downgrade never drops
a non-empty log, and the database refuses any entry that is not the next one in the chain."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import create_engine, text

from talentdb.ingest import commit
from talentdb.store import db as store_db
from talentdb.store.log import canonical_json, entry_hash, now_iso, verify

from conftest import ROOT
from test_store import seedlike

# A process that runs the migrations and kills itself with SIGKILL just before the Nth statement starting with PREFIX,
# or (mode "full") runs them with the file limited to a few pages: a full disk.
_CRASH = textwrap.dedent("""
    import os, signal, sys
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    url, mode, prefix, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    seen = [0]
    if mode == "kill":
        @event.listens_for(Engine, "before_cursor_execute")
        def _kill(conn, cursor, statement, *args):
            if statement.lstrip().upper().startswith(prefix):
                seen[0] += 1
                if seen[0] == nth:
                    os.kill(os.getpid(), signal.SIGKILL)
    else:
        @event.listens_for(Engine, "connect")
        def _small(dbapi_conn, record):
            dbapi_conn.execute(f"PRAGMA max_page_count = {nth}")
    from talentdb.store.db import upgrade
    upgrade(url)
""")


def _interrupted_upgrade(url: str, mode: str, prefix: str = "", nth: int = 0) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _CRASH, url, mode, prefix, str(nth)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def _revision(path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()


def _opens_and_works(path) -> None:
    """What a user does next: any command; it must find or bring the schema to head and read the log."""
    env = dict(os.environ, TALENTDB_DB=str(path))
    proc = subprocess.run([sys.executable, "-m", "talentdb.cli", "verify"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert _revision(path) == store_db.HEAD_REVISION


@pytest.mark.parametrize("prefix,nth", [("CREATE TABLE", 3), ("CREATE INDEX", 5), ("CREATE VIEW", 1),
                                        ("UPDATE ALEMBIC_VERSION", 2), ("CREATE TRIGGER", 3)])
def test_kill_9_during_the_first_migration_leaves_an_openable_database(tmp_path, prefix, nth):
    path = tmp_path / "new.db"
    proc = _interrupted_upgrade(f"sqlite:///{path}", "kill", prefix, nth)
    assert proc.returncode == -9, proc.stderr  # it did die mid-migration
    assert _revision(path) is None  # nothing of the migration stayed
    _opens_and_works(path)


def test_kill_9_during_an_upgrade_keeps_the_previous_revision_and_every_entry(tmp_path):
    path = tmp_path / "old.db"
    url = f"sqlite:///{path}"
    commit(store_db.get_engine(url), seedlike())
    store_db._engine.cache_clear()
    store_db.downgrade(url, "0007_source_url_index")
    proc = _interrupted_upgrade(url, "kill", "UPDATE ALEMBIC_VERSION", 1)  # after 0008's DDL, before its record
    assert proc.returncode == -9, proc.stderr
    assert _revision(path) == "0007_source_url_index"
    _opens_and_works(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM event_log").fetchone()[0] == 8
    conn.close()


@pytest.mark.parametrize("pages", [8, 16, 30])
def test_a_full_disk_during_the_first_migration_leaves_an_openable_database(tmp_path, pages):
    path = tmp_path / "full.db"
    proc = _interrupted_upgrade(f"sqlite:///{path}", "full", "", pages)
    assert proc.returncode != 0 and "full" in proc.stderr
    assert _revision(path) is None
    _opens_and_works(path)


def test_downgrade_that_would_drop_a_non_empty_log_refuses_and_changes_nothing(db_url):
    engine = store_db.get_engine(db_url)
    commit(engine, seedlike())
    with pytest.raises(Exception, match="refused: downgrading to base would drop event_log"):
        store_db.downgrade(db_url, "base")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == store_db.HEAD_REVISION
        assert conn.execute(text("SELECT COUNT(*) FROM event_log")).scalar() == 8
        assert conn.execute(text("SELECT COUNT(*) FROM events")).scalar() == 7
        assert verify(conn).ok


def test_alembic_cli_downgrade_base_on_a_populated_database_refuses(tmp_path):
    path = tmp_path / "pop.db"
    commit(store_db.get_engine(str(path)), seedlike())
    env = dict(os.environ, TALENTDB_DB=str(path))
    proc = subprocess.run([sys.executable, "-m", "alembic", "downgrade", "base"], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "would drop event_log" in proc.stderr
    assert _revision(path) == store_db.HEAD_REVISION
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM events")).scalar() == 7
    engine.dispose()


def _next_entry(conn, seq: int, prev: str, kind: str = "entity.aliased") -> dict:
    payload = canonical_json({"v": 1, "entity_kind": "person", "name": "Mira Murati", "alias": f"M. Murati {seq}"})
    at = now_iso()
    return {"seq": seq, "at": at, "kind": kind, "p": payload, "prev": prev, "h": entry_hash(prev, seq, kind, at, payload)}


_INSERT = ("INSERT INTO event_log (seq, recorded_at, kind, payload, prev_hash, hash) "
           "VALUES (:seq, :at, :kind, :p, :prev, :h)")


def test_the_database_refuses_replace_and_out_of_order_inserts(db_url):
    engine = store_db.get_engine(db_url)
    commit(engine, seedlike())
    with engine.connect() as conn:
        last, tail = conn.execute(text("SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1")).one()
        third = conn.execute(text("SELECT prev_hash FROM event_log WHERE seq = 3")).scalar()
    attempts = [("gap", _next_entry(None, last + 2, tail)),
                ("wrong prev", _next_entry(None, last + 1, third)),
                ("rewrite of 3", _next_entry(None, 3, third))]
    if db_url.startswith("sqlite"):
        attempts.append(("replace", {**_next_entry(None, 3, third), "replace": True}))
    for why, row in attempts:
        sql = _INSERT.replace("INSERT", "REPLACE", 1) if row.pop("replace", False) else _INSERT
        with pytest.raises(Exception, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql), row)
    with engine.connect() as conn:
        assert verify(conn).ok
        assert conn.execute(text("SELECT MAX(seq) FROM event_log")).scalar() == last
    with engine.begin() as conn:  # the next entry, chained to the last one, is what the database accepts
        conn.execute(text(_INSERT), _next_entry(None, last + 1, tail))
    with engine.connect() as conn:
        assert verify(conn).ok
