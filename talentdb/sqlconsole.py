"""``talentdb sql``: read-only SQL for anyone who knows SQL.

On SQLite it opens the file with the sqlite3 module in read-only mode (``mode=ro``, ``PRAGMA query_only``), so
the database itself refuses any write and the command starts without loading SQLAlchemy. On PostgreSQL it runs
inside a ``READ ONLY`` transaction that is rolled back.
"""
from __future__ import annotations

from talentdb.errors import TalentDBError

from pathlib import Path


class SQLRefused(TalentDBError):
    pass


def run_sql(url: str, statement: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
    from talentdb.store.db import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        return _run_sqlite(url, path, statement, params or {})
    return _run_sqlalchemy(url, statement, params or {})


def _run_sqlite(url: str, path: str, statement: str, params: dict):
    import sqlite3

    from talentdb.store.db import HEAD_REVISION, read_only_uri

    p = Path(path)
    if not p.exists() or _revision(p) != HEAD_REVISION:
        from talentdb.store.db import get_engine

        get_engine(url)  # creates or upgrades the schema, then we read as usual
    conn = sqlite3.connect(read_only_uri(str(p)), uri=True, timeout=30)
    try:
        conn.execute("PRAGMA query_only = ON")
        try:
            cur = conn.execute(statement, params)
        except (sqlite3.Warning, sqlite3.ProgrammingError) as exc:  # "You can only execute one statement at a time."
            raise SQLRefused(f"refused: {exc}") from None
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            msg = str(exc)
            if "readonly" in msg or "query_only" in msg or "read-only" in msg:
                raise SQLRefused("refused: talentdb sql is read-only; the database was not changed") from None
            raise SQLRefused(f"SQL error: {msg}") from None
        columns = [d[0] for d in cur.description or []]
        rows = [dict(zip(columns, r)) for r in cur.fetchall()]
        return columns, rows
    finally:
        conn.rollback()
        conn.close()


def _revision(path: Path) -> str | None:
    import sqlite3

    from talentdb.store.db import read_only_uri

    try:
        conn = sqlite3.connect(read_only_uri(str(path)), uri=True, timeout=30)
        try:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except Exception:
        return None


def _run_sqlalchemy(url: str, statement: str, params: dict):
    from sqlalchemy import exc, text

    from talentdb.store.db import get_engine

    engine = get_engine(url)
    with engine.connect() as conn:
        trans = conn.begin()
        try:
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            result = conn.execute(text(statement), params)
            columns = list(result.keys()) if result.returns_rows else []
            rows = [dict(zip(columns, r)) for r in result] if result.returns_rows else []
            return columns, rows
        except exc.DBAPIError as e:
            msg = str(e.orig).splitlines()[0] if e.orig else str(e)
            if "read-only" in msg or "read only" in msg:
                raise SQLRefused("refused: talentdb sql is read-only; the database was not changed") from None
            raise SQLRefused(f"SQL error: {msg}") from None
        finally:
            trans.rollback()
