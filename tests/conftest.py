"""Shared fixtures: a database per test on SQLite and (where the server answers) on PostgreSQL.

Store tests take ``db_url`` and so run on both backends. PostgreSQL databases are cloned from a template
migrated once per run, so each test still starts empty.
"""
from __future__ import annotations

import itertools
import os
import uuid
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "openai-talent-exodus.zh-Hant.txt"
SEED_GOLD = ROOT / "seeds" / "openai-talent-exodus.gold.json"
PG_ADMIN = os.environ.get("TALENTDB_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
_counter = itertools.count()
# Strict mode: an internal error in the extractor fails the test that meets it instead of quietly costing its article
# the events (see talentdb.extract.engine.guarded). In the environment, so the CLI's subprocesses run strict too.
os.environ.setdefault("TALENTDB_STRICT", "1")
# The schema and compiled regexes talentdb keeps between runs (talentdb.diskcache) go to a folder of this run's,
# not the user's cache: each test run starts by deriving them once, as a new installation does.
os.environ.setdefault("TALENTDB_CACHE_DIR", __import__("tempfile").mkdtemp(prefix="talentdb-test-cache-"))
_pg_template: dict = {}


def _pg_admin_engine():
    from sqlalchemy import create_engine

    return create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")


def _pg_available() -> bool:
    if "ok" not in _pg_template:
        try:
            with _pg_admin_engine().connect() as c:
                c.exec_driver_sql("SELECT 1")
            _pg_template["ok"] = True
        except Exception:
            _pg_template["ok"] = False
    return _pg_template["ok"]


def _pg_url(name: str) -> str:
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def _pg_fresh_database() -> str:
    from talentdb.store.db import upgrade

    admin = _pg_admin_engine()
    if "template" not in _pg_template:
        tmpl = f"talentdb_tmpl_{uuid.uuid4().hex[:8]}"
        with admin.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{tmpl}"')
        upgrade(_pg_url(tmpl))
        from talentdb.store.db import _engine

        _engine.cache_clear()
        _pg_template["template"] = tmpl
    name = f"talentdb_test_{os.getpid()}_{next(_counter)}"
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{_pg_template["template"]}"')
    _pg_template.setdefault("made", []).append(name)
    return _pg_url(name)


def pytest_sessionfinish(session, exitstatus):
    made = _pg_template.get("made", []) + ([_pg_template["template"]] if "template" in _pg_template else [])
    if not made:
        return
    try:
        admin = _pg_admin_engine()
        with admin.connect() as c:
            for name in made:
                c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Exception:
        pass


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh, migrated database URL on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.db'}"
    else:
        if not _pg_available():
            pytest.skip("PostgreSQL is not answering on 127.0.0.1:5432 (.ci/run starts it)")
        url = _pg_fresh_database()
    yield url
    from talentdb.store.db import _engine

    try:
        _engine(url).dispose()
    except Exception:
        pass


@pytest.fixture
def engine(db_url):
    from talentdb.store.db import get_engine

    return get_engine(db_url)


@pytest.fixture
def sqlite_path(tmp_path):
    return tmp_path / "talent.db"


def make_article(name: str, events: list, entities: list = (), published: date | None = date(2024, 10, 9),
                 text: str | None = None, title: str | None = None):
    """A prepared article with hand-written events: store tests do not depend on the extractor's rules."""
    from talentdb.extract.model import Extraction
    from talentdb.ingest import Prepared, content_hash

    text = text or f"{name}: " + " ".join(e.evidence for e in events)
    return Prepared(name=name, text=text, sha256=content_hash(text), title=title or name, url=None, published=published,
                    lang="en", extraction=Extraction("en", list(events), list(entities)))


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """Run the CLI the way a user types it, against a database in tmp_path; returns (exit_code, stdout, stderr)."""
    import subprocess
    import sys

    db = tmp_path / "cli.db"

    def run(*args, input: str | None = None, env: dict | None = None):
        full_env = dict(os.environ, TALENTDB_DB=str(db), **(env or {}))
        proc = subprocess.run([sys.executable, "-m", "talentdb.cli", *args], capture_output=True, text=True,
                              input=input, env=full_env, cwd=str(ROOT), timeout=300)
        return proc.returncode, proc.stdout, proc.stderr

    run.db = db
    return run
