"""Which database a command uses: its own ``--db``, else the one given before the command, else $TALENTDB_DB,
else talentdb.db here (store.db.resolve_url). Only ``ingest`` makes a new database; every other command refuses
a database file that is not there, so a typo never leaves an empty database behind. SQLAlchemy is imported only
when a command opens the database."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from talentdb.errors import UserError

# What the global options said (set by the app's callback before any command runs).
GLOBAL = {"db": None, "debug": False}


class NoDatabase(UserError):
    """The database file a command should read is not there."""


def chosen(db: Optional[str]) -> Optional[str]:
    return db or GLOBAL["db"]


def url(db: Optional[str] = None, *, create: bool = False) -> str:
    """The database's SQLAlchemy URL; unless ``create``, an SQLite file must exist already."""
    from talentdb.store.db import resolve_url, sqlite_path

    found = resolve_url(chosen(db))
    path = sqlite_path(found)
    if not create and path is not None and not Path(path).exists():
        raise NoDatabase(f"no database at {path} (run `talentdb ingest` first, or pass --db)")
    return found


def engine(db: Optional[str] = None, *, create: bool = False):
    """The engine, with the schema created (``create``) or upgraded on first use."""
    from talentdb.store.db import get_engine

    return get_engine(url(db, create=create))


def writer(db: Optional[str] = None):
    """The engine ``ingest`` writes through: on an SQLite database at head (or new, its schema kept) a plain sqlite3
    one (store.sqlite_write: no SQLAlchemy to import), else ``engine(db, create=True)``."""
    from talentdb.store.sqlite_write import plain_engine

    return plain_engine(url(db, create=True)) or engine(db, create=True)


def name(db: Optional[str] = None) -> str:
    """The database's name as tools such as Datasette call it: the file's stem, or the server database's name."""
    from talentdb.store.db import resolve_url, sqlite_path

    found = resolve_url(chosen(db))
    path = sqlite_path(found)
    if path is not None:
        return Path(path).stem
    return found.rsplit("/", 1)[-1].split("?", 1)[0] or "talentdb"


@contextmanager
def reading(db: Optional[str] = None):
    """A read transaction for a read command: on an SQLite database at the head revision a plain sqlite3
    connection (store.sqlite_read: no SQLAlchemy import, a quarter of a second less to start); otherwise the
    engine's, which first brings the schema to head."""
    from talentdb.store.sqlite_read import open_at_head

    found = url(db)
    conn = open_at_head(found)
    if conn is None:
        from talentdb.store.db import read_transaction

        with read_transaction(engine(db)) as conn:
            yield conn
        return
    try:
        yield conn
    finally:
        conn.close()


def shown_url(conn) -> str:
    """The URL ``stats`` shows for a connection ``reading`` gave (password included: catalogue hides it)."""
    if hasattr(conn, "url"):
        from talentdb.store.sqlite_read import shown_url as sqlite_url

        return sqlite_url(conn.url)
    return conn.engine.url.render_as_string(hide_password=False)
