"""The events of one sentence: its triggers, the cues that cancel one (a hedge, a rumour, a condition), the builders
of ``people`` and ``funding``, and the date that governs each event.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from talentdb.extract.events.candidates import Cand, _set_date
from talentdb.extract.events.funding import _earlier_rounds, _funding
from talentdb.extract.events.people import _people_event
from talentdb.extract.lexicon import TriggerRule
from talentdb.extract.text import split_clauses

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


_ON_GAP = re.compile(r"\s+(?:on\s+)?")
_HAS_YEAR = re.compile(r"\d{4}|[年'’]")
_HAS_MONTH = re.compile(r"月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_RELATIVE_WORD = re.compile(r"[昨今上本去前下]|last|this|next")


def _sentence_events(art: _Article, si: int, ss: int, se: int) -> list[Cand]:
    lex = art.lex
    f, low = art.folded, art.lowered
    i = bisect_left(art._trigger_starts, ss)
    trig = []
    while i < len(art.triggers) and art.triggers[i][0] < se:
        s_, e_ = art.triggers[i]
        if e_ <= se and not art.in_quote(s_):
            trig.append((s_, e_))
        i += 1
    if not trig:
        return []
    clauses = split_clauses(f, ss, se)
    dates: list = []
    amounts = None
    out: list[Cand] = []
    evidence = art.text[ss:se]

    def clause_of(pos):
        for cs, ce in clauses:
            if cs <= pos < ce:
                return cs, ce
        return ss, se

    def leading_date():
        if not dates:
            return None
        # "本周一,X发布内部信,宣布…离职" / "媒体获悉,本周一,…": a date in a clause of its own before the first event
        t0 = min(t[0] for t in trig)
        for cs, ce in clauses:
            if cs >= t0:
                break
            first = [d for d in dates if cs <= d[0] and d[1] <= ce]
            if first and not art.ents.persons_in(cs, ce) and not any(cs <= t[0] < ce for t in trig):
                return first[0]
        return None

    def date_for(ts, te):
        cs, ce = clause_of(ts)
        # "said on Monday that X will retire, effective March 3": the effective date after the word governs
        for d in dates:
            if d[0] >= te and art.has(lex.effective_words, max(ss, d[0] - 12), min(se, d[1] + 6)) and \
                    not any(te < t[0] < d[0] for t in trig):
                own_dates.add(ts)
                return d
        before = [d for d in dates if cs <= d[0] and d[1] <= ts]
        if before:
            own_dates.add(ts)
            return before[-1]
        after = [d for d in dates if te <= d[0] < ce]
        if after:
            own_dates.add(ts)
            return after[0]
        # "…出任營運長,7月3日起生效" / "自6月1日起,由…接任" / "effective March 3": the effective date
        for d in dates:
            if art.has(lex.effective_words, max(ss, d[0] - 12), min(se, d[1] + 6)):
                own_dates.add(ts)
                return d
        lead = leading_date()
        if lead:
            return lead
        if art.lang == "en":
            # "…raised $180 million in a Series B led by X, the company said on Tuesday."
            nxt = [t[0] for t in trig if t[0] > ts]
            later = [d for d in dates if te <= d[0] and (not nxt or d[0] < nxt[0])]
            if later:
                return later[0]
            # "X is stepping down as CEO and will become executive chair, the company said Monday": the day it was
            # told dates every move of the sentence before it
            told = [d for d in dates if te <= d[0] and any(
                _ON_GAP.fullmatch(low[b:d[0]]) for _, b in art.matches(lex.speech_verbs, max(ss, d[0] - 14), d[0]))]
            if told:
                return told[0]
        return None

    sentence_last = None
    own_dates: set = set()

    def same_time(ts):
        return art.has(lex.same_time, ss, ts) or (art.lang == "en" and art.has(lex.same_time, ts, se))

    for ts, te in trig:
        key = low[ts:te]
        rules: list[TriggerRule] = lex.triggers.get(key, [])
        cs, ce = clause_of(ts)
        if not rules:
            continue
        if (_hedged(art, cs, ts, te) and not _reported_future(art, ss, cs, ts)) or art.has(lex.rumours, ss, ts) or \
                art.has(lex.rumours, te, ce):
            continue
        if _conditional(art, te, ce):
            continue  # "will invest a further $40 million if the chip meets its targets": not done
        if _hedged_before(art, clauses, cs, ts):
            continue
        for rule in rules:
            if rule.gap and rule.gap not in low[te:ce]:
                continue
            if rule.requires and not any(r in low[cs:ce] or r in low[ss:se] for r in rule.requires):
                continue
            if rule.type == "funding":
                if amounts is None:
                    amounts = art.amounts_for(ss, se)
                c = _funding(art, rule, ts, te, cs, ce, ss, se, amounts, None, evidence, si)
                new = [c] if c else []
                if c is not None:
                    new.extend(_earlier_rounds(art, c, ss, se, amounts, evidence, si))
            else:
                new = _people_event(art, rule, ts, te, cs, ce, ss, se, None, evidence, si)
            for c in new:
                c.tend = c.tend or te
            out.extend(new)
    if not out:
        return out
    # dates, only for sentences that gave events (finding them is the costly part)
    dates.extend(art.dates_for(ss, se))
    for ts in sorted({c.pos for c in out}):
        here = [c for c in out if c.pos == ts]
        d = date_for(ts, here[0].tend)
        if d is None and same_time(ts):
            d = sentence_last or art.last_date
            if d is None or (art.published and d[2].date and d[2].date > art.published):
                d = _told_day_before(art, si) or d
        if d is None:
            d = _sentence_date_before(art, dates, ts, ss)
        if d is None and not dates and si > 0 and art.text[art.sentences[si - 1][1] - 1] in ";；":
            d = art.sentence_dates.get(si - 1)  # "…由總經理吳佩珊接任;總經理遺缺則由…升任。": one sentence, two halves
        if d is None and not dates and si > 0:
            d = _previous_sentence_date(art, si, here)
        if d is None and not dates and si > 0 and art.has(lex.announcement_refs, ss, se):
            d = _told_day_before(art, si)  # "內部郵件顯示,…離職": the day the memo was sent
        if d is not None:
            d = _future_effective(art, d, ss, se, ts)
        for c in here:
            _set_date(c.event, d)
        if d is not None:
            sentence_last = d
            art.sentence_dates[si] = d
            if d[2].precision in ("day", "week") and not (
                    art.published and d[2].date and d[2].date > art.published and art.last_date is not None):
                # "11月26日宣布…自2026年1月1日起生效。同日,…": the day it was told, not the day it takes effect
                art.last_date = d
    for c in out:
        c.own_date = c.pos in own_dates
        if c.event.type == "founding" and c.event.date and art.has(lex.registered_words, c.pos, c.tend):
            c.registered = True  # "Quorra was incorporated in October"
        if c.event.type == "founding" and not c.event.date:
            # "…共同創辦了固鋰科技,新公司已於上月底完成註冊": the registration date
            for d in dates:
                if d[0] > c.pos and art.has(lex.registered_words, max(ss, d[0] - 10), min(se, d[1] + 8)):
                    _set_date(c.event, d)
                    c.registered = True
                    break
    _link(out)
    return out


def _reported_future(art: _Article, ss: int, cs: int, ts: int) -> bool:
    """"said on Monday that Maya Tran would join as COO": a future told in reported speech, not a hedge; only when
    every hedge before the word is such a word (grammar.toml reported_future) and a speech verb comes before it."""
    hs = art.matches(art.lex.hedges, cs, ts)
    if not hs or not all(art.lowered[a:b] in art.lex.reported_future for a, b in hs):
        return False
    return art.has(art.lex.speech_verbs, ss, hs[0][0])


def _told_day_before(art: _Article, si: int):
    """The latest day or week already past that the last few sentences tell ("昨(5)日召開董事會…。…4月1日起生效。
    董事會同時擢升…": "at the same time" is the day of the meeting, not the day a change takes effect)."""
    for j in range(si - 1, max(-1, si - 4), -1):
        ps, pe = art.sentences[j]
        ds = [d for d in art.dates_for(ps, pe) if d[2].precision in ("day", "week") and d[2].date and
              (art.published is None or d[2].date <= art.published)]
        if ds:
            return ds[-1]
    return None


def _conditional(art: _Article, te: int, ce: int) -> bool:
    """A condition word ([conditions]) after the event word in its clause, as a whole word."""
    rx = art.lex.conditions.regex
    if rx is None:
        return False
    low = art.lowered
    for m in rx.finditer(low, te, ce):
        a, b = m.span()
        if not ((low[a - 1:a].isascii() and low[a - 1:a].isalnum()) or (low[b:b + 1].isascii() and low[b:b + 1].isalnum())):
            return True
    return False


def _hedged(art: _Article, cs: int, ts: int, te: int) -> bool:
    """A hedge before the word in its clause, also one that runs into it ("plans to" + "to invest")."""
    if art.has(art.lex.hedges, cs, ts):
        return True
    return art.has(art.lex.hedges, max(cs, ts - 16), te) and any(
        a < ts for a, _ in art.matches(art.lex.hedges, max(cs, ts - 16), te))


def _hedged_before(art: _Article, clauses, cs: int, ts: int) -> bool:
    """"公司计划明年赴港上市,募资约10亿港元": a clause that opens with its event word has the subject, and the plan or
    threat, of the clause before it in the sentence."""
    if ts - cs > 4 or art.ents.persons_in(cs, ts) or art.ents.orgs_in(cs, ts):
        return False
    prev = [c for c in clauses if c[1] <= cs]
    if not prev:
        return False
    ps, pe = prev[-1]
    return art.has(art.lex.hedges, ps, pe) and not art.dates_for(cs, ts)


def _sentence_date_before(art: _Article, dates: list, ts: int, ss: int) -> tuple | None:
    """"The board removed X on Tuesday and named Y interim CEO" / "霍爾週一宣布:…將升任…,而…則接任…": a trigger
    with no date of its own takes the day, week or month said earlier in its sentence (the announcement or the
    move it goes on from). A year ("who joined in 2019") is background, not the time of what follows; a date
    inside a relative or appositive clause ("who left in March") belongs to that clause."""
    before = [d for d in dates if d[1] <= ts and d[2].precision in ("day", "week", "month")]
    if not before:
        return None
    d = before[-1]
    low = art.lowered
    cut = max(low.rfind(ch, ss, d[0]) for ch in ",;:，；：(（")
    if art.lex.rx(r"<<relative_intro>>").search(low, max(ss, cut + 1), d[0]):
        return None
    return d


def _previous_sentence_date(art: _Article, si: int, here: list) -> tuple | None:
    """"某公司昨(9)日公告人事異動。財務長某某將退休。": a sentence with no date of its own that goes on with the
    story of the one before (same organisation or person, no new subject) takes that sentence's date."""
    ps, pe = art.sentences[si - 1]
    if pe - ps > 120:  # an announcing sentence is short; a long one tells a story of its own
        return None
    keys = {m.key for m in art.ents.orgs_in(ps, pe)} | {m.key for m in art.ents.persons_in(ps, pe)}
    cs_ = art.sentences[si][0]
    if not any(c.event.org in keys or c.event.person in keys for c in here) and \
            not any(m.key in keys for m in art.ents.persons_in(cs_, cs_ + 12)) and \
            not art.lex.rx(r"\s*<<its_marks>>(?![a-z])").match(art.lowered, cs_):
        # ("…will succeed Hartmann effective Jan. 1. His deputy, Yasmin Okoye, has been named interim CFO": the
        # sentence opens with someone of the sentence before)
        return None
    ds = [d for d in art.dates_for(ps, pe) if d[2].precision in ("day", "week", "month")]
    return _future_effective(art, ds[0], ps, pe, ds[0][0]) if len(ds) == 1 else None


def _future_effective(art: _Article, d, ss: int, se: int, ts: int):
    """A date without a year in a sentence about what will happen ("will retire, effective March 3", "7月3日起生效",
    published in December) is the next such date, not the one already past."""
    dm = d[2]
    pub = art.published
    if pub is None or dm.date is None or dm.precision not in ("day", "month") or (pub - dm.date).days < 60:
        return d
    text = (dm.text or "").lower()
    # only a calendar month and day, not a year and not a relative word (昨日, 上月, last month)
    if _HAS_YEAR.search(text) or not _HAS_MONTH.search(text) \
            or _RELATIVE_WORD.search(text):
        return d
    if not (art.has(art.lex.effective_words, ss, se) or
            art.lex.rx(r"<<future_marks>>").search(art.lowered, max(ss, ts - 24), min(se, ts + 12))):
        return d
    try:
        nd = dm.date.replace(year=dm.date.year + 1)
    except ValueError:
        return d
    if (nd - pub).days > 366:
        return d
    return (d[0], d[1], replace(dm, date=nd))


def _link(cands: list[Cand]) -> None:
    """Within a sentence: "X left A to join B" gives the departure its destination; a founding after a departure
    by the same person takes its date when it has none, and its origin; "重返X,出任Y" is one hire with title Y."""
    for p in list(cands):
        if p.event.type != "promotion":
            continue
        for h in cands:
            if h.event.type in ("hire", "departure") and h.event.person == p.event.person and h.pos < p.pos and \
                    not h.relative:  # ("X, who joined Google in 2019, was promoted to CTO": two moves, not one)
                target = next((c for c in cands if c.event.type == "hire" and c.event.person == p.event.person
                               and c.pos < p.pos), None)
                if target is not None:
                    target.event.role, target.event.role_raw = p.event.role, p.event.role_raw
                    if not target.event.date and p.event.date:
                        target.event.date, target.event.date_precision, target.event.date_text = \
                            p.event.date, p.event.date_precision, p.event.date_text
                elif h.event.type == "departure" and p.org_explicit and p.event.org and h.event.org and \
                        p.event.org != h.event.org:
                    p.event.type = "hire"  # "X離職,出任Y副總裁": the title taken at another place is the move
                    break
                cands.remove(p)
                break
    for c in list(cands):
        # "X離職,回歸家庭": a return with nowhere named is not a hire at the place just left
        if c.event.type == "hire" and not c.org_explicit and not c.own_date and any(
                d.event.type == "departure" and d.event.person == c.event.person and d.event.org == c.event.org
                for d in cands):
            cands.remove(c)
    for c in cands:
        if c.external and c.event.type == "promotion":
            c.event.type = "hire"
    for c in cands:
        ev = c.event
        if ev.type != "departure":
            continue
        for h in cands:
            if h.event.type == "hire" and h.event.person == ev.person and h.pos >= c.pos and \
                    h.event.org == ev.org and not c.org_explicit:
                ev.org = None  # "X離職,加入Y": a guessed origin cannot be the destination
            if h.event.type == "hire" and h.event.person == ev.person and h.pos >= c.pos and h.event.org != ev.org:
                ev.counterparty = ev.counterparty or h.event.org
                if ev.org and not h.event.counterparty:
                    h.event.counterparty = ev.org  # where the hire came from
                if ev.date and not h.own_date:  # "left A last week to join B": the move is one date
                    h.event.date, h.event.date_precision, h.event.date_text = ev.date, ev.date_precision, ev.date_text
                break
        for fo in cands:
            if fo.event.type == "founding" and fo.event.person == ev.person and fo.pos > c.pos:
                if not fo.event.date and ev.date:
                    fo.event.date, fo.event.date_precision, fo.event.date_text = ev.date, ev.date_precision, ev.date_text
                if c.org_explicit and fo.event.counterparty is None and ev.org != fo.event.org:
                    fo.event.counterparty = ev.org
