"""Organisations named bare, in a list that says what they are: "星樞、月嵐兩公司昨日同步公告", "星樞、月嵐及海盛等公司"
(a count of companies, or 等, right after the list), or a list beside a name already found ("北辰集團、星樞、月嵐").

Finder: ``listed_orgs``. A member is kept only when it is name-shaped (two to six Han characters, no function word,
no generic word, no person, title or event word) and the article names it again elsewhere: a company listed once and
never again takes part in no event, and a list of words the writer joins once is no list of names.
"""
from __future__ import annotations

import re

from talentdb.extract.names.chars import _is_han
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.segmenter import a_common_word

# what joins the members of a list: 、 and "and" (及, 和, 與, 以及)
_JOINERS = ("、", "及", "和", "与", "以及")
MAX_NAME = 6


def listed_orgs(ctx: NameContext) -> None:
    """Each list of two or more bare names that a count of companies closes (``_closes_a_list_of_companies``) or
    that holds an organisation found before: its other name-shaped members the article names again."""
    if not ctx.has_han() or "、" not in ctx.folded and not any(j in ctx.folded for j in _JOINERS[1:]):
        return
    closer, each = _count_closer(ctx), _each_closer(ctx)
    for members in _lists(ctx):
        names = [ctx.folded[a:b] for a, b in members]
        closed = bool(closer.match(ctx.folded, members[-1][1]))
        each_did = bool(each.match(ctx.folded, members[-1][1]))
        if not closed and not each_did and not any(n in ctx.orgs.keys for n in names):
            continue
        for (a, b), name in zip(members, names):
            if name not in ctx.orgs.keys and name not in ctx.judged_orgs and \
                    _may_be_listed_name(ctx, a, b, once=each_did and _ends_in_org_word(ctx, name)):
                ctx.judged_orgs.add(name)
                ctx.orgs.add(ctx.text[a:b], None, name)


def _each_closer(ctx: NameContext):
    """What closes a list of companies that each did something: a word that tells each did it ([grammar]
    each_in_turn: 均, 相繼) right before a word of receiving or announcing ("星澄智能、澄川科技均完成1億元融資")."""
    return ctx.lex.rx(r"(?:<<each_in_turn>>)\s*(?:<<received_marks>>|<<announce_verbs>>)")


def _ends_in_org_word(ctx: NameContext, name: str) -> bool:
    """Whether ``name`` ends in an organisation word ([shape] han_suffixes) with two characters or more before it."""
    return any(name.endswith(x) and len(name) - len(x) >= 2 for x in ctx.lex.org_han_suffixes)


def _count_closer(ctx: NameContext):
    """What closes a list of companies: a count or 等, then what they are (兩公司, 等三家銀行)."""
    return ctx.lex.rx(r"(?:等|<<company_counts>>)+\s*(?:<<head_nouns>>)")


_MEMBER = r"[\u3400-\u9fff]{2,%d}" % MAX_NAME
_LIST = re.compile(r"(?:(?<=[,.;:!?。,;:!?\n「“ ])|^)(%s(?:(?:%s)%s)+)" % (_MEMBER, "|".join(_JOINERS), _MEMBER))


def _lists(ctx: NameContext) -> list[list[tuple[int, int]]]:
    """The spans of the members of each list that opens a clause: names joined by ``_JOINERS``, each of two to
    ``MAX_NAME`` Han characters (the last one cut where a count of companies or 等 starts)."""
    f, out = ctx.folded, []
    for m in _LIST.finditer(f):
        spans, i = [], m.start(1)
        for piece in re.split("(%s)" % "|".join(_JOINERS), m.group(1)):
            if piece in _JOINERS:
                i += len(piece)
                continue
            spans.append((i, i + len(piece)))
            i += len(piece)
        if len(spans) >= 2:
            out.append(_cut_last(ctx, spans))
    return out


def _cut_last(ctx: NameContext, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last member cut before the first place a count of companies (or 等) closing the list starts in it."""
    a, b = spans[-1]
    closer, each = _count_closer(ctx), _each_closer(ctx)
    for k in range(a + 2, b):
        if closer.match(ctx.folded, k) or each.match(ctx.folded, k):
            return spans[:-1] + [(a, k)]
    return spans


def _may_be_listed_name(ctx: NameContext, a: int, b: int, once: bool = False) -> bool:
    """Two to ``MAX_NAME`` Han characters named again in the article (or, ``once``, named once in a list that tells
    each member did something, the name ending in an organisation word), none a function word, not a generic or common
    word (天使, 合作伙伴: ``segmenter.a_common_word``), a person, nor covering a title, an event word or a name found by its shape."""
    f = ctx.folded
    name = f[a:b]
    return 2 <= len(name) <= MAX_NAME and all(_is_han(c) and c not in ctx.not_in_org for c in name) and \
        (once or ctx.count(name) >= 2) and name not in ctx.lex.org_generic_set and name not in ctx.people.keys and \
        name not in ctx.not_people() and not a_common_word(ctx, name) and not any(cov.hit(a, b) for cov in (ctx.shape_cover(), ctx.cover("roles"),
                                                                           ctx.cover("triggers")))
