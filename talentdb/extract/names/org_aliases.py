"""Which organisation a short or partial name stands for: short forms (极驰 for 极驰汽车), subsidiaries named
after their parent (晶毅車電), short names that begin two full ones, and Han names of organisations registered with a
Latin name.

Finders, in this order: ``short_forms``, ``subsidiary_names``, ``rehome_short_names``, ``latin_canon_for_tails``.
"""
from __future__ import annotations

from bisect import bisect_left, insort

from talentdb.extract.names.chars import _is_han, _suffixes_ending_in
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.spans import _starting_with
from talentdb.extract.text import fold, longest_first
from talentdb.extract.validate import fix_org


def short_forms(ctx: NameContext) -> None:
    """"极驰汽车…极驰曾获得…极驰前三季度": a Han name without its organisation word ([shape] han_suffixes), used on its
    own at least twice, is that organisation's short name (on a clash, ``rehome_short_names`` keeps the one introduced
    first: "晶毅科技…晶毅旗下子公司晶毅車電" leaves 晶毅 to 晶毅科技)."""
    f, keys = ctx.folded, ctx.orgs.keys
    ordered = sorted(keys)  # the keys that start with a given one are a run of this list
    for k in list(keys):
        short = _short_form_of(ctx, k)
        if short is None:
            continue
        longer = [o for o in _starting_with(ordered, short) if o != short]
        if _uses_alone(ctx, short, longer) >= 2:
            ctx.orgs.add(keys[k], ctx.text[f.find(short):f.find(short) + len(short)], short)
            insort(ordered, short)  # (not a key before: see _short_form_of)


def _short_form_of(ctx: NameContext, k: str) -> str | None:
    """The organisation key ``k`` without its Han organisation word, when that leaves a new name of two or more
    characters that could be one (a name glossed in Latin is sure whatever its first character: "和嶺生物(Heling…)")."""
    keys = ctx.orgs.keys
    if not (k and _is_han(k[0]) and _is_han(k[-1])):
        return None
    suf = next((x for x in _suffixes_ending_in(ctx.lex.org_han_suffixes, k[-1])
                if k.endswith(x) and len(k) - len(x) >= 2), None)
    if suf is None:
        return None
    short = k[:-len(suf)]
    glossed = keys[k].isascii()
    if short in keys or short in ctx.lex.org_generic_set or short in ctx.people.keys or fix_org(short) is None or \
            (not glossed and (short[0] in ctx.not_first_in_org or any(c in ctx.not_in_org for c in short))):
        return None
    return short


def _uses_alone(ctx: NameContext, short: str, longer: list[str]) -> int:
    """How often (counting to two) ``short`` is used neither as the start of one of ``longer`` nor glued to a Han
    character before it."""
    f = ctx.folded
    alone = 0
    i = f.find(short)
    while i >= 0 and alone < 2:
        if not any(f.startswith(o, i) for o in longer) and not (i > 0 and _is_han(f[i - 1]) and
                                                                 f[i - 1] not in ctx.not_in_org):
            alone += 1
        i = f.find(short, i + 1)
    return alone


def subsidiary_names(ctx: NameContext) -> None:
    """"晶毅旗下子公司晶毅車電今年1月完成…": after a subsidiary word, a known short name with more to it, up to a word
    that ends a name, is the subsidiary's own name, not the parent's."""
    f, keys = ctx.folded, ctx.orgs.keys
    for _, i in ctx.find(ctx.lex.org_subsidiary_matcher):
        short = next((k for k in sorted(keys, key=longest_first) if len(k) >= 2 and f.startswith(k, i)), None)
        if short is None:
            continue
        for k in range(len(short) + 1, len(short) + 5):
            e = i + k
            if e > len(f) or not _is_han(f[e - 1]) or f[e - 1] in ctx.not_in_org or ctx.ender_at(e - 1):
                break
            if e == len(f) or not _is_han(f[e]) or ctx.ender_at(e) or f[e] in ctx.not_in_org:
                cand = f[i:e]
                if cand not in keys and cand not in ctx.people.keys:
                    ctx.orgs.add(ctx.text[i:e], None, cand)
                break


def rehome_short_names(ctx: NameContext) -> None:
    """A short name that begins two registered full names ("母公司甲乙科技…子公司甲乙電子…甲乙表示") stands for the one
    introduced first (on a tie, the longer one), not whichever was found last; "晶毅科技…晶毅表示": a Han name found
    on its own that begins one full name named before it is that organisation's alias."""
    f, keys = ctx.folded, ctx.orgs.keys
    ordered = sorted(keys)  # the loop changes what keys point to, never which keys there are
    for short, canon in list(keys.items()):
        if len(short) < 2:
            continue
        i = bisect_left(ordered, short)  # (where ``short`` itself is: the longer keys it begins follow it)
        if i + 1 >= len(ordered) or not ordered[i + 1].startswith(short):
            continue
        fulls = [k for k in _starting_with(ordered, short) if len(k) > len(short)]
        alone = _is_han(short[0]) and fold(canon) == short
        if len(fulls) < (1 if alone else 2):
            continue
        placed = [(f.find(k), -len(k), k) for k in fulls if f.find(k) >= 0]
        if not placed:
            continue
        best = min(placed)[2]
        if alone:
            _alone_name_to_full(ctx, short, canon, best, fulls)
        elif keys[best] != canon:
            _move_short_name(ctx, short, canon, keys[best])


def _alone_name_to_full(ctx: NameContext, short: str, canon: str, best: str, fulls: list[str]) -> None:
    """The name ``short`` (registered as itself) becomes an alias of the full name ``best``, unless it was used on
    its own before ``best`` was named: then it is a name of its own."""
    f, keys = ctx.folded, ctx.orgs.keys
    i = f.find(short)
    while i >= 0 and any(f.startswith(k, i) for k in fulls):
        i = f.find(short, i + 1)
    if keys[best] == canon or 0 <= i < f.find(best):
        return
    keys[short] = keys[best]
    shown = ctx.orgs.canon.pop(canon, set())
    at = f.find(short)
    ctx.orgs.canon.setdefault(keys[best], set()).update(shown | {ctx.text[at:at + len(short)]})


def _move_short_name(ctx: NameContext, short: str, canon: str, target: str) -> None:
    """``short`` and the spellings of it shown for ``canon`` now stand for ``target``."""
    ctx.orgs.keys[short] = target
    alias = ctx.orgs.canon.get(canon, set())
    for a in [a for a in alias if fold(a) == short]:
        alias.discard(a)
        ctx.orgs.canon.setdefault(target, set()).add(a)


def latin_canon_for_tails(ctx: NameContext) -> None:
    """"匯泓銀行…虛擬銀行匯泓銀行(WeHong Bank)": a Han name found on its own that ends a longer span registered with
    its Latin name is that organisation (the Latin name is canonical), not a second one."""
    keys = ctx.orgs.keys
    backwards = None  # the keys spelt backwards, sorted: those that end with a given one are a run of it
    for k, canon in list(keys.items()):
        if len(k) < 2 or not _is_han(k[0]) or canon.isascii():
            continue
        if backwards is None:
            backwards = sorted(o[::-1] for o in keys)  # (the loop changes what keys point to, not which keys)
        enders = [b[::-1] for b in _starting_with(backwards, k[::-1])]
        latin = {keys[o] for o in enders if len(o) > len(k) and keys[o].isascii()}
        if len(latin) != 1:
            continue
        target = latin.pop()
        for o, c in list(keys.items()):
            if c == canon:
                keys[o] = target
        ctx.orgs.canon.setdefault(target, set()).update(ctx.orgs.canon.pop(canon, set()) | {canon})
