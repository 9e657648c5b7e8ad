"""``talentdb sql``: read-only SQL for anyone who knows SQL.

On SQLite it opens the file with the sqlite3 module in read-only mode (``mode=ro``, ``PRAGMA query_only``) with an
authorizer that allows reading only (talentdb.sqlguard), so the database itself refuses any write, ATTACH or
VACUUM INTO, and the command starts without loading SQLAlchemy. On PostgreSQL the statement is sent alone as a
prepared statement inside a ``READ ONLY`` session that is closed afterwards.
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

    from talentdb.sqlguard import sqlite_authorizer
    from talentdb.store.db import HEAD_REVISION, read_only_uri

    p = Path(path)
    if not p.exists() or _revision(p) != HEAD_REVISION:
        from talentdb.store.db import get_engine

        get_engine(url)  # creates or upgrades the schema, then we read as usual
    conn = sqlite3.connect(read_only_uri(str(p)), uri=True, timeout=30)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.set_authorizer(sqlite_authorizer)
        try:
            cur = conn.execute(statement, params)
        except (sqlite3.Warning, sqlite3.ProgrammingError) as exc:  # "You can only execute one statement at a time."
            raise SQLRefused(f"refused: {exc}") from None
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            msg = str(exc)
            if "readonly" in msg or "query_only" in msg or "read-only" in msg or "not authorized" in msg or "authorization denied" in msg:
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
    from talentdb.sqlguard import pg_unsafe_call, run_pg
    from talentdb.store.db import get_engine

    engine = get_engine(url)
    if engine.dialect.name != "postgresql":
        raise SQLRefused(f"talentdb sql supports SQLite and PostgreSQL, not {engine.dialect.name}")
    unsafe = pg_unsafe_call(statement)
    if unsafe:
        raise SQLRefused(f"refused: talentdb sql is read-only and does not call {unsafe}(); the database was not changed")
    try:
        columns, rows = run_pg(engine, statement, params)
    except Exception as e:  # psycopg.Error, imported lazily: the message is the server's first line
        if not hasattr(e, "sqlstate"):
            raise
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        if e.sqlstate == "25006" or "multiple commands" in msg:  # read_only_sql_transaction; several statements
            raise SQLRefused("refused: talentdb sql runs one read-only statement; the database was not changed") from None
        raise SQLRefused(f"SQL error: {msg}") from None
    return columns, [dict(zip(columns, r)) for r in rows]
