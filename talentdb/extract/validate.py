"""The last stage of extraction: a sanity check of every argument, after the rules have done their work.

``clean(extraction, text)`` repairs an argument when the fix is certain (a location prefix or a title stripped, an
honorific mapped to the one full name of the article) and otherwise prefers a null field to a wrong one: an optional
argument (role, counterparty, date) is set to None, and an event whose key argument is junk (the person of a people
event, the org of a founding or funding) is dropped. ``evidence`` is never touched.

Vocabulary lives in ``talentdb/lexicon/validate.toml`` (plus ``validate.*.toml`` in ``$TALENTDB_LEXICON_DIR``); the
Chinese family names are read from ``names.toml``. This module holds only mechanisms; an error in it is a bug, caught
(or, in strict mode, raised) at the pipeline's edge (``talentdb.extract.engine.guarded``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from talentdb.extract import rxcache
from talentdb.extract.model import Entity, Event, Extraction
from talentdb.extract.text import longest_first

PEOPLE_TYPES = ("departure", "promotion", "hire")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")  # (with the rare characters outside the Basic Plane)
_HAN_ONLY = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134f]+$")
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9.'&\-]*")


# -- loading ---------------------------------------------------------------------------------------------------
def _load(group: str) -> dict:
    from talentdb.extract.lexicon_files import load_group

    return load_group(group)


@lru_cache(maxsize=8192)
def _simp(s: str) -> str:
    from talentdb.extract.text import to_simplified

    return to_simplified(s)


@lru_cache(maxsize=8192)
def key(s: str) -> str:
    """How names are compared: NFKC, Simplified script, lower case, single spaces."""
    s = unicodedata.normalize("NFKC", str(s))
    return " ".join(_simp(s).lower().split())


def _list(d, *path) -> list[str]:
    for p in path:
        d = d.get(p, {}) if isinstance(d, dict) else {}
    return [str(w) for w in d if str(w)] if isinstance(d, list) else []


def _alt(words, latin_bounds: bool = True) -> str:
    parts = []
    for w in sorted(set(words), key=longest_first):
        p = re.escape(w)
        if latin_bounds and w[:1].isascii() and w[:1].isalnum():
            p = r"(?<![a-z0-9])" + p
        if latin_bounds and w[-1:].isascii() and w[-1:].isalnum():
            p += r"(?![a-z0-9])"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@dataclass(eq=False)  # hashed by identity: the per-name caches below are keyed on (name, rules)
class Rules:
    not_org: frozenset = frozenset()            # keys of sectors, titles, generic nouns, media, places
    media: tuple = ()                           # news outlets, as listed
    places: frozenset = frozenset()
    money_rx: re.Pattern | None = None
    not_org_rx: re.Pattern | None = None
    composed_rx: re.Pattern | None = None       # a Han name made of descriptors and generic nouns only
    latin_cover: frozenset = frozenset()        # Latin words that describe, never name
    prefixes: list = field(default_factory=list)
    surnames: frozenset = frozenset()
    compound_surnames: frozenset = frozenset()
    bad_words_rx: re.Pattern | None = None
    bad_end: frozenset = frozenset()
    given_name_ends: frozenset = frozenset()
    time_words_ending_a_name: frozenset = frozenset()
    bad_start: tuple = ()
    name_dots: frozenset = frozenset()
    transliteration: frozenset = frozenset()
    han_honorific_rx: re.Pattern | None = None
    latin_honorifics: frozenset = frozenset()
    latin_titles: frozenset = frozenset()
    latin_org_words: frozenset = frozenset()
    latin_descriptor_rx: re.Pattern | None = None
    investor_before: tuple = ()
    investor_after: tuple = ()
    leave_rx: re.Pattern | None = None
    return_rx: re.Pattern | None = None


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The sanity stage's rules, built once from the lexicons ``validate``, ``names`` and ``orgs``."""
    raw, names, orgs = _load("validate"), _load("names"), _load("orgs")
    r = Rules()
    _org_rules(r, _section(raw, "org"))
    _person_rules(r, _section(raw, "person"), _section(names, "han"), _section(orgs, "shape"))
    _consistency_rules(r, _section(raw, "consistency"))
    return r


def is_place(name: str) -> bool:
    """A country or city ([org] places): never a company, whatever shape it has ("UAE", "Japan's")."""
    return key(name) in rules().places


def _section(table: dict, name: str) -> dict:
    return table.get(name, {}) if isinstance(table.get(name), dict) else {}


def _org_rules(r: Rules, org: dict) -> None:
    """What is never an organisation: sector words, titles, generic nouns, outlets, places, sums; descriptor prefixes."""
    sectors = [key(w) for w in _list(org, "sectors")]
    titles = [key(w) for w in _list(org, "titles")]
    generic = [key(w) for w in _list(org, "generic")]
    media = [key(w) for w in _list(org, "media")]
    places = [key(w) for w in _list(org, "places")]
    descriptors = [key(w) for w in _list(org, "descriptors")]
    r.not_org = frozenset(sectors + titles + generic + media + places)
    r.media = tuple(_list(org, "media"))
    r.places = frozenset(places)
    mags, curs, signs = ([key(w) for w in _list(org, n)] for n in ("magnitudes", "currencies", "signs"))
    if curs or signs:
        r.money_rx = rxcache.compile(r"(?<![a-z])\d[\d.,]*\s*(?:" + _alt(mags) + r"\s*)?" + _alt(curs) + "|"
                                + _alt(signs, False) + r"\s*\d")
    pats = _list(org, "not_org_patterns")  # (the schema has checked that each compiles)
    r.not_org_rx = rxcache.compile("|".join(pats), re.IGNORECASE) if pats else None
    han_parts = [w for w in sectors + generic + descriptors + places if _HAN.search(w)]
    r.composed_rx = rxcache.compile("^(?:" + _alt(han_parts, False) + r"|\s)+$") if han_parts else None
    r.latin_cover = frozenset(w for w in sectors + generic + descriptors + places + titles if not _HAN.search(w))
    r.prefixes.extend(re.compile(p) for p in _list(org, "prefix", "patterns"))


def _person_rules(r: Rules, person: dict, han: dict, shape: dict) -> None:
    """What a person's name can hold and end with: family names, honorifics, titles and words that are no name."""
    r.surnames = frozenset(_simp(s) for s in _list(han, "surnames"))
    r.compound_surnames = frozenset(_simp(s) for s in _list(han, "compound_surnames"))
    r.bad_words_rx = re.compile(_alt([key(w) for w in _list(person, "bad_words")], False))
    r.bad_end = frozenset(key(w) for w in _list(person, "bad_end"))
    r.given_name_ends = frozenset(key(w) for w in _list(person, "given_name_ends"))
    r.time_words_ending_a_name = frozenset(key(w) for w in _list(person, "time_words_ending_a_name"))
    r.bad_start = tuple(key(w) for w in _list(person, "bad_start"))
    r.name_dots = frozenset(_list(person, "name_dots"))
    r.transliteration = frozenset(_simp(str(person.get("transliteration_chars", ""))))
    hon = [key(w) for w in _list(person, "han_honorifics")]
    r.han_honorific_rx = re.compile(r"^([\u3400-\u9fff]{1,2}?)" + _alt(hon, False) + "$") if hon else None
    r.latin_honorifics = frozenset(w.lower() for w in _list(person, "latin_honorifics"))
    # a lower-case entry matches in any case ("Former", "CEO"); one with capitals only as written ("AI", not "Ai")
    r.latin_titles = frozenset(w for w in _list(person, "latin_titles") if w == w.lower()) | \
        frozenset(w.lower() + "\0" for w in _list(person, "latin_titles") if w != w.lower())
    r.latin_org_words = frozenset(_list(person, "latin_org_words") + _list(shape, "latin_suffixes"))  # as written
    desc = _list(person, "latin_descriptor_patterns")
    r.latin_descriptor_rx = re.compile("|".join(desc), re.IGNORECASE) if desc else None


def _consistency_rules(r: Rules, cons: dict) -> None:
    """The words that check an event against its sentence: investors' markers, leaving and returning words."""
    r.investor_before = tuple(k for k in (key(w) for w in _list(cons, "investor_before")) if k)
    r.investor_after = tuple(k for k in (key(w) for w in _list(cons, "investor_after")) if k)
    r.leave_rx = re.compile(_alt([key(w) for w in _list(cons, "leave_words")])) if _list(cons, "leave_words") else None
    back = [key(w) for w in _list(cons, "return_words")]
    r.return_rx = re.compile(_alt(back)) if back else None


# -- organisations ---------------------------------------------------------------------------------------------
def _strip_prefix(name: str, R: Rules) -> str:
    simp = _simp(name)
    if len(simp) != len(name):
        simp = name
    for rx in R.prefixes:
        m = rx.match(simp)
        if m and m.end() < len(name):
            rest = name[m.end():].strip(" ,，")
            if rest:
                return rest
    return name


def org_is_junk(name: str | None, R: Rules | None = None) -> bool:
    """A sector, a title, a generic noun, a news outlet, a place or a sum of money: not an organisation."""
    if not name or not str(name).strip():
        return True
    R = R or rules()
    k = key(name).strip(" ,，.;:()（）「」\"'")
    if not k or k in R.not_org:
        return True
    if R.money_rx is not None and R.money_rx.search(k):
        return True
    if R.not_org_rx is not None and R.not_org_rx.search(k):
        return True
    if _HAN.search(k):
        if R.composed_rx is not None and R.composed_rx.match(k):
            return True
    else:
        toks = k.replace(",", " ").split()
        if toks and all(t in R.latin_cover for t in toks):
            return True
        if len(toks) >= 2 and all(t in R.latin_titles for t in toks):
            return True  # "Chief Financial" (of "Chief Financial Officer X"): a title's words, no organisation
    return False


def fix_org(name: str | None, R: Rules | None = None) -> str | None:
    """The organisation's name with a location or descriptor prefix removed; None when it is not an organisation."""
    if name is None:
        return None
    return _fix_org(str(name).strip(), R or rules())


def _title_tail_cut(name: str, R: Rules) -> str:
    """A Latin name grown into the title after it, cut back: "Orbis Chief Financial" (of "Orbis Chief Financial
    Officer Ana Ruiz") is Orbis; the words from a capitalised "Chief" on are all title words."""
    toks = name.split()
    for i in range(1, len(toks)):
        if toks[i] == "Chief" and all(t.lower() in R.latin_titles for t in toks[i:]):
            return " ".join(toks[:i])
    return name


@lru_cache(maxsize=8192)
def _fix_org(name: str, R: Rules) -> str | None:
    fixed = _strip_prefix(name, R)
    if " Chief" in fixed and not _HAN.search(fixed):
        fixed = _title_tail_cut(fixed, R)
    if org_is_junk(fixed, R):
        return None
    return fixed


# -- people ----------------------------------------------------------------------------------------------------
def _han_name_ok(name: str, R: Rules) -> bool:
    k = key(name)
    if any(d in name for d in R.name_dots):
        return not R.bad_words_rx.search(k) and len(k) <= 20
    if not _HAN_ONLY.match(k) or not 2 <= len(k) <= 8:
        return False
    if R.bad_words_rx.search(k) or (k[-1] in R.bad_end and not _given_name_end(k, R)) or k.startswith(R.bad_start):
        return False
    if k[:2] in R.compound_surnames and 3 <= len(k) <= 5:
        return True
    if k[0] in R.surnames and len(k) <= 4:
        return True
    # A transliterated foreign name written without its dot (奥尔特曼, 莫哈末依布拉欣): no family name (or one that
    # opens a name longer than a Chinese one), but three or more characters that passed the fragment checks above.
    return len(k) >= 3 and all(ch in R.transliteration for ch in k)


def _given_name_end(k: str, R: Rules) -> bool:
    """林永年: a three-character name ending with a character a given name often ends with, its last two characters
    no time word glued on (not 林明年, of "林明年初退休")."""
    return len(k) == 3 and k[-1] in R.given_name_ends and k[1:] not in R.time_words_ending_a_name


def _is_title(tok: str, R: Rules) -> bool:
    t = tok.rstrip(",")
    return t.lower() in R.latin_titles or (t.lower() + "\0" in R.latin_titles and t == t.upper())


def _fix_latin_person(name: str, R: Rules) -> str | None:
    toks = name.split()
    if R.latin_descriptor_rx is not None and R.latin_descriptor_rx.search(name):
        return None
    i = 0
    while i < len(toks) - 1 and (_is_title(toks[i], R) or toks[i][:1].islower()):
        i += 1
    stripped, toks = toks[:i], toks[i:]
    if not toks or any(t.rstrip(",") in R.latin_org_words for t in toks):
        return None
    if len(toks) == 1 and stripped and all(t.lower() in R.latin_honorifics for t in stripped):
        return name  # "Mr. Smith" stays as written unless the article gives the one full name
    if len(toks) == 1 and _is_title(toks[0], R):
        return None
    if key(" ".join(toks)) in R.not_org and len(toks) == 1:
        return None
    return " ".join(toks)


def fix_person(name: str | None, R: Rules | None = None) -> str | None:
    """The person's name without a title glued to it; None when it is not a person's name."""
    if name is None or not str(name).strip():
        return None
    return _fix_person(" ".join(str(name).split()), R or rules())


@lru_cache(maxsize=8192)
def _fix_person(name: str, R: Rules) -> str | None:
    if _HAN.search(name):
        if _LATIN_TOKEN.search(name) and not _HAN.search(name[:1]):
            return None  # mixed script: not a name the rules build
        return name if _han_name_ok(name, R) else None
    if not re.search(r"[A-Za-z]", name):
        return None
    return _fix_latin_person(name, R)


@lru_cache(maxsize=4)
def _honorifics_dotted(R: Rules) -> frozenset:
    """The Latin honorifics as listed and with a full stop added ("mr", "mr.")."""
    return R.latin_honorifics | {t + "." for t in R.latin_honorifics}


def _honorific_target(name: str, people: list[Entity], R: Rules) -> str | None:
    """林博士 / Mr. Smith: the one full name of the article with that family name, else None."""
    k = key(name)
    hits = set()
    if _HAN.search(k):
        m = R.han_honorific_rx.match(k) if R.han_honorific_rx is not None else None
        if not m:
            return None
        sur = m.group(1)
        if not (sur in R.surnames or sur in R.compound_surnames):
            return None
        for e in people:
            for n in [e.name, *e.aliases]:
                nk = key(n)
                if nk != k and _HAN_ONLY.match(nk) and nk.startswith(sur) and len(nk) > len(sur) and \
                        not (R.han_honorific_rx.match(nk)):
                    hits.add(e.name)
    else:
        toks = name.replace(".", ". ").split()
        toks = [t for t in toks if t != "."]
        if len(toks) == 2 and toks[0].lower().rstrip(".") + "." in _honorifics_dotted(R):
            sur = toks[1].lower()
        elif len(toks) == 1:
            sur = toks[0].lower()
        else:
            return None
        for e in people:
            et = e.name.split()
            if len(et) >= 2 and et[-1].lower() == sur and key(e.name) != k:
                hits.add(e.name)
    return hits.pop() if len(hits) == 1 else None


# -- evidence --------------------------------------------------------------------------------------------------
def _named_as_investor(org: str, evidence: str, R: Rules) -> bool:
    ev, o = key(evidence), key(org)
    if not o or o not in ev:
        return False
    start = 0
    while True:
        i = ev.find(o, start)
        if i < 0:
            return False
        before, after = ev[max(0, i - 24):i].rstrip(" ,、"), ev[i + len(o):i + len(o) + 24].lstrip(" ,、")
        if (R.investor_before and before.endswith(R.investor_before)) or \
                (R.investor_after and after.startswith(R.investor_after)):
            return True
        start = i + 1


# -- the stage -------------------------------------------------------------------------------------------------
def _clean_counterparty(ev: Event, R: Rules, renamed: dict, removed: set) -> None:
    if not ev.counterparty:
        ev.counterparty = None
        return
    parts = []
    for p in str(ev.counterparty).split(","):
        p = p.strip()
        if not p:
            continue
        fixed = renamed.get(("org", p)) or fix_org(p, R)
        if fixed is None and fix_person(p, R) == p and not org_is_junk(p, R):
            fixed = p
        if fixed is None:
            removed.add(("org", p))
        elif fixed != p:
            renamed[("org", p)] = fixed
        if fixed and key(fixed) != key(ev.org or "") and fixed not in parts:
            parts.append(fixed)
    ev.counterparty = ", ".join(parts) if parts else None


def listed_names(text: str) -> frozenset:
    """Names the text writes right before a bracketed stock code ("中国医药(600056.SH)"): a listed company's,
    even when its words are a place and a sector."""
    from talentdb.extract.names.marked_orgs import _STOCK_CODE
    from talentdb.extract.text import normalise

    t = normalise(text or "")
    out = set()
    for m in _STOCK_CODE.finditer(t):
        s = m.start()
        while s > 0 and m.start() - s < 8 and _HAN.match(t[s - 1]):
            s -= 1
        run = t[s:m.start()]
        out.update(run[-k:] for k in range(2, len(run) + 1))
    return frozenset(out)


_QUOTED_HAN = re.compile(r"[「『“]([\u3400-\u9fff]{2,20})[」』”]")


def quoted_org_names(text: str) -> frozenset:
    """Names the text sets in quotation marks and that end in an organisation's word ("成立「星澄生物科技基金」"): a
    name as the writer gives it, even when its words are a place, a sector and a generic noun."""
    from talentdb.extract.lexicon import lexicon
    from talentdb.extract.text import fold, normalise

    sufs = lexicon().org_han_suffixes
    return frozenset(m.group(1) for m in _QUOTED_HAN.finditer(normalise(text or "")) if fold(m.group(1)).endswith(sufs))


def person_glosses(text: str, people: list[Entity]) -> frozenset:
    """The Latin words the text writes as another name of one of its people: in brackets right after a Han name
    ("吳旦(Daniel)") or glued right before one ("Daniel吳旦"). Such a word names the person, never an employer."""
    from talentdb.extract.text import normalise

    t = normalise(text or "")
    out = set()
    for e in people:
        for name in {e.name, *e.aliases}:
            if not _HAN_ONLY.match(name) or len(name) < 2:
                continue
            for m in re.finditer(r"(?<![A-Za-z])([A-Z][A-Za-z]+)[ ]?" + re.escape(name), t):
                out.add(m.group(1))
            for m in re.finditer(re.escape(name) + r"[(（]\s*([A-Z][A-Za-z]+)\s*[)）]", t):
                out.add(m.group(1))
    return frozenset(out)


_AFTER_OUTLET = re.compile(r"[》〉」”\"'’ ]{0,2}")
_OUTLET_AFTER_TITLE = r" (?:of|at) (?:the )?$"


def employing_outlets(text: str, R: Rules) -> frozenset:
    """The news outlets (keys) the text names as someone's employer: right before a title (《中央社》社長, "Reuters
    editor") or after a title and "of"/"at" ("editor-in-chief of The Straits Times"). Named so, an outlet is the
    organisation of a people event, not a source cited."""
    from talentdb.extract.lexicon import lexicon
    from talentdb.extract.text import fold, lower_same_length, normalise

    if not R.media:
        return frozenset()
    t = fold(normalise(text or ""))
    low = lower_same_length(t)
    spans = lexicon().role_matcher.find(t, low)
    starts, ends = {a for a, _ in spans}, {b for _, b in spans}
    out = set()
    for name in R.media:
        n = fold(name).lower()
        i = low.find(n)
        while i >= 0:
            gap = _AFTER_OUTLET.match(t, i + len(n))
            before = re.search(_OUTLET_AFTER_TITLE, low[max(0, i - 8):i])
            if gap.end() in starts or (before and i - (len(before.group()) ) in ends):
                out.add(key(name))
                break
            i = low.find(n, i + 1)
    return frozenset(out)


def slashed_pieces(text: str, orgs: set) -> frozenset:
    """The Latin organisations of ``orgs`` that the text writes only as a piece of a slashed name ("Tamil Media" of
    "English/Malay/Tamil Media"): no whole name, so no organisation of an event."""
    from talentdb.extract.text import normalise

    t = normalise(text or "")
    out = set()
    for o in orgs:
        if not o or _HAN.search(o) or o not in t:
            continue
        spots = [m.start() for m in re.finditer(re.escape(o), t)]
        if all(re.search(r"[A-Za-z]/$", t[max(0, i - 2):i]) or re.match(r"/[A-Za-z]", t[i + len(o):i + len(o) + 2])
               for i in spots):
            out.add(o)
    return frozenset(out)


def _clean_event(ev: Event, R: Rules, people: list[Entity], renamed: dict, removed: set,
                 listed: frozenset = frozenset(), glosses: frozenset = frozenset(),
                 outlets: frozenset = frozenset()) -> Event | None:
    """One event through the sanity rules: its organisation, its person, then what the two say of each other; None
    when what the event needs is gone. ``renamed`` and ``removed`` collect what was repaired or dropped."""
    for name in ("person", "org", "counterparty", "role", "role_raw"):
        if getattr(ev, name) is not None and not isinstance(getattr(ev, name), str):
            setattr(ev, name, None)  # only text names anything
    if ev.type not in ("departure", "promotion", "funding", "founding", "hire"):
        return ev
    _clean_org(ev, R, renamed, removed, listed, outlets)
    if ev.type in ("founding", "funding") and not ev.org:
        return None
    _clean_person(ev, R, people, renamed, removed)
    if ev.type in PEOPLE_TYPES and not ev.person:
        return None
    return _consistent(ev, R, renamed, removed, glosses)


def _noted(kind: str, orig: str, fixed: str | None, renamed: dict, removed: set) -> None:
    if fixed != orig:
        if fixed is None:
            removed.add((kind, orig))
        else:
            renamed[(kind, orig)] = fixed


def _clean_org(ev: Event, R: Rules, renamed: dict, removed: set, listed: frozenset, outlets: frozenset) -> None:
    """The organisation repaired or dropped (fix_org), unless the text lists it as a name or it is an outlet named
    as someone's employer."""
    if ev.org is None:
        return
    kept = ev.org in listed or (ev.type in PEOPLE_TYPES and key(ev.org) in outlets)
    fixed = ev.org if kept else fix_org(ev.org, R)
    _noted("org", ev.org, fixed, renamed, removed)
    ev.org = fixed


def _clean_person(ev: Event, R: Rules, people: list[Entity], renamed: dict, removed: set) -> None:
    """The person repaired or dropped (fix_person); an honorific or a lone family name stands for the article's
    one full name it fits."""
    if ev.person is None:
        return
    orig = ev.person
    target = _honorific_target(orig, people, R)
    fixed = target or fix_person(orig, R) or _honoured_short_name(orig, ev.evidence, R)
    if fixed and fixed != orig and not target and len(fixed.split()) == 1 and not _HAN.search(fixed):
        # "CEO Smith": the article's one full name with that family name, when there is one
        fixed = _honorific_target(fixed, people, R) or fixed
    _noted("person", orig, fixed, renamed, removed)
    ev.person = fixed


def _honoured_short_name(name: str, evidence: str | None, R: Rules) -> str | None:
    """"前首相拿督斯里納吉辭去…": a foreign name of two transliteration characters, too short to be one alone, is one
    right after a Malaysian honour (grammar.toml honours_before_name), which only a name follows."""
    from talentdb.extract.lexicon import lexicon
    from talentdb.extract.text import fold

    k = key(name)
    if len(k) != 2 or not evidence or not all(ch in R.transliteration for ch in k):
        return None
    ev = fold(evidence)
    return name if any(h + fold(name) in ev for h in lexicon().grammar.get("honours_before_name", ())) else None


def _consistent(ev: Event, R: Rules, renamed: dict, removed: set, glosses: frozenset) -> Event | None:
    """What the arguments say of each other: a person is not their own employer, an investor is not founded."""
    if ev.type in PEOPLE_TYPES and ev.org in glosses:
        ev.org = None  # "力薦吳旦(Daniel)": a person's other name is no employer (nor a piece of a slashed name)
    if ev.person and ev.org and key(ev.person) == key(ev.org):
        if ev.type in PEOPLE_TYPES:
            ev.org = None
        else:
            ev.person = None
    if ev.type == "founding" and ev.org and ev.evidence and _named_as_investor(ev.org, ev.evidence, R):
        return None
    _clean_counterparty(ev, R, renamed, removed)
    if ev.counterparty and glosses:
        ev.counterparty = ", ".join(p for p in ev.counterparty.split(", ") if p not in glosses) or None
    if ev.role is not None and not str(ev.role).strip():
        ev.role = None
    return ev


def _same_person_same_org(events: list[Event], R: Rules) -> list[Event]:
    """A departure and a hire of one person at one organisation in one sentence: keep what the sentence says."""
    drop = set()
    by_key: dict = {}
    for i, ev in enumerate(events):
        if ev.type in ("departure", "hire") and ev.person and ev.org and ev.evidence:
            by_key.setdefault((key(ev.person), key(ev.org), ev.evidence), {}).setdefault(ev.type, []).append(i)
    for (_, _, evidence), kinds in by_key.items():
        if "departure" in kinds and "hire" in kinds:
            if R.return_rx is not None and R.return_rx.search(key(evidence)):
                continue  # left, then came back: both are true
            if _each_at_its_own_time([events[i] for i in kinds["departure"]], [events[i] for i in kinds["hire"]]):
                continue  # a career line: "2011年1月至2014年3月以及2015年1月至2020年9月擔任": left, then back
            left = R.leave_rx is not None and R.leave_rx.search(key(evidence))
            drop.update(kinds["hire"] if left else kinds["departure"])
    return [e for i, e in enumerate(events) if i not in drop] if drop else events


def _each_at_its_own_time(left: list[Event], hired: list[Event]) -> bool:
    """Whether every departure and every hire is dated, to the month or the day, and no two share a month; or each
    to the year at least, years apart ("began his career at Orbis in 1973 …, a position he held until 2000")."""
    told = left + hired
    if all(e.date and e.date_precision in ("day", "month") for e in told):
        return not {e.date[:7] for e in left} & {e.date[:7] for e in hired}
    return all(e.date and e.date_precision in ("day", "month", "quarter", "year") for e in told) and \
        all(abs(int(a.date[:4]) - int(b.date[:4])) >= 2 for a in left for b in hired)


def _initial_twins(events: list[Event], R: Rules | None = None) -> list[Event]:
    """One Latin name written with and without the full stop of an initial ("Ana M Ruiz", "Ana M. Ruiz": a title
    and its lead, a wire and its translation): one person, named as with the stop; the same move of hers, told
    twice that way (same type, organisation, title and date), is one event."""
    spelled: dict = {}
    for e in events:
        if e.person and e.person.isascii() and " " in e.person:
            k = e.person.replace(".", "")
            if e.person.count(".") > spelled.get(k, "").count("."):
                spelled[k] = e.person
            else:
                spelled.setdefault(k, e.person)
    if not any(e.person and e.person.isascii() and spelled.get(e.person.replace(".", ""), e.person) != e.person
               for e in events):
        return events
    twins = {v for k, v in spelled.items() if any(e.person and e.person != v and e.person.isascii() and
                                                   e.person.replace(".", "") == k for e in events)}
    seen, out = set(), []
    for e in events:
        if e.person and e.person.isascii() and " " in e.person:
            e.person = spelled.get(e.person.replace(".", ""), e.person)
            if e.person in twins:
                k = (e.type, e.person, e.org, e.role, e.date)
                if k in seen:
                    continue
                seen.add(k)
        out.append(e)
    return out


def _unique(events: list[Event], R: Rules | None = None) -> list[Event]:
    """Two events that repairs made identical ("Treasurer X" and "X" in one sentence) are one."""
    seen, out = set(), []
    for e in events:
        k = (e.type, e.person, e.org, e.counterparty, e.role, e.date, e.amount, e.evidence)
        try:
            if k in seen:
                continue
            seen.add(k)
        except TypeError:  # unhashable junk in a field: keep it as it is
            pass
        out.append(e)
    return out


def _entities(old: list[Entity], events: list[Event], renamed: dict, removed: set) -> list[Entity]:
    used = {("person", e.person) for e in events if e.person} | {("org", e.org) for e in events if e.org}
    for e in events:
        for p in (e.counterparty or "").split(", "):
            if p:
                used.add(("org", p))
                used.add(("person", p))
    out: list[Entity] = []
    index: dict = {}
    for ent in old:
        if not isinstance(ent, Entity):
            continue
        k = (ent.kind, ent.name)
        name = ent.name
        if k in renamed:
            name = renamed[k]
        elif k in removed and k not in used:
            continue
        prev = index.get((ent.kind, name))
        if prev is not None:
            for a in ent.aliases or []:
                if a != prev.name and a not in prev.aliases:
                    prev.aliases.append(a)
            continue
        new = Entity(kind=ent.kind, name=name, aliases=[a for a in (ent.aliases or []) if a != name])
        index[(ent.kind, name)] = new
        out.append(new)
    for ev in events:
        for kind, name in (("person", ev.person), ("org", ev.org)):
            if name and (kind, name) not in index:
                new = Entity(kind=kind, name=name, aliases=[])
                index[(kind, name)] = new
                out.append(new)
    return out


def clean(extraction: Extraction, text: str) -> Extraction:
    """Repair or drop implausible arguments of ``extraction`` (see the module's docstring)."""
    if not isinstance(extraction, Extraction):
        return extraction
    R = rules()
    entities = [e for e in (extraction.entities or []) if isinstance(e, Entity) and isinstance(e.name, str)]
    people = []
    for e in entities:
        if e.kind == "person" and isinstance(e.name, str) and fix_person(e.name, R) == e.name:
            people.append(e)
    renamed: dict = {}
    removed: set = set()
    events = []
    listed = listed_names(text) | quoted_org_names(text)
    glosses = person_glosses(text, people) | slashed_pieces(
        text, {e.org for e in extraction.events or [] if isinstance(e, Event) and isinstance(e.org, str)})
    outlets = employing_outlets(text, R)
    for ev in extraction.events or []:
        if not isinstance(ev, Event):
            continue
        got = _clean_event(ev, R, people, renamed, removed, listed, glosses, outlets)
        if got is not None:
            events.append(got)
    extraction.events = events
    for step in (_same_person_same_org, _initial_twins, _unique):
        events = step(events, R)
    extraction.events = events
    extraction.entities = _entities(entities, events, renamed, removed)
    return extraction
