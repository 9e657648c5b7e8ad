"""Organisations named bare, with no organisation word, as the ones that announce something (曹操出行宣布完成B轮融资,
"智能汽车品牌集度宣布…", "生鲜电商天天果园今日(8月8日)宣布新获…").

Finder: ``announcing_names``.
"""
from __future__ import annotations

from talentdb.extract.names.chars import _is_han
from talentdb.extract.names.context import NameContext

_CLAUSE_OPENERS = ",.;:!?。,;:!?\n「“ "
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
                ctx.orgs.add(ctx.text[s:e], None, name)
            v = f.find(w, v + 1)


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
    s = e
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
