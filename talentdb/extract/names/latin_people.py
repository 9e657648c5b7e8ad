"""People named in Latin script ("Maya Lund"): runs of two or three capitalised words that nothing marks as a
company's name.

Finder: ``latin_people``. A pair that ``COMPANY_SLOTS`` place where a company goes is registered as an organisation
instead; one whose first word the article uses alone as a company's ("Lumenar Velo … Lumenar") is dropped.
"""
from __future__ import annotations

import re

from talentdb.extract.names.context import NameContext
from talentdb.extract.names.latin_words import DESCRIPTOR_ENDS, TOKEN

# (after a suffix the name ends with, "Ramon Cruz, Jr., the company's president"; "the company's" a possessive word)
_PERSON_APPOSITIVE = re.compile(r"(?:,?\s*(?:jr|sr|ii|iii|iv)\b\.?)?"
                                r",\s+(?:(?:previously|formerly|most recently|until recently)\s+(?:(?:a|an|the)\s+)?|"
                                r"(?:a|an|the|its|their)\s+)(?:[a-z\-]+(?:['’]s)?\s+){0,3}$")
_NEXT_LATIN_WORD = re.compile(r"[ ]+([A-Z][A-Za-z]*\.?)")
_WHICH_AFTER = re.compile(r",\s+which\b")
_ARTICLE_OR_FORMER_BEFORE = re.compile(r"\b(?:a|an|the|former|ex-)\s+$")
_CLAUSE_PUNCT = re.compile(r"[,;.]")
# (a person's marks right after a word standing alone: "who", an age ("Ana, 47,", "Ben, also 46,"), a current post)
_WHO_AFTER = re.compile(r",? who\b|, (?:also |now |aged )?[1-9][0-9],|, (?:currently|now|formerly|previously) "
                        r"(?:the|a|an|its|their) ")
# "Ana had served as deputy secretary": a post held, told right after the word standing alone (a title follows)
_SERVED_AS_AFTER = re.compile(r" (?:(?:had|has|have|previously|also|once) )?(?:served|serves) as (?:a |an |the )?"
                              r"(?:(?:deputy|vice|acting|assistant|senior) )?")
_HONORIFIC_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof)\.? $")
_ALONE_BEFORE = re.compile(r"(?:(?<![A-Za-z])[a-z]+|[.,;:!?\n]) *$")
_OF_AT_BEFORE = re.compile(r" (?:of|at) $")
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Che-chia", "Been-jon": a romanised Chinese given name
_NAME_AFTER = re.compile(rf" ((?:{TOKEN})(?: {TOKEN}){{1,2}})(?![A-Za-z0-9])")


def latin_people(ctx: NameContext) -> None:
    """Each group of two or three capitalised words (runs split at words no name holds): a company's when
    ``COMPANY_SLOTS`` say so, else a person's with their last word as an alias. A name marked as a company's
    anywhere is no person's anywhere."""
    marked: set[str] = set()
    org_keys = set(ctx.orgs.keys)
    for start, run in ctx.person_runs():
        if " " not in run:
            continue  # one word: never a name of two or three
        for g in _name_groups(ctx, start, run, org_keys):
            _judge_group(ctx, g, marked)
    for name in marked & set(ctx.people.canon):
        # (a headline naming it alone, before its slot in the story, made it a person)
        ctx.people.canon.pop(name, None)
        for k in [k for k, c in ctx.people.keys.items() if c == name]:
            del ctx.people.keys[k]


def _name_groups(ctx: NameContext, start: int, run: str, org_keys: set) -> list[list[tuple[int, int, str]]]:
    """The run's words as (start, end, word), split at words that cannot be part of a name: "Former Quorvex CTO Lena
    Ostrova" gives "Lena Ostrova" (a courtesy, an organisation word or name, a descriptor, a span found by shape, a
    phrase that is no name: "Hong Kong", "Tan Sri"). A particle ("van", "bin") neither opens nor closes a group."""
    lex, cover, phrases = ctx.lex, ctx.shape_cover(), ctx.phrase_cover()
    not_name, org_words = lex.latin_not_name, lex.latin_org_words
    groups, cur = [], []
    for word in run.split(" "):  # (the run's words are separated by single spaces)
        end = start + len(word)
        if word in not_name or word in org_keys or word in org_words or word in lex.latin_place_words or \
                ("-" in word and word.lower().endswith(DESCRIPTOR_ENDS)) or _hyphenated_title(word, not_name) or \
                cover.hit(start, end) or \
                phrases.hit(start, end) or start in ctx.trigger_starts or word.lower() in ctx.not_people():
            # ("Quantel Bio Raises $30M", "MedImmune Spinout Viela": a headline's event word or what a company is;
            # "Tan Sri": a phrase that is no name)
            if cur:
                groups.append(_trimmed(cur))
            cur = []
        elif cur or not _is_particle(word):
            cur.append((start, end, word))
        start = end + 1
    if cur:
        groups.append(_trimmed(cur))
    return [g for g in groups if g]


def _hyphenated_title(word: str, not_name: frozenset) -> bool:
    """"Vice-President", "Co-Founder", "Vice-Chairman": a word of hyphenated parts that are each no part of a name."""
    return "-" in word and all(p in not_name for p in word.split("-"))


def _is_particle(word: str) -> bool:
    """A lower-case word of a name ("van", "de", "bin", "a/l"): not one of its capitalised words ("al-Hashimi" is)."""
    return word[:1].islower() and not _GLUED_CAPITAL.search(word)


def _trimmed(group: list) -> list:
    """The group without the particles that end it ("Maria de" of "Maria de | Hong Kong")."""
    while group and _is_particle(group[-1][2]):
        group = group[:-1]
    return group


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_GLUED_CAPITAL = re.compile(r"-[A-Z]")


def _real_words(ctx: NameContext, g) -> list:
    """The words that count toward a name's two or three: not initials, particles, hereditary titles or suffixes."""
    lex = ctx.lex
    return [t for t in g if not (_INITIALS.fullmatch(t[2]) or _is_particle(t[2]) or
                                 t[2] in lex.latin_hereditary_titles or t[2] in lex.latin_name_suffixes)]


def _name_words(ctx: NameContext, g) -> list | None:
    """The words of the group that make the name, or None when it holds none: two or three real words (four after a
    courtesy title or a title, "Senator Ras Adiba Mohd Radzi", or with a Chinese family name second, "Peter Tan Kok
    Leong"), initials before two or more of them dropped; one real word
    after a hereditary title ("Raja Azmi") or after initials no organisation's ("N. Raghunathan", not "U.S. Steel").
    Four also with a particle before the last (``_particle_before_last``)."""
    real = _real_words(ctx, g)
    if len(real) == 1 and len(g) == 2 and g[0][2] in ctx.lex.latin_hereditary_titles:
        return g  # "Raja Azmi", "Syed Hamzah"
    if len(real) == 1 and g[0] is not real[0] and _INITIALS.fullmatch(g[0][2]) and real[0] is g[-1]:
        opening = ctx.folded[g[0][0]:real[0][0]].replace(" ", "")
        if opening in ctx.lex.latin_initials_not_name or (len(opening) == 2 and not _opens_a_name(ctx, g[0][0])):
            return None
        return g
    if not 2 <= len(real) <= 4 or (len(real) == 4 and not _after_title_or_courtesy(ctx, g[0][0]) and
                                    real[1][2].title() not in ctx.lex.latin_family_names_first and
                                    not _particle_before_last(g)):
        return None
    while _INITIALS.fullmatch(g[0][2]):
        g = g[1:]  # ("N. R. Narayana Murthy" is found as "Narayana Murthy")
    return g


def _particle_before_last(g) -> bool:
    """"Marco Antonio Velarde de Soto": two given names and a family name of two joined by a particle (Spanish,
    Portuguese and Filipino names): four real words, a particle right before the last."""
    return len(g) >= 5 and _is_particle(g[-2][2]) and not _is_particle(g[-3][2])


_LOWER_OR_STOP_BEFORE = re.compile(r"(?:^|(?<![A-Za-z])[a-z][a-z'’-]*|[.,;:!?(\n])[ ]*$")


def _opens_a_name(ctx: NameContext, s: int) -> bool:
    """Whether one initial at ``s`` can open a name: after a lower-case word, a stop or a title ("appointed N.
    Raghunathan", "CEO N. Raghunathan"), not after a capitalised word it ends ("Series A. Kestrel plans…")."""
    j = _space_before(ctx.folded, s)
    return j in ctx.role_ends() or bool(_LOWER_OR_STOP_BEFORE.search(ctx.folded, max(0, j - 30), s))


def _after_title_or_courtesy(ctx: NameContext, s: int) -> bool:
    """Whether a title or a courtesy title ends right before ``s`` (one space between)."""
    j = _space_before(ctx.folded, s)
    if j in ctx.role_ends():
        return True
    m = re.search(r"([A-Z][A-Za-z']*)\.? $", ctx.folded[max(0, s - 12):s])
    return bool(m) and m.group(1) in ctx.lex.latin_not_name and m.group(1)[0].isupper() and \
        m.group(1) not in ctx.lex.latin_function_words


def _judge_group(ctx: NameContext, g: list[tuple[int, int, str]], marked: set) -> None:
    """Registers the group of two or three words (initials, particles, hereditary titles and suffixes aside) as a
    company (adding it to ``marked``) or a person, or neither: the start of a longer organisation name ("Kestrel Grid
    Labs"), a name already an organisation's, a company called by its first word."""
    g = _name_words(ctx, g)
    if g is None:
        return
    lex = ctx.lex
    s, e = g[0][0], g[-1][1]
    nxt = _NEXT_LATIN_WORD.match(ctx.folded[e:e + 12])
    if nxt and (nxt.group(1) in lex.latin_org_words or nxt.group(1) in lex.org_latin_suffixes):
        return  # the start of a longer organisation name
    name = ctx.folded[s:e]
    if _a_title_written_in_capitals(ctx, s, e) or _credited(ctx, s):
        return
    if name in ctx.orgs.keys or ctx.people.keys.get(name, name) != name or _starts_an_org(ctx, name):
        return  # (an organisation's, or another person's short form: "Tengku Zafrul" of "Tengku Zafrul Aziz")
    if _company_slot(ctx, s, e):
        ctx.orgs.add(name, None, name)
        marked.add(name)
        return
    if _first_word_is_company(ctx, g, s, e):
        return
    owner = _longer_name_ending_with(ctx, name)
    if owner:
        ctx.people.add(owner, None, name)  # ("Gilbert Santa Maria … Santa Maria said": the family name of two words)
        return
    canon = name + _suffix_after_comma(ctx, e)
    ctx.people.add(canon, None, name)
    _add_short_forms(ctx, canon, g)
    _add_given_name_used_alone(ctx, canon, g, s)


# a byline or a wire's credits: "By Lena Ostrova, Staff Writer" opening a line, "(Reporting by Lena Ostrova; Editing by
# Tom Reyes)"
# (a line break is a space once the text is normalised: "By" with a capital after a lower-case word or a stop is a
# byline's; after a capitalised word it is a title-case headline's: "Founded By")
_CREDIT_BEFORE = re.compile(r"(?:(?:^|(?<![A-Za-z])[a-z][a-z'’\-]*[ \t]+|[\n.!?)\]][ \t]*)(?:By|BY)|(?i:(?:^|[\n(;,]|\band)\s*(?:additional\s+)?(?:reporting|editing|"
                            r"writing|compiled|written|photos?|graphics?|video|produced)\s+by))\s+$")


def _credited(ctx: NameContext, s: int) -> bool:
    """A byline's or a wire credit's name ("By Lena Ostrova", "Reporting by Tom Reyes"): the one who wrote the story,
    whom no event of it is about."""
    return bool(_CREDIT_BEFORE.search(ctx.folded, max(0, s - 40), s))


def _longer_name_ending_with(ctx: NameContext, name: str) -> str | None:
    """The one person registered already whose name of three or more words ends with the two words of ``name``
    (a family name of two words used alone later: "Santa Maria" of "Gilbert Santa Maria") or opens with them (the
    name without the father's, as Malay news writes it: "Abdul Rahman" of "Abdul Rahman Ahmad"), else None."""
    if name.count(" ") != 1:
        return None
    owners = {c for c in ctx.people.canon if c.count(" ") >= 2 and (c.endswith(" " + name) or c.startswith(name + " "))}
    return owners.pop() if len(owners) == 1 else None


def _suffix_after_comma(ctx: NameContext, e: int) -> str:
    """" Jr" for "Ramon R. del Rosario, Jr., the company's president": a suffix written after a comma is part of the
    name as the person is known (the comma kept it out of the run of words); "" when none follows."""
    m = re.match(r",[ ]?([A-Z][A-Za-z]*)\b\.?", ctx.folded[e:e + 8])
    return f" {m.group(1)}" if m and m.group(1) in ctx.lex.latin_name_suffixes else ""


def _add_given_name_used_alone(ctx: NameContext, name: str, g, s: int) -> None:
    """"Izham Ismail … Izham, currently the company's chief operating officer, … Izham joined": the first word of a
    two-word name, where the article uses it alone as a person's (as Malay and Indonesian news call people) and
    never the last, is a short form too."""
    first, last = g[0][2], g[-1][2]
    if len(g) != 2 or len(first) < 3 or first in ctx.people.keys or _alone_count(ctx, last, s) or \
            first in ctx.lex.latin_not_name or not _alone_as_person(ctx, first, s):
        return
    ctx.people.add(name, None, first)


def _a_title_written_in_capitals(ctx: NameContext, s: int, e: int) -> bool:
    """"the following Non-Executive Directors have resigned": the group is a title the lexicon knows, whole (exactly:
    a title's span may run on over the name after it, "head of research Ivo Brandt left")."""
    return any(a == s and e == b for a, b in ctx.role_spans)


def _starts_an_org(ctx: NameContext, name: str) -> bool:
    """"Harbour Press names…" with "Harbour Press Holdings" known: the first words of an organisation's name."""
    return any(k.startswith(name + " ") for k in ctx.orgs.keys)


def _family_name_first(ctx: NameContext, g) -> bool:
    """A name of three words opening with a romanised Chinese family name ([latin] family_names_first): "Wong Wei
    Kong", "TAN Kok Leong" (two words say nothing: "Wei Wang" is as often written given name first)."""
    return len(g) == 3 and g[0][2].title() in ctx.lex.latin_family_names_first


def _in_a_phrase(ctx: NameContext, word: str) -> bool:
    """Whether ``word`` is a word of a phrase that is no name ("Kong" of "Hong Kong"): alone, it is no short form."""
    return any(word in ph.split(" ") for ph in ctx.lex.latin_not_name_phrases)


def _add_short_forms(ctx: NameContext, name: str, g) -> None:
    """The spellings an article goes on to use for the person: the last real word ("Lund", not "Kong" of "Wong Wei
    Kong": the word of a place); the family name written
    first ("Wei" of "Wei Che-chia"); the words before the father's name ("Ahmad Faizal" of "Ahmad Faizal bin
    Hamzah"); the hereditary title and the first name after it ("Tengku Zafrul")."""
    lex, real = ctx.lex, _real_words(ctx, g)
    words = [t[2] for t in g]
    last = real[-1][2]
    if _family_name_first(ctx, g):
        ctx.people.add(name, None, words[0])  # ("Wong Wei Kong … Wong succeeds": not "Kong")
    elif (len(last) >= 3 or _after_honorific_somewhere(ctx, last)) and \
            not any(w in lex.latin_patronymics for w in words) and not _in_a_phrase(ctx, last):
        ctx.people.add(name, None, last)  # ("Miguel Ko … Mr Ko": a short one when written after a courtesy title)
    if len(real) == 2 and len(g) == 2 and _FAMILY_NAME_FIRST.fullmatch(last) and len(g[0][2]) >= 2:
        ctx.people.add(name, None, g[0][2])  # ("Wei Che-chia … Liu and Wei": known by the family name, written first)
    for i, w in enumerate(words):
        if w in lex.latin_patronymics and i >= 1:
            ctx.people.add(name, None, ctx.folded[g[0][0]:g[i - 1][1]])
            break
    if len(real) == 4:  # ("Ras Adiba Mohd Radzi … Ras Adiba", "Peter Tan Kok Leong … Peter Tan")
        ctx.people.add(name, None, ctx.folded[g[0][0]:real[1][1]])
        if real[1][2].title() in lex.latin_family_names_first:
            ctx.people.add(name, None, real[1][2])  # ("… Mr Tan said")
    if words[0] in lex.latin_hereditary_titles and len(real) >= 2:
        ctx.people.add(name, None, ctx.folded[g[0][0]:real[0][1]])


# ------------------------------------------------------------------ where a company goes
# Each says True (a company goes here), False (decided: no company) or None (no say); the first to say decides.
def before_which(ctx: NameContext, s: int, e: int) -> bool | None:
    """"Anthem Humanoids, which raised…": a relative clause for things."""
    return True if _WHICH_AFTER.match(ctx.folded[e:e + 10]) else None


def raises_after(ctx: NameContext, s: int, e: int) -> bool | None:
    """"Tarsel Compute closed a $100 million Series B": right before a word that raises money, or before an
    auxiliary ([grammar] act_auxiliaries) before it: "Tarsel Compute has closed…" is told the same way."""
    f = ctx.folded
    j = e
    while j < len(f) and f[j] == " " and j - e < 2:
        j += 1
    if j == e:
        return None
    aux = ctx.lex.rx(r"(?:<<act_auxiliaries>>) (?=[a-z])").match(ctx.lowered, j)
    j = aux.end() if aux else j
    for a, b in ctx.trigger_spans:
        if a == j:
            return any(r.type == "funding" and r.direction == "recipient"
                       for r in ctx.lex.triggers.get(ctx.lowered[a:b], [])) or None
    return None


def before_a_title_after_article(ctx: NameContext, s: int, e: int) -> bool | None:
    """"a former Tandem Aerospace executive": a name between "a"/"the"/"former" and a title qualifies the title."""
    return True if (e + 1) in ctx.role_starts() and ctx.folded[e:e + 1] == " " and \
        _ARTICLE_OR_FORMER_BEFORE.search(ctx.lowered[max(0, s - 8):s]) else None


def before_company_appositive(ctx: NameContext, s: int, e: int) -> bool | None:
    """"Tangent Motion, a startup building…": an appositive saying what a company is follows."""
    rx = ctx.lex.rx(r"^,\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}<<head_nouns>>(?!['’])")
    return True if rx.match(ctx.lowered[e:e + 40]) else None


def where_someone_went(ctx: NameContext, s: int, e: int) -> bool | None:
    """"who left in September for Hanseatic Landesbank": after a destination mark that a departure word leads to."""
    lex, j = ctx.lex, _space_before(ctx.folded, s)
    dm = lex.rx(r"(?<![a-z])<<destination_marks>>$").search(ctx.lowered, max(0, j - 12), j)
    if not dm:
        return None
    if any(b == dm.end() and not any(r.type == "departure" for r in lex.triggers.get(ctx.lowered[a:b], []))
           for a, b in ctx.trigger_spans):
        return None  # ("will retire to make way for Cato Wrenfield": the mark ends a word of another event)
    for a, b in ctx.trigger_spans:
        if 0 <= dm.start() - b <= 30 and not _CLAUSE_PUNCT.search(ctx.folded[b:dm.start()]) and any(
                r.type == "departure" for r in lex.triggers.get(ctx.lowered[a:b], [])):
            return True
    return None


def after_an_event_word(ctx: NameContext, s: int, e: int) -> bool | None:
    """An event word right before the pair decides: "founded Tangent Motion", "joined Corbel Data" (a founding or
    hiring word whose subject is the person) place a company; any other ("succeeded Maya Lund") a person, whatever
    follows."""
    j = _space_before(ctx.folded, s)
    for a, b in ctx.trigger_spans:
        if b == j and j < s:
            rules = ctx.lex.triggers.get(ctx.lowered[a:b], [])
            return any(r.type in ("founding", "hire") and r.direction == "subject" for r in rules)
    return None


def owner_of_a_title(ctx: NameContext, s: int, e: int) -> bool | None:
    """"Marlow Health's chief operating officer": whose titles these are is a company."""
    return True if ctx.folded[e:e + 3] in ("'s ", "’s ") and (e + 3) in ctx.role_starts() else None


def where_a_title_is_held(ctx: NameContext, s: int, e: int) -> bool | None:
    """"named chief financial officer of Corbel Data": the company a title is held at."""
    of_at = _OF_AT_BEFORE.search(ctx.lowered, max(0, s - 5), s)
    return True if of_at and any(b == of_at.start() for _, b in ctx.role_spans) else None


def hires_a_name_after(ctx: NameContext, s: int, e: int) -> bool | None:
    """"Kestrel Grid hired Maya Lund as…": right before a word whose object is a person (hired, appointed, named; not
    "succeeded") that a capitalised name follows; but not "Harold Brisco hired Lena Ostrova … Brisco said", where
    the last word stands alone as a family name, nor after a title or a courtesy ("chairman Cy Park named…")."""
    f, lex = ctx.folded, ctx.lex
    if f[e:e + 1] != " ":
        return None
    if _space_before(f, s) in ctx.role_ends() or _HONORIFIC_BEFORE.search(f, max(0, s - 6), s):
        return None  # ("Orbis chairman Cy Park named Ben Tao as CEO": a title or a courtesy before it, a person)
    for a, b in ctx.trigger_spans:
        if a == e + 1:
            if not any((r.type == "hire" and r.direction == "object") or (r.type == "promotion" and not r.succession)
                       for r in lex.triggers.get(ctx.lowered[a:b], [])) or \
                    ctx.lowered[a:b] in lex.grammar.get("helm_words", ()):
                return None  # (nor a word whose object is the organisation led: "Ben Tao took charge of Orbis")
            m = _NAME_AFTER.match(f, b)
            if not m or any(w in lex.latin_not_name for w in m.group(1).split()):
                return None
            return None if _family_name_alone(f, f[s:e].split(" ")[-1], s, e) else True
    return None


# In order: the first that says True or False decides (``after_an_event_word`` is the one that can say False).
COMPANY_SLOTS = (before_which, raises_after, before_a_title_after_article, before_company_appositive,
                 where_someone_went, after_an_event_word, owner_of_a_title, where_a_title_is_held, hires_a_name_after)


def _company_slot(ctx: NameContext, s: int, e: int) -> bool:
    """Whether the pair folded[s:e] stands where a company goes (see ``COMPANY_SLOTS``)."""
    for slot in COMPANY_SLOTS:
        verdict = slot(ctx, s, e)
        if verdict is not None:
            return verdict
    return False


def _space_before(f: str, s: int) -> int:
    """Where the spaces right before ``s`` start."""
    j = s
    while j > 0 and f[j - 1] == " ":
        j -= 1
    return j


# ------------------------------------------------------------------ a company called by its first word
def _first_word_is_company(ctx: NameContext, g, s: int, e: int) -> bool:
    """"Lumenar Velo … Lumenar": a first word standing alone more often than the last is a company's short name
    (not "Nadia Hassan, a research director … Nadia is": a person called by first name now and then, unless the
    first word stands alone far more often; nor "Tan Kok Leong … Tan, who": a family name written first)."""
    if _FAMILY_NAME_FIRST.fullmatch(g[-1][2]) or _family_name_first(ctx, g):
        return False  # "Wei Che-chia … Wei said", "Wong Wei Kong … Wong said": a Chinese name, its family name first
    if ctx.lex.rx(r"(?<![a-z])(?:<<honorifics_before_name>>) $").search(ctx.lowered, max(0, s - 20), s):
        return False  # "Air Chief Marshal Ana Ruiz … Ana was appointed": a rank or courtesy before the pair
    if _after_honorific_somewhere(ctx, g[-1][2]):
        return False  # "Dale Henderson … Mr Henderson … Dale has accepted": the quotes call him by his first name
    first_alone = _alone_count(ctx, g[0][2], s)
    last_alone = _alone_count(ctx, g[-1][2], s)
    return first_alone >= 1 and first_alone > last_alone and (
        first_alone >= 3 * (last_alone + 1) or not _titled_appositive(ctx, e)) and \
        not _alone_as_person(ctx, g[0][2], s)


def _after_honorific_somewhere(ctx: NameContext, word: str) -> bool:
    """"Mr Henderson", "Ms. Ruiz": the last word of the pair written after a courtesy title anywhere makes the pair a
    person's, however often the first word stands alone (British, Australian, Indian and African news call a
    person "Mr Henderson" and the quotes they print call him "Dale")."""
    f = ctx.folded
    return len(word) >= 2 and any(_HONORIFIC_BEFORE.search(f, max(0, m.start() - 6), m.start())
                                  for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])", f))


def _titled_appositive(ctx: NameContext, e: int) -> bool:
    """"X Y, a research director who…": a job title in apposition right after the name makes it a person's."""
    for a, _ in ctx.role_spans:
        if e < a <= e + 40 and _PERSON_APPOSITIVE.match(ctx.lowered, e, a):
            return True
    return False


def _alone_count(ctx: NameContext, word: str, skip: int) -> int:
    """How often ``word`` stands alone (not inside a longer capitalised name) outside the 60 characters from ``skip``."""
    return sum(1 for i in ctx.alone_starts(word) if not skip <= i < skip + 60)


def _alone_as_person(ctx: NameContext, word: str, skip: int) -> bool:
    """"Tan, who oversaw…" / "Mr. Lim": ``word`` standing alone the way a person's name does."""
    f = ctx.folded
    for i in ctx.alone_starts(word):
        if skip <= i < skip + 60:
            continue
        if _WHO_AFTER.match(f, i + len(word)) or _HONORIFIC_BEFORE.search(f, max(0, i - 6), i):
            return True
        sa = _SERVED_AS_AFTER.match(f, i + len(word))
        if sa is not None and sa.end() in ctx.role_starts():
            return True
    return False


def _family_name_alone(f: str, word: str, s: int, e: int) -> bool:
    """Whether ``word`` stands alone outside [s, e) after a lower-case word, a clause mark or a courtesy title ("Brisco
    said", "Mr. Brisco"), not glued to another capitalised word."""
    for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])(?! [A-Z])", f):
        i = m.start()
        if s <= i < e:
            continue
        before = f[max(0, i - 12):i]
        if not before.strip() or _ALONE_BEFORE.search(before) or _HONORIFIC_BEFORE.search(before):
            return True
    return False
