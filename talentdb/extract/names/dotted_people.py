"""Foreign names written in Chinese with name dots and no Latin gloss: "帕特·格爾辛格", "米歇爾·約翰斯頓·霍爾特豪斯".

Finder: ``dotted_names``. Wire copy (Xinhua, 中評社) writes foreign people this way only; with no family name and no
bracketed Latin name, no other finder sees them. A chain of Han runs joined by name dots is cut where a title, an
organisation, an event word or a word that ends names begins or ends (``_breaks``), and kept as a person when its
characters are mostly those of the transliteration table (``validate.toml`` [person] transliteration_chars): "中國·
上海" is not a name.
"""
from __future__ import annotations

import re

from talentdb.extract.names.chars import DOTS, transliteration_chars
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.spans import Mention

_CHAIN = re.compile("[\u3400-\u9fff]+(?:[%s][\u3400-\u9fff]+)+" % DOTS)
_PART = re.compile("[\u3400-\u9fff]+")
_MAX_PART = 6          # characters in one part of a name ("霍爾特豪斯" is five)
_MAX_FIRST = 4         # a first part longer than this has a word before the name glued on
_MIN_SHARE = 0.6       # share of the name's characters that must be transliteration characters


def _breaks(ctx: NameContext, a: int, b: int, translit: frozenset) -> list[tuple[int, int]]:
    """The words inside folded[a:b] that no name runs through: titles, organisations, event words, words that end
    names (和, 將, 於) and characters never inside a name, as (start, end)."""
    f, out = ctx.folded, []
    for x, y in list(ctx.role_spans) + list(ctx.trigger_spans) + list(ctx.known_org_spans):
        if x < b and a < y:
            out.append((x, y))
    for p in range(a, b):
        n = ctx.ender_len(p)
        if n:
            out.append((p, p + n))
        elif f[p] in ctx.not_in_name and f[p] not in translit:
            out.append((p, p + 1))
    return sorted(out)


def _names_in_chain(ctx: NameContext, s: int, e: int, translit: frozenset) -> list[tuple[int, int]]:
    """(start, end) of each name in the dotted chain folded[s:e]: a name runs from after the last break of one part
    to the first break of a later one, over whole parts in between."""
    parts = [m.span() for m in _PART.finditer(ctx.folded, s, e)]
    last = len(parts) - 1
    out, start = [], None
    for i, (a, b) in enumerate(parts):
        brk = _breaks(ctx, a, b, translit)
        if start is not None:
            if not brk and i < last:
                continue  # the whole part is inside the name
            cut = brk[0][0] if brk else b
            if cut > a:
                out.append((start, cut))
            start = None
        if i < last:  # a name may start here: after the part's last break, at most _MAX_FIRST characters long
            first = min(b, max((y for _, y in brk), default=a))
            if first < b:
                start = max(first, b - _MAX_FIRST)
    return out


def _is_name(ctx: NameContext, a: int, b: int, translit: frozenset) -> bool:
    text = ctx.folded[a:b]
    parts = [p for p in re.split("[%s]" % DOTS, text) if p]
    chars = "".join(parts)
    if len(parts) < 2 or len(chars) < 3 or any(len(p) > _MAX_PART for p in parts):
        return False
    return sum(c in translit for c in chars) >= _MIN_SHARE * len(chars) and chars not in ctx.orgs.keys


def dotted_names(ctx: NameContext) -> None:
    """Each dotted foreign name found by shape: the name, and its last part (the family name the article goes on
    to use alone: "格爾辛格於1979年首次加入…")."""
    if not ctx.has_han() or not any(d in ctx.folded for d in DOTS):
        return
    translit = transliteration_chars()
    cover = ctx.shape_cover()
    for m in _CHAIN.finditer(ctx.folded):
        for a, b in _names_in_chain(ctx, m.start(), m.end(), translit):
            if cover.hit(a, b) or not _is_name(ctx, a, b, translit):
                continue
            canon = ctx.text[a:b]
            ctx.people.add(canon, None, ctx.folded[a:b])
            last = re.split("[%s]" % DOTS, ctx.folded[a:b])[-1]
            if len(last) >= 2:
                ctx.people.add(canon, ctx.text[b - len(last):b], last)
            ctx.add_fixed(Mention(a, b, "person", canon))
