"""The rule-based extractor: sentences, mentions, triggers, then one event per person and trigger.

Vocabulary lives in ``talentdb/lexicon/*.toml`` (see :mod:`talentdb.extract.lexicon`); the mechanisms live in
:mod:`talentdb.extract.events`, one module per concern: who is the subject of a trigger, which organisation and title
go with them, which date governs the trigger, and which cues cancel it. This module runs them over one article.
``extract_events`` never raises: on an internal error it returns no events.
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_left

from talentdb.extract.events.article import _Article
from talentdb.extract.events.candidates import Cand
from talentdb.extract.events.merge import (_entities, _founders_left_from, _home_org_fallback, _merge, _no_sector_orgs,
                                           _promotion_that_is_the_hire)
from talentdb.extract.events.sentences import _sentence_events
from talentdb.extract.model import Extraction
from talentdb.extract.text import detect_lang


def _as_date(published):
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    try:
        return _dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def extract_events(text, published=None, lang=None) -> Extraction:
    """Events (departure, promotion, funding, founding, hire) found in ``text``; never raises."""
    try:
        text = "" if text is None else str(text)
    except Exception:  # noqa: BLE001
        text = ""
    try:
        lang = lang if lang in ("zh-Hant", "zh-Hans", "en") else detect_lang(text)
    except Exception:  # noqa: BLE001
        lang = "en"
    try:
        return _extract(text, _as_date(published), lang)
    except Exception:  # noqa: BLE001 - the contract: extraction never fails an ingest
        return Extraction(lang=lang, events=[], entities=[])


def _extract(text: str, published, lang: str) -> Extraction:
    if not text.strip():
        return Extraction(lang=lang)
    art = _Article(text, published, lang)
    cands: list[Cand] = []
    starts, n = art._trigger_starts, len(art._trigger_starts)
    for si, (ss, se) in enumerate(art.sentences):
        i = bisect_left(starts, ss)
        if i < n and starts[i] < se:  # (a sentence with no trigger in it gives nothing)
            cands.extend(_sentence_events(art, si, ss, se))
    nl = text.find("\n")
    events = _merge(cands, headline_end=nl if 0 < nl < 120 else -1)
    events = _no_sector_orgs(art, events)
    events = _home_org_fallback(art, events)
    _founders_left_from(events)
    events = _promotion_that_is_the_hire(events)
    return Extraction(lang=lang, events=events, entities=_entities(art, events))


# _Article: the tests build the article context from here
__all__ = ["extract_events", "_Article"]
