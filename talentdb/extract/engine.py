"""The rule-based extractor: sentences, mentions, triggers, then one event per person and trigger.

Vocabulary lives in ``talentdb/lexicon/*.toml`` (see :mod:`talentdb.extract.lexicon`); the mechanisms live in
:mod:`talentdb.extract.events`, one module per concern: who is the subject of a trigger, which organisation and title
go with them, which date governs the trigger, and which cues cancel it. This module runs them over one article.

One error policy: ``guarded`` is the only place in ``talentdb.extract`` that catches an unexpected exception (see
there). Inside, narrow ``except`` clauses name the expected failures they handle (a date that is not a real day).
"""
from __future__ import annotations

import datetime as _dt
import logging
import re
from functools import lru_cache
import os

from talentdb.errors import ExtractionError, TalentDBError
from talentdb.extract.events.article import _Article
from talentdb.extract.events.merge import entities_of, merge_events
from talentdb.extract.events.sentences import sentence_events, sentences_with_triggers
from talentdb.extract.model import Extraction
from talentdb.extract.text import detect_lang, span_before_glosses, without_pinyin_glosses

LANGS = ("zh-Hant", "zh-Hans", "en")
STRICT_ENV = "TALENTDB_STRICT"
_log = logging.getLogger(__name__)


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


def strict_mode() -> bool:
    """Whether an internal error in the extractor is raised (``TALENTDB_STRICT=1``, as the tests run) instead of
    costing its article the events."""
    return os.environ.get(STRICT_ENV, "").strip() not in ("", "0")


def extract_events(text, published=None, lang=None) -> Extraction:
    """Events (departure, promotion, funding, founding, hire) found in ``text`` by the rules (see ``guarded``)."""
    return guarded(_read_past_glosses(_extract), text, published, lang)


def extract_and_clean(text, published=None, lang=None) -> Extraction:
    """The whole pipeline behind its one guard: the rules, then the sanity stage (``validate.clean``)."""
    return guarded(_read_past_glosses(_extract_and_clean), text, published, lang)


def guarded(stage, text, published=None, lang=None) -> Extraction:
    """``stage(text, published, lang)`` at the pipeline's edge, the one place that catches what nobody expected.

    An expected failure (a ``TalentDBError``: a broken lexicon file) goes through: the user has something to fix and
    no article can be extracted until then. Anything else is a bug in the extractor. The ingest contract is that one
    bad article never stops a batch, so the article gets no events and ``Extraction.failed`` says why (ingest
    reports the article as failed, naming it), unless strict mode is on (``TALENTDB_STRICT=1``): then it is raised
    as ``ExtractionError`` with the bug's traceback chained, so a test fails instead of losing events.
    """
    try:
        text = "" if text is None else str(text)
        lang = lang if lang in LANGS else detect_lang(text)
        return stage(text, _as_date(published), lang)
    except TalentDBError:
        raise
    except Exception as exc:  # noqa: BLE001 - the pipeline's edge (see the docstring)
        what = f"{type(exc).__name__}: {exc}".strip().splitlines()[0][:200]
        if strict_mode():
            raise ExtractionError(f"internal error in the extractor: {what}") from exc
        _log.info("extraction failed: %s", what, exc_info=True)
        return Extraction(lang=lang if lang in LANGS else "en", failed=what)


@lru_cache(maxsize=1)
def _filing_asides():
    """The bracketed asides of grammar.toml [filing_asides] ("(簡歷附後)", "(CV attached)") as one pattern, or None."""
    from talentdb.extract.lexicon import lexicon

    words = sorted(lexicon().grammar.get("filing_asides", []), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"\s?[(（]\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s*[)）]", re.IGNORECASE)


def _read_past_glosses(stage):
    """``stage`` run on the text with its pinyin glosses taken out (``text.without_pinyin_glosses``: "現(xiàn)任" must
    read as the word it is), each event's evidence given back as the sentence of the text it was given."""
    def run(text: str, published, lang: str) -> Extraction:
        plain, where = without_pinyin_glosses(text, _filing_asides())
        result = stage(plain, published, lang)
        if where is not None:
            for e in result.events:
                e.evidence = span_before_glosses(text, plain, where, e.evidence)
        return result
    return run


def _extract_and_clean(text: str, published, lang: str) -> Extraction:
    from talentdb.extract.validate import clean

    # The rules propose; the sanity stage repairs or drops arguments that cannot be right (a sector word as a
    # company, a title glued to a name), so a null field wins over a wrong one.
    return clean(_extract(text, published, lang), text)


def _extract(text: str, published, lang: str) -> Extraction:
    if not text.strip():
        return Extraction(lang=lang)
    art = _Article(text, published, lang)
    cands = [c for si in sentences_with_triggers(art) for c in sentence_events(art, si)]
    events = merge_events(art, cands)
    return Extraction(lang=lang, events=events, entities=entities_of(art, events))


# _Article: the tests build the article context from here
__all__ = ["extract_events", "_Article"]
