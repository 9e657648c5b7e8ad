"""What blocks a missed event: its sentence shrunk step by step until the extractor finds it.

``talentdb eval --why`` names the stage that lost a missed event; this names what in the text stood in the way. For
each required gold event the article's rows lack, the article is cut down around a sentence that names the event's
person (for a round or a founding, its organisation), and each cut is tried in a fixed order, the smallest change
first; the first cut after which the extractor (rules and sanity stage) gives an event of the gold's type and key
is the event's **blocker**:

- ``found in the whole text``: the extractor gives it from the article as it is (the miss is later: one row told
  for two moves of one person, or the stored rows lost it; ``--why`` says which);
- ``spacing``: the article with the spaces between Chinese words taken out gives it (``董事長 王大明``: a space there
  can end a sentence);
- ``the rest of the article``: the sentence alone, or with a neighbour, gives it; something elsewhere (page chrome,
  another sentence's reading of the same name, the article-level steps) took it away;
- ``quote marks``: without its quote marks (「」, “”);
- ``brackets``: without its bracketed asides (an English name, an age, a stock code);
- ``words before the clause``: from the clause that names it on (a dateline, a lead-in, a title run before it);
- ``other clauses``: one clause, or the clause and a neighbour (a sentence too long or too tangled to be read whole);
- ``several cuts``: all of those at once and nothing less;
- ``its organisation told elsewhere``: for a move of a person, the sentence gives it once the organisation is said
  before it (``星河電子宣布:`` / ``Orbis said:``): the sentence tells the move, the article told whose it is;
- ``nothing``: not even the smallest cut gives it: the words or the construction are not known to the rules.

The counts are figures, like ``--why``: a held-out set can be broken down by them without anyone reading a miss.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from talentdb.evaluation import key_match, norm

BLOCKERS = ("not in text", "found in the whole text", "the rest of the article", "spacing", "quote marks", "brackets",
            "words before the clause", "other clauses", "several cuts",
            "its organisation told elsewhere", "nothing")

_HAN = r"[\u3400-\u9fff\U00020000-\U0003134f]"
_HAN_SPACE = re.compile(rf"(?<={_HAN}|[,。、;:!?「」()（）]) +|(?<=[0-9]) +(?={_HAN})| +(?={_HAN})")
_QUOTES = re.compile(r"[「」『』“”\"《》〈〉]")
_BRACKETS = re.compile(r"\s?[(（][^()（）]{0,80}[)）]|\s?【[^【】]{0,80}】|\s?\[[^\[\]]{0,80}\]")
_CLAUSE_END = re.compile(r"(?<=[,，;；:：])\s*|(?<=[a-z0-9\)]), (?=and |but |while |who |which |after |as )")
_MAX_SENTENCES = 4  # (sentences naming the event tried per miss: a long profile names its person a dozen times)


def _key_spellings(gold: dict) -> list[str]:
    field = "person" if gold["type"] in ("departure", "promotion", "hire") and gold.get("person") else "org"
    return [s for s in (gold.get(field) or []) if norm(s)]


def _names(text: str, spellings: list[str]) -> bool:
    t = norm(text)
    return any(norm(s) in t for s in spellings)


def _clauses(sentence: str) -> list[str]:
    parts, start = [], 0
    for m in _CLAUSE_END.finditer(sentence):
        if m.end() > start:
            parts.append(sentence[start:m.end()])
            start = m.end()
    parts.append(sentence[start:])
    return [p for p in parts if p.strip()]


def _from_the_clause(sentence: str, spellings: list[str]) -> Iterator[str]:
    clauses = _clauses(sentence)
    for i, c in enumerate(clauses):
        if _names(c, spellings) and i:
            yield "".join(clauses[i:]).strip()
            return


def _clause_windows(sentence: str, spellings: list[str]) -> Iterator[str]:
    clauses = _clauses(sentence)
    for i, c in enumerate(clauses):
        if _names(c, spellings):
            for a, b in ((i, i + 1), (i, i + 2), (i - 1, i + 1), (i - 1, i + 2), (i, i + 3)):
                if 0 <= a and b <= len(clauses) and b - a < len(clauses):
                    yield "".join(clauses[a:b]).strip()


def _all_cuts(sentence: str, spellings: list[str]) -> Iterator[str]:
    plain = _BRACKETS.sub("", _QUOTES.sub("", _HAN_SPACE.sub("", sentence)))
    if not _names(plain, spellings):
        return
    yield plain
    yield from _from_the_clause(plain, spellings)
    yield from _clause_windows(plain, spellings)


# The cuts of one sentence, smallest first: (blocker, the texts to try).
CUTS: tuple[tuple[str, Callable[[str, list[str]], Iterator[str]]], ...] = (
    ("quote marks", lambda s, k: iter([_QUOTES.sub("", s)])),
    ("brackets", lambda s, k: iter([_BRACKETS.sub("", s)])),
    ("words before the clause", _from_the_clause),
    ("other clauses", _clause_windows),
    ("several cuts", _all_cuts),
)


class _Probe:
    """The extractor run on cut-down texts of one article, each answer kept (a text is often tried twice)."""

    def __init__(self, gold: dict, published, lang: str | None):
        self.gold, self.published, self.lang, self.seen = gold, published, lang, {}

    def finds(self, text: str) -> bool:
        text = text.strip()
        if text not in self.seen:
            from talentdb.extract.engine import extract_and_clean

            events = extract_and_clean(text, self.published, self.lang).events
            self.seen[text] = any(key_match(e.to_dict(), self.gold) for e in events)
        return self.seen[text]


def blocker_of(text: str, gold: dict, published=None, lang: str | None = None) -> str:
    """What stood between the extractor and one gold event (one of ``BLOCKERS``), the text normalised as ingest
    does (``talentdb.extract.text.normalise``)."""
    from talentdb.extract.text import split_sentences

    spellings = _key_spellings(gold)
    spans = split_sentences(text)
    sentences = [text[a:b] for a, b in spans]
    naming = [i for i, s in enumerate(sentences) if _names(s, spellings)][:_MAX_SENTENCES]
    if not naming:
        return "not in text"
    probe = _Probe(gold, published, lang)
    if probe.finds(text):
        return "found in the whole text"
    if _HAN_SPACE.search(text) and probe.finds(_HAN_SPACE.sub("", text)):
        return "spacing"  # (tried on the whole text: a space between Chinese words can also end a sentence there)
    for i in naming:
        windows = [sentences[i], " ".join(sentences[max(0, i - 1):i + 1]), " ".join(sentences[i:i + 2])]
        if any(probe.finds(w) for w in windows):
            return "the rest of the article"
    for blocker, cut in CUTS:
        for i in naming:
            if any(probe.finds(t) for t in cut(sentences[i], spellings) if t.strip() and t.strip() != sentences[i]):
                return blocker
    if any(probe.finds(t) for i in naming for t in _with_its_organisation(sentences[i], gold, lang)):
        return "its organisation told elsewhere"
    return "nothing"


def _with_its_organisation(sentence: str, gold: dict, lang: str | None) -> Iterator[str]:
    """The sentence after its organisation announces it, when the sentence does not name it (people events)."""
    orgs = [o for o in (gold.get("org") or []) if norm(o)] if gold["type"] in ("departure", "promotion", "hire") else []
    if orgs and gold.get("person") and not _names(sentence, orgs):
        org = max(orgs, key=len)
        yield f"{org}宣布:{sentence}" if lang in ("zh-Hant", "zh-Hans") else f"{org} said: {sentence}"
