"""Several writers, crashes, and backends: the log stays one intact chain and every article lands exactly once.

These run the real CLI in subprocesses on synthetic articles the extractor finds events in (tests/articles.py).
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from articles import write_articles
from conftest import ROOT, SEED

CLI = [sys.executable, "-m", "talentdb.cli"]


def talentdb(db: str, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "--db", db, *args], capture_output=True, text=True, cwd=ROOT, timeout=600, **kw)


def event_rows(db: str) -> list[dict]:
    proc = talentdb(db, "query", "--all", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def sql_scalar(db: str, statement: str):
    proc = talentdb(db, "sql", statement, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return next(iter(json.loads(proc.stdout)[0].values()))


def without_ids(rows: list[dict]) -> list[str]:
    """Events as comparable text: ids and sources follow commit order, which concurrent writers change."""
    return sorted(json.dumps({k: v for k, v in r.items() if k not in ("id", "source_id")}, sort_keys=True,
                             ensure_ascii=False) for r in rows)


def test_two_ingests_at_once_store_every_article_once(db_url, tmp_path):
    # Two halves of 40 articles that share eight, ingested by two processes at the same moment (on SQLite
    # into a file that does not exist yet, so they also race to create the schema).
    first = write_articles(tmp_path / "first", range(0, 24))
    second = write_articles(tmp_path / "second", range(16, 40))
    assert len(first) == len(second) == 24
    procs = [subprocess.Popen([*CLI, "--db", db_url, "ingest", str(folder), "-q"], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for folder in (tmp_path / "first", tmp_path / "second")]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err

    assert talentdb(db_url, "verify").returncode == 0
    assert sql_scalar(db_url, "SELECT COUNT(*) FROM sources") == 40
    # No event twice: every (type, person, org) appears once, as in a sequential ingest of the same articles.
    dupes = sql_scalar(db_url, "SELECT COUNT(*) FROM (SELECT type, person, org FROM events "
                               "GROUP BY type, person, org HAVING COUNT(*) > 1) d")
    assert dupes == 0
    reference = str(tmp_path / "sequential.db")
    write_articles(tmp_path / "all", range(40))
    assert talentdb(reference, "ingest", str(tmp_path / "all"), "-q").returncode == 0
    assert without_ids(event_rows(db_url)) == without_ids(event_rows(reference))


def test_an_ingest_killed_midway_resumes_to_exactly_every_article(tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, range(300))
    db = tmp_path / "crash.db"
    talentdb(str(db), "verify")  # create the schema, so the count below can poll from the start
    proc = subprocess.Popen([*CLI, "--db", str(db), "ingest", str(folder), "-q"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while proc.poll() is None and _sources(db) < 100 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the ingest finished before it could be killed; make the folder bigger"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    stored = _sources(db)
    assert 100 <= stored < 300

    again = talentdb(str(db), "ingest", str(folder), "-q")
    assert again.returncode == 0, again.stderr
    assert _sources(db) == 300
    assert talentdb(str(db), "verify").returncode == 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM (SELECT sha256 FROM sources GROUP BY sha256 "
                            "HAVING COUNT(*) > 1)").fetchone()[0] == 0
    finally:
        conn.close()


def _sources(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.postgres
def test_the_seed_gives_the_same_events_on_postgresql_as_on_sqlite(tmp_path):
    from conftest import _pg_available, _pg_fresh_database

    if not _pg_available():
        pytest.skip("PostgreSQL is not answering on 127.0.0.1:5432")
    results = []
    for db in (str(tmp_path / "seed.db"), _pg_fresh_database()):
        ingest = talentdb(db, "ingest", str(SEED), "--published", "2024-10-09")
        assert ingest.returncode == 0, ingest.stderr
        results.append(_by_date(event_rows(db)))
    sqlite_rows, pg_rows = results
    assert sqlite_rows and sqlite_rows == pg_rows


def _by_date(rows: list[dict]) -> list[list[str]]:
    """Events grouped by date in query order; inside a date, sorted, so only ordering ties are ignored."""
    groups: dict = {}
    for r in rows:
        groups.setdefault(r["date"], []).append(json.dumps(r, sort_keys=True, ensure_ascii=False))
    return [sorted(g) for g in groups.values()]
