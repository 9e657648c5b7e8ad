"""``ingest`` into an SQLite database through the standard library's sqlite3 alone.

The write path already runs its SQL on the DB-API cursor (store.rawsql); SQLAlchemy only opened the connection and
its transactions, and importing it was a fifth of a second of every ingest (two thirds of one article's). So for
an SQLite database at the head revision, or a new one whose schema is kept (store.newschema), ``ingest`` gets a
``PlainEngine``: one sqlite3 connection with the engine's settings (store.db._engine), ``BEGIN IMMEDIATE`` for a
write and ``BEGIN`` for a read, the same one-writer rule. Any other database (one to migrate, or a server) takes
the SQLAlchemy engine as before.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

from talentdb.store.db import HEAD_REVISION, sqlite_path
from talentdb.store.sqlite_read import ReadConnection


class _Url:
    def __init__(self, url: str):
        self._url = url

    def render_as_string(self, hide_password: bool = True) -> str:
        return self._url  # an SQLite URL holds no password


class PlainEngine:
    """What the ingest path asks of an engine: its URL, its dialect's name, and transactions (store.db's
    write_transaction and read_transaction come here for it)."""

    dialect = SimpleNamespace(name="sqlite")
    plain_sqlite = True

    def __init__(self, url: str):
        self.url = _Url(url)
        self._path = sqlite_path(url)
        self._dbapi: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._dbapi is None:
            db = sqlite3.connect(self._path, timeout=30, isolation_level=None)
            # As store.db's engine sets every connection (see there for why each).
            for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "wal_autocheckpoint=4000", "busy_timeout=30000",
                           "mmap_size=1073741824"):
                db.execute(f"PRAGMA {pragma}")
            self._dbapi = db
        return self._dbapi

    @contextmanager
    def transaction(self, write: bool):
        db = self._connection()
        db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield ReadConnection(db, self.url.render_as_string())
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def _revision(path: str) -> str | None:
    try:
        db = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return None
    try:
        return db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except (sqlite3.Error, TypeError):
        return None
    finally:
        db.close()


def plain_engine(url: str) -> PlainEngine | None:
    """A PlainEngine for the SQLite database at ``url`` when its schema is at head, or can be made so without
    Alembic (a new database, its schema kept); else None (the caller takes get_engine)."""
    path = sqlite_path(url)
    if path is None or not Path(path).parent.exists():
        return None
    from talentdb.store.foreign import check_sqlite

    check_sqlite(path)  # a file that is not talentdb's is refused here as on the engine's path
    if Path(path).exists() and _revision(path) == HEAD_REVISION:
        return PlainEngine(url)
    from talentdb.store import newschema
    from talentdb.store.db import file_lock

    with file_lock(path):  # two ingests starting on one new file: one makes the schema, the other finds it
        if _revision(path) != HEAD_REVISION and not newschema.create(path):
            return None
    return PlainEngine(url)
