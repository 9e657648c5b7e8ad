"""Schema changes go through Alembic only: models and migrations agree, and upgrades keep the log intact."""
from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import create_engine, text

from talentdb.ingest import commit
from talentdb.store import db as store_db
from talentdb.store.log import verify

from conftest import ROOT
from test_store import seedlike


def test_models_and_migrations_agree(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from talentdb.store.models import Base

    engine = store_db.get_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_every_index_of_the_models_is_in_the_migrated_database(db_url):
    """compare_metadata skips expression indexes (SQLite cannot reflect them): check names and columns here."""
    from talentdb.store.models import Base

    engine = store_db.get_engine(db_url)
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
        else:
            rows = conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        in_db = {name: sql for name, sql in rows}
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            assert index.name in in_db, index.name
            for expr in index.expressions:
                column = getattr(expr, "name", None) or str(expr)
                assert column.split("(")[-1].split(",")[0] in in_db[index.name], (index.name, column)


def test_head_revision_constant_is_the_newest_migration():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(store_db.alembic_config("sqlite://"))
    assert script.get_current_head() == store_db.HEAD_REVISION


def test_upgrading_a_database_made_at_the_first_revision_keeps_every_log_entry(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store_db.upgrade(url, "0001_initial")
    # The rows the current code writes (log and projections), copied into the old schema's columns: a database as
    # the first revision held it (later revisions add projection columns the current projector fills).
    engine = store_db._engine(url)
    donor = store_db.get_engine(f"sqlite:///{tmp_path / 'donor.db'}")
    commit(donor, seedlike())
    with donor.connect() as src, engine.begin() as dst:
        for table in ("event_log", "sources", "people", "organizations", "aliases", "events", "event_versions",
                      "event_sources", "projection_state"):
            columns = [r[1] for r in dst.exec_driver_sql(f"PRAGMA table_info({table})")]
            rows = src.execute(text(f"SELECT {', '.join(columns)} FROM {table}")).mappings().all()
            dst.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                             f"({', '.join(':' + c for c in columns)})"), [dict(r) for r in rows])
    with engine.connect() as conn:
        before = conn.execute(text("SELECT seq, hash, payload FROM event_log ORDER BY seq")).all()
    store_db.upgrade(url, "head")
    with engine.connect() as conn:
        after = conn.execute(text("SELECT seq, hash, payload FROM event_log ORDER BY seq")).all()
        assert verify(conn).ok
        assert conn.execute(text("SELECT COUNT(*) FROM talent_flow")).scalar() == 2
    assert after == before and len(after) == 8


def test_alembic_cli_downgrade_base_then_upgrade_head_on_an_empty_database(tmp_path):
    """Round trip through every downgrade (a populated log refuses: tests/test_ledger_migrations.py)."""
    path = tmp_path / "empty.db"
    store_db.get_engine(str(path))
    env = dict(os.environ, TALENTDB_DB=str(path))
    alembic = [sys.executable, "-m", "alembic"]
    for args in (["downgrade", "base"], ["upgrade", "head"]):
        proc = subprocess.run(alembic + args, cwd=ROOT, env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == store_db.HEAD_REVISION
        assert conn.execute(text("SELECT COUNT(*) FROM events")).scalar() == 0
    engine.dispose()
