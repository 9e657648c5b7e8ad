"""A new SQLite database's schema in one transaction, without Alembic's machinery.

The migrations stay the one thing that says what the schema is. The first new database made from a set of
migrations is migrated by Alembic as ever; what that leaves, every CREATE statement SQLite recorded (tables,
indexes, views, triggers) and the revision stamped, is kept (talentdb.diskcache) under a hash of the migration
files and of the SQLAlchemy and Alembic versions that rendered their DDL. Every later new database runs those same
statements and is stamped at that revision: importing Alembic and running each migration in turn was a third of
the time it took to ingest one article into a new database. Another migration, or another version of either
library, is another hash, so the first database after a change is made by Alembic again.
tests/test_newschema.py checks that both ways give the same schema.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

from talentdb import diskcache
from talentdb.store.db import HEAD_REVISION, migrations_dir

# Replayed in this order: a table before its indexes and triggers, views after the tables they read.
_KIND_ORDER = {"table": 0, "index": 1, "view": 2, "trigger": 3}


def _cache_name() -> str:
    from importlib.metadata import version  # (not importing the libraries: the point is not to need them)

    h = hashlib.sha256(f"{version('sqlalchemy')} {version('alembic')} {HEAD_REVISION}".encode())
    root = migrations_dir()
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return f"schema-sqlite-{h.hexdigest()[:16]}.json"


def create(path: str) -> bool:
    """Make the schema in the empty SQLite database at ``path`` from the kept statements; False (nothing done)
    when none are kept for these migrations or the database is not empty."""
    try:
        kept = json.loads(diskcache.read(_cache_name()) or b"null")
    except ValueError:
        return False
    if not isinstance(kept, dict) or kept.get("revision") != HEAD_REVISION:
        return False
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        if conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
            return False
        conn.execute("PRAGMA journal_mode=WAL")  # as the engine runs it (store.db) and Alembic's env makes it
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in kept["statements"]:
                conn.execute(statement)
            conn.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (kept["revision"],))
            conn.execute("COMMIT")
        except (sqlite3.Error, KeyError, TypeError):
            conn.execute("ROLLBACK")
            return False
        return True
    finally:
        conn.close()


def remember(path: str) -> None:
    """Keep the schema Alembic just made in the new database at ``path`` (only when it holds no rows but its
    revision: a migration that seeds data is left to Alembic every time)."""
    conn = sqlite3.connect(path, timeout=30)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        objects = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid").fetchall()
        tables = [name for kind, name, _ in objects if kind == "table" and name != "alembic_version"]
        if revision != [(HEAD_REVISION,)] or any(conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()
                                                  for t in tables):
            return
    finally:
        conn.close()
    statements = [sql for kind, _, sql in sorted(objects, key=lambda o: _KIND_ORDER.get(o[0], 9))]
    diskcache.write(_cache_name(), json.dumps({"revision": HEAD_REVISION, "statements": statements}).encode())
