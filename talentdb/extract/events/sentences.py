"""The events of one sentence: a ``Site`` for each trigger word and rule, the cues that cancel a trigger
(``CANCEL_CUES``), the builders of ``people`` and ``funding``, the date that governs each event
(``DATE_STRATEGIES``), and the repairs that link the events of one sentence (``LINK_STEPS``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from talentdb.extract.events.candidates import Cand, _set_date
from talentdb.extract.dates import DateMention, resolve_date
from talentdb.extract.model import Event
from talentdb.extract.events.orgs import coined_name_right_after, is_association
from talentdb.extract.events.founding import agreement_signed
from talentdb.extract.events.funding import _co_recipients, _earlier_rounds, _funding
from talentdb.extract.events.people import _people_event
from talentdb.extract.events.subjects import _replaced_by_the_one_before
from talentdb.extract.events.site import NOTHING, Site, run_steps
from talentdb.extract.text import fold, split_clauses

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


_ON_GAP = re.compile(r"\s+(?:on\s+)?")
_HAS_YEAR = re.compile(r"\d{4}|[年'’]")
_HAS_MONTH = re.compile(r"月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_BARE_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")
_RELATIVE_WORD = re.compile(r"[昨今上本去前下]|last|this|next")
_WHO_CLAUSE = re.compile(r"\s*(?:who|whom)\b")
_ANY_STOP = re.compile(r"[,;:。!?，；：\n]")


_QUOTED_NAME = re.compile(r"[“「『\"]([^“”「」『』\"\s,，、。;；:：!?()（）]{2,12})[”」』\"]")


def _part_of_a_quoted_name(folded: str, t: tuple[int, int]) -> bool:
    """Whether trigger span ``t`` is part of, not all of, a short name in quotation marks in a list of such names:
    "“星河創業”、“月光創投”等機構" lists funds by name, and 创业 in one tells no founding (a quoted phrase alone,
    "宣布「自請退休」", still tells its event)."""
    lo = max(0, t[0] - 13)
    for m in _QUOTED_NAME.finditer(folded, lo, min(len(folded), t[1] + 13)):
        if m.start(1) <= t[0] and t[1] <= m.end(1) and (m.start(1), m.end(1)) != t and \
                ("、" in folded[m.end():m.end() + 1] or "、" in folded[max(0, m.start() - 1):m.start()]):
            return True
    return False


class _Sentence:
    """One sentence as its events are built: its trigger words (not those inside a quotation), its clauses, the
    sums in it (found on first need), its dates (found once it gave events) and the date its last event took."""

    def __init__(self, art: _Article, si: int):
        self.art = art
        self.index = si
        self.start, self.end = ss, se = art.sentences[si]
        self.triggers = [t for t in art.triggers_in(ss, se) if t[1] <= se and not art.in_quote(t[0]) and
                         not _part_of_a_quoted_name(art.folded, t)]
        self.clauses = _at_second_verbs(art, split_clauses(art.folded, ss, se), self.triggers) if self.triggers else []
        self._clause_starts = [c[0] for c in self.clauses]
        self.dates: list = []
        self._amounts = None
        self.last_date = None  # the date the last event of the sentence took
        self.own_dates: set = set()  # the triggers whose date is told with them

    @property
    def amounts(self) -> list:
        if self._amounts is None:
            self._amounts = self.art.amounts_for(self.start, self.end)
        return self._amounts

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos`` (the sentence when none does)."""
        i = bisect_right(self._clause_starts, pos) - 1
        if i >= 0 and pos < self.clauses[i][1]:
            return self.clauses[i]
        return self.start, self.end


_SECOND_VERB = r"\s(<<second_verb_joins>>)\s+(?:(?:<<second_verb_aux>>)\s+){0,3}$"


def _at_second_verbs(art: _Article, clauses: list, triggers: list) -> list:
    """The clauses (in order, not overlapping), an English clause cut before a second verb of its subject ("Ana Ruiz
    joined Orbis in 2013 and was promoted to CTO in 2022"): each verb has its own title and time, and the second
    its subject before the join."""
    if art.lang != "en" or len(triggers) < 2:
        return clauses
    out = []
    for cs, ce in clauses:
        for (a, _), (b, be) in zip(triggers, triggers[1:]):
            if not cs <= a < b < ce or not _takes_a_post_itself(art, b, be):
                continue
            m = art.rx(_SECOND_VERB).search(art.lowered, max(a, b - 60), b)
            if m is not None and m.start(1) > a:
                out.append((cs, m.start(1)))
                cs = m.start(1)
        out.append((cs, ce))
    return out


def _takes_a_post_itself(art: _Article, b: int, e: int) -> bool:
    """Whether the word at ``[b, e)`` is a hire or promotion its subject makes ("and became chairman"), not one it
    hands to another ("and hand over the reins to Ben Tao") nor a leaving told again ("resigned and will leave")."""
    return any(r.type in ("hire", "promotion") and r.direction == "subject" for r in art.lex.triggers.get(art.lowered[b:e], []))


def sentences_with_triggers(art: _Article) -> list[int]:
    """The indexes of the sentences that hold a trigger word (a sentence with none gives nothing), in order."""
    out: list[int] = []
    starts, sentences = art._sentence_starts, art.sentences
    for ts in art._trigger_starts:
        si = bisect_right(starts, ts) - 1
        if si >= 0 and ts < sentences[si][1] and (not out or out[-1] != si):
            out.append(si)
    return out


def sentence_events(art: _Article, si: int) -> list[Cand]:
    """The events of sentence ``si``, dated and linked."""
    sent = _Sentence(art, si)
    out: list[Cand] = []
    for site in _sites(sent):
        if site.type != "funding":
            new = _people_event(site)
        else:
            c = _funding(site, sent.amounts)
            new = [c, *_co_recipients(site, c), *_earlier_rounds(site, c, sent.amounts)] if c is not None else []
        for c in new:
            c.tend = c.tend or site.trigger_end
        out.extend(new)
    if not out:
        return out
    # dates, only for sentences that gave events (finding them is the costly part)
    sent.dates.extend(art.dates_for(sent.start, sent.end))
    _date_events(sent, out)
    return run_steps(LINK_STEPS if len(out) > 1 else ONE_EVENT_STEPS, out, sent)


def sites_of(art: _Article, si: int) -> list[Site]:
    """The Sites of sentence ``si`` that no cue cancels, in text order (what ``sentence_events`` builds on)."""
    return _sites(_Sentence(art, si))


def _sites(sent: _Sentence) -> list[Site]:
    """A ``Site`` for each trigger word of the sentence that none of ``CANCEL_CUES`` cancels, and each rule of the
    word that applies."""
    art = sent.art
    out = []
    for ts, te in sent.triggers:
        rules = art.lex.triggers.get(art.lowered[ts:te], [])
        if not rules:
            continue
        cs, ce = sent.clause_of(ts)
        site = Site(art, rules[0], sent.index, sent.start, sent.end, cs, ce, ts, te)
        for cue in CANCEL_CUES:
            if cue(site, sent):
                break
        else:
            for rule in rules:
                if rule is not rules[0]:
                    site = Site(art, rule, sent.index, sent.start, sent.end, cs, ce, ts, te)
                if (not (rule.gap or rule.requires or rule.dated or rule.after_name or rule.after_holder_mark or
                         rule.in_a_list_of_moves) or _rule_applies(site)) and \
                        not any(cue(site, sent) for cue in RULE_CUES):
                    out.append(site)
    return out


# the end of a clause that tells a time by a post held then: "…擔任總監時" / "…期間" ("while serving as")
_WHILE_HOLDING = re.compile(r"(?:时|時|期间|期間|任内|任內)\s*$")
_WHILE_HOLDING_ANYWHERE = re.compile(r"期间|期間|任内|任內|时期|時期|之时|之時|的时候|的時候")


_CLAUSE_SEP = re.compile(r"[,;:，；：]")


def _time_clause_before(site: Site) -> bool:
    """"自2012年以來,林佳慧擔任星河控股副董事長" / "2010年6月28日,林佳慧就任…": the clause right before the word's
    holds only a time (with [grammar] time_clause_marks around it): the time of the dated career word after it."""
    art, cs = site.art, site.clause_start
    end = cs
    while end > site.sentence_start and (art.folded[end - 1].isspace() or _CLAUSE_SEP.match(art.folded[end - 1])):
        end -= 1
    if end <= site.sentence_start or end == cs:
        return False
    start = max((m.end() for m in _CLAUSE_SEP.finditer(art.folded, site.sentence_start, end)), default=site.sentence_start)
    ds = [d for d in art.dates_for(site.sentence_start, site.sentence_end) if start <= d[0] and d[1] <= end and d[2].date]
    if len(ds) != 1:
        return False
    rest = art.folded[start:ds[0][0]] + " " + art.folded[ds[0][1]:end]
    return bool(art.rx(r"^\s*(?:<<time_clause_marks>>)?\s*(?:<<time_clause_marks>>)?\s*$").match(rest))


def _rule_applies(site: Site) -> bool:
    """What a rule of the lexicon asks of its clause: the second part of the word ("提供…资金"), a word it requires,
    a date written in it ("2016年1月起任董事长": a dated line of a career; "继续担任公司董事" is none)."""
    rule, low = site.rule, site.art.lowered
    if rule.gap == "as" and site.art.lang == "en":
        return _one_name_then_as(site)
    if rule.gap and rule.gap not in low[site.trigger_end:site.clause_end]:
        return False
    if rule.dated and not any(site.clause_start <= a and b <= site.clause_end
                              for a, b, _ in site.art.dates_for(site.sentence_start, site.sentence_end)) and \
            not _time_clause_before(site):
        return False
    if rule.after_name and not (_between_name_and_org(site) or _founder_in_a_which_clause(site)):
        return False
    if rule.after_holder_mark and not _named_after_a_new_holder_mark(site):
        return False
    if rule.in_a_list_of_moves and not _after_a_post_given_before(site):
        return False
    if (rule.dated or rule.after_name) and _WHILE_HOLDING.search(site.art.folded, site.trigger_end, site.clause_end):
        return False  # "2004年擔任星展零售業務總監時,曾…": the time of what happened while in a post, not its start
    if not rule.requires:
        return True
    rs = _semicolon_run_start(low, site.sentence_start)
    return any(r in low[site.clause_start:site.clause_end] or r in low[rs:site.sentence_end] for r in rule.requires)


_SEMICOLON_RUN = re.compile(r"[;；][\s”」』]*$")
_SENTENCE_STOP = re.compile(r"[。!?！？\n]")


def _semicolon_run_start(low: str, start: int) -> int:
    """A list of moves joined by semicolons is one announcement: "星河俱乐部进行了管理层调整:林一帆担任董事长;王小月
    担任总经理。" (a word a rule requires, said once before the list, holds for every item of it). The start of the
    first sentence of the run that ``start`` ends: the sentence before is part of it when it ends with a semicolon."""
    while start > 0 and _SEMICOLON_RUN.search(low, max(0, start - 4), start):
        stop = None
        for stop in _SENTENCE_STOP.finditer(low, max(0, start - 400), start - 1):
            pass
        start = stop.end() if stop is not None else max(0, start - 400)
    return start


def _between_name_and_org(site: Site) -> bool:
    """"郭浩任中原銀行黨委書記" / "Ana Ruiz launched Orbis Freight": a word read only between its holder's name and the
    organisation (a space apart in English; not in a time told by a post, "在林一帆任董事長期間"); in English, a name
    the lexicon does not know by its shape too ("Ana Ruiz started Quorra in 2015")."""
    art, ts, te = site.art, site.trigger_start, site.trigger_end
    if _WHILE_HOLDING_ANYWHERE.search(art.folded, te, site.clause_end):
        return False
    orgs = art.ents.orgs_in(te, min(site.clause_end, te + 2))
    named = bool(orgs) and orgs[0].start - te <= 1 or coined_name_right_after(art, ts, te, site.clause_end) is not None
    return named and any(
        not art.folded[p.end:ts].strip() and not p.pronoun and not _replaced_by_the_one_before(art, p, site.clause_start)
        for p in art.ents.persons_in(site.clause_start, ts))


def _founder_in_a_which_clause(site: Site) -> bool:
    """"Lumio, which Nadia Rahman started in 2019, …": a founding word right after a person's name that alone makes
    a which-clause about the organisation named right before its comma (the company the word founds goes before it,
    not after it)."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    m = art.rx(r"\s*(?:which|that)\s+").match(art.lowered, cs, ts)
    if site.type != "founding" or m is None:
        return False
    named = [p for p in art.ents.persons_in(m.end(), ts) if not p.pronoun]
    return len(named) == 1 and named[0].start == m.end() and not art.folded[named[0].end:ts].strip() and \
        any(cs - o.end <= 2 for o in art.ents.orgs_in(max(site.sentence_start, cs - 40), cs))


def _named_after_a_new_holder_mark(site: Site) -> bool:
    """"由集團董事林大明、王志強擔任輪值董事長" / "職缺將由研究院院長林大明兼任": people named right before the word, the
    first of them after a new holder's mark ([grammar] new_holder_marks: 由, 將由; not 由於) and at most a title or an
    organisation and a title (nothing else between them; no word of a post held now before the mark)."""
    art, ts = site.art, site.trigger_start
    named = [p for p in art.ents.persons_in(site.clause_start, ts) if not p.pronoun]
    if not named or ts - named[-1].end > 1 or art.folded[named[-1].end:ts] not in ("", "将"):
        return False
    first = art.chain_forward(named[0], ts)
    if first[-1] is not named[-1] and first[-1].key != named[-1].key:
        return False
    m = art.rx(r"<<new_holder_marks>>(?![于於])[^,;:。]{0,20}$").search(art.lowered, max(site.clause_start, named[0].start - 24),
                                                                   named[0].start)
    # (a post held now is no post given: "委員會當前由林大明擔任主席", [grammar] held_now_marks)
    return m is not None and not art.triggers_in(m.end(), named[0].start) and \
        not art.rx(r"<<held_now_marks>>\s*$").search(art.lowered, max(site.clause_start, m.start() - 4), m.start())


def _after_a_post_given_before(site: Site) -> bool:
    """"“星河部長”由現任署長林大明接任,疾管署長王志強擔任次長;": a name right before the word (a title may stand
    before it, nothing else in the clause), in a clause after one of the same sentence (or of its semicolon run) that
    gives a post to someone named after a new holder's mark ([grammar] new_holder_marks): the next item of a list of
    appointments, told without its own mark."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    named = [p for p in art.ents.persons_in(cs, ts) if p.end <= ts and not p.pronoun]
    if art.lang == "en" or not named or art.folded[named[-1].end:ts].strip() or \
            art.ents.persons_in(cs, named[-1].start) or art.triggers_in(cs, named[-1].start):
        return False
    rs = _semicolon_run_start(art.lowered, site.sentence_start)
    for a, b in art.triggers_in(rs, cs):
        if not any(rr.type in ("promotion", "hire") and rr.direction == "subject"
                   for rr in art.lex.triggers.get(art.lowered[a:b], [])):
            continue
        given = [p for p in art.ents.persons_in(max(rs, a - 30), a) if p.end <= a and not p.pronoun]
        if given and art.rx(r"<<new_holder_marks>>[^,;:。]{0,20}$").search(art.lowered, max(rs, given[0].start - 24),
                                                                          given[0].start):
            return True
    return False


# -- cues that cancel a trigger ------------------------------------------------------------------------------------
def hedged(site: Site, sent: _Sentence) -> bool:
    """"Ana Ruiz plans to step down": a hedge before the word cancels it (not a future in reported speech)."""
    # (also a hedge that runs into the word, "plans to" + "to invest"; "said Ana Ruiz would join" is reported
    # speech: see _reported_future)
    art = site.art
    cs, ts, te = site.clause_start, site.trigger_start, site.trigger_end
    if site.type == "founding" and agreement_signed(site):
        return False  # ("签署合资经营合同,拟组建X": the contract signed founds the company it plans)
    if any(not _a_reason(art, cs, a) for a, _ in art.matches(art.lex.hedges, cs, ts)):
        return not _reported_future(site) and not _acting_now_after_a_leaving(site)
    if any(a < ts and not _a_reason(art, cs, a) for a, _ in art.matches(art.lex.hedges, max(cs, ts - 16), te)):
        return not _reported_future(site)
    return False


def _acting_now_after_a_leaving(site: Site) -> bool:
    """"前專員王大明已展開退休前休假,現由副專員林佳慧署任專員": a post held now ("現由", "目前由": [grammar]
    held_now_marks before a new holder's mark are the only hedges) by someone acting in it ([grammar] acting_words),
    the one who held it leaving earlier in the sentence: the acting arrangement is the news, not a state."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if art.lang == "en" or site.word not in art.lex.grammar.get("acting_words", ()):
        return False
    if not all(art.rx(r"(?:<<held_now_marks>>)\s*(?:<<new_holder_marks>>)").fullmatch(art.lowered, a, b) or
               art.lowered[a:b].endswith("由") for a, b in art.matches(art.lex.hedges, cs, ts)):
        return False
    return any(rr.type == "departure" for a, b in art.triggers_in(site.sentence_start, cs)
               for rr in art.lex.triggers.get(art.lowered[a:b], []))


def _reported_future(site: Site) -> bool:
    """"said on Monday that Ana Ruiz would join as COO": a future told in reported speech, not a hedge; only when
    every hedge before the word is such a word (grammar.toml reported_future) and a speech verb comes before it."""
    art = site.art
    hs = art.matches(art.lex.hedges, site.clause_start, site.trigger_start)
    if not hs or not all(art.lowered[a:b] in art.lex.reported_future for a, b in hs):
        return False
    return art.has(art.lex.speech_verbs, site.sentence_start, hs[0][0]) or \
        bool(art.rx(r"(?<![a-z])(?:<<reporting_verbs>>)(?![a-z])").search(art.lowered, site.sentence_start, hs[0][0]))


def told_by_unnamed_sources(site: Site, sent: _Sentence) -> bool:
    """"知情人士稱,星河科技副總裁林佳慧即將離職": a move of a person told after unnamed sources in its sentence is
    hearsay ([negations] unnamed_sources; a round or a founding so told is still read)."""
    return site.type in ("departure", "hire", "promotion") and \
        site.art.has(site.art.lex.unnamed_sources, site.sentence_start, site.trigger_start)


def rumoured(site: Site, sent: _Sentence) -> bool:
    """"據傳星河智能技術長將離職": a rumour word before the word in its sentence, or after it in its clause (not
    before a dated fact told of someone in a relative clause: "Speculation has focused on Ana Ruiz, who was named
    president in January 2017")."""
    art = site.art
    return (art.has(art.lex.rumours, site.sentence_start, site.trigger_start) and not _dated_past_relative(site)) or \
        art.has(art.lex.rumours, site.trigger_end, site.clause_end)


_PAST_RELATIVE_OPENS = re.compile(r"\s*(?:who|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?$")


def _dated_past_relative(site: Site) -> bool:
    """An English relative clause in the past whose clause tells its own time: a fact about the one named."""
    art = site.art
    return art.lang == "en" and bool(_PAST_RELATIVE_OPENS.fullmatch(art.lowered, site.clause_start, site.trigger_start)) \
        and any(site.clause_start <= a and b <= site.clause_end
                for a, b, _ in art.dates_for(site.sentence_start, site.sentence_end))


def conditional(site: Site, sent: _Sentence) -> bool:
    """"will invest $40 million if the chip meets its targets": a condition after the word: not done yet."""
    # (a word of [conditions], as a whole word, after the trigger word in its clause)
    rx = site.art.lex.conditions.regex
    if rx is None:
        return False
    low = site.art.lowered
    for m in rx.finditer(low, site.trigger_end, site.clause_end):
        a, b = m.span()
        if not ((low[a - 1:a].isascii() and low[a - 1:a].isalnum()) or (low[b:b + 1].isascii() and low[b:b + 1].isalnum())):
            return True
    return False


def condition_opening_the_sentence(site: Site, sent: _Sentence) -> bool:
    """"如果該消息屬實,林佳慧將成為…而離職的總裁" / "If the report is true, Ana Ruiz would be the first to leave": a
    sentence that opens with a condition ([conditions], as a whole word) tells what follows only as a supposition."""
    rx = site.art.lex.conditions.regex
    cs = site.clause_start
    if rx is None or cs <= site.sentence_start:
        return False
    low, a = site.art.lowered, site.sentence_start
    while a < cs and low[a].isspace():
        a += 1
    m = rx.match(low, a)
    return m is not None and not (low[m.end():m.end() + 1].isascii() and low[m.end():m.end() + 1].isalnum())


def planned_in_clause_before(site: Site, sent: _Sentence) -> bool:
    """"星河科技計劃明年上市,募資約10億元": a clause that opens with its word has the plan of the one before."""
    art = site.art
    cs, ts = site.clause_start, site.trigger_start
    if ts - cs > 4 or art.ents.persons_in(cs, ts) or art.ents.orgs_in(cs, ts):
        return False
    prev = [c for c in sent.clauses if c[1] <= cs]
    if not prev:
        return False
    ps, pe = prev[-1]
    if _WHO_CLAUSE.match(art.lowered, ps, pe):
        return False  # ("Ben Tao, who is currently COO, will take over": what the clause says of a person is no plan)
    hedges = [h for h in art.matches(art.lex.hedges, ps, pe) if not art.titles_in(h[1], h[1] + 3) and
              not _a_reason(art, ps, h[0])]
    return bool(hedges) and not art.dates_for(cs, ts)  # (not "Ana Ruiz, currently COO, will become CEO")


def _a_reason(art, s: int, at: int) -> bool:
    """"黃家明因希望投放更多時間於個人事務,已辭任": a hedge right after a cause word ([grammar] cause_marks) tells
    why the move was made, not that it is planned."""
    return bool(art.rx(r"(?:<<cause_marks>>)\s*$").search(art.lowered, s, at))


def qualifier_of_a_title_held(site: Site, sent: _Sentence) -> bool:
    """"曾擔任銀河市政府代理市長": 代理 after a word that gives a title (擔任, 曾任) and an organisation's name, with
    no person, title or event word between, qualifies the title that follows; it is not the verb "to act as"; nor
    is it when the title it qualifies stands right before a name ("署理校長譚嘉因表示")."""
    art = site.art
    ts, te = site.trigger_start, site.trigger_end
    if art.lowered[ts:te] not in art.lex.grammar.get("title_qualifiers", ()) or not _is_han_at(art.folded, te):
        return False
    # "科大署理校長譚嘉因教授表示": the qualified title right before a name is the name's title in passing
    t = next((r for r in art.titles_in(te, te + 12) if r.start == te), None)
    if t is not None and any(p.start == t.end and not p.pronoun for p in art.ents.persons_in(t.end, t.end + 6)):
        return True
    m = None
    for m in art.rx(r"<<role_intro>>|<<came_from_role>>").finditer(art.lowered, max(site.clause_start, ts - 14), ts):
        pass
    return m is not None and not art.ents.persons_in(m.end(), ts) and not art.triggers_in(m.end(), ts) and \
        not art.titles_in(m.end(), ts)


def _is_han_at(f: str, i: int) -> bool:
    return i < len(f) and "\u3400" <= f[i] <= "\u9fff"


def round_still_to_come(site: Site, sent: _Sentence) -> bool:
    """"還將從創投公司和主權基金籌集大約100億美元": in Chinese, a round the company will raise is a plan, not money
    received (a future mark shortly before a word told of the recipient)."""
    # (for a word told of the investor, "將共同領投約3.48億美元" only right before it: "將5億元注入" is 把, not a future)
    art, ts = site.art, site.trigger_start
    if art.lang == "en" or site.type != "funding":
        return False
    if site.rule.direction != "recipient":
        return bool(art.rx(r"<<future_marks>>(?:<<co_adverbs>>)?$").search(art.lowered, max(site.clause_start,
                                                                                             ts - 6), ts))
    return bool(art.rx(r"<<future_marks>>").search(art.lowered, max(site.clause_start, ts - 14), ts))


_NAME_THEN_AS = r"\s+(?:<<honorifics_before_name>>\s+)?(?P<name>\S.*?)\s+as\s+\S"


def _one_name_then_as(site: Site) -> bool:
    """"announced Ana Ruiz as its chief executive" / "Ana Ruiz now heads Orbis as CEO" (English words written
    "WORD…as" in the lexicon): the word is an event only when one name, a person's or an organisation's, follows
    it right away and "as" right after that name."""
    art, te = site.art, site.trigger_end
    m = art.rx(_NAME_THEN_AS, 0).match(art.lowered, te, site.sentence_end)
    if m is None:
        return False
    a, b = m.span("name")
    named = [x for x in art.ents.persons_in(a, b) + art.ents.orgs_in(a, b) if not x.pronoun]
    return len(named) == 1 and named[0].start == a and named[0].end == b


# The cues that cancel a trigger word: any one is enough.
def no_time_after_the_second_part(site: Site, sent: _Sentence) -> bool:
    """"Ana Ruiz has been CEO since the start": a career line in English ("has been…since", "was…from") holds only
    with a time after its second part (not a second part that tells how the post is taken, [grammar]
    manner_second_parts: "takes over…on an interim basis")."""
    # (every rule of the word is asked: "served as…from" and "served as…since" are one word with two second parts,
    # and "has served as COO since 2019" holds by the second)
    art = site.art
    if art.lang != "en":
        return False
    manner = art.lex.grammar.get("manner_second_parts", ())
    gaps = {r.gap for r in art.lex.triggers.get(site.word, [site.rule]) if r.gap and r.gap != "as" and
            r.type in ("departure", "hire", "promotion") and r.gap not in manner}
    if not gaps:
        return False
    dates = art.dates_for(sent.start, sent.end)
    for gap in gaps:
        m = re.search(rf"\b{re.escape(gap)}\b", art.lowered[site.trigger_end:site.clause_end])
        if m is not None and any(site.trigger_end + m.end() <= d[0] <= site.trigger_end + m.end() + 12 for d in dates):
            return False
    return True


_WHO_IS_BEFORE = re.compile(r",\s*who\s+(?:(?:is|currently|now|also|presently)\s+)*$")
_HOLDING_WORDS = ("is serving as", "serving as", "serves as", "currently serves as", "is currently serving as")


def post_held_in_a_relative_clause(site: Site, sent: _Sentence) -> bool:
    """"Anwar Kabir, who is serving as deputy MD of Rupali Bank, will take the place of…": a post held now, told in a
    relative clause between commas after the name, while the sentence goes on to the move it makes; it describes the
    person (where they come from), it is no appointment."""
    art = site.art
    if art.lang != "en" or site.word not in _HOLDING_WORDS or not _WHO_IS_BEFORE.search(art.lowered, max(sent.start, site.trigger_start - 40),
                                                   site.trigger_start):
        return False
    close = art.folded.find(",", site.trigger_end, sent.end)
    return close >= 0 and any(art.lex.triggers.get(art.lowered[a:b]) for a, b in art.triggers_in(close, sent.end))


_QUESTION_END = re.compile(r"[?？][\s\"'”’」』)）]*$")


def asked(site: Site, sent: _Sentence) -> bool:
    """"傳洪孟楷明年3月接棒會長？" / "Will Ana Ruiz take over as CEO?": a sentence asked as a question asserts
    nothing (its word, in a clause that is not quoted speech, gives no event)."""
    return bool(_QUESTION_END.search(site.art.text, sent.start, sent.end))


# "Also Read | Ana Ruiz joins Orbis", "延伸閱讀:林佳慧接任執行長": a header word, then the separator or the line's end
_LINK_HEADER = r"[ \t]*<<story_links>>[ \t]*(?:[|｜:：\-–—»>][ \t]*|(?=\n)|$)"


def link_to_another_story(site: Site, sent: _Sentence) -> bool:
    """A word on a line of page chrome that links another story: the line opens with a link header ("Also Read |"),
    or the header stands alone on the line before it. That story's events are not this one's."""
    art, ts = site.art, site.trigger_start
    start = art.folded.rfind("\n", 0, ts) + 1
    if art.rx(_LINK_HEADER).match(art.lowered, start):
        return True
    return _under_a_link_header(art, start)


_LINK_LINE = 120  # characters a line of a list of links to other stories (each a headline) runs to at most
_LINK_LIST = 8    # lines such a list under its header runs to


def _under_a_link_header(art, start: int) -> bool:
    """The line at ``start`` is one of a list of short lines (headlines) under a header that stands alone on its
    line ("Related stories", then a headline a line): each a link to another story."""
    end = art.folded.find("\n", start)
    short = len((art.folded[start:] if end < 0 else art.folded[start:end]).strip()) <= _LINK_LINE
    for _ in range(_LINK_LIST):
        if start < 2:
            return False
        before = art.folded.rfind("\n", 0, start - 1) + 1
        m = art.rx(_LINK_HEADER).match(art.lowered, before)
        if m is not None and not art.folded[m.end():start].strip():
            return True  # (the header on the line before: a link of any length, as always)
        line = art.folded[before:start].strip()
        if not short or not line or len(line) > _LINK_LINE:
            return False
        start = before
    return False


# a moving word's "to" before a verb or a state, not a place: "has moved to refresh its stores", "returned to profit"
_TO_WORD_END = re.compile(r"\bto$")
_LOWER_WORD = re.compile(r"\s+([a-z][\w\-.]*)")


def moved_to_no_place(site: Site, sent: _Sentence) -> bool:
    """An English hire word ending in "to" followed by a lower-case word that does not open an organisation's name
    (``destination_openers``): the words tell no move ("Under Ana Ruiz, Orbis has moved to refresh its stores")."""
    art = site.art
    if art.lang != "en" or site.type != "hire" or not _TO_WORD_END.search(site.word):
        return False
    m = _LOWER_WORD.match(art.folded, site.trigger_end)
    return m is not None and m.group(1) not in art.lex.grammar.get("destination_openers", ())


def held_until_a_time(site: Site, sent: _Sentence) -> bool:
    """"王志強擔任星河銀行行政總裁直至2017年": a Chinese word of taking a post told with the time it was held until
    ([grammar] until_marks and a written time, after the word in its clause) tells when it was left (a departure
    rule of the same word), not when it was taken: its rule of taking a post is cancelled."""
    art = site.art
    if art.lang == "en" or site.type not in ("promotion", "hire"):
        return False
    m = art.rx(r"<<until_marks>>").search(art.lowered, site.trigger_end, site.clause_end)
    return m is not None and any(0 <= d[0] - m.end() <= 2 for d in art.dates_for(sent.start, sent.end))


CANCEL_CUES = (hedged, rumoured, told_by_unnamed_sources, asked, conditional, condition_opening_the_sentence, planned_in_clause_before, qualifier_of_a_title_held, round_still_to_come,
               no_time_after_the_second_part, post_held_in_a_relative_clause, link_to_another_story, moved_to_no_place)
# The cues that cancel one rule of a word, not the word (its other rules still read it).
RULE_CUES = (held_until_a_time,)


# -- the date of an event --------------------------------------------------------------------------------------------
def _date_events(sent: _Sentence, out: list[Cand]) -> None:
    """Each trigger's events take the date the first of ``DATE_STRATEGIES`` gives (a date without a year moved to
    the next one when the event is still to come); and the registration date of a founding."""
    art = sent.art
    for ts in sorted({c.pos for c in out}):
        here = [c for c in out if c.pos == ts]
        d = None
        for strategy in DATE_STRATEGIES:
            d = strategy(sent, ts, here[0].tend, here)
            if d is NOTHING:  # (told with no time of its own: nothing else in the sentence may give it one)
                d = None
                sent.own_dates.add(ts)
                break
            if d is not None:
                if strategy in TOLD_WITH_THE_EVENT:
                    sent.own_dates.add(ts)
                break
        if d is not None:
            d = _not_before_it_was_told(art, _future_effective(art, d, sent.start, sent.end, ts), sent, ts)
        in_clause = d is not None and sent.clause_of(d[0]) == sent.clause_of(ts) and not _clause_modifies(sent, ts)
        for c in here:
            _set_date(c.event, d)
            c.dated_here = d is not None and sent.start <= d[0] < sent.end
            c.date_at = d[0] if c.dated_here else None
            c.own_clause = in_clause
        if d is not None:
            sent.last_date = d
            art.sentence_dates[sent.index] = d
            if d[2].precision in ("day", "week") and not (
                    art.published and d[2].date and d[2].date > art.published and art.last_date is not None):
                # "11月26日宣布…自2026年1月1日起生效。同日,…": the day it was told, not the day it takes effect
                art.last_date = d
    for c in out:
        c.own_date = c.pos in sent.own_dates
        if c.event.type == "founding":
            _registration_date(sent, c)


def _clause_modifies(sent: _Sentence, ts: int) -> bool:
    """Whether the clause of the word at ``ts`` describes someone rather than telling a step of its own: an English
    relative clause ("…, who has been at the lab since 2017,") or a Chinese one that ends in 的 right before a name
    ("去年離開星河、轉往月光擔任顧問的林佳慧")."""
    art = sent.art
    cs, ce = sent.clause_of(ts)
    if art.lang == "en":
        return bool(art.rx(r"\b(?:who|whom|which)\b").search(art.lowered, cs, ts))
    # (a title or a former mark may stand between 的 and the name: "…擔任顧問的前工程副總裁林佳慧")
    named = [p for p in art.ents.persons_in(ts, ce) if not art.folded[p.end:ce].strip()]
    return bool(named) and art._relative_rx is not None and art._relative_rx.search(art.folded, ts, named[-1].start) is not None


def _registration_date(sent: _Sentence, c: Cand) -> None:
    """"Quorra was incorporated in October" / "…新公司已於上月底完成註冊": a founding dated by its registration."""
    art = sent.art
    if c.event.date and art.has(art.lex.registered_words, c.pos, c.tend):
        c.registered = True
    if not c.event.date:
        for d in sent.dates:
            if d[0] > c.pos and art.has(art.lex.registered_words, max(sent.start, d[0] - 10), min(sent.end, d[1] + 8)):
                _set_date(c.event, d)
                c.registered = True
                break


def _effective_mark_before(art: _Article, ss: int, se: int, d) -> bool:
    """An effective mark near date ``d`` (within 12 characters before it or 6 after), or a longer one ending right
    before it ("with effect from October 1" is 17 characters before the date; probe 2026-12-07)."""
    return art.has(art.lex.effective_words, max(ss, d[0] - 12), min(se, d[1] + 6)) or \
        bool(art.rx(r"<<effective_marks>>\s*$").search(art.lowered, max(ss, d[0] - 20), d[0]))


_AFTER_CLAUSE_END = re.compile(r"[^,;:，；：。]{0,8}(?:之后|以后|后)\s*$")
_AFTER_CLAUSE_OPEN = re.compile(r"\b(?:after|following)\b[^,;:]*$")
_AFTER_WORD = re.compile(r"\b(?:after|following)\b")


def no_date_outside_a_background_clause(sent: _Sentence, ts: int, te: int, here):
    """"林佳慧請辭後,主管機關今天宣布…" / "after Ben Tao quit": a step told as the time after which
    the news happens, or in a clause that describes a name ("由林佳慧創立的星河智能", "Orbis Lab, founded by Ana
    Ruiz,"), happened before the sentence's own time: it takes only a date of that clause (else none)."""
    art = sent.art
    cs, ce = sent.clause_of(ts)
    span = _background_span(art, (ts, te), (cs, ce), sent.end, here)
    if span is None:
        return None
    inside = [d for d in sent.dates if span[0] <= d[0] < span[1]]
    return next((d for d in inside if d[0] >= te), inside[-1] if inside else NOTHING)


def _background_span(art: _Article, word: tuple[int, int], clause: tuple[int, int], se: int,
                     here) -> tuple[int, int] | None:
    """The background clause of the word at ``ts`` (from its "after" / "following" in English; up to its 的 in a
    Chinese relative clause), or None."""
    (ts, te), (cs, ce) = word, clause
    # (a departure only: "期待林佳慧上任後帶領…" / "after taking office" tell a step still to come, not the past)
    # (and only when the news is another move: "named Ana Ruiz CEO after Ben Tao quit", not "shares
    # fell on Monday after it announced the exit of its CFO", where the exit is the news)
    low, leaving = art.lowered, here[0].event.type == "departure"
    if art.lang == "en":
        m = _AFTER_CLAUSE_OPEN.search(low, cs, ts) if leaving else None
        if m and art.triggers_in(art._clause_start(m.start()), m.start()):
            return m.start(), ce
        founded_by = here[0].event.type == "founding" and low.startswith(" by ", te) and low[cs:ts].strip() == ""
        return (cs, ce) if founded_by else None
    m = _AFTER_CLAUSE_END.match(low, te, ce) if leaving else None
    if m and m.end() == ce and art.triggers_in(ce, se):
        return cs, ce
    # (the relative particle right after the word: "由林佳慧創立的星河智能", not "創立了專注教育的新公司")
    m = art._relative_rx.match(low, te, ce) if art._relative_rx is not None and here[0].event.type == "founding" \
        else None
    return (cs, m.end()) if m else None


def effective_date_after_word(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"said on Monday that Ana Ruiz will retire, effective March 3": the effective date after the word governs."""
    # (not a date of a later word: one after another word, or in the clause of another word, "1997年任副總編輯,
    # 2005年起任總編輯": 2005 is the second post's)
    art = sent.art
    for d in sent.dates:
        if d[0] >= te and _effective_mark_before(art, sent.start, sent.end, d) and \
                not any(te < t[0] and (t[0] < d[0] or sent.clause_of(t[0]) == sent.clause_of(d[0]))
                        for t in sent.triggers) and \
                not any(te <= o[0] < d[0] and sent.clause_of(o[0]) == sent.clause_of(te) for o in sent.dates):
            # (a date right after the word in its clause is its own: "his appointment in July 2017 as a director and
            # as interim CEO with effect from February 1 2019")
            return d
    return None


def future_date_after_word(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"Orbis said Thursday that Ana Ruiz will become president on April 1": a move told in the future (a future
    mark right before or in the word) happens at the date after it in its clause, not the day it was told."""
    art = sent.art
    if not art.rx(r"<<future_marks>>\s*$").search(art.lowered, max(sent.start, ts - 12), te) and \
            not art.rx(r"<<future_marks>>").match(art.lowered, ts, te):
        return None
    return date_after_word_in_clause(sent, ts, te, here)


_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w&.'-]*\s+){0,4}")


def date_right_after_event_noun(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"between Ana Ruiz's departure in May and Ben Tao's arrival in August": an event told as a noun ([grammar]
    event_nouns) takes the time told right after it, not one told of another noun before it in the clause."""
    art = sent.art
    if art.lang != "en" or art.lowered[ts:te] not in art.lex.grammar.get("event_nouns", ()):
        return None
    return next((d for d in sent.dates if te <= d[0] <= te + 4 and art.lowered[te:d[0]].strip() in ("in", "on", "")),
                None)


def date_before_word_in_clause(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"Ana Ruiz in March left Brightline": the last date before the word in its clause."""
    cs, _ = sent.clause_of(ts)
    before = [d for d in sent.dates if cs <= d[0] and d[1] <= ts and not _date_of_a_modifier(sent.art, d, ts)]
    return before[-1] if before else None


def _date_of_a_modifier(art: _Article, d, ts: int) -> bool:
    """"7月1日才升任總經理的林振榮請辭": the date is told with another event word in a clause that modifies the
    person (…的 right before them), so it is that event's time, not the time of a word after them."""
    for t in art.triggers_in(d[1], ts):
        if t[1] <= ts and not _ANY_STOP.search(art.folded, d[1], t[0]):
            for p in art.ents.persons_in(t[1], ts):
                if p.start > 0 and art.folded[p.start - 1] in art._relative and \
                        not _ANY_STOP.search(art.folded, t[1], p.start):
                    return True
    return False


def date_after_word_in_clause(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"Ana Ruiz left Brightline in March": the first date after the word in its clause."""
    _, ce = sent.clause_of(ts)
    return next((d for d in sent.dates if te <= d[0] < ce and not _of_a_step_after(sent.art, te, d)), None)


def _of_a_step_after(art: _Article, te: int, d) -> bool:
    """"names Ana Ruiz CEO following the death of Ben Tao last month": a past date after "after" / "following" is
    the time of the step the word is told after, not its own. (One still to come bounds it: "will serve as chairman
    after Ben Tao retires next year".)"""
    # (a year is loose enough to hold both steps: "set up Quillon after leaving Brantel in 2015" is of 2015)
    past = art.published is not None and d[2].date is not None and d[2].date < art.published.replace(day=1) and \
        d[2].precision in ("day", "week", "month")
    return art.lang == "en" and past and bool(_AFTER_WORD.search(art.lowered, te, d[0]))


def date_of_a_when_clause(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"a post empty since March, when Ben Tao quit": a clause opened by "when" takes the date right
    before it."""
    art = sent.art
    cs, _ = sent.clause_of(ts)
    if art.lang != "en" or not art.lowered[cs:ts].lstrip().startswith("when "):
        return None
    return next((d for d in sent.dates if 0 <= cs - d[1] <= 2 and art.lowered[d[1]:cs].strip(" ,") == ""), None)


def effective_date_in_sentence(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"自6月1日起,由林佳慧接任" / "…出任營運長,7月3日起生效": a date said to take effect, anywhere in the sentence."""
    art = sent.art
    return next((d for d in sent.dates if _effective_mark_before(art, sent.start, sent.end, d)), None)


def date_clause_before_first_event(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"本周一,星河智能發布內部信,宣布…離職": a date in a clause of its own before the sentence's first event (the
    nearest such clause: "6月3日消息,星河(600123.SH)6月2日晚間公告,…辭去" is dated by the filing, not the report)."""
    art = sent.art
    if not sent.dates:
        return None
    t0 = min(t[0] for t in sent.triggers)
    got = None
    for cs, ce in sent.clauses:
        if cs >= t0:
            break
        first = [d for d in sent.dates if cs <= d[0] and d[1] <= ce]
        if first and not art.ents.persons_in(cs, ce) and not any(cs <= t[0] < ce for t in sent.triggers):
            got = first[0]
    return got


def later_date_before_next_word(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"Quorra raised $18 million, with the round closing on Tuesday": in English, a later date in the sentence."""
    # (after the word and before the next trigger word)
    if sent.art.lang != "en":
        return None
    nxt = [t[0] for t in sent.triggers if t[0] > ts]
    return next((d for d in sent.dates if te <= d[0] and (not nxt or d[0] < nxt[0]) and
                 not _of_a_step_after(sent.art, te, d)), None)


def day_it_was_told(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"Ana Ruiz is stepping down as CEO, the company said Monday": the day told dates the moves before it."""
    art = sent.art
    if art.lang != "en":
        return None
    low = art.lowered
    return next((d for d in sent.dates if te <= d[0] and any(
        _ON_GAP.fullmatch(low[b:d[0]]) for _, b in art.matches(art.lex.speech_verbs, max(sent.start, d[0] - 14), d[0]))),
        None)


def same_time_as_before(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"董事會同時擢升林佳慧為技術長": "at the same time" is the date of the event told just before."""
    # (in the sentence, else in the article; when that date is still to come, the day a recent sentence says it
    # was told: "昨(5)日召開董事會…。…4月1日起生效。董事會同時擢升…")
    art = sent.art
    if not (art.has(art.lex.same_time, sent.start, ts) or (art.lang == "en" and art.has(art.lex.same_time, ts, sent.end))):
        return None
    d = sent.last_date or art.last_date
    if d is None or (art.published and d[2].date and d[2].date > art.published):
        d = _told_day_before(art, sent.index) or d
    return d


def earlier_date_in_sentence(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"removed Orrin Vale on Tuesday, and named Ana Ruiz CEO": a day, week or month said earlier in the sentence."""
    # A year ("who joined in 2019") is background, not the time of what follows; a date inside a relative or
    # appositive clause ("who left in March") belongs to that clause.
    before = [d for d in sent.dates if d[1] <= ts and d[2].precision in ("day", "week", "month") and
              not _date_of_a_modifier(sent.art, d, ts)]
    if not before:
        return None
    d = before[-1]
    low = sent.art.lowered
    cut = max(low.rfind(ch, sent.start, d[0]) for ch in ",;:，；：(（")
    if sent.art.rx(r"<<relative_intro>>").search(low, max(sent.start, cut + 1), d[0]):
        return None
    return d


def date_of_first_half(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"…由總經理林佳慧接任;總經理遺缺則由副總柯文瀚升任。": after a semicolon, the date of the sentence's first half."""
    art, si = sent.art, sent.index
    if sent.dates or si == 0 or art.text[art.sentences[si - 1][1] - 1] not in ";；":
        return None
    return art.sentence_dates.get(si - 1)


def date_of_sentence_before(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"星河科技4月28日公告人事異動。星河科技財務長林佳慧將退休。": the date of the sentence it goes on from."""
    # (a short sentence just before, with one date, that names its organisation or person or whom it opens with)
    art, si = sent.art, sent.index
    if sent.dates or si == 0:
        return None
    ps, pe = art.sentences[si - 1]
    if pe - ps > 120:  # an announcing sentence is short; a long one tells a story of its own
        return None
    keys = {m.key for m in art.ents.orgs_in(ps, pe)} | {m.key for m in art.ents.persons_in(ps, pe)}
    cs_ = art.sentences[si][0]
    if not any(c.event.org in keys or c.event.person in keys for c in here) and \
            not any(m.key in keys for m in art.ents.persons_in(cs_, cs_ + 12)) and \
            not art.rx(r"\s*<<its_marks>>(?![a-z])").match(art.lowered, cs_):
        # ("…will succeed Orrin Vale effective Jan. 1. His deputy, Ana Ruiz, has been named interim CFO": the
        # sentence opens with someone of the sentence before)
        return None
    ds = [d for d in art.dates_for(ps, pe) if d[2].precision in ("day", "week", "month")]
    if len(ds) != 1 or _date_of_a_modifier(art, ds[0], pe):
        return None
    return _future_effective(art, ds[0], ps, pe, ds[0][0])


def day_the_memo_was_sent(sent: _Sentence, ts: int, te: int, here) -> tuple | None:
    """"內部郵件顯示,林佳慧已離職": an undated move cited from a memo takes the day a recent sentence gives."""
    art = sent.art
    if sent.dates or sent.index == 0 or not art.has(art.lex.announcement_refs, sent.start, sent.end):
        return None
    return _told_day_before(art, sent.index)


# The date that governs a trigger's events: the first strategy that gives one.
DATE_STRATEGIES = (no_date_outside_a_background_clause, date_of_a_when_clause, effective_date_after_word, future_date_after_word, date_right_after_event_noun, date_before_word_in_clause,
                   date_after_word_in_clause,
                   effective_date_in_sentence, date_clause_before_first_event, later_date_before_next_word,
                   day_it_was_told, same_time_as_before, earlier_date_in_sentence, date_of_first_half,
                   date_of_sentence_before, day_the_memo_was_sent)
# (the events dated by these are told with their own date: a merge prefers it to one they borrow)
TOLD_WITH_THE_EVENT = frozenset((no_date_outside_a_background_clause, date_of_a_when_clause, effective_date_after_word, future_date_after_word, date_right_after_event_noun,
                                 date_before_word_in_clause, date_after_word_in_clause,
                                 effective_date_in_sentence))


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


def _future_effective(art: _Article, d, ss: int, se: int, ts: int):
    """A date without a year in a sentence about what will happen ("will retire, effective March 3", "7月3日起生效",
    "has resigned and will leave on October 31": a future mark between the word and its date; published in
    December) is the next such date, not the one already past."""
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
            art.rx(r"<<future_marks>>").search(art.lowered, max(ss, ts - 24), min(se, max(ts + 12, d[0]))) or
            _future_verb_before_date(art, d, ss) or _scheduled_verb_before_date(art, d, ss) or
            (dm.precision == "day" and  # (a month alone is as often a past one: "where she was SVP until September")
             art.rx(r"\b<<scheduled_present>>\b").search(art.lowered, max(ss, ts - 24), min(se, ts + 12)))):
        return d
    if _follows_a_dated_step(art, d, ss):
        return d
    try:
        nd = dm.date.replace(year=dm.date.year + 1)
    except ValueError:
        return d
    if (nd - pub).days > 366:
        return d
    return (d[0], d[1], replace(dm, date=nd))


def _period_end(day, precision: str):
    """The first day after the week, month, quarter or year (or part of a year: 年底 is Nov 1 to the year's end) that
    starts on ``day``; None for a day."""
    if precision == "week":
        return day + timedelta(days=7)
    if precision in ("month", "quarter"):
        months = day.month - 1 + (1 if precision == "month" else 3)
        return day.replace(year=day.year + months // 12, month=months % 12 + 1, day=1)
    if precision == "year":
        return day.replace(year=day.year + 1, month=1, day=1)
    return None


def _not_before_it_was_told(art: _Article, d, sent: _Sentence, ts: int):
    """"will retire this month" / "將在今年底卸任" published on the 19th / Nov 20: a move still to come, dated by a
    week, month, quarter or (part of a) year that holds the publication day, is no earlier than that day."""
    if d is None or art.published is None or d[2].date is None or \
            not art.rx(r"<<future_marks>>").search(art.lowered, max(sent.start, ts - 24), min(sent.end, ts + 12)):
        return d
    dm = d[2]
    end = _period_end(dm.date, dm.precision or "")
    if end is None or not dm.date < art.published < end:
        return d
    return (d[0], d[1], replace(dm, date=art.published))


def _future_verb_before_date(art: _Article, d, ss: int) -> bool:
    """"has resigned and will leave the company on October 31": the verb the date is told with, right before it in
    its clause, is a future one (whatever the tense of the word the event was found by)."""
    cs = max(ss, art._clause_start(d[0]))
    if art.rx(r"<<future_marks>>").search(art.lowered, max(cs, d[0] - 40), d[0]):
        return True
    # ("will join the board on Aug. 1 and take the helm on Oct. 1": a verb joined by "and" to a future one in the
    # clause shares its "will")
    m = re.compile(r"\band\s+[a-z\-]+\b").search(art.lowered, max(cs, d[0] - 40), d[0])
    return m is not None and bool(art.rx(r"<<future_marks>>").search(art.lowered, cs, m.start()))


def _scheduled_verb_before_date(art: _Article, d, ss: int) -> bool:
    """"whose mandate expires in June" / "when she leaves Orbis in June": a present-tense verb of a scheduled
    step ([grammar] scheduled_present) right before the date in its clause tells a time ahead, a month as well as a
    day (the present of news is the future of a schedule; a past month would be told in the past tense)."""
    if art.lang != "en":
        return False
    cs = max(ss, art._clause_start(d[0]))
    m = None
    for m in art.rx(r"\b<<scheduled_present>>\b").finditer(art.lowered, max(cs, d[0] - 32), d[0]):
        pass
    return m is not None and not art.rx(r"\b(?:and|but|who|which|that|after|since)\b").search(art.lowered, m.end(), d[0])


def _follows_a_dated_step(art: _Article, d, ss: int) -> bool:
    """"今年7月底卻請辭,8月1日起由副社長代理": a date without a year that follows, in its sentence, a time told with
    its year up to two months before it goes on from that time: the same year, not the next."""
    for a, _, dm in art.dates_for(ss, d[0]):
        text = (dm.text or "").lower()
        if dm.date and (_HAS_YEAR.search(text) or _RELATIVE_WORD.search(text)) and \
                0 <= (d[2].date - dm.date).days <= 62:
            return True
    return False


# -- the events of one sentence, linked ------------------------------------------------------------------------------
def _copy_date(to, frm) -> None:
    to.date, to.date_precision, to.date_text = frm.date, frm.date_precision, frm.date_text


def title_taken_after_a_move(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz rejoined Brightline and was promoted to CTO": a promotion after a move is that move's title."""
    # After a departure, a title taken at another place is itself the move: "林佳慧離職,出任銀河科技副總裁"
    # is a hire. ("Ana Ruiz, who joined Brightline in 2019, was promoted" is two moves: the first is relative.)
    for p in list(cands):
        if p.event.type != "promotion":
            continue
        for h in cands:
            verdict = _promotion_after(sent, cands, h, p)
            if verdict == "fold":
                cands.remove(p)
            if verdict is not None:
                break
    return cands


def _promotion_after(sent: _Sentence, cands: list[Cand], h: Cand, p: Cand) -> str | None:
    """What promotion ``p`` is after candidate ``h`` of its sentence: None (no bearing: look at the next one), "keep"
    (a move of its own, made a hire where it is one) or "fold" (the title of an earlier move, given to that move)."""
    if p.relative and p.own_date and p.event.date != h.event.date:
        return None  # ("replacing Ben Tao, who has headed the company since 2001": his own earlier move, dated)
    if _steps_each_with_its_time(h, p):
        if _planned_steps_of_one_arrival(sent.art, h, p):
            p.event.type = "hire"  # ("will join the board on Aug. 1 and take the helm on Oct. 1": a newcomer's
            p.event.counterparty = p.event.counterparty or h.event.counterparty  # posts, both from outside)
        return None  # ("1986年加入星河航空,…2021年接任總經理": two steps of a line of a career, each its own move)
    if h.event.type not in ("hire", "departure") or h.event.person != p.event.person or h.pos >= p.pos or \
            (h.relative and not p.relative):  # ("X, who joined Brightline in 2019, was promoted to CTO": two
        return None  # moves, not one; but "X, who is leaving Orbis to become CEO at Quorra": one move told in the clause)
    target = next((c for c in cands if c.event.type == "hire" and c.event.person == p.event.person and c.pos < p.pos),
                  None)
    if target is not None:
        if _steps_each_with_its_time(target, p):
            return None  # ("left the board in 2003, in 2006 joined Orbis, becoming chair in 2007": a step of its own)
        target.event.role, target.event.role_raw = p.event.role, p.event.role_raw
        if not target.event.date and p.event.date:
            _copy_date(target.event, p.event)
        return "fold"
    if _post_left_for_another_there(sent, h, p):
        return "keep"  # "陳志遠不再擔任星河科技輪值董事長,轉任星河科技監事會主席": a move inside, both told (README rule 3)
    if h.event.type == "departure" and p.org_explicit and p.event.org and h.event.org and p.event.org != h.event.org:
        p.event.type = "hire"
        return "keep"
    if h.event.type == "departure" and p.org_explicit and p.event.org == h.event.org and not h.org_explicit and \
            _org_named_after_word(sent, p):
        # ("林佳慧離職,出任銀河科技副總裁": the place left, only guessed, cannot be the one joined)
        h.event.org, p.event.type = None, "hire"
        return "keep"
    return "fold"


def _org_named_after_word(sent: _Sentence, c: Cand) -> bool:
    """Whether the organisation of ``c`` is named right after its word, in its clause ("出任銀河科技副總裁")."""
    art = sent.art
    _, ce = sent.clause_of(c.pos)
    return any(o.key == c.event.org and not o.ref and o.start - c.tend <= 2
               for o in art.ents.orgs_in(c.tend, min(ce, c.tend + 30)))


def _planned_steps_of_one_arrival(art: _Article, h: Cand, p: Cand) -> bool:
    """Whether a hire and a later post of the same person at the same organisation, each with its time, are both
    still to come when the article is published: the steps of one arrival from outside, not a career."""
    pub = art.published.isoformat() if art.published else None
    return bool(pub and h.event.person == p.event.person and h.event.org == p.event.org and
                h.event.date and p.event.date and h.event.date > pub and p.event.date > pub)


def _steps_each_with_its_time(h: Cand, p: Cand) -> bool:
    """"林佳慧1986年加入星河航空,…2021年接任總經理" / "joined Orbis in 1998 and was promoted to CFO in 2015": a move and
    a later promotion, each told with a time of its own in another month, are two steps of a career, not one."""
    a, b = h.event.date, p.event.date
    return bool(h.event.type == "hire" and h.own_date and p.own_date and a and b and a[:7] != b[:7])


_CLAUSE_MARKS = re.compile(r"[,，;；]")


def _post_left_for_another_there(sent: _Sentence, h: Cand, p: Cand) -> bool:
    """Whether departure ``h`` gives up a title (a word of giving up a title, <<leave_words>>: 卸任, 不再擔任, not 退休)
    at the very organisation where promotion ``p`` (its organisation named) takes another one, at the same time."""
    art = sent.art
    if h.event.type != "departure" or not h.org_explicit or not h.event.org or not p.event.role or \
            p.event.role == h.event.role or h.tend is None or \
            len(_CLAUSE_MARKS.findall(art.folded, h.tend, p.pos)) > 1:  # (the next clause: not "卸任…,返回日本定居,改任…")
        return False
    if not (h.gives_up_title or art.lowered[h.pos:h.tend] in art.lex.grammar.get("leave_words", ())):
        return False  # ("林佳慧離職,出任銀河科技副總裁": leaving the place, not a title, is one move to the next post)
    if p.org_explicit:
        return p.event.org == h.event.org and p.event.date == h.event.date
    return _takes_the_next_title_there(sent, h, p)


def _takes_the_next_title_there(sent: _Sentence, h: Cand, p: Cand) -> bool:
    """"Ana Ruiz will retire as CEO of Orbis and become its chairman" / "林佳慧卸任星河科技總經理,轉任董事長": a title
    given up with its organisation named, then another taken with none named of its own (no organisation between the
    two words): both at the organisation given up (README: giving up the CEO post to stay or become chairman is a
    departure and a promotion). The promotion takes the departure's organisation, and its date when it has none."""
    art = sent.art
    if any(not o.ref and o.key != h.event.org for o in art.ents.orgs_in(h.tend, p.pos + 1)):
        return False
    p.event.org, p.org_explicit = h.event.org, True
    if h.event.date and (h.own_date or not p.own_date):
        _copy_date(p.event, h.event)  # ("將於6月30日卸任總經理,轉任董事長": the new title from the day the old is left)
    return True


def return_home_is_no_hire(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"林佳慧離職,回歸家庭": a return with nowhere named is not a hire at the place just left."""
    for c in list(cands):
        if c.event.type == "hire" and not c.org_explicit and not c.own_date and any(
                d.event.type == "departure" and d.event.person == c.event.person and d.event.org == c.event.org
                for d in cands):
            cands.remove(c)
    return cands


def outsider_promotion_is_a_hire(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"星河智能委任前銀河科技副總裁林佳慧為技術長": someone from elsewhere taking a title is hired."""
    for c in cands:
        if c.external and c.event.type == "promotion":
            c.event.type = "hire"
    return cands


def departure_goes_to_the_hire(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz left Brightline last week to join Orbis": one move, its destination, origin and date shared."""
    # (a guessed origin cannot be the destination)
    for c in cands:
        ev = c.event
        if ev.type != "departure":
            continue
        for h in cands:
            if h.event.type == "hire" and h.event.person == ev.person and h.pos >= c.pos and \
                    h.event.org == ev.org and _steps_each_with_its_time(h, c) and _a_return(sent.art, h):
                break  # ("quit Orbis in 2002 and came back in 2006": a return there later, not where she went)
            if h.event.type == "hire" and h.event.person == ev.person and h.pos >= c.pos and \
                    h.event.org == ev.org and not c.org_explicit:
                ev.org = None
            if h.event.type == "hire" and h.event.person == ev.person and h.pos >= c.pos and h.event.org != ev.org:
                ev.counterparty = ev.counterparty or h.event.org
                if ev.org and not h.event.counterparty:
                    h.event.counterparty = ev.org
                if ev.date and not h.own_date:
                    _copy_date(h.event, ev)
                break
    return cands


def _a_return(art: _Article, c: Cand) -> bool:
    """Whether the word of ``c`` is one of coming back (validate.toml return_words: "returned", 重返)."""
    from talentdb.extract.validate import key, rules

    back = rules().return_rx
    return back is not None and back.search(key(art.lowered[c.pos:c.tend])) is not None


def founding_after_departure(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz left Brightline in 2021, and founded Quorra": the founding takes the departure's date and origin."""
    # (the date only when the founding has none)
    for c in cands:
        ev = c.event
        if ev.type != "departure":
            continue
        for fo in cands:
            if fo.event.type == "founding" and fo.event.person == ev.person and fo.pos > c.pos:
                if not fo.event.date and ev.date:
                    _copy_date(fo.event, ev)
                if c.org_explicit and fo.event.counterparty is None and ev.org != fo.event.org:
                    fo.event.counterparty = ev.org
    return cands


def tenure_ends(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"Tokura was vice chair from 2015 to 2019": a title held from one time to another ends at the second, a
    departure of its own."""
    art = sent.art
    if art.lang != "en":
        return cands
    low = art.lowered
    out = list(cands)
    for c in cands:
        e = c.event
        if e.type not in ("promotion", "hire") or not e.date or not e.person:
            continue
        _, ce = sent.clause_of(c.pos)
        for d1 in (d for d in sent.dates if c.tend <= d[0] < ce):
            if not art.rx(r"<<span_start_marks>>\s+$").search(low, max(c.tend, d1[0] - 9), d1[0]):
                continue
            d2 = _span_end(sent, d1, ce)
            if d2 is not None:
                out.append(Cand(_post_left(e, d2), d2[0], c.sent, c.person_pos, c.org_explicit, own_date=True,
                                tend=d2[1]))
            break
    return out


def post_held_until_a_time(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"rose to become chief executive of Corvel Mining in 2006, a position she held until 2014": the post a holding
    word refers back to (a lexicon word whose second part is "held until") is the one its person took just before in
    the sentence: its title and organisation."""
    art = sent.art
    for c in cands:
        e = c.event
        if e.type != "departure" or not any((r.gap or "").endswith("held until")
                                            for r in art.lex.triggers.get(art.lowered[c.pos:c.tend], [])):
            continue
        taken = [p for p in cands if p.event.type in ("promotion", "hire") and p.event.person == e.person and
                 p.pos < c.pos and p.event.role]
        if taken:
            e.role, e.role_raw, e.org = taken[-1].event.role, taken[-1].event.role_raw, taken[-1].event.org
            c.org_explicit = taken[-1].org_explicit
    return cands


def _post_left(e: Event, d) -> Event:
    """The end of the post ``e`` took, at the time ``d``: a departure from the same title and organisation."""
    end = Event(type="departure", person=e.person, org=e.org, role=e.role, role_raw=e.role_raw,
                evidence=e.evidence, confidence=e.confidence)
    _set_date(end, d)
    return end


def cv_spans(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"2011年1月至2014年3月以及2015年1月至2020年9月擔任X行政總裁": each span of times written right before the word
    of a Chinese line of a career is a post of its own, taken at its first time and left at its second."""
    art = sent.art
    if art.lang == "en":
        return cands
    out = list(cands)
    for c in cands:
        e = c.event
        if e.type not in ("promotion", "hire") or not e.person:
            continue
        spans = _spans_before(sent, c.pos)
        for k, (d1, d2) in enumerate(spans):
            start = c if k == 0 else Cand(replace(e), c.pos, c.sent, c.person_pos, c.org_explicit, own_date=True, tend=c.tend)
            _set_date(start.event, d1)
            start.span = start.own_date = True
            out.extend([start] if k else [])
            out.append(Cand(_post_left(e, d2), d2[0], c.sent, c.person_pos, c.org_explicit, own_date=True,
                            tend=d2[1], span=True))
    return out


# between the posts of a list of a line of a career, and between a post's time and its title ("、1995年升任副總編輯")
_LIST_GAP = re.compile(r"\s*[、,，;；]\s*")
_POST_VERB_GAP = re.compile(r"\s*(?:[起再又並并後后]{0,2}(?:升任|出任|擔任|担任|任))?\s*")


def listed_dated_posts(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"1992年出任文教組主任、1995年副總編輯": after a Chinese word of a line of a career told with its time, each
    time and title listed after its title is a later post of its own, taken then (kept apart by the merge as another
    title years apart)."""
    art = sent.art
    if art.lang == "en":
        return cands
    out = list(cands)
    for c in cands:
        e = c.event
        if e.type not in ("promotion", "hire") or not e.person or not e.date or not c.own_date:
            continue
        _, ce = sent.clause_of(c.pos)
        title = next(iter(art.titles_in(c.tend, min(ce, c.tend + 12))), None)
        for d, r in (_posts_listed_after(sent, title.end) if title is not None else []):
            post = Event(type="promotion", person=e.person, org=e.org, role=r.canon or r.raw, role_raw=r.raw,
                         evidence=e.evidence, confidence=e.confidence)
            _set_date(post, d)
            out.append(Cand(post, r.start, c.sent, c.person_pos, c.org_explicit, own_date=True, tend=r.end))
    return out


_NEXT_LISTED_POST = r"\s*(?:<<listed_post_joins>>)\s*(?:(?:<<role_intro>>)\s+)?(?:(?:<<role_modifiers>>)\s+)*"
_POST_TIME = r"\s+(<<post_time_marks>>)\s+"
_OF_ORG = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")


def posts_listed_with_their_times(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"became managing director in 2015 and chief executive in 2018" / "was named CFO in 2010, president in 2012
    and CEO in 2015": after an English word of taking a post told with its title and then its time, each title and
    time listed after them (the verb left out; [grammar] listed_post_joins, post_time_marks) is a later post of its
    own, taken then, at the organisation named with it or the word's; one told with a span ("and CEO from 2015 to
    2019") is left at its second time (README rules 3 and 4). The English order of ``listed_dated_posts``."""
    art = sent.art
    if art.lang != "en":
        return cands
    out = list(cands)
    for c in cands:
        e = c.event
        if e.type not in ("promotion", "hire") or not e.person or not e.date or not e.role or not c.own_date:
            continue
        first = next((r for r in art.titles_in(c.tend, min(sent.end, c.tend + 40)) if (r.canon or r.raw) == e.role), None)
        at = _time_told_end(sent, _past_its_org(sent, first.end)[1]) if first is not None else None
        r = first
        while at is not None:
            nxt = _next_listed_post(sent, at, r)
            if nxt is None:
                break
            r, org, d, end, at = nxt
            post = Event(type="promotion", person=e.person, org=org or e.org, role=r.canon or r.raw, role_raw=r.raw,
                         evidence=e.evidence, confidence=e.confidence)
            _set_date(post, d)
            out.append(Cand(post, r.start, c.sent, c.person_pos, c.org_explicit or org is not None, own_date=True,
                            tend=r.end))
            if end is not None:
                out.append(Cand(_post_left(post, end), end[0], c.sent, c.person_pos, c.org_explicit or org is not None,
                                own_date=True, tend=end[1]))
    return out


def _past_its_org(sent: _Sentence, at: int) -> tuple:
    """(organisation, where it ends) when "of" or "at" and an organisation's name follow a title ending at ``at``
    ("chief executive of Helix Insurance in 2012"); (None, ``at``) when none does."""
    art = sent.art
    o = _OF_ORG.match(art.lowered, at, sent.end)
    named = o and next((x for x in art.ents.orgs_in(o.end(), o.end() + 1) if not x.ref), None)
    return (named.key, named.end) if named else (None, at)


def _time_told_end(sent: _Sentence, at: int) -> int | None:
    """Where the time told right after a title ending at ``at`` ends ("CFO in 2010"; "CFO from 2010 to 2014": after
    2014), None when no time follows it."""
    got = _post_time_after(sent, at)
    if got is None:
        return None
    d, end = got
    return (end or d)[1]


def _post_time_after(sent: _Sentence, at: int):
    """(time, end of its span or None) told right after ``at``: a [grammar] post_time_marks word, then a date."""
    art = sent.art
    m = art.rx(_POST_TIME).match(art.lowered, at, sent.end)
    d = m and next((x for x in sent.dates if x[0] == m.end() and x[2].date), None)
    if not d:
        return None
    end = _span_end(sent, d, sent.end) if m.group(1) in art.lex.grammar.get("span_start_marks", ()) else None
    return d, end


def _next_listed_post(sent: _Sentence, at: int, before):
    """(title, organisation or None, time, end of its span or None, where it all ends) of the post listed right
    after ``at``; the title ``before`` again when only an organisation is (\"chairman of Orbis from 2012 to 2018 and of
    Quorra from 2019\"); None when no title, or organisation, and time follow the join."""
    art = sent.art
    m = art.rx(_NEXT_LISTED_POST).match(art.lowered, at, sent.end)
    if not m:
        return None
    r = next((t for t in art.titles_in(m.end(), m.end() + 1) if t.canon), None)
    org, pos = None, r.end if r else m.end()
    if r is None:
        o = art.rx(r"of\s+(?:the\s+)?").match(art.lowered, m.end(), sent.end)
        named = o and next((x for x in art.ents.orgs_in(o.end(), o.end() + 1) if not x.ref), None)
        if not named:
            return None
        r, org, pos = before, named.key, named.end
    if org is None:
        org, pos = _past_its_org(sent, pos)
    got = _post_time_after(sent, pos)
    if got is None:
        return None
    d, end = got
    return r, org, d, end, (end or d)[1]


def each_listed_leaver_at_the_time_told(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"an exodus of bankers, including Ana Ruiz in January and Ben Tao in February": each person of a list told by a
    word of several leaving ([grammar] group_leaving_nouns) leaves at the time told right after their name."""
    art = sent.art
    group = [c for c in cands if art.lowered[c.pos:c.tend] in art.lex.grammar.get("group_leaving_nouns", ())]
    for c in group:
        p = next(iter(art.ents.persons_in(c.person_pos, c.person_pos + 1)), None) if c.person_pos is not None else None
        d = p and next((d for d in sent.dates if 0 <= d[0] - p.end <= 12 and d[2].date and
                        "," not in art.folded[p.end:d[0]]), None)
        if d:
            _set_date(c.event, d)
    return cands


def _posts_listed_after(sent: _Sentence, at: int) -> list[tuple]:
    """The (time, title) pairs listed right after ``at``: a list mark, a time, at most a word of taking a post, a
    title; in order, up to the first that is not such a pair."""
    art, out = sent.art, []
    while True:
        m = _LIST_GAP.match(art.folded, at, sent.end)
        d = m and next((x for x in sent.dates if x[0] == m.end() and x[2].date), None)
        g = d and _POST_VERB_GAP.match(art.folded, d[1], sent.end)
        r = g and next((t for t in art.titles_in(g.end(), g.end() + 1) if t.canon), None)
        if not r:
            return out
        out.append((d, r))
        at = r.end


def _spans_before(sent: _Sentence, pos: int) -> list[tuple]:
    """The spans of two times (``cv_span_marks`` between them) that end right before ``pos`` in its clause, joined by
    ``cv_span_joins``, in order; none when no span touches the word."""
    art = sent.art
    cs, _ = sent.clause_of(pos)
    ds = [d for d in sent.dates if cs <= d[0] and d[1] <= pos + 1 and d[2].date]
    ds = sorted(ds + [y for y in map(lambda d: _bare_year_opening_a_span(sent, cs, d), ds) if y is not None])
    spans: list[tuple] = []
    i, joint = len(ds) - 1, pos
    while i >= 1:
        d1, d2 = ds[i - 1], ds[i]
        gap = art.folded[d2[1]:joint].strip()
        if (gap and not art.rx(r"^<<cv_span_closers>>$").match(gap) if not spans else
                not art.rx(r"^<<cv_span_joins>>$").match(gap)) or \
                not art.rx(r"^<<cv_span_marks>>$").match(art.folded[d1[1]:d2[0]].strip()):
            break
        spans.insert(0, (d1, d2))
        i, joint = i - 2, d1[0]
    return spans


def _bare_year_opening_a_span(sent: _Sentence, cs: int, d):
    """"曾於2014至2018年期間出任…": a bare year right before a span mark and the date ``d`` is the span's first time
    (the dates read no year without 年 alone: "2014" may be a count elsewhere)."""
    art = sent.art
    m = art.rx(r"(?<![0-9])((?:19|20)[0-9]{2})\s*(?:<<cv_span_marks>>)\s*$").search(art.folded, max(cs, d[0] - 8), d[0])
    if m is None or any(x[0] <= m.start(1) < x[1] for x in sent.dates):
        return None
    day, precision = resolve_date(m.group(1), art.published, "zh")
    return (m.start(1), m.end(1), DateMention(m.start(1), m.end(1), m.group(1), day, precision)) if day else None


def _span_end(sent: _Sentence, d1, ce: int):
    """The second time of a span whose first is ``d1`` ("from 2015 to 2019"): a date told right after an end mark, or
    a bare year there (which the dates do not read alone: "to 2019" may be a count elsewhere)."""
    art = sent.art
    m = art.rx(r"\s+<<span_end_marks>>\s+").match(art.lowered, d1[1], ce)
    if m is None:
        return None
    told = next((d for d in sent.dates if d[0] == m.end() and d[2].date), None)
    if told is not None:
        return told
    y = _BARE_YEAR.match(art.text, m.end(), ce)
    if y is None:
        return None
    day, precision = resolve_date(y.group(), art.published, "en")
    return (y.start(), y.end(), DateMention(y.start(), y.end(), y.group(), day, precision)) if day else None


def replaced_leaves_the_post_taken(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"Ana Ruiz was named CEO of Orbis, succeeding Ben Tao, who is leaving the company": the one replaced leaves the
    post the successor takes (its title, its organisation unless the departure names its own, and its time unless the
    departure tells its own)."""
    takers = [c for c in cands if c.event.type in ("promotion", "hire") and c.event.person]
    for d in cands if takers else ():
        e = d.event
        taker = _successor_of(sent.art, d, takers) if e.type == "departure" and e.person else None
        if taker is None:
            continue
        for other in (o for o in cands if o.event.type == "departure" and o.event.person == e.person):
            _leaves_the_post_of(sent.art, other, taker, same_mention=other is d)
    return cands


def _successor_of(art, d: Cand, takers: list[Cand]) -> Cand | None:
    """Who takes the post ``d`` leaves: the one said to replace them, else (with a word of succession) the first
    other taker named before."""
    taker = next((c for c in takers if c.replaces == d.event.person), None)
    if taker is None and _succession_word(art, d):
        taker = next((c for c in takers if c.event.person != d.event.person and c.pos <= d.pos), None)
    if taker is None and _vacancy_left(art, d):
        # ("林大明將填補王志強留下的空缺,出任總監": the one named before the vacancy takes the post after it)
        taker = next((c for c in takers if c.event.person != d.event.person and c.person_pos is not None and
                      c.person_pos < d.pos), None)
    return taker


def _vacancy_left(art: _Article, c: Cand) -> bool:
    """Whether the trigger word of ``c`` is a vacancy left by the one named before it (a departure word of succession
    told of its subject: "留下的空缺")."""
    return any(r.type == "departure" and r.succession and r.direction == "subject"
               for r in art.lex.triggers.get(art.lowered[c.pos:c.tend], []))


def _leaves_the_post_of(art: _Article, other: Cand, taker: Cand, same_mention: bool) -> None:
    oe, te = other.event, taker.event
    # (the word of succession: the post taken is left; not over a title the departure's word names as given up,
    # "林佳慧免兼總經理一職,由副總王大明接棒": she keeps the vice-chair she also held)
    if te.role and (not oe.role or (same_mention and not _names_the_title_given_up(art, other))):
        oe.role, oe.role_raw = te.role, _post_without_qualifier(art, te.role_raw)
    if taker.org_explicit and te.org and (not other.org_explicit or not oe.org):
        oe.org = te.org
    if te.date and not other.own_date:
        _copy_date(oe, te)  # (one handover, one time)


def _names_the_title_given_up(art: _Article, c: Cand) -> bool:
    """Whether departure ``c`` is told by a word of giving up a title ([grammar] leave_words: 免兼, 辭去, 卸任) with the
    title right after it (not a handover word, "交棒給營運長陳小華", whose title is the successor's)."""
    return c.gives_up_title and art.lowered[c.pos:c.tend] in art.lex.grammar.get("leave_words", ())


def _post_without_qualifier(art: _Article, raw: str | None) -> str | None:
    """"由副董事長王大明代理董事長一職" / "named Ana Ruiz interim CEO, replacing Ben Tao": the one replaced left the
    post itself, not an acting one (the qualifier, [grammar] title_qualifiers, is the successor's alone)."""
    m = art.rx(r"(?:<<title_qualifiers>>)\s*").match(fold(raw)) if raw else None
    return raw[m.end():] if m and m.end() < len(raw) else raw


def replaced_leaves_at_the_time_told(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"林佳慧將於6月1日接替柯文瀚出任總經理" / "上月宣布由林佳慧接替柯文瀚出任總經理": a succession told with a time in
    its sentence is also the departure of the one replaced, from the post taken, at that time (when the sentence tells
    none of theirs). In English the succession word itself says so, told with a time or not ("elected Ana Ruiz to
    succeed Ben Tao as chair": Ben Tao leaves the chair), so no time is needed there."""
    out = list(cands)
    for c in cands:
        e = c.event
        if e.type not in ("promotion", "hire") or not c.replaces or \
                not (sent.art.lang == "en" or _dated_in_the_sentence(sent, c) or _told_as_to_come(sent, c)) or \
                any(o.event.type == "departure" and o.event.person == c.replaces for o in out):
            continue
        end = Event(type="departure", person=c.replaces, org=e.org, role=e.role,
                    role_raw=_post_without_qualifier(sent.art, e.role_raw), evidence=e.evidence, confidence=e.confidence)
        _copy_date(end, e)
        out.append(Cand(end, c.pos, c.sent, None, c.org_explicit, own_date=True, tend=c.tend, succession_end=True))
    return out


def _told_as_to_come(sent: _Sentence, c: Cand) -> bool:
    """"王大明將接替李小華出任董事長": a succession told as to come (a future mark right before its word) is news of
    now, not a line of a career, though its sentence tells no time."""
    art = sent.art
    return bool(art.rx(r"<<future_marks>>\s*$").search(art.lowered, max(0, c.pos - 3), c.pos))


def _dated_in_the_sentence(sent: _Sentence, c: Cand) -> bool:
    """Whether ``c`` has a date told in its own sentence (not one carried over from the sentence before)."""
    e = c.event
    return bool(e.date) and (c.own_date or any(d[2].text == e.date_text for d in sent.dates))


def sitting_holder_moves_on(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"Current Orbis President Ana Ruiz will serve as chairman on April 1": the title she is said to hold now, right
    before her name, is another post than the one taken: she leaves it then (a departure, the same time and place).
    A board seat (grammar kept_seats) is kept: "Current independent director Ana Ruiz was named deputy chair"."""
    art = sent.art
    for c in list(cands):
        e = c.event
        if e.type != "promotion" or not e.person or not e.role or c.person_pos is None or any(
                o.event.type == "departure" and o.event.person == e.person for o in cands):
            continue
        held = _sitting_title(art, c.person_pos)
        if held is not None and held.canon and held.canon != e.role and held.canon.lower() not in e.role.lower() and \
                held.canon.lower() not in art.lex.grammar.get("kept_seats", ()):
            end = Event(type="departure", person=e.person, org=e.org, role=held.canon, role_raw=held.raw,
                        evidence=e.evidence, confidence=e.confidence)
            _copy_date(end, e)
            cands.append(Cand(end, c.pos, c.sent, c.person_pos, c.org_explicit, c.own_date, c.tend))
    return cands


def post_held_is_left_for_another(sent: _Sentence, cands: list[Cand]) -> list[Cand]:
    """"現任商務局常任秘書長林佳慧明日出任保安局常任秘書長": a Chinese hire at one organisation of someone named right
    after 現任 (a post held now), an organisation and its title, is also the departure from that post (its title, the
    same time; each the other's counterparty). Without the mark ("經濟部次長X出任董事長") the post may be kept, and 原 /
    前 tell a post held before, maybe left long before ("原谷歌研究員X加入"): no departure told here."""
    art = sent.art
    if art.lang == "en":
        return cands
    out = list(cands)
    for c in cands:
        e = c.event
        if e.type != "hire" or not e.person or not e.org or c.person_pos is None or any(
                o.event.type == "departure" and o.event.person == e.person for o in out):
            continue
        held = _post_held_before_name(art, c.person_pos)
        if held is None or held[0].key == e.org or is_association(art, e.org):
            continue  # (a company's head elected to lead a chamber or a clan association keeps the company post)
        org, title = held
        end = Event(type="departure", person=e.person, org=org.key, role=title.canon, role_raw=title.raw,
                    counterparty=e.org, evidence=e.evidence, confidence=e.confidence)
        _copy_date(end, e)
        e.counterparty = e.counterparty or org.key
        out.append(Cand(end, c.pos, c.sent, c.person_pos, True, c.own_date, c.tend))
    return out


def _post_held_before_name(art: _Article, pos: int):
    """(organisation, title) when ``pos`` is right after 現任, an organisation's name and a chain of titles."""
    chain = art._roles_before(pos, art._clause_start(pos))
    if not chain:
        return None
    org = art._org_before_mention(chain[0].start, max(0, chain[0].start - 24))
    if org is None or art.folded[org.end:chain[0].start].strip():
        return None
    return (org, chain[-1]) if art.rx(r"<<current_post_marks>>$").search(art.lowered, max(0, org.start - 3), org.start) else None


def _sitting_title(art: _Article, pos: int):
    """The title chained right before the name at ``pos`` when a ``sitting_marks`` word ("current") opens the chain
    (an organisation's name, in capitalised words, may stand between: "Current Orbis Labs President")."""
    chain = art._roles_before(pos, art._clause_start(pos))
    if not chain:
        return None
    s = chain[0].start
    for m in art.rx(r"\b<<sitting_marks>>\s").finditer(art.lowered, max(0, s - 60), s):
        if _CAPITALISED_WORDS.fullmatch(art.text[m.end():s]):
            return chain[-1]
    return None


def _succession_word(art: _Article, c: Cand) -> bool:
    """Whether the trigger word of ``c`` is a word of succession ("succeeding", "replaces", "接任")."""
    return any(r.succession for r in art.lex.triggers.get(art.lowered[c.pos:c.tend], []))


# The repairs that link the events of one sentence, in order.
LINK_STEPS = (title_taken_after_a_move, return_home_is_no_hire, outsider_promotion_is_a_hire,
              departure_goes_to_the_hire, founding_after_departure, replaced_leaves_the_post_taken, tenure_ends,
              post_held_until_a_time, cv_spans, listed_dated_posts, posts_listed_with_their_times,
              each_listed_leaver_at_the_time_told, replaced_leaves_at_the_time_told, sitting_holder_moves_on,
              post_held_is_left_for_another)
# Those of them that change a sentence's one event (the others link two: one event has nothing to link to).
ONE_EVENT_STEPS = (outsider_promotion_is_a_hire, tenure_ends, cv_spans, listed_dated_posts, posts_listed_with_their_times,
                   replaced_leaves_at_the_time_told, sitting_holder_moves_on, post_held_is_left_for_another)
