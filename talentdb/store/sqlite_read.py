"""Reading an SQLite database through the standard library's sqlite3 alone, for the read commands.

Importing SQLAlchemy takes about 0.2 s, a hundred times what a read question costs at a million events, and the
read questions (store.queries, store.catalogue, store.lookup) already run their SQL on the DB-API cursor through
store.rawsql. ``PlainConnection`` is the little of a SQLAlchemy connection that rawsql asks for (its dialect's
name, its DB-API connection, an ``info`` dict), wrapped around a plain sqlite3 connection opened read-only.

The schema check is one read of ``alembic_version``: a database at the head revision is read this way; any
other (older, empty, unreadable) is left to the SQLAlchemy path, which upgrades it first, so migrations stay the
only thing that shapes a schema.
"""
from __future__ import annotations

import sqlite3
from types import SimpleNamespace

from talentdb.store.db import HEAD_REVISION, read_only_uri, sqlite_path


class PlainConnection:
    """A sqlite3 connection as rawsql sees a SQLAlchemy one: here a read-only one in one transaction (one snapshot
    for every statement of a command); store.sqlite_write wraps its write transactions in it too."""

    dialect = SimpleNamespace(name="sqlite")

    def __init__(self, dbapi: sqlite3.Connection, url: str):
        self.connection = SimpleNamespace(dbapi_connection=dbapi)
        self.info: dict = {}
        self.url = url

    def close(self) -> None:
        dbapi = self.connection.dbapi_connection
        try:
            dbapi.rollback()
        finally:
            dbapi.close()


def open_at_head(url: str) -> PlainConnection | None:
    """A read connection to the SQLite database at ``url`` if its schema is at the head revision, else None
    (not SQLite, or a schema that needs migrating first: the caller takes the SQLAlchemy path)."""
    path = sqlite_path(url)
    if path is None:
        return None
    try:
        dbapi = sqlite3.connect(read_only_uri(path), uri=True, timeout=30, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        dbapi.execute("PRAGMA query_only = ON")
        # As store.db's engine does: pages through a memory map, a fifth faster on scattered rows.
        dbapi.execute("PRAGMA mmap_size=1073741824")
        dbapi.execute("BEGIN")
        row = dbapi.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != HEAD_REVISION:
        dbapi.close()
        return None
    return PlainConnection(dbapi, url)


def shown_url(url: str) -> str:
    """An SQLite URL as SQLAlchemy renders it (``stats`` shows it): the path quoted as its URL class quotes it."""
    from urllib.parse import quote

    return "sqlite:///" + quote(sqlite_path(url) or "", safe=" +/")
