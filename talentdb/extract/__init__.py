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
    from talentdb.segments import extract_in_segments

    # The rules, then the sanity stage, behind the pipeline's one guard: an internal error gives no events and
    # says so in ``Extraction.failed`` (raised instead in strict mode, TALENTDB_STRICT=1); a broken lexicon file
    # raises LexiconError. A very long text goes in segments, so its cost stays linear (talentdb.segments).
    result = extract_in_segments(text, published, lang)
    from talentdb.extract import rxcache

    rxcache.save()  # the patterns this text was the first to need, for the next process (a no-op most times)
    return result
