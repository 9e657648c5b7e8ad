"""Loading many rows at once (``rebuild``): the projections' plain indexes dropped first and built again after.

Keeping a dozen indexes in order while a million events go in row by row cost most of a rebuild; building each
index once from the finished table is a sort. Only our plain ``ix_`` indexes go: primary keys and unique
constraints stay, since the replay looks rows up by them (a name's id, an alias already taken). Everything runs in
the caller's transaction, so a failed rebuild leaves the indexes, like the rows, as they were.
"""
from __future__ import annotations

from contextlib import contextmanager

from talentdb.store.rawsql import raw


def _indexes(conn, tables) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the plain indexes on these tables."""
    db = raw(conn)
    names = {f"t{i}": t for i, t in enumerate(tables)}
    among = ", ".join(":" + k for k in names)
    if conn.dialect.name == "postgresql":
        rows = db.all(f"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                      f"AND tablename IN ({among}) AND indexname LIKE 'ix\\_%' ORDER BY indexname", names)
    else:
        rows = db.all(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                      f"AND tbl_name IN ({among}) AND name LIKE 'ix\\_%' ESCAPE '\\' ORDER BY name", names)
    return [(name, sql) for name, sql in rows]


@contextmanager
def indexes_dropped(conn, tables):
    """Inside: the tables without their plain indexes; after: every one built again, as it was."""
    db = raw(conn)
    dropped = _indexes(conn, tables)
    sqlite = conn.dialect.name != "postgresql"
    if sqlite:
        # Room to sort an index in memory rather than in temporary files (256 MB; the connection's own setting back
        # afterwards).
        cache = db.scalar("PRAGMA cache_size")
        db.execute("PRAGMA cache_size = -262144")
    for name, _ in dropped:
        db.execute(f'DROP INDEX "{name}"')
    try:
        yield
        for _, sql in dropped:
            db.execute(sql)
    finally:
        if sqlite:
            db.execute(f"PRAGMA cache_size = {int(cache)}")
