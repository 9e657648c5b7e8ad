"""Text in, events out: pure functions, no database.

    >>> from datetime import date
    >>> from talentdb.extract import extract
    >>> result = extract("...", published=date(2024, 10, 9))
    >>> result.events  # list[talentdb.extract.model.Event]
"""
from __future__ import annotations

from datetime import date

from talentdb.extract.model import Entity, Event, Extraction

__all__ = ["extract", "Event", "Entity", "Extraction"]


def extract(text: str, published: date | None = None, lang: str | None = None) -> Extraction:
    """Extract normalised events from an article's text.

    ``published`` anchors relative dates (上週, last Thursday); without it they stay null.
    ``lang`` is zh-Hant, zh-Hans or en; None detects it.
    """
    from talentdb.extract.engine import extract_events
    from talentdb.extract.validate import clean

    # The rules propose; the sanity stage repairs or drops arguments that cannot be right (a sector word as a
    # company, a title glued to a name), so a null field wins over a wrong one.
    return clean(extract_events(text, published, lang), text)
