"""ingest into SQLite without SQLAlchemy (store.sqlite_write): a database at head, or a new one whose schema is
kept, is written through a plain sqlite3 connection, and holds what the SQLAlchemy engine would have written."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from conftest import ROOT, SEED
from test_cold_read import _WATCH

TABLES = {"events": "id, type, person, org, role, counterparty, date, date_precision, amount, currency, evidence, "
                    "source_id, status, extractor",
          "people": "id, name, merged_into", "organizations": "id, name, merged_into",
          "aliases": "entity_kind, entity_id, alias, key", "event_sources": "event_id, source_id, evidence",
          "event_versions": "event_id, seq_from, seq_to, type, person, org", "current_roles": "*",
          "talent_flow": "*", "sources": "id, sha256, title, published, lang"}


def _ingest(db, *paths):
    # (a new database's schema is kept in the disk cache: a cache of the test's own, so that a developer's
    # TALENTDB_CACHE_DIR=off does not send the first ingest through SQLAlchemy)
    env = dict(os.environ, TALENTDB_CACHE_DIR=str(db.parent / "cache"))
    proc = subprocess.run([sys.executable, "-c", _WATCH, "ingest", *map(str, paths), "--published", "2024-10-09",
                           "--db", str(db)], capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    *said, loaded = proc.stderr.strip().splitlines()
    return proc.returncode, "\n".join(said), loaded


def _rows(db) -> dict:
    with sqlite3.connect(db) as conn:
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr) for t, cols in TABLES.items()}


def test_ingest_writes_without_sqlalchemy_what_the_engine_writes(tmp_path):
    from talentdb.bulk import ingest_paths
    from talentdb.store.db import get_engine

    code, err, _ = _ingest(tmp_path / "first.db", SEED)  # the first new database keeps its schema
    assert code == 0, err
    other = ROOT / "tests" / "corpus" / "ai-lab-talent-war.en.txt"
    code, err, loaded = _ingest(tmp_path / "plain.db", SEED, other)
    assert code == 0 and "ingested 2 articles" in err and loaded == "[]"
    code, err, loaded = _ingest(tmp_path / "plain.db", other)  # and into a database at head
    assert code == 0 and "unchanged" in err and loaded == "[]"
    from datetime import date

    ingest_paths(get_engine(str(tmp_path / "engine.db")), [str(SEED), str(other)], published=date(2024, 10, 9),
                 quiet=True)
    plain = _rows(tmp_path / "plain.db")
    assert plain == _rows(tmp_path / "engine.db") and plain["events"] and plain["talent_flow"]


def test_an_older_database_is_still_upgraded_first(tmp_path):
    from talentdb.store.db import HEAD_REVISION, upgrade

    db = tmp_path / "old.db"
    upgrade(f"sqlite:///{db}", "0007_source_url_index")
    code, err, loaded = _ingest(db, SEED)
    assert code == 0, err
    assert "sqlalchemy" in loaded
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert conn.execute("SELECT COUNT(*) FROM talent_flow").fetchone()[0] == 4  # (Tesla → OpenAI a hire; three moves out of OpenAI)
