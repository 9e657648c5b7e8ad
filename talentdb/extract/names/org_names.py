"""Organisations the lexicon knows, and Latin names ending in an organisation word ("Clearstar Labs").

Finders: ``known_orgs``, ``capitals_legal_names``, ``latin_suffix_orgs``, ``latin_of_orgs``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from talentdb.extract.names.chars import _is_han
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.latin_words import DESCRIPTOR_ENDS
from talentdb.extract.names.spans import _overlaps
from talentdb.extract.text import longest_first


@lru_cache(maxsize=8)
def _latin_org_regex(suffixes: tuple):
    """Up to three capitalised words ending in an organisation word: "Halvorsen Bank" in "Halvorsen Bank CFO Rita…",
    "Vela 7 Robotics"."""
    alts = "|".join(re.escape(s) for s in sorted(set(suffixes), key=longest_first))
    # (?<![A-Za-z0-9]) before the first word, written after its capital so that the regex engine can skip ahead
    # (a short number after the first word belongs to the name: "Vela 7 Robotics"; not a year, "Orbis 2024 Fund")
    # (a first word may open with one or two small letters before a digit or capital: "i2i Ventures", "eFarm Labs")
    return re.compile(r"((?:(?:[A-Z](?<![A-Za-z0-9][A-Z])|(?<![A-Za-z0-9&\-.])[a-z]{1,2}(?=[0-9A-Z]))[A-Za-z0-9&\-]*[ ])(?:(?:[A-Z][A-Za-z0-9&\-]*|[0-9]{1,3})[ ]){0,2})"
                      r"(" + alts + r")(?![A-Za-z0-9])")


def known_orgs(ctx: NameContext) -> None:
    """Every name of the lexicon's organisations (orgs.toml), with where it stands (``known_org_spans``)."""
    f, lex = ctx.folded, ctx.lex
    alias_of = lex.org_alias.get
    spans = []
    for s, e in ctx.find(lex.org_matcher):
        word = f[s:e]
        canon = alias_of(word)
        if not canon or (e - s == 2 and _name_end_and_particle(ctx, s, e)):
            continue
        ctx.orgs.add(canon, ctx.text[s:e], word)
        spans.append((s, e))
    ctx.add_known_org_spans(spans)


@lru_cache(maxsize=8)
def _capitals_legal_regex(forms: tuple):
    """Up to six words in capitals (a bracketed place among them, "（THAILAND）"), then a legal form in capitals."""
    alts = "|".join(re.escape(f) for f in sorted(set(forms), key=longest_first))
    word = r"[A-Z][A-Z0-9&\-.']*"
    place = r"[ ]?[(（][ ]?[A-Z][A-Z ]{1,30}[)）][ ]?"
    return re.compile(r"(?<![A-Za-z0-9&\-.'])(" + word + r"(?:(?:[ ]|" + place + r")(?:" + word + r"|\d{1,3})){0,5}?)"
                      r"(?:[ ]?,[ ]?|[ ]|" + place + r")(?:" + alts + r")(?![A-Za-z0-9])")


def capitals_legal_names(ctx: NameContext) -> None:
    """"ORBIS GLOBAL PTE. LTD.", "VELA ELECTRONICS（THAILAND）CO., LTD.": a name in capitals ending in a legal form
    ([shape] capitals_legal_forms) is a company's, in a Chinese text too (filings name subsidiaries so); the whole of
    it, though it holds a name the lexicon knows ("ORBIS BRASIL …": the subsidiary, not the group)."""
    forms = ctx.lex.org_capitals_legal_forms
    if not forms:
        return
    for m in _capitals_legal_regex(forms).finditer(ctx.folded):
        name = ctx.folded[m.start():m.end()]
        if len(m.group(1)) < 2 or not any(c.isalpha() for c in m.group(1)):
            continue
        ctx.orgs.add(ctx.lex.org_alias.get(name, ctx.text[m.start():m.end()]), None, name)  # (shown as written: "（")


def _name_end_and_particle(ctx: NameContext, s: int, e: int) -> bool:
    """"黃建華為營運長": a two-character organisation (華為, folded[s:e]) that is the end of a person's name (黃建華)
    and a particle."""
    f, lex, not_in_name = ctx.folded, ctx.lex, ctx.not_in_name
    return (s >= 2 and _is_han(f[s]) and f[e - 1] in not_in_name and
            f[s - 2] in lex.surnames and _is_han(f[s - 1]) and f[s - 1] not in not_in_name)


def latin_suffix_orgs(ctx: NameContext) -> None:
    """Latin names ending in an organisation word: "Clearstar Labs", "Refraction AI", "Paris-based Kestrel Labs" (without
    the descriptor), with the words after "&" that go on the name ("Quorra Manufacturers & Exporters"), unless the
    lexicon already names an organisation there."""
    lex = ctx.lex
    suffixes = set(lex.org_latin_suffixes)
    for m in _latin_org_regex(lex.org_latin_suffixes).finditer(ctx.folded):
        last = m.group(2)
        if last not in suffixes and last.endswith(".") and last[:-1] in suffixes:
            last = last[:-1]  # "…left Brexa Capital.": the full stop ends the sentence
        if last not in suffixes:
            continue
        words = _leading_words_dropped(m.group(1).split(), lex, suffixes, ctx, m.start(1))
        if not words:
            continue
        name = " ".join(words + [last])
        start = m.start(2) + len(last) - len(name)
        amp = _AMPERSAND_TAIL.match(ctx.folded, m.end())
        if _overlaps(ctx.known_org_spans, start, amp.end() if amp else m.end()):
            continue
        num = _FUND_NUMBER.match(ctx.folded, m.end()) if last == m.group(2) and not amp else None
        name += num.group(0) if num else ""  # ("Orbis Growth Fund III, L.P.": a fund's number is its name's)
        name += amp.group(0) if amp else ""  # ("Quorra Manufacturers & Exporters": the name goes on after "&")
        ctx.orgs.add(lex.org_alias.get(name, name), None, name)


_FUND_NUMBER = re.compile(r" [IVX]{1,4}(?![\w])(?:,? L\.P\.)?")
# "& Exporters", "& Finance": the capitalised words after "&" that go on a name ending in an organisation word
_AMPERSAND_TAIL = re.compile(r" & [A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+){0,2}(?![\w&])")


def latin_of_orgs(ctx: NameContext) -> None:
    """"Bank of Singapore", "University of Oxford": an organisation word, "of" and a capitalised name (up to three
    words), unless the lexicon already names an organisation there."""
    heads = ctx.lex.org_latin_of_heads
    if not heads:
        return
    # (with up to two capitalised words before the head that may open a name: "Central Bank of Kenya", "Reserve Bank
    # of India", "National University of Singapore"; not "The", nor a word that opens no name)
    # (a hyphenated word opens one too: "Co-operative Bank of Kenya")
    rx = re.compile(r"(?<![A-Za-z])(?P<pre>(?:[A-Z][a-z]+(?:-[a-z]+)? ){0,2})(?:" + "|".join(re.escape(h) for h in heads) +
                    r") of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?![A-Za-z])")
    for m in rx.finditer(ctx.folded):
        pre = m.group("pre").split()
        kept = _leading_words_dropped(pre + ["Bank"], ctx.lex, set(), ctx, m.start())[:-1] if pre else []
        start = m.start("pre") + len(m.group("pre")) - sum(len(w) + 1 for w in kept)
        if kept and (ctx.folded[start:start + len(kept[0])] != kept[0] or
                     any(a < m.end("pre") and b > start for a, b in ctx.role_spans)):
            start = m.end("pre")  # (no title's words: "Chief Executive Bank of Vela" names the bank from "Bank")
        end = min([a for a, _ in ctx.role_spans if start < a < m.end()] + [m.end()])  # ("… Chief Executive")
        verb = next((w for w in re.finditer(r"[A-Z][a-z]+", ctx.folded[m.end("pre"):end])
                     if w.group() in ctx.lex.latin_headline_verbs), None)
        if verb is not None:
            end = m.end("pre") + verb.start()  # ("Bank of Vela Gets New Governor": a headline's verb ends the name)
        name = ctx.folded[start:end].rstrip()
        if " of " in name and not name.endswith((" of", " the")) and \
                not _overlaps(ctx.known_org_spans, start, start + len(name)):
            ctx.orgs.add(ctx.lex.org_alias.get(name, name), None, name)


def _leading_words_dropped(words: list[str], lex, suffixes: set, ctx=None, start: int = -1) -> list[str]:
    """The words before an organisation word without those that cannot start a name: "Paris-based", "The", "At"
    (but "Denver Dynamics": a place word left alone starts the name; "Times Internet Ltd", "United Overseas Bank":
    a word no person's name holds opens a name of three or more words, unless it is a function word or opens a
    title, "Chief Financial Officer")."""
    while words and words[0].lower().endswith(DESCRIPTOR_ENDS):
        start += len(words.pop(0)) + 1
    while words and words[0] in lex.latin_not_name and words[0] not in suffixes:
        if ctx is not None and len(words) >= 2 and words[0] not in lex.latin_function_words and \
                start not in ctx.role_starts() and words[1] not in lex.latin_function_words:
            return words
        if words[0] in lex.latin_place_words and not any(w in lex.latin_function_words for w in words):
            return words  # ("Singapore Press Holdings", "Japan Airlines": a place starts the name)
        popped = words.pop(0)
        start += len(popped) + 1
        if not words and popped not in lex.latin_function_words:
            return [popped]
    return words
