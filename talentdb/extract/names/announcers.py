"""Organisations named bare, with no organisation word, as the ones that announce something (曹操出行宣布完成B轮融资,
"智能汽车品牌集度宣布…", "生鲜电商天天果园今日(8月8日)宣布新获…").

Finders: ``announcing_names``; ``quoted_announcing_names`` ("“快的打车”正式对外宣布…", "「星瀾智航」獲3億元融資").
"""
from __future__ import annotations

import re

from talentdb.extract.names.chars import CLAUSE_OPENERS, _is_han, _SENTENCE_PUNCT
from talentdb.extract.names.context import NameContext

_CLAUSE_OPENERS = CLAUSE_OPENERS + " "
MAX_NAME = 6
# "全聚德7月10日晚发布…公告": a month and day (a year before them, the part of the day after them) right before the verb
_BARE_DATE = r"(?:\d{2,4}年)?\d{1,2}月\d{1,2}[日号](?:<<day_parts>>)?$"


def announcing_names(ctx: NameContext) -> None:
    """A name of two to six Han characters right before an announcement word (grammar.toml announce_verbs), after
    a time word or a date in brackets if any, that opens a clause or follows what a company is (品牌, 电商) and that
    the article names again: the organisation announcing."""
    words = ctx.lex.grammar.get("announce_verbs", [])
    if not ctx.has_han() or not words:
        return
    f = ctx.folded
    for w in words:
        v = f.find(w)
        while v >= 0:
            span = _name_before(ctx, _before_time_words(ctx, v))
            if span is not None:
                s, e = span
                name = f[s:e]
                ctx.judged_orgs.add(name)
                head = _wrapped_head(ctx, s, name)
                if head:  # (the whole name, and its tail where the wrap cut it, standing for it)
                    whole = ctx.text[s - 1 - len(head):s - 1] + ctx.text[s:e]
                    ctx.orgs.add(whole, None, head + name)
                    ctx.orgs.add(whole, None, name)
                else:
                    ctx.orgs.add(ctx.text[s:e], None, name)
            v = f.find(w, v + 1)


def _wrapped_head(ctx: NameContext, s: int, name: str) -> str:
    """"…以掃地機起家的星\n樞汽車今日宣布…": the name opens a line that a hard wrap cut inside a word (a Han character, no
    punctuation, right before the line break); the one or two characters before the break that make a name the article
    writes whole elsewhere (星樞汽車) are its head ("" when there is none)."""
    f = ctx.folded
    if s < 2 or f[s - 1] != "\n" or not _is_han(f[s - 2]):
        return ""
    for k in (2, 1):
        head = f[s - 1 - k:s - 1]
        if len(head) == k and all(_is_han(c) for c in head) and ctx.count(head + name) >= 1:
            return head
    return ""


def _before_time_words(ctx: NameContext, v: int) -> int:
    """Where the name before ``v`` must end: before a date in brackets ("今日(8月8日)"), a bare date with the part of
    the day ("7月10日晚") and words that end names (今日, 近日, 正式)."""
    f = ctx.folded
    j = v
    for _ in range(3):
        d = ctx.lex.rx(_BARE_DATE, 0).search(f, max(0, j - 16), j)
        if d is not None and d.start() < j:
            j = d.start()
            continue
        if j > 0 and f[j - 1] == ")":
            o = f.rfind("(", max(0, j - 14), j)
            if o < 0:
                return j
            j = o
            continue
        for k in (3, 2, 1):
            if j - k >= 0 and ctx.ender_len(j - k) == k:
                j -= k
                break
        else:
            return j
    return j


def _name_before(ctx: NameContext, e: int) -> tuple[int, int] | None:
    """The name ending at ``e``: from the end of what a company is (head_nouns) or the start of its clause, when it
    is two to six characters long, could be a name and is named twice."""
    f = ctx.folded
    s = _before_a_latin_tail(f, e)
    while s > 0 and _is_han(f[s - 1]) and e - s < 24:
        s -= 1
    heads = [b for a, b in ctx.find(ctx.lex.head_noun_matcher) if s <= a and b < e - 1]
    rel = max((i + 1 for i in range(s, e - 2) if f[i] in ctx.relative), default=-1)
    if heads or rel > 0:
        s = max(heads + [rel])  # (after what it is, or a modifier ending in 的: "成立僅5個月的星瀾智航宣布")
    elif s > 0 and f[s - 1] not in _CLAUSE_OPENERS:
        return None
    if not 2 <= e - s <= MAX_NAME or not _may_be_a_name(ctx, s, e):
        return None
    return s, e


_LATIN_TAIL = re.compile(r"[A-Za-z][A-Za-z0-9]{0,7}$")


def _before_a_latin_tail(f: str, e: int) -> int:
    """"灵犀AI宣布完成B轮融资": where a brand's Latin tail glued to its Han head (AI, Tech) starts before ``e``;
    ``e`` when there is none."""
    m = _LATIN_TAIL.search(f, max(0, e - 8), e)
    return m.start() if m and m.start() > 0 and _is_han(f[m.start() - 1]) else e


def _may_be_a_name(ctx: NameContext, s: int, e: int) -> bool:
    """Not a function word in it or first, a generic word, a person, a name already judged, a title, an event word or
    a name found by shape in it; named at least twice."""
    f = ctx.folded
    name = f[s:e]
    if any(c in ctx.not_in_org for c in name) or name[0] in ctx.not_first_in_org or ctx.ender_at(s):
        return False
    if name in ctx.lex.org_generic_set or name in ctx.not_people() or name in ctx.people.keys or \
            name in ctx.judged_orgs or name in ctx.orgs.keys:
        return False
    if ctx.cover("roles").hit(s, e) or ctx.cover("triggers").hit(s, e) or ctx.shape_cover().hit(s, e):
        return False
    return ctx.count(name) >= 2


_QUOTED = re.compile(r"[“「]([\u3400-\u9fffA-Za-z0-9]{2,8})[”」]")
_NEAR_VERB = 6  # characters between the closing mark and the announcement or event word ("正式对外宣布")


def quoted_announcing_names(ctx: NameContext) -> None:
    """A name in quotation marks that the article quotes at least twice, once right before (within ``_NEAR_VERB``
    characters, no punctuation) an announcement word or an event word: the mainland press quotes a young company's
    name ("“快的打车”正式对外宣布", "“快的打车”获6亿美元融资"). A word quoted once, never before such a word, or
    only before a word for what a company is ("“交大系”创业企业"), is a term the writer marks ("“金主”"), not a
    name."""
    if not ctx.has_han() or ("“" not in ctx.folded and "「" not in ctx.folded):
        return
    f = ctx.folded
    quoted: dict[str, list[int]] = {}
    for m in _QUOTED.finditer(f):
        quoted.setdefault(m.group(1), []).append(m.end())
    verbs = [b for w in ctx.lex.grammar.get("announce_verbs", []) for b in _starts(f, w)]
    starts = sorted(set(verbs) | ctx.trigger_starts)
    heads = {a for a, _ in ctx.find(ctx.lex.head_noun_matcher)}  # ("“交大系”创业企业完成上市": what companies are)
    for name, ends in quoted.items():
        if len(ends) < 2 or not any(_word_soon_after(f, e, starts, heads) for e in ends):
            continue
        s = f.find("“" + name) + 1 or f.find("「" + name) + 1
        if not _may_be_a_quoted_name(ctx, name, s):
            continue
        ctx.judged_orgs.add(name)
        ctx.orgs.add(ctx.text[s:s + len(name)], None, name)


def _starts(f: str, w: str) -> list[int]:
    out, i = [], f.find(w)
    while i >= 0:
        out.append(i)
        i = f.find(w, i + 1)
    return out


def _word_soon_after(f: str, e: int, starts: list[int], heads: set[int]) -> bool:
    """An announcement or event word within ``_NEAR_VERB`` characters after ``e``, no punctuation and no word for what
    a company is between."""
    return any(e <= a <= e + _NEAR_VERB and not _SENTENCE_PUNCT.search(f, e, a) and not any(h in heads for h in range(e, a))
               for a in starts)


def _may_be_a_quoted_name(ctx: NameContext, name: str, s: int) -> bool:
    """Not a generic word, a person, a name already judged or known, a title or an event word."""
    if name in ctx.lex.org_generic_set or name in ctx.not_people() or name in ctx.people.keys or \
            name in ctx.judged_orgs or name in ctx.orgs.keys:
        return False
    e = s + len(name)
    return not (ctx.cover("roles").hit(s, e) or ctx.cover("triggers").hit(s, e) or ctx.shape_cover().hit(s, e))
