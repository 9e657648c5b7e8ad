"""Which organisation an event is about: the one named after or before the trigger, one the lexicon does not know but
whose shape gives it away, the company the story is about; and where a person came from.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from talentdb.extract.entities import Mention, _is_han
from talentdb.extract.lexicon import TriggerRule
from talentdb.extract.text import fold

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_SKIP_AFTER = r"^(?:\s|<<skip_after_trigger>>)*"
_OPENING_LATIN = re.compile(r"\s*(?:[A-Z][A-Za-z]+-based\s+)?([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3}),")
_COMMA_GAP = re.compile(r"\s*[,，(（]\s*$")
_POSSESSIVE_S = re.compile(r"^'s\b")
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&.\-]*(?:[ ][A-Z][A-Za-z0-9&.\-]*){0,3})")
_NAME_STOP = re.compile(r"[,;:。!?()\s]")
_CAPITALISED = re.compile(r"([A-Z][A-Za-z0-9&\-]+)")
_LATIN_NAME_AHEAD = re.compile(r"\s*([A-Z][A-Za-z0-9&]+(?: [A-Z][A-Za-z0-9&]+)?)")


@lru_cache(maxsize=4096)
def _folded_lower(s: str) -> str:
    return fold(s).lower()


def _fix_org(name):
    from talentdb.extract.validate import fix_org

    return fix_org(name)


def _org_after(art: _Article, te: int, ce: int, allow_shape: bool = True) -> tuple[str | None, int]:
    """The organisation a trigger points to: the first named after it (skipping "X的" possessives)."""
    f = art.folded
    orgs = [o for o in art.ents.orgs_in(te, ce)]
    if orgs and orgs[0].ref and orgs[0].start - te <= 2:
        named = [o for o in art.ents.orgs_in(orgs[0].end, orgs[0].end + 4) if not o.ref]
        if named and _COMMA_GAP.match(f[orgs[0].end:named[0].start]):
            return named[0].key, named[0].start  # "co-founded the new company, Lanternfall Games,": the name given
        return orgs[0].key, orgs[0].start  # "co-founded the company": the reference as resolved (the one founded)
    if art.lex.rx(r"(?:<<skip_after_trigger>>)?<<bare_company>>").match(art.lowered[te:te + 16].lstrip()):
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
    return _org_by_shape(art, te, ce)


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


def _org_by_shape(art: _Article, te: int, ce: int) -> tuple[str | None, int]:
    """An organisation the lexicon does not know, named right after a founding/funding/hire trigger."""
    f = art.folded
    seg = f[te:ce]
    lex = art.lex
    # Latin name: "公司Safe Superintelligence", "a startup called Quillon Bio"
    m = _LATIN_NAME.search(seg)
    if m:
        name = m.group(1).rstrip(".")
        words = [w for w in name.split() if w not in lex.latin_not_name or w in lex.org_latin_suffixes]
        if len(words) == 1 and (len(words[0]) < 3 or words[0] in lex.latin_org_words or words[0].isupper()) \
                and words[0] not in art.ents.orgs.keys:
            words = []  # "專注AI教育的公司": a lone short word or acronym is not a name
        if words and name not in art.ents.people.keys:
            name = " ".join(name.split()[name.split().index(words[0]):])
            return name, te + m.start()
    # Han name ending in an organisation word: "成立了星河智能" / "固態電池公司固鋰科技" / "名為深空科技的公司"
    stop = _NAME_STOP.search(seg)
    seg = seg[:stop.start()] if stop else seg
    best = None
    present = _suffixes_in(lex.org_han_suffixes, seg)
    for suf in present:
        i = seg.find(suf)
        while i >= 0:
            end = i + len(suf)
            start = 0
            head = seg[:i]
            for g in list(lex.org_generic) + lex.grammar.get("name_intro", []):
                j = head.rfind(g)
                if j >= 0 and j + len(g) > start:
                    start = j + len(g)
            for suf2 in present:
                j = seg.rfind(suf2, start, i)
                if j >= 0 and i - (j + len(suf2)) >= 2:
                    start = j + len(suf2)  # "虛擬銀行眾星銀行": what it is, then its name
            residue = seg[start:i]
            name = seg[start:end]
            if len(residue) >= 2 and all(_is_han(c) for c in name) and name not in lex.org_generic and \
                    (best is None or end > best[1]):
                best = (start, end)
            i = seg.find(suf, i + 1)
    if best:
        return art.text[te + best[0]:te + best[1]], te + best[0]
    # "創辦了初創公司深度視界": a name with no organisation word, right after what the company is
    hm = lex.rx(r"^(?:\s|<<name_intro>>)*?(?:<<naming_words>>|<<head_nouns>>(?:<<head_nouns>>)?)").match(
        art.lowered[te:te + len(seg)])
    if hm:
        a = b = hm.end()
        stop_chars = art.ents._not_in_org
        while b < len(seg) and b - a < 6 and _is_han(seg[b]) and seg[b] not in stop_chars:
            b += 1
        name = seg[a:b]
        if 2 <= len(name) <= 6 and name not in lex.org_generic and not art.ents.persons_in(te + a, te + b) and \
                not any(r.start < te + b and te + a < r.end for r in art.roles) and \
                not any(t[0] < te + b and te + a < t[1] for t in art.triggers) and \
                not lex.rx(r"^<<role_intro>>").match(art.lowered[te + a:te + b]):
            return art.text[te + a:te + b], te + a
    # "陳立群將加盟瑞昱。": a short name that is all that follows the word, up to the end of the clause
    sk = lex.rx(_SKIP_AFTER).match(art.lowered[te:te + len(seg)])
    a = sk.end() if sk else 0
    name = seg[a:]
    if 2 <= len(name) <= 4 and all(_is_han(c) and c not in art.ents._not_in_org for c in name) and \
            name[0] not in art.ents._not_first_in_org and name not in lex.org_generic and \
            not art.ents.persons_in(te + a, te + len(seg)) and not any(te + a <= r.start < te + len(seg) for r in art.roles) \
            and not any(te + a <= t[0] < te + len(seg) for t in art.triggers):
        return art.text[te + a:te + len(seg)], te + a
    return None, -1


def _company_acting(art: _Article, ss: int, ts: int, p: Mention) -> str | None:
    """"董事會通過聘任…" / "公司…引入了…" / "集團同時委任…": the company of the story acts through its board or as
    "the company"; not where the person came from (named between the word and the person)."""
    if not art.lex.rx(r"(?:^|[,;:，；：]\s*)(?:<<bare_company>>|<<board_words>>)").search(art.lowered[ss:ts]) and \
            not art.lex.rx(r"<<board_words>>").search(art.lowered, ss, ts):
        return None
    org = art.ents.company_meant(ts)
    if org is None or any(o.key == org for o in art.ents.orgs_in(ts, p.start)):
        return None
    return org


def _external(art: _Article, p: Mention, cs: int, ts: int) -> bool:
    """"延攬前富邦金控副總經理X", "從微軟延攬X", "X, previously at Y,": someone who comes from another organisation."""
    f = art.folded
    lo = max(cs, p.start - 20)
    for o in art.ents.orgs_in(lo, p.start):
        if _former(art, o) or art.lex.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start]):
            return True
    # "引入了前中金公司投行部執行總經理X": a former mark, then a name with an organisation word, then the person
    for m in art.lex.rx(r"<<former_marks>>").finditer(art.lowered, lo, p.start):
        seg = f[m.end():p.start]
        if _is_han(seg[:1]) and 2 <= len(seg) <= 16 and m.group() not in art.lex.grammar.get("inhouse_former_marks", []) \
                and not any(c in art._relative for c in seg) and \
                not art.ents.persons_in(m.end(), p.start) and any(r.end == p.start and r.start > m.end() + 1
                                                                  for r in art.roles):
            return True  # "延攬前鼎新電機事業群副總羅建宏": a title held somewhere before, right before the name
        if _is_han(seg[:1]) and not art.ents.persons_in(m.end(), p.start) and \
                not any(c in art._relative for c in seg) and any(
                0 < seg.find(suf) <= 8 for suf in art.lex.org_han_suffixes):
            return True
    if art.lex.rx(r"^,\s*<<came_from>>").match(art.lowered[p.end:p.end + 30]):
        return True
    # "Joan Miller, a former Citigroup banker,": a former employer in apposition that is not the one naming her
    fa = art.lex.rx(r"^,\s*<<former_appositive>>\s*").match(art.lowered[p.end:p.end + 20])
    if fa:
        here = art._org_before(ts, cs)
        at = p.end + fa.end()
        named = [o for o in art.ents.orgs_in(at, at + 30) if not o.ref]
        if any(o.key != here for o in named):
            return True
        cap = _CAPITALISED.match(f[at:at + 30])
        if not named and cap and cap.group(1) not in art.lex.latin_not_name and not (here or "").startswith(cap.group(1)):
            return True
    # "Orbis appointed Jamie Cole as CEO. Cole was previously at Snowflake." / "施建安此前任職於富邦金控"
    for q in art.ents.persons_in(p.end, p.end + 240):
        if q.key == p.key and art.lex.rx(r"^\s*<<came_from>>").match(art.lowered[q.end:q.end + 30]):
            return True
    return False


def _came_from_org(art: _Article, p: Mention, org: str | None, se: int) -> str | None:
    """Where a hire worked before, said after the name: "X, a former vice president of sales at Y," /
    "X, previously at Y," / a later "X此前担任Y…负责人" or "X was previously at Y"."""
    low = art.lowered

    def first_other(a, b):
        for o in art.ents.orgs_in(a, b):
            if o.key != org and not o.ref and not (org and (o.key in org or org in o.key)):
                return o.key
        # "…who previously led protein design at Genentech,": a capitalised name after "at" is where they worked
        m = art.lex.rx(r"(?<![a-z])<<at_marks>>\s+([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3})", 0).search(
            art.folded, a, b)
        if m and not art.ents.persons_in(m.start(1), m.end(1)) and \
                not any(w in art.lex.latin_not_name for w in m.group(1).split()) and m.group(1) != org:
            return m.group(1)
        return None

    fa = art.lex.rx(r"^,\s*(?:<<former_appositive>>|<<came_from>>)\s*").match(low[p.end:p.end + 30]) or \
        art.lex.rx(r"^,\s*(?:a|an)\s[^,;]{0,50}?<<appositive_past>>\s").match(low[p.end:p.end + 90])
    if fa:
        at = p.end + fa.end()
        stop = low.find(",", at, at + 80)
        got = first_other(at, stop if stop >= 0 else min(se, at + 60))
        if got:
            return got
    later = [(q.start, q.end) for q in art.ents.persons_in(p.end, min(len(low), p.end + 400)) if q.key == p.key]
    sur = art.text[p.start]
    if _is_han(sur):
        # "罗文博博士…。罗博士此前担任Y…": the family name with a title stands for the one named before
        for hon in art.lex.grammar.get("person_titles", []):
            i = art.folded.find(sur + hon, p.end, p.end + 300)
            if i >= 0 and not [q for q in art.ents.persons_in(p.end, i) if q.key != p.key and not q.pronoun]:
                later.append((i, i + 1 + len(hon)))
    for qs, qe in sorted(later):
        m = art.lex.rx(r"^\s*(?:<<came_from>>|<<came_from_role>>)\s*").match(low[qe:qe + 30])
        if m:
            at = qe + m.end()
            for o in art.ents.orgs_in(qs, at + 25):
                if o.end > at and o.key != org and not o.ref and not (org and (o.key in org or org in o.key)):
                    return o.key
    return None


def _org_by_shape_before(art, cs, ts):
    """An unknown organisation ending in an organisation word before ``ts``: "…由A、B共同創立" after "深空科技於…"."""
    f = art.folded
    stop = art.ents._not_in_org
    for suf in art.lex.org_han_suffixes:
        i = f.rfind(suf, cs, ts)
        if i >= 0:
            s = i
            while s > cs and _is_han(f[s - 1]) and f[s - 1] not in stop and i - s < 6:
                s -= 1
            while s < i and f[s] in art.ents._not_first_in_org:
                s += 1  # "此前該公司": not a name
            residue = f[s:i]
            if len(residue) >= 2 and not any(g in residue for g in art.lex.org_generic if len(g) >= 2):
                return art.text[s:i + len(suf)], s
    return None, -1


def _opening_name(art: _Article, cs: int, lim: int) -> str | None:
    """"深空引擎完成3億元A輪融資": a short Han name that is all there is between the clause start and the verb."""
    f = art.folded
    a = cs
    while a < lim and f[a].isspace():
        a += 1
    name = f[a:lim]
    if 2 <= len(name) <= 6 and all(_is_han(c) and c not in art.ents._not_in_org for c in name) and \
            name[0] not in art.ents._not_first_in_org and name not in art.lex.org_generic_set and \
            not art.ents.persons_in(a, lim) and not any(r.start < lim and a < r.end for r in art.roles) and \
            not art.has(art.lex.hedges, a, lim) and not any(a <= t[0] < lim for t in art.triggers) and \
            not art.lex.rx(r"<<bare_company>>").match(art.lowered, a) and not art.has(art.lex.name_enders, a + 1, lim):
        return art.text[a:lim]  # not "公司上周宣布": a reference, a time word or a verb is no part of a name
    return None


def _former(art: _Article, o) -> bool:
    """"前Google工程師", "former Google researcher": an organisation someone used to work at."""
    if o is None:
        return False
    if art.lex.rx(r"<<former_marks>>\s*$").search(art.lowered[max(0, o.start - 7):o.start]):
        return True
    # "前渣打銀行(Standard Chartered)": a span read with its mark in it, the name it stands for without
    m = art.lex.rx(r"^<<former_marks>>").match(art.lowered[o.start:o.end])
    if m and not _folded_lower(o.key).startswith(m.group(0)):
        return True
    # "前比亚迪(BYD)": the gloss in brackets is as former as the name it glosses
    if o.start > 0 and art.folded[o.start - 1] in "(（":
        prev = [q for q in art.ents.orgs_in(max(0, o.start - 40), o.start - 1) if q.end == o.start - 1 and q.key == o.key]
        return bool(prev) and _former(art, prev[-1])
    return False


def _affiliation(art: _Article, person: str, pos: int) -> str | None:
    items = [o for p, o in art.affiliation.get(person, []) if p <= pos]
    return items[-1] if items else None


def _departure_org(art: _Article, rule, p: Mention, ts, te, cs, ce) -> tuple[str | None, bool]:
    f = art.folded
    if rule.direction == "moves":
        # "轉戰英特爾": the organisation after the word is where they went; where they left is said elsewhere
        return _departure_org(art, TriggerRule(type="departure", direction="none"), p, ts, ts, cs, ts)
    # 1. "離開OpenAI", "left Brightline", "resigned from Google"
    skip = art.lex.rx(_SKIP_AFTER).match(f[te:ce])
    at = te + (skip.end() if skip else 0)
    ref_after = None
    for o in art.ents.orgs_in(at, min(ce, at + 2)):
        if not o.ref:
            return o.key, True
        ref_after = o.key
        break
    if ref_after is None and art.lex.rx(r"<<bare_company>>").match(art.lowered[at:at + 12]):
        ref_after = art.ents.company_meant(at)
    if rule.direction in ("subject", "moves"):
        sm = _LATIN_NAME_AHEAD.match(f[at:ce])
        if sm and f[te:at].strip().lower() in ("", "from") and sm.group(1) not in art.lex.latin_not_name \
                and sm.group(1) not in art.ents.people.keys:
            name = sm.group(1)
            for k, c in art.ents.orgs.keys.items():
                if k.startswith(name):
                    return c, True
    # 2. "從OpenAI離職"
    orgs_b = [o for o in art.ents.orgs_in(cs, ts) if o.end <= ts]
    if orgs_b and art.lex.rx(r"<<from_marks>>\s*$").search(f[max(cs, orgs_b[-1].start - 3):orgs_b[-1].start]):
        return orgs_b[-1].key, True
    # 3. the title's organisation or one named before the person in the clause ("OpenAI旗下…負責人 Tim Brooks")
    role = art.role_for(p.key, p.start, None)
    if role is not None and role.org and role.start <= p.start:
        return role.org, True
    ob = art._org_before(p.start, cs)
    if ob:
        return ob, True
    if ref_after:
        return ref_after, True
    if p.pronoun or p.start < cs:
        ob = [o for o in art.ents.orgs_in(p.end, ts)]
        if ob and not any(ob[-1].end <= t[0] < ts and any(r.type == "hire" for r in art.lex.triggers.get(art.lowered[t[0]:t[1]], []))
                          for t in art.triggers):
            return ob[-1].key, True
    # 4. where the article last put the person, 5. the article's main organisation
    aff = _affiliation(art, p.key, ts)
    if aff:
        return aff, False
    return art.ents.company_meant(ts), False


def _it_subject(art: _Article, ss: int, cs: int, ts: int) -> str | None:
    """"In March, it secured $1.2 billion" / "Haloframe, founded last year by…, said that it had raised $15 million":
    "it" as the subject of a funding word is the organisation that said so in this sentence, else the company the
    story is about."""
    m = art.lex.rx(r"(?<![a-z])<<it_subject>>\s*$").search(art.lowered, max(cs, ts - 16), ts)
    if not m:
        return None
    sp = art.matches(art.lex.speech_verbs, ss, m.start())
    if not sp:
        return art.ents.company_meant(m.start())
    said = [o for o in art.ents.orgs_in(ss, sp[0][0]) if not o.ref and not _former(art, o)]
    if said and not art.ents.persons_in(said[0].end, sp[0][0]):
        return said[0].key
    # "London-based Haloframe, founded last year by…, said": the name that opens the sentence before its comma
    lm = _OPENING_LATIN.match(art.folded, ss, sp[0][0])
    if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
            not any(w in art.lex.latin_not_name for w in lm.group(1).split()):
        return art.text[lm.start(1):lm.end(1)]
    return None  # someone else said it: whoever "it" is, not surely the company of the story
