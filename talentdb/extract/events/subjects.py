"""The people a trigger is about: named before it, after it (an object), in a list, or the group of the sentence
before; and when no one can be (a group, a relative clause about someone else).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from talentdb.extract.entities import Mention
from talentdb.extract.events.patterns import _PASSIVE, AND_OTHERS, HAN_PEOPLE_COUNT, LIST_MARK_BEFORE_TITLE
from talentdb.extract.events.site import NOTHING, Site, first
from talentdb.extract.names.mentions import _KIN_AFTER

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


_RELATIVE_PERSON_GAP = 14
_TO_AND_END = re.compile(r"(?:\bto|\band)\s*$")
_BUT_BEFORE = re.compile(r"\b(?:but|and|yet)\s+$")
_CLAUSE_MARK = re.compile(r"[,;:()]")
# what may open a clause before a title that stands for a person: "The company's founder", "該公司創辦人", "其財務長"
_TITLE_OPENS = re.compile(r"\s*(?:(?:the|its|their|his|her)\s+)?(?:(?:company|firm|group|startup|bank)['’]s\s+)?(?:former\s+)?"
                          r"|\s*(?:该公司|该集团|该行|公司|其|该)?")
_OF_GAP = re.compile(r"\s+of\s+(?:[a-z\-]+(?:['’]s?)?\s+){0,3}$")  # "departure of (its longtime) Dana Whit"
_OWNER_GAP = re.compile(r"['’]s\s+(?:[a-z\-]+\s+){0,2}$")  # "Dana Whit's (abrupt) resignation"


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_GROUP_BACK = r"<<group_back>>"


# a name made an adjective: "the Ruiz-led party", "a Tao-backed fund", "the Ruiz-era strategy"
_NAME_AS_ADJECTIVE = re.compile(r"-(?:led|backed|owned|run|controlled|founded|chaired|headed|era|style|linked|allied|"
                                r"aligned|affiliated|appointed|picked|named)\b", re.I)


def _possessive(art: _Article, p: Mention) -> bool:
    """"Ana Ruiz's Quorra" / "the Ruiz-led party": a person named as an owner, not one who acts."""
    return not p.pronoun and (art.folded[p.end:p.end + 2] in ("'s", "’s") or
                              _NAME_AS_ADJECTIVE.match(art.folded, p.end) is not None)


class Around:
    """The people named around a trigger in its clause, as the subject strategies read them (not those named as
    owners: "after Ana Ruiz's exit"): ``before`` the word; ``after`` it; ``objects``, who the word acts on (for
    "fired its CFO, Ana Ruiz," the one in apposition to the title after the word); ``actors_after``, the objects
    but the one a succession word names as replaced ("will succeed Orrin Vale as CFO", "接替柯文瀚")."""

    __slots__ = ("before", "after", "objects", "actors_after")

    def __init__(self, site: Site):
        art, ts, te, ce = site.art, site.trigger_start, site.trigger_end, site.clause_end
        self.after = after = [p for p in art.ents.persons_in(te, ce) if not _possessive(art, p)]
        # (an owner is no actor, but for a word that is the noun owned: "Ana Ruiz's appointment as CEO")
        self.before = [p for p in art.ents.persons_in(site.clause_start, ts)
                       if p.end <= ts and (not _possessive(art, p) or p.end == ts)]
        f = art.folded
        if _acts_on_the_one_after(site) and not after and ce < len(f) and f[ce:ce + 1] in ",，" and \
                any(r.end <= ce and ce - r.end <= 1 for r in art.roles_in(te, ce)):
            after = [p for p in art.ents.persons_in(ce, min(ce + 3 + _honorifics_len(art, ce), len(f)))
                     if not p.pronoun] or after
        self.objects = after
        if site.rule.succession and after and (after[0].start - te <= 3 or not art.rx(
                r"<<agent_marks>>").search(art.lowered, te, after[0].start)):
            after = []
        self.actors_after = after


def _honorifics_len(art, ce: int) -> int:
    """How long the honorifics opening a name in apposition after the comma at ``ce`` are ("replaced the outgoing
    chairperson, Ms Rina Kotez": British style, no dot; probe 2026-12-07)."""
    m = art.rx(r",\s*(?:<<honorifics_before_name>>\s+)+").match(art.lowered, ce)
    return m.end() - ce if m else 0


def _acts_on_the_one_after(site: Site) -> bool:
    """Whether the word is about the one named after it: it acts on them ("fired its CFO, Ana Ruiz,"), or a
    succession told in the passive names them after "by" ("will be replaced by the company's COO, Ben Tao")."""
    if site.rule.direction == "object" or _a_company_acts(site):
        return True
    return site.rule.succession and site.art.lang == "en" and \
        bool(site.art.rx(r"\s*by\b").match(site.art.lowered, site.trigger_end))


def _a_company_acts(site: Site) -> bool:
    """"Orbis promoted its vice president of engineering, Lena Ostrova, to CTO": an English word of taking a post
    with an organisation and no person before it in its clause, and no passive: the organisation acts on the one in
    apposition after the title (``person_the_company_acts_on``)."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    return art.lang == "en" and site.type in ("promotion", "hire") and bool(art.ents.orgs_in(cs, ts)) and \
        not any(p.end <= ts for p in art.ents.persons_in(cs, ts)) and not _passive(site, 8)


def _subjects(site: Site) -> list[Mention]:
    """The people a trigger is about: the answer of the first of ``SUBJECT_STRATEGIES`` (none when it is NOTHING:
    a group, a relative clause about others)."""
    got = first(SUBJECT_STRATEGIES, site, Around(site)) or []
    if got and got[-1].start >= site.trigger_end:
        got = got + [q for q in _coordinated_as_objects(site, got[-1]) if q not in got]
        got = got + [q for q in _listed_with_wei(site, got[-1]) if q not in got]
        got = got + [q for q in _others_listed_next(site, got[-1]) if q.key not in {g.key for g in got}]
        got = got + [q for q in _listed_after_own_titles(site, got[-1]) if q.key not in {g.key for g in got}]
    if got:
        got = [q for q in _topic_joined_by_companions(site, got) if q not in got] + got
        got = got + [q for q in _companions_with_as(site, got) if q not in got]
        got = got + [q for q in _listed_with_own_titles(site, got) if q not in got]
    return got


def pronoun_inside_the_words(site: Site, near: Around):
    """"…rose to become CEO in 2006, a position she held until 2014": a subject pronoun between a word and its second
    part (the lexicon's "a position…held until") is who the word is about."""
    art, gap = site.art, site.rule.gap
    if not gap or art.lang != "en":
        return None
    g = art.lowered.find(gap, site.trigger_end, site.clause_end)
    ps = [p for p in art.ents.persons_in(site.trigger_end, g) if p.pronoun and
          art.lowered[p.start:p.end] in ("he", "she", "they")] if g >= 0 else []
    return [ps[-1]] if ps else None


def group_named_before(site: Site, near: Around):
    """"三人隨後共同創辦了星河智能" / "the three later founded Quorra": the group named in the sentence before."""
    art = site.art
    # (the cheap tests first: there is seldom a group to go back to)
    if art.last_group and art.last_group[0].start < site.sentence_start and \
            site.sentence_start - art.last_group[-1].end < 200 and \
            art.rx(_GROUP_BACK).search(art.lowered, *site.before) and not art.ents.persons_in(*site.before):
        return list(art.last_group)
    return None


def event_noun_subject(site: Site, near: Around):
    """"the resignation of chief executive Ana Ruiz" / "Ana Ruiz's resignation": the named person's event."""
    # (whoever else the clause names)
    art = site.art
    if art.lang != "en" or site.word not in art.lex.grammar.get("event_nouns", ()):
        return None
    got = _noun_subject(art, site.trigger_start, site.trigger_end, site.clause_start, site.clause_end)
    if got is None and site.word in art.lex.grammar.get("noun_only_events", ()):
        return NOTHING  # ("the arrival of spring", "since her arrival": no one's told here)
    return got


# "Ana Ruiz's decision to retire": the owner of a decision (a choice made, not a plan) to do what the word says
_DECISION_GAP = re.compile(r"['’]s\s+(?:[a-z\-]+\s+)?(?:decision|choice|move)\s+to\s+$")


def owner_of_a_decision(site: Site, near: Around):
    """"following Ana Ruiz's decision to retire from the board": the one whose decision it is."""
    art, ts = site.art, site.trigger_start
    if art.lang != "en" or site.rule.direction == "object":
        return None
    owners = [p for p in art.ents.persons_in(site.clause_start, ts) if p.end <= ts and _possessive(art, p)]
    if owners and _DECISION_GAP.fullmatch(art.lowered, owners[-1].end, ts):
        return [owners[-1]]
    return None


def leaver_who_moves_on(site: Site, near: Around):
    """"Ana Ruiz left Brightline in June to join Orbis": a move chained to a leaving is the leaver's."""
    # (chained by "to" or "and" to a departure word just before it)
    if site.type != "hire" or site.rule.direction == "object" or \
            (near.before and site.art.gap_ok(near.before[-1].end, site.trigger_start)):
        return None
    leaver = _chained_leaver(site.art, site.trigger_start, site.sentence_start)
    return site.art.chain_back(leaver, site.sentence_start) if leaver is not None else None


def person_after_relative_clause(site: Site, near: Around):
    """"即將接任技術長的林佳慧": the person right after the relative clause; nobody for "離職的員工"."""
    # (nobody when the clause describes a group, or someone named before who only speaks)
    art = site.art
    te, ce, ts = site.trigger_end, site.clause_end, site.trigger_start
    rel = art._relative_rx.search(art.folded, te, ce) if art._relative_rx is not None else None
    de = rel.start() if rel else -1
    if de >= 0 and site.rule.succession and art.triggers_in(te, de):
        de = -1  # "接替上月離任的風險總監柯文瀚": the clause before 的 is about the one replaced leaving
    after, before = near.after, near.before
    if de < 0 or (after and de >= after[0].start):
        return None
    nxt = [p for p in after if p.start > de]
    if nxt and nxt[0].start - de <= _RELATIVE_PERSON_GAP and not art.has(art.lex.group_nouns, de, nxt[0].start):
        return art.chain_forward(nxt[0], ce)
    if de - te <= 1 or art.has(art.lex.group_nouns, de, min(ce, de + 8)):
        if not before or art.has(art.lex.speech_verbs, before[-1].end, ts) or \
                art.has(art.lex.group_nouns, before[-1].end, ts):
            return NOTHING
    return None


def list_after_colon(site: Site, near: Around):
    """"hired three engineers from Orbis: Ana Li, Bo Chen and Cy Park": the list after the colon."""
    # (a word that acts on someone, or an appointment: "appointed three new directors: Ana Li, Bo Chen and Cy Park")
    art, ce = site.art, site.clause_end
    if not (site.rule.direction == "object" or site.type in ("promotion", "hire")) or near.objects or \
            art.folded[ce:ce + 1] not in (":", "：") or near.before:
        return None
    nxt = [p for p in art.ents.persons_in(ce + 1, min(len(art.folded), ce + 6)) if not p.pronoun]
    got = art.chain_forward(nxt[0], site.sentence_end) if nxt else None
    return got + _items_after_semicolons(art, got[-1].end) if got else got


# an item of a list told with appositions, after its semicolon: "; and Ben Tao, CEO of Halden" / "；王小芳，星河總裁"
_NEXT_ITEM = r"[;；]\s*(?:and\s+|以及|及)?(?:<<honorifics_before_name>>\s+)?"
_LIST_STOP = re.compile(r"[。!?！？\n]|\.\s")


def _items_after_semicolons(art: _Article, at: int) -> list[Mention]:
    """"named three directors: Ana Li, CFO of Orbis; Bo Chen, CEO of Quorra; and Cy Park, …": each name that opens
    an item after a semicolon, up to the end of the sentence (the semicolons cut it into parts for the rest)."""
    stop = _LIST_STOP.search(art.folded, at)
    end, out = stop.start() if stop else len(art.folded), []
    for m in art.rx(_NEXT_ITEM, 0).finditer(art.lowered, at, end):
        p = next((q for q in art.ents.persons_in(m.end(), m.end() + 1) if not q.pronoun), None)
        if p is None:
            break
        out.append(p)
    return out


# a count of people: 委任四名新成員, 另有四人獲委任, 三位
_HAN_COUNT = re.compile(r"[0-9两二三四五六七八九十几数多]+\s*(?:名|位|人)")
# what ends an item of such a list after its name (an age in brackets may come first): 、 / ,以及 / 和 / 等 / the end
_LIST_ITEM_END = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:[、,，;；。]|以及|及|和|与|與|等|$)")


def list_after_includes(site: Site, near: Around):
    """"港府為星河局委任四名新成員,包括前行會成員林大明、議員易志遠等": a Chinese appointment of several, counted and
    none named in its clause, whose next clause lists them after a word that opens a list ([grammar] list_openers:
    包括, 依序是); a title may stand before each name, and each name ends an item of the list. After a colon the
    list needs no opener, and its items may be cut by semicolons ("委任三名董事：星河總裁林大明；晨光董事長王小芳").
    The same for several who leave, counted or not when the word ends the clause ("三名董事上週辭任,分別為林大明、王志強",
    "高層接連出走,包括財務長林大明及營運長王志強")."""
    art, cs, ce = site.art, site.clause_start, site.clause_end
    if art.lang == "en" or near.after or near.before or art.folded[ce:ce + 1] not in (",", "，", ":", "："):
        return None
    if site.type in ("promotion", "hire"):
        if not _HAN_COUNT.search(art.folded, cs, ce):
            return None
    elif site.type != "departure" or site.rule.direction == "object" or \
            not (_HAN_COUNT.search(art.folded, cs, ce) or ce - site.trigger_end <= 2):
        return None
    colon = art.folded[ce] in (":", "：")
    m = art.rx(r"\s*(?:[\u4e00-\u9fff0-9]{0,4}?(?:<<list_openers>>))" + ("?" if colon else "")).match(art.lowered, ce + 1)
    if m is None or m.end() - ce > 10:
        return None
    stop = _LIST_STOP.search(art.folded, m.end()) if colon else None
    end = (stop.start() if stop else len(art.folded)) if colon else site.sentence_end
    listed = [p for p in art.ents.persons_in(m.end(), end)
              if not p.pronoun and _LIST_ITEM_END.match(art.folded, p.end)]
    if not listed or listed[0].start - m.end() > 40 or art.triggers_in(m.end(), listed[-1].start):
        return None
    return listed


_HAN_NUM = HAN_PEOPLE_COUNT
# what opens the Chinese sentence that lists the people an appointment of several was about, after a short report
# clause at most ("文告說,"): 他們是 / 這五人包括 / 另兩人是 / 其餘三人分別為 / 三人依序是
_HAN_NEXT_LIST = (r"(?:[^,;:。!?\n]{0,14}[,:])?\s*(?:他们|她们|这些人|这" + _HAN_NUM + r"|另外?" + _HAN_NUM + r"|其余" + _HAN_NUM +
                  r"|其他" + _HAN_NUM + r"|" + _HAN_NUM + r")?\s*(?:<<list_openers>>|是|为|分别为)\s*")


def _listed_opening_next_sentence(art: _Article, si: int) -> list[Mention]:
    """The people listed at the opening of sentence ``si`` after a Chinese list opener (``_HAN_NEXT_LIST``), each
    ending an item of the list (a title may stand before each name); none when the sentence opens otherwise or tells
    an event of its own before its last name."""
    if si >= len(art.sentences):
        return []
    a, b = art.sentences[si]
    m = art.rx(_HAN_NEXT_LIST).match(art.lowered, a, b)
    if m is None or art.ents.persons_in(a, m.end()) or not art.rx(
            r"(?:他们|她们|这些人|这|另|其余|其他|[0-9两二三四五六七八九十])|<<list_openers>>").search(art.lowered, a, m.end()):
        return []
    listed = [p for p in art.ents.persons_in(m.end(), b) if not p.pronoun and _LIST_ITEM_END.match(art.folded, p.end)]
    if not listed or listed[0].start - m.end() > 40 or art.triggers_in(m.end(), listed[-1].start):
        return []
    return listed


def list_in_the_next_sentence_han(site: Site, near: Around):
    """"新一屆理事會選出三名副會長。他們是林佳慧、王志強和陳美玲。": a Chinese appointment of several, counted after the
    word and none named after it, whose next sentence opens by listing them (``_listed_opening_next_sentence``)."""
    art = site.art
    if art.lang == "en" or site.type not in ("promotion", "hire") or near.after or \
            (near.before and site.rule.direction != "object") or \
            not _HAN_COUNT.search(art.folded, site.trigger_end, site.clause_end) or \
            art.ents.persons_in(site.clause_end, site.sentence_end) or _passive(site, 4):
        return None
    return _listed_opening_next_sentence(art, site.sentence + 1) or None


def _others_listed_next(site: Site, last: Mention) -> list[Mention]:
    """"委任林大明及另外兩人為董事。…另兩人是王志強和陳美玲": the others of an appointment told with its first person,
    counted right after them and listed in the next sentence."""
    art = site.art
    if art.lang == "en" or site.type not in ("promotion", "hire") or not AND_OTHERS.match(art.folded, last.end):
        return []
    return _listed_opening_next_sentence(art, site.sentence + 1)


# what opens the sentence that lists the people an appointment of several was about: "They are", "The appointees
# are", "The new directors include", "Those appointed were"
_LIST_OPENER = (r"\s*(?:they(?:\s+(?:all|both|\d))?|these|those(?:\s+(?:appointed|named|elected|promoted|hired))?|the\s+(?:new\s+)?"
                r"[a-z\-]+(?:\s+[a-z\-]+)?)\s+(?:are|were|include|included|will\s+be)\s*:?\s*"
                r"(?:<<honorifics_before_name>>\s+)?")
_SEVERAL = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|new)\b")


def list_in_the_next_sentence(site: Site, near: Around):
    """"The board appointed three deputy chief executives. They are Ana Li, Bo Chen and Cy Park.": an English
    appointment of several people, none named after the word (one named before it appoints, "President Ana Li has
    appointed three directors"), whose next sentence opens by listing them; or several who leave, counted before
    the word and named nowhere in its sentence ("Two trustees resigned in May. They are treasurer Ana Li and
    director Bo Chen.")."""
    art = site.art
    if art.lang != "en" or not (_several_appointed(site) or _several_leave(site)):
        return None
    i = site.sentence + 1
    if i >= len(art.sentences):
        return None
    a, b = art.sentences[i]
    m = art.rx(_LIST_OPENER, 0).match(art.lowered, a, b)
    first_named = next((p for p in art.ents.persons_in(a, b) if not p.pronoun), None)
    if m is None or first_named is None or _without_roles(art, m.end(), first_named.start).strip():
        return None  # (a title may stand before the first name: "They were vice-chairman Ana Li, …")
    got = list(art.chain_forward(first_named, b))
    line_end = art.folded.find("\n", a)  # (the list may run on past a ";" that splits sentences)
    for q in art.ents.persons_in(got[-1].end, line_end if line_end > 0 else len(art.folded)):  # ("Ana Li (Deputy CEO, Finance); and Dr. Bo Chen (…)")
        if not q.pronoun and q.key not in {g.key for g in got} and art.rx(_BRACKETED_THEN_NEXT, 0).fullmatch(art.lowered, got[-1].end, q.start):
            got.append(q)
    return got


# what may stand before a word that describes a group ("those departing", "among the newly appointed"), and what lies
# between the word and the verb that lists the group ("retiring trustees of Orbis include", "elected were")
_GROUP_WORD_OPENS = re.compile(r"\s*(?:(?:also|and|among|the|its|their|those|other|newly|recently|just|recent|latest|further|"
                              r"notable|senior)\s+)*(?:(?:officers|officials|officeholders|office-bearers|members|"
                              r"directors|trustees)\s+)?$")
_GROUP_LISTED = (r"\s*(?:[\w\-]+\s+){0,8}?(?:include|includes|included|are|were|will\s+be)\s*:?\s*"
                 r"(?:(?:its|their|the)\s+)?(?:<<honorifics_before_name>>\s+)?")


def people_listed_after_a_group_word(site: Site, near: Around):
    """"Retiring trustees include Ana Li and Bo Chen" / "Among those leaving are Ana Li and Bo Chen" / "Those
    elected were Ana Li and Bo Chen": an English word that describes a group (it opens its clause, after "the",
    "those", "among"…) and a verb that lists it ("include", "are", "were"): the people listed (a title may stand
    before each)."""
    art, cs, ts, te = site.art, site.clause_start, site.trigger_start, site.trigger_end
    if art.lang != "en" or site.rule.direction == "object" or near.before or \
            not _GROUP_WORD_OPENS.fullmatch(art.lowered, cs, ts) or not near.after:
        return None
    gap = list(_without_roles(art, te, near.after[0].start))
    for o in art.ents.orgs_in(te, near.after[0].start):
        gap[o.start - te:o.end - te] = "x" * (o.end - o.start)  # ("departing directors of Orbis Bank include")
    gap = "".join(gap)
    m = art.rx(_GROUP_LISTED, 0).match(gap)
    if m is None or gap[m.end():].strip() or art.triggers_in(te, near.after[0].start):
        return None
    return art.chain_forward(near.after[0], site.sentence_end)  # (a title before each: "were chairman A, treasurer B")


_LISTED_AFTER_GROUP = re.compile(r"[^.;:!?]{0,60}?(?:,\s*|\s+|\s*[-–—]\s*)(?:including|among\s+them|among\s+whom|such\s+as|notably)\s+")
# between two people of such a list: their titles (blanked), the time each left, a comma and "and"
# (words of what their title is of may stand before the title: "Asia credit desk head Ana Li")
_LISTED_GAP = (r"\s*(?:(?:in|on|at|by|last|this|earlier|later)\s+[\w\s.]{0,30}?)?\s*,?\s*(?:and|as\s+well\s+as)?\s*"
               r"(?:[\w\-]+\s+){0,4}?(?:<<honorifics_before_name>>\s+)?")
_LISTED_OPENS = r"\s*(?:[\w\-]+\s+){0,4}?(?:<<honorifics_before_name>>\s+)?"


def people_listed_after_a_group_leaving(site: Site, near: Around):
    """"Orbis saw an exodus of traders, including desk head Ana Li in May and Bo Chen in June": a word that tells
    several leaving as a group ([grammar] group_leaving_nouns: exodus, departures) names its people after
    "including", "among them"; each may be told with a title and the time they left. Nobody when it lists no one
    ("flight departures")."""
    art, te = site.art, site.trigger_end
    if art.lang != "en" or site.word not in art.lex.grammar.get("group_leaving_nouns", ()):
        return None
    m = _LISTED_AFTER_GROUP.match(art.lowered, te, site.sentence_end)
    if m is None or art.triggers_in(te, m.end()) or art.ents.persons_in(te, m.start()):
        return NOTHING
    people = [p for p in art.ents.persons_in(m.end(), site.sentence_end) if not p.pronoun]
    if not people or not art.rx(_LISTED_OPENS, 0).fullmatch(_without_roles(art, m.end(), people[0].start)):
        return NOTHING
    got, dates = [people[0]], art.dates_for(site.sentence_start, site.sentence_end)
    for q in people[1:]:
        gap = list(_without_roles(art, got[-1].end, q.start))
        for a, b, _ in dates:
            if got[-1].end <= a and b <= q.start:
                gap[a - got[-1].end:b - got[-1].end] = " " * (b - a)
        if q.key in {g.key for g in got} or not art.rx(_LISTED_GAP, 0).fullmatch("".join(gap)):
            break
        got.append(q)
    return got


def _several_appointed(site: Site) -> bool:
    """An appointment of several, none named after the word: a count, then a title in the plural, after the word."""
    art = site.art
    return site.type in ("promotion", "hire") and not art.ents.persons_in(site.trigger_end, site.sentence_end) and \
        not _passive(site, 8) and bool(_SEVERAL.search(art.lowered, site.trigger_end, site.clause_end)) and \
        any(r.kind == "title" and art.lowered[r.end - 1:r.end] == "s" for r in art.roles_in(site.trigger_end, site.clause_end))


def _several_leave(site: Site) -> bool:
    """A departure of several, named nowhere in its sentence: a count ("three other board members", "two
    directors"), then a title in the plural or a group noun, before the word in its clause."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if site.type != "departure" or site.rule.direction == "object" or art.ents.persons_in(site.sentence_start, site.sentence_end):
        return False
    count = _SEVERAL.search(art.lowered, cs, ts)
    if count is None or count.group() == "new":
        return False
    return any(r.kind == "title" and art.lowered[r.end - 1:r.end] == "s" for r in art.roles_in(count.end(), ts)) or \
        art.has(art.lex.group_nouns, count.end(), ts)


_BRACKETED_THEN_NEXT = r"\s*\([^()]{1,80}\)\s*[;,]\s*(?:and\s+)?(?:<<honorifics_before_name>>\s+)?"


_LIST_MARK = re.compile(r"\s*(?:[-–—•*·▪●]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*")


def people_listed_after_announcer(site: Site, near: Around):
    """"the following directors have resigned with immediate effect: - Ana Ruiz - Ben Tao": the subject announces
    a list ("the following"), its clause ends at a colon, and the people are the lines after it, one a line."""
    art, ce = site.art, site.clause_end
    if art.folded[ce:ce + 1] not in (":", "："):
        return None
    m = art.rx(r"(?:^|\W)<<list_announcers>>\s").search(art.lowered, site.clause_start, site.trigger_start)
    if m is None or any(p.start >= m.end() for p in near.before):
        return None  # (whoever the clause names before the list's announcer is not in the list)
    listed = []
    for s, e in art.sentences:
        if s <= ce:
            continue
        mark = _LIST_MARK.match(art.folded, art.folded.rfind("\n", 0, s) + 1, e)  # (its bullet opens its line)
        names = [p for p in art.ents.persons_in(s, e) if not p.pronoun]
        if mark is None or not names:
            break
        listed.append(names[0])
    return listed or None


def _passive(site: Site, n: int) -> bool:
    """A passive mark right before the word ("was fired", "被罷免"); not "be" before a word in -ing ("will be taking
    over from Ben Tao": a progressive, whose person after is still the object)."""
    if site.art.lang == "en" and site.word.split(" ", 1)[0].endswith("ing"):
        return False
    return bool(site.art.rx(_PASSIVE).search(site.folded_before(n)))


_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:newly|recently|just|new|the|its|his|her|their)|['’]s)\s+$")
_ATTRIBUTIVE_GAP = r"\s*(?:,\s*)?(?:<<honorifics_before_name>>\s+)?"


def person_given_the_title_attributively(site: Site, near: Around):
    """"the paper's newly appointed publisher, Ana Ruiz, said…" / "its recently named CEO Ben Tao": an English
    participle of appointing used as an adjective before a title: the person is the one named right after that
    title (in apposition or not), even across the comma that ends the clause. The same for a word of leaving so
    used ([grammar] leaving_adjectives: "its departing CEO, Ana Ruiz", "retiring directors Ana Ruiz and Ben Tao",
    with the people listed after a title in the plural)."""
    art, ts, te = site.art, site.trigger_start, site.trigger_end
    if art.lang != "en":
        return None
    if site.type in ("promotion", "hire") and site.word.endswith("ed"):
        if not _ATTRIBUTIVE_BEFORE.search(art.lowered, max(site.sentence_start, ts - 12), ts):
            return None
    elif site.type != "departure" or site.word not in art.lex.grammar.get("leaving_adjectives", ()) or not (
            _ATTRIBUTIVE_BEFORE.search(art.lowered, max(site.sentence_start, ts - 12), ts) or
            _GROUP_WORD_OPENS.fullmatch(art.lowered, site.clause_start, ts)):
        return None
    r = next(iter(art.titles_in(te, te + 40)), None)
    if r is None or not art.rx(r"\s*(?:<<role_modifiers>>\s*)*").fullmatch(art.lowered, te, r.start):
        return None
    p = next(iter(art.ents.persons_in(r.end, min(r.end + 8, site.sentence_end))), None)
    if p is None or p.pronoun or not art.rx(_ATTRIBUTIVE_GAP, 0).fullmatch(art.lowered, r.end, p.start):
        return None
    if site.type == "departure" and art.lowered[r.end - 1:r.end] == "s":
        return art.chain_forward(p, site.sentence_end)  # ("retiring directors Ana Ruiz and Ben Tao")
    return [p]


def holder_named_after_an_attributive_title(site: Site, near: Around):
    """"她對新任會長林佳慧寄予厚望" / "向卸任理事長王志強致敬": a Chinese move word used as an adjective ([grammar]
    han_attributive_moves) right before a title and a name: the move is that name's, not the speaker's named before
    (not "林大明新任董事長", whose name right before the word is its subject)."""
    art, ts, te = site.art, site.trigger_start, site.trigger_end
    if art.lang == "en" or site.word not in art.lex.grammar.get("han_attributive_moves", ()):
        return None
    if any(p.end == ts for p in near.before):
        return None
    r = next(iter(art.titles_in(te, te + 12)), None)
    if r is None or r.start != te:
        return None
    p = next(iter(art.ents.persons_in(r.end, min(r.end + 6, site.sentence_end))), None)
    if p is None or p.pronoun or p.start != r.end or \
            (art.triggers_in(p.end, p.end + 3) and _hands_over(art, p, site.clause_start) < 0):
        return None  # (a word of its own right after the name, unless the name hands a post over: "從卸任董事長X手中接下")
    return [p]


_DESCRIBED_THEN_NAMED = re.compile(r"[,，]([^,;:。!?，；：\n]{2,30})的\s*$")


def object_after_its_description(site: Site, near: Around):
    """"新任者為業界老將,過去曾任月光金屬總經理的林佳慧;": a Chinese word whose object takes the post and names
    no one in its clause; the object closes the next clause of the sentence, right after a description ending in 的
    (nobody else named in it, no event word in it), and ends that clause."""
    art, ce = site.art, site.clause_end
    if art.lang == "en" or site.rule.direction != "object" or not site.rule.succession or near.objects:
        return None
    p = next((q for q in art.ents.persons_in(ce, site.sentence_end) if not q.pronoun), None)
    if p is None or not _DESCRIBED_THEN_NAMED.fullmatch(art.folded, ce, p.start) or \
            not _LIST_STOP_OR_CLAUSE_END.match(art.folded, p.end) or \
            any(rr.type != "promotion" or rr.direction == "object"
                for a, b in art.triggers_in(ce, p.start) for rr in art.lex.triggers.get(art.lowered[a:b], [])):
        return None
    return [p]


_LIST_STOP_OR_CLAUSE_END = re.compile(r"\s*(?:[,;。!?，；\n]|$)")


def holder_after_by(site: Site, near: Around):
    """"a post previously held by Ana Ruiz" / "The post was vacated by Ana Ruiz in May": a word that tells who
    held a post before ([grammar] held_by_words); the one named right after it (a courtesy or a title between) held it, in the
    passive too. Nobody when no one is named there ("vacated by the board")."""
    art, te = site.art, site.trigger_end
    if art.lang != "en" or site.type != "departure" or site.word not in art.lex.grammar.get("held_by_words", ()):
        return None  # (not "taken over by": the one after it takes the post)
    after = [p for p in near.objects if not p.pronoun]
    if not after or not art.rx(_AFTER_BY_GAP).fullmatch(_without_roles(art, te, after[0].start)):
        return NOTHING
    return art.chain_forward(after[0], max(site.clause_end, after[0].end))


_AFTER_BY_GAP = r"\s*(?:(?:the|its|his|her)\s+)?(?:(?:former|then|longtime|outgoing)\s+)?(?:(?:<<honorifics_before_name>>)\s+)*"


_OWNER_OF_A_ROLE = r"['’]s\s+(?:[a-z\-]+\s+)?<<post_nouns>>\b"


def owner_of_the_role_taken(site: Site, near: Around):
    """"Mr Ruiz's role as editor of the Orbis Herald will be taken on by Ben Tao": a word of the one replaced told in
    the passive, its subject a post owned by a person ("'s role", "'s post"): that person leaves it."""
    art, ts = site.art, site.trigger_start
    if art.lang != "en" or site.type != "departure" or site.rule.direction != "object" or not _passive(site, 10):
        return None
    owners = [p for p in art.ents.persons_in(site.sentence_start, ts) if not p.pronoun and p.end <= ts and
              art.rx(_OWNER_OF_A_ROLE, 0).match(art.lowered, p.end)]
    return [owners[-1]] if owners and not art.triggers_in(owners[-1].end, ts) else None


def object_after_word(site: Site, near: Around):
    """"Brightline hired Ana Ruiz and Ben Tao": the people the word acts on (not after a passive; not a possessive
    before the one named: "making way for her deputy Ben Tao"; nobody when the one named owns a group: "hired a
    VP for Ana Ruiz's team")."""
    after = near.objects
    if site.rule.direction != "object" or not after or _passive(site, 8):
        return None
    if len(after) > 1 and after[0].pronoun and not after[1].pronoun and \
            _POSSESSIVE_BEFORE_NAME.fullmatch(site.art.lowered, after[0].start, after[1].start):
        after = after[1:]
    if owner_of_a_group(site.art, after[0]):
        return NOTHING  # ("聘請了…擔任王志強團隊的副總裁": he only heads the team)
    return site.art.chain_forward(after[0], max(site.clause_end, after[0].end))


_POSSESSIVE_BEFORE_NAME = re.compile(r"(?:his|her|their)\s+(?:[a-z\-]+\s+){1,3}")


_AS_THEN_AND = re.compile(r"\s+as\s+[^,;:()]{2,90}?\s+and\s+$")
_AS_AFTER = re.compile(r"\s+as\s+")


def _coordinated_as_objects(site: Site, last: Mention) -> list[Mention]:
    """"appointed A as MD of Bank One and B as MD of Bank Two": the further people of a coordinated list of
    "NAME as TITLE" objects, each joined by "and" after the title of the one before."""
    art, out = site.art, []
    if art.lang != "en" or not _AS_AFTER.match(art.lowered, last.end):
        return out
    for q in art.ents.persons_in(last.end, site.sentence_end):
        if q.pronoun or q.key == last.key:
            continue
        if not _AS_THEN_AND.fullmatch(art.lowered, last.end, q.start) or not _AS_AFTER.match(art.lowered, q.end):
            break
        out.append(q)
        last = q
    return out


# "為總經理、" / "為董事長," : a post given with 為 (a few characters of employer allowed), then a list mark
_WEI_TITLE_THEN_MARK = re.compile(r"为[^,;:。、()]{0,8}?(?:[、,;]|以及|及|和|与)$")  # (the last item after 及: "…及陳美玲為司庫")


def _listed_with_wei(site: Site, last: Mention) -> list[Mention]:
    """"聘任王小明為總經理、李大同為財務長" / "選任A為董事長,B為總經理": the further people of a list of "NAME 為 TITLE"
    objects (Chinese counterpart of ``_coordinated_as_objects``): each right after the title of the one before and a
    list mark, followed by 為 and a title of its own."""
    art, out = site.art, []
    if art.lang == "en" or art.lowered[last.end:last.end + 1] != "为":
        return out
    for q in art.ents.persons_in(last.end, site.sentence_end):
        if q.pronoun or q.key == last.key:
            continue
        gap = art.lowered[last.end:q.start]
        if not _WEI_TITLE_THEN_MARK.fullmatch(gap) or not art.roles_in(last.end, q.start) or \
                art.lowered[q.end:q.end + 1] != "为" or not art.roles_in(q.end, min(q.end + 10, site.sentence_end)):
            break
        out.append(q)
        last = q
    return out


def _listed_after_own_titles(site: Site, last: Mention) -> list[Mention]:
    """"新領導架構為會長林一帆、理事長王志強、監事長陳美玲" / "選出會長A、理事長B": a roster of "TITLE NAME" items
    after the word (Chinese; a hire or promotion word): the further people, each after a list mark and a title of
    its own that stands right before the name."""
    art, out = site.art, []
    if art.lang == "en" or site.type not in ("promotion", "hire") or \
            not any(r.end == last.start for r in art.titles_in(site.trigger_end, last.start)):
        return out
    for q in art.ents.persons_in(last.end, site.sentence_end):
        if q.pronoun or q.key == last.key:
            continue
        r = next(reversed(art.titles_in(last.end, q.start)), None)
        if r is None or r.end != q.start or not LIST_MARK_BEFORE_TITLE.fullmatch(art.lowered, last.end, r.start):
            break
        out.append(q)
        last = q
    return out


_OWN_TITLE_GAP = re.compile(r"\s*(?:as\s+)?(?:(?:the|its|their)\s+)?$")
_NEXT_OF_LIST = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:<<honorifics_before_name>>\s+)?$"


def _listed_with_own_titles(site: Site, got: list[Mention]) -> list[Mention]:
    """"Ana Ruiz was elected president, Ben Tao vice-president and Cy Park treasurer" / "elected Ana Ruiz as president,
    Ben Tao as secretary and Cy Park as treasurer": after the title the word gives, the further people of a list of
    "NAME (as) TITLE" items, each with a title of its own (English; a promotion or hire word)."""
    art, out = site.art, []
    if art.lang != "en" or site.type not in ("promotion", "hire"):
        return out
    last = got[-1]
    at = max(site.trigger_end, last.end)
    r = next(iter(art.titles_in(at, min(site.sentence_end, at + 40))), None)
    if r is None or not _OWN_TITLE_GAP.fullmatch(_without_roles(art, at, r.start)):
        return out
    for q in art.ents.persons_in(r.end, site.sentence_end):
        if q.pronoun or any(q.key == g.key for g in got + out) or not art.rx(_NEXT_OF_LIST, 0).fullmatch(art.lowered, r.end, q.start):
            break
        nr = next(iter(art.titles_in(q.end, min(site.sentence_end, q.end + 20))), None)
        if nr is None or not _OWN_TITLE_GAP.fullmatch(art.lowered, q.end, nr.start) or \
                art.triggers_in(r.end, nr.start):
            break
        out.append(q)
        r = nr
    return out


# "和王小華、李建國(共三人)一道" : with whom, a count, and "together" before the word (Simplified: folded)
_WITH_BEFORE_COMPANIONS = re.compile(r"(?:和|与|跟|同|连同)\s*$")
_TOGETHER_AFTER_COMPANIONS = re.compile(r"\s*(?:等)?\s*(?:共|一共|合共)?\s*[\d一二两三四五六七八九十]*\s*(?:人|位|名)?\s*"
                                        r"(?:一道|一起|一同|共同|同时)?\s*$")


_TOGETHER = ("一道", "一起", "一同", "共同")


def _topic_joined_by_companions(site: Site, got: list[Mention]) -> list[Mention]:
    """"周大明2015年加入星河科技,去年8月和王小華、李建國共三人一道成為星河科技合夥人": a clause that opens with
    "with" and the companions, closed by a count and "together" (Chinese): the sentence's topic, named in a clause
    before, takes the post with them."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if art.lang == "en" or site.type not in ("promotion", "hire", "departure") or cs <= site.sentence_start or \
            got[0].start < cs or got[-1].end > ts:
        return []
    m = _WITH_BEFORE_COMPANIONS.search(art.folded, cs, got[0].start)
    together = _TOGETHER_AFTER_COMPANIONS.match(art.folded, got[-1].end, ts)
    if m is None or m.end() != got[0].start or together is None or \
            not (together.group().strip() or art.folded.startswith(_TOGETHER, ts)):
        return []
    if art.ents.persons_in(cs, m.start()) or art.roles_in(cs, m.start()):
        return []
    topic = [p for p in art.ents.persons_in(site.sentence_start, cs) if not p.pronoun]
    return topic[:1]


_AS_TITLE_THEN_WITH = r"\s+(?:as\s+)?[^;:()]{2,110}?[,\s]\s*(?:and\s+|while\s+)?with\s+(?:<<honorifics_before_name>>\s+)?$"


def _companions_with_as(site: Site, got: list[Mention]) -> list[Mention]:
    """"named Ana Ruiz as chief executive, with Ben Tao as her deputy" / "Ana Ruiz now heads Orbis as CEO with Ben
    Tao as the executive director": the one given a second post in the same appointment, told by "with NAME as
    TITLE" after the title of the word (English only; each must be followed by "as" and a title)."""
    art, out = site.art, []
    if art.lang != "en" or site.type not in ("promotion", "hire"):
        return out
    for q in art.ents.persons_in(site.trigger_end, site.sentence_end):
        if q.pronoun or any(q.key == g.key for g in got + out) or not _AS_AFTER.match(art.lowered, q.end) or \
                not art.roles_in(q.end, min(q.end + 60, site.sentence_end)):
            continue
        head = max(site.trigger_end, (out or got)[-1].end)
        if not art.rx(_AS_TITLE_THEN_WITH, 0).search(art.lowered, head, q.start) or \
                art.triggers_in(head, q.start) or art.ents.persons_in(head, q.start):
            break
        out.append(q)
    return out


# what lies between a passive word of succession and its successor: "by", "in his new role by Mr", "by the paper's
# current"
_AGENT_GAP = (r"^\s*(?:in\s+(?:his|her|its|their)\s+(?:[\w\-]+\s+){0,3}?<<post_nouns>>\s+)?"
              r"<<agent_marks>>\s*(?:<<honorifics_before_name>>\s+)?(?:(?:his|her|its|their|the)\s+)?(?:[\w\-]+(?:['’]s)?\s+){0,2}"
              # (a title in apposition before the name: "replaced by the company's COO, Ben Tao")
              r"(?:,\s*(?:<<honorifics_before_name>>\s+)?)?$")


def successor_after_by(site: Site, near: Around):
    """"Orrin Vale was replaced by Ana Ruiz" / "She will be succeeded by deputy Ben Tao": the one after "by"."""
    art, after = site.art, near.objects
    if not (site.rule.succession and after and art.rx(_PASSIVE).search(site.folded_before(10))):
        return None
    named = [p for p in after if not p.pronoun] if after[0].pronoun else after  # (not "her" of "in her role")
    gap = _without_roles(art, site.trigger_end, named[0].start) if named else ""
    if art.lowered.endswith(" by", 0, site.trigger_end):
        gap = " by" + gap  # ("taken over by …": the word holds its "by")
    if not named or not art.rx(_AGENT_GAP).match(gap):
        return None
    return art.chain_forward(named[0], site.clause_end)


def person_the_company_acts_on(site: Site, near: Around):
    """"Orbis promoted deputy CFO Ana Ruiz to CFO" / "星河科技擢升林佳慧": whom an organisation acts on."""
    art, after, before = site.art, near.actors_after, near.before
    ts, te, cs = site.trigger_start, site.trigger_end, site.clause_start
    if site.type not in ("promotion", "hire") or not after or after[0].start - te > (40 if art.lang == "en" else 25):
        return None
    if before and not art.ents.orgs_in(before[-1].end, ts) and not _object_of_earlier(art, before[-1], cs):
        return None
    if not (art.ents.orgs_in(cs, ts) or (not before and site.rule.needs_role)) or \
            art.has(art.lex.speech_verbs, te, after[0].start) or owner_of_a_group(art, after[0]):
        return None
    if art.lang == "en" and _passive(site, 8) and \
            not art.rx(r"(?<![a-z])<<agent_marks>>(?![a-z])").search(art.lowered, te, after[0].start):
        return None  # ("Ana Ruiz … was elevated to CTO to replace him": after a passive, the one named after acts not)
    return art.chain_forward(after[0], site.clause_end)


def owner_of_a_group(art, p) -> bool:
    """"擔任林佳慧團隊的副總裁" / "as a vice president on Ana Ruiz's team": the name only owns the group the post is
    in ([negations] group_nouns right after it, or after 's); the post is someone else's."""
    m = _POSSESSIVE_GAP.match(art.lowered, p.end)
    at = m.end() if m else p.end
    return any(a == at for a, _ in art.matches(art.lex.group_nouns, at, at + 16))


_POSSESSIVE_GAP = re.compile(r"['’]s\s+|\s+")


# what may stand between an appointing word and the one appointed: "has appointed Dr", "named its new", "tapped former"
_APPOINTED_GAP = r"\s*(?:(?:its|their|his|her|the|a|an|new|former|veteran|longtime)\s+)*(?:(?:<<honorifics_before_name>>)\s+)*$"
# after the one appointed (and an apposition between commas): the post given, "as"/"to" and a title, or a title
_POST_GIVEN_AFTER = re.compile(r"\s*(?:,[^,;:]{2,120},\s*)?(?:as|to(?:\s+the\s+post\s+of)?|to\s+be)?\s*"
                               r"(?:(?:its|their|the|a|an|new|interim|acting|first|second|third|senior)\s+)*")


def person_a_person_appoints(site: Site, near: Around):
    """"President Ana Li has appointed Dr Bo Chen, a deputy head of the Quorra Fund, as governor of the Orbis Central
    Bank" / "Orbis chairman Ana Li named Bo Chen as chief executive": a word of appointing ([grammar] appointing_words)
    told in the active of a person named before it (a head of state, a minister, a chairman) acts on the one named
    after it, who is given the post after "as"/"to" or the title right after; the one before is not promoted."""
    art, ts, te = site.art, site.trigger_start, site.trigger_end
    if art.lang != "en" or site.type not in ("promotion", "hire") or not near.before or not near.after or \
            site.word not in art.lex.grammar.get("appointing_words", ()) or _passive(site, 10):
        return None
    p, q = near.before[-1], near.after[0]
    if p.pronoun or q.pronoun or not art.gap_ok(p.end, ts) or \
            not art.rx(_APPOINTED_GAP).match(_without_roles(art, te, q.start)):
        return None
    m = _POST_GIVEN_AFTER.match(art.lowered, q.end, site.sentence_end)
    if m is None or not art.titles_in(m.end(), m.end() + 1):
        return None
    return art.chain_forward(q, site.clause_end)


def object_told_by_its(site: Site, near: Around):
    """"財務長黃美玲因違規,董事會決定免去其財務長職務": a Chinese word that acts on someone (免去, 解聘) with 其 right
    after it, and no one named in its clause: the person is the last one named before in the sentence."""
    art = site.art
    if art.lang == "en" or site.rule.direction != "object" or near.objects or near.before or \
            art.folded[site.trigger_end:site.trigger_end + 1] != "其":
        return None
    return last_person_in_sentence(site, near)


def nobody_for_an_actor(site: Site, near: Around):
    """"Ben Tao fired back at critics" / "Ana Ruiz replaced the old system": a word of leaving that acts on someone
    (fired, replaced, 罷免) with no one after it and no passive mark before it: the one named before acts, nobody
    leaves."""
    art = site.art
    if site.type != "departure" or site.rule.direction != "object" or near.objects:
        return None
    lo = near.before[-1].end if near.before else site.clause_start
    return None if art.rx(r"<<passive_marks>>").search(art.lowered, lo, site.trigger_start) else NOTHING


def person_named_before(site: Site, near: Around):
    """"Ana Ruiz, Ben Tao and Carl Wu resigned": the people named before the word."""
    # A list may run across the commas that split clauses; "Ana Ruiz was one of Quorra's first engineers but left
    # in 2022": a second verb of the subject; nobody when what lies between is not a subject's ("told staff that").
    if not near.before:
        return None
    art, ts = site.art, site.trigger_start
    p = near.before[-1]
    sender = _sender_of(site, near)
    if sender is not None:
        return [sender]
    at = _hands_over(art, p, site.clause_start) if art.lang != "en" and site.type != "departure" else -1
    if at >= 0:
        # ("林佳慧從林大明手中接過印信": the one right before 從 takes over; nobody else)
        prev = [q for q in near.before if q.end <= at]
        return [prev[-1]] if prev and at - prev[-1].end <= 1 else NOTHING
    if art.lang == "en" and len(near.before) > 1 and not p.pronoun:
        # ("Ana Ruiz, daughter of the group's chairman Ben Tao, served as its CEO until 2017": the one described)
        p = _head_of_its_apposition(art, [q for q in near.before if q.end <= p.start] + [p], site.clause_start)
    if art.gap_ok(p.end, ts) or _with_a_counted_group(site, p):
        got = art.chain_back(p, site.sentence_start if not p.pronoun else p.start)
        if art.lang != "en" and site.type != "departure" and \
                any(_replaced_by_the_one_before(art, q, site.clause_start) for q in got):
            # (but the one replaced is the one who leaves: "林大明將填補王志強留下的空缺")
            return [q for q in got if not _replaced_by_the_one_before(art, q, site.clause_start)] or NOTHING
        return got
    if art.lang == "en" and ts - p.end <= 120 and _BUT_BEFORE.search(art.lowered, max(p.end, ts - 6), ts) and \
            not _CLAUSE_MARK.search(art.folded, p.end, ts) and not art.triggers_in(p.end, ts):
        return [p]
    return NOTHING


# "與8名董事局成員集體", "昨日連同其他三位董事一起": a counted group the person acts with (a time word may come
# first), then at most a few words
_WITH_GROUP = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:与|和|及|以及|连同|偕同|联同|带同)\s*(?:其他|其余|另外|另)?\s*" +
                         HAN_PEOPLE_COUNT + r"[\u4e00-\u9fff]{0,10}$")


# "and eight other board members", "along with 3 fellow directors": the English counterpart
_WITH_GROUP_EN = re.compile(r"\s+(?:and|along\s+with|together\s+with|with)\s+(?:(?:all|the)\s+)?(?:two|three|four|five|six|"
                            r"seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:other|fellow|more)\s+[a-z\-]+(?:\s+[a-z\-]+)?"
                            r"(?:\s+(?:have|had|also|all|jointly|collectively))*\s+$")


def _with_a_counted_group(site: Site, p: Mention) -> bool:
    """"國庫控股董事經理林大明與8名董事局成員集體辭職" / "Ana Ruiz and eight other board members resigned": a person
    named with a counted group of others right before the word (the others unnamed, no event word between): the
    person acts with them."""
    art = site.art
    rx = _WITH_GROUP_EN if art.lang == "en" else _WITH_GROUP
    return not p.pronoun and bool(rx.match(art.lowered, p.end, site.trigger_start)) and \
        not art.triggers_in(p.end, site.trigger_start)


def invited_before_the_inviter(site: Site, near: Around):
    """"時任縣長林大明獲前院長王志強邀請出任主委" / "林大明應王志強之邀加盟": the one named before an invited mark
    ([grammar] invited_marks: 獲, 應) takes the post, not whoever invites, named after the mark and right before an
    invitation word ([grammar] invitation_words) that runs into the word."""
    art, ts = site.art, site.trigger_start
    if art.lang == "en" or site.type not in ("hire", "promotion") or site.rule.direction == "object":
        return None
    # (a comma may close the invitation before the word: "應王志強之邀,出任…")
    before = [p for p in art.ents.persons_in(site.sentence_start, ts) if p.end <= ts]
    if len(before) < 2:
        return None
    inviter, invited = before[-1], before[-2]
    if invited.key == inviter.key or invited.pronoun or \
            not art.rx(r"^\s*(?:<<invitation_words>>)\s*[,，]?\s*$").match(art.lowered[inviter.end:ts]):
        return None
    # (a time may stand before the mark: "陳志豪去年12月獲…"; then only the inviter's titles and organisation, which
    # may have taken the mark in: 獲院長 read as one title)
    m = art.rx(r"\s*[0-9年月日去今昨本上下周週前后後底初中旬]{0,8}(?:<<invited_marks>>)\s*(?:<<former_marks>>)?").match(
        art.lowered, invited.end, inviter.start)
    if m is None:
        return None
    covered = [(r.start, r.end) for r in art.roles_in(invited.end, inviter.start)] + \
        [(o.start, o.end) for o in art.ents.orgs_in(invited.end, inviter.start)]
    rest = [i for i in range(m.end(), inviter.start) if not art.folded[i].isspace() and
            not any(a <= i < b for a, b in covered)]
    return None if rest else [invited]


def _sender_of(site: Site, near: Around) -> Mention | None:
    """"林曉峰已向主席黃志明提出請辭": the last person before a departure word is the one it is sent to (after an
    addressee mark, [addressee_marks]); the one who leaves is the person named before the mark, in the same clause."""
    art = site.art
    if art.lang == "en" or site.type != "departure" or len(near.before) < 2:
        return None
    p, q = near.before[-1], near.before[-2]
    m = art.rx(r"<<addressee_marks>>[^,，;；:：。]{0,8}$").search(art.lowered, max(q.end, p.start - 10), p.start)
    if m is None or q.pronoun or _CLAUSE_MARK.search(art.folded, q.end, site.trigger_start):
        return None
    return q


def title_standing_for_person(site: Site, near: Around):
    """"The company's founder stepped down": a title with no name stands for the one person given it."""
    # (the one person the article gave that title, or who founded something, so far; never when two could be meant)
    after = near.actors_after
    if after and after[0].start <= site.trigger_end + 2:
        return None
    titled = _title_subject(site.art, site.clause_start, site.trigger_start)
    return [titled] if titled is not None else None


def group_acts(site: Site, near: Around):
    """"星河科技多名員工離職" / "dozens of staff left": a group acts, nobody in particular."""
    # ("與兩名前同事共同創立" names who acts with them, not who acts)
    art = site.art
    return NOTHING if _group_before(art, site.clause_start, site.trigger_start) else None


_INVERTED_OPENING = re.compile(r"\s*(?:also\s+)?$")
# (a courtesy or a rank may stand before the name: "Taking her place is Rear Admiral Ana Ruiz")
_INVERTED_VERB = r"\s(?:is|are|will be)\s+(?:(?:<<honorifics_before_name>>)\s+)*$"


def person_after_an_inversion(site: Site, near: Around):
    """"Also joining Orbis as CFO is Ana Ruiz" / "Succeeding him will be Ana Ruiz": an English word in -ing that
    opens its clause, its person after "is" (before the one the word acts on: "him" is who is succeeded)."""
    art, ts = site.art, site.trigger_start
    # (not for a word about the one after it: "Succeeding him will be Ana Ruiz" tells his leaving with "him")
    if art.lang != "en" or not site.word.endswith("ing") or site.rule.direction == "object" or \
            not _INVERTED_OPENING.fullmatch(art.lowered, site.clause_start, ts):
        return None
    for p in near.after:
        if not p.pronoun and art.rx(_INVERTED_VERB).search(art.lowered, max(site.trigger_end, p.start - 40), p.start):
            return art.chain_forward(p, site.clause_end)
    return None


def subject_of_a_participle(site: Site, near: Around):
    """"Ana Ruiz, 61, was one of the founders of the plan in 1987, becoming Orbis president in 1992": an English word
    ending in -ing that opens its clause is told of the person the sentence opens with."""
    art, ts = site.art, site.trigger_start
    if art.lang != "en" or not art.lowered[ts:site.trigger_end].endswith("ing") or \
            art.folded[site.clause_start:ts].strip():
        return None
    opener = next(iter(art.ents.persons_in(site.sentence_start, site.sentence_start + 3)), None)
    if opener is None or _possessive(art, opener) or opener.end > ts:
        return None
    return art.chain_back(opener, site.sentence_start) if not opener.pronoun else [opener]


def last_person_in_sentence(site: Site, near: Around):
    """"林佳慧上週宣布離職,加盟銀河科技": with no one in its clause, the last person named in the sentence before."""
    # (not across a speech verb, nor inside a quotation)
    art, ts = site.art, site.trigger_start
    if _unnamed_object(site):
        return NOTHING
    prev = [p for p in art.ents.persons_in(site.sentence_start, site.clause_start) if p.end <= site.clause_start and
            not _possessive(art, p) and not _passed_over(art, p, site.sentence_start) and not _named_as_kin(art, p) and
            not (site.type != "departure" and _replaced_by_the_one_before(art, p, site.sentence_start)) and
            not (site.type != "departure" and art.lang != "en" and _hands_over(art, p, site.sentence_start) >= 0)]
    # (nor, for a post taken, the one a word of succession replaces: "林大明將接替王志強,出任行政總裁")
    if not prev:
        return None
    p = _head_of_its_apposition(art, prev, site.clause_start)
    if _apposition_len(art, p.end, ts) <= 90 and not art.has(art.lex.speech_verbs, p.end, ts) and \
            not _group_before(art, site.clause_start, ts) and not art.in_quote(ts):
        return art.chain_back(p, site.sentence_start)
    return None


# (or a kin word and "of": "Ana Ruiz, daughter of the group's founder Ben Tao, ran the bank until 2017")
_APPOSITIVE_OPEN = re.compile(r"\s*,\s*(?:(?:a|an|the|his|her|its|their)\s|[a-z]+\s+of\s)[^,;:()]{0,80}")
_APPOSITIVE_CLOSE = re.compile(r"[^,;:()]{0,40},\s*")


_UNNAMED_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+[a-z]")


def _unnamed_object(site: Site) -> bool:
    """An English word about the one after it whose object is a description, not a name ("following the appointment
    of the first non-family member to head its food unit"): the person is not named, not someone named before."""
    return site.art.lang == "en" and site.rule.direction == "object" and \
        bool(_UNNAMED_AFTER.match(site.art.lowered, site.trigger_end)) and \
        not site.art.ents.persons_in(site.trigger_end, site.clause_end)


def _head_of_its_apposition(art: _Article, prev: list[Mention], cs: int) -> Mention:
    """The last person named before the clause, or, when they are named inside an apposition to the one before
    ("Ana Ruiz, a bitter critic of Prime Minister Ben Tao, had joined Orbis"), the one it describes."""
    p = prev[-1]
    if art.lang != "en" or len(prev) < 2 or prev[-2].pronoun:
        return p
    q = prev[-2]
    if _APPOSITIVE_OPEN.fullmatch(art.folded, q.end, p.start) and _APPOSITIVE_CLOSE.fullmatch(art.folded, p.end, cs):
        return q
    return p


_YEAR_IN_CLAUSE = re.compile(r"(?:19|20)\d\d\s*年")


def topic_of_a_career_sentence(site: Site, near: Around):
    """"林佳慧畢業於星澄大學,1996年加入星河科技,……,並於2021年接任星河科技總經理": a long Chinese sentence that opens
    with a person and runs through dated clauses of their career is about that person in each (no one else named
    between, no speech verb, not in a quotation)."""
    art, ss, ts = site.art, site.sentence_start, site.trigger_start
    if art.lang == "en" or not _YEAR_IN_CLAUSE.search(art.folded, site.clause_start, site.clause_end):
        return None
    named = [p for p in art.ents.persons_in(ss, ts) if p.end <= ts and not _named_as_kin(art, p)]
    if not named or named[0].pronoun or named[0].start - ss > 2 or any(p.key != named[0].key for p in named):
        return None
    if art.has(art.lex.speech_verbs, named[0].end, ts) or art.in_quote(ts) or _group_before(art, site.clause_start, ts):
        return None
    return [named[0]]


def _named_as_kin(art: _Article, p: Mention) -> bool:
    """"林佳慧為集團總裁林大明第4個兒子": a Chinese name right before a word of kin or of a successor ([grammar]
    kin_nouns, successor_nouns; 的, 之 or an ordinal may stand between) is named only as the kin or predecessor of the
    one the sentence is about."""
    return art.lang != "en" and not p.pronoun and bool(art.rx(_KIN_AFTER).match(art.lowered, p.end))


_COURTESY_ONLY = r"\s*(?:<<honorifics_before_name>>\s+)?"
_PREDICATE_OPENING = re.compile(r"\s*(?:(?:and|will|would|shall|has|had|have|is|was|also|then|later)\s+)*$")


def opener_after_its_apposition(site: Site, near: Around):
    """"Mr Ana Ruiz, 53, currently chief executive of Orbis Labs (OL), the group's largest company by far, will take
    over as chairman": a clause that opens with the word (or an auxiliary) after a comma is the predicate of the
    person the sentence opens with, however long the apposition between."""
    art, ss, cs, ts = site.art, site.sentence_start, site.clause_start, site.trigger_start
    if art.lang != "en" or not _PREDICATE_OPENING.fullmatch(art.lowered, cs, ts) or \
            art.folded[:cs].rstrip()[-1:] != ",":
        return None
    people = [p for p in art.ents.persons_in(ss, cs) if p.end <= cs]
    if not people or people[0].pronoun or art.ents.persons_in(ss, people[0].start) or \
            not art.rx(_COURTESY_ONLY, 0).fullmatch(art.lowered, ss, people[0].start) or \
            any(p.key != people[0].key for p in people) or art.triggers_in(people[0].end, cs) or \
            art.has(art.lex.speech_verbs, people[0].end, ts) or art.in_quote(ts):
        return None
    return [people[0]]


_CV_PARAGRAPHS_BACK = 6  # how many one-line paragraphs of a CV may stand between its opening and a line
_CV_OPENER_LEN = 12  # "此前,", "星河官网信息显示,": a short opening clause before the person a CV paragraph is about
_OPENS_WITH_YEAR = re.compile(r"\s*(?:自|于|於|从|從)?\s*(?:19|20)\d\d\s*年")


def person_of_the_cv(site: Site, near: Around):
    """"陈章瑞先生,1963年5月出生……。2013年12月任本公司总经理": a dated line of a career naming no one is about the
    person its paragraph opens with, when the paragraph names no one else before it; a CV laid out one line a
    paragraph ("王建平,1969年出生……" then "2014年7月至2016年1月任星河银行副行长。") goes back over the lines naming no
    one to the one that opens with the person. A line that opens with its year ("1993年加入星河科技。") is a dated line
    of the career whatever its word."""
    art, ss = site.art, site.sentence_start
    if art.ents.persons_in(ss, site.trigger_start):
        return None
    if not site.rule.dated and not (art.lang != "en" and _OPENS_WITH_YEAR.match(art.folded, ss)):
        return None
    ps, end = art.folded.rfind("\n", 0, ss) + 1, ss
    for _ in range(_CV_PARAGRAPHS_BACK):
        before = [p for p in art.ents.persons_in(ps, end) if not p.pronoun]
        if before:
            return [before[0]] if _opens_the_paragraph(art, before[0], ps) and \
                all(p.key == before[0].key for p in before) else None
        if ps == 0 or (ps < end and not _OPENS_WITH_YEAR.match(art.folded, ps)):
            return None  # (only lines of the CV itself, each opening with its year, are gone back over)
        ps, end = art.folded.rfind("\n", 0, ps - 1) + 1, ps
    return None


def _opens_the_paragraph(art: _Article, p: Mention, ps: int) -> bool:
    """Whether ``p`` opens the paragraph from ``ps``: right at its start, or after a short opening clause that tells
    no event ("此前,王建平…", "星河官网信息显示,林佳慧…", "据官网信息显示,该行董事长周启航…")."""
    if p.start - ps <= 2:
        return True
    comma = art.folded.rfind(",", ps, p.start)
    if comma < 0 or comma - ps > _CV_OPENER_LEN or "," in art.folded[ps:comma] or art.triggers_in(ps, p.start):
        return False
    # (what stands between the comma and the name is titles and the organisation they are of: "该行董事长")
    rest = list(_without_roles(art, comma + 1, p.start))
    for m in art.ents.orgs_in(comma + 1, p.start):
        rest[m.start - comma - 1:m.end - comma - 1] = " " * (m.end - m.start)
    return not "".join(rest).strip()


_BRACKETED = r"(?:\s*[(（][^)）]{0,8}[)）])?\s*"


def _hands_over(art: _Article, p: Mention, cs: int) -> int:
    """"林佳慧從卸任會長林大明(左)手中接過印信": a name after 從/自 (a title, and a word such as 卸任 or 現任 before it,
    may come between) and right before a mark of handing over ([handed_from_marks]) is who hands the post over, not who takes
    it: where that 從 stands (-1: not so told)."""
    if p.pronoun or not art.rx(_BRACKETED + r"(?:<<handed_from_marks>>)").match(art.lowered, p.end):
        return -1
    lo = max(cs, p.start - 16)
    gap = _without_roles(art, lo, p.start).rstrip()
    m = art.rx(r"(?:<<from_marks>>)\s*(?:<<han_attributive_moves>>|<<current_post_marks>>)?$").search(gap)
    return lo + m.start() if m else -1


def _passed_over(art: _Article, p: Mention, ss: int) -> bool:
    """"越過總編輯柯文瀚,直接升任…" / "beating Ben Tao": someone right after a verb of passing over (a title may come
    between) is its object, not who acts next."""
    gap = _without_roles(art, max(ss, p.start - 16), p.start).rstrip()
    return bool(art.rx(r"<<passed_over_verbs>>$").search(gap))


def _apposition_len(art: _Article, a: int, b: int) -> int:
    """How far ``b`` lies from a person ending at ``a``, not counting the titles and organisations of an apposition
    ("Masakazu Tokura, 70, vice chair of Keidanren's Board of Councillors and chairman of Sumitomo Chemical Co.,")."""
    said = art.gap_len(a, b)
    if said <= 90:
        return said
    return said - sum(r.end - r.start for r in art.titles_in(a, b)) - sum(o.end - o.start for o in art.ents.orgs_in(a, b))


def _group_before(art: _Article, cs: int, ts: int) -> bool:
    """A group noun before the word in its clause that is not after "with" (who acts with them)."""
    return any(not art.rx(r"<<co_marks>>[^,;:。]{0,4}$").search(art.lowered[max(cs, a - 8):a])
               for a, _ in art.matches(art.lex.group_nouns, cs, ts))


# Who a trigger is about: the first strategy that answers (NOTHING: nobody can be).
SUBJECT_STRATEGIES = (pronoun_inside_the_words, list_after_includes, group_named_before, event_noun_subject, owner_of_a_decision,
                      leaver_who_moves_on, person_after_relative_clause, list_after_colon, list_in_the_next_sentence,
                      list_in_the_next_sentence_han, people_listed_after_a_group_word, people_listed_after_a_group_leaving,
                      people_listed_after_announcer, person_given_the_title_attributively,
                      holder_named_after_an_attributive_title, holder_after_by,
                      owner_of_the_role_taken, person_after_an_inversion, object_after_word, object_after_its_description, successor_after_by,
                      invited_before_the_inviter, person_the_company_acts_on, person_a_person_appoints,
                      object_told_by_its, nobody_for_an_actor, topic_of_a_career_sentence, person_named_before,
                      title_standing_for_person, group_acts, subject_of_a_participle,
                      last_person_in_sentence, opener_after_its_apposition,
                      person_of_the_cv)


# after a name, someone told by relation to it: "the resignation of Saha's predecessor(, Khaitan)"
_RELATION_AFTER_OWNER = r"['’]s\s+(?:[a-z\-]+\s+)?<<unnamed_owners>>\b"

# an owner that is no name, right before an event noun: "his predecessor's (shock) departure"
_UNNAMED_OWNER = (r"(?<![a-z])(?:his|her|their|its|the)\s+(?:[a-z\-]+\s+)?<<unnamed_owners>>['’]s\s+"
                  r"(?:[a-z\-]+\s+)?$")


def _noun_subject(art: _Article, ts, te, cs, ce) -> list[Mention] | None:
    """An event told as a noun: "the departure of (chief executive) Dana Whit" is Whit's, "Dana Whit's resignation"
    too, whoever else the clause names; None when neither shape is there."""
    f = art.folded
    for p in art.ents.persons_in(te, min(ce, te + 60)):
        if not p.pronoun and _OF_GAP.match(_without_roles(art, te, p.start)):
            rel = art.rx(_RELATION_AFTER_OWNER).match(art.lowered, p.end)
            if rel:  # "the resignation of Saha's predecessor, Khaitan": the one related to the name, not the name
                q = next(iter(art.ents.persons_in(rel.end(), rel.end() + 4)), None)
                return [q] if q is not None and not q.pronoun and \
                    _APPOSITION_COMMA.fullmatch(art.folded, rel.end(), q.start) else NOTHING
            return art.chain_forward(p, ce)
        break
    named = _named_in_apposition(art, te, ce)
    if named is not None:
        return [named]
    before = [p for p in art.ents.persons_in(cs, ts) if p.end <= ts]
    if before and _possessive(art, before[-1]) and _OWNER_GAP.match(f, before[-1].end, ts):
        return [before[-1]]
    if art.rx(_UNNAMED_OWNER).search(art.lowered, max(cs, ts - 40), ts):
        return NOTHING  # "after his predecessor's shock departure": the event of someone the clause does not name
    return None


# "the resignation of its CEO and director, Ana Ruiz, …": the title ends the clause, the name follows a comma
_APPOSITION_COMMA = re.compile(r"\s*,\s*")
_OF_TITLE_GAP = re.compile(_OF_GAP.pattern, re.IGNORECASE)  # "of Quillon's chief financial officer" (a name may be in it)


def _named_in_apposition(art: _Article, te: int, ce: int) -> Mention | None:
    """"accepted the resignation of its CEO and director, Ana Ruiz" / "announced the exit of its chief executive,
    Ana Ruiz": the event noun's "of" names a title that ends the clause, and the person it is follows after a comma
    (never an organisation's name: "the exit of Orbis, Ana Ruiz said" names no title)."""
    if not art.titles_in(te, ce) or art.ents.persons_in(te, ce) or \
            not _OF_TITLE_GAP.match(_without_roles(art, te, ce) + " "):
        return None
    p = next(iter(art.ents.persons_in(ce, ce + 24)), None)
    if p is None or p.pronoun or not (_APPOSITION_COMMA.fullmatch(art.folded, ce, p.start) or art.rx(
            r"\s*,\s*(?:<<honorifics_before_name>>\s*)+").fullmatch(art.lowered, ce, p.start)):
        return None  # (an honorific may open the name: "the exit of its CEO, Dr Colin Hart")
    return p


def _title_subject(art: _Article, cs: int, ts: int) -> Mention | None:
    """"The company's founder stepped down" / "該公司創辦人上週宣布退休": a title with no name, opening the clause (after
    "the", "its", "該公司"…), stands for the one person the article gave that title, or who founded something, so far;
    never when two could be meant."""
    r = next((x for x in reversed(art.roles) if cs <= x.start and x.end <= ts and x.kind == "title"), None)
    if r is None or not r.canon or ts - r.end > 8 or art.ents.persons_in(r.start, ts) or art.ents.orgs_in(r.end, ts):
        return None
    owner = _owner_opening(art, cs, r.start)
    if not (_TITLE_OPENS.fullmatch(art.lowered, cs, r.start) or owner):
        return None
    if art.triggers_in(r.end, ts):
        return None
    keys = set()
    if r.canon in art.lex.founder_titles:
        keys |= set(art.founders)
    for key, items in art.person_roles.items():
        if any(pos < r.start and held.canon == r.canon for pos, held in items):
            keys.add(key)
    if not keys and owner and art.lang == "en":
        named = _named_in_the_next_sentence(art, ts)
        keys = {named.key} if named is not None else keys
    if len(keys) != 1:
        return None
    return Mention(r.start, r.end, "person", next(iter(keys)), pronoun=True)


_ORG_OWNS = re.compile(r"['’]s?\s+(?:(?:top|new|longtime|long-time|current|veteran)\s+)?")
_OPENS_BEFORE_OWNER = re.compile(r"\s*(?:the\s+)?")


def _owner_opening(art: _Article, cs: int, rs: int) -> bool:
    """"The Orbis Herald's executive editor is retiring": an organisation's name with "'s" opens the clause
    before the title (English)."""
    return art.lang == "en" and any(_OPENS_BEFORE_OWNER.fullmatch(art.lowered, cs, o.start) and
                                    _ORG_OWNS.fullmatch(art.lowered, o.end, rs) for o in art.ents.orgs_in(cs, rs))


def _named_in_the_next_sentence(art: _Article, ts: int) -> Mention | None:
    """"The Orbis Herald's editor is retiring, he said today. A respected figure, Ana Ruiz told her staff…": when
    no one has yet been given the title, the one person the sentence after names (nobody else named in either)."""
    i = bisect_right(art._sentence_starts, ts) - 1
    if i < 0 or i + 1 >= len(art.sentences):
        return None
    a, b = art.sentences[i]
    if any(not q.pronoun for q in art.ents.persons_in(a, b)):
        return None
    named = {q.key: q for q in art.ents.persons_in(*art.sentences[i + 1]) if not q.pronoun}
    return next(iter(named.values())) if len(named) == 1 else None


def _without_roles(art: _Article, a: int, b: int) -> str:
    """The text between a and b with the titles in it blanked (so "of CEO Dana Whit" reads "of  Dana Whit")."""
    seg = list(art.folded[a:b])
    for r in art.roles_in(a, b):
        if r.end <= b:
            seg[r.start - a:r.end - a] = " " * (r.end - r.start)
    return "".join(seg)


def _replaced_by_the_one_before(art: _Article, p: Mention, cs: int) -> bool:
    """"查毅超接替羅范椒芬任科技園公司董事局主席": the name right after a word of succession (接替) is its object: the one
    replaced, so a post taken after it in the clause is the successor's, told by that word."""
    # (a short modifier telling them leave may stand between, and an honour: "在3月1日替代退休的拿督王志強,成為…
    # 新任總執行長"; not any modifier: in "接任董事長的林佳慧" she is the one who takes over)
    return any((b == p.start or _leaving_told_between(art, b, p.start)) and
               any(r.succession for r in art.lex.triggers.get(art.lowered[a:b], []))
               for a, b in art.triggers_in(cs, p.start))


def _leaving_told_between(art: _Article, b: int, e: int) -> bool:
    """Whether ``[b, e)`` is a short modifier ending in 的 (an honour may follow) that tells someone leaves."""
    return bool(art.rx(_MODIFIER_THEN_HONOURS).fullmatch(art.lowered, b, e)) and any(
        r.type == "departure" for s, t in art.triggers_in(b, e) for r in art.lex.triggers.get(art.lowered[s:t], []))


_MODIFIER_THEN_HONOURS = r"[^,，;；。:：]{1,8}的(?:<<honours_before_name>>)?"


def _object_of_earlier(art: _Article, p: Mention, cs: int) -> bool:
    """"The board removed CEO X on Monday and named Y interim CEO": X undergoes an earlier word of the clause, so the
    one who acts on the later word is whoever acted on the first (the organisation), not X."""
    for t0s, t0e in art.triggers[bisect_left(art._trigger_starts, cs):]:  # (no trigger word spans a clause mark)
        if t0e > p.start:
            break
        if t0s >= cs and p.start - t0e <= 40 and not art.ents.persons_in(t0e, p.start) and any(
                rr.direction == "object" for rr in art.lex.triggers.get(art.lowered[t0s:t0e], [])):
            return True
    return False


def _chained_leaver(art: _Article, ts: int, ss: int):
    """"Wei, who left A's lab in June to join B" / "left A … and returned to B": a move chained by "to"/"and"
    to a leaving just before it is made by the one who left."""
    if not _TO_AND_END.search(art.lowered[max(ss, ts - 5):ts]):
        return None
    for t0s, t0e in reversed(art.triggers):
        if t0e > ts or t0s < ss:
            continue
        if ts - t0e > 60 or art.ents.persons_in(t0e, ts):
            return None
        if not art.leaves_at(t0s, t0e):
            return None
        prev = [q for q in art.ents.persons_in(ss, t0s) if q.end <= t0s and not _possessive(art, q)]
        if prev and t0s - prev[-1].end <= (130 if art.lang == "en" else 80) and not art.has(art.lex.speech_verbs, prev[-1].end, t0s):
            return prev[-1]
        return None
    return None
