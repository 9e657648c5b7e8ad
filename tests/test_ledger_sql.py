"""Issue 17, cases 1 and 10: ``talentdb sql`` is read-only by construction on both backends.

On PostgreSQL a statement without parameters used to go as a simple query holding several statements, so
``COMMIT; UPDATE …`` ended the read-only transaction and wrote; on SQLite ATTACH and VACUUM INTO created files and
fts3_tokenizer was callable.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from talentdb.ingest import commit
from talentdb.sqlconsole import SQLRefused, run_sql
from talentdb.store.db import get_engine
from talentdb.store.log import GENESIS, canonical_json, entry_hash, verify

from conftest import ROOT
from test_store import seedlike


def _log(engine):
    with engine.connect() as conn:
        return conn.execute(text("SELECT seq, payload, hash FROM event_log ORDER BY seq")).all()


def _forged_chain(engine) -> list[str]:
    """The statements a forger runs with the public algorithm: rename a person in entry 1, recompute every hash."""
    statements, prev = [], GENESIS
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT seq, recorded_at, kind, payload FROM event_log ORDER BY seq")).all()
    for seq, recorded_at, kind, payload in rows:
        forged = canonical_json(json.loads(payload.replace("Mira Murati", "Forged Person")))
        digest = entry_hash(prev, seq, kind, recorded_at, forged)
        quoted = forged.replace("'", "''")
        statements.append(f"UPDATE event_log SET payload = '{quoted}', prev_hash = '{prev}', hash = '{digest}' "
                          f"WHERE seq = {seq}")
        prev = digest
    return statements


@pytest.mark.postgres
def test_forging_a_full_chain_through_sql_on_postgresql_is_refused(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("the PostgreSQL case")
    engine = get_engine(db_url)
    commit(engine, seedlike())
    before = _log(engine)
    forged = _forged_chain(engine)
    attacks = []
    for opener in ("COMMIT", "ROLLBACK", "END", "COMMIT AND CHAIN", "ABORT"):
        attacks.append(f"{opener}; ALTER TABLE event_log DISABLE TRIGGER USER; " + "; ".join(forged))
        attacks.append(f"{opener}; UPDATE events SET person = 'X' WHERE id = 1")
    attacks.append("WITH x AS (UPDATE events SET person = 'X' RETURNING id) SELECT * FROM x")
    attacks.append("SELECT pg_advisory_lock(74112025)")
    attacks.append("SELECT set_config('default_transaction_read_only', 'off', false)")
    for statement in attacks:
        with pytest.raises(SQLRefused):
            run_sql(db_url, statement)
    # The command line, as the reporter typed it.
    env = dict(os.environ, TALENTDB_DB=db_url)
    proc = subprocess.run([sys.executable, "-m", "talentdb.cli", "sql", "COMMIT; UPDATE events SET person='X' WHERE id=1"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode != 0 and "read-only" in proc.stderr and proc.stderr.count("\n") == 1
    assert _log(engine) == before
    with engine.connect() as conn:
        assert verify(conn).ok
        assert conn.execute(text("SELECT COUNT(*) FROM events WHERE person = 'X'")).scalar() == 0
    # A literal % in a statement without parameters still works, and the engine's next writer can still write.
    assert run_sql(db_url, "SELECT '100%' AS p")[1] == [{"p": "100%"}]
    commit(engine, seedlike())


def test_sql_on_sqlite_attaches_no_file_and_calls_no_unsafe_function(tmp_path):
    db = tmp_path / "t.db"
    engine = get_engine(str(db))
    commit(engine, seedlike())
    url = f"sqlite:///{db}"
    for statement in (f"ATTACH '{tmp_path / 'other.db'}' AS o", f"VACUUM INTO '{tmp_path / 'copy.db'}'",
                      "SELECT fts3_tokenizer('simple')", "SELECT load_extension('x')",
                      "PRAGMA journal_mode=DELETE", "PRAGMA writable_schema=ON"):
        with pytest.raises(SQLRefused, match="read-only"):
            run_sql(url, statement)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["t.db"]
    # Reading, including the schema PRAGMAs a SQL client asks, still works.
    assert run_sql(url, "SELECT COUNT(*) AS n FROM events")[1][0]["n"] == 7
    assert "seq" in [r["name"] for r in run_sql(url, "PRAGMA table_info(event_log)")[1]]
    assert run_sql(url, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) "
                        "SELECT COUNT(*) AS c FROM n")[1] == [{"c": 3}]


@pytest.mark.postgres
def test_sql_runs_as_the_select_only_role_when_an_administrator_made_one(db_url, monkeypatch):
    import uuid

    if not db_url.startswith("postgresql"):
        pytest.skip("the PostgreSQL case")
    engine = get_engine(db_url)
    commit(engine, seedlike())
    role = f"talentdb_reader_{uuid.uuid4().hex[:8]}"
    with engine.begin() as conn:  # what README's PostgreSQL section tells an administrator, granting one view only
        conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {role}")
        conn.exec_driver_sql(f"GRANT SELECT ON timeline TO {role}")
    monkeypatch.setenv("TALENTDB_SQL_ROLE", role)
    try:
        assert run_sql(db_url, "SELECT COUNT(*) AS n FROM timeline")[1] == [{"n": 7}]
        with pytest.raises(SQLRefused, match="permission denied"):
            run_sql(db_url, "SELECT COUNT(*) FROM event_log")  # the role was not granted it: the server refuses
        assert run_sql(db_url, "SELECT current_user AS u")[1] == [{"u": role}]
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")
    commit(engine, seedlike())  # the writer's own connections never took the role
