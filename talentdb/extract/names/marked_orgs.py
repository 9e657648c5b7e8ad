"""Names that their context marks as an organisation's: right after what a company is ("chip startup Tessera
Compute", "新加坡投資機構星暉資本"), before an appositive that says so ("Ledgerleaf, a carbon-accounting startup"), or
quoted after a founding word ("聯合創辦AI社交應用「微光」(Lumo)"), or before a stock code ("聯電（2303）").

Finder: ``marked_orgs``, which runs ``MARKS`` in order.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from talentdb.extract.names.chars import _derived, _is_han
from talentdb.extract.names.context import NameContext

_NAME_AFTER_HEAD = re.compile(r"[ ]?([A-Z][A-Za-z0-9&\-]*[a-z0-9][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]+){0,2})(?![A-Za-z0-9])")
_APPOSITIVE_COMMA = re.compile(r",\s+an?\s+")
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?<![A-Za-z0-9&\-])([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,2})$")
# a listed company's stock code in brackets: (2303), （00005）, (2330-TW), (0388.HK), (NVDA-US)
_STOCK_CODE = re.compile(r"[ ]?[(（][ ]?(?:\d{4,5}(?:[-.][A-Z]{2})?|[A-Z]{1,5}[-.][A-Z]{2})[ ]?[)）]")
_MAX_TICKER_NAME = 8
_QUOTED_NAME = re.compile(r"[“「『\"]([^”」』\"\n,,。]{2,12})[”」』\"](?:[(（]([A-Za-z][A-Za-z0-9 .&\-]{1,40})[)）])?")
# (a head noun that goes on to one of these is what a person is: "a startup founder", not a startup)
_APPOSITIVE_HEAD = (r"(?:[a-z\-]+\s+){0,3}?<<head_nouns>>(?![\w'’])"
                    r"(?!\s+(?:founder|co-founder|cofounder|executive|investor))")


def marked_orgs(ctx: NameContext) -> None:
    """Each way in ``MARKS``, in order (on a name two ways find, the first gives its canonical form)."""
    heads = _head_ends(ctx)
    for mark in MARKS:
        mark(ctx, heads)


def _head_ends(ctx: NameContext) -> list[int]:
    """Where a word saying what a company is ("startup", "投資機構") or a subsidiary word ("子公司") ends."""
    lex = ctx.lex
    return [b for _, b in ctx.find(lex.head_noun_matcher)] + [b for _, b in ctx.find(lex.org_subsidiary_matcher)]


def latin_name_after_head_noun(ctx: NameContext, heads: list[int]) -> None:
    """"跨境電商子公司ShopLoop", "chip startup Tessera Compute": a Latin name right after what a company is (glued in
    Chinese, one space in English); not "maker Gripwell" when "Gripwell Robotics" is named: a longer name's short form,
    found later."""
    f, lex, cover = ctx.folded, ctx.lex, ctx.shape_cover()
    for b in heads:
        m = _NAME_AFTER_HEAD.match(f, b)
        if not m or (m.start(1) - b != 0 and not (b > 0 and f[b - 1].isascii())):
            continue
        words = m.group(1).split()
        while words and (words[-1] in lex.latin_not_name or words[-1].lower() in ("the", "and", "of")):
            words.pop()
        if not words or words[0] in lex.latin_not_name or cover.hit(m.start(1), m.end(1)):
            continue
        name = " ".join(words)
        if len(name) < 3 or f.startswith("'s", m.start(1) + len(name)) or _before_capital(f, name):
            continue
        ctx.orgs.add(lex.org_alias.get(name, name), None, name)


def _before_capital(f: str, name: str) -> bool:
    """``name`` somewhere right before a space and a capital letter ("Gripwell Robotics" for "Gripwell")."""
    i = f.find(name + " ")
    while i >= 0:
        j = i + len(name) + 1
        if j < len(f) and "A" <= f[j] <= "Z":
            return True
        i = f.find(name + " ", i + 1)
    return False


def latin_name_before_appositive(ctx: NameContext, heads: list[int]) -> None:
    """"Ledgerleaf, a carbon-accounting startup": a capitalised name before an appositive whose head says what a
    company is (not "Nadia Hassan, a startup founder")."""
    f, lex, cover = ctx.folded, ctx.lex, ctx.shape_cover()
    for c in _APPOSITIVE_COMMA.finditer(f):
        m = _NAME_BEFORE_APPOSITIVE.search(f, max(0, c.start() - 60), c.start())
        if not m:
            continue
        name = m.group(1)
        if not lex.rx(_APPOSITIVE_HEAD).match(ctx.lowered, c.end()) or name.split()[0] in lex.latin_not_name or \
                cover.hit(m.start(1), m.end(1)) or len(name) < 3:
            continue
        ctx.orgs.add(lex.org_alias.get(name, name), None, name)


def han_name_after_head_noun(ctx: NameContext, heads: list[int]) -> None:
    """"新加坡投資機構星暉資本合共注資": a Han name ending in an organisation word ([shape] han_suffixes) right after
    what it is."""
    sufs = ctx.find(ctx.lex.org_suffix_matcher) if ctx.has_han() else []
    if not sufs:
        return
    suffix_starts = [a for a, _ in sufs]
    cover = ctx.shape_cover()
    for b in heads:
        end = _suffix_end_after(ctx, b, sufs, suffix_starts, cover)
        if end is None:
            continue
        name = ctx.folded[b:end]
        if not _no_han_org_name(ctx, b, end, name):
            ctx.orgs.add(ctx.text[b:end], None, name)


def _suffix_end_after(ctx: NameContext, b: int, sufs, suffix_starts: list[int], cover) -> int | None:
    """Where the first organisation word ending a name of Han characters started at ``b`` ends (the name at least two
    characters before it, not past a function word, its start not covered by ``cover``), or None."""
    f = ctx.folded
    if b >= len(f) or not _is_han(f[b]):
        return None
    k = bisect_left(suffix_starts, b + 2)
    if k >= len(sufs) or sufs[k][0] >= b + 8:
        return None
    e = b
    while e < len(f) and e - b < 8 and _is_han(f[e]) and f[e] not in ctx.not_in_org:
        e += 1
    if sufs[k][0] >= e or cover.hit(b, b + 2):
        return None
    return sufs[k][1]


def _no_han_org_name(ctx: NameContext, b: int, end: int, name: str) -> bool:
    """"公司宣布原智能駕駛總監…": a verb, a time word or a former mark is no name; nor is what a company is (生技公司),
    or a person's name."""
    lex = ctx.lex
    if ctx.ender_at(b) or any(ctx.ender_at(x) and ctx.ender_len(x) >= 2 for x in range(b, end - 1)) or \
            any(fm in name for fm in ctx.han_former_marks):
        return True
    long_generic = _derived("long_generic", lex.org_generic, lambda ws: tuple(g for g in ws if len(g) >= 2))
    return name in lex.org_generic_set or name in ctx.people.keys or name.startswith(long_generic) or \
        ctx.lowered.startswith(_derived("head_nouns", lex.grammar.get("head_nouns", ()), tuple), b)


def quoted_name(ctx: NameContext, heads: list[int]) -> None:
    """"聯合創辦AI社交應用「微光」(Lumo)": a quoted name right after a founding word or what a company is, or a quoted
    Han name glossed in Latin (the Latin gloss is then its canonical name)."""
    f, lex, cover = ctx.folded, ctx.lex, ctx.shape_cover()
    founding_ends = None
    for m in _QUOTED_NAME.finditer(f):
        if founding_ends is None:
            founding_ends = {b for _, b in ctx.founding_spans()}
        qs, inner, gloss = m.start(), m.group(1), m.group(2)
        near = any(0 <= qs - b <= 6 for b in founding_ends) or any(0 <= qs - b <= 1 for b in heads) or \
            bool(lex.rx(r"<<head_nouns>>\s*$").search(ctx.lowered, max(0, qs - 6), qs))
        if not (near or (gloss and all(_is_han(c) for c in inner))) or cover.hit(m.start(1), m.end(1)):
            continue
        canon = lex.org_alias.get(gloss, gloss) if gloss else inner
        ctx.orgs.add(canon, ctx.text[m.start(1):m.end(1)], inner)
        if gloss:
            ctx.orgs.add(canon, None, gloss)


def han_name_before_stock_code(ctx: NameContext, heads: list[int]) -> None:
    """"聯電（2303）今(25)日舉行董事會", "滙控(00005)": a Han name right before a bracketed stock code is a listed
    company's (the name the article uses elsewhere too, when the Han run before the code is longer than a name)."""
    f, cover = ctx.folded, ctx.shape_cover()
    stops = set(heads) | ctx.role_ends() | {b for _, b in ctx.trigger_spans}
    for m in _STOCK_CODE.finditer(f):
        e = s = m.start()
        while s > 0 and e - s < _MAX_TICKER_NAME and s not in stops and _is_han(f[s - 1]) and \
                f[s - 1] not in ctx.not_in_org and not ctx.ender_at(s - 1):
            s -= 1
        name = _ticker_name(ctx, s, e)
        if name is None or cover.hit(e - len(name), e):
            continue
        ctx.orgs.add(ctx.lex.org_alias.get(name, ctx.text[e - len(name):e]), None, name)


def _ticker_name(ctx: NameContext, s: int, e: int) -> str | None:
    """The name in the Han run folded[s:e] before a stock code: the longest tail of two or more characters that the
    article also uses elsewhere (not a generic word or an organisation word alone: 銀行), else the whole run when it
    is no longer than a name usually is (five)."""
    run = ctx.folded[s:e]
    for k in range(len(run), 1, -1):
        tail = run[-k:]
        if ctx.count(tail) >= 2 and tail not in ctx.lex.org_generic_set and tail not in ctx.lex.org_han_suffix_set:
            return tail
    return run if 2 <= len(run) <= 5 and run not in ctx.lex.org_generic_set else None


# The ways, in order: on a name two of them find, the first gives its canonical form.
MARKS = (latin_name_after_head_noun, latin_name_before_appositive, han_name_after_head_noun, quoted_name,
         han_name_before_stock_code)
