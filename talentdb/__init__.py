"""talentdb: an event-sourced timeline database of people and money moving through an industry.

The Python API for notebooks and scripts lives in :mod:`talentdb.api`; ``talentdb.open(url)`` is its entry point.
Imports here stay lazy so that ``talentdb --help`` answers in a blink.
"""

__version__ = "0.1.0"


def open(url: str | None = None):  # noqa: A001 - mirrors sqlite3.connect / dataset.connect
    """Open (and migrate, if needed) a talentdb database. See :class:`talentdb.api.TalentDB`."""
    from talentdb.api import TalentDB

    return TalentDB(url)
