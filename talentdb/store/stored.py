"""Is a text already stored? Asked before an article is extracted, so running an ingest again over a folder only
spends extraction time on the articles it has not seen.

Only a shortcut: it answers from a read-only connection of its own (in each extraction worker), and any doubt (no
database yet, no schema yet, the server gone) answers "no"; the writer still checks again inside its transaction.
"""
from __future__ import annotations


class StoredTexts:
    def __init__(self, url: str | None):
        self.url = url
        self._ask = None
        self._pg_engine = None  # its own, made in this process (an engine must not cross a fork); kept across failures

    def __contains__(self, sha256: str) -> bool:
        if not self.url:
            return False
        try:
            if self._ask is None:
                self._ask = self._connect()
            return self._ask(sha256)
        except Exception:  # noqa: BLE001 - any doubt: extract it, the writer decides
            self._ask = None
            return False

    def _connect(self):
        from talentdb.store.db import read_only_uri, sqlite_path

        if self.url.startswith("sqlite"):
            import sqlite3

            path = sqlite_path(self.url)
            if path is None:  # an in-memory database is not shared with anyone
                return lambda sha256: False
            # Read-only: never creates the file, which the writer may be about to make and migrate.
            db = sqlite3.connect(read_only_uri(path), uri=True, timeout=30, check_same_thread=False)
            return lambda sha256: db.execute("SELECT 1 FROM sources WHERE sha256 = ?", (sha256,)).fetchone() is not None
        from sqlalchemy import create_engine, text

        engine = self._pg_engine = self._pg_engine or create_engine(self.url, pool_size=1)

        def ask(sha256: str) -> bool:
            with engine.connect() as conn:
                return conn.execute(text("SELECT 1 FROM sources WHERE sha256 = :h"), {"h": sha256}).first() is not None

        return ask


_checkers: dict[tuple[int, str | None], StoredTexts] = {}


def stored_texts(url: str | None) -> StoredTexts:
    """One checker per database per process (a worker asks for every article it is given). Keyed by process id
    too: a worker forked from a process that already had one must not share its connection."""
    import os

    key = (os.getpid(), url)
    if key not in _checkers:
        _checkers[key] = StoredTexts(url)
    return _checkers[key]
