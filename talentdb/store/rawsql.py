"""Plain DB-API statements inside a SQLAlchemy connection's transaction, for the per-article write path.

An article's commit runs a few dozen small statements; through ``conn.execute(text(...))`` each one pays
SQLAlchemy's compile-cache lookup, parameter processing and result wrapping, which cost more than SQLite
itself. This runs the same SQL (``:name`` parameters, as everywhere else in talentdb) on the connection's
DB-API cursor, in the same transaction, translating the parameter style for psycopg.
"""
from __future__ import annotations

import re
from functools import lru_cache

_NAMED = re.compile(r"(?<![:\w]):(\w+)")


@lru_cache(maxsize=512)
def _pyformat(sql: str) -> str:
    """``:name`` → ``%(name)s`` (psycopg's style); a literal % must be doubled there."""
    return _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))


class Raw:
    def __init__(self, conn, dbapi):
        self.pyformat = conn.dialect.name == "postgresql"
        self.dbapi = dbapi
        self.cur = dbapi.cursor()

    def execute(self, sql: str, params: dict | None = None):
        self.cur.execute(_pyformat(sql) if self.pyformat else sql, params or {})
        return self.cur

    def many(self, sql: str, rows: list[dict]) -> None:
        if rows:
            self.cur.executemany(_pyformat(sql) if self.pyformat else sql, rows)

    def first(self, sql: str, params: dict | None = None):
        # fetchall, not fetchone: a half-read SQLite statement would stay open until the next one.
        rows = self.execute(sql, params).fetchall()
        return rows[0] if rows else None

    def scalar(self, sql: str, params: dict | None = None):
        row = self.first(sql, params)
        return None if row is None else row[0]

    def all(self, sql: str, params: dict | None = None) -> list:
        return self.execute(sql, params).fetchall()

    def dicts(self, sql: str, params: dict | None = None) -> list[dict]:
        cur = self.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def all_in(self, sql: str, values: list, params: dict | None = None) -> list:
        """Rows of ``sql`` whose ``{values}`` placeholder is an IN list of ``values``, asked 500 at a time (under
        SQLite's oldest limit of 999 parameters)."""
        rows = []
        for start in range(0, len(values), 500):
            chunk = {f"in{i}": v for i, v in enumerate(values[start:start + 500])}
            rows += self.all(sql.format(values=", ".join(":" + k for k in chunk)), {**(params or {}), **chunk})
        return rows

    def rowcount(self, sql: str, params: dict | None = None) -> int:
        return self.execute(sql, params).rowcount


def raw(conn) -> Raw:
    """One Raw per DB-API connection (kept in its info), so a commit's many small statements share a cursor."""
    dbapi = conn.connection.dbapi_connection
    r = conn.info.get("talentdb_raw")
    if r is None or r.dbapi is not dbapi:
        r = conn.info["talentdb_raw"] = Raw(conn, dbapi)
    return r
