"""What the name-finder tests share: the name context of an invented text, as the engine builds it, with the
finders before a given one already run (so a test sees what that finder sees)."""
from __future__ import annotations

from datetime import date

from talentdb.extract.entities import FINDERS, Entities, NameContext
from talentdb.extract.events.article import _Article
from talentdb.extract.text import detect_lang, normalise


def entities(text: str, lang: str | None = None) -> Entities:
    """Everything the finders and the mention steps find in ``text``."""
    text = normalise(text)
    return _Article(text, date(2025, 5, 2), lang or detect_lang(text)).ents


def context_before(text: str, finder=None, lang: str | None = None) -> NameContext:
    """A fresh context of ``text`` with every finder listed before ``finder`` run (all of them when None)."""
    ents = entities(text, lang)
    ctx = NameContext(ents.text, ents.folded, ents.lowered, ents.lex, ents.role_spans, ents.trigger_spans,
                      None, ents.scans)
    for f in FINDERS:
        if f is finder:
            break
        f(ctx)
    return ctx


def span(ctx: NameContext, word: str, nth: int = 0) -> tuple[int, int]:
    """Where the ``nth`` occurrence of ``word`` stands in the context's folded text."""
    i = -1
    for _ in range(nth + 1):
        i = ctx.folded.find(word, i + 1)
        assert i >= 0, f"{word!r} not in the text"
    return i, i + len(word)
