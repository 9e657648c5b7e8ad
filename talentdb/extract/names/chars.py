"""Characters and lexicon lists as the name finders test them: the Han range, name dots, ASCII letters and
digits, clause punctuation, and views of lexicon lists made once per list.
"""
from __future__ import annotations

import re
from functools import lru_cache


DOTS = "·・‧•"
_DOT_RE = re.compile(f"[{DOTS}]")
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_SENTENCE_PUNCT = re.compile(r"[,;:。!?\n]")
# What a clause opens after (folded text: full-width punctuation is half-width): a name right after one opens it
CLAUSE_OPENERS = ",.;:!?。\n「“"
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=4096)
def _suffixes_ending_in(suffixes: tuple, ch: str) -> tuple:
    """Those of ``suffixes`` (in their order) that a word ending in ``ch`` can end with."""
    return tuple(x for x in suffixes if not x or x[-1] == ch)


_DERIVED: dict = {}


def _derived(kind: str, source, build):
    """``build(source)`` for a lexicon list, made once per list (the lexicon is loaded once and not changed)."""
    key = (kind, id(source))
    got = _DERIVED.get(key)
    if got is None or got[0] is not source:
        got = _DERIVED[key] = (source, build(source))  # (holding ``source`` keeps its id from being reused)
    return got[1]


def _is_han(ch: str) -> bool:
    """A Han character: CJK and extension A, or one outside the Basic Plane (extensions B to G, U+20000-U+3134F:
    rare characters of given names; the folded text writes them as one character of extension A)."""
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


def transliteration_chars() -> frozenset:
    """The characters of Chinese transliterations of foreign names (validate.toml), for the finders that read them."""
    from talentdb.extract.validate import rules  # (the sanity stage owns this table; loaded once)

    return rules().transliteration
