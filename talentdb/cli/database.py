"""Which database a command uses: its own ``--db``, else the one given before the command, else $TALENTDB_DB,
else talentdb.db here (store.db.resolve_url). SQLAlchemy is imported only when a command opens the database."""
from __future__ import annotations

from typing import Optional

# What the global options said (set by the app's callback before any command runs).
GLOBAL = {"db": None, "debug": False}


def chosen(db: Optional[str]) -> Optional[str]:
    return db or GLOBAL["db"]


def url(db: Optional[str] = None) -> str:
    from talentdb.store.db import resolve_url

    return resolve_url(chosen(db))


def engine(db: Optional[str] = None):
    """The engine, with the schema created or upgraded on first use."""
    from talentdb.store.db import get_engine

    return get_engine(chosen(db))
