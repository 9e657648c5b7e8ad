"""Which organisation an event is about: the one named after or before the trigger, one the lexicon does not know but
whose shape gives it away, the company the story is about; and where a person came from.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from talentdb.extract.entities import Mention, _is_han
from talentdb.extract.events.site import Site, first
from talentdb.extract.lexicon import TriggerRule
from talentdb.extract.names.announcers import _before_time_words
from talentdb.extract.names.chars import CLAUSE_OPENERS
from talentdb.extract.names.latin_words import LETTERS as _LETTERS
from talentdb.extract.text import fold

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_SKIP_AFTER = r"^(?:\s|<<skip_after_trigger>>)*"
_OPENING_LATIN = re.compile(rf"\s*(?:[A-Z][A-Za-z]+-based\s+)?([A-Z][{_LETTERS}0-9&\-]+"
                            rf"(?: [A-Z][{_LETTERS}0-9&\-]+){{0,3}}),")
_COMMA_GAP = re.compile(r"\s*[,，(（]\s*$")
_POSSESSIVE_S = re.compile(r"^'s\b")
_LATIN_NAME = re.compile(rf"(?<![A-Za-z0-9])([A-Z][{_LETTERS}0-9&.\-]*(?:[ ][A-Z][{_LETTERS}0-9&.\-]*){{0,3}})")
_NAME_STOP = re.compile(r"[,;:。!?()\s]")
_CAPITALISED = re.compile(rf"([A-Z][{_LETTERS}0-9&\-]+)")
_CLAUSE_MARK = re.compile(r"[,,;;。!?]")
_LATIN_NAME_AHEAD = re.compile(rf"\s*([A-Z][{_LETTERS}0-9&]+(?: [A-Z][{_LETTERS}0-9&]+)?)")
_ARTICLE = re.compile(r"(?:(?:a|an|the)\s+)?")
_QUOTE_AFTER_NAME = "\"”’'"
_BASED_IN = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z][A-Za-z]+-based\s+(?=[A-Z])")
# lower-case words between a title and "at" its employer: "head of networks at Tessera", "CSO and general manager
# of networks at Tessera" (a function headed, or a second title the title finder read only in part)
_FUNCTION_BEFORE_AT = re.compile(r"\s+(?:of|for|and)(?:\s+[a-z][a-z\-&]*){1,5}(?=\s+at\s)")
_EMPLOYER_NAME = re.compile(rf"[A-Z][{_LETTERS}0-9&\-]*(?: (?:of |and |& )?[A-Z][{_LETTERS}0-9&\-]*){{0,4}}")


@lru_cache(maxsize=4096)
def _folded_lower(s: str) -> str:
    return fold(s).lower()


def _fix_org(name):
    from talentdb.extract.validate import fix_org

    return fix_org(name)


def org_after_word(site: Site, allow_shape: bool = True) -> tuple[str | None, int]:
    """The organisation a trigger points to, and where it is named: the first named after the word (skipping "X的"
    possessives); with ``allow_shape``, else one the lexicon does not know (``ORG_SHAPES``); (None, -1) if none."""
    art, te, ce = site.art, site.trigger_end, site.clause_end
    f = art.folded
    orgs = [o for o in art.ents.orgs_in(te, ce)]
    if orgs and orgs[0].ref and orgs[0].start - te <= 2:
        named = [o for o in art.ents.orgs_in(orgs[0].end, orgs[0].end + 4) if not o.ref]
        if named and _COMMA_GAP.match(f[orgs[0].end:named[0].start]):
            return named[0].key, named[0].start  # "co-founded the new company, Quorra,": the name given
        return orgs[0].key, orgs[0].start  # "co-founded the company": the reference as resolved (the one founded)
    if art.rx(r"(?:<<skip_after_trigger>>)?<<bare_company>>").match(art.lowered[te:te + 16].lstrip()):
        key = art.ents.company_meant(te)
        if key:
            return key, te
    for o in orgs:
        if f[o.end:o.end + 1] in art._relative and o.end < len(f) and any(x.start > o.end for x in orgs):
            continue
        if _POSSESSIVE_S.match(f[o.end:o.end + 2]) and any(x.start > o.end for x in orgs):
            continue
        return o.key, o.start
    if not allow_shape:
        return None, -1
    return first(ORG_SHAPES, site) or (None, -1)


@lru_cache(maxsize=4)
def _suffix_index(suffixes: tuple) -> tuple[dict, list]:
    """The positions in ``suffixes`` of those opening with each character, and of the empty one if any."""
    by_first: dict = {}
    empty = []
    for k, suf in enumerate(suffixes):
        if suf:
            by_first.setdefault(suf[0], []).append(k)
        else:
            empty.append(k)
    return by_first, empty


def _suffixes_in(suffixes: tuple, seg: str) -> list[str]:
    """The suffixes that may occur in ``seg`` (their first character does), in their order in ``suffixes``."""
    by_first, empty = _suffix_index(suffixes)
    ks = [k for c in set(seg) for k in by_first.get(c, ())]
    ks.extend(empty)
    ks.sort()
    return [suffixes[k] for k in ks]


def latin_name_after_word(site: Site) -> tuple[str, int] | None:
    """"a startup called Quillbank" / "創立Quillbank": a capitalised Latin name after the word."""
    # (not a lone short word or acronym, not a person)
    art, te = site.art, site.trigger_end
    lex = art.lex
    m = _LATIN_NAME.search(art.folded[te:site.clause_end])  # (a slice: nothing before the word is looked behind at)
    if not m:
        return None
    name = m.group(1).rstrip(".")
    words = [w for w in name.split() if w not in lex.latin_not_name or w in lex.org_latin_suffixes]
    if len(words) == 1 and (len(words[0]) < 3 or words[0] in lex.latin_org_words or words[0].isupper()) \
            and words[0] not in art.ents.orgs.keys:
        words = []  # "專注AI教育的公司": a lone short word or acronym is not a name
    if words and name not in art.ents.people.keys:
        return " ".join(name.split()[name.split().index(words[0]):]), te + m.start()
    return None


# a coined name right after a founding word, then what ends a name in its clause: "started Quorra in 2015", "set up
# Quillbank.io after leaving…", "launched iCarvex, a…" (a capital first or inside the first word; a web domain's end)
_COINED_NAME_THEN_STOP = re.compile(
    rf" ((?:[A-Z]|[a-z]+[A-Z])[{_LETTERS}0-9&\-]*(?:\.[a-z]{{2,4}})?(?: [A-Z][{_LETTERS}0-9&\-]*){{0,2}})"
    r"(?=\s*(?:[,;(\u2014\u2013]|\.(?:\s|$)|$)|\s+(?:in|with|after|while|alongside|as|from|when|on|during|before|back)\b)")


def coined_name_right_after(art: _Article, ts: int, te: int, ce: int) -> tuple[str, int] | None:
    """In English, a company's name by its shape right after the word at [ts, te) and nothing of the clause after it
    but a stop or a word that ends a name ("Ana Ruiz started Quorra in 2015"); not after a word said of products too
    ([grammar] product_launch_words), not a person, a place, a word that is never a name nor a lone short word or
    acronym; not where the lexicon already names an organisation (None)."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    if art.lang != "en" or art.rx(r"^(?:<<product_launch_words>>)$").match(art.lowered[ts:te]):
        return None
    m = _COINED_NAME_THEN_STOP.match(art.folded, te, ce)
    if m is None:
        return None
    name, a, b = m.group(1), m.start(1), m.end(1)
    words = name.split()
    if words[0] in art.lex.latin_not_name or all(w in art.lex.latin_not_name for w in words) or \
            (len(words) == 1 and (len(name) < 3 or name.isupper())) or is_place(name) or \
            art.ents.persons_in(a, b) or art.ents.orgs_in(a, b) or art.roles_in(a, b):
        return None
    return name, a


def _name_segment(site: Site) -> str:
    """The clause after the word up to the first mark or space: where a Han name after it may be."""
    seg = site.art.folded[site.trigger_end:site.clause_end]
    stop = _NAME_STOP.search(seg)
    return seg[:stop.start()] if stop else seg


def han_name_with_org_word(site: Site) -> tuple[str, int] | None:
    """"成立了星河科技" / "固態電池公司固鋰科技": a Han name that ends in an organisation word."""
    # (the longest; what the company is, before it, is no part of it: "虛擬銀行眾星銀行")
    art, te = site.art, site.trigger_end
    lex = art.lex
    seg = _name_segment(site)
    best = None
    present = _suffixes_in(lex.org_han_suffixes, seg)
    for suf in present:
        i = seg.find(suf)
        while i >= 0:
            start = _name_start(lex, seg, present, i)
            end = i + len(suf)
            name = seg[start:end]
            if i - start >= 2 and all(_is_han(c) for c in name) and name not in lex.org_generic and \
                    (best is None or end > best[1]):
                best = (start, end)
            i = seg.find(suf, i + 1)
    return (art.text[te + best[0]:te + best[1]], te + best[0]) if best else None


def _name_start(lex, seg: str, present: list[str], i: int) -> int:
    """Where a name that ends with the organisation word at ``i`` starts: after the last generic word or name
    intro before it, and after another organisation word two characters or more before it."""
    start = 0
    head = seg[:i]
    for g in list(lex.org_generic) + lex.grammar.get("name_intro", []):
        j = head.rfind(g)
        if j >= 0 and j + len(g) > start:
            start = j + len(g)
    for suf2 in present:
        j = seg.rfind(suf2, start, i)
        if j >= 0 and i - (j + len(suf2)) >= 2:
            start = j + len(suf2)
    return start


def han_name_after_what_it_is(site: Site) -> tuple[str, int] | None:
    """"創辦了初創公司深度視界": a Han name with no organisation word, right after what the company is."""
    art, te = site.art, site.trigger_end
    lex = art.lex
    seg = _name_segment(site)
    hm = art.rx(r"^(?:\s|<<name_intro>>)*?(?:<<naming_words>>|<<head_nouns>>(?:<<head_nouns>>)?)").match(
        art.lowered[te:te + len(seg)])
    if not hm:
        return None
    a = b = hm.end()
    stop_chars = art.ents._not_in_org
    while b < len(seg) and b - a < 6 and _is_han(seg[b]) and seg[b] not in stop_chars:
        b += 1
    name = seg[a:b]
    if 2 <= len(name) <= 6 and name not in lex.org_generic and not art.ents.persons_in(te + a, te + b) and \
            not any(r.start < te + b and te + a < r.end for r in art.roles) and \
            not any(t[0] < te + b and te + a < t[1] for t in art.triggers) and \
            not art.rx(r"^<<role_intro>>").match(art.lowered[te + a:te + b]):
        return art.text[te + a:te + b], te + a
    return None


def short_name_ending_the_clause(site: Site) -> tuple[str, int] | None:
    """"柯文瀚將加盟星河。": a short Han name that is all that follows the word, up to the end of the clause."""
    art, te = site.art, site.trigger_end
    lex = art.lex
    seg = _before_a_signing(art, _name_segment(site))
    sk = art.rx(_SKIP_AFTER).match(art.lowered[te:te + len(seg)])
    a = sk.end() if sk else 0
    name = seg[a:]
    if 2 <= len(name) <= 4 and all(_is_han(c) and c not in art.ents._not_in_org for c in name) and \
            name[0] not in art.ents._not_first_in_org and name not in lex.org_generic and \
            not art.ents.persons_in(te + a, te + len(seg)) and not art.roles_in(te + a, te + len(seg)) \
            and not art.triggers_in(te + a, te + len(seg)) and not _a_length_of_time(art, name):
        return art.text[te + a:te + len(seg)], te + a
    return None


def _before_a_signing(art, seg: str) -> str:
    """"就擬成立星航表面簽訂合資協議": the name founded ends where the agreement that founds it is signed
    ([grammar] agreement_signed, agreement_nouns), which ends the clause."""
    m = art.rx(r"(?:<<agreement_signed>>)[^,，。;；]{0,24}?(?:<<agreement_nouns>>)\s*$").search(_folded_lower(seg))
    return seg[:m.start()] if m else seg


def _a_length_of_time(art, name: str) -> bool:
    """"鹿鳴機器人成立一年": a count of years, months or days is no name."""
    return bool(art.rx(r"(?:<<span_counts>>)+<<span_units>>").fullmatch(_folded_lower(name)))


# An organisation the lexicon does not know, named right after a founding, funding or hire word: the first shape
# that fits.
ORG_SHAPES = (latin_name_after_word, han_name_with_org_word, han_name_after_what_it_is, short_name_ending_the_clause)


def company_acting(site: Site, p: Mention) -> str | None:
    """"董事會通過聘任…" / "公司…引入了…" / "集團同時委任…": the company of the story acts through its board or as
    "the company"; not where the person came from (named between the word and the person)."""
    art, ss, ts = site.art, site.sentence_start, site.trigger_start
    if not art.rx(r"(?:^|[,;:，；：]\s*)(?:<<bare_company>>|<<board_words>>)").search(art.lowered[ss:ts]) and \
            not art.rx(r"<<board_words>>").search(art.lowered, ss, ts):
        return None
    org = art.ents.company_meant(ts)
    if org is None or any(o.key == org for o in art.ents.orgs_in(ts, p.start)):
        return None
    return org


# -- a post held somewhere when named --------------------------------------------------------------------------------
def title_held_before_name(art: _Article, p: Mention):
    """"國營司副司長劉起孝" / "Orbis CFO Ana Ruiz": the title chained right before this mention of the person (its
    ``org`` the organisation named with it), or None."""
    for pos, role in art.person_roles.get(p.key, ()):
        if pos == p.start and role.end <= p.start:
            return role
    return None


_CHAIN_GLUE = re.compile(r"[\s、兼暨及和与與]+$")
_GLOSS_BEFORE = re.compile(r"[(（][^()（）]{1,40}[)）]\s*$")


def posts_named_before(art: _Article, p: Mention, lo: int) -> list[tuple[Mention, bool]]:
    """"醫院管理局主席、中信泰富前董事總經理范鴻齡" / "美國韌力(National Resilience)共同創辦人、副董事長楊育民": the
    organisations of the chain of titles right before the name (read back from it, down to ``lo``), nearest
    first, each with whether the post there is a former one (前/原 between it and its title, or ``_former``)."""
    f, pos, out = art.folded, p.start, []
    lo = max(lo, p.start - 80)
    titles = {r.end: r for r in art.titles_in(lo, p.start)}
    orgs = {o.end: o for o in art.ents.orgs_in(lo, p.start) if not o.ref}
    while pos > lo:
        if pos in titles:
            pos = titles[pos].start
            got = _org_right_before_title(art, orgs, pos, lo)
            if got is not None:
                out.append(got)
                pos = got[0].start
            continue
        glue = _CHAIN_GLUE.search(f, lo, pos)
        if glue is None or glue.start() not in titles and glue.start() not in orgs:
            break
        pos = glue.start()
    return out


def _org_right_before_title(art: _Article, orgs: dict, pos: int, lo: int) -> tuple[Mention, bool] | None:
    """The organisation a title at ``pos`` is held at, named right before it (a gloss in brackets and a former
    mark may stand between), with whether the post is a former one."""
    f = art.folded
    fm = art.rx(r"(?:<<former_marks>>)\s*$").search(f, max(lo, pos - 3), pos)
    at = _unit_start(art, orgs, fm.start() if fm else pos, lo)
    gloss = _GLOSS_BEFORE.search(f, max(lo, at - 44), at)
    at = gloss.start() if gloss and gloss.start() in orgs else at
    o = orgs.get(at)
    if o is None and gloss is not None:
        # "星金融發展(Sing Investments & Finance)執行董事": the Han name unknown, the one its gloss opens with
        o = next((q for q in orgs.values() if q.start == gloss.start() + 1), None)
    return (o, fm is not None or _former_with_its_parent(art, orgs, o, lo)) if o is not None else None


def _unit_start(art: _Article, orgs: dict, at: int, lo: int) -> int:
    """"星河會計(Galaxy CPA)東南亞稅務事業部合夥人": where the name of a unit of an organisation starts, right before
    a title ending at ``at`` (Han words ending in a unit word, [unit_ends], opening right after an organisation or its
    gloss in brackets), so the post is read as held at that organisation; ``at`` itself when there is none."""
    f, ends = art.folded, _unit_ends(art)
    if not ends or not art.lowered[max(lo, at - 4):at].endswith(ends):
        return at
    for k in range(at - 2, max(lo, at - 16) - 1, -1):
        if k in orgs or (f[k - 1:k] in (")", "）") and k - 1 > lo):
            return k
        if not _is_han(f[k - 1:k]):
            break
    return at


def _unit_ends(art) -> tuple[str, ...]:
    return tuple(fold(w).lower() for w in art.lex.grammar.get("unit_ends", ()))


def _former_with_its_parent(art: _Article, orgs: dict, o: Mention, lo: int) -> bool:
    """"前微軟(Microsoft)亞洲研究院副院長": a unit named right after its parent is as former as the parent."""
    while o is not None:
        if _former(art, o):
            return True
        gloss = _GLOSS_BEFORE.search(art.folded, max(lo, o.start - 44), o.start)
        o = orgs.get(gloss.start() if gloss and gloss.start() in orgs else o.start)
    return False


def employer_after_title(art: _Article, at: int) -> str | None:
    """"chief editor of CNA Digital", "president and CEO of Peloton Inc.", "partner at Nextech Invest": where the
    title (chain) starting at ``at`` (after "a", "an", "the") is held: the organisation named after it, else a
    capitalised name that is no person's; None when no title starts there or none is named after it."""
    at = _ARTICLE.match(art.lowered, at).end()
    chain = list(art.titles_in(at, at + 1))
    while chain:
        nxt = next(iter(art.titles_in(chain[-1].end, chain[-1].end + 8)), None)
        if nxt is None or not art.rx(r"\s*<<title_joiners>>\s*").fullmatch(art.folded[chain[-1].end:nxt.start]):
            break
        chain.append(nxt)
    end = chain[-1].end if chain else 0
    # (a closing quote the title was read with stands after the name: "president of Quorra Foods\"")
    inner = [o for o in art.ents.orgs_in(chain[-1].start + 1, end) if not o.ref and
             not art.folded[o.end:end].strip(_QUOTE_AFTER_NAME)] if chain else []
    if inner:  # ("head of brewing company Quorra Foods": a title of what is led, read with its organisation)
        return inner[-1].key
    named = _name_after_head_noun_in(art, chain[-1].start, end) if chain else None
    if named is not None:
        return named
    fm = _FUNCTION_BEFORE_AT.match(art.folded, end) if chain else None
    end = fm.end() if fm else end  # ("head of networks at Tessera": the function headed, then the employer)
    em = art.rx(r"\s+<<employer_after_title>>\s+(?:the\s+)?").match(art.lowered, end) if chain else None
    if em is None:
        return None
    # ("head of brewing company Quorra", "CEO of the lender Orbis Bank": what the company is, then its name)
    dm = art.rx(r"(?:[a-z][a-z\-]*\s+){0,2}(?:<<head_nouns>>)\s+(?=[A-Z])", 0).match(art.folded, em.end())
    em = dm or em
    bm = _BASED_IN.match(art.folded, em.end())  # ("CEO of Kenyan-based Quorra Foods": where it is based, then its name)
    em = bm or em
    o = next(iter(art.ents.orgs_in(em.end(), em.end() + 1)), None)
    if o is not None:
        return None if o.ref else o.key
    cm = _EMPLOYER_NAME.match(art.folded, em.end())
    if cm and not art.ents.persons_in(cm.start(), cm.end()) and cm.group().split()[0] not in art.lex.latin_not_name:
        return cm.group()
    return None


# "head of brewing company Kestrova": what a company is, then a capitalised name, closing a title
_HEAD_NOUN_THEN_NAME = r"(?<![\w-])(?:<<head_nouns>>)\s+([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2})$"


def _name_after_head_noun_in(art: _Article, a: int, b: int) -> str | None:
    """"head of brewing company Kestrova": the name that ends a title (in [a, b)) right after what a company is; the
    title finder read it into the title, the name finder did not know it (nor a person's name there)."""
    m = art.rx(_HEAD_NOUN_THEN_NAME, 0).search(art.folded, a, b)
    if m is None or art.ents.persons_in(m.start(1), m.end(1)) or m.group(1).split()[0] in art.lex.latin_not_name:
        return None
    return m.group(1)


def _found_as_an_org(art: _Article, name: str, a: int, b: int) -> bool:
    """Whether ``name`` is an organisation the name finder found in [a, b), or is named there right after what a
    company is ("brewing company Kestrova"), not a capitalised word that may only describe one ("of Lisbon startup")."""
    return any(o.key == name for o in art.ents.orgs_in(a, b)) or bool(
        art.rx(r"(?<![\w-])(?:<<head_nouns>>)\s+" + re.escape(name) + r"(?![\w&\-])", 0).search(art.folded, a, b))


def post_in_apposition(art: _Article, p: Mention) -> str | None:
    """"Ana Ruiz, currently the CFO of Orbis," / "Ana Ruiz, who is serving as deputy CEO of Orbis," / "Ana Ruiz, the
    CFO of Orbis,": the organisation of a post held when named, in apposition right after the name (None when no
    title of an organisation follows the comma; a former post is told by ``former_appositive``)."""
    if p.pronoun or art.lang != "en":
        return None
    m = art.rx(r",\s*(?:<<current_appositive>>)\s+").match(art.lowered, p.end)
    got = employer_after_title(art, m.end()) if m else None
    if got is None and art.folded.startswith(",", p.end):
        got = employer_after_title(art, p.end + 1 + len(art.folded[p.end + 1:p.end + 4]) -
                                   len(art.folded[p.end + 1:p.end + 4].lstrip()))
    # (an organisation found as one, not a capitalised word that may only describe it: "of Lisbon startup Okto")
    return got if got is not None and _found_as_an_org(art, got, p.end, p.end + 160) else None


def is_body_mention(art: _Article, o) -> bool:
    """"民航東北局副局長": a government body's name, right before a title of its head (orgs.toml body_titles)."""
    key = art.folded[o.start:o.end]
    return any(key.endswith(b) and art.folded.startswith(t, o.end) for b, t in art.lex.org_body_titles)


def body_of_another_head(art: _Article, o, p: Mention) -> bool:
    """"交通局局長林美珍感謝王大同出任…" / "在交通部常務次長林美珍的監交下": ``o`` is an official body named with the
    title of its head (``is_body_mention``) and, right after that title, someone other than ``p``: the body of the one
    who speaks, oversees or appoints, not where ``p`` takes a post."""
    if not is_body_mention(art, o):
        return False
    title = next((r for r in art.titles_in(o.end, o.end + 1)), None)
    if title is None:
        return False
    q = next(iter(art.ents.persons_in(title.end, title.end + 2)), None)  # (a space may stand between, no mark)
    return q is not None and not q.pronoun and q.key != p.key and not art.folded[title.end:q.start].strip()


def related_orgs(a: str | None, b: str | None) -> bool:
    """"星河科技" and "星河科技集團", "Orbis" and "Orbis Labs": one name holds the other, or two Han names open with
    the same two characters (a group and its subsidiary): the same organisation or its group."""
    if not a or not b:
        return False
    fa, fb = _folded_lower(a), _folded_lower(b)
    if fa in fb or fb in fa:
        return True
    return _is_han(fa[:1]) and _is_han(fb[:1]) and fa[:2] == fb[:2]


def is_association(art, name: str | None) -> bool:
    """Whether ``name`` ends in a word of grammar association_words: a body of members (a chamber, a guild, a clan
    association), whose post a company's head takes besides the one held at the company."""
    words = tuple(fold(w).lower() for w in art.lex.grammar.get("association_words", ()))
    return bool(name and words) and _folded_lower(name).endswith(words)


# -- someone who comes from another organisation -------------------------------------------------------------------
def is_outsider(site: Site, p: Mention) -> bool:
    """Whether person ``p`` of a trigger comes from another organisation: any of ``OUTSIDER_CUES``; only those told
    with this mention when the word itself says the post is given inside ("promoted", "晉升") or the person is said
    to be at the company already ("Moreau, who had been the company's CSO, was promoted")."""
    cues = OUTSIDER_CUES if not _said_to_be_inside(site, p) else LOCAL_OUTSIDER_CUES
    return any(cue(site, p) for cue in cues)


def _said_to_be_inside(site: Site, p: Mention) -> bool:
    art = site.art
    return site.word in art.lex.grammar.get("inside_words", ()) or \
        bool(art.rx(r"^,\s*<<inhouse_appositive>>").match(art.lowered[p.end:p.end + 40]))


def _name_clause_start(site: Site, p: Mention) -> int:
    """Where the clause of the person's name starts: the word's own clause, or, for a subject named in the clause
    before it with no event word of its own ("原本在月光金控擔任副總的林佳慧,將接掌…"), that clause (not "前X主管林佳慧已
    加盟Y,出任…": what is told before the name belongs to the first word)."""
    if p.start >= site.clause_start or site.art.triggers_in(p.end, site.clause_start):
        return site.clause_start
    return site.art._clause_start(p.start)


def former_org_before_name(site: Site, p: Mention) -> bool:
    """"延攬前銀河科技副總林佳慧" / "從銀河科技延攬林佳慧": a former or "from" organisation just before the name."""
    art, f = site.art, site.art.folded
    for o in art.ents.orgs_in(max(_name_clause_start(site, p), p.start - 20), p.start):
        if _former(art, o) or art.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start]):
            return True
    return False


def former_post_at_org_before_name(site: Site, p: Mention) -> bool:
    """"任命銀河通訊原副總裁林大明出任…" / "named Orbis' former CFO Ana Ruiz as CEO": an organisation, a former mark
    after it ([former_marks_after_org]) and the title held there, right before the name."""
    art = site.art
    return any(former_post_ends_at(art, o, p.start)
               for o in art.ents.orgs_in(max(_name_clause_start(site, p), p.start - 40), p.start))


def former_post_ends_at(art: _Article, o, end: int) -> bool:
    """Whether organisation ``o`` is followed by a former mark and a title that ends at ``end`` (a name's start)."""
    m = art.rx(r"^(?:[(（][^)）]{1,24}[)）])?(?:['’]s?)?\s*<<former_marks_after_org>>\s*").match(
        art.lowered[o.end:o.end + 40])
    if not m or art.ents.persons_in(o.end, end):
        return False
    at = o.end + m.end()
    # (the title may be read with its mark: 原副總裁)
    return any(end - 1 <= r.end <= end for r in art.titles_in(o.end, at + 1))


def former_mark_and_org_word_before_name(site: Site, p: Mention) -> bool:
    """"引入了前銀河證券投資部執行總經理林佳慧": a former mark and an organisation word before the name."""
    # (or a title held somewhere before, right before the name: "延攬前星辰電機事業群副總柯文瀚")
    art, f = site.art, site.art.folded
    for m in art.rx(r"<<former_marks>>").finditer(art.lowered, max(_name_clause_start(site, p), p.start - 20), p.start):
        seg = f[m.end():p.start]
        if not _is_han(seg[:1]) or art.ents.persons_in(m.end(), p.start) or any(c in art._relative for c in seg):
            continue
        if 2 <= len(seg) <= 16 and m.group() not in art.lex.grammar.get("inhouse_former_marks", []) and \
                any(r.end == p.start for r in art.roles_in(m.end() + 2, p.start)):
            return True
        if any(0 < seg.find(suf) <= 8 for suf in art.lex.org_han_suffixes):
            return True
    return False


def came_from_right_after_name(site: Site, p: Mention) -> bool:
    """"Ana Ruiz, previously at Orbis,": where the person came from, in apposition."""
    return bool(site.art.rx(r"^,\s*(?:who\s+)?<<came_from>>").match(site.art.lowered[p.end:p.end + 34]))


def former_employer_in_apposition(site: Site, p: Mention) -> bool:
    """"Ana Ruiz, a former Orbis banker,": a former employer in apposition that is not the one naming her."""
    return _former_employer_after(site, p)


def former_employer_said_before(site: Site, p: Mention) -> bool:
    """"approved the appointment of Ana Ruiz, former CEO of Orbis, … tapped Ruiz as CEO": the apposition was told
    with an earlier mention of the person."""
    return any(_former_employer_after(site, q) for q in site.art.ents.persons_in(0, p.start)
               if q.key == p.key and not q.pronoun)


# "Ana Ruiz, an auditor and former Quorra Bank treasurer,": what someone is now, then "and" and a post held before
_FORMER_AFTER_ANOTHER = r"^,\s*(?:a|an)\s([^,;()]{0,40}?)\s(?:and|&)\s+(?:<<former_appositive>>)\s+"


def _former_after_another(art, p: Mention):
    """The match of ``_FORMER_AFTER_ANOTHER`` right after the name (on the text from there), unless what the person is
    now is told with an organisation ("a Quorra director and former …": a post held there, not a trade)."""
    m = art.rx(_FORMER_AFTER_ANOTHER).match(art.lowered[p.end:p.end + 80])
    return None if m is None or art.ents.orgs_in(p.end + m.start(1), p.end + m.end(1)) else m


def _former_employer_after(site: Site, p: Mention) -> bool:
    art, f = site.art, site.art.folded
    fa = art.rx(r"^,\s*<<former_appositive>>\s*").match(art.lowered[p.end:p.end + 20]) or \
        _former_after_another(art, p)
    if not fa:
        return False
    here = art._org_before(site.trigger_start, site.clause_start)
    at = p.end + fa.end()
    named = [o for o in art.ents.orgs_in(at, at + 30) if not o.ref]
    if any(o.key != here for o in named):
        return True
    cap = _CAPITALISED.match(f[at:at + 30])
    if not named and cap and cap.group(1) not in art.lex.latin_not_name and not (here or "").startswith(cap.group(1)):
        return True
    held = employer_after_title(art, at)  # "Ben Tao, the former chief editor of Quorra Digital,"
    return held is not None and held != here


def came_from_said_later(site: Site, p: Mention) -> bool:
    """"Orbis appointed Ana Ruiz as CEO. Ruiz was previously at Quorra.": named again with where she came from."""
    art = site.art
    for q in art.ents.persons_in(p.end, p.end + 240):
        if q.key == p.key and art.rx(r"^\s*<<came_from>>").match(art.lowered[q.end:q.end + 30]):
            return True
    return False


def post_held_before_in_modifier(site: Site, p: Mention) -> bool:
    """"此前担任五洲传播出版社社长的陈陆军出任…": a post held before at an organisation, told in a modifier (…的)
    right before the name."""
    art, f = site.art, site.art.folded
    rel = _modifier_end(art, p)
    if rel < 0:
        return False
    for m in _post_in_modifier_marks(site, p):
        if any(not o.ref for o in art.ents.orgs_in(m.end(), rel)) or \
                any(suf in f[m.end():rel] for suf in art.lex.org_han_suffixes):
            return True
    return place_named_in_modifier(site, p) is not None


def _modifier_end(art, p: Mention) -> int:
    """Where the modifier (…的) before the name ends: right before it, or before an honour the name takes
    ("…董事經理的拿督林大明"); -1 when no modifier ends there."""
    at = p.start
    h = art.rx(r"(?:<<honours_before_name>>)+$").search(art.lowered, max(0, at - 8), at)
    if h is not None:
        at = h.start()
    return at - 1 if at >= 1 and art.folded[at - 1] in art._relative else -1


def _post_in_modifier_marks(site: Site, p: Mention) -> list:
    # (the modifier ends in 的 right before the name, so it is the name's whichever word of the sentence is read;
    # a bracket after a listed company's name, "(ORBISBK,1234,主板)", may hold commas: the modifier runs on)
    art = site.art
    return list(art.rx(r"<<came_from_role>>|<<came_from_just_before>>").finditer(
        art.lowered, max(_clause_start_outside_brackets(art, p), p.start - 60), p.start))


def _clause_start_outside_brackets(art, p: Mention) -> int:
    """The start of the name's own clause, moved back over a comma that stands inside a bracket."""
    cs = art._clause_start(p.start)
    while cs > 0:
        opened = max(art.folded.rfind("(", 0, cs), art.folded.rfind("（", 0, cs))
        closed = max(art.folded.rfind(")", 0, cs), art.folded.rfind("）", 0, cs))
        if opened <= closed or cs - opened > 40:
            return cs
        cs = art._clause_start(opened)
    return cs


def orgs_of_post_held_in_modifier(site: Site, p: Mention) -> list[str]:
    """The organisations named in the modifier of ``post_held_before_in_modifier`` (none: nothing to compare)."""
    art = site.art
    rel = _modifier_end(art, p)
    if rel < 0:
        return []
    got = [o.key for m in _post_in_modifier_marks(site, p)[-1:] for o in art.ents.orgs_in(m.end(), rel)
           if not o.ref]
    place = place_named_in_modifier(site, p) if not got else None
    return got or ([place] if place else [])


_HAN_RUN = r"[\u3400-\u9fff]"


def place_named_in_modifier(site: Site, p: Mention) -> str | None:
    """"原本在月光金擔任副總的林佳慧" / "過去曾任中光總經理的林佳慧": the place of a post held before, told in the
    modifier (…的) right before the name, that the lexicon does not know as an organisation: what stands between a
    mark of working somewhere and a word of working ([worked_at_before] … [worked_at_after], a title after it), or
    between a mark of a post held ([came_from_role]) and the title that ends the modifier."""
    art = site.art
    rel = _modifier_end(art, p)
    if rel < 0 or p.pronoun or art.lang == "en":
        return None
    lo = max(_clause_start_outside_brackets(art, p), p.start - 60)
    return first((_place_worked_at_in_modifier, _place_of_title_ending_modifier), art, lo, rel)


def _place_worked_at_in_modifier(art, lo: int, rel: int) -> str | None:
    rx = art.rx(rf"(?:<<worked_at_before>>)({_HAN_RUN}{{2,16}}?)(?:<<worked_at_after>>)")
    got = [m for m in rx.finditer(art.lowered, lo, rel) if art.titles_in(m.end(), rel)]
    return _unknown_place(art, got[-1].start(1), got[-1].end(1)) if got else None


def _place_of_title_ending_modifier(art, lo: int, rel: int) -> str | None:
    held = [r for r in art.titles_in(lo, rel) if r.end == rel]
    if not held:
        return None
    marks = list(art.rx(r"<<came_from_role>>|<<came_from_just_before>>").finditer(art.lowered, lo, held[-1].start))
    if not marks or not 2 <= held[-1].start - marks[-1].end() <= 8 or art.titles_in(marks[-1].end(), held[-1].start) \
            or art.ents.orgs_in(marks[-1].end(), held[-1].start):
        return None
    return _unknown_place(art, marks[-1].end(), held[-1].start)


def _unknown_place(art, s: int, e: int) -> str | None:
    """The Han words ``s``..``e`` as the name of a place of work: not a known organisation (its own strategies read
    it, unless it opens the name: 星河司司長辦公室), a person, the company told by its kind (該行, 公司), a unit of
    one ([unit_ends]: 研發部) nor a general word."""
    seg = art.lowered[s:e]
    if not all(_is_han(c) for c in seg) or any(o.start != s for o in art.ents.orgs_in(s, e)) or \
            art.ents.persons_in(s, e):
        return None
    bare = art.lex.grammar.get("bare_company", ())
    if seg in bare or seg[:1] in _REFERRING_FIRST or seg.endswith(_unit_ends(art)) or \
            any(g == seg for g in art.lex.org_generic):
        return None
    return art.text[s:e]


_REFERRING_FIRST = "该本其此这各"  # (該行, 本公司, 其母公司, 這家: the company told by reference, folded)


def former_employer_before_an_earlier_mention(site: Site, p: Mention) -> str | None:
    """"前《星光新聞》副總經理林佳慧宣布退休。…林佳慧將出任《晨報》社長": the former employer named right before an
    earlier mention of the person (no one else named between)."""
    art = site.art
    for q in art.ents.persons_in(0, p.start):
        if q.key != p.key or q.pronoun:
            continue
        fo = [o for o in art.ents.orgs_in(max(0, q.start - 20), q.start) if _former(art, o) or
              art.rx(r"<<former_marks>>[《「“『]$").search(art.lowered, max(0, o.start - 3), o.start)]
        if fo and not art.ents.persons_in(fo[-1].end, q.start) and not _CLAUSE_MARK.search(art.folded, fo[-1].end,
                                                                                            q.start):
            return fo[-1].key
    return None


def former_employer_named_before(site: Site, p: Mention) -> bool:
    """The outsider cue of ``former_employer_before_an_earlier_mention``."""
    return former_employer_before_an_earlier_mention(site, p) is not None


def public_office_held_when_named(site: Site, p: Mention) -> bool:
    """"Senator Ras Adiba is the new chairman of Bernama", "委任全國人大代表姚祖輝出任校董會主席", "Chan, who is permanent
    secretary for health, will take over": a public office held when named (grammar public_office_titles, before the
    name or in apposition) makes someone taking another kind of post an outsider."""
    art = site.art
    offices = art.lex.grammar.get("public_office_titles", ())
    held = title_held_before_name(art, p)
    if held is None:
        am = art.rx(r",\s*(?:who is\s+|who serves as\s+)?(?:a\s+|an\s+|the\s+)?").match(art.lowered, p.end)
        held = next(iter(art.titles_in(am.end(), am.end() + 1)), None) if am and am.end() > p.end else None
    if held is None or (held.canon or "").lower() not in offices:
        return False
    taken = [r for r in art.titles_in(site.trigger_start, site.clause_end) if r.start != held.start]
    # (or the office left open before the mark of its new holder: "星河部長由現任次長王大明接任", one office for another)
    taken += [r for r in art.titles_in(site.clause_start, held.start) if _HOLDER_MARK.search(art.folded, r.end, held.start)]
    return not any((r.canon or "").lower() in offices for r in taken)


_HOLDER_MARK = re.compile(r"由")  # ("部長將由…接任": the new holder of the title before it is named after it)


def public_office_held_before_said_later(site: Site, p: Mention) -> bool:
    """"林佳慧去年4月20日上任。…林佳慧是資深公務人員,並曾擔任銀河市政府副市長": the person named again, later, with a
    public office once held (grammar came_from_role, then a title of public_office_titles within a few characters,
    no one else named between) comes from outside a company post (README rule 1); not when the post taken is a
    public office too (a deputy mayor become mayor)."""
    art = site.art
    offices = art.lex.grammar.get("public_office_titles", ())
    if p.pronoun or not offices or any((r.canon or "").lower() in offices
                                       for r in art.titles_in(site.trigger_start, site.clause_end)):
        return False
    mark = art.rx(r"<<came_from_role>>")
    for q in art.ents.persons_in(p.end, len(art.lowered)):
        if q.key != p.key or q.pronoun:
            continue
        end = next((e for s_, e in art.sentences if s_ <= q.start < e), q.end)
        others = [o for o in art.ents.persons_in(q.end, end) if o.key != p.key]
        for m in mark.finditer(art.lowered, q.end, others[0].start if others else end):
            if any((r.canon or "").lower() in offices for r in art.titles_in(m.end(), min(end, m.end() + 14))):
                return True
    return False


def outsider_words_rx(art):
    """The words of [outsider_words] as one pattern (… a gap of a few characters), or None when there are none."""
    words = art.lex.grammar.get("outsider_words", ())
    return art.rx("(?:" + "|".join(re.escape(w).replace("…", "[^,，。;；:：]{0,12}?") for w in words) + ")") \
        if words else None


def outsider_word_with_name(site: Site, p: Mention) -> bool:
    """"原本並非基金會成員的范鴻齡空降接任主席": a word that says the person comes from outside ([outsider_words]:
    空降, 並非…成員), in the person's clause, right before their name or between it and the word."""
    art = site.art
    rx = outsider_words_rx(art)
    if rx is None or p.pronoun or art.lang == "en":
        return False
    lo = max(site.clause_start, p.start - 16)
    return rx.search(art.lowered, lo, max(p.start, site.trigger_start)) is not None and \
        not art.ents.persons_in(lo, p.start)


def former_post_named_here(site: Site, p: Mention, org: str | None) -> bool:
    """"原Gogoro台灣總經理X接任Gogoro代理執行長" / "X, the former GFA director for youth football, will take over":
    the former post told with the name was at ``org`` itself (or its group): a move inside, not an outsider."""
    if not org or p.pronoun:
        return False
    art = site.art
    before = [o.key for o in art.ents.orgs_in(max(_name_clause_start(site, p), p.start - 20), p.start)
              if _former(art, o) or former_post_ends_at(art, o, p.start)]
    if not before:  # ("先前擔任星河超商營運群副總經理的陳小明接任": the post held before, told in a modifier)
        before = orgs_of_post_held_in_modifier(site, p)
    if not before and former_employer_before_an_earlier_mention(site, p):
        before = [former_employer_before_an_earlier_mention(site, p)]  # "原Gogoro台灣總經理X" said earlier
    if before:
        return all(related_orgs(o, org) for o in before)
    fa = art.rx(r"^[,，]\s*(?:<<former_appositive>>|<<came_from>>)\s*").match(art.lowered[p.end:p.end + 30])
    if not fa:  # ("新任執行長X,之前為Gogoro台灣總經理": where they were before, said after the name)
        return _came_from_here_said_later(site, p, org)
    at = p.end + fa.end()
    named = [o for o in art.ents.orgs_in(at, at + 30) if not o.ref]
    if named:
        return all(related_orgs(o.key, org) for o in named)
    cap = _CAPITALISED.match(art.folded[at:at + 30])
    return bool(cap) and (related_orgs(cap.group(1), org) or _is_acronym_of(cap.group(1), org))


def _came_from_here_said_later(site: Site, p: Mention, org: str) -> bool:
    """"Orbis appointed Ana Ruiz as CEO. Ruiz was previously at Orbis's Asian arm.": the place ``came_from_said_later``
    finds, when named, is ``org`` itself or of its group: a move inside."""
    art = site.art
    for q in art.ents.persons_in(p.end, p.end + 240):
        cm = art.rx(r"^\s*<<came_from>>\s*").match(art.lowered[q.end:q.end + 30]) if q.key == p.key else None
        if cm:
            named = [o for o in art.ents.orgs_in(q.end + cm.end(), q.end + cm.end() + 30) if not o.ref]
            return bool(named) and named[0].start - (q.end + cm.end()) <= 4 and related_orgs(named[0].key, org)
    return False


def _is_acronym_of(short: str, org: str) -> bool:
    """"GFA" for "Football Association" (its initials, perhaps after a place's letter), "OCBC" for "OCBC Bank"."""
    initials = "".join(w[0] for w in org.split() if w[:1].isupper())
    return short.isupper() and len(initials) >= 2 and short.endswith(initials) and len(short) - len(initials) <= 1



def worked_elsewhere_in_relative_clause(site: Site, p: Mention) -> bool:
    """"Orbis named Daniel Moreau, who previously headed Quorra Foods' operations in Germany, as CEO": a relative
    clause after the name (grammar appositive_past) naming an organisation that is neither the one naming them nor
    one named after the word (README rule 1: "who was previously at", a post held elsewhere)."""
    art = site.art
    if p.pronoun or art.lang != "en" or not art.rx(_PAST_IN_RELATIVE).match(art.lowered[p.end:p.end + 90]):
        return False
    here = [art._org_before(site.trigger_start, site.clause_start)] + \
        [o.key for o in art.ents.orgs_in(site.trigger_end, site.clause_end) if not o.ref]
    got = origin_in_apposition(site, p, here[0])
    # (nor one that opens with the same word: "Orbis Labs" is of the group of "Orbis Holdings")
    return got is not None and not any(related_orgs(got, h) or got.split()[0] == h.split()[0] for h in here if h)


# "Former deputy director of the Quorra Agency, Ana Pei was picked to chair Orbis": a former post fronted before the name
_FRONTED_FORMER = r"(?:the\s+)?(?:<<former_marks>>)\s*"
_CLAUSE_OPENING = re.compile(r"[,;:]\s*")


def fronted_former_post(art, p: Mention) -> str | None:
    """"Former deputy director of the Quorra Agency, Ana Pei was picked to chair …": a former mark opening the
    sentence (or a clause of it), a title and the organisation it was held at (``employer_after_title``), then a
    comma and the name."""
    if art.lang != "en" or p.pronoun:
        return None
    i = bisect_right(art._sentence_starts, p.start) - 1
    lo = art._sentence_starts[i] if i >= 0 else 0
    starts = [lo] + [m.end() for m in _CLAUSE_OPENING.finditer(art.folded, lo, p.start)]
    for m in (art.rx(_FRONTED_FORMER).match(art.lowered, a) for a in starts):
        held = employer_after_title(art, m.end()) if m else None
        at = art.folded.rfind(held, m.end(), p.start) if held else -1
        if at >= 0 and art.rx(_APPOSED_NAME, 0).fullmatch(art.lowered, at + len(held), p.start):
            return held
    return None


_APPOSED_NAME = r"\s*,\s*(?:<<honorifics_before_name>>\s+)?"


def former_post_fronted_before_name(site: Site, p: Mention) -> bool:
    """The outsider cue of ``fronted_former_post``."""
    return fronted_former_post(site.art, p) is not None


OUTSIDER_CUES = (former_org_before_name, former_mark_and_org_word_before_name, former_post_at_org_before_name, came_from_right_after_name,
                 former_employer_in_apposition, came_from_said_later, post_held_before_in_modifier,
                 former_employer_said_before, public_office_held_when_named, former_employer_named_before,
                 outsider_word_with_name, worked_elsewhere_in_relative_clause, public_office_held_before_said_later,
                 former_post_fronted_before_name)
# The cues told with the mention itself (not with another mention of the person).
LOCAL_OUTSIDER_CUES = (former_org_before_name, former_mark_and_org_word_before_name, former_post_at_org_before_name, came_from_right_after_name,
                       former_employer_in_apposition, post_held_before_in_modifier, public_office_held_when_named,
                       outsider_word_with_name, worked_elsewhere_in_relative_clause, former_post_fronted_before_name)


# -- where a person came from ----------------------------------------------------------------------------------------
def came_from(site: Site, p: Mention, org: str | None) -> str | None:
    """Where person ``p`` worked before, said after the name (other than ``org``): the first of ``ORIGIN_STRATEGIES``
    that answers."""
    return first(ORIGIN_STRATEGIES, site, p, org)


def _first_other(site: Site, org: str | None, a: int, b: int) -> str | None:
    """The first organisation named in [a, b) other than ``org``; or a capitalised name after "at"."""
    art = site.art
    for o in art.ents.orgs_in(a, b):
        if o.key != org and not o.ref and not (org and (o.key in org or org in o.key)):
            return o.key
    # "…who previously led protein design at Quorra,": a capitalised name after "at" is where they worked
    m = art.rx(r"(?<![a-z])<<at_marks>>\s+([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3})", 0).search(
        art.folded, a, b)
    if m and not art.ents.persons_in(m.start(1), m.end(1)) and \
            not any(w in art.lex.latin_not_name for w in m.group(1).split()) and m.group(1) != org:
        return m.group(1)
    return None


# "A, who previously headed design at Quorra," / "A, a chemist who formerly ran discovery at Quorra,": a relative
# clause right after the name telling where someone worked before (grammar appositive_past)
_PAST_IN_RELATIVE = r"^,\s*(?:(?:a|an|the)\s[^,;]{0,50}?)?<<appositive_past>>\s"


def origin_in_apposition(site: Site, p: Mention, org: str | None) -> str | None:
    """"Ana Ruiz, a former vice president of sales at Orbis,": the employer in the apposition after the name."""
    # (also "Ana Ruiz, previously at Orbis,", "Ana Ruiz, a chemist who previously ran discovery at Orbis," and "Ana
    # Ruiz, an auditor and former Orbis treasurer,")
    art, low = site.art, site.art.lowered
    fa = art.rx(r"^,\s*(?:<<former_appositive>>|(?:who\s+)?<<came_from>>)\s*").match(low[p.end:p.end + 34]) or \
        art.rx(_PAST_IN_RELATIVE).match(low[p.end:p.end + 90]) or _former_after_another(art, p)
    if not fa:
        return None
    at = p.end + fa.end()
    stop = low.find(",", at, at + 80)
    held = employer_after_title(site.art, at)  # "Ben Tao, the former chief editor of Quorra Digital,"
    return _first_other(site, org, at, stop if stop >= 0 else min(site.sentence_end, at + 60)) or \
        (held if held != org else None)


def origin_said_later(site: Site, p: Mention, org: str | None,
                      marks: str = r"<<came_from>>|<<came_from_role>>") -> str | None:
    """"Orbis hired Ana Ruiz. Ruiz was previously at Quorra.": where they came from, said when named again (after
    one of ``marks``)."""
    art = site.art
    # (an age may stand between: "Ana Ruiz, 75, is currently the Quorra Party … chairperson")
    mark = art.rx(r"^\s*(?:,\s*\d{2}\s*,\s*)?(?:" + marks + r")\s*")
    for qs, qe in _named_again(art, p):
        m = mark.match(art.lowered[qe:qe + 36])
        found = m and _origin_after_mark(art, qs, qe + m.end(), org)
        if found:
            return found
    return None


# How far after a mention a later one may tell where the person came from: English news often gives the career a
# paragraph after the appointment ("Orbis named Ana Ruiz CEO … [a paragraph on the company] … Ruiz was most recently
# CFO of Quorra")
_NAMED_AGAIN_REACH = {"en": 1000}


def _named_again(art, p: Mention) -> list[tuple[int, int]]:
    """Where the person is named again soon after (400 characters; 1000 in English), in order; a Han family name with
    a courtesy title stands for the person ("林博士此前擔任銀河科技研發負責人") when nobody else was named in between."""
    reach = _NAMED_AGAIN_REACH.get(art.lang, 400)
    later = [(q.start, q.end) for q in art.ents.persons_in(p.end, min(len(art.lowered), p.end + reach))
             if q.key == p.key]
    sur = art.text[p.start]
    if _is_han(sur):
        for hon in art.lex.grammar.get("person_titles", []):
            i = art.folded.find(sur + hon, p.end, p.end + 300)
            if i >= 0 and not [q for q in art.ents.persons_in(p.end, i) if q.key != p.key and not q.pronoun]:
                later.append((i, i + 1 + len(hon)))
    return sorted(later)


def _origin_after_mark(art, qs: int, at: int, org: str | None) -> str | None:
    """The organisation told right after "was previously at" (``at``), unless it is ``org`` or of its group."""
    nxt = [b for b in art._clause_breaks if b > at]
    after = [o for o in art.ents.orgs_in(qs, at + 25) if o.end > at and not o.ref]
    if after and related_orgs(after[0].key, org) and after[0].start - at <= 2 and \
            (not nxt or after[0].start < nxt[0]):
        return None  # "陳志遠現任星河研發總監": the post told is at the same organisation (or its group)
    shaped = None if after and after[0].start - at <= 2 else _han_org_shaped_at(art, at)
    if shaped is not None and not related_orgs(shaped, org):
        return shaped  # (a name right after the mark, before any the lexicon knows)
    held = employer_after_title(art, at) if art.lang == "en" else None
    if held is not None and any(o.key == held and not o.ref for o in art.ents.orgs_in(at, at + 120)):
        # ("She was most recently treasurer at Quorra Capital": the title, then where it was held)
        return None if related_orgs(held, org) else held
    return next((o.key for o in after if o.key != org and not (org and (o.key in org or org in o.key))), None)


def _han_org_shaped_at(art, at: int) -> str | None:
    """"賀以禮現為太古可口可樂有限公司行政總裁" / "他此前为星展集团控股以及新加坡航空董事长": a Han name the lexicon
    does not know, starting at ``at`` and ending in organisation words (公司, 集团控股…), with a title later in its
    clause: the organisation of the post told there."""
    f = art.folded
    nxt = [b for b in art._clause_breaks if b > at]
    end = min(nxt[0] if nxt else len(f), at + 40)
    seg = f[at:min(end, at + 20)]
    run = 0
    while run < len(seg) and _is_han(seg[run]):
        run += 1
    seg = seg[:run]
    best = -1
    for suf in art.lex.org_han_suffixes:
        i = seg.find(suf, 2)
        if 2 <= i and (best < 0 or i + len(suf) < best):
            best = i + len(suf)
    if best < 0:
        return None
    more = True
    while more:  # "星展集团" + "控股": organisation words that follow one another belong to one name
        more = False
        for suf in art.lex.org_han_suffixes:
            if seg.startswith(suf, best):
                best += len(suf)
                more = True
                break
    name = seg[:best]
    if any(g == name or name.startswith(g) for g in art.lex.org_generic if len(g) >= 2) or \
            art.ents.persons_in(at, at + best) or not art.titles_in(at + best, end):
        return None
    return art.text[at:at + best]


def post_just_before_said_later(site: Site, p: Mention, org: str | None) -> str | None:
    """"星河科技委任林佳慧為總裁。林佳慧此前任銀河科技副總裁": the post held just before, at another organisation, said
    when named again (not any post once held: 曾任)."""
    return origin_said_later(site, p, org, r"<<came_from>>|<<came_from_just_before>>")


def origin_said_before(site: Site, p: Mention, org: str | None) -> str | None:
    """"approved the appointment of Ana Ruiz, former CEO of Quorra, … tapped Ruiz as CEO": the employer in the
    apposition of an earlier mention of the person."""
    for q in site.art.ents.persons_in(0, p.start):
        if q.key == p.key and not q.pronoun:
            got = origin_in_apposition(site, q, org)
            if got:
                return got
    return None


def origin_named_before_an_earlier_mention(site: Site, p: Mention, org: str | None) -> str | None:
    """"前《星光新聞》副總經理林佳慧…林佳慧將出任《晨報》社長": ``former_employer_before_an_earlier_mention``."""
    got = former_employer_before_an_earlier_mention(site, p)
    return got if got != org else None


def origin_right_after_from(site: Site, p: Mention, org: str | None) -> str | None:
    """"Orbis hired Ana Ruiz from Quorra as CEO": an organisation named right after "from" that follows the name of
    the one hired (not a date: "from 1 December" names none)."""
    art = site.art
    m = art.rx(r"^,?\s*(?:<<taken_from_marks>>)\s+").match(art.lowered[p.end:p.end + 24])
    if m is None:
        return None
    at = p.end + m.end()
    named = [o for o in art.ents.orgs_in(at, at + 60) if o.start == at and not o.ref]
    return named[0].key if named and named[0].key != org else None


def origin_after_the_org_joined(site: Site, p: Mention, org: str | None) -> str | None:
    """"Ana Ruiz has joined Orbis from Quorra" / "…joined Orbis as a partner from Quorra": an organisation named
    right after "from" that follows the organisation joined, right after the word (and the post taken there)."""
    art = site.art
    joined = [o for o in art.ents.orgs_in(site.trigger_end, site.clause_end) if o.key == org and not o.ref]
    if org is None or not joined or joined[0].start - site.trigger_end > 5:
        return None
    e = joined[0].end
    m = art.rx(r"^(?:\s+as\s+[^,;.()]{1,60}?)?,?\s+(?:<<taken_from_marks>>)\s+").match(art.lowered[e:e + 90])
    if m is None:
        return None
    at = e + m.end()
    named = [o for o in art.ents.orgs_in(at, at + 60) if o.start == at and not o.ref]
    return named[0].key if named and not related_orgs(named[0].key, org) else None


# "Ruiz spent 12 years at Quorra" / "Vail previously spent three decades in leadership roles at Quorra, Tellis …":
# the time a person spent at another organisation, told when named again (grammar years_spent_marks, then a count)
_YEARS_SPENT = r"^\s*(?:,\s*\d{2}\s*,\s*)?(?:<<years_spent_marks>>)\s+(?:<<about_marks>>\s+)?[\w\-]+\s+(?:years?|decades?)\b" \
    r"[^.;]{0,60}?\b(?:<<at_marks>>)\s+"


def years_spent_elsewhere_said_later(site: Site, p: Mention, org: str | None) -> str | None:
    """"Orbis appointed Ana Ruiz as COO. Ruiz spent 30 years in leadership roles at Quorra Foods": named again with
    the years spent at another organisation, the first one named there (README rule 1: an outsider)."""
    art = site.art
    if art.lang != "en":
        return None
    rx = art.rx(_YEARS_SPENT)
    for q in art.ents.persons_in(p.end, min(len(art.lowered), p.end + 2000)):
        m = rx.match(art.lowered[q.end:q.end + 130]) if q.key == p.key else None
        if m is None:
            continue
        at = q.end + m.end()
        named = [o.key for o in art.ents.orgs_in(at, at + 2) if not o.ref]
        cap = _EMPLOYER_NAME.match(art.folded, at)  # ("spent 37 years at Gold Fields": a capitalised name after "at")
        got = named[0] if named else cap.group() if cap and cap.group().split()[0] not in art.lex.latin_not_name else None
        # (not a line of a career that goes on to a move: "spent ten years at Quorra before joining Orbis")
        end = next((e for s_, e in art.sentences if s_ <= q.start < e), q.end)
        if got is None or art.triggers_in(q.end, end):
            return None
        return None if related_orgs(got, org) else got
    return None


ORIGIN_STRATEGIES = (origin_in_apposition, origin_right_after_from, origin_after_the_org_joined, origin_said_later, origin_said_before,
                     origin_named_before_an_earlier_mention, years_spent_elsewhere_said_later)


def _org_by_shape_before(art, cs, ts):
    """An unknown organisation ending in an organisation word before ``ts``: "…由A、B共同創立" after "深空科技於…"."""
    f = art.folded
    stop = art.ents._not_in_org
    for suf in art.lex.org_han_suffixes:
        i = f.rfind(suf, cs, ts)
        if i >= 0:
            lo = max([cs] + [b for _, b in art.triggers_in(max(cs, i - 12), i) if b <= i])  # (not "領投星途科技")
            s = i
            while s > lo and _is_han(f[s - 1]) and f[s - 1] not in stop and i - s < 6:
                s -= 1
            s = _past_a_joining_char(art, lo, s)
            opened = _opening_joining_char(art, lo, s, i)
            s -= opened
            while not opened and s < i and f[s] in art.ents._not_first_in_org:
                s += 1  # "此前該公司": not a name
            residue = f[s:i]
            if len(residue) >= 2 and not any(g in residue for g in art.lex.org_generic if len(g) >= 2) and \
                    not _SUM_OR_ROUND.search(residue) and f[s:i + len(suf)] not in art.lex.org_generic_set and \
                    not _a_description_before_a_name(art, i + len(suf), ts):
                return art.text[s:i + len(suf)], s
    return None, -1


def _past_a_joining_char(art, lo: int, s: int) -> int:
    """"臻和科技完成…" / "…服務企業臻和科技宣布": a name cut at a joining character (和, 與, 及: [chars] not_in_org) with
    one Han character before it, and nothing that could be a name before that, holds both: one character joins
    no list of names."""
    f = art.folded
    if s - 2 < lo or f[s - 1] not in art.lex.grammar.get("joining_chars", ()) or not _is_han(f[s - 2]) or \
            f[s - 2] in art.ents._not_in_org:
        return s
    k = s - 2
    if k == lo or not _is_han(f[k - 1]) or f[k - 1] in art.ents._not_in_org or \
            art.rx(r"<<head_nouns>>$").search(art.lowered, max(lo, k - 6), k):
        return k
    return s


def _opening_joining_char(art, lo: int, s: int, i: int) -> int:
    """";和嶺生物完成3億元C輪融資": a joining character (和, 與, 及) that opens the clause, one Han character between it
    and the organisation word at ``i``, begins the name (1; else 0): no list opens with "and", and one character
    before an organisation word is no name."""
    f = art.folded
    if i - s != 1 or s < 1 or f[s - 1] not in art.lex.grammar.get("joining_chars", ()):
        return 0
    k = s - 1
    while k > lo and f[k - 1] in " \t":
        k -= 1
    return 1 if k == lo or f[k - 1] in CLAUSE_OPENERS else 0



def _a_description_before_a_name(art, e: int, ts: int) -> bool:
    """"具身智能公司瀾汐完成…" / "儲能獨角獸瀾汐獲…": a shape ending at ``e`` that a word saying what a company is
    follows, with a name of two characters or more after it before ``ts``, is what the company is, not its name; so is
    one that ends in such a word with a name in capitals glued after it ("空間計算公司ORBEX完成…")."""
    if _a_latin_name_glued_after_a_head_noun(art, e, ts):
        return True
    m = art.rx(r"<<head_nouns>>").match(art.lowered, e, ts)
    nxt = art.folded[m.end():m.end() + 2] if m is not None else ""
    return len(nxt) == 2 and m.end() + 2 <= ts and (all(_is_han(c) for c in nxt) or nxt[0].isupper()) and \
        not art.ents.ender_len(m.end())


def _a_latin_name_glued_after_a_head_noun(art, e: int, ts: int) -> bool:
    """The Han shape ending at ``e`` ends in a word saying what a company is (公司, 品牌) and a Latin name of two letters
    or more, opening with a capital, stands right after it before ``ts``: the shape says what that company is. (Not
    a title glued to its company: "星澄公司CEO".)"""
    m = art.rx(r"(?:<<head_nouns>>)$").search(art.lowered, max(0, e - 6), e)
    n = _GLUED_LATIN_NAME.match(art.folded, e, ts)
    return m is not None and n is not None and _is_han(art.folded[e - 1]) and \
        n.group() not in art.lex.latin_acronyms_not_org and not any(r.start <= e < r.end for r in art.roles)


_GLUED_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9]+(?![A-Za-z0-9])")


# "加碼15億元投資協和新藥", "數千萬元天使輪投資": a sum or a round before the word is no part of a name
_SUM_OR_ROUND = re.compile(r"[十百千万亿]元|[美港日欧]元|轮")


_APPOSITION_DASHES = "—–─"
_COLUMN_TAG = re.compile(r"[【\[][^】\]\n]{1,8}[】\]]\s*")


def _opening_name(art: _Article, cs: int, lim: int, first_ok: str = "") -> str | None:
    """"深空引擎完成3億元A輪融資": a short Han name that is all there is between the clause start and the verb (its first
    character not one that opens no name, but for those in ``first_ok``)."""
    f = art.folded
    a = cs
    while a < lim and (f[a].isspace() or f[a] in _APPOSITION_DASHES):
        a += 1  # ("首家醫生平台——杏嵐園宣布…": a dash after what the company is opens its name)
    tag = _COLUMN_TAG.match(f, a, lim)
    a = tag.end() if tag else a  # ("【融資】雲杉棲獲1億元…": a column's label in brackets opens the headline)
    m = art.rx(r"(?:<<manner_before_received>>)\s*$").search(f, a, lim)
    lim = m.start() if m else lim  # ("瀾汐順利完成…", "…,便成功完成": how it was received is no part of a name)
    name = f[a:lim]
    if 2 <= len(name) <= 6 and all(_is_han(c) and c not in art.ents._not_in_org for c in name) and \
            (name[0] not in art.ents._not_first_in_org or name[0] in first_ok) and name not in art.lex.org_generic_set and \
            not art.ents.persons_in(a, lim) and not any(r.start < lim and a < r.end for r in art.roles) and \
            not art.has(art.lex.hedges, a, lim) and not art.triggers_in(a, lim) and \
            not art.rx(r"<<bare_company>>").match(art.lowered, a) and not art.has(art.lex.name_enders, a + 1, lim) \
            and art.ents.ender_len(a) < 2:
        return art.text[a:lim]  # not "公司上周宣布", "年初获得": a reference, a time word or a verb is no part of a name
    return None


_OPENING_QUOTES, _CLOSING_QUOTES = "「“『\"", "」”』\""


# "QUORVO途瀾", "Quorra星匯": a Latin-lettered name glued to a short Chinese one
_LATIN_THEN_HAN = re.compile(r"([A-Za-z][A-Za-z0-9&\-]*[A-Za-z0-9])([\u4e00-\u9fff]{2,4})")


def _latin_glued_to_han_name(art: _Article, a: int, e: int) -> str | None:
    """"QUORVO途瀾完成…" / "旅遊平台QUORVO途瀾成立於…": a Latin-lettered name glued to a short Han one, all there is in
    [a, e), is one company's two names written as one; none when the Han part says what it is (公司, 平台: [grammar]
    head_nouns, [orgs] generic), is a title, a time word or a verb, ends in an adverb ("Nuvexa剛剛完成": [grammar]
    adverbs_before_verb), or the Latin part names nothing."""
    m = _LATIN_THEN_HAN.fullmatch(art.folded, a, e)
    if m is None:
        return None
    h, latin, han = m.start(2), m.group(1), m.group(2)
    if latin.lower() in art.lex.latin_not_name or latin in art.lex.latin_not_name or \
            latin in art.lex.latin_acronyms_not_org or latin.lower() in art.lex.org_generic_set:
        return None
    if han in art.lex.org_generic_set or art.rx(r"<<head_nouns>>").search(art.lowered, h, e) or \
            any(c in art.ents._not_in_org for c in han) or han[0] in art.ents._not_first_in_org or \
            art.ents.ender_len(h) or art.has(art.lex.name_enders, h, e) or art.ents.persons_in(a, e) or \
            art.rx(r"(?:<<adverbs_before_verb>>)$").search(art.folded, h, e) or \
            art.triggers_in(a, e) or any(r.start < e and a < r.end for r in art.roles):
        return None
    return art.text[a:e]


def _before_time_words_and_dates(art: _Article, cs: int, e: int) -> int:
    """Where a name before ``e`` ends: before the time words ("日前", "今日(8月8日)") and dates ("7月") that follow it;
    never before ``cs`` (a date read across ``cs``, as in "RAISED㐀0億元", leaves no name rather than a negative span)."""
    for _ in range(3):
        e = max(cs, _before_time_words(art.ents, e))
        while e > cs and art.folded[e - 1].isspace():
            e -= 1
        dated = [d for d in art.dates_for(cs, e) if d[1] >= e]
        if not dated:
            return e
        e = max(cs, dated[0][0])
    return e


def _after_what_it_is(art: _Article, cs: int, e: int) -> int:
    """Where a name ending at ``e`` starts: after the last word saying what the company is ("初創企業", "服務商"), a
    modifier ending in 的 ("成立僅3個月的") or an opening quote, whichever is last; else the clause start."""
    f, a = art.folded, cs
    for m in art.rx(r"<<head_nouns>>").finditer(art.lowered, cs, e):
        if m.end() <= e - 2:
            a = max(a, m.end())
    for i in range(e - 3, cs - 1, -1):
        if f[i] in art._relative or f[i] in _OPENING_QUOTES:
            return max(a, i + 1)
    return a


def _former(art: _Article, o) -> bool:
    """"前銀河科技工程師", "former Orbis researcher": an organisation someone used to work at."""
    if o is None:
        return False
    if art.rx(r"<<former_marks>>\s*$").search(art.lowered[max(0, o.start - 7):o.start]):
        return True
    # "任命曾在Arm任職2年的高管克奇奇安": where someone once worked, told in a clause about them
    if art.rx(r"<<worked_at_before>>\s*$").search(art.lowered[max(0, o.start - 5):o.start]) and \
            art.rx(r"^\s*<<worked_at_after>>").match(art.lowered[o.end:o.end + 5]):
        return True
    # "星河電子出身的林佳慧": where someone came up, the mark right after the organisation
    if art.rx(r"^<<former_marks_after_org_name>>的").match(art.lowered[o.end:o.end + 4]):
        return True
    # "由銀河科技調任的林佳慧" / "從銀河科技轉任": from an organisation, with a word of moving from it
    if art.rx(r"(?:<<from_marks>>|由)\s*$").search(art.lowered[max(0, o.start - 2):o.start]) and \
            art.rx(r"^\s*<<moved_from_after>>").match(art.lowered[o.end:o.end + 5]):
        return True
    # "前銀河銀行(Galaxy Bank)": a span read with its mark in it, the name it stands for without
    m = art.rx(r"^<<former_marks>>").match(art.lowered[o.start:o.end])
    if m and not _folded_lower(o.key).startswith(m.group(0)):
        return True
    # "前星途汽车(Startrail)": the gloss in brackets is as former as the name it glosses
    if o.start > 0 and art.folded[o.start - 1] in "(（":
        prev = [q for q in art.ents.orgs_in(max(0, o.start - 40), o.start - 1) if q.end == o.start - 1 and q.key == o.key]
        return bool(prev) and _former(art, prev[-1])
    return False


def _affiliation(art: _Article, person: str, pos: int) -> str | None:
    items = [o for p, o in art.affiliation.get(person, []) if p <= pos]
    return items[-1] if items else None


# -- the organisation a person leaves ---------------------------------------------------------------------------------
def departure_org(site: Site, p: Mention) -> tuple[str | None, bool]:
    """The organisation person ``p`` leaves, and whether the text names it with the departure (explicit) or it is
    only where the article last put them: the first of ``DEPARTURE_ORG_STRATEGIES`` that answers. After a word
    for a move ("轉戰", direction "moves") the organisation after it is where they went, so only what comes before
    the word is read."""
    if site.rule.direction == "moves":
        ts = site.trigger_start
        site = replace(site, rule=_NO_DIRECTION, trigger_end=ts, clause_end=ts)
    return first(DEPARTURE_ORG_STRATEGIES, site, p)


_NO_DIRECTION = TriggerRule(type="departure", direction="none")


def _after_skipped_words(site: Site) -> int:
    """Where the text after the word starts, past the words a trigger may be followed by ("from", "了")."""
    skip = site.art.rx(_SKIP_AFTER).match(site.art.folded[site.trigger_end:site.clause_end])
    return site.trigger_end + (skip.end() if skip else 0)


def org_right_after_word(site: Site, p: Mention):
    """"left Brightline" / "離開星河智能" / "resigned from Orbis": the organisation named right after the word."""
    at = _after_skipped_words(site)
    o = next(iter(site.art.ents.orgs_in(at, min(site.clause_end, at + 2))), None)
    return (o.key, True) if o is not None and not o.ref else None


def known_org_by_its_first_words(site: Site, p: Mention):
    """"Ana Ruiz left Orbis" where the article names "Orbis Labs Inc.": the known organisation it opens."""
    art = site.art
    if site.rule.direction not in ("subject", "moves"):
        return None
    at = _after_skipped_words(site)
    f = art.folded
    sm = _LATIN_NAME_AHEAD.match(f[at:site.clause_end])
    if sm and f[site.trigger_end:at].strip().lower() in ("", "from") and sm.group(1) not in art.lex.latin_not_name \
            and sm.group(1) not in art.ents.people.keys:
        name = sm.group(1)
        for k, c in art.ents.orgs.keys.items():
            if k.startswith(name):
                return c, True
    return None


def org_left_from(site: Site, p: Mention):
    """"從星河智能離職": the organisation after "from", before the word in its clause."""
    art, f, cs = site.art, site.art.folded, site.clause_start
    orgs_b = [o for o in art.ents.orgs_in(*site.before) if o.end <= site.trigger_start]
    if orgs_b and art.rx(r"<<from_marks>>\s*$").search(f[max(cs, orgs_b[-1].start - 3):orgs_b[-1].start]):
        return orgs_b[-1].key, True
    return None


def org_of_the_persons_title(site: Site, p: Mention):
    """"Brightline CFO Ana Ruiz resigned": the organisation named with the title the person holds."""
    role = site.art.role_for(p.key, p.start, None)
    return (role.org, True) if role is not None and role.org and role.start <= p.start else None


def org_named_before_person(site: Site, p: Mention):
    """"星河智能旗下研究院負責人林佳慧離職": the last organisation named before the person in the clause."""
    ob = site.art._org_before(p.start, site.clause_start)
    return (ob, True) if ob else None


def company_referred_to_after_word(site: Site, p: Mention):
    """"Ana Ruiz left the company" / "離開公司": the company a reference right after the word stands for."""
    art = site.art
    at = _after_skipped_words(site)
    o = next(iter(art.ents.orgs_in(at, min(site.clause_end, at + 2))), None)
    ref_after = o.key if o is not None else None  # (a name that is no reference answered before)
    if ref_after is None and art.rx(r"<<bare_company>>").match(art.lowered[at:at + 12]):
        ref_after = art.ents.company_meant(at)
    return (ref_after, True) if ref_after else None


def org_between_person_and_word(site: Site, p: Mention):
    """"林佳慧加入星河科技已有28年,退休後…": the organisation between a person named before and the word."""
    # (a person named before the word's clause, or a pronoun; not when a hire word comes after the organisation)
    art, ts = site.art, site.trigger_start
    if not (p.pronoun or p.start < site.clause_start):
        return None
    ob = [o for o in art.ents.orgs_in(p.end, ts)]
    if ob and not any(any(r.type == "hire" for r in art.lex.triggers.get(art.lowered[t[0]:t[1]], []))
                      for t in art.triggers_in(ob[-1].end, ts)):
        return ob[-1].key, True
    return None


def where_the_article_last_put_them(site: Site, p: Mention):
    """"Orbis hired Ana Ruiz in 2019. … Ruiz resigned on Monday": the organisation the article last placed her at."""
    aff = _affiliation(site.art, p.key, site.trigger_start)
    return (aff, False) if aff else None


def post_taken_by_the_successor(site: Site, p: Mention):
    """"黃美珠出任星河事務局常任秘書長,接替下月退休的林小慧" / "Orbis named Ana Ruiz its CEO, replacing Ben
    Tao": someone named after a word of taking their place (a succession word, or this word when it acts on them)
    leaves the organisation of the post taken before it in the sentence: the last one named there with a title right
    after it, neither a former one nor the post someone is named with ("現任商務局常任秘書長黃美珠"; not one only told
    of the successor: "Ana Ruiz, deputy head at Orbis, will replace Ben Tao")."""
    art, ss = site.art, site.sentence_start
    w = None if p.pronoun else _succession_word_before(site, p)
    if w is None:
        return None
    taken = [o for o in art.ents.orgs_in(ss, w) if o.end <= w and not _former(art, o) and _names_a_post_taken(art, o)]
    return (taken[-1].key, True) if taken else None


def _succession_word_before(site: Site, p: Mention) -> int | None:
    """Where the word that puts someone in ``p``'s place starts, with no one else named between it and ``p``: this
    word when it acts on ``p`` after it ("replacing Ben Tao"), else a succession word before ``p`` in its sentence."""
    art = site.art
    if site.rule.direction == "object" and site.trigger_end <= p.start:
        cands = [site.trigger_start]
    else:
        cands = [a for a, b in art.triggers_in(site.sentence_start, p.start) if b <= p.start and
                 any(r.succession for r in art.lex.triggers.get(art.lowered[a:b], []))]
    if not cands or art.ents.persons_in(cands[-1], p.start):
        return None
    return cands[-1]


def _names_a_post_taken(art, o) -> bool:
    """"出任星河事務局常任秘書長," / "as its new CEO,": ``o`` is followed by a title, with no person right after it
    (not "商務局常任秘書長黃美珠": the post someone holds)."""
    title = next(iter(art.titles_in(o.end, o.end + 5)), None)
    return title is not None and not any(not art.folded[title.end:q.start].strip()
                                         for q in art.ents.persons_in(title.end, title.end + 2))


def org_opening_the_sentence(site: Site, p: Mention):
    """"雲嶺銀行近年高管變動頻繁,比如周明2019年上任董事長,2021年3月離職": the organisation that opens the sentence,
    no other named between it and the person."""
    art, ss = site.art, site.sentence_start
    named = [o for o in art.ents.orgs_in(ss, p.start) if not o.ref]
    if named and named[0].start - ss <= 4 and all(o.key == named[0].key for o in named) and not _former(art, named[0]):
        return named[0].key, False
    return None


def company_of_the_story(site: Site, p: Mention):
    """"Ana Ruiz resigned": the company the story is about (None when it is about none)."""
    return site.art.ents.company_meant(site.trigger_start), False


DEPARTURE_ORG_STRATEGIES = (org_right_after_word, known_org_by_its_first_words, org_left_from,
                            org_of_the_persons_title, org_named_before_person, company_referred_to_after_word,
                            org_between_person_and_word, post_taken_by_the_successor, where_the_article_last_put_them,
                            org_opening_the_sentence,
                            company_of_the_story)


def it_subject(site: Site) -> str | None:
    """"In March, it secured $12 million" / "Quorra, founded last year by Ana Ruiz, said that it had raised $15
    million": "it" as the subject of a funding or hire word is the organisation that said so in this sentence, else
    the company the story is about."""
    art, ss = site.art, site.sentence_start
    m = art.rx(r"(?<![a-z])<<it_subject>>\s*$").search(art.lowered, max(site.clause_start, site.trigger_start - 16),
                                                           site.trigger_start)
    if not m:
        return None
    sp = art.matches(art.lex.speech_verbs, ss, m.start())
    if not sp:
        return art.ents.company_meant(m.start())
    said = [o for o in art.ents.orgs_in(ss, sp[0][0]) if not o.ref and not _former(art, o)]
    if said and not art.ents.persons_in(said[0].end, sp[0][0]):
        return said[0].key
    # "London-based Quorra, founded last year by…, said": the name that opens the sentence before its comma
    lm = _OPENING_LATIN.match(art.folded, ss, sp[0][0])
    if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
            not any(w in art.lex.latin_not_name for w in lm.group(1).split()):
        return art.text[lm.start(1):lm.end(1)]
    return None  # someone else said it: whoever "it" is, not surely the company of the story


def the_one_company_just_named(art, si: int) -> str | None:
    """The organisation "it" means: the only one named in the sentence before (else none: two could be meant)."""
    if si == 0:
        return None
    keys = {o.key for o in art.ents.orgs_in(*art.sentences[si - 1]) if not o.ref}
    return keys.pop() if len(keys) == 1 else None
