"""Organisations written in capitals ("HSBC", "OCBC", "KKR") or opening with them ("JP Morgan", "HSBC Singapore"):
the runs of capitalised words the other Latin finders read hold only words with lower-case letters, so these names
are found by no run.

Finder: ``acronym_orgs``. One use where an employer goes (``ACRONYM_PLACES``) is enough; a word in capitals that
no use puts there ("US", a dateline's "SEOUL", a header's "RELATED") is no organisation, nor one of the lexicon's
``[latin] acronyms_not_org`` ("CEO", "IPO"), a place, or a word of a title or an event word.
"""
from __future__ import annotations

import re

from talentdb.extract.names.context import NameContext
from talentdb.extract.names.latin_words import TOKEN
from talentdb.extract.names.spans import Mention

# two to five capitals ("&" inside: "M&S"), no letter, digit or hyphen glued to them, no initial ("J.P.")
_ACRONYM = re.compile(r"(?<![A-Za-z0-9&.\-'’])[A-Z][A-Z&]{1,4}(?![A-Za-z0-9&\-]|\.[A-Za-z])")
_NEXT_WORD = re.compile(rf" ({TOKEN})(?![A-Za-z0-9&\-])")
_POSSESSIVE = re.compile(r"['’]s ")
_OF_AT_BEFORE = re.compile(r"(?:of|at|with|for) (?:the )?$")
_AUXILIARY = re.compile(r"(?:has|have|had|is|was|will|would|said it|said it has|on [A-Z][a-z]+day) ")
_ACTS = {"hire", "promotion", "funding", "departure"}


def acronym_orgs(ctx: NameContext) -> None:
    """Each acronym (with the capitalised words glued after it that make its name: "JP Morgan", "HSBC Singapore")
    that stands once where an employer goes: an organisation, each use a mention of its own (so the word after it,
    "Morgan", is read as part of it, not counted alone)."""
    uses: dict[str, list[tuple[int, int]]] = {}
    for m in _ACRONYM.finditer(ctx.folded):
        if _may_be_org(ctx, m.group(), m.start(), m.end()):
            e = _name_end(ctx, m.end())
            uses.setdefault(ctx.folded[m.start():e], []).append((m.start(), e))
    for name, spans in uses.items():
        if not any(_employer_place(ctx, s, e) for s, e in spans):
            continue
        canon = ctx.orgs.keys.get(name) or ctx.lex.org_alias.get(name) or _registered_org_it_stands_for(ctx, name) \
            or name
        ctx.orgs.add(canon, None, name)
        for s, e in spans:
            ctx.add_fixed(Mention(s, e, "org", canon))


def _registered_org_it_stands_for(ctx: NameContext, name: str) -> str | None:
    """"DBS" for a registered "DBS Bank": the one organisation already found whose name the acronym opens."""
    found = {c for k, c in ctx.orgs.keys.items() if k.startswith(name + " ")}
    return found.pop() if len(found) == 1 else None


def _initials_of_a_registered_org(ctx: NameContext, word: str) -> bool:
    """"HRA" with "Harbourside Rowing Association" found, "GFA" with "Football Association": the initials of a name
    found already (perhaps after a place's letter) are read as that organisation by the event rules themselves
    (``events.orgs``), not as another one."""
    for k in ctx.orgs.keys:
        initials = "".join(w[0] for w in k.split() if w[:1].isupper() or w == "&")
        if len(initials) >= 2 and word.endswith(initials) and len(word) - len(initials) <= 1:
            return True
    return False


def _initials_of_a_person(ctx: NameContext, word: str) -> bool:
    """"VKL takes over as chief executive" with "Vera K. Lind" named: the initials of a person named in the article
    (three or more, a middle initial counted) are how the press shortens that person, not an organisation."""
    if len(word) < 3:
        return False
    return any("".join(w[0] for w in k.split() if w[:1].isupper()) == word
               for k in ctx.people.keys if k.count(" ") >= 2)


_SHOUTED_BEFORE = re.compile(r"[A-Z]{2,}[ ]?$")
_SHOUTED_AFTER = re.compile(r"[ ]?[A-Z]{2,}")


def _shouted(ctx: NameContext, s: int, e: int) -> bool:
    """"SHOCK DEPARTURE": a word of a line written in capitals, next to another such word."""
    f = ctx.folded
    return bool(_SHOUTED_BEFORE.search(f, max(0, s - 4), s) or _SHOUTED_AFTER.match(f, e, e + 4))


_CAPITALISED_BEFORE = re.compile(r"[A-Z][A-Za-z0-9&\-]* $")


def _legal_form_after_a_name(ctx: NameContext, word: str, s: int) -> bool:
    """"Novacell SAS", "Nordvik Bank ASA", "Ventra AB": capitals that are a legal form (a word of the lexicon's
    ``latin_suffixes``) right after a capitalised word close that company's name; they name no company alone."""
    return word in ctx.lex.org_latin_suffixes and bool(_CAPITALISED_BEFORE.search(ctx.folded, max(0, s - 40), s))


def _may_be_org(ctx: NameContext, word: str, s: int, e: int) -> bool:
    """Whether the capitals at [s, e) may name an organisation: no word the lexicon says is something else (a title,
    an event word, a place, a known organisation's, a person's, ``acronyms_not_org``)."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    lex = ctx.lex
    if word in lex.latin_acronyms_not_org or word in lex.latin_not_name or word in lex.latin_place_words or \
            word.title() in lex.latin_family_names_first or word in ctx.people.keys or word in ctx.orgs.keys:
        return False  # (a name registered already, "PAL" of "Philippine Airlines (PAL)", is read as that)
    if _shouted(ctx, s, e) or _initials_of_a_registered_org(ctx, word) or _initials_of_a_person(ctx, word):
        return False
    if _legal_form_after_a_name(ctx, word, s):
        return False
    if ctx.shape_cover().hit(s, e) or ctx.cover("roles").hit(s, e) or ctx.cover("triggers").hit(s, e):
        return False
    return not is_place(word)


def _name_end(ctx: NameContext, e: int) -> int:
    """Where the name opened by the acronym ending at ``e`` ends: up to two capitalised words glued after it that
    are no title, event word, person's word or word no name holds ("JP Morgan"; a place closes it: "HSBC
    Singapore"; not "HSBC Chief Executive", "KKR Henry Kravis")."""
    lex, f = ctx.lex, ctx.folded
    people_words = {w for k in ctx.people.keys for w in k.split()}
    for _ in range(2):
        m = _NEXT_WORD.match(f, e)
        if not m:
            break
        w, a = m.group(1), m.start(1)
        if a in ctx.role_starts() or a in ctx.trigger_starts or w in people_words:
            break
        if w in lex.latin_place_words:
            return m.end(1)
        if w in lex.latin_not_name and w not in lex.org_latin_suffixes:
            break
        e = m.end(1)
    return e


def before_a_title(ctx: NameContext, s: int, e: int) -> bool:
    """"HSBC Singapore's chief operating officer", "OCBC chief executive": whose title it is."""
    p = _POSSESSIVE.match(ctx.folded, e + 0)
    a = p.end() if p else e + 1
    return ctx.folded[e:e + 1] in (" ", "'", "’") and a in ctx.role_starts()


def after_a_title(ctx: NameContext, s: int, e: int) -> bool:
    """"chief executive of KKR", "a director at OCBC": where a title is held."""
    m = _OF_AT_BEFORE.search(ctx.lowered, max(0, s - 10), s)
    return bool(m) and m.start() - 1 in ctx.role_ends()


def before_an_event_word(ctx: NameContext, s: int, e: int) -> bool:
    """"KKR hired…", "DBS has appointed…", "SPH said it has named…": what hires, appoints or raises."""
    f, lex = ctx.folded, ctx.lex
    a = e + 1
    if f[e:a] != " ":
        return False
    aux = _AUXILIARY.match(f, a)
    a = aux.end() if aux else a
    for t, b in ctx.trigger_spans:
        if t == a:
            return any(r.type in _ACTS for r in lex.triggers.get(ctx.lowered[t:b], []))
    return False


def after_an_event_word(ctx: NameContext, s: int, e: int) -> bool:
    """"joined DBS", "leaving HSBC Singapore", "left OCBC for…": where someone goes or comes from."""
    j = s - 1
    if ctx.folded[j:s] != " ":
        return False
    return any(b == j and any(r.type in ("hire", "departure") for r in ctx.lex.triggers.get(ctx.lowered[a:b], []))
               for a, b in ctx.trigger_spans)


# Where one use of an acronym names an employer: any of these.
ACRONYM_PLACES = (before_a_title, after_a_title, before_an_event_word, after_an_event_word)


def _employer_place(ctx: NameContext, s: int, e: int) -> bool:
    return any(place(ctx, s, e) for place in ACRONYM_PLACES)
