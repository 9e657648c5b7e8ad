"""The rule-based extractor: sentences, mentions, triggers, then one event per person and trigger.

Vocabulary lives in ``talentdb/lexicon/*.toml`` (see :mod:`talentdb.extract.lexicon`); the mechanisms live in
:mod:`talentdb.extract.events`, one module per concern: who is the subject of a trigger, which organisation and title
go with them, which date governs the trigger, and which cues cancel it. This module runs them over one article.
``extract_events`` never raises: on an internal error it returns no events.
"""
from __future__ import annotations

import datetime as _dt

from talentdb.extract.events.article import _Article
from talentdb.extract.events.merge import entities_of, merge_events
from talentdb.extract.events.sentences import sentence_events, sentences_with_triggers
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
    cands = [c for si in sentences_with_triggers(art) for c in sentence_events(art, si)]
    events = merge_events(art, cands)
    return Extraction(lang=lang, events=events, entities=entities_of(art, events))


# _Article: the tests build the article context from here
__all__ = ["extract_events", "_Article"]
