"""What makes ``talentdb sql`` read-only by construction, not by looking at the statement's first word.

SQLite: the file is opened ``mode=ro`` and an authorizer allows only reading: SELECT, reading columns, a short list
of informational PRAGMAs and functions other than the few that reach outside the database (fts3_tokenizer takes a
pointer, load_extension loads code, readfile/writefile touch files). ATTACH (also what ``VACUUM INTO`` does first)
is denied, so no statement can create or read another file.

PostgreSQL: the session takes the SELECT-only role ``talentdb_reader`` if an administrator created it (the server
then refuses whatever the role was not granted), is made READ ONLY, and the statement is sent alone through the extended protocol (a
prepared statement), which the server refuses to hold more than one command: ``COMMIT; UPDATE …`` cannot end the
read-only transaction and go on writing. Session-level side effects that a read-only transaction allows (advisory
locks, which the writers use to take turns; signalling other backends; settings) are refused by name.
"""
from __future__ import annotations

import re

# Action codes of sqlite3_set_authorizer (sqlite3.h); the sqlite3 module exports them too, but not on every build.
_PRAGMA, _READ, _SELECT, _FUNCTION, _RECURSIVE = 19, 20, 21, 31, 33
# PRAGMAs that only describe the schema or the library.
_READ_PRAGMAS = frozenset({"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                           "foreign_key_list", "function_list", "collation_list", "compile_options"})
# Functions a read-only connection can still call and that act outside the database.
_UNSAFE_FUNCTIONS = frozenset({"fts3_tokenizer", "load_extension", "readfile", "writefile", "edit",
                               "sqlite_dbpage", "zipfile", "fts5"})
# The SELECT-only role `sql` runs as on PostgreSQL, if an administrator created it (README: PostgreSQL).
ROLE_ENV = "TALENTDB_SQL_ROLE"
DEFAULT_ROLE = "talentdb_reader"
_PG_UNSAFE = re.compile(
    r"\b(pg_(try_)?advisory\w*|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|"
    r"pg_notify|set_config|pg_sleep\w*|pg_read_\w*file|pg_ls_\w+|lo_\w+|dblink\w*|pg_logical_emit_message)\b",
    re.IGNORECASE)


def sqlite_authorizer(action: int, arg1, arg2, _db, _trigger) -> int:
    """sqlite3 authorizer: 0 (SQLITE_OK) for reading, 1 (SQLITE_DENY) for everything else."""
    if action in (_SELECT, _READ, _RECURSIVE):
        return 0
    if action == _FUNCTION:
        return 1 if (arg2 or "").lower() in _UNSAFE_FUNCTIONS else 0
    if action == _PRAGMA:
        return 0 if (arg1 or "").lower() in _READ_PRAGMAS else 1  # their argument is a table or index name
    return 1


def pg_unsafe_call(statement: str) -> str | None:
    """The name of a function with session-wide side effects the statement calls, if any."""
    found = _PG_UNSAFE.search(statement)
    return found.group(1) if found else None


def run_pg(engine, statement: str, params: dict) -> tuple[list[str], list[tuple]]:
    """Run ``statement`` alone, prepared, inside a READ ONLY transaction, on a connection of its own that is
    closed afterwards (a pooled one would carry the read-only session to the next writer)."""
    from talentdb.store.rawsql import _pyformat

    proxied = engine.raw_connection()
    try:
        dbapi = proxied.driver_connection
        dbapi.rollback()
        _become_reader(dbapi)
        dbapi.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        dbapi.commit()
        cur = dbapi.cursor()
        if params:
            cur.execute(_pyformat(statement), params, prepare=True)
        else:  # no placeholders to translate: the statement goes as written (a % stays a %)
            cur.execute(statement, None, prepare=True)
        columns = [d.name for d in cur.description or []]
        return columns, cur.fetchall() if cur.description else []
    finally:
        proxied.invalidate()


def reader_role() -> str:
    """The SELECT-only role ``sql`` runs as on PostgreSQL when it exists ($TALENTDB_SQL_ROLE, talentdb_reader)."""
    import os

    return os.environ.get(ROLE_ENV) or DEFAULT_ROLE


def _become_reader(dbapi) -> None:
    """SET ROLE to the reader role if an administrator made one (README: PostgreSQL): then the server itself refuses
    anything but what the role was granted. A role that exists but cannot be taken is refused, not skipped."""
    role = reader_role()
    cur = dbapi.cursor()
    cur.execute("SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = %s", (role,))
    found = cur.fetchone()
    if found is None:
        return
    if not found[0]:
        from talentdb.sqlconsole import SQLRefused

        raise SQLRefused(f"refused: the role {role} exists but this login cannot take it: GRANT {role} TO "
                         f"the login talentdb uses, or drop the role")
    cur.execute("SELECT set_config('role', %s, false)", (role,))
    dbapi.commit()
