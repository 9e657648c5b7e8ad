"""A new SQLite database gets its schema without Alembic once a database was made from the same migrations
(store.newschema), and that schema is the one the migrations make."""
from __future__ import annotations

import sqlite3

import pytest

from talentdb.store import db as store_db


def _schema(path) -> tuple[set, list]:
    with sqlite3.connect(path) as conn:
        objects = set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        return objects, conn.execute("SELECT version_num FROM alembic_version").fetchall()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TALENTDB_CACHE_DIR", str(folder))
    return folder


def _no_alembic(monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("Alembic ran")

    monkeypatch.setattr(store_db, "upgrade", refuse)


def test_the_kept_schema_is_the_one_the_migrations_make(tmp_path, cache, monkeypatch):
    by_alembic, kept = tmp_path / "alembic.db", tmp_path / "kept.db"
    store_db.get_engine(str(by_alembic))
    assert list(cache.iterdir()), "the first new database keeps its schema"
    _no_alembic(monkeypatch)
    store_db.get_engine(str(kept))
    objects, revision = _schema(kept)
    assert (objects, revision) == _schema(by_alembic)
    assert revision == [(store_db.HEAD_REVISION,)] and {"current_roles", "talent_flow", "event_log"} <= \
        {name for _, name, _, _ in objects}


def test_a_database_made_from_the_kept_schema_takes_articles_and_upgrades(tmp_path, cache, monkeypatch):
    from talentdb.ingest import commit
    from talentdb.store.log import verify
    from test_store import seedlike

    store_db.get_engine(str(tmp_path / "first.db"))
    with monkeypatch.context() as m:
        _no_alembic(m)
        engine = store_db.get_engine(str(tmp_path / "second.db"))
    commit(engine, seedlike())
    with engine.connect() as conn:
        assert verify(conn).ok
    # Alembic reads it as at head: downgrading a step and back works on it as on any database it made.
    url = engine.url.render_as_string(hide_password=False)
    store_db.downgrade(url, "-1")
    store_db.upgrade(url, "head")
    assert _schema(tmp_path / "second.db") == _schema(tmp_path / "first.db")[:1] + ([(store_db.HEAD_REVISION,)],)


@pytest.mark.parametrize("kept", [b"{not json", b'{"revision": "0001_initial", "statements": []}',
                                  b'{"revision": "%s", "statements": ["CREATE TABLE broken ("]}'])
def test_a_kept_schema_that_is_damaged_or_old_is_not_used(tmp_path, cache, kept):
    from talentdb.store import newschema

    store_db.get_engine(str(tmp_path / "first.db"))
    (name,) = [p.name for p in cache.iterdir()]
    (cache / name).write_bytes(kept.replace(b"%s", store_db.HEAD_REVISION.encode()))
    store_db.get_engine(str(tmp_path / "second.db"))
    assert _schema(tmp_path / "second.db") == _schema(tmp_path / "first.db")
    assert newschema.create(str(tmp_path / "first.db")) is False  # never onto a database that has a schema


def test_with_caching_off_alembic_makes_every_new_database(tmp_path, monkeypatch):
    monkeypatch.setenv("TALENTDB_CACHE_DIR", "off")
    store_db.get_engine(str(tmp_path / "a.db"))
    _no_alembic(monkeypatch)
    with pytest.raises(AssertionError, match="Alembic ran"):
        store_db.get_engine(str(tmp_path / "b.db"))
