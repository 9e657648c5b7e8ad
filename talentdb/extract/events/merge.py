"""After every sentence: one event per person and organisation (per round for funding), the repairs that need the
whole article, and the entities the events name.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from copy import copy
from datetime import date
from typing import TYPE_CHECKING

from talentdb.extract.events.candidates import Cand
from talentdb.extract.events.orgs import _folded_lower, related_orgs
from talentdb.extract.events.site import run_steps
from talentdb.extract.model import Entity, Event
from talentdb.extract.names.chars import _is_han
from talentdb.store.names import title_parts  # (the store keeps two such posts apart too)
from talentdb.extract.validate import fix_org

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


_A_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "quarter": 2, "year": 1, None: 0}


def no_sector_orgs(art: _Article, events: list[Event]) -> list[Event]:
    """A sector word alone ("人工智慧", "IC") is no organisation: such a founding or funding goes, an employer is null."""
    generic = art.lex.org_generic_set
    out = []
    for e in events:
        if e.org and _folded_lower(e.org) in generic:
            if e.type in ("founding", "funding"):
                continue
            e.org = None
        if e.counterparty and _folded_lower(e.counterparty) in generic:
            e.counterparty = None
        out.append(e)
    return out


def home_org_fallback(art: _Article, events: list[Event]) -> list[Event]:
    """"電商負責人林佳慧離職" in a story about one company: the employer no organisation is that company."""
    # An employer that is no organisation (a sector "電商", a title "CTO", a news outlet) or not found, in an
    # article about one company ("公司" stands for it): that company, the one the article names most often, when it
    # is named at least three times and is not where the person went.
    from talentdb.extract.validate import fix_org

    home = art.dominant
    if not home:
        return events
    n = sum(1 for m in art.ents.org_mentions if not m.ref and m.key == home)
    if n < 3:
        return events
    for e in events:
        if e.type not in ("departure", "promotion"):
            continue
        if e.org and fix_org(e.org) is not None:
            continue
        if e.counterparty and _folded_lower(home) in _folded_lower(e.counterparty):
            continue
        e.org = home
    return events


def one_move_under_two_names(art: _Article, events: list[Event]) -> list[Event]:
    """"Ana B. Ruiz, CEO of Orbis Labs, leaves … Ana Ruiz leaves Orbis, effective May 1": one move of one person
    told under two spellings of the name (a middle initial) or of the organisation (one name holds the other), with
    one title (or one told once) within a year, is one event: the better told one, filled in from the other."""
    gone: set = set()
    for i, e in enumerate(events):
        if id(e) in gone or e.type not in ("departure", "hire", "promotion") or not e.person:
            continue
        for o in events[i + 1:]:
            if id(o) not in gone and _one_move_twice(e, o):
                keep, drop = (e, o) if _event_rank(e) >= _event_rank(o) else (o, e)
                _fill_from(keep, drop)
                gone.add(id(drop))
                if drop is e:
                    break
    return [e for e in events if id(e) not in gone]


def _one_move_twice(a: Event, b: Event) -> bool:
    """Two events of one kind, one person (modulo a middle initial) and one organisation (one name holding the other),
    under one title (a departure: or on one day), within a year."""
    if a.type != b.type or not b.person or (a.person, a.org) == (b.person, b.org):
        return False
    if not (a.org and b.org and (a.org == b.org or _org_held(a.org, b.org))):
        return False
    if not (a.person == b.person or _without_initials(a.person) == _without_initials(b.person)):
        return False
    if a.role and b.role and not title_parts(a.role) & title_parts(b.role) and not _left_at_once(a, b):
        return False
    return _within_a_year(a.date, b.date)


def _left_at_once(a: Event, b: Event) -> bool:
    """Two posts at one organisation left on one day (or one leaving undated): "resigned as director and chairman"
    is one departure."""
    return a.type == "departure" and (a.date == b.date or not (a.date and b.date))


def _org_held(a: str, b: str) -> bool:
    """One organisation's name holds the other's, as words ("Orbis" in "Orbis Labs NV") or, in Han script, at its
    start ("星河科技" in "星河科技股份有限公司")."""
    fa, fb = _folded_lower(a), _folded_lower(b)
    short, full = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return full.startswith(short) if _is_han(short[:1]) else _words_inside(short, full)


_INITIAL = re.compile(r"(?<!\S)[A-Z]\.(?:\s+|$)")


def _without_initials(name: str) -> str:
    """A Latin name without its middle initials ("Ana B. Ruiz" → "Ana Ruiz")."""
    return _INITIAL.sub("", name).strip()


def _event_rank(e: Event) -> tuple:
    """Which of two tellings of one move to keep: a dated one, then the more precise date, a title, a counterparty."""
    return (PRECISION_RANK.get(e.date_precision, 0), bool(e.role), bool(e.counterparty), e.confidence)


def promotion_that_is_the_hire(art: _Article, events: list[Event]) -> list[Event]:
    """"星河科技委任林佳慧為技術長…新任技術長林佳慧": the very title just hired into is the hire, not a promotion (the
    same title at another organisation is a post of its own: "聘任周启航为行长" and, in his CV, "2011年至2016年任青岚
    银行分行行长")."""
    hires: dict = {}
    for e in events:
        if e.type == "hire" and e.person and e.role:
            hires.setdefault((e.person, e.role), []).append(e)
    return [e for e in events if not (e.type == "promotion" and (e.person, e.role) in hires and
                                      not _a_post_of_its_own(e, hires[e.person, e.role]))
            and not _the_hire_that_month(e, events)]


def _the_hire_that_month(e: Event, events: list[Event]) -> bool:
    """"joined the Orbis board in April 2010" and "who has been on its board since April 2010": a promotion at the
    organisation someone joined, in the very month they joined it, with no other title told for the joining."""
    if e.type != "promotion" or not e.person or not e.org or e.date_precision not in _TO_THE_MONTH:
        return False
    return any(h.type == "hire" and h.person == e.person and h.org == e.org and not h.role and h.date and
               h.date_precision in _TO_THE_MONTH and h.date[:7] == e.date[:7] for h in events)


def _a_post_of_its_own(e: Event, hires: list[Event]) -> bool:
    """A promotion under the title of a hire that is another post: at another organisation, in another year; or
    taken years (two or more) after every such hire (joined Orbis as a director in 2010, the title read for a step
    up there in 2018 the same: a step of a career there, not the joining told again)."""
    return bool(e.org and e.date) and (all(h.org and h.org != e.org and h.date and h.date[:4] != e.date[:4]
                                           for h in hires) or _years_after_each(e, hires))


def _years_after_each(e: Event, hires: list[Event]) -> bool:
    return all(h.date and int(e.date[:4]) - int(h.date[:4]) >= 2 and _title_told_with_the_joining(h, e) for h in hires)


_CLAUSE_END = re.compile(r"[,，;；。]")


def _title_told_with_the_joining(h: Event, e: Event) -> bool:
    """Whether the hire's title is its own: told in another sentence, or written in the joining's own clause of
    their one sentence (not "林佳慧2009年進入星河,做過區域經理,2020年起任總經理", its title borrowed from a post after)."""
    text = h.evidence or ""
    if text != e.evidence or not (h.date_text and h.role_raw):
        return text != e.evidence
    a = text.find(h.date_text)
    end = _CLAUSE_END.search(text, a) if a >= 0 else None
    return a >= 0 and h.role_raw in text[a:end.start() if end else len(text)]


def promotion_told_with_a_joining(art: _Article, events: list[Event]) -> list[Event]:
    """"Orbis named Ana Ruiz as its new president on Monday. … She is leaving Quorra to join Orbis" / "任命林佳慧出任
    集团副总裁…林佳慧的加入将…": a post taken at an organisation within a week of the day the article has the same
    person join it is one move told twice: the joining says they come from outside, so it is a hire (tests/realnews/
    README.md rule 1: no promotion row for one who comes from outside), with the post's title when the joining tells
    none, and the naming's day when only the naming tells one (an undated sentence takes the publication day)."""
    gone = set()
    for e in events:
        if e.type != "promotion" or not e.person or not e.org or not e.date:
            continue
        h = next((h for h in events if _the_joining_of(h, e)), None)
        if h is None:
            continue
        if h.role is None:
            h.role, h.role_raw = e.role, e.role_raw
        if e.date_text and not h.date_text:
            _copy_date(h, e)
        gone.add(id(e))
    return [e for e in events if id(e) not in gone]


def _the_joining_of(h: Event, e: Event) -> bool:
    """A hire of the promotion ``e``'s person at its organisation (or its group), within a week of it, that tells no
    post of its own or tells where they came from."""
    return h.type == "hire" and h.person == e.person and bool(h.date) and (h.role is None or bool(h.counterparty)) \
        and abs(_days_between(h.date, e.date)) <= 7 and related_orgs(h.org, e.org)


def hire_of_one_already_inside(art: _Article, events: list[Event]) -> list[Event]:
    """"聘任周明远为公司总经理 … 2019年1月起任本公司董事": a hire from nowhere of someone who holds an earlier post at the
    same organisation, not left since, is a promotion (tests/realnews/README.md rule 1); not one its sentence tells
    as a return ("came back to Orbis as its chief executive in 2016", "2016年重返星河出任總裁": a hire, as rule 1
    says)."""
    from talentdb.extract.validate import key, rules

    back = rules().return_rx
    for e in events:
        if e.type != "hire" or e.counterparty or not e.person or not e.org or not e.date or not e.role:
            continue
        if back is not None and e.evidence and back.search(key(e.evidence)):
            continue
        held = [o.date for o in events if o.type in ("promotion", "hire") and o.person == e.person and o.org == e.org
                and o.date and o.date < e.date and o.role != e.role]
        left = [o.date for o in events if o.type == "departure" and o.person == e.person and o.org == e.org and o.date]
        if held and not any(max(held) <= d <= e.date for d in left):
            e.type = "promotion"
    return events


def return_after_leaving_is_a_hire(art: _Article, events: list[Event]) -> list[Event]:
    """"周启航於2011年1月至2014年3月以及2015年1月至2020年9月擔任青岚控股行政總裁" / "Ana Ruiz left Orbis as CEO in March
    2019 … took the post again in June 2020": the very post taken again at an organisation months after leaving it,
    with no post taken there in between, is a return to a former employer: a hire (tests/realnews/README.md rule 1),
    not a promotion, when the article tells a return (validate.toml return_words: 重掌, 回任, "rejoined", "back as");
    else she may have held another post there meanwhile. (Another title is a step of a career line there:
    "2014年7月卸任副行長，2015年1月起任行長".)"""
    # (both times told to the month or the day, and more than a quarter apart: "辭去總經理，同月起任董事長" and a
    # career line in years alone, "2003年至2007年任…，2008年起任…", may be one internal move told by its two ends)
    from talentdb.extract.validate import key, rules

    back = rules().return_rx
    if back is None:
        return events
    for e in events:
        if e.type != "promotion" or not e.person or not e.org or not e.date or e.date_precision not in _TO_THE_MONTH:
            continue
        if not any(e.person in art.text[a:b] and back.search(key(art.text[a:b])) for a, b in art.sentences):
            continue  # (the article tells no return: the post may have been left for another there)
        left = [d for d in events if d.type == "departure" and d.person == e.person and d.org == e.org and d.date and
                d.role == e.role and d.date_precision in _TO_THE_MONTH and _days_between(d.date, e.date) > 92]
        if not left:
            continue
        last = max(d.date for d in left)
        # (no post taken there in between, nor another post held there before that may have gone on: "2013年12月至
        # 2017年1月任總經理，2015年1月起任董事長" and named general manager again in 2018 is still inside)
        if not any(o is not e and o.type in ("promotion", "hire") and o.person == e.person and o.org == e.org and
                   o.date and (last < o.date < e.date or (o.date < e.date and o.role != e.role)) for o in events):
            e.type = "hire"
    return events


_LEFT_FOR_IT_WITHIN = 31  # days between leaving one organisation and a post taken at another: one move


def promotion_after_leaving_elsewhere(art: _Article, events: list[Event]) -> list[Event]:
    """"銀河科技公告董事長林佳慧辭職…5月19日星河集團選舉林佳慧為董事長" / "Ana Ruiz resigned as CEO of Quorra on
    Monday. … Orbis named Ruiz its chairman on Friday": a post taken, with no origin told, within a month of the
    same person leaving another organisation (not of its group), anywhere in the article, is a hire from there
    (tests/realnews/README.md rule 1: a career told elsewhere that ends at another organisation); the leaving goes
    where the post is taken."""
    # (both dated to the month or the day, a year alone says nothing of a month between; and one leaving only: two
    # leavings that month leave the origin unknown)
    for e in events:
        if e.type != "promotion" or e.counterparty or not e.person or not e.org or \
                e.date_precision not in _TO_THE_MONTH:
            continue
        left = [d for d in events if d.type == "departure" and d.person == e.person and d.org and
                d.date_precision in _TO_THE_MONTH and not related_orgs(d.org, e.org) and
                abs(_days_between(d.date, e.date)) <= _LEFT_FOR_IT_WITHIN and d.counterparty in (None, e.org)]
        if len({d.org for d in left}) != 1:
            continue
        e.type, e.counterparty = "hire", left[0].org
        for d in left:
            d.counterparty = e.org
    return events


_TO_THE_MONTH = ("day", "month")


def _days_between(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def founders_left_from(art: _Article, events: list[Event]) -> list[Event]:
    """"Ana Ruiz left Orbis Capital and founded Quorra": a founder came from the organisation they left."""
    # (a leaving told in the same sentence as the founding, or one that names the new company as where they went)
    for e in events:
        if e.type != "founding" or not e.person or e.counterparty:
            continue
        for d in events:
            if d.type == "departure" and d.person == e.person and d.org and d.org != e.org and \
                    (d.evidence == e.evidence or d.counterparty == e.org):
                e.counterparty = d.org
                break
    return events


def headline_told_again(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz leaves Orbis" as a headline and again in the story: the story's event, with the headline's title."""
    # (the story's has the date and the full names; the headline gives the title and counterparty it lacks; a round
    # "星途科技完成A輪3億元融資" over "完成新台幣3億元A輪融資" the same, its currency said in the story)
    nl = art.folded.find("\n")  # (a line break inside a wrapped sentence is read as a space there)
    headline_end = nl if 0 < nl < 120 and not art.folded[:nl].rstrip().endswith(".") else -1  # (a sentence ends)
    if headline_end <= 0:
        return cands
    body = [c for c in cands if c.pos > headline_end]
    keep = []
    for c in cands:
        twin = _twin_in_story(c, body) if c.pos < headline_end else None
        if twin is None:
            keep.append(c)
            continue
        t, e = twin.event, c.event
        if not t.role and e.role:
            t.role, t.role_raw = e.role, e.role_raw
        if not t.counterparty and e.counterparty and e.counterparty != t.org:
            t.counterparty = e.counterparty
    return keep


def _twin_in_story(c: Cand, body: list[Cand]) -> Cand | None:
    e = c.event
    if e.type in ("departure", "hire", "promotion") and e.person:
        mine = [b for b in body if b.event.type == e.type and b.event.person == e.person]
        # (the story's telling of the same move, at its time: "Orbis names Ruiz chairman today" is not the 2005 post
        # of her career line that the story may tell first; a headline with no time of its own is the story's first)
        same = next((b for b in mine if _same_time(e.date, b.event.date)), None)
        return same if same is not None or e.date else next(iter(mine), None)
    if e.type == "funding" and e.amount:
        return next((b for b in body if b.event.type == "funding" and b.event.amount == e.amount and (
                     b.event.org == e.org or b.event.currency == e.currency)), None)
    return None


def departure_goes_to_next_hire(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz left Orbis on Friday. She joins Quorra next month": a departure goes where she is hired next."""
    # (later in its sentence or in the next)
    for c in cands:
        e = c.event
        if e.type == "departure" and not e.counterparty and e.person:
            for h in cands:
                if h.event.type == "hire" and h.event.person == e.person and c.sent <= h.sent <= c.sent + 1 \
                        and h.event.org != e.org and (h.sent > c.sent or h.pos > c.pos):
                    e.counterparty = h.event.org
                    break
    return cands


def succession_dated_by_departure(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Ben Tao will succeed Ana Ruiz as CFO": the succession takes the date of Ruiz's departure."""
    # (unless it has its own; not a departure told as background in a relative clause: "Chong replaces Aziz, who
    # resigned last September": the one who left months before was not replaced that day)
    for c in cands:
        if c.replaces and (not c.event.date or not c.own_date):
            dep = next((d for d in cands if d.event.type == "departure" and d.event.person == c.replaces and
                        d.event.date and not d.relative), None)
            if dep is not None:
                _copy_date(c.event, dep.event)
    return cands


def departure_told_of_its_own(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"柯文瀚將於本月底退休。…林佳慧將於6月1日接替柯文瀚": a departure the article tells with its own words is the one
    to keep (its time is the leaver's); the one read from the succession alone goes."""
    leavers = {c.event.person for c in cands if c.event.type == "departure" and not c.succession_end}
    return [c for c in cands if not c.succession_end or c.event.person not in leavers]


def effective_day_of_a_move_told_twice(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"中鋼今日公告董事長X申請退休,…將於5月18日正式退休": one sentence tells one move twice, first on the day it is
    announced, then on the later day it takes effect; the move is dated by when it takes effect (tests/realnews
    README: the effective date wins)."""
    # (both dates told with their words, to the day or month, under one title or none: two posts are two moves; not
    # the spans of a line of a career, "2011年1月至2014年3月以及2015年1月至2020年9月擔任", each a move of its own)
    told: dict = {}
    for c in cands:
        e = c.event
        if e.type in ("departure", "hire", "promotion") and c.own_date and not c.span and e.date and \
                e.date_precision in ("day", "month"):
            told.setdefault((_key(e), c.sent), []).append(c)
    for group in told.values():
        last = max(group, key=lambda c: c.event.date)
        for c in group:
            if c.event.date < last.event.date and c.pos < last.pos and \
                    (c.event.role is None or last.event.role is None or c.event.role == last.event.role):
                _copy_date(c.event, last.event)
    return cands


def successor_takes_the_org_left(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"柯文瀚已離開星河智能。其職務由林佳慧接任": the successor takes over at the organisation the one replaced left."""
    for c in cands:
        if c.replaces and c.event.type == "promotion" and not c.org_explicit:
            dep = next((d for d in cands if d.event.type == "departure" and d.event.person == c.replaces and
                        d.org_explicit and d.event.org), None)
            if dep is not None:
                c.event.org = dep.event.org
    return cands


_PREDECESSOR_MARK = re.compile(r"前任[\u4e00-\u9fff]{0,8}$")


def predecessor_named_with_the_successor(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"…新任行長王志強履新…肯定分行前任行長林大明過去的貢獻": a Chinese handover story that names a post's new holder
    (a promotion or hire) and, elsewhere, its predecessor by "前任" and the same title: the predecessor leaves that
    post at that organisation, when the new holder takes it (nobody else is said to leave it)."""
    if art.lang == "en":
        return cands
    takers = [c for c in cands if c.event.type in ("promotion", "hire") and c.event.role and c.event.org]
    leaving = {c.event.person for c in cands if c.event.type == "departure"}
    out = list(cands)
    for p in art.ents.person_mentions:
        held = None if p.pronoun or p.key in leaving else art.role_for(p.key, p.start, None)
        if held is None or not 0 <= p.start - held.end <= 1 or \
                not _PREDECESSOR_MARK.search(art.folded, max(0, held.start - 10), held.start):
            continue
        c = next((c for c in takers if c.event.person != p.key and c.event.role == held.canon), None)
        if c is None or any(d.event.type == "departure" and d.event.role == held.canon and d.event.org == c.event.org
                            for d in out):
            continue
        si = max(0, bisect_right(art._sentence_starts, p.start) - 1)
        e = copy(c.event)
        e.type, e.person, e.counterparty, e.evidence = "departure", p.key, None, art.text[slice(*art.sentences[si])]
        out.append(Cand(e, p.start, si, p.start, org_explicit=c.org_explicit))
        leaving.add(p.key)
    return out


def retold_without_org(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz left Orbis in May. … Ruiz resigned after six years": told again without its organisation."""
    # (a departure, hire or promotion told again without its organisation is the one already told with it)
    # (an "organisation" that is no name, "不會導致公司" of "X的辭任不會導致公司董事會…", is none: told without one)
    # (a retelling tells the same title or none: "named board chair with effect from 3 March" and "also made a
    # director of Quorra Tech" in the next sentence are two posts, the chair's at the company the story is about)
    told: dict = {}
    for c in cands:
        e = c.event
        if e.type in ("departure", "hire", "promotion") and c.org_explicit:
            told.setdefault((e.type, e.person), []).append(e)
    for c in cands:
        e = c.event
        if e.type not in ("departure", "hire", "promotion") or \
                not (not c.org_explicit or (e.org and e.org.endswith("公司") and fix_org(e.org) is None)):
            continue
        at = next((t for t in told.get((e.type, e.person), ()) if _retelling_of(e, t)), None)
        if at is not None:
            e.org = at.org
    return cands


def _retelling_of(e: Event, t: Event) -> bool:
    """Whether ``e``, told without its organisation's name, may be ``t`` told again: it holds no organisation, or
    one that is ``t``'s by another name ("Harborline Bank" for "Harborline Bank Bhd"), or it tells ``t``'s title."""
    return not e.org or related_orgs(t.org, e.org) or not (t.role and e.role and t.role != e.role)


def _named_foundings(cands: list[Cand]) -> set:
    return {c.event.org for c in cands if c.event.type == "founding" and c.event.person}


def founders_dated_by_registration(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz founded Quorra. Quorra was incorporated in October": the founders' founding takes that date."""
    # (the date of a founding told without founders; a registration date over another)
    named_foundings = _named_foundings(cands)
    for c in cands:
        e = c.event
        if e.type == "founding" and not e.person and e.org in named_foundings:
            for o in cands:
                if o.event.type == "founding" and o.event.org == e.org and o.event.person and e.date and \
                        (not o.event.date or (c.registered and not o.registered)):
                    _copy_date(o.event, e)
    return cands


def founding_told_with_founders(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz founded Quorra. Quorra was incorporated in October": one founding, the one with its founders."""
    named_foundings = _named_foundings(cands)
    return [c for c in cands if not (c.event.type == "founding" and not c.event.person and
                                     c.event.org in named_foundings)]


def undated_news_on_publication_day(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Quorra has hired Ana Ruiz as CFO" with no time word: news of the day, dated by the publication day."""
    # (English wires and trade press tell the day's news without a date: the gold convention dates it within the
    # 14 days up to publication. Only an event that no candidate of its key dates, with no time word anywhere in
    # its sentence (not even one the dates cannot read: "in the summer", a year after an unknown word), not told in a relative clause, and with no mark of the past before its word in its clause:
    # "she previously ran sales at Orbis" stays undated. A founding has no news date: it is told as history.)
    # (In Chinese too: "董事會已委任俞敏洪為行政總裁" and "茶顏悅色宣布完成A輪融資" with no time word are the day's news.)
    # A date so given ranks below any date the text tells of the same event (``_how_well_told``). In the lead
    # (``_LEAD_SENTENCES``), a move of its key told with its own time years before does not date it: that is an older
    # move ("will step down as editor" … "left the paper in 2009"), kept apart by ``_news_and_an_old_move``.
    if art.published is None:
        return cands
    dated = {(_key(c.event), c.event.role) for c in cands if c.event.date}
    recent = {(_key(c.event), c.event.role) for c in cands if c.event.date and not _years_before(art, c)}
    news = set()
    for c in cands:
        key = _key(c.event)
        by = recent if c.sent <= _LEAD_SENTENCES else dated
        if not (c.event.type == "founding" or c.relative or key in news or _dated_as(key, c.event.role, by)) and \
                _told_as_the_days_news(art, c):
            news.add(key)
    lead = _story_day(art)
    for c in cands:
        by = recent if c.sent <= _LEAD_SENTENCES else dated
        if _key(c.event) in news and not c.event.date and not _dated_as(_key(c.event), c.event.role, by):
            _date_as_news(art, c, lead)
    return cands


def _told_as_the_days_news(art: _Article, c: Cand) -> bool:
    """No time word in the candidate's sentence (not even one the dates cannot read) and no mark of the past before
    its word in its clause."""
    ss, se = art.sentences[c.sent]
    if art.dates_for(ss, se) or art.rx(r"<<vague_times>>").search(art.lowered, ss, se) or \
            _A_YEAR.search(art.text, ss, se):
        return False
    cut = max(art.lowered.rfind(ch, ss, c.pos) for ch in ",;:(")
    # (a departure word may open with such a mark, "a post previously held by Ana Ruiz", "該職位此前由X擔任": it
    # tells who held the post until now, not when she left it)
    opens = c.event.type == "departure" and art.rx(r"<<background_marks>>").match(art.lowered, c.pos, c.tend)
    end = c.pos if opens else max(c.pos, c.tend)
    return not art.rx(r"<<background_marks>>").search(art.lowered, max(ss, cut + 1), end)


def _date_as_news(art: _Article, c: Cand, lead) -> None:
    """The day of the changes told next door if any (``_day_of_the_changes_nearby``), else the day the lead tells
    for a move it names, else the publication day."""
    in_lead = bool(lead) and _named_in_lead(art, c.event, *lead[1:])
    told = None if in_lead else _day_of_the_changes_nearby(art, c.sent)
    if told is not None:
        c.event.date, c.event.date_precision, c.event.date_text = told.date.isoformat(), told.precision, told.text
    else:
        day = lead[0] if in_lead else art.published
        c.event.date, c.event.date_precision = day.isoformat(), "day"
    c.news_day = True


_CHANGES_WINDOW = (-1, 1, -2, 2)  # the sentences next to an undated move that may tell the day of "the changes"


def _day_of_the_changes_nearby(art: _Article, si: int):
    """"Two directors of Orbis have quit. Orbis told the exchange of the resignations on Thursday." / "依3月1日生效
    的人事調整,…。林佳慧出任董事長…": a sentence next to the undated move that refers to the moves as a whole
    ([grammar] change_refs) and tells one day, week or month already past: the time of the move, not the
    publication day."""
    for k in _CHANGES_WINDOW:
        j = si + k
        if not 0 <= j < len(art.sentences):
            continue
        ps, pe = art.sentences[j]
        if not art.rx(r"(?<![a-z])<<change_refs>>(?![a-z])").search(art.lowered, ps, pe) or \
                art.rx(r"<<future_marks>>").search(art.lowered, ps, pe):
            continue  # ("Her departure is to take effect on May 3": a time still to come, of that move alone)
        ds = [d[2] for d in art.dates_for(ps, pe) if d[2].date and d[2].precision in ("day", "week", "month")]
        if len(ds) == 1 and (art.published is None or ds[0].date <= art.published):
            return ds[0]
    return None


_STORY_DAY_WINDOW = 7    # days before publication that a lead's day can be: the news of that week
_STORY_LEAD = 2          # sentences with a time that make the lead


def _story_day(art: _Article) -> tuple[date, int, int] | None:
    """"The central bank on Wednesday appointed…" / "11月23日,協會舉辦交接典禮。…卸任,…接任": the day the lead
    tells (in the first two sentences that tell a time, a day of the week before publication) and the sentence
    that tells it. A lead that says "today" ("on Monday" of a Monday) has the publication day; a dateline's full date is
    no time of the story."""
    pub = art.published
    seen = 0
    for ss, se in art.sentences:
        ds = [d[2] for d in art.dates_for(ss, se) if d[2].date and not (d[2].date == pub and _A_YEAR.search(d[2].text or ""))]
        if not ds:
            continue
        seen += 1
        for d in ds:
            if d.precision == "day" and d.date == pub:
                return None
            if d.precision == "day" and 0 < (pub - d.date).days <= _STORY_DAY_WINDOW:
                return d.date, ss, se
        if seen >= _STORY_LEAD:
            break
    return None


def _named_in_lead(art: _Article, e: Event, ss: int, se: int) -> bool:
    """Whether the lead's dated sentence names the event's organisation or person (a round-up's other items, and
    the moves of other companies told after it, are news of their own)."""
    # (by name: "the company said on Tuesday" after "Separately, …" may be another company's news)
    return any(m.key in (e.org, e.person) and not (m.ref or m.pronoun)
               for m in (*art.ents.orgs_in(ss, se), *art.ents.persons_in(ss, se)))


def round_told_in_parts(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Orbis raised $5 million in equity and $2 million in debt": one round told as its parts (two sums of one
    company's round in one sentence that has a part word, grammar round_part_marks): one round of their total."""
    rounds: dict = {}
    for c in cands:
        e = c.event
        if e.type == "funding" and e.org and e.amount:
            rounds.setdefault((c.sent, e.org, e.currency), []).append(c)
    drop: set = set()
    for (sent, _, _), cs in rounds.items():
        amounts = {c.event.amount for c in cs}
        if len(amounts) < 2:
            continue
        a, b = art.sentences[sent]
        if not art.rx(r"<<round_part_marks>>").search(art.lowered, a, b):
            continue
        cs[0].event.amount = sum(amounts)
        drop.update(id(c) for c in cs[1:])
    return [c for c in cands if id(c) not in drop] if drop else cands


def round_told_rounded(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Orbis raises $7M" (a headline's round figure) and "$7.05 million" in the story, of one company at one time:
    one round, of the sum told more exactly (two sums within 2% of each other)."""
    rounds = [c for c in cands if c.event.type == "funding" and c.event.org and c.event.amount]
    for c in rounds:
        for d in rounds:
            a, b = c.event, d.event
            if a is b or a.org != b.org or a.currency != b.currency or a.amount == b.amount or \
                    not _same_time(a.date, b.date):
                continue
            if abs(a.amount - b.amount) <= 0.02 * max(a.amount, b.amount) and \
                    len(f"{b.amount:g}".rstrip("0")) > len(f"{a.amount:g}".rstrip("0")):
                a.amount = b.amount
    return cands


def round_told_again_with_its_sum(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"曹操出行完成B輪融資" in a headline or a lead, "完成38億元B輪融資" in the story: a round named with no sum is the
    same company's round told with one, unless the two are told at different times (2021年完成A輪 / 今日完成B輪)."""
    # (a round told with its sum and no time, in a sentence of its own, is the day's news, and one named with no sum
    # years before is another: "Quorra has raised $95 million…. Investors who first invested in Quorra in late
    # 2014…" are two rounds; "去年獲得不少大咖入股。Quorra融資3億美元" is one)
    told = [c for c in cands if c.event.type == "funding" and not c.sumless]
    day = art.published.isoformat() if art.published else None
    keep = []
    for c in cands:
        e = c.event
        years_before = bool(day and e.date and int(day[:4]) - int(e.date[:4]) >= 2)
        if c.sumless and any(d.event.org == e.org and
                             _same_time(d.event.date or (day if years_before and d.sent != c.sent else None), e.date)
                             for d in told):
            continue
        keep.append(c)
    return keep


def _same_time(a: str | None, b: str | None) -> bool:
    """Two dates that may be one time: one unknown, or the same month."""
    return a is None or b is None or a[:7] == b[:7]


_LEAD_SENTENCES = 1  # the sentences that open the story (its headline and lead): the news is told there


def _years_before(art: _Article, c: Cand) -> bool:
    """A candidate dated by a time of its own two years or more before publication: a move of the past, which does
    not date the news told undated in the lead ("Ana Ruiz will step down as editor" … "she left in 2009")."""
    return bool(c.event.date) and c.own_date and int(c.event.date[:4]) <= art.published.year - 2


def _dated_as(key: tuple, role, dated: set) -> bool:
    """Whether a candidate of ``key`` with title ``role`` is dated by another: one of its key with the same title or
    none ("Ruiz was named CEO. … Ruiz has been COO since 2019": the COO's year does not date the CEO's news)."""
    return any(k == key and (r is None or role is None or r == role) for k, r in dated)


def round_retold_by_a_shorter_name(art: _Article, cands: list[Cand]) -> list[Cand]:
    """"Viela Lands $250m Series A" … "Viela Bio … raised $250m": one round, told of the company by a shorter name (the
    same sum and currency, one name a run of whole words of the other): the fuller name for both."""
    rounds = [c for c in cands if c.event.type == "funding" and c.event.org and c.event.amount]
    for c in rounds:
        for d in rounds:
            a, b = c.event, d.event
            if a.amount == b.amount and a.currency == b.currency and len(b.org) > len(a.org) and \
                    _words_inside(a.org, b.org):
                a.org = b.org
    return cands


def _words_inside(short: str, full: str) -> bool:
    """"Viela" in "Viela Bio"; "Catterton India" (its initial cut) in "L Catterton India Fund" (probe 2026-12-07): whole
    words of the fuller name, in a run."""
    return re.search(r"(?<!\S)" + re.escape(short) + r"(?!\S)", full) is not None


# The repairs over every candidate of the article, in order, before one event is kept per key.
MERGE_STEPS = (round_told_in_parts, round_told_rounded, headline_told_again, round_retold_by_a_shorter_name,
               round_told_again_with_its_sum,
               departure_goes_to_next_hire, departure_told_of_its_own, effective_day_of_a_move_told_twice,
               succession_dated_by_departure,
               successor_takes_the_org_left, predecessor_named_with_the_successor,
               retold_without_org, founders_dated_by_registration, founding_told_with_founders,
               undated_news_on_publication_day)


def _copy_date(to: Event, frm: Event) -> None:
    to.date, to.date_precision, to.date_text = frm.date, frm.date_precision, frm.date_text


def _key(e: Event) -> tuple:
    """What makes two candidates one event: (type, person, org); (org, person) for a founding; (org, amount to the
    thousand, currency) for a round, and its year for a round of no sum."""
    if e.type == "funding" and e.amount is None and e.currency is None:  # (a round named with no sum: by its year,
        return ("funding", e.org, 0, None, (e.date or "")[:4])          # "2021年完成天使輪" is not "今日完成A輪")
    if e.type == "funding":
        return ("funding", e.org, round(e.amount or 0, -3), e.currency)
    if e.type == "founding":
        return ("founding", e.org, e.person)
    return (e.type, e.person, e.org)


def one_event_per_key(cands: list[Cand], apart_in_time: bool = False) -> list[Event]:
    """One event per key (``_key``), in the order first told: the best told (the most precise date, then a title, a
    counterparty, the confidence), filled in from the others; told twice, surer."""
    groups: dict = {}
    spans = _span_months(cands)
    for c in cands:
        # (a post told with both its times is one event of its own, not a retelling of another move there; but a
        # move told again elsewhere in the month a span of its key starts is that span's start, told twice)
        start = c.event.date if c.span else spans.get((_key(c.event), (c.event.date or "")[:7]))
        groups.setdefault(_key(c.event) + ((start,) if start else ()), []).append(c)
    events = []
    for cs in (part for group in groups.values() for part in (_apart_in_time(group) if apart_in_time else [group])):
        if len(cs) == 1:  # (told once: nothing to fill in)
            ev = copy(cs[0].event)  # (a shallow copy, as dataclasses.replace with no changes, at a fraction of the cost)
            ev.confidence = round(max(0.0, min(0.99, ev.confidence)), 2)
            events.append(ev)
            continue
        ev = copy(max(cs, key=_how_well_told).event)
        if ev.person and ev.person not in ev.evidence:
            # the evidence a reader can check: a sentence that names the person, not one that refers back
            named = next((c for c in cs if ev.person in c.event.evidence), None)
            if named is not None:
                ev.evidence = named.event.evidence
        for c in cs:
            _fill_from(ev, c.event)
        ev.confidence = round(max(0.0, min(0.99, ev.confidence + 0.05)), 2)  # told twice: surer
        events.append(ev)
    return events


def _span_months(cands: list[Cand]) -> dict:
    """(key, month) → the date of the span of a line of a career that starts then ("2011年1月至2014年3月任行政總裁")."""
    return {(_key(c.event), c.event.date[:7]): c.event.date for c in cands
            if c.span and c.event.date and c.event.date_precision in _TO_THE_MONTH}


def _apart_in_time(cs: list[Cand]) -> list[list[Cand]]:
    """The candidates of one key as the events they are: two titles held years apart at one organisation ("was vice
    chair from 2015 to 2019 … will succeed him as chairman on June 1") are two promotions, not one; a candidate that
    tells no other title or year joins the first."""
    if len(cs) == 1:
        return [cs]
    parts: list[list[Cand]] = []
    for c in cs:
        # (apart from none of the part: an undated or untitled one told first does not draw in every later move)
        part = next((p for p in parts if _same_title_in(p, c)), None) or \
            next((p for p in parts if not any(_apart(o, c) for o in p)), None)
        if part is None:
            parts.append([c])
        else:
            part.append(c)
    return parts


def _apart(a: Cand, b: Cand) -> bool:
    """Whether two candidates of one key tell two moves (each test says how the text shows it)."""
    return _another_time(a.event, b.event) or _other_span(a, b) or _two_posts_each_with_its_time(a, b) or \
        _each_told_years_apart(a, b) or _steps_of_one_line(a, b) or _two_posts_left_in_two_years(a, b) or \
        _one_sentence_years_apart(a, b) or _news_and_an_old_move(a, b) or _joined_untitled_long_before(a, b)


def _news_and_an_old_move(a: Cand, b: Cand) -> bool:
    """"Dana Whitfield, the editor of The Orbis Post, will step down." … "She left The Orbis Post in 2009": a move
    dated by the publication day (the news, told undated in the lead) and one told with its own time two years or
    more before are two moves, not one retold."""
    return any(x.news_day and y.own_date and not y.news_day and y.event.date and x.event.date and
               int(x.event.date[:4]) - int(y.event.date[:4]) >= 2 for x, y in ((a, b), (b, a)))


def _one_sentence_years_apart(a: Cand, b: Cand) -> bool:
    """"林佳慧在2018年3月免兼總經理,由王大明接棒,…由王大明在2020年1月1日接任總經理": one sentence that dates two
    moves of one key by two of its own times two years or more apart tells two (the acting post, then the post)."""
    # (posts taken only, each dated to the month: a sentence that dates a leaving twice, "易帥" in one year and
    # "退休" in another, or a post with a year alone, "who has been with the lab since 2017", tells one move with a
    # background year as often as two)
    return a.event.type in ("promotion", "hire") and a.sent == b.sent and not (a.relative or b.relative) and \
        a.dated_here and b.dated_here and a.date_at != b.date_at and \
        a.event.date_precision in _TO_THE_MONTH and b.event.date_precision in _TO_THE_MONTH and \
        abs(int(a.event.date[:4]) - int(b.event.date[:4])) >= 2


def _same_title_in(part: list[Cand], c: Cand) -> bool:
    """A part that already tells the candidate's very title within a year (no other span of it): the same post
    told again, even when the part began with another title ("10月7日當選校長" … "明年1月8日上任", its first
    candidate misread). (Years apart, the same title may be two posts: "2016年出任董事" and a misread title today.)"""
    return bool(c.event.role) and any(o.event.role == c.event.role and not _other_span(o, c) and
                                      _within_a_year(o.event.date, c.event.date) for o in part)


def _within_a_year(a: str | None, b: str | None) -> bool:
    return not a or not b or abs(_days_between(a, b)) <= 366


def _another_time(a: Event, b: Event) -> bool:
    """Two moves of one person at one organisation years apart (two or more) under another title, in every script
    ("2016年起任董事", "since 2016"). (Not the same title years apart: measured on tests/corpus, that is more often a
    retelling with a background date than a second move; nor a year apart: "去年起出任副行政總裁" before today's
    appointment is, in tests/corpus, background more often than an event of its own.)"""
    return bool(a.type in ("promotion", "hire", "departure") and a.role and b.role and a.role != b.role and
                a.date and b.date and (abs(int(a.date[:4]) - int(b.date[:4])) >= 2 or _other_days(a, b)))


def _other_days(a: Event, b: Event) -> bool:
    """"was appointed a director on October 25, 2016 … will take over as chairman on February 21, 2017": two titles,
    each on a day of its own in another year, are two moves (a year apart is more often background when one of
    the dates is a year alone, see ``_another_time``; not a quarter apart: "will step down at the end of the year …
    effective Jan. 1" is one move told twice)."""
    if not (a.date_precision == b.date_precision == "day" and a.date[:4] != b.date[:4]):
        return False
    return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days) > 92


def _two_posts_each_with_its_time(a: Cand, b: Cand) -> bool:
    """"will become president on April 1" … "was promoted to senior executive vice president on Thursday": two
    posts taken, each told with a time of its own, under titles that share no part ("president and CEO" and "CEO"
    share one: one post told twice). So too two posts taken, or two posts left, each in a sentence that writes its
    own time, at two different times ("2017年3月，林佳慧任副總經理" … "到了2019年，她升任總經理"; "Ben Tao took over from
    Ruiz as CFO last May" … "Ruiz will retire as chair on June 30")."""
    ea, eb = a.event, b.event
    if not (ea.type == eb.type and ea.type in ("promotion", "hire", "departure") and a.sent != b.sent):
        return False
    if not (ea.role and eb.role) or title_parts(ea.role) & title_parts(eb.role):
        return False
    if ea.type != "departure" and a.own_date and b.own_date:
        return True
    if not (_dated_here(a) and _dated_here(b) and ea.date[:7] != eb.date[:7]):
        return False
    # (an earlier post told by its year alone, "去年起出任副行政總裁" before today's news, is background more often)
    return min((ea, eb), key=lambda e: e.date).date_precision not in ("year", None)


def _each_told_years_apart(a: Cand, b: Cand) -> bool:
    """"first joined The Orbis Post in 1990 as a reporter" … "left in 2008 … before returning as a reporter in 2012":
    two moves of one kind at one organisation under one title (or none told), each told in a sentence of its own with
    a time of its own, years apart (two or more), are two moves (README rule 3): a retelling borrows its time, or tells
    none. (Another title years apart is ``_another_time``; one told with a title and one without may be the same move,
    its title told once: measured on dev, keeping those together costs one found event and saves three false ones.)"""
    ea, eb = a.event, b.event
    return a.sent != b.sent and a.own_date and b.own_date and _dated_here(a) and _dated_here(b) and \
        not (a.relative or b.relative) and ea.role == eb.role and abs(int(ea.date[:4]) - int(eb.date[:4])) >= 2


_UNTITLED_JOINING_GAP = 5  # years between a joining told with no title and one told with a title: two joinings


def _joined_untitled_long_before(a: Cand, b: Cand) -> bool:
    """"started out at Orbis in 1993" … "came back to Orbis as its chief executive in 2015" / "1994年進入星河汽車…
    2016年以總裁身分回到星河汽車": a joining told with no title, in a clause of its own that names the organisation,
    years (five or more) before one told with a title is another joining, not the titled one's background. (One whose
    organisation is borrowed from the article is as often a joining elsewhere that the text names by no known name.)"""
    if a.sent == b.sent or a.relative or b.relative or not (_dated_here(a) and _dated_here(b)):
        return False
    old, new = sorted((a, b), key=lambda c: c.event.date)
    return old.own_date and old.own_clause and old.org_explicit and old.event.type == "hire" and \
        old.event.role is None and new.event.role is not None and \
        int(new.event.date[:4]) - int(old.event.date[:4]) >= _UNTITLED_JOINING_GAP


def _steps_of_one_line(a: Cand, b: Cand) -> bool:
    """"自1996年進入星河集團服務,…,2009年重返星河集團服務" / "2010年9月起擔任副總經理,2011年升任總經理" / "joined Orbis
    in 1998, left in 2004 and rejoined in 2009": one sentence that tells two moves of one kind in turn, each word with
    a time of its own in its own clause (one that describes no one: not "…, who has been at the lab since 2017,"),
    in other months, tells two."""
    if a.sent != b.sent or a.relative or b.relative or not (a.own_date and b.own_date) or \
            not (a.own_clause and b.own_clause) or a.date_at is None or b.date_at is None or \
            not (a.event.date and b.event.date) or a.date_at == b.date_at or a.event.date[:7] == b.event.date[:7]:
        return False
    x, y = (a, b) if a.pos < b.pos else (b, a)
    return x.date_at < y.pos and y.date_at > x.tend


def _two_posts_left_in_two_years(a: Cand, b: Cand) -> bool:
    """"Ana Ruiz, who quit as its CEO in 2024, is to retire as chair on April 30" / "林佳慧去年卸任總經理後，將於
    6月30日辭去董事長": two posts left, under titles that share no part, each told with a time of its own in another
    year, are two departures, in one sentence too (a post is left once: the second leaving is no retelling of the
    first; ``_two_posts_each_with_its_time`` asks for two sentences, as a post taken may be told with its background)."""
    ea, eb = a.event, b.event
    if not (ea.type == eb.type == "departure" and _dated_here(a) and _dated_here(b)):
        return False  # (each dated by a time its own sentence writes: "2023年,林志遠辭去了總經理一職" too)
    if not (ea.role and eb.role) or title_parts(ea.role) & title_parts(eb.role):
        return False
    return ea.date[:4] != eb.date[:4] and not (a.news_day or b.news_day)


def _dated_here(c: Cand) -> bool:
    """A candidate dated by a time its own sentence writes (not one borrowed, not the publication day)."""
    return bool(c.event.date) and (c.own_date or c.dated_here) and not c.news_day




def _other_span(a: Cand, b: Cand) -> bool:
    """Two spans of one post in a line of a career ("2011年1月至2014年3月以及2015年1月至2020年9月擔任"), or a span and
    the news of another time: two moves, even under one title."""
    return (a.span or b.span) and a.event.date != b.event.date and bool(a.event.date and b.event.date) and \
        a.event.date[:7] != b.event.date[:7]


def _how_well_told(c: Cand) -> tuple:
    """Which of the candidates of one event tells it best: the most precise date, then a title, a counterparty, the
    confidence (a publication day given to an undated retelling is less than any date told)."""
    e = c.event
    told = PRECISION_RANK.get(e.date_precision, 0) if e.date and not c.news_day else 0 if e.date else -1
    return (told, bool(e.role), bool(e.counterparty), e.confidence)


def _fill_from(ev: Event, o: Event) -> None:
    """What ``ev`` does not tell and ``o`` (the same event told elsewhere) does: its title, counterparty, date."""
    if not ev.role and o.role:
        ev.role, ev.role_raw = o.role, o.role_raw
    if not ev.role_raw and o.role_raw:
        ev.role_raw = o.role_raw
    if not ev.counterparty and o.counterparty:
        ev.counterparty = o.counterparty
    if not ev.date and o.date:
        _copy_date(ev, o)
    elif not ev.date and not ev.date_text and o.date_text:
        ev.date_text = o.date_text


def entities_of(art: _Article, events: list[Event]) -> list[Entity]:
    out = []
    seen = set()
    for ev in events:
        for kind, name in (("person", ev.person), ("org", ev.org)):
            if not name or (kind, name) in seen:
                continue
            seen.add((kind, name))
            reg = art.ents.people if kind == "person" else art.ents.orgs
            aliases = sorted(a for a in reg.canon.get(name, set()) if a and a != name)
            out.append(Entity(kind=kind, name=name, aliases=aliases))
        if ev.counterparty:
            for name in ev.counterparty.split(", "):
                kind = "person" if name in art.ents.people.canon else "org"
                if (kind, name) in seen:
                    continue
                seen.add((kind, name))
                reg = art.ents.people if kind == "person" else art.ents.orgs
                out.append(Entity(kind=kind, name=name, aliases=sorted(a for a in reg.canon.get(name, set()) if a != name)))
    return out


# The repairs that need every event of the article, in order, after one event is kept per key.
# (a post told with a joining gives the joining its title before a title-less joining that month absorbs the post)
ARTICLE_STEPS = (no_sector_orgs, home_org_fallback, one_move_under_two_names, founders_left_from, hire_of_one_already_inside,
                 promotion_told_with_a_joining, promotion_that_is_the_hire, return_after_leaving_is_a_hire,
                 promotion_after_leaving_elsewhere)


def merge_events(art: _Article, cands: list[Cand]) -> list[Event]:
    """The article's events: its candidates through ``MERGE_STEPS``, one per key, then ``ARTICLE_STEPS``."""
    events = one_event_per_key(run_steps(MERGE_STEPS, cands, art), apart_in_time=True)
    return run_steps(ARTICLE_STEPS, events, art)
