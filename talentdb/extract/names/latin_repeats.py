"""Organisations the lexicon does not know, named in Latin script: a capitalised word used more than once
mid-sentence ("Brightline … Brightline's"), or once where an employer goes ("Corvane researchers", "Orbis hired").

Finders: ``latin_repeat_orgs``. Where one use is enough is ``EMPLOYER_PLACES``; ``latin_brand_before_title``:
"QuickGoVan創辦人", "R2D3 founder", a brand in Latin letters right before a title.
"""
from __future__ import annotations

import re

from talentdb.extract.names.context import NameContext
from talentdb.extract.names.latin_words import DESCRIPTOR_ENDS

_CAP_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&\-]+) $")
_CAP_WORD_BEFORE_LOWER = re.compile(r"([A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9&\-]+)(?:'s)? (?=[a-z])")
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9&.\-'’])[A-Z][A-Z&]{1,4} $")
_A_OR_AN_END = re.compile(r"(?:^|\s)(?:a|an)$")
_ACTS = {"hire", "promotion", "funding"}


def latin_repeat_orgs(ctx: NameContext) -> None:
    """Each capitalised word that opens a run mid-sentence twice or more (uses opening a sentence add to those) or
    once where ``EMPLOYER_PLACES`` put an employer, and that is no person's: the longest run it opens (up to three
    words) is a weak organisation, with the word alone as its alias. Not "Brexa" for a known "Brexa Capital"."""
    people_words = {w for k in ctx.people.keys for w in k.split()}
    titled = set()
    for place in EMPLOYER_PLACES:
        titled |= place(ctx, people_words)
    counts, firsts, initial = _count_run_openers(ctx, people_words, titled)
    firsts_of_known = {k.split(" ")[0] for k in ctx.orgs.keys if " " in k}
    from talentdb.extract.validate import key, rules  # (validate imports the extractor)

    places = rules().places
    for name in coined_names_before_acting_word(ctx, people_words):
        if name not in ctx.orgs.keys:
            ctx.orgs.add(name, None, name)
            ctx.weak_orgs.add(name)
    for first, n in counts.items():
        if first in firsts_of_known or key(firsts[first]) in places or key(first) in places or \
                firsts[first] in ctx.lex.latin_not_name_phrases or firsts[first].lower().endswith(DESCRIPTOR_ENDS) or \
                all(w in ctx.lex.latin_place_words for w in firsts[first].split()):
            continue  # ("Germany … Germany's Forto", "of South San Francisco": a place, not an organisation;
            # "South African startup Quorvex … South African investors": a run of place words and nationalities;
            # "Tan Sri … Tan Sri": a courtesy title; "Lisbon-based startup Quorra … Lisbon-based": where it is)
        if (n + initial.get(first, 0) >= 2 or first in titled) and len(first) >= 3 and first not in ctx.orgs.keys:
            name = firsts[first]
            if name in ctx.people.keys:
                continue
            name = _whole_run_it_is_written_in(ctx, name, people_words)
            ctx.orgs.add(name, None, name)
            ctx.weak_orgs.add(name)
            if name != first:
                ctx.orgs.add(name, first, first)


_CAPS_BEFORE = re.compile(r"(?<![A-Za-z0-9&\-])((?:[A-Z][A-Za-z0-9&]*[ \-])+)$")
_CAPS_AFTER = re.compile(r"^((?:[ \-][A-Z][A-Za-z0-9&]*(?![A-Za-z0-9&]))+)")


def _whole_run_it_is_written_in(ctx: NameContext, name: str, people_words: set) -> str:
    """"Air Quorra … Air Quorra", "Ambrose Forbes … Ambrose Forbes", "UW-Orbis … UW-Orbis": a
    stretch read after a word no name holds alone ("New", "San", "National") or before one ("Forbes") is part of
    the longer capitalised run it is written in at each of its uses (twice or more): that run is the name (not a
    function word, a title, a person's word or a headline verb at either end)."""
    f = ctx.folded
    uses = [m.start() for m in re.finditer(rf"(?<![A-Za-z0-9&\-]){re.escape(name)}(?![A-Za-z0-9&])", f)]
    if len(uses) < 2:
        return name
    befores, afters = [], []
    for i in uses:
        m = _CAPS_BEFORE.search(f, max(0, i - 40), i)
        befores.append(re.split(r"(?<=[ \-])", m.group(1))[:-1] if m else [])
        m = _CAPS_AFTER.match(f[i + len(name):i + len(name) + 40])
        afters.append(re.split(r"(?=[ \-])", m.group(1))[1:] if m else [])
    before = _common(befores, from_end=True)
    after = _common(afters, from_end=False)
    roles = ctx.cover("roles")
    i0 = uses[0]
    while before and not _may_open_or_close(ctx, before[0].strip(" -"), people_words, roles,
                                            i0 - len("".join(before)), i0):
        before = before[1:]
    while after and not _may_open_or_close(ctx, after[-1].strip(" -"), people_words, roles,
                                           i0 + len(name), i0 + len(name) + len("".join(after))):
        after = after[:-1]
    return "".join(before) + name + "".join(after)


def _common(parts: list[list[str]], from_end: bool) -> list[str]:
    """The tokens all of ``parts`` share at their end (``from_end``) or their start."""
    out = []
    for k in range(1, min(len(p) for p in parts) + 1):
        toks = {p[-k] if from_end else p[k - 1] for p in parts}
        if len(toks) != 1:
            break
        out.append(toks.pop())
    return out[::-1] if from_end else out


def _may_open_or_close(ctx: NameContext, word: str, people_words: set, roles, a: int, b: int) -> bool:
    """Whether ``word`` may stand at an end of an organisation's name: no function word, person's word, headline
    verb or title."""
    lex = ctx.lex
    return bool(word) and word not in lex.latin_function_words and word not in people_words and \
        word not in lex.latin_headline_verbs and word not in lex.latin_acronyms_not_org and not roles.hit(a, b)


# a word in Latin letters and digits as a brand is written: "QuickGoVan", "R2D3", "Meta"
_LATIN_BRAND = re.compile(r"(?<![A-Za-z0-9&.'’\-])[A-Za-z][A-Za-z0-9]{2,19}(?![A-Za-z0-9&'’\-])")  # (not M&S: acronym_orgs')
_ODD_SHAPE = re.compile(r".[A-Z0-9]")  # a capital or a digit inside it: no run of capitalised words reads it


def latin_brand_before_title(ctx: NameContext) -> None:
    """"訪問QuickGoVan創辦人林大明", "R2D3 founder Maya Lund": a brand in Latin letters right before a title (one space
    at most) names the employer: in a Chinese article any word with a capital glued to a Han title, elsewhere one
    with a capital or a digit inside it (a plain capitalised word is ``latin_repeat_orgs``'s); not a word no name
    holds, a person's word, a place, a known organisation's."""
    if not ctx.role_spans:
        return
    from talentdb.extract.validate import key, rules  # (validate imports the extractor)

    f, starts, places = ctx.folded, ctx.role_starts(), rules().places
    people_words = {w for k in ctx.people.keys for w in k.split()}
    firsts = {k.split(" ")[0] for k in ctx.orgs.keys if " " in k}  # ("Auralis" of "Auralis Therapeutics": its alias)
    for m in _LATIN_BRAND.finditer(f):
        name, e = m.group(), m.end() + (f[m.end():m.end() + 1] == " ")
        if e not in starts or name in ctx.orgs.keys or name in firsts or name in ctx.lex.latin_not_name or \
                name in people_words or \
                key(name) in places or ctx.lex.org_alias.get(name) or not _brand_shaped(name, f[e:e + 1]):
            continue
        ctx.orgs.add(name, None, name)
        ctx.weak_orgs.add(name)


def _brand_shaped(name: str, next_char: str) -> bool:
    """A capital anywhere before a Han title; a capital or a digit inside the word before a Latin one."""
    if "\u3400" <= next_char <= "\u9fff":
        return any(c.isupper() for c in name)
    return bool(_ODD_SHAPE.search(name)) and not (name.isalpha() and name.isupper())  # (not an acronym: NBA)

def before_title(ctx: NameContext, people_words: set) -> set[str]:
    """"Corvane researchers", "Acme's CEO": a capitalised word right before a title names the employer."""
    role_starts = ctx.role_starts()
    if not role_starts:
        return set()
    not_name = ctx.lex.latin_not_name
    return {m.group(1) for m in _CAP_WORD_BEFORE_LOWER.finditer(ctx.folded)
            if m.end() in role_starts and m.group(1) not in not_name and m.group(1) not in people_words}


def before_acting_word(ctx: NameContext, people_words: set) -> set[str]:
    """"Orbis hired…", "Veltra raised…": a capitalised word right before a word that hires, appoints or raises."""
    f, lex = ctx.folded, ctx.lex
    out = set()
    for a, b in ctx.trigger_spans:
        if a < 4 or f[a - 1] != " " or not f[a - 2].isalnum():
            continue
        m = _CAP_WORD_BEFORE.search(f, max(0, a - 40), a) or _cap_word_before_auxiliary(ctx, a)
        if not m:
            continue
        w = m.group(1)
        if w not in lex.latin_not_name and w not in people_words and len(w) >= 3 and w not in ctx.people.keys and \
                any(r.type in _ACTS and (r.type != "promotion" or r.direction == "object" or r.needs_role)
                    for r in lex.triggers.get(ctx.lowered[a:b], [])):
            out.add(w)
    return out


def name_set_off_after_head_noun(ctx: NameContext, people_words: set) -> set[str]:
    """"Nigerian fintech startup, Kudora, has raised…" / "Ivory Coast-based fintech startup, Julaya, closed…": a
    capitalised word set off by commas after what a company is, right before a word that hires or raises (as African
    and Indian news punctuate the apposition)."""
    f, lex = ctx.folded, ctx.lex
    rx = lex.rx(r"(?<![a-z])<<head_nouns>>, ([A-Z][A-Za-z0-9&\-]+), (?:(?:<<act_auxiliaries>>) )?$")
    out = set()
    for a, b in ctx.trigger_spans:
        m = rx.search(f, max(0, a - 70), a) if a > 4 and f[a - 1] == " " else None
        if not m or m.end() != a:
            continue
        w = m.group(1)
        if w not in lex.latin_not_name and w not in people_words and len(w) >= 3 and w not in ctx.people.keys and \
                any(r.type in _ACTS for r in lex.triggers.get(ctx.lowered[a:b], [])):
            out.add(w)
    return out


def _cap_word_before_auxiliary(ctx: NameContext, a: int):
    """"Cellares has secured…": the capitalised word before an auxiliary ([grammar] act_auxiliaries) before the word."""
    m = ctx.lex.rx(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&\-]+) (?:<<act_auxiliaries>>) $", 0).search(
        ctx.folded, max(0, a - 50), a)
    return m if m and m.end() == a else None


# a coined name, no ordinary word: a digit, a capital inside or a web domain in it ("C2Sense", "iCarvex", "Zentro3D",
# "nuvia.ai") or a closing ampersand ("Corvids&"), a lower-case letter or a digit besides its capitals (not "CEO")
_COINED = re.compile(r"(?<![\w.\-&])((?=[A-Za-z0-9.]*\d|[A-Za-z0-9.]+[A-Z]|[A-Za-z0-9]+\.[a-z]{2,4}\b|[A-Z][A-Za-z0-9]+&)"
                     r"(?=[A-Za-z0-9.]*[a-z0-9])[A-Za-z][A-Za-z0-9]*[A-Za-z0-9](?:\.[a-z]{2,4}|&)?)"
                     r"(?:\s+(?:<<act_auxiliaries>>))?\s+$")


def coined_names_before_acting_word(ctx: NameContext, people_words: set) -> set[str]:
    """"C2Sense raised…", "iCarvex has raised…", "nuvia.ai closed…": a coined name (``_COINED``) right before a word
    that hires or raises is an organisation, even at the start of a sentence, where the runs of capitalised words
    read no such name."""
    f, lex = ctx.folded, ctx.lex
    rx = lex.rx(_COINED.pattern, 0)
    out = set()
    for a, b in ctx.trigger_spans:
        m = rx.search(f, max(0, a - 50), a) if a > 2 and f[a - 1] == " " else None
        if not m or m.group(1) in lex.latin_not_name or m.group(1) in people_words:
            continue
        if any(r.type in ("hire", "funding") for r in lex.triggers.get(ctx.lowered[a:b], [])):
            out.add(m.group(1))
    return out


_PLACE_POSSESSIVE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?)['’]s ([A-Z][A-Za-z0-9&\-]+)")


def after_place_possessive(ctx: NameContext, people_words: set) -> set[str]:
    """"Germany's Forto", "Indonesia's Provident": a capitalised word after a place's possessive names a company."""
    from talentdb.extract.validate import key, rules  # (validate imports the extractor)

    places, not_name = rules().places, ctx.lex.latin_not_name
    return {m.group(2) for m in _PLACE_POSSESSIVE.finditer(ctx.folded)
            if key(m.group(1)) in places and m.group(2) not in not_name and m.group(2) not in people_words
            and len(m.group(2)) >= 3}


# "Velloria today announced $12 million in…" / "Velloria said on Monday that it has secured…": a name, an announcing
# verb (after a time word, or followed by one), then its own round (a sum, "it", "the close of")
_ANNOUNCES_ITS_ROUND = (r"(?<![A-Za-z0-9&\-])([A-Z][A-Za-z0-9.&\-]*[A-Za-z0-9]) (?:(?:today|yesterday|on [A-Z][a-z]+day) )?"
                        r"(?:<<announce_verbs>>)(?: (?:today|yesterday|on [A-Z][a-z]+day))?(?: that)? "
                        r"(?:it\b|its\b|an? [$€£]|[$€£]|the (?:close|closing|completion) of\b)")


def announcing_its_round(ctx: NameContext, people_words: set) -> set[str]:
    """"Velloria today announced $12 million in Series A funding": a capitalised word that announces its own round
    (a funding word follows in the sentence)."""
    f, lex = ctx.folded, ctx.lex
    out = set()
    for m in lex.rx(_ANNOUNCES_ITS_ROUND, 0).finditer(f):
        w, stop = m.group(1), f.find(". ", m.end())
        stop = len(f) if stop < 0 else stop
        if w in lex.latin_not_name or w in people_words or len(w) < 3:
            continue
        if any(m.end() <= a < stop and any(r.type == "funding" for r in lex.triggers.get(ctx.lowered[a:b], []))
               for a, b in ctx.trigger_spans):
            out.add(w)
    return out


# "chief executive of Zentrix in April", "was named the chief executive officer of Zentrix": a capitalised word right
# after a title and "of" (or "at") names the employer (a place, a department, a day are no employer: not_name, places)
_DESCRIBES_A_COMPANY = r"(?:-based\b|\s+(?:[a-z\-]+\s+){0,2}<<head_nouns>>\b)"
_OF_AFTER_TITLE = re.compile(r" (?:of|at) (?:the )?([A-Z][A-Za-z0-9&\-]*[A-Za-z0-9])(?![A-Za-z0-9&\-])")


def after_title_of(ctx: NameContext, people_words: set) -> set[str]:
    """"chief executive of Zentrix", "a director at Orbis": a capitalised word after a title and "of"/"at"."""
    from talentdb.extract.validate import key, rules  # (validate imports the extractor)

    places, not_name, f = rules().places, ctx.lex.latin_not_name, ctx.folded
    out = set()
    for e in ctx.role_ends():
        m = _OF_AFTER_TITLE.match(f, e)
        if not m:
            continue
        w = m.group(1)
        if ctx.lex.rx(_DESCRIBES_A_COMPANY).match(ctx.lowered, m.end()):
            continue  # ("chief design officer of Lisbon wearables startup Okto": a place, then what the company is)
        if len(w) >= 3 and w not in not_name and w not in people_words and key(w) not in places and \
                w not in ctx.lex.latin_place_words and w not in ctx.people.keys:
            out.add(w)
    return out


# "Zentrix said on Thursday its chief executive…", "Orbis said Thursday that Ana Ruiz will step down": a name that
# opens a sentence, a speech verb (a time word before or after it), then what it says of its own people
_TIME_WORD = r"(?:on |late |early )?(?:today|yesterday|[A-Z][a-z]+day)(?: night| evening| morning)?"
_SAYS_OF_ITS_OWN = (r"(?:^|(?<=[.!?\n]\s)|(?<=\n)|(?<=[-–—]\s))([A-Z][A-Za-z0-9.&\-]*[A-Za-z0-9]) "
                    rf"(?:{_TIME_WORD} )?"
                    r"(?:<<announce_verbs>>|confirmed|confirms|disclosed)"
                    # (what follows says it is its own news: a time word, "that", "its"; not "Analysts said Orbis hired")
                    rf"(?:,? {_TIME_WORD},?(?: that| its\b| it\b)?| that| its\b| it\b| in a statement(?: that)?)")


def saying_of_its_people(ctx: NameContext, people_words: set) -> set[str]:
    """"Zentrix said on Thursday its chief executive Ana Ruiz was stepping down": a capitalised word opening a
    sentence that says something in which a person's move (a trigger word) follows in the same sentence."""
    f, lex = ctx.folded, ctx.lex
    out = set()
    for m in lex.rx(_SAYS_OF_ITS_OWN, re.M).finditer(f):
        w, stop = m.group(1), f.find(". ", m.end())
        stop = len(f) if stop < 0 else stop
        if w in lex.latin_not_name or w in people_words or len(w) < 3 or w in ctx.people.keys:
            continue
        if any(m.end() <= a < stop for a, _ in ctx.trigger_spans):
            out.add(w)
    return out


# Where one use of a capitalised word names an employer (together: the words found in either).
EMPLOYER_PLACES = (before_title, before_acting_word, after_place_possessive, announcing_its_round,
                   name_set_off_after_head_noun, after_title_of, saying_of_its_people)


def _count_run_openers(ctx: NameContext, people_words: set, titled: set):
    """(counts, firsts, initial): how often each word opens a stretch of a run mid-sentence (stretches split at words
    no name holds, people's words and known organisations), the longest stretch (up to three words) it opens, and how
    often it opens a run at the start of a sentence or quote (a capital there says little: it only adds to a name seen
    mid-sentence). "a Pittsburgh startup" is what a company is, not its name."""
    f, lex = ctx.folded, ctx.lex
    counts: dict[str, int] = {}
    firsts: dict[str, str] = {}
    initial: dict[str, int] = {}
    head_after = lex.rx(r"\s<<head_nouns>>\b")
    not_name, org_keys, verbs = lex.latin_not_name, ctx.orgs.keys, lex.latin_headline_verbs
    for m_start, m_text in ctx.latin_runs():
        if _ACRONYM_BEFORE.search(f, max(0, m_start - 7), m_start):
            continue  # ("Morgan" of "JP Morgan": the rest of a name in capitals, see names.acronym_orgs)
        j = m_start
        while j > 0 and f[j - 1].isspace():
            j -= 1
        prev = f[j - 1] if j > 0 else ""
        toks = m_text.split(" ")
        cut = next((i + 1 for i, t in enumerate(toks[:3]) if t.lower().endswith(DESCRIPTOR_ENDS)), 0)
        if 0 < cut < len(toks):  # ("Lisbon-based Velloria has landed…", "Kuala Lumpur-based Serimas…": the name
            toks, prev = toks[cut:], "-"  # after the descriptor, a place of one word or more)
        if (not prev or not (prev.isalnum() or prev in ",，-")) and toks[0] not in titled:
            initial[toks[0]] = initial.get(toks[0], 0) + 1
            continue
        if _A_OR_AN_END.search(f[max(0, j - 4):j]) and head_after.match(ctx.lowered, m_start + len(m_text)):
            continue
        run = []
        for t in toks + [None]:
            if t is None or t in not_name or t in people_words or t in org_keys or t in verbs:
                # (a title-case headline's verb ends the stretch: "Bank of Vela Gets New Governor")
                while run and run[-1] == "&":
                    run.pop()
                if run:
                    name = " ".join(run[:3])
                    counts[run[0]] = counts.get(run[0], 0) + 1
                    if len(name) > len(firsts.get(run[0], "")):
                        firsts[run[0]] = name
                run = []
            else:
                run.append(t)
    return counts, firsts, initial
