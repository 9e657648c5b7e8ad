"""Which title goes with an event: the one a hire or promotion word is about (``TITLE_TAKEN_STRATEGIES``; for a
word that needs a title, also ``TITLE_NEEDED_STRATEGIES``), a plural title told once for a list of people
(``SHARED_TITLE_STRATEGIES``), and each person's title (``PERSON_TITLE_STRATEGIES``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from talentdb.extract.events.patterns import AND_OTHERS, LIST_MARK_BEFORE_TITLE
from talentdb.extract.events.roles import Role
from talentdb.extract.events.site import Site, first

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.entities import Mention
    from talentdb.extract.events.article import _Article
    from talentdb.extract.events.candidates import Draft, Move


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_ANY_CLAUSE_MARK = re.compile(r"[,，、;；:：。!?！？]")
_ROLE_INTRO = r"<<role_intro>>\s*(?:(?:<<role_modifiers>>|[\w.&\-]+['’]s)\s*)*$"
# one or two words the lexicon does not know before the title ("named X as deputy US CTO", "as the interim-MD and
# CEO"); not a function word ("as well as CTO")
_UNKNOWN_MODIFIER = r"(?!(?:as|of|and|or|well|in|at|to|for|by|with|from|on|its|his|her|their|was|is|be|been|has|had)\b)[a-z]{2,}"
_ROLE_INTRO_ADJ = (r"<<role_intro>>\s+(?:(?:<<role_modifiers>>|[\w.&\-]+['’]s)\s+)*((?:" + _UNKNOWN_MODIFIER + r"\s+)?" +
                   _UNKNOWN_MODIFIER + r"(?:\s+|-))$")
_MODIFIERS_ADJ = r"\s*(?:(?:<<role_modifiers>>|[\w.&\-]+['’]s)\s+)*((?:" + _UNKNOWN_MODIFIER + r"\s+)?" + _UNKNOWN_MODIFIER + r"(?:\s+|-))"
_ROLE_LEAVE = (r"^\s*(?:<<role_leave_intro>>\s+(?:(?:<<role_modifiers>>|[\w.&\- ]{1,30}(?:['’]s|s['’]))\s+)?|"
               r"[A-Z][\w.&\- ]{0,30}(?:['’]s|s['’])\s+)(?:[a-z\-]+ ){0,2}$")  # "resigned as its CEO" / "left Orbis's management board"
# "became Keidanren's 14th chairman", "as Orbis Capital's interim CEO" (X: the organisation)
_OWNER_ORDINAL = r"\s+(?:<<role_intro>>\s+)?X(?:['’]s)?\s+(?:(?:<<role_modifiers>>)\s+)*(?:[0-9]{1,3}(?:st|nd|rd|th)\s+)?"
_WHO_RIGHT_BEFORE = re.compile(r"\b(?:who|whom)\s+(?:had\s+|has\s+|first\s+|originally\s+)?$")
# "appointed acting group CFO", "coming back as the group's editor"
_MODIFIERS_ONLY = r"\s*(?:(?:<<role_modifiers>>|[a-z][\w.&\-]*['’]s)\s+)+"
_ROLE_WAS = r"<<role_was>>\s+(?:<<role_modifiers>>\s+)?$"
_APPOSITIVE_AFTER = re.compile(r",\s*(?:a|an|the)\s[^,;()]{3,110},\s*(?:to\s+|as\s+)?(?:the\s+)?")
_OWNER_S_END = re.compile(r"([\w.&\- ]{1,30})'s\s+(?:[a-z\-]+ ){0,2}$")


class Title(NamedTuple):
    """A title a trigger word is about, the person whose title it was when the text says so, and whether it is a
    title left open (``vacated_title``: never the successor's own)."""
    role: Role
    succeeded: str | None = None
    left_open: bool = False


def _leaves(art: _Article, t: tuple[int, int]) -> bool:
    """Whether trigger span ``t`` is a departure word (``_Article.leaves_at``)."""
    return art.leaves_at(*t)


# -- the title a hire or promotion word is about --------------------------------------------------------------------
def title_of_the_word(site: Site, draft: Draft) -> bool:
    """Set ``draft.title`` (and whose title it was) for a word that is about one; False when the word needs a
    title (rule ``needs_role``) and the text gives none, so the word gives no event."""
    rule = site.rule
    if not (rule.needs_role or site.type in ("promotion", "hire")):
        return True
    got = first(TITLE_TAKEN_STRATEGIES, site, draft.subjects)
    _take(draft, got)
    if got is not None and got.left_open:
        return True
    subjects = draft.subjects
    if rule.succession and draft.title is not None and subjects and not subjects[0].pronoun and \
            0 <= subjects[0].start - draft.title.end <= 2:
        # "will be succeeded by Treasurer Ben Tao": the successor's present title, not the one taken over
        draft.own_title, draft.title = draft.title, None
    elif rule.succession and draft.title is None and subjects and not subjects[0].pronoun:
        draft.own_title = _title_apposed_before(site, subjects[0])
    if rule.needs_role and draft.title is None:
        _take(draft, first(TITLE_NEEDED_STRATEGIES, site, draft))
        return draft.title is not None
    return True


def _title_apposed_before(site: Site, p) -> Role | None:
    """"will be replaced by the company's chief operating officer, Ben Tao": the successor's own title, told after
    the word and right before their name across a comma."""
    r = next(reversed(site.art.titles_in(site.trigger_end, p.start)), None)
    return r if r is not None and site.art.rx(_COMMA_BEFORE_NAME, 0).fullmatch(site.art.lowered, r.end, p.start) else None


_COMMA_BEFORE_NAME = r"\s*,\s*(?:<<honorifics_before_name>>\s+)?"


def _take(draft: Draft, got: Title | None) -> None:
    if got is not None:
        draft.title = got.role
        if got.succeeded is not None:
            draft.succeeded = got.succeeded


def vacated_title(site: Site, subjects: list[Mention]) -> Title | None:
    """"總經理遺缺由技術長林佳慧升任" / "其職務由柯文瀚接任": the title left open, and whose it was when told."""
    # (not the successor's own title, "技術長" here)
    if site.type not in ("promotion", "hire") or not subjects:
        return None
    held, who = _vacated_role(site, subjects[0].start)
    return Title(held, who, left_open=True) if held is not None else None


_CLOSING_QUOTES = re.compile(r"[”」』\"’]+")


def title_before_its_new_holder(site: Site, subjects: list[Mention]) -> Title | None:
    """"董事長將由副董事長林佳慧出任": a title right before a mark of its new holder (將由, 則由), the person after the
    mark and the word after them, is the title taken (not the successor's own, "副董事長" here)."""
    if site.type not in ("promotion", "hire") or not subjects or subjects[0].start < site.clause_start:
        return None
    art, first_subject = site.art, subjects[0]
    for m in art.rx(r"<<new_holder_marks>>").finditer(art.lowered, site.clause_start, first_subject.start):
        # (a closing quote may stand between: "“星河部長”由現任次長王大明接任", how the press outside Taiwan quotes its
        # offices)
        r = next((r for r in art.titles_in(site.clause_start, m.start())
                  if r.end == m.start() or _CLOSING_QUOTES.fullmatch(art.folded, r.end, m.start())), None)
        if r is not None and first_subject.end <= site.trigger_start and \
                not art.ents.persons_in(m.end(), first_subject.start):
            return Title(r, left_open=True)
    return None


def title_after_the_one_apposed(site: Site, subjects: list[Mention]) -> Title | None:
    """"promoted its vice president of engineering, Lena Ostrova, to chief technology officer": in English, the one
    acted on named in apposition after a title, then "to"/"as" and a title: that title is taken, the one before the
    name was held."""
    art = site.art
    if art.lang != "en" or not subjects or subjects[0].start < site.clause_end:
        return None
    m = _TO_AFTER_APPOSED.match(art.lowered, subjects[0].end)
    r = next((r for r in art.titles_in(m.end(), m.end() + 40) if r.start == m.end()), None) if m else None
    return Title(r) if r is not None else None


_TO_AFTER_APPOSED = re.compile(r",\s*(?:to|as)\s+(?:(?:its|the|their|his|her|a|an|new)\s+)*")


def title_right_after_word(site: Site, subjects: list[Mention]) -> Title | None:
    """"promoted Ana Ruiz to chief financial officer" / "升任技術長": the first title after the word in its clause."""
    # Close to the word or introduced ("as", "to"), a qualifier before it kept ("to succeed Orrin Vale as creative
    # head of …"); not a title held before ("延攬前製作人林佳慧加盟,擔任創意總監").
    art, te, ce = site.art, site.trigger_end, site.clause_end
    f = art.folded
    for r in art.titles_in(te, ce):
        if art.rx(r"<<former_marks>>\s*$").search(art.lowered, max(te, r.start - 8), r.start):
            continue
        if r.start - te <= 12 or (r.start - te <= 40 and (art.rx(_ROLE_INTRO).search(f[te:r.start]) or
                                                           art.rx(_MODIFIERS_ONLY).fullmatch(art.lowered, te, r.start))):
            return Title(r)
        if art.lang == "en" and r.start - te <= 40 and _behind_its_owner(art, te, r.start):
            return Title(r)  # "became Keidanren's 14th chairman" / "was Orbis Capital vice chair"
        if art.lang != "en" and r.start - te <= 40 and _an_org_name_alone_between(art, te, r.start):
            return Title(r)  # "就任广州星河医药集团股份有限公司副董事长": a long name between word and title
        if art.lang == "en" and r.start - te <= 40:
            am = art.rx(_ROLE_INTRO_ADJ).search(f, te, r.start)
            if am is None and art.lowered[site.trigger_start:te].endswith(" as") and \
                    not art.ents.persons_in(te, r.start):  # "has been named as the interim-MD"
                am = art.rx(_MODIFIERS_ADJ).fullmatch(f, te, r.start)
            if am:
                a = am.start(1)
                return Title(replace(r, start=a, raw=art.text[a:r.end]))
    return None


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _an_org_name_alone_between(art: _Article, a: int, b: int) -> bool:
    """Whether ``[a, b)`` is one organisation's full name and nothing else: Han characters only, a name found in it,
    no person, and it ends as a company's name ends ("广州星河医药集团股份有限公司", the finder holding "星河医药")."""
    if not _HAN_RUN.fullmatch(art.folded, a, b) or art.ents.persons_in(a, b):
        return False
    orgs = [o for o in art.ents.orgs_in(a, b) if not o.ref]
    return bool(orgs) and (orgs[-1].end == b or art.folded[a:b].endswith(art.lex.org_han_suffixes))


def _behind_its_owner(art: _Article, a: int, b: int) -> bool:
    """Whether ``[a, b)`` holds only the organisation a title belongs to, possessive or not, and an ordinal."""
    orgs = art.ents.orgs_in(a, b)
    if len(orgs) != 1 or orgs[0].end > b:
        return False
    gap = art.folded[a:orgs[0].start] + "X" + art.folded[orgs[0].end:b]
    return bool(art.rx(_OWNER_ORDINAL).fullmatch(gap))


def title_after_relative_clause(site: Site, subjects: list[Mention]) -> Title | None:
    """"Orbis hired Ana Ruiz, who spent a decade at Quorra, as CFO": a title in a later clause of the sentence."""
    # (with no one else named before it; not when the word is itself in a relative clause: in "Ana Ruiz, who joined
    # Orbis in 2019, was promoted to CTO" that title is the main clause's)
    art = site.art
    te, ce, se, ts = site.trigger_end, site.clause_end, site.sentence_end, site.trigger_start
    if site.type not in ("hire", "promotion") or art.rx(r"\s*(?:who|which|whom)\b").match(
            art.lowered, site.clause_start) or _WHO_RIGHT_BEFORE.search(art.lowered, max(site.clause_start, ts - 16), ts):
        return None
    if art.rx(r"(?:<<second_verb_joins>>)\s").match(art.lowered, ce):
        return None  # ("joined Orbis in 2013 and was promoted to CTO": the title is the second verb's)
    f = art.folded
    nxt = art.triggers_in(te + 1, se)
    keys = {s_.key for s_ in subjects}
    for r in art.titles_in(ce, se):
        if (not nxt or r.start < nxt[0][0] or art.rx(_ROLE_INTRO).search(
                f[max(te, r.start - 4):r.start])) and art.rx(_ROLE_INTRO).search(f[max(te, r.start - 20):r.start]) \
                and not any(q.key not in keys for q in art.ents.persons_in(te, r.start)):
            return Title(r)
    return None


def title_after_appositive(site: Site, subjects: list[Mention]) -> Title | None:
    """"named Ana Ruiz, a longtime researcher at its lab, head of a new team": the title after the appositive."""
    art = site.art
    if art.lang != "en" or not subjects or subjects[-1].pronoun:
        return None
    m = _APPOSITIVE_AFTER.match(art.folded, subjects[-1].end, site.sentence_end)
    if not m or subjects[-1].end < site.trigger_start < m.end():  # (not the word inside the appositive: "who joined")
        return None
    r = next(iter(art.titles_in(m.end(), m.end() + 2)), None)
    return Title(r) if r is not None else None


_WEI_AFTER_COUNT = re.compile(r"\s*[,，]?\s*(?:为|出任|担任)")


def title_given_to_those_counted(site: Site, subjects: list[Mention]) -> Title | None:
    """"委任財政部秘書長林大明及另外兩人,為星河銀行新董事局成員": one person named and others counted right after
    them (``patterns.AND_OTHERS``), then the title given with 為 (a comma may come before it): the title taken, not
    the first one's own before the name."""
    art = site.art
    if art.lang == "en" or site.type not in ("promotion", "hire") or not subjects or subjects[0].start < site.trigger_end:
        return None
    m = AND_OTHERS.match(art.folded, subjects[0].end)
    w = _WEI_AFTER_COUNT.match(art.folded, m.end()) if m is not None else None
    r = next(iter(art.titles_in(w.end(), w.end() + 24)), None) if w is not None else None
    if r is None or art.ents.persons_in(w.end(), r.start) or art.triggers_in(w.end(), r.start) or \
            _CLAUSE_STOPS.search(art.folded, w.end(), r.start):
        return None
    return Title(r)


_CLAUSE_STOPS = re.compile(r"[,;:。!?\n，；：]")


def title_inside_the_word(site: Site, subjects: list[Mention]) -> Title | None:
    """"而5名新成員包括林一帆及陳美玲" / "新任董事分別為A、B": a Chinese word that names the post itself, the people
    listed after it (no title of their own told after the word)."""
    art = site.art
    if art.lang == "en" or site.type not in ("promotion", "hire") or not subjects or subjects[0].start < site.trigger_end:
        return None
    r = next(iter(art.titles_in(site.trigger_start, site.trigger_end)), None)
    return Title(r) if r is not None and r.end <= site.trigger_end else None


# The title a hire or promotion word (or one that needs a title) is about: the first strategy that answers.
TITLE_TAKEN_STRATEGIES = (vacated_title, title_before_its_new_holder, title_given_to_those_counted, title_after_the_one_apposed,
                          title_right_after_word, title_after_relative_clause, title_after_appositive,
                          title_inside_the_word)


def title_right_after_subject(site: Site, draft: Draft) -> Title | None:
    """"新任研究副總裁的林佳慧" / "林佳慧升任技術長" / "named Ana Ruiz CEO": a title right after the person."""
    if not draft.subjects:
        return None
    last = draft.subjects[-1]
    r = next((r for r in site.art.titles_in(max(last.end, site.trigger_end), site.clause_end)
              if r.start - last.end <= 12), None)
    return Title(r) if r is not None else None


def title_introduced_after_subject(site: Site, draft: Draft) -> Title | None:
    """"named Ana Ruiz, 41, as its CEO": in English, a title introduced ("as", "to") after the person."""
    art = site.art
    if art.lang != "en" or not draft.subjects:
        return None
    last, f = draft.subjects[-1], art.folded
    r = next((r for r in art.titles_in(last.end, site.sentence_end) if art.rx(_ROLE_INTRO).search(
        f[max(site.trigger_end, r.start - 30):r.start]) or art.lowered.startswith("to ", r.start)), None)
    # (a seat told with its "to": "named Ana Ruiz, a former Orbis executive, to its board")
    return Title(r) if r is not None else None


def title_given_up_before_word(site: Site, draft: Draft) -> Title | None:
    """"柯文瀚將辭任執行長…,由林佳慧接任": a succession takes the title given up earlier in the sentence (the last)."""
    art = site.art
    if not site.rule.succession:
        return None
    f, ss = art.folded, site.sentence_start
    found = None
    for r in art.titles_in(ss, site.trigger_start):
        if art.rx(r"(?:<<role_leave_intro>>|<<leave_words>>)\s*$").search(f[max(ss, r.start - 4):r.start]) or \
                _given_up_past_its_field(art, ss, r):
            found = r
    return Title(found) if found is not None else None


_LEAVE_THEN_FIELD = r"(?:<<role_leave_intro>>|<<leave_words>>)([\u4e00-\u9fff]{1,4})$"


def title_whose_holder_changes(site: Site, draft: Draft) -> Title | None:
    """"僑委會主委換人,由政委林大明換掉吳國雄" / "改派法人董事,由林志遠取代黃國雄" / "董事長發生變更,由林大明變更為王志強":
    a succession, or a word whose object takes a post, takes the title said,
    earlier in its sentence, to change hands (right before a word of change, [holder_change_after]: 換人, 異動, 發生變更;
    or after a word of reassigning and a short qualifier, [holder_change_before]: 改派; for a word whose object takes
    it, also right before the mark of a new holder: 發言人也由林大明換成王志強)."""
    art = site.art
    if art.lang == "en" or not (site.rule.succession or site.rule.direction == "object"):
        return None
    f, ss = art.folded, site.sentence_start
    found = None
    for r in art.titles_in(ss, site.trigger_start):
        if art.rx(r"\s*<<holder_change_after>>").match(f, r.end) or \
                (site.rule.direction == "object" and art.rx(r"\s*<<new_holder_marks>>").match(art.lowered, r.end)) or \
                art.rx(r"<<holder_change_before>>[\u4e00-\u9fff]{0,3}$").search(f, max(ss, r.start - 7), r.start):
            found = r
    return Title(found, left_open=True) if found is not None else None


def _given_up_past_its_field(art: _Article, ss: int, r: Role) -> bool:
    """"卸下超商總經理" / "辭去星河科技董事長一職": a Chinese word of giving up, then the title's organisation or a short
    field (no other event word between), then the title."""
    if art.lang == "en":
        return False
    a = max(ss, r.start - 12)
    m = art.rx(_LEAVE_THEN_FIELD).search(art.folded, a, r.start)
    if m is not None and not art.triggers_in(m.start(1), r.start):
        return True
    orgs = art.ents.orgs_in(a, r.start)
    return bool(orgs) and orgs[-1].end == r.start and not art.triggers_in(orgs[-1].start, r.start) and \
        bool(art.rx(r"(?:<<role_leave_intro>>|<<leave_words>>)$").search(art.folded, a, orgs[-1].start))


def title_fallen_vacant_before(site: Site, draft: Draft) -> Title | None:
    """"星河鹽業董事長2月出缺,由經濟部次長林佳慧暫代": for a word of succession, a title that fell vacant in an
    earlier clause of the sentence ([grammar] vacancy_words after it, a time allowed between) is the one taken."""
    art, ss, cs = site.art, site.sentence_start, site.clause_start
    if art.lang == "en" or not site.rule.succession or cs <= ss:
        return None
    for m in art.rx(r"<<vacancy_words>>").finditer(art.lowered, ss, cs):
        r = next(reversed(art.titles_in(ss, m.start())), None)
        if r is not None and _TIME_ONLY.fullmatch(art.folded, r.end, m.start()) and \
                not art.ents.persons_in(r.end, m.start()):
            return Title(r, left_open=True)
    return None


# (what may stand between a title and the word of its falling vacant: a time, "已", "再度")
_TIME_ONLY = re.compile(r"\s*(?:[\d一二三四五六七八九十]{1,4}\s*[年月日]|[上下本今去明]\s*[月周週年]|日前|近日|已|再度|再次|一职|一職|职位|職位)*\s*")


def title_of_the_one_leaving(site: Site, draft: Draft) -> Title | None:
    """"財務長柯文瀚將退休,由副財務長林佳慧接任": the title of the one who leaves before, and whose it was."""
    # (or who is replaced: "Orrin Vale was replaced by Ana Ruiz")
    art, subjects, ts = site.art, draft.subjects, site.trigger_start
    if not site.rule.succession or not subjects:
        return None
    skeys = {q.key for q in subjects}
    for q in reversed(art.ents.persons_in(site.sentence_start, subjects[0].start)):
        if q.key in skeys or not q.key or (q.pronoun and q.start >= ts):
            continue  # (nor "her" of "replaced in her role by")  # ("She will be succeeded by Ana Ruiz": she is the one named before, and her title Ruiz's)
        leaves = q.end <= ts and any(_leaves(art, t) for t in art.triggers_in(q.end, subjects[0].start))
        replaced = q.end <= ts < subjects[0].start
        held = _title_held_by(site, q, replaced)
        if (leaves or replaced) and held is not None and \
                (held.end <= q.start or 0 <= held.start - q.end <= 3 or _APPOSED.fullmatch(art.folded, q.end, held.start)):
            return Title(held, q.key)  # (named before, or in apposition: "Ana Ruiz, president of Orbis, will …",
            # "Ana Ruiz, the co-founder and chief executive of Orbis, will step down, handing the top job to …")
        if not leaves and not replaced and _succeeds_too(art, q, subjects[0].start):
            continue  # ("X離開後,A將接手其研發職責,B將接替其營運職責": A shares X's duties with B)
        return None
    return _title_of_the_leaver_before(site)


def _title_held_by(site: Site, q, replaced: bool):
    """The title ``q`` holds where named (or, for the one a succession replaces, the one said of them in the sentence
    or given up in an earlier one), or None."""
    art = site.art
    held = art.role_for(q.key, q.start, None)
    if held is None and replaced:
        held = _title_said_of(art, q.key, site.sentence_start, site.trigger_start) or \
            _title_left_before(art, q.key, site.sentence_start)
        # ("Ana Ruiz will step down as CEO in April. She will be succeeded by Ben Hale": the title given up before)
    return held


def _title_of_the_leaver_before(site: Site) -> Title | None:
    """"Ben Tao will retire in June. His successor is Ana Ruiz": the title the one leaving in the sentence before gives
    up, when a possessive opens the word of this one."""
    art, ts = site.art, site.trigger_start
    if site.sentence == 0 or not (art.rx(r"(?<![a-z])(?:his|her|their)\s+$").search(
            art.lowered, max(site.sentence_start, ts - 8), ts) or art.rx(_THE_POST_IN_WORD, 0).search(art.lowered, ts, site.trigger_end)):
        return None
    ps, pe = art.sentences[site.sentence - 1]
    held = _leaver_role(art, ps, pe)
    who = next((q.key for q in reversed(art.ents.persons_in(ps, pe)) if not q.pronoun), None)
    return Title(held, who) if held is not None else None


# "Ben Tao will retire. Ana Ruiz steps into the role in May": a word of succession that ends on the post
# itself, told as one already named ("the role", "his post", "the top job"), means the post of the one leaving before
_THE_POST_IN_WORD = r"\b(?:the|his|her|their)\s+<<post_nouns>>$"


def _succeeds_too(art: _Article, q, lim: int) -> bool:
    """Whether a word of succession (接手, 接替) follows ``q`` before ``lim``: another successor of the same leaver."""
    return any(any(rr.succession for rr in art.lex.triggers.get(art.lowered[a:b], []))
               for a, b in art.triggers_in(q.end, lim))


_APPOSED = re.compile(r"\s*,\s*(?:the|its|our|their)\s+")  # "Ana Ruiz, the president of Orbis": a title in apposition
_HAS_BEEN = r"^\s+(?:has|had|have)\s+been\s+(?:(?:<<role_modifiers>>)\s+)*$"


def _title_said_of(art: _Article, key: str, ss: int, lim: int) -> Role | None:
    """"He has been the group managing director for 22 years until he was replaced by …": the title the sentence says
    the person ``key`` has been, right after a mention of them."""
    for q in art.ents.persons_in(ss, lim):
        r = next(iter(art.titles_in(q.end, lim)), None) if q.key == key else None
        if r is not None and art.rx(_HAS_BEEN).match(art.folded[q.end:r.start]):
            return r
    return None


def office_of_the_one_succeeded(site: Site, draft: Draft) -> Title | None:
    """"Ana Ruiz will succeed Orrin Vale effective July 1": the office Vale held, without his founder title."""
    art, te = site.art, site.trigger_end
    if not site.rule.succession or not draft.subjects:
        return None
    skeys = {q.key for q in draft.subjects}
    rep = [q for q in art.ents.persons_in(te, min(site.clause_end, te + 4)) if q.key and q.key not in skeys]
    if not rep:
        return None
    held = art.role_for(rep[0].key, rep[0].start, None)
    if held is not None and held.start < rep[0].start:  # ("to replace her": as she held it)
        return Title(_office(art, held), rep[0].key)
    left = _title_left_before(art, rep[0].key, site.sentence_start)
    return Title(left, rep[0].key) if left is not None else None


def _title_left_before(art: _Article, key: str, lim: int) -> Role | None:
    """"Orrin Vale will step down as chairman on June 1. Ana Ruiz will succeed Vale": the title a departure word after
    a mention of ``key`` gives up ("as chairman"), in a sentence before ``lim``."""
    f = art.folded
    for ss, se in art.sentences:
        if ss >= lim:
            break
        for q in art.ents.persons_in(ss, se):
            if q.key != key:
                continue
            for t in art.triggers_in(q.end, se):
                if not _leaves(art, t):
                    continue
                r = next(iter(art.titles_in(t[1], se)), None)
                if r is not None and art.rx(_ROLE_LEAVE).match(f[t[1]:r.start]):
                    return r
    return None


def successors_own_title(site: Site, draft: Draft) -> Title | None:
    """"Orrin Vale will be succeeded by Treasurer Ana Ruiz": with no other title told, the successor's own."""
    return Title(draft.own_title) if draft.own_title is not None else None


# a title about to be filled: "a new / its next / the incoming / its sixth vice-chancellor"
_NEW_BEFORE = re.compile(r"\b(?:new|next|incoming|future|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                         r"eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)))\s+(?:[a-z\-]+\s+)?$")


def new_title_announced_before(site: Site, draft: Draft) -> Title | None:
    """"Orbis will have a new chief executive from July 1. Ana Ruiz will take over from Ben Tao": a succession told
    right after the sentence (or two) that announces the new title (the title right after "new"), the successor's
    own when one is named with it ("named Ruiz as new president. … Ruiz will succeed Tao")."""
    art = site.art
    if not site.rule.succession or art.lang != "en" or site.sentence == 0:
        return None
    subj = draft.subjects[0] if draft.subjects else None
    for si in range(site.sentence - 1, max(-1, site.sentence - 3), -1):
        ps, pe = art.sentences[si]
        news = [r for r in art.titles_in(ps, pe) if _NEW_BEFORE.search(art.lowered, max(ps, r.start - 20), r.start)]
        if not news and subj is not None and any(q.key == subj.key for q in art.ents.persons_in(ps, pe)):
            news = [r for r in art.titles_in(ps, pe) if _taken_by_word(art, r.start)]  # ("X … will become CEO")
        if not news:
            continue
        holders = {k for k, items in art.person_roles.items() for _, r in items if r.start == news[0].start}
        if subj is None or not subj.key or not holders or subj.key in holders:
            return Title(news[0])
        return None  # (someone else's new title)
    return None


def _taken_by_word(art: _Article, pos: int) -> bool:
    """Whether a promotion or hire word ends right before the title at ``pos`` ("will become chief executive")."""
    return any(0 <= pos - b <= 2 and any(r.type in ("promotion", "hire") for r in art.lex.triggers.get(
        art.lowered[a:b], [])) for a, b in art.triggers_in(max(0, pos - 30), pos))


# For a word that needs a title (rule needs_role) when none of TITLE_TAKEN_STRATEGIES answered.
_HELD_SINCE_BEFORE = re.compile(r"\s+(?:has|have|had)\s+been\s+(?:(?:the|its|their)\s+)?$")
_SINCE_BEFORE_WORD = re.compile(r"[^,;.]{0,40}\bsince\s+$")


def title_held_since_the_word(site: Site, draft: Draft) -> Title | None:
    """"Ana Ruiz has been CEO at the club since taking over from Orrin Vale in 2009": the title the subject has held
    since the succession the word tells."""
    art, subjects = site.art, draft.subjects
    if art.lang != "en" or not site.rule.succession or not subjects or subjects[0].end > site.trigger_start:
        return None
    p = subjects[0]
    r = next(iter(art.titles_in(p.end, site.trigger_start)), None)
    if r is None or not _HELD_SINCE_BEFORE.fullmatch(art.lowered, p.end, r.start) or \
            not _SINCE_BEFORE_WORD.fullmatch(art.lowered, r.end, site.trigger_start):
        return None
    return Title(r)


_TOPIC_ENDS = re.compile(r"\s*[,，:：]")


def title_named_as_the_topic(site: Site, draft: Draft) -> Title | None:
    """"在副會長方面,理事會從六名候選人中選出五人,…" / "As for the vice presidents, the members elected Ana Li, …": the
    sentence opens with a topic that is a title (after [grammar] topic_openers, before topic_closers, then a comma),
    and the word, later in the sentence, tells who was chosen for it (nothing else is said in the topic: no name)."""
    art, ss, ts = site.art, site.sentence_start, site.trigger_start
    m = art.rx(r"\s*(?:<<topic_openers>>)\s*(?:the\s+)?").match(art.lowered, ss, ts)
    # (the title may take the opener in: 至於副會長 is read as one title)
    r = next(iter(art.titles_in(ss, m.end() + 2)), None) if m is not None else None
    if r is None or r.end > ts or r.end <= m.end() or art.ents.persons_in(ss, r.end):
        return None
    c = art.rx(r"\s*(?:<<topic_closers>>)?").match(art.lowered, r.end, ts)
    return Title(r) if _TOPIC_ENDS.match(art.folded, c.end(), ts) else None


_LISTING_VERB_END = re.compile(r"\b(?:include|includes|included|are|were|will\s+be)\s*:?\s*$")


def title_before_a_listed_name(site: Site, draft: Draft) -> Title | None:
    """"Officers elected at the meeting were chairman Ana Ruiz, treasurer Ben Tao and …": a group word and a verb
    that lists the group after it; the title right before the first name listed is the post given."""
    art = site.art
    if not draft.subjects or draft.subjects[0].start < site.trigger_end:
        return None
    p = draft.subjects[0]
    r = next(reversed(art.titles_in(site.trigger_end, p.start)), None)
    if r is None or art.folded[r.end:p.start].strip():
        return None
    if art.lang != "en":
        # "新領導架構為會長林一帆、理事長王志強" / "選出會長A、理事長B": the roster right after the word (a colon
        # may stand between), the first title right before the first name, the next one listed with its own
        # (not "委任總裁林佳慧及另外兩人為董事": her own title, the others named later)
        return Title(r) if _HAN_ROSTER_GAP.fullmatch(art.folded, site.trigger_end, r.start) and \
            _next_listed_with_own_title(art, draft.subjects) else None
    return Title(r) if _LISTING_VERB_END.search(art.lowered, site.trigger_end, r.start) else None


_HAN_ROSTER_GAP = re.compile(r"\s*[:：]?\s*")


def _next_listed_with_own_title(art: _Article, subjects: list[Mention]) -> bool:
    """Whether the second of ``subjects`` follows the first after a list mark and a title of its own."""
    if len(subjects) < 2 or subjects[1].start < subjects[0].end:
        return False
    r = next(reversed(art.titles_in(subjects[0].end, subjects[1].start)), None)
    return r is not None and r.end == subjects[1].start and bool(LIST_MARK_BEFORE_TITLE.fullmatch(art.folded, subjects[0].end, r.start))


def own_title_before_a_listed_name(site: Site, draft: Draft, move: Move) -> Role | None:
    """"… were chairman Ana Ruiz, treasurer Ben Tao and director Cy Park": in a list told after a group word and a
    listing verb (``title_before_a_listed_name``), each person's post is the title right before their name."""
    art, p = site.art, move.person
    if title_before_a_listed_name(site, draft) is None or p.pronoun:
        return None
    r = next(reversed(art.titles_in(site.trigger_end, p.start)), None)
    return r if r is not None and not art.folded[r.end:p.start].strip() else None


TITLE_NEEDED_STRATEGIES = (title_right_after_subject, title_introduced_after_subject, title_given_up_before_word,
                           title_whose_holder_changes,
                           title_of_the_one_leaving, title_fallen_vacant_before, office_of_the_one_succeeded, successors_own_title,
                           new_title_announced_before, title_held_since_the_word, title_named_as_the_topic,
                           title_before_a_listed_name)


def _office(art: _Article, role: Role) -> Role:
    """"co-founder and chief executive": the office one can hand over, without the founder title that stays."""
    if not role.canon or " and " not in role.canon:
        return role
    parts = [c for c in role.canon.split(" and ") if c not in art.lex.founder_titles]
    if not parts or len(parts) == len(role.canon.split(" and ")):
        return role
    return replace(role, canon=" and ".join(parts))


def _vacated_role(site: Site, first_subject: int) -> tuple[Role | None, str | None]:
    """The title a vacancy mark ("一職", "遺缺", "職務") before the successor stands for, and whose it was."""
    art, cs = site.art, site.clause_start
    for m in art.rx(r"<<vacated_marks>>").finditer(art.lowered, cs, first_subject):
        a = m.start()
        its = art.rx(r"(?:<<its_marks>>|(<<relative_words>>))\s*(?:<<former_marks>>)?\s*$").search(
            art.lowered, max(site.sentence_start, a - 4), a)
        if its:
            held, who = _title_of_the_one_meant(site, its, a)
            if held is not None:
                return held, who
            if its.group(1) is None:
                continue  # (after 的 and nobody's name: the title right before it, "院長的職缺", below)
        r = next((r for r in art.titles_in(cs, a) if 0 <= a - r.end <= 1 and
                  art.folded[r.end:a] in ("", *art._relative)), None)
        if r is not None:
            return r, None  # "技術長一職": the title right before the mark
        if a - cs <= 1 and not art.roles_in(cs, a):
            # "總經理柯文瀚將於年底退休,遺缺由林佳慧升任": the mark opens its clause, so the opening is the one
            # left by the last person in the sentence who leaves
            held = _leaver_role(art, site.sentence_start, cs)
            if held is None and cs - site.sentence_start <= 1 and site.sentence > 0:
                held = _leaver_role(art, *art.sentences[site.sentence - 1])  # ("…林振榮請辭。遺缺將由…暫代")
            if held is not None:
                return held, None
    return None, None


def _title_of_the_one_meant(site: Site, its, a: int) -> tuple[Role | None, str | None]:
    """"其(原)職務由林佳慧接任" / "柯文瀚的職務由林佳慧接任": the title of the person meant, as they held it (the one
    named before "的", or the last named in this or the sentence before); after 其, else the last title before."""
    art, ss, cs = site.art, site.sentence_start, site.clause_start
    named = [q for q in art.ents.persons_in(ss, its.start()) if not q.pronoun]
    if its.group(1) is not None:
        named = [q for q in named if q.end == its.start()]
    elif not named and site.sentence > 0:
        ps, pe = art.sentences[site.sentence - 1]
        named = [q for q in art.ents.persons_in(ps, pe) if not q.pronoun]
    if named:
        q = named[-1]
        held = art.role_for(q.key, q.start, None)
        if held is not None and any(m.key == q.key and 0 <= m.start - held.end <= 2
                                    for m in art.ents.persons_in(held.end, held.end + 3)):
            return held, q.key
    if its.group(1) is None:
        # (not a title taken by a word before: "林大明轉任顧問,他的職位由…接替" leaves the post he held, not 顧問)
        held = [r for r in art.titles if ss <= r.end <= a and r.end <= cs and not _taken_by_word(art, r.start)]
        if held:
            return held[-1], None
    return None, None


def _leaver_role(art: _Article, ss: int, lim: int) -> Role | None:
    """The title held by the last person named in ``[ss, lim)`` who leaves there (a departure word after them)."""
    for q in reversed(art.ents.persons_in(ss, lim)):
        if q.pronoun:
            continue
        if not any(t[1] <= lim and _leaves(art, t) for t in art.triggers_in(q.end, lim)):
            return None
        held = art.role_for(q.key, q.start, None)
        return held if held is not None and held.end <= q.start else None
    return None


# -- a title told once for a list -------------------------------------------------------------------------------------
def plural_title_before_the_first(site: Site, subjects: list[Mention]) -> Role | None:
    """"vice presidents Ana Ruiz and Ben Tao": the first person's title, when it is plural."""
    art = site.art
    first_role = art.role_for(subjects[0].key, subjects[0].start, None)
    if first_role is not None and first_role.end <= subjects[0].start and \
            art.lowered[first_role.end - 1:first_role.end] == "s":
        return first_role
    return None


def plural_title_around_the_list(site: Site, subjects: list[Mention]) -> Role | None:
    """"three engineers from Orbis - Ana Ruiz, Ben Tao and Cy Park - resigned": a plural title said of a list."""
    # (English departures: before the list's first name, or between its last name and the word: "Ana Ruiz and Ben
    # Tao, both researchers at Orbis, left")
    art = site.art
    if art.lang != "en" or site.type != "departure":
        return None
    lo, hi = max(site.sentence_start, subjects[0].start - 70), subjects[-1].end
    for r in art.roles_in(lo, site.trigger_start):
        if r.kind == "verb" or not art.lowered[r.end - 1:r.end] == "s":
            continue
        if (lo <= r.start and r.end <= subjects[0].start and not art.ents.persons_in(r.end, subjects[0].start)) or \
                (hi <= r.start and r.end <= site.trigger_start and not art.ents.persons_in(hi, r.start)):
            return r
    return None


# A title told once for a list of two or more people: the first strategy that answers.
SHARED_TITLE_STRATEGIES = (plural_title_before_the_first, plural_title_around_the_list)


def shared_title(site: Site, subjects: list[Mention]) -> Role | None:
    return first(SHARED_TITLE_STRATEGIES, site, subjects) if len(subjects) > 1 else None


# -- each person's title --------------------------------------------------------------------------------------------
def title_given_up_after_word(site: Site) -> Role | None:
    """"resigned as its CEO" / "left Orbis's management board" / "辭去公司董事職務": the title a departure word
    gives up, right after it."""
    art, te = site.art, site.trigger_end
    f = art.folded
    if art.lang != "en" and f.startswith("了", te):
        te += 1  # ("辭去了星河科技總經理一職": the word's aspect mark, then what it gives up)
    for r in art.titles_in(te, site.clause_end):
        if (art.rx(_ROLE_LEAVE).match(f[te:r.start]) or (r.start - te <= 1 and not f[te:r.start].strip()) or
                # ("served as its chief executive until 2018": the word itself ends with the "as" of the title)
                (art.lowered.endswith(" as", site.trigger_start, te) and
                 art.rx(_MODIFIERS_ONLY).fullmatch(art.lowered, te, r.start)) or
                (art.lang != "en" and (art.rx(r"(?:<<role_modifiers>>)").fullmatch(f[te:r.start]) or
                                       f[te:r.start] == "的" or  # ("卸任的董事包括林大明及王志強")
                                       _only_an_org_between(art, te, r.start) or
                                       _only_the_dismissed_between(art, te, r.start)))):
            return r
    return None


def _only_the_dismissed_between(art: _Article, a: int, b: int) -> bool:
    """"免去趙明遠的總經理職務" / "免去其總經理職務": a dismissal word, the person dismissed (named, or 其) and 的
    right between the word and the title taken away."""
    gap = art.folded[a:b]
    if gap in ("其", "其的"):
        return True
    ps = art.ents.persons_in(a, b)
    return len(ps) == 1 and ps[0].start == a and art.folded[ps[0].end:b] in ("", "的")


def _only_an_org_between(art: _Article, a: int, b: int) -> bool:
    """"不再擔任中原銀行董事長": one organisation named (or referred to: 該行) right between the word and the title;
    its board told with its term may follow ("辭去鄭州銀行第七屆董事會執行董事"), or a unit word its short name leaves
    out ("卸任阿里巴巴集團董事會主席": 阿里巴巴 is the name, 集團 and 董事會 words that may stand before a title)."""
    orgs = art.ents.orgs_in(a, b)
    return len(orgs) == 1 and orgs[0].start == a and \
        (orgs[0].end == b or bool(art.rx(_BOARD_TERM).fullmatch(art.lowered, orgs[0].end, b)) or
         bool(art.rx(_UNIT_WORDS).fullmatch(art.lowered, orgs[0].end, b)))


# "第七屆董事會": a board told with its term (between an organisation and a title held on it)
_BOARD_TERM = r"第[0-9一二三四五六七八九十]+[届屆]<<board_words>>"
# "集團董事會": the words of a unit or a board between an organisation's short name and a title held there
_UNIT_WORDS = r"(?:<<role_modifiers>>|<<board_words>>)+"


_OF_ORG_AFTER = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")


def owner_of_the_title_given_up(site: Site, r: Role) -> str | None:
    """"left Orbis's management board": the organisation whose title it is (the last named before it); "stepped down
    as chief executive of Orbis": the one named right after it with "of" or "at"."""
    te, art = site.trigger_end, site.art
    m = _OF_ORG_AFTER.match(art.folded, r.end, site.clause_end)
    after = art.ents.orgs_in(m.end(), m.end() + 1) if m else []
    if after and not after[0].ref:
        return after[0].key
    if not _OWNER_S_END.search(site.art.folded[te:r.start]):
        return None
    orgs = site.art.ents.orgs_in(te, r.start)
    return orgs[-1].key if orgs else None


def title_introduced_after_person(site: Site, draft: Draft, move: Move) -> Role | None:
    """"Orbis appointed Ana Ruiz as chief operating officer" / "任命林佳慧為技術長": a title introduced after her."""
    # (promotions, and hires that act on a person; not across another event word: in "任命副總林佳慧接任技術長"
    # the word right before the title only says it is taken)
    art, p, ts = site.art, move.person, site.trigger_start
    if site.type == "hire" and site.rule.direction != "object":
        return None
    f = art.folded
    mods = art.lex.grammar.get("role_modifiers", ())
    pe = _past_courtesy_title(art, p)  # ("聘任公司副總經理林佳慧先生擔任公司總經理": the title after 先生)
    # (not a title told of them in a clause before the word's: "林佳慧為集團總裁林大明之子,…2011年升任總經理")
    for r in art.titles_in(max(pe, site.clause_start), site.clause_end):
        if _held_before_in_apposition(art, pe, r, ts):
            continue
        # (an event word that is only a modifier right before the title does not stand between: 擔任…新任執行副總裁;
        # nor does a word that is an event only on a dated career line, as 擔任 is, before the organisation: here it
        # introduces the title)
        between = [t for t in art.triggers_in(pe, r.start)
                   if not (t[1] == r.start and art.lowered[t[0]:t[1]] in mods) and not _dated_word_before_org(art, t)]
        if site.type == "promotion" and any(t[0] != ts and _only_a_leaving(art, t) for t in between):
            continue  # ("林佳慧不再擔任星河科技總經理,改任董事長": the title given up before is not the one taken)
        if (art.rx(_ROLE_INTRO).search(f[pe:r.start]) or _introduced_with_its_org(art, pe, r.start)) \
                and not any(t[0] != ts and t[0] != pe for t in between) \
                and not any(t[0] == pe and not art.rx(r"\s*(?:<<role_modifiers>>\s*)*").fullmatch(
                    art.lowered, t[1], r.start) and not _introduced_with_its_org(art, t[0], r.start) for t in between):
            # ("委任全國人大代表X出任星澄大學校董會主席": the word after the name gives the title at an organisation)
            return r
    return None


def _past_courtesy_title(art: _Article, p) -> int:
    """Where a Chinese name ends with the courtesy title written right after it (林佳慧先生, 王立博士), if any."""
    if not ("\u4e00" <= art.folded[p.start:p.start + 1] <= "\u9fff"):
        return p.end
    m = art.rx(r"(?:<<person_titles>>|<<courtesy_after_name>>)").match(art.lowered, p.end)
    return m.end() if m else p.end


def _held_before_in_apposition(art: _Article, a: int, r: Role, ts: int) -> bool:
    """"Ana Ruiz, who once served as CFO at Orbis, was promoted to COO": a title told, before the word, in a clause
    about her past (``appositive_past``) is a post held before, not the one the word gives."""
    return r.end <= ts and bool(art.rx(r"<<appositive_past>>").search(art.lowered, a, r.start))


def _dated_word_before_org(art: _Article, trigger: tuple[int, int]) -> bool:
    """"擔任星河半導體…": a word that is an event only on a dated career line, right before an organisation's name."""
    rules = art.lex.triggers.get(art.lowered[trigger[0]:trigger[1]], ())
    return bool(rules) and all(rule.dated for rule in rules) and bool(art.ents.orgs_in(trigger[1], trigger[1] + 1))


def _introduced_with_its_org(art: _Article, a: int, b: int) -> bool:
    """"擔任星河半導體數據中心事業部新任執行副總裁": a word that gives a title, then the organisation's name (and a
    unit of it) right before the title, with no punctuation between."""
    m = None
    for m in art.rx(r"<<role_intro>>").finditer(art.lowered, a, b):
        pass
    # (not a post held before: "原為台積電先進封裝部門經理")
    return m is not None and b - m.end() <= 16 and bool(art.ents.orgs_in(m.end(), m.end() + 1)) and \
        not _ANY_CLAUSE_MARK.search(art.folded, m.end(), b) and \
        not art.rx(r"(?:<<former_marks>>|曾)$").search(art.lowered, max(0, m.start() - 2), m.start())


def title_taken_respectively(site: Site, draft: Draft, move: Move) -> Role | None:
    """"麥榮良和張志偉將分別出任首席執行官和首席可持續發展官" / "named CEO and CFO, respectively": as many titles after
    the word as people before it, with a word for "one each": the person's own, in order."""
    art, subjects = site.art, draft.subjects
    if len(subjects) < 2 or move.person not in subjects:
        return None
    a, ce = subjects[-1].end, site.clause_end
    if not art.rx(r"<<respectively>>").search(art.lowered, a, ce):
        return None
    titles = art.titles_in(site.trigger_end, ce)
    return titles[subjects.index(move.person)] if len(titles) == len(subjects) else None


_AS_RIGHT_AFTER = re.compile(r"\s+as\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w\-]+['’]s?\s+)?"
                             r"(?:(?:new|acting|interim|substantive)\s+)?")


def title_as_right_after_a_companion(site: Site, draft: Draft, move: Move) -> Role | None:
    """"named Ana Ruiz as CEO, with Ben Tao as the bank's executive director": the title told by "as" right after
    a person of the list named after the word (English; the second one's own, not the first one's); or right after
    them with no "as", in a list of such items after the word's title ("Ana Ruiz was elected president, Ben Tao
    vice-president and Cy Park treasurer")."""
    art, p = site.art, move.person
    if art.lang != "en" or p.start < site.trigger_end or p is draft.subjects[0]:
        return None
    for r in art.titles_in(p.end, min(site.sentence_end, p.end + 50)):
        if _AS_RIGHT_AFTER.fullmatch(art.lowered, p.end, r.start) or \
                (not art.folded[p.end:r.start].strip() and draft.subjects[0].start < site.trigger_start):
            return r
        break
    return None


def title_the_word_is_about(site: Site, draft: Draft, move: Move) -> Role | None:
    """"林佳慧升任技術長": the title a hire or promotion word is about (TITLE_TAKEN_STRATEGIES)."""
    return draft.title


def title_given_up(site: Site, draft: Draft, move: Move) -> Role | None:
    """"resigned as chief financial officer": the title a departure word gives up (title_given_up_after_word)."""
    return move.given_up


# between the title of a post and a word that tells who held it: ", a position", " post at Orbis was", " role"
_POST_HELD_BY_GAP = (r"(?:\s+<<post_nouns>>(?:\s+(?:at|of|in)\s+[^,;:]{1,40}?)?)?"
                     r"(?:\s*,\s*(?:a|an|the|its)\s+(?:[a-z\-]+\s+)?<<post_nouns>>)?"
                     r"\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?$")


_POST_HELD_UNTIL_GAP = re.compile(r"(?:\s+(?:of|at)\s+[^,;:]{1,40}?)?(?:\s+in\s+[^,;:]{1,20}?)?\s*,\s*")


def title_of_the_post_held_by(site: Site, draft: Draft, move: Move) -> Role | None:
    """"named Ben Tao CEO, a post previously held by its chairman Ana Ruiz" / "The CEO post at Orbis was previously
    held by Ana Ruiz" / "該職位此前由王志強擔任": for a word that tells who held a post before ("held by", "vacated by",
    此前由…擔任), the title of that post, named before the word, not the one the holder keeps (chairman)."""
    art, ts = site.art, site.trigger_start
    if site.type != "departure" or (site.rule.direction != "object" and not site.word.endswith(" until")):
        return None
    r = next(reversed(art.titles_in(site.sentence_start, ts)), None)
    if r is None:
        return None
    if art.lang == "en":
        if site.word.endswith(" until"):  # ("rose to CEO of Orbis in 1993, a post she held until 2000")
            return r if _POST_HELD_UNTIL_GAP.fullmatch(art.lowered, r.end, ts) else None
        return r if site.word in art.lex.grammar.get("held_by_words", ()) and \
            art.rx(_POST_HELD_BY_GAP, 0).fullmatch(art.lowered, r.end, ts) else None
    # ("委任林大明為行政總裁,該職位此前由王志強擔任" / "行政總裁一職原由王志強出任")
    return r if art.rx(r"\s*(?:[,，]\s*)?(?:<<its_marks>>)?(?:<<vacated_marks>>|职位|职务|职)?\s*$").fullmatch(
        art.lowered, r.end, ts) else None


def title_changing_hands_before(site: Site, draft: Draft, move: Move) -> Role | None:
    """"董事長發生變更,由林大明變更為王志強": the one a change of holder names first leaves the title said to change
    hands ([holder_change_after], or a new holder's mark right after it) earlier in the sentence."""
    art, p = site.art, move.person
    if art.lang == "en" or p.pronoun or p.end > site.trigger_start or \
            not art.rx(r"<<new_holder_marks>>\s*$").search(art.lowered, max(site.clause_start, p.start - 3), p.start):
        return None
    found = None
    for r in art.titles_in(site.sentence_start, p.start):
        if art.rx(r"\s*(?:<<holder_change_after>>|<<new_holder_marks>>)").match(art.lowered, r.end):
            found = r
    return found


def title_told_with_was(site: Site, draft: Draft, move: Move) -> Role | None:
    """"Ana Ruiz, who left Orbis in May, was its chief scientist": a departure's title said with "was"."""
    # (English; for a person with no title where named; before any hire word of the sentence)
    art, te, se = site.art, site.trigger_end, site.sentence_end
    if art.lang != "en" or art.role_for(move.person.key, move.person.start, move.org) is not None:
        return None
    stop = min([t[0] for t in art.triggers_in(te + 1, se) if
                any(rr.type == "hire" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], []))] + [se])
    for r in art.titles_in(te, stop):
        if art.rx(_ROLE_WAS).search(art.folded[max(te, r.start - 40):r.start]):
            return r
    return None


def title_standing_for_them(site: Site, draft: Draft, move: Move) -> Role | None:
    """"The Orbis Herald's executive editor is retiring": the person is told only by a title, which is theirs."""
    p = move.person
    if not p.pronoun:
        return None
    return next((r for r in site.art.titles_in(p.start, p.end) if r.start == p.start and r.end == p.end), None)


def title_held_where_named(site: Site, draft: Draft, move: Move) -> Role | None:
    """"Orbis CFO Ana Ruiz resigned": the title the person holds where the article names them."""
    return site.art.role_for(move.person.key, move.person.start, move.org)


def title_of_the_one_arriving(site: Site, draft: Draft, move: Move) -> Role | None:
    """"Chancellor Ana Ruiz's arrival in August": the title right before the name of the one an arrival noun is told
    of ([grammar] noun_only_events) is the post taken (not an earlier one, as "former CFO Ana Ruiz joined" would
    have it)."""
    art, p = site.art, move.person
    if site.word not in art.lex.grammar.get("noun_only_events", ()) or p.pronoun:
        return None
    return next((r for r in reversed(art.titles_in(max(site.sentence_start, p.start - 40), p.start))
                 if not art.folded[r.end:p.start].strip()), None)


def title_right_after_attributive_name(site: Site, draft: Draft, move: Move) -> Role | None:
    """"向卸任的林大明總會長致意": a Chinese departure word that modifies the person (the word, 的, their name), whose
    title follows the name right after: that title is the one left."""
    art, p = site.art, move.person
    if art.lang == "en" or p.pronoun or p.start < site.trigger_end or p.start - site.trigger_end > 8 or \
            art.folded[site.trigger_end:site.trigger_end + 1] != "的":
        return None
    return next((r for r in art.titles_in(p.end, p.end + 1)), None)


def title_taken_earlier_in_sentence(site: Site, draft: Draft, move: Move) -> Role | None:
    """"姜鑫2017年上任董事長,2018年3月離職": the title the person took earlier in the sentence (a hire or promotion
    word right before it, the person the last one named before that word and the only one named after it)."""
    art, p = site.art, move.person
    for a, b in reversed(art.triggers_in(site.sentence_start, site.trigger_start)):
        if not any(r.type in ("hire", "promotion") for r in art.lex.triggers.get(art.lowered[a:b], [])):
            continue
        named = art.ents.persons_in(site.sentence_start, a)
        if not named or named[-1].key != p.key or \
                any(q.key != p.key for q in art.ents.persons_in(b, site.trigger_start)):
            return None
        got = next(iter(art.titles_in(b, b + 3)), None)
        if got is None:  # ("王志強擔任星河銀行行政總裁直至2017年": the organisation of the post between)
            o = next(iter(art.ents.orgs_in(b, b + 3)), None)
            got = next(iter(art.titles_in(o.end, o.end + 2)), None) if o is not None else None
        return got
    return None


def role_led_after_joining(site: Site, draft: Draft, move: Move) -> Role | None:
    """"林佳慧上月已回歸星河智能,重新領導工程團隊": what the person leads after joining."""
    art, te, p = site.art, site.trigger_end, move.person
    for r in art.roles_in(te, site.sentence_end):
        if r.kind == "verb" and not any(
                q.key != p.key for q in art.ents.persons_in(te, r.start)) and \
                not art.triggers_in(te + 1, r.start):
            return r
    return None


def title_shared_by_the_list(site: Site, draft: Draft, move: Move) -> Role | None:
    """"three engineers - Ana Ruiz, Ben Tao and Cy Park - resigned": the list's plural title (SHARED_TITLE_STRATEGIES)."""
    return draft.shared


# The title of one person's event, by event type: the first strategy that answers. (For a hire, the title held
# before is not the one taken.)
PERSON_TITLE_STRATEGIES = {
    "departure": (title_of_the_post_held_by, title_given_up, title_standing_for_them, title_told_with_was, title_held_where_named, title_changing_hands_before,
                  title_right_after_attributive_name,
                  title_taken_earlier_in_sentence,
                  title_shared_by_the_list),
    "hire": (title_of_the_one_arriving, own_title_before_a_listed_name, title_as_right_after_a_companion, title_introduced_after_person, title_taken_respectively, title_the_word_is_about, role_led_after_joining,
             title_shared_by_the_list),
    "promotion": (own_title_before_a_listed_name, title_as_right_after_a_companion, title_introduced_after_person, title_taken_respectively, title_the_word_is_about,
                  title_held_where_named, title_shared_by_the_list),
}


def holds_title_at(art: _Article, p: Mention, org: str, pos: int) -> bool:
    """Whether the person holds a title at ``org`` before ``pos`` (named with it, or the one it was told of)."""
    held = art.role_for(p.key, pos, None)
    if held is None or held.start >= pos:
        return False
    return held.org in (None, org)


def _only_a_leaving(art: _Article, t: tuple[int, int]) -> bool:
    """Whether the trigger word at ``t`` is only ever a departure (不再擔任, 卸任, resigned): a title after it is
    given up, not taken."""
    rules = art.lex.triggers.get(art.lowered[t[0]:t[1]], [])
    return bool(rules) and all(r.type == "departure" for r in rules)
