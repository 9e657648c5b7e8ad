"""Files talentdb derives once and reuses across processes: a new database's schema (store.newschema) and the
compiled lexicon regexes (extract.rxcache). Each file is named by a hash of everything it was derived from, so a
stale one is never read, only left unused.

Where: ``$TALENTDB_CACHE_DIR``, else ``$XDG_CACHE_HOME/talentdb``, else ``~/.cache/talentdb``;
``TALENTDB_CACHE_DIR=off`` turns caching off. A cache that cannot be read or written costs only the time it would
have saved: every reader here falls back to deriving the thing again.
"""
from __future__ import annotations

import os
from pathlib import Path


def folder() -> Path | None:
    chosen = os.environ.get("TALENTDB_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "talentdb"


def read(name: str) -> bytes | None:
    where = folder()
    if where is None:
        return None
    try:
        return (where / name).read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes) -> None:
    """Written whole or not at all (a temporary file renamed over), so a reader never sees half of one."""
    where = folder()
    if where is None:
        return
    tmp = where / f".{name}.{os.getpid()}.tmp"
    try:
        where.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, where / name)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
