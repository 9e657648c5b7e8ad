"""Refusing a database that is not talentdb's, before anything is written to it.

The first use of a database creates talentdb's schema in it. That is right for a new (or empty) file and for a
database talentdb made; for anything else it is damage: a ``--db`` pointing at another program's SQLite file
gained talentdb's tables from a read-only ``query`` (or was left half-migrated when a table name clashed), and a
PostgreSQL URL without a database name created the schema in whatever database the login defaults to.
"""
from __future__ import annotations

from pathlib import Path

from talentdb.errors import TalentDBError

_SQLITE_HEADER = b"SQLite format 3\x00"


class NotTalentDB(TalentDBError):
    """The database given is not one talentdb may create its schema in."""


def check_url(url: str) -> None:
    """A server URL must name its database: ``postgresql+psycopg://user@host/talent``."""
    if url.startswith("sqlite"):
        return
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - any unparsable URL: one line saying so
        raise NotTalentDB(f"cannot read the database URL {url!r}: write it as "
                          "postgresql+psycopg://user@host/DATABASE") from None
    if not parsed.database:
        raise NotTalentDB(f"the database URL {parsed.render_as_string(hide_password=True)!r} names no database: "
                          "add one, e.g. postgresql+psycopg://user@host/talent")


def check_sqlite_file(path: str) -> None:
    """The file is absent, empty, or an SQLite database (it is asked further by ``check_tables``)."""
    p = Path(path)
    if p.is_dir():
        raise NotTalentDB(f"{path} is a folder: --db takes a database file, e.g. {p / 'talentdb.db'}")
    try:
        with open(p, "rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return
    except PermissionError:
        raise NotTalentDB(f"{path}: no permission to read it; check its owner and mode (ls -l {path})") from None
    if header and header != _SQLITE_HEADER:
        raise NotTalentDB(f"{path} is not a database (neither empty nor SQLite): give --db a talentdb database or a "
                          "new file name")


def check_sqlite(path: str) -> None:
    """The SQLite file at ``path`` is absent, empty or talentdb's; asked through a read-only connection, because
    the engine's own connection would already switch the file to WAL mode (a change to someone else's file)."""
    import sqlite3

    check_sqlite_file(path)
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        return
    from talentdb.store.db import read_only_uri

    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise NotTalentDB(_unopenable(path, exc)) from None
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
            if "alembic_version" in names else None
    except sqlite3.DatabaseError as exc:
        raise NotTalentDB(_unopenable(path, exc)) from None
    finally:
        conn.close()
    _refuse_unless_ours(path, revision, names)


def _unopenable(path: str, exc: Exception) -> str:
    import os

    folder = os.path.dirname(os.path.abspath(path))
    if not os.access(folder, os.W_OK):
        # SQLite reads a database in WAL mode only with its -shm file beside it, which it must be able to create.
        return (f"{path}: its folder {folder} is read-only, and SQLite needs to create {Path(path).name}-shm there "
                f"to read the database; copy it to a writable folder (or make this one writable)")
    return f"{path} is not a usable SQLite database ({exc}): give --db a talentdb database or a new file name"


def _refuse_unless_ours(where: str, revision: str | None, names: list[str]) -> None:
    import re

    if revision is not None and re.fullmatch(r"\d{4}_\w+", revision):
        return
    if names:
        shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        raise NotTalentDB(f"{where} is not a talentdb database (it holds {shown}): nothing was changed; give --db a "
                          "talentdb database or a new file name")


def check_tables(conn, revision: str | None) -> None:
    """A database whose revision is not one of talentdb's must hold no tables at all: else it is someone else's."""
    if conn.dialect.name == "sqlite":
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name LIMIT 4")]
    else:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "ORDER BY table_name LIMIT 4")]
    _refuse_unless_ours(conn.engine.url.render_as_string(hide_password=True), revision, names)
