"""Where the database is, how to connect to it, and bringing its schema to the head migration.

Resolution order: ``--db`` option, ``TALENTDB_DB``, then ``talentdb.db`` in the current folder. A plain path
means SQLite; anything with ``://`` is an SQLAlchemy URL (``postgresql+psycopg://postgres@127.0.0.1/talent``).
"""
from __future__ import annotations

from talentdb.errors import TalentDBError

import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

DEFAULT_DB = "talentdb.db"
# The newest Alembic revision; tests/test_migrations.py fails if this falls behind migrations/versions.
HEAD_REVISION = "0009_maintained_views"
# A fixed key for PostgreSQL's advisory lock: every writer takes it, so log appends stay one linear chain.
_APPEND_LOCK_KEY = 7_411_2024


class DatabaseError(TalentDBError):
    """A database problem worth one clear line to the user."""


def resolve_url(db: str | None = None) -> str:
    value = db or os.environ.get("TALENTDB_DB") or DEFAULT_DB
    if "://" in value:
        if value.startswith("postgresql://"):  # psycopg 3 is the driver we ship
            value = "postgresql+psycopg://" + value[len("postgresql://"):]
        return value
    from urllib.parse import quote

    # Escaped, as SQLAlchemy reads the URL: a ? or # in a folder name would otherwise end the path.
    return "sqlite:///" + quote(str(Path(value).expanduser()))


def sqlite_path(url: str) -> str | None:
    """The file behind a sqlite URL (None for other backends or in-memory)."""
    from urllib.parse import unquote

    if not url.startswith("sqlite"):
        return None
    path = unquote(url.split(":///", 1)[1].split("?", 1)[0]) if ":///" in url else ""
    return None if path in ("", ":memory:") else path


def read_only_uri(path: str) -> str:
    """The URI sqlite3 opens ``path`` read-only by (never creating it); as_uri escapes a # or ? in the path."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "migrations"


@lru_cache(maxsize=None)
def _engine(url: str):
    from sqlalchemy import create_engine, event

    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path and not Path(path).parent.exists():
            raise DatabaseError(f"{path}: folder {Path(path).parent} does not exist")
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            # Let SQLAlchemy, not pysqlite, say when transactions begin, so writers can BEGIN IMMEDIATE.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
            cur.execute("PRAGMA synchronous=NORMAL")
            # Checkpoint every 4,000 WAL pages (16 MB) instead of 1,000: an article dirties ~90 pages, many of them
            # the same hot index and log pages as the article before, which a checkpoint copies (and fsyncs) only
            # once however often they were rewritten. About a tenth of a bulk ingest's writer time.
            cur.execute("PRAGMA wal_autocheckpoint=4000")
            cur.execute("PRAGMA busy_timeout=30000")
            # Read through a memory map instead of a read() call per page: about a fifth faster on questions
            # that touch thousands of scattered rows (a busy organisation's timeline at a million events).
            cur.execute("PRAGMA mmap_size=1073741824")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            immediate = conn.get_execution_options().get("talentdb_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # unknown dialect, missing driver
        raise DatabaseError(f"cannot use database URL {url!r}: {exc}") from None


def get_engine(db: str | None = None, *, migrate: bool = True):
    """The engine for ``db``, with the schema upgraded to head on first use."""
    from talentdb.store.foreign import check_sqlite, check_url

    url = resolve_url(db)
    check_url(url)
    path = sqlite_path(url)
    if migrate and path is not None and url not in _checked:
        check_sqlite(path)  # before the engine's first connection, which would switch a foreign file to WAL
        _checked.add(url)
    engine = _engine(url)
    if migrate:
        ensure_schema(engine)
    return engine


_checked: set[str] = set()  # SQLite URLs found to be talentdb's (or new) in this process


def current_revision(engine) -> str | None:
    from sqlalchemy import text

    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:
        return None


def ensure_schema(engine) -> None:
    if current_revision(engine) == HEAD_REVISION:
        return
    _refuse_foreign(engine)
    # Two commands started at once on a new database would both run the migrations and one would fail on
    # "table already exists": the first takes a lock, the other waits and then finds the schema at head.
    with _migration_lock(engine):
        if current_revision(engine) == HEAD_REVISION:
            return
        url = engine.url.render_as_string(hide_password=False)
        path = sqlite_path(url)
        if path is not None:
            from talentdb.store import newschema

            if newschema.create(path):  # a new database, and its schema kept from an earlier one: no Alembic
                return
            upgrade(url)
            newschema.remember(path)
            return
        upgrade(url)


def _refuse_foreign(engine) -> None:
    """Before creating or upgrading a schema on a server: the database must be empty or talentdb's (store.foreign;
    SQLite files are asked before their first connection, in get_engine)."""
    if engine.dialect.name == "sqlite":
        return
    from talentdb.store.foreign import check_tables

    revision = current_revision(engine)
    with engine.connect() as conn:
        check_tables(conn, revision)


@contextmanager
def _migration_lock(engine):
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({_APPEND_LOCK_KEY + 1})")
            try:
                yield
            finally:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_APPEND_LOCK_KEY + 1})")
                conn.commit()
        return
    with file_lock(sqlite_path(engine.url.render_as_string(hide_password=False))):
        yield


@contextmanager
def file_lock(path: str | None):
    """The first use of an SQLite file, one process at a time."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; concurrent first runs there stay the user's business
        fcntl = None
    if path is None or fcntl is None:
        yield
        return
    # flock on the database file itself (created empty if new, which SQLite reads as an empty database);
    # SQLite's own locks are fcntl byte-range locks, which flock does not touch on Linux.
    with open(path, "ab") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["talentdb_url"] = url
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    from alembic import command

    try:
        command.upgrade(alembic_config(url), revision)
    except Exception as exc:
        raise DatabaseError(f"cannot prepare the database schema: {exc}") from None


def downgrade(url: str, revision: str = "base") -> None:
    from alembic import command

    command.downgrade(alembic_config(url), revision)


@contextmanager
def write_transaction(engine):
    """One writer at a time: BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL.

    Everything inside commits together or not at all, so an article is never half-written.
    """
    if getattr(engine, "plain_sqlite", False):  # store.sqlite_write (ingest without SQLAlchemy)
        with engine.transaction(write=True) as conn:
            yield conn
        return
    from sqlalchemy import text

    with engine.connect() as conn:
        conn = conn.execution_options(talentdb_write=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _APPEND_LOCK_KEY})
            yield conn


@contextmanager
def read_transaction(engine):
    if getattr(engine, "plain_sqlite", False):
        with engine.transaction(write=False) as conn:
            yield conn
        return
    with engine.connect() as conn:
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            yield conn
