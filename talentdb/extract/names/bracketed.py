"""A Han run followed by a Latin name in brackets: "莉娜·奧斯卓娃(Lena Ostrova)" is a person with both names,
"澄星實驗室(Clearstar Labs)" an organisation with both.

Finder: ``bracketed_names``. Whether a gloss names an organisation is ``ORG_GLOSS_SIGNS`` (any of them); where an
organisation's Han name starts inside the run, ``ORG_NAME_STARTS`` (each in turn moves the start on).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from talentdb.extract.names.chars import _DOT_RE, DOTS, _is_han
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.han_people import _HAN_HONORIFICS
from talentdb.extract.names.spans import Mention


# 莉娜·奧斯卓娃(Lena Ostrova) / 哈羅德布里斯科(Harold Brisco) / 澄星實驗室(Clearstar Labs); and a short form after
# the name, in capitals: 澄星投資者網絡(Clearstar Investors Network, CIN)
_PAREN_LATIN = re.compile(
    r"[(（][ \t]*([A-Za-z][A-Za-z0-9'’.&\-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’.&\-]*){0,5})"
    r"(?:[ \t]*[,，][ \t]*[A-Z][A-Z0-9&]{1,7})?[ \t]*[)）]"
)
_LATIN_COURTESY = ("Dr", "Mr", "Ms", "Mrs", "Prof", "Sir")


@dataclass(slots=True)
class Gloss:
    """A Han run and the Latin name bracketed after it: folded[hs:he] is the run, ``end`` where the bracket closes."""
    hs: int
    he: int
    end: int
    latin: str            # the Latin name, its spaces made single
    words: list[str]      # its words
    han_run: str          # folded[hs:he]


def _glosses(f: str):
    """莉娜·奧斯卓娃(Lena Ostrova): find the bracket first, then walk back over the Han run (at most 40 characters)."""
    for m in _PAREN_LATIN.finditer(f):
        he = m.start()
        while he > 0 and f[he - 1] in " \t":
            he -= 1
        hs = he
        while hs > 0 and he - hs < 40 and (_is_han(f[hs - 1]) or f[hs - 1] in DOTS):
            hs -= 1
        if hs < he:
            yield _without_courtesy(f, hs, he, m.end(), " ".join(m.group(1).split()))


def _without_courtesy(f: str, hs: int, he: int, end: int, latin: str) -> Gloss:
    """"羅文博博士(Dr. Wenbo Luo)": the name without the courtesy title on either side."""
    words = latin.split()
    if len(words) >= 3 and words[0].rstrip(".") in _LATIN_COURTESY:
        words = words[1:]
        latin = " ".join(words)
        for hon in _HAN_HONORIFICS:
            if f.endswith(hon, hs, he) and he - len(hon) - hs >= 2:
                he -= len(hon)
                break
    return Gloss(hs, he, end, latin, words, f[hs:he])


def bracketed_names(ctx: NameContext) -> None:
    """Each glossed name: an organisation when a sign in ``ORG_GLOSS_SIGNS`` says so, else a person when its Latin
    name is two or more capitalised words."""
    for g in _glosses(ctx.folded):
        if _english_first_name(ctx, g) or g.latin.lower() in ctx.lex.grammar.get("deal_kinds", ()):
            continue  # ("特殊目的收購公司(SPAC)", "私募增資(PIPE)": a kind of company or deal glossed, no name)
        if any(sign(ctx, g) for sign in ORG_GLOSS_SIGNS):
            _add_org(ctx, g)
        elif len(g.words) >= 2 and all(w[0].isupper() for w in g.words) and \
                not any(w in ctx.lex.latin_org_words for w in g.words):
            _add_person(ctx, g)


def _english_first_name(ctx: NameContext, g: Gloss) -> bool:
    """"滙豐香港區總裁馮婉眉(Anita)": a Chinese name (a family name and one or two characters ending the run) glossed
    with one English given name (capitalised, not an acronym or a known organisation) is a person: the Chinese name is
    registered, the given name alone is not (it names no one by itself)."""
    word = g.latin
    if len(g.words) != 1 or not (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) >= 3) or \
            word in ctx.lex.org_alias or _DOT_RE.search(g.han_run):
        return False
    f, sur, sur2 = ctx.folded, ctx.lex.surnames, ctx.lex.compound_surnames
    before_name = ctx.lex.chars.get("before_name", frozenset())
    for k in (3, 4):
        a = g.he - k
        if a < g.hs or not (f[a] in sur if k == 3 else f[a:a + 2] in sur2):
            continue
        # (right after a title, at the start of the run or after a particle before names: "總裁馮婉眉(Anita)"; not
        # "曾任諾華(Novartis)", where the run's tail is no name)
        if not (a == g.hs or a in ctx.role_ends() or f[a - 1] in before_name) or \
                any(x < g.he and a < y for x, y in list(ctx.trigger_spans) + list(ctx.role_spans)):
            continue
        ctx.people.add(ctx.text[a:g.he], None, f[a:g.he])
        ctx.add_fixed(Mention(a, g.end, "person", ctx.text[a:g.he]))
        return True
    return False


# ------------------------------------------------------------------ is it an organisation?
def latin_org_name(ctx: NameContext, g: Gloss) -> bool:
    """"(Clearstar Labs)", "(Brightline Capital)": the lexicon knows the Latin name, or it ends in an
    organisation word."""
    lex = ctx.lex
    return g.latin in lex.org_alias or g.words[-1] in lex.latin_org_words or g.words[-1] in lex.org_latin_suffixes


def han_org_suffix(ctx: NameContext, g: Gloss) -> bool:
    """"澄星實驗室(…)": the Han run ends in an organisation word."""
    return any(g.han_run.endswith(suf) for suf in ctx.lex.org_han_suffixes)


def known_org_ends_the_run(ctx: NameContext, g: Gloss) -> bool:
    """"加入安泰人壽(Antai Life)": a name of the lexicon's organisations ends the run."""
    return ctx.known_org_ends().get(g.he, -1) >= g.hs


def one_latin_word(ctx: NameContext, g: Gloss) -> bool:
    """"星樞(Astra)": a single capitalised Latin word glossing a run with no name dot is no person's full name."""
    return len(g.words) == 1 and not _DOT_RE.search(g.han_run) and g.latin[:1].isupper()


def capitals_gloss_a_long_run(ctx: NameContext, g: Gloss) -> bool:
    """"藍鯨咖啡(BLUEWHALE COFFEE)": a brand written in capitals, two or more words, glossing four or more Han
    characters (after any event word or title) with no name dot. A person's Han name is two or three characters (four
    with a compound surname or a married woman's two surnames; a foreigner's has a dot), so "聘請林安琪(ANGELA LIN)"
    stays a person."""
    if len(g.words) < 2 or _DOT_RE.search(g.han_run) or \
            not all(w.isupper() and w.isalpha() and len(w) >= 2 for w in g.words):
        return False
    start = _person_han_start(ctx, g)
    name = ctx.folded[start:g.he] if start is not None else ""
    sur = ctx.lex.surnames
    return len(name) >= 4 and name[:2] not in ctx.lex.compound_surnames and not (name[0] in sur and name[1] in sur)


def org_context_before(ctx: NameContext, g: Gloss) -> bool:
    """"新創公司星樞智慧(Astra Minds)", "加盟安泰人壽(Antai Life)": right after what a company is, or after a word
    that joins, founds or funds one (not one whose object is a person)."""
    hs, he = g.hs, g.he
    if _DOT_RE.search(g.han_run):
        return False
    if ctx.lex.rx(r"(?:<<head_nouns>>|<<name_intro>>)\s*$").search(ctx.lowered[max(0, hs - 8):hs]):
        return True
    relative = ctx.lex.chars.get("relative", ())
    return any(_org_word_before(ctx, a, b, hs, he, relative) for a, b in ctx.trigger_spans if b < he)


def _org_word_before(ctx: NameContext, a: int, b: int, hs: int, he: int, relative) -> bool:
    """Whether the event word folded[a:b] leads to the run folded[hs:he] as to an organisation: inside the run with no
    title or relative word after it, or one relative character before it. Not a word whose object is a person, nor
    a word of succession ("由鄧健榮接替何杲(Rupert Hogg)出任": the one replaced)."""
    f = ctx.folded
    if any(r.direction == "object" or r.succession for r in ctx.lex.triggers.get(ctx.lowered[a:b], [])):
        return False
    return (hs <= b < he and not any(b <= y <= he for _, y in ctx.role_spans) and
            not any(c in relative for c in f[b:he])) or (b < hs and hs - b <= 1 and f[b:hs] in relative)


def head_noun_inside(ctx: NameContext, g: Gloss) -> bool:
    """"手遊開發商星宇互娛(Nova Playworks)": what a company is, then its name, inside the run before the bracket."""
    hs, he, f = g.hs, g.he, ctx.folded
    if _DOT_RE.search(g.han_run):
        return False
    for a, b in ctx.find(ctx.lex.head_noun_matcher):
        if hs <= a and b <= he and 2 <= he - b <= 6 and \
                not any(b <= x < he or b < y <= he for x, y in ctx.role_spans) and \
                not any(c in ctx.not_in_org for c in f[b:he]):
            return True
    return False


def han_generic_end(ctx: NameContext, g: Gloss) -> bool:
    """"某某智能科技(…)": a run with no name dot ending in a generic organisation word of two or more Han
    characters."""
    return not _DOT_RE.search(g.han_run) and any(g.han_run.endswith(w) for w in ctx.lex.org_generic
                                                  if len(w) >= 2 and _is_han(w[0]))


# Any one of these makes the gloss an organisation's (the cheap ones first).
def titles_of_a_name_after(ctx: NameContext, g: Gloss) -> bool:
    """"美國韌力(National Resilience)共同創辦人、副董事長楊育民": right after the bracket, titles (joined by 、 or 兼)
    and then a family name: the titles are held at the glossed run, so it is the organisation of someone named next
    (a person's name is followed by their title only as a courtesy: "張大明(David Chang)董事長表示")."""
    f, pos, n = ctx.folded, g.end, 0
    starts = {a: b for a, b in ctx.role_spans}
    while pos in starts:
        pos, n = starts[pos], n + 1
        if f[pos:pos + 1] in ("、", "兼") and pos + 1 in starts:
            pos += 1
    return n > 0 and f[pos:pos + 1] in ctx.lex.surnames


def place_closes_the_gloss(ctx: NameContext, g: Gloss) -> bool:
    """"普華永道新加坡(PwC Singapore)": a Latin gloss of two or more words ending in a place ([latin] place_words), the
    Han run with no name dot: a company's office in a country, no person's name."""
    return len(g.words) >= 2 and g.words[-1] in ctx.lex.latin_place_words and not _DOT_RE.search(g.han_run)


ORG_GLOSS_SIGNS = (latin_org_name, han_org_suffix, known_org_ends_the_run, one_latin_word, capitals_gloss_a_long_run,
                   org_context_before,
                   head_noun_inside, han_generic_end, titles_of_a_name_after, place_closes_the_gloss)


# ------------------------------------------------------------------ an organisation's Han name
def _country_tail(ctx: NameContext, g: Gloss) -> int:
    """How long the country that ends the run is ("普華永道新加坡": an office named by its country), or 0."""
    return next((len(c) for c in ctx.lex.han_countries if g.han_run.endswith(c) and len(c) < len(g.han_run)), 0)


def after_last_generic_word(ctx: NameContext, g: Gloss, start: int) -> int:
    """"專注於教育的人工智慧新創公司澄星實驗室(Clearstar Labs)": the name is what follows the last generic word."""
    seg = g.han_run
    lim = len(seg) - _country_tail(ctx, g)  # (not a word inside the country ending the run: 新 of 新加坡)
    for w in ctx.lex.org_generic:
        i = seg.rfind(w, 0, lim)
        if i >= 0 and g.hs + i + len(w) < g.he:
            start = max(start, g.hs + i + len(w))
    return start


def after_event_word(ctx: NameContext, g: Gloss, start: int) -> int:
    """"加盟安泰人壽(…)": the name starts after the event word."""
    for _, b in ctx.trigger_spans:
        if start <= b < g.he:
            start = b
    return start


def after_function_word(ctx: NameContext, g: Gloss, start: int) -> int:
    """"投資的星樞智慧(…)": the name starts after the last function character ([chars] not_in_org); but "藥企和嶺生物
    (Heling…)": right after what the company is, 和 begins its name."""
    for i in range(g.he - 1 - _country_tail(ctx, g), start - 1, -1):
        if ctx.folded[i] in ctx.not_in_org:
            if ctx.lex.rx(r"<<head_nouns>>$").search(ctx.lowered, max(0, i - 4), i):
                return i
            return i + 1
    return start


def after_former_mark(ctx: NameContext, g: Gloss, start: int) -> int:
    """"匯泓銀行委任前恒邦(Hengbang)…": a former mark inside the run starts the name after it (not the 前 of "前海…",
    the run's first characters)."""
    for fm in ctx.han_former_marks:
        i = ctx.folded.rfind(fm, start if start > g.hs else start + 2, g.he - 2)
        if i >= 0:
            return i + len(fm)
    return start


# Each moves the start of the name on from where the one before left it.
ORG_NAME_STARTS = (after_last_generic_word, after_event_word, after_function_word, after_former_mark)


def _add_org(ctx: NameContext, g: Gloss) -> None:
    """The Latin name (or the lexicon's name, when the run ends in one) with the Han name as its alias."""
    lex, hs, he = ctx.lex, g.hs, g.he
    known = [k for a, b in ctx.known_org_spans if hs <= a and b == he
             for k in [lex.org_alias.get(ctx.folded[a:b])] if k]
    if known:
        ctx.orgs.add(known[0], None, g.latin)
        return
    start = hs
    for step in ORG_NAME_STARTS:
        start = step(ctx, g, start)
    canon = lex.org_alias.get(g.latin, g.latin)
    ctx.orgs.add(canon, None, g.latin)
    if he - start >= 2:
        ctx.orgs.add(canon, ctx.text[start:he], ctx.folded[start:he])
        ctx.add_fixed(Mention(start, g.end, "org", canon))


# ------------------------------------------------------------------ a person's Han name
def _add_person(ctx: NameContext, g: Gloss) -> None:
    """The Latin name is canonical; the Han name, its last word and the tails the article uses alone are aliases."""
    start = _person_han_start(ctx, g)
    if start is None:
        return
    f, he, canon = ctx.folded, g.he, g.latin
    han = f[start:he]
    parts = [p for p in _DOT_RE.split(han) if p]
    ctx.people.add(canon, None, g.latin)
    ctx.people.add(canon, ctx.text[start:he], han)
    last = g.words[-1]
    if len(last) >= 3 and last not in ctx.lex.latin_not_name:
        ctx.people.add(canon, None, last)
    if len(parts) > 1 and len(parts[-1]) >= 2:
        ctx.people.add(canon, ctx.text[he - len(parts[-1]):he], parts[-1])
    elif len(parts) == 1 and len(han) >= 3:
        _add_tails_used_alone(ctx, g, canon, han, start)
    ctx.add_fixed(Mention(start, g.end, "person", canon))


def _person_han_start(ctx: NameContext, g: Gloss) -> int | None:
    """Where the person's Han name starts in the run ("聘請林安琪(Angela Lin)": after the event word; at most four
    characters before a name dot, six without one), or None when no Han name is left."""
    he = g.he
    start = _trim_han_name(ctx, g.hs, he)
    for _, b in ctx.trigger_spans:
        if start <= b < he:
            start = b
    han = ctx.folded[start:he]
    parts = [p for p in _DOT_RE.split(han) if p]
    if not parts:
        return None
    if len(parts) > 1 and len(parts[0]) > 4:
        start += len(parts[0]) - 4
    elif len(parts) == 1 and len(han) > 6:
        start = he - 6
    if not any(_is_han(c) for c in ctx.folded[start:he]):
        return None
    return start


def _trim_han_name(ctx: NameContext, s: int, e: int) -> int:
    """Start of the name inside the Han run folded[s:e]: after any title, organisation or function word."""
    f = ctx.folded
    start = s
    role_ends, org_ends = ctx.role_ends(), ctx.known_org_ends()
    for p in range(e, s, -1):  # the last title or organisation ending inside the run
        if p in role_ends or p in org_ends:
            start = p
            break
    for i in range(e - 1, start - 1, -1):
        if f[i] in ctx.not_in_name and not _DOT_RE.match(f[min(i + 1, e - 1)]):
            start = max(start, i + 1)
            break
    return start


def _add_tails_used_alone(ctx: NameContext, g: Gloss, canon: str, han: str, start: int) -> None:
    """哈羅德布里斯科 … 布里斯科: a tail of the name that the article uses on its own (not "人工智慧", a generic word that
    happens to end a run)."""
    lex = ctx.lex
    for k in range(2, len(han)):
        tail = han[-k:]
        if tail in lex.org_generic_set or tail.endswith(lex.org_han_suffixes):
            continue
        if _occurs_outside(ctx.folded, tail, start, g.end):
            ctx.people.add(canon, ctx.text[g.he - k:g.he], tail)


def _occurs_outside(f: str, needle: str, skip_s: int, skip_e: int) -> bool:
    """Whether ``needle`` starts anywhere in ``f`` outside [skip_s, skip_e)."""
    i = f.find(needle)
    while i >= 0:
        if not (skip_s <= i < skip_e):
            return True
        i = f.find(needle, i + 1)
    return False
