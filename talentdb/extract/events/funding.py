"""Rounds of funding: the sum (``AMOUNT_STRATEGIES``), who received it (``RECIPIENT_STRATEGIES``) and who invested
(``INVESTOR_STRATEGIES``), and earlier rounds named in passing.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from talentdb.extract.events.candidates import Cand
from talentdb.extract.events.orgs import _CLOSING_QUOTES, _OPENING_QUOTES, _a_description_before_a_name, _after_what_it_is, \
    _before_time_words_and_dates, _former, _latin_glued_to_han_name, _opening_name, _org_by_shape_before, it_subject, org_after_word, \
    the_one_company_just_named
from talentdb.extract.events.patterns import _CLAUSE_STOP
from talentdb.extract.events.site import NOTHING, Site, cached, first
from talentdb.extract.names.chars import _is_han
from talentdb.extract.model import Event
from talentdb.extract.text import fold

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_RECIPIENT_MARK = r"<<recipient_marks>>\s*$"
_INVESTOR_MARK = r"<<investor_marks>>\s*$"
_RECIPIENT_MARK_DESCRIBED = r"<<recipient_marks>>[^,;:。]{1,16}?<<head_nouns>>\s*$"
# "put $19 million into Lisbon-based online furniture brand Quorra": in English, up to five words of what
# the company is between the mark and the name
_RECIPIENT_MARK_DESCRIBED_EN = r"\b(?:in|into)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,5}?<<head_nouns>>\s+$"


def _funding(site: Site, amounts: list) -> Cand | None:
    """The round a funding word tells: its sum, who received it (None when no one can be told) and who invested."""
    art = site.art
    if _inside_a_name(site):
        return None
    ams = first(AMOUNT_STRATEGIES, site, _without_conversions(art, amounts))
    if not ams:
        return None
    if art.has(art.lex.money_not_funding, *site.before) and \
            _money_not_funding(art, site.clause_start, max(site.clause_start, site.trigger_start - 8), site.trigger_start):
        return None  # "營收融資"…: the word itself is qualified
    if art.rx(r"<<hearsay_sources>>").search(art.lowered, site.sentence_start, site.sentence_end) or \
            _told_by_a_report_after(site):
        return None  # hearsay in the round's sentence, before or after the word: "…, according to people…",
        # "sources told the agency that… a $300 million round"
    if _still_being_raised(site):
        return None
    amt = _scale_told_elsewhere(art, min(ams, key=lambda a: abs(a[0] - site.trigger_start)))
    if amt is None:
        return None
    rnd = _Round(site)
    got = first(RECIPIENT_STRATEGIES, site, rnd)
    if not got:  # (None, or NOTHING: no round can be told here)
        return None
    org, rnd.investors_told = got
    org = _without_a_headline_verb(art, org)
    if not org:
        return None
    investors = [x for x in first(INVESTOR_STRATEGIES, site, rnd, org) or [] if x not in org]  # (not a piece of it)
    ev = Event(type="funding", org=org, amount=amt[2], currency=amt[3], evidence=site.sentence_text,
               counterparty=", ".join(investors) if investors else None, confidence=site.rule.confidence)
    art.last_funding = (site.sentence, org)
    c = Cand(ev, site.trigger_start, site.sentence, None, True)
    c.sumless = amt[3] is None
    return c


def _told_by_a_report_after(site: Site) -> bool:
    """"Quorra raised close to $1 billion for its Series F, according to a Bloomberg report" / "…完成B輪融資,據月光
    日報報導": after the word in its sentence, a report (by whoever, [grammar] hearsay_reports) is the source: hearsay."""
    art, te, se = site.art, site.trigger_end, site.sentence_end
    return bool(art.rx(r"according\s+to\s+(?:[\w.’'&\-]+\s+){0,3}?(?:<<hearsay_reports>>)\b").search(art.lowered, te, se) or
                art.rx(r"据[^,;:，；：。]{0,10}?(?:<<hearsay_reports>>)").search(art.lowered, te, se))


def _still_being_raised(site: Site) -> bool:
    """"Quorra正在籌集5000萬美元的種子輪融資" / "Orbis Labs is currently raising a $50 million Series B" / "新一輪融資仍在
    進行中": a round still being raised ([grammar] in_progress_marks right before the word, in_progress_after after
    it in its clause) is not one received."""
    art, cs, ts, te = site.art, site.clause_start, site.trigger_start, site.trigger_end
    # (a mark anywhere before the word in its clause, "is raising $50 million in a seed round", unless "received"
    # comes between: "星河正在擴張,已完成B輪融資" is told in two clauses, "正在擴張並完成B輪融資" in one)
    for m in art.rx(r"(?<![a-z])(?:<<in_progress_marks>>)").finditer(art.lowered, cs, te):
        if m.start() < ts and not art.rx(r"<<received_marks>>").search(art.lowered, m.end(), ts):
            return True
    return bool(art.rx(r"(?<![a-z])(?:<<in_progress_after>>)").search(art.lowered, te, site.clause_end))


def _inside_a_name(site: Site) -> bool:
    """"深圳市聯俊投資發展有限公司出資2,040萬元": a funding word inside an organisation's name tells no round."""
    return any(o.end >= site.trigger_end for o in site.art.ents.orgs_in(site.sentence_start, site.trigger_start))


def _without_conversions(art: _Article, amounts: list) -> list:
    """"完成1億美元（約新台幣31.4億元）的F輪融資" / "€10 million (about $11 million)": a sum in a bracket right
    after another is the same sum in another currency, not a second one (the first told is the round's)."""
    out: list = []
    for a in amounts:
        if out and art.rx(r"^\s*[(（]\s*(?:<<conversion_marks>>)?\s*$").match(art.lowered[out[-1][1]:a[0]]):
            continue
        out.append(a)
    return out


def _scale_told_elsewhere(art: _Article, amt: tuple) -> tuple | None:
    """"after raising $111.5 in its Series B" (headline: "$111.5 million"): a sum too small to be a round, with no
    scale word, is the same number told elsewhere in the article with its scale; else no round (None)."""
    if amt[2] is None or amt[2] >= 1000:
        return amt
    for a in art.amounts_for(0, len(art.text)):
        if a[2] is not None and a[3] == amt[3] and any(abs(a[2] - amt[2] * k) < 1 for k in (1e6, 1e9)):
            return (amt[0], amt[1], a[2], a[3])
    return None


def _without_a_headline_verb(art: _Article, org: str | None) -> str | None:
    """"Spinout Viela Lands $250m Series A" / "VCs Launch LifeMine Therapeutics With…": a title-case headline's verb
    ([grammar] headline_verbs, or a funding word at the end) is no part of the company's name."""
    if not org or art.lang != "en" or " " not in org:
        return org
    head, last = org.rsplit(" ", 1)
    if any(r.type == "funding" for r in art.lex.triggers.get(last.lower(), [])):
        return head
    words = org.split(" ")  # ("VCs Launch LifeMine Therapeutics": the company is the words after the verb)
    verbs = set(art.lex.grammar.get("headline_verbs", []))
    k = max((i for i, w in enumerate(words[1:-1], 1) if w[:1].isupper() and w.lower() in verbs), default=0)
    return " ".join(words[k + 1:]) if k else org


# -- the sum --------------------------------------------------------------------------------------------------------
def sum_in_clause(site: Site, amounts: list) -> list | None:
    """"Quorra raised $40 million": the sums in the word's clause (not one "at a $1 billion valuation")."""
    # (a sum next to a word of money_not_funding, "valuation", "revenue", "target", is not money received)
    art, cs, ce = site.art, site.clause_start, site.clause_end
    ams = [a for a in amounts if cs <= a[0] and a[1] <= ce and
           not _money_not_funding(art, cs, max(cs, a[0] - 14), min(ce, a[1] + 12)) and
           not _an_aggregate(site, a) and not _an_investors_sum(site, a)]
    return ams or None


def _an_investors_sum(site: Site, a) -> bool:
    """"the company closed a deal under which EQT invested 500 million crowns in its arm": after a word told of the
    recipient, a sum that a word told of the investor comes before is that word's (its recipient named after it)."""
    art = site.art
    return site.rule.direction == "recipient" and site.trigger_end <= a[0] and any(
        r.type == "funding" and r.direction == "investor"
        for s, e in art.triggers_in(site.trigger_end, a[0]) for r in art.lex.triggers.get(art.lowered[s:e], []))


def _an_aggregate(site: Site, a) -> bool:
    """"To date, Quorra has raised $260 million" / "$12.8m in funding to date": a sum told as money raised over time
    (an aggregate mark in its clause, or opening the sentence before it), not one round."""
    # (a mark after the sum is its own unless another sum follows it: "$50 million, taking its total to $103 million")
    art, low, ss, cs, ce = site.art, site.art.lowered, site.sentence_start, site.clause_start, site.clause_end
    sums = art.rx(r"[$€£¥]|\d\s*(?:million|billion|mn|bn|crore|lakh)\b|\d[mbk]\b")
    for m in art.rx(r"<<aggregate_marks>>").finditer(low, cs, ce):
        if _a_rounds_own_total(art, cs, m.start(), m.end()):
            continue
        if m.end() <= a[0] and not sums.search(low, m.end(), a[0]):
            return True
        if m.start() >= a[1] and not sums.search(low, m.end(), ce):
            return True
    m = art.rx(r"<<aggregate_marks>>").search(low, ss, min(a[0], ss + 16))
    return bool(m and not low[ss:m.start()].strip(" \"'“‘(-"))


def _money_not_funding(art: _Article, cs: int, s: int, e: int) -> bool:
    """A word of [negations] money_not_funding in [s, e) (a valuation, revenue, a total), but for a round's own
    total ("C輪總計5億美元")."""
    return any(not _a_rounds_own_total(art, cs, a, b) and not _in_the_recipients_modifier(art, b, e)
               for a, b in art.scans.within(art.lex.money_not_funding, s, e))


def _in_the_recipients_modifier(art: _Article, b: int, e: int) -> bool:
    """"同在具身智能賽道的星樞智造完成億元級A+輪融資": the word is in a modifier ending in 的 that says what the company
    is, and the company then receives; it qualifies the company, not the sum (probe 2026-12-07). Not "累計完成…"."""
    return bool(art.rx(r"[^,，。;；:：]{0,12}?的[^,，。;；:：的]{2,14}?(?:<<received_marks>>|<<announce_verbs>>)")
                .match(art.folded, b, e))


def _a_rounds_own_total(art: _Article, cs: int, s: int, e: int) -> bool:
    """"完成C輪總計5億美元融資": a total word ([grammar] round_total_marks) right after a round's name tells that
    round's size, not money raised over time (not 累計, "C輪累計融資額超10億美元": over the C rounds)."""
    if art.folded[s:e].lower() not in art.lex.grammar.get("round_total_marks", []):
        return False
    return bool(art.rx(_round_name() + r"\s*$").search(art.folded, max(cs, s - 16), s))


def _round_name() -> str:
    """A round's name in Chinese: 天使輪, A+輪, C++輪, pre-B輪 ([grammar] round_labels, then 輪)."""
    return r"<<round_labels>>\d?(?:\s*\+)*\s*轮"


def sum_opening_next_clause(site: Site, amounts: list) -> list | None:
    """"完成C輪融資,集資5億元" / "closed its Series B, totalling $40 million": the sum opening the next clause."""
    # (for a word told of the recipient)
    if site.rule.direction != "recipient":
        return None
    art, ce, se, f = site.art, site.clause_end, site.sentence_end, site.art.folded
    # ("完成C輪融資,融資金額超過5億元": a label of the round's sum may open that clause: [grammar] round_amount_labels)
    lab = art.rx(r"[\s,，]*(?:<<round_amount_labels>>)").match(art.lowered, ce, se)
    ce = lab.end() if lab else ce
    ams = [a for a in amounts if ce <= a[0] <= ce + 6 and a[0] < se and not _CLAUSE_STOP.search(f[ce + 1:a[0]])
           and not art.has(art.lex.money_not_funding, max(ce, a[0] - 6), min(se, a[1] + 12))
           and not art.triggers_in(ce, a[0])]
    return ams or None


def sum_paid_with_in_clause_before(site: Site, amounts: list) -> list | None:
    """"荷商ORBIS獲准以新台幣21億元，認購星耀經典股份有限公司之增資新股": a word told of the investor opening its clause,
    the clause before ending in "以" and a sum: that sum paid for it."""
    m = _paid_with_before(site)
    return [a for a in amounts if a[0] == m.start(1)] or None if m else None


def _paid_with_before(site: Site):
    """The "以<sum>" ending the clause before a word told of the investor that opens its clause (group 1: the sum)."""
    art, cs, ss = site.art, site.clause_start, site.sentence_start
    if art.lang == "en" or site.rule.direction != "investor" or cs <= ss or art.folded[cs:site.trigger_start].strip(" ,，"):
        return None
    ams = [a for a in art.amounts_for(ss, cs) if a[1] <= cs]
    if not ams or art.folded[ams[-1][1]:cs].strip(" ,，"):
        return None
    m = art.rx(r"以\s*(\S)").search(art.folded, max(ss, ams[-1][0] - 2), ams[-1][0] + 1)
    return m if m and m.start(1) == ams[-1][0] else None


def round_named_without_sum(site: Site, amounts: list) -> list | None:
    """"茶顏悅色宣布完成A輪融資" / "獲天使+輪融資" / "宣布「天使++」輪融資": a round done (or announced) and named, its
    sum not told (null)."""
    # (Chinese, a word told of the recipient, right after "received/completed" and a round's name: not "融資難",
    # "進行了2輪融資" or "三輪融資累計…", whose names are counts)
    art = site.art
    if art.lang == "en" or site.rule.direction != "recipient" or not _named_round_before(site):
        return None
    return [(site.trigger_start, site.trigger_start, None, None)]


def round_raised_without_sum_en(site: Site, amounts: list) -> list | None:
    """"Quorra has raised a Series B round from Orbis" / "Quorra closed its seed round": in English, a word
    told of the recipient right before a round's name ([grammar] round_names_en, after a/an/its/their), no sum in the
    clause: a round of no amount (null). (The Chinese form is ``round_named_without_sum``.)"""
    art = site.art
    if art.lang != "en" or site.rule.direction != "recipient" or art.amounts_for(site.clause_start, site.clause_end):
        return None
    if not art.rx(r"\s+(?:a|an|its|their|his|her)\s+(?:new\s+)?(?:<<round_names_en>>)\b").match(
            art.lowered, site.trigger_end, site.clause_end):
        return None
    return [(site.trigger_start, site.trigger_start, None, None)]


def _named_round_before(site: Site) -> bool:
    art = site.art
    labels = art.lex.grammar.get("round_labels", [])
    if not labels:
        return False
    alt = "|".join((r"(?<![a-z])" if w[:1].isascii() else "") + re.escape(w) for w in sorted(labels, key=len,
                                                                                             reverse=True))
    rx = art.rx(r"(?:<<received_marks>>|<<announce_verbs>>)了?\s*(?:<<round_label_openers>>)?\s*[“\"「]?\s*(?:" + alt +
                r")\d?(?:\s*\+)*\s*[”\"」]?\s*(?:轮)?\s*$")
    return bool(rx.search(art.lowered, max(site.clause_start, site.trigger_start - 24), site.trigger_start))


def investment_done_without_sum(site: Site, amounts: list) -> list | None:
    """"星河冰城投資了一家廣東茶飲品牌星茶" / "銀河資本投資星迪智駕天使輪" / "2018年獲林一帆投資": in Chinese, an
    investment told done (了 right after the word told of the investor, or received and dated) or in a round named
    after the company, its sum not told (null)."""
    # (only a word that means investing itself, [grammar] sumless_investing: "注入了星河系的洞察" is a figure of speech)
    art, te = site.art, site.trigger_end
    if art.lang == "en" or site.rule.direction != "investor" or art.amounts_for(site.clause_start, site.clause_end) or \
            not art.rx(r"(?:<<sumless_investing>>)").fullmatch(art.lowered, site.trigger_start, te):
        return None
    if art.folded[te:te + 1] != "了" and not _round_named_after(site) and not _received_dated(site):
        return None
    return [(site.trigger_start, site.trigger_start, None, None)]


def _received_dated(site: Site) -> bool:
    """"星河醫藥2018年獲銀河康德創始人林一帆投資": "received" before the word in its clause, and a date there."""
    art = site.art
    got = art.rx(r"<<received_marks>>").search(art.folded, site.clause_start, site.trigger_start)
    return got is not None and bool(art.dates_for(site.clause_start, site.trigger_start))


def investment_dated_without_sum(site: Site, amounts: list) -> list | None:
    """"Halcyon Growth, an early backer that invested in Quorra in late 2016": in English, "invested in" a company,
    dated in its clause, its sum not told (null): that company's round of then."""
    # (only a word that means investing itself, [grammar] sumless_investing: invested)
    art, te = site.art, site.trigger_end
    if art.lang != "en" or site.word not in art.lex.grammar.get("sumless_investing", ()) or \
            not art.rx(r"\s+in\s+[A-Z]").match(art.folded, te) or \
            not [d for d in art.dates_for(te, site.clause_end) if d[0] >= te]:
        return None
    return [(site.trigger_start, site.trigger_start, None, None)]


def round_led_without_sum(site: Site, amounts: list) -> list | None:
    """"Orbis and Tessel co-led a Series B round in Quorra": in English, a word told of the investor right
    before a round's name ([grammar] round_names_en), its sum not told (null)."""
    art = site.art
    if art.lang != "en" or site.rule.direction != "investor" or \
            not art.rx(r"\s*(?:<<round_names_en>>)\b").match(art.lowered, site.trigger_end, site.clause_end):
        return None
    return [(site.trigger_start, site.trigger_start, None, None)]


def untold_sum_in_clause(site: Site, amounts: list) -> list | None:
    """"Quorra raised an undisclosed amount in a seed round led by Orbis": a round whose size is not told (amount
    and currency null)."""
    m = site.art.rx(r"<<untold_sums>>").search(site.art.lowered, site.clause_start, site.clause_end)
    return [(m.start(), m.end(), None, None)] if m else None


# The sums a funding word may tell (the one nearest the word is the round's): the first strategy that finds any; a
# round told with no sum at all, or with an untold one, gives one of no amount.
AMOUNT_STRATEGIES = (sum_in_clause, sum_opening_next_clause, sum_paid_with_in_clause_before, untold_sum_in_clause,
                     round_named_without_sum, round_raised_without_sum_en, investment_done_without_sum,
                     round_led_without_sum, investment_dated_without_sum)


# -- who received it ------------------------------------------------------------------------------------------------
class _Round:
    """What the recipient and investor strategies of one funding word share: the "received" marks before the word,
    the organisations before them in its clause, who "it" is, and the investors told with the recipient."""

    def __init__(self, site: Site):
        self.site = site
        self.investors_told: list[str] = []

    @cached
    def received(self) -> list:
        """"獲得銀河創投注資": the "received" marks before the word, in its clause."""
        art = self.site.art
        return list(art.rx(r"<<received_marks>>").finditer(art.folded, *self.site.before))

    @property
    def limit(self) -> int:
        """Where the recipient must be named before: the first "received" mark, else the word."""
        return self.received[0].start() if self.received else self.site.trigger_start

    def candidates(self, lo: int) -> list:
        """The organisations in [lo, limit) that may have received the money (not an investor, not a former one)."""
        from talentdb.extract.validate import is_place  # (validate imports the extractor)

        art, src = self.site.art, self.source
        return [o for o in art.ents.orgs_in(lo, self.limit) if not self._investor_marked(o) and not _former(art, o)
                and not is_place(o.key)  # ("Japan's largest meal-kit service Quorra attracted…")
                and not (src and src[0] <= o.start < src[1]) and not self._leads_before_word(o) and not self._a_place(o)
                and not self._an_origin(o)
                and not _a_description_before_a_name(art, o.end, self.limit)]  # ("人形機器人公司瀾汐完成…": its sector)

    def _a_place(self, o) -> bool:
        """"based in Utah's Salt Lake City" / "總部位於新竹的": a name right after a place word ([grammar] place_intro)
        is where a company is, not who received the money."""
        art = self.site.art
        return bool(art.rx(r"(?<![a-z])(?:<<place_intro>>)\s*$").search(art.lowered[max(0, o.start - 24):o.start]))

    def _an_origin(self, o) -> bool:
        """"星樞源自月光機器人部門,今年完成1億美元A輪融資" / "spun out of Orbis Labs": a name right after an origin word
        ([grammar] origin_marks) is where the company came from, not who received the money."""
        return self.after_an_origin(o.start)

    def after_an_origin(self, j: int) -> bool:
        return self.origin_start(j) >= 0

    def origin_start(self, j: int) -> int:
        """Where the origin word right before ``j`` starts (-1 for none)."""
        art = self.site.art
        m = art.rx(r"(?<![a-z])(?:<<origin_marks>>)\s*$").search(art.lowered, max(0, j - 16), j)
        return m.start() if m else -1

    def _leads_before_word(self, o) -> bool:
        """"Softbank's Vision Fund in February 2019 led a $940 million Series B of Nuro": a name followed, before
        the word, by an investor verb (not "led by") in the clause invested; it did not receive."""
        art = self.site.art
        return any(not art.rx(r"\s+by\b").match(art.lowered, m.end())
                   for m in art.rx(r"<<investor_verbs>>").finditer(art.lowered, o.end, self.limit))

    @cached
    def source(self) -> tuple[int, int] | None:
        """"元戎啟行宣布,自阿里巴巴、時代資本、吉利等金主募得3億美元": the span after "from" (自, 從, 向) up to a word told
        of the recipient, in its clause: who the money came from."""
        site = self.site
        if site.rule.direction != "recipient":
            return None
        art = site.art
        m = None
        for k in art.rx(r"<<source_marks>>").finditer(art.folded, site.clause_start, site.trigger_start):
            if _a_name_right_after(art, k.end(), site.trigger_start) and \
                    not art.rx(r"<<received_marks>>").search(art.folded, k.end(), site.trigger_start):
                m = k  # (not the 自 of a word, "自动驾驶初创公司Lumenar已完成…融资": see _a_name_right_after)
        if m is None or \
                art.has(art.lex.money_not_funding, m.end(), site.trigger_start):
            return None
        return m.end(), site.trigger_start

    def _investor_marked(self, o) -> bool:
        return self.marked_as_investor(o.start, o.end)

    def marked_as_investor(self, start: int, end: int) -> bool:
        """"由老虎基金領投" / "led by Orbis": a name in [start, end) with an investor mark before or verb after it."""
        art, f = self.site.art, self.site.art.folded
        return bool(art.rx(_INVESTOR_MARK).search(f[max(self.site.sentence_start, start - 12):start]) or
                    art.rx(r"\s*(?:<<relative_words>>)?<<investor_verbs>>").match(f, self._past_time_words(end)))

    def _past_time_words(self, j: int) -> int:
        """"銀河資本近日領投" / "宣布領投": where an investor verb after a name may start, past up to two words that
        end a name (time words, 宣布: [han] name_enders)."""
        art, f = self.site.art, self.site.art.folded
        for _ in range(2):
            k = art.ents.ender_len(j)
            if not k or art.rx(r"<<investor_verbs>>").match(f, j):
                break
            j += k
        return j

    @cached
    def in_clause(self) -> list:
        return self.candidates(self.site.clause_start)

    @cached
    def it(self) -> str | None:
        """Who "it" is, when it is the subject of the word (read only when no organisation is in the clause)."""
        return it_subject(self.site) if not self.in_clause else None


def _a_name_right_after(art: _Article, j: int, end: int) -> bool:
    """"自阿里巴巴、時代資本等金主募得" / "自創投公司北辰資本…募得": an organisation starts right after ``j``, or after a
    short description of it (at most _SOURCE_DESCRIPTION characters), before ``end``; not the 自 of a word that goes
    on, "自动驾驶初创公司Lumenar"."""
    orgs = art.ents.orgs_in(j, end)
    return bool(orgs) and orgs[0].start - j <= _SOURCE_DESCRIPTION and \
        not _CLAUSE_STOP.search(art.folded[j:orgs[0].start])


_SOURCE_DESCRIPTION = 6  # 創投公司, 物流業者, 私募基金: how long a description of a source may be


def _not_a_part(site: Site, orgs: list) -> list:
    """"銀河科技旗下的醫療子公司": the money went to an unnamed part of it, not to it."""
    f = site.art.folded
    return [o for o in orgs if not site.art.rx(r"^\s*<<under_marks>>").match(f[o.end:o.end + 4])]


def recipient_marked(site: Site, rnd: _Round):
    """"Orbis Capital invested $40 million in Quillbank" / "向星途注資": a marked recipient; those before invested."""
    # (the mark right before the name, or before what the company is: "完成對聊天機器人開發商星樞智能的4億美元投資")
    art, f, cs = site.art, site.art.folded, site.clause_start
    for o in art.ents.orgs_in(cs, site.clause_end):
        if (art.rx(_RECIPIENT_MARK).search(f[max(cs, o.start - 6):o.start]) or
                art.rx(_RECIPIENT_MARK_DESCRIBED).search(f[max(cs, o.start - 24):o.start]) or
                (art.lang == "en" and art.rx(_RECIPIENT_MARK_DESCRIBED_EN).search(art.lowered, max(cs, o.start - 70), o.start))) and \
                (site.rule.direction == "investor" or o.start < site.trigger_start):
            investors: list[str] = []
            for x in art.ents.persons_in(cs, o.start) + art.ents.orgs_in(cs, o.start):
                if x.key != o.key and x.key not in investors:
                    investors.append(x.key)
            return o.key, investors
    return None


def company_put_capital_into(site: Site, rnd: _Round):
    """"星河精機獲准以6,200萬美元對外增資越南VELA ELECTRONICS CO., LTD.": a capital increase word ([grammar]
    capital_into_words) with a company right after it (a place between at most) tells the one before put money into
    that company: it received, the one before invested (not "星河完成增資", the company's own)."""
    art, te = site.art, site.trigger_end
    if site.rule.direction != "recipient" or \
            not art.rx(r"(?:<<capital_into_words>>)").fullmatch(art.lowered, site.trigger_start, te):
        return None
    after = [o for o in art.ents.orgs_in(te, site.clause_end) if not o.ref and o.start >= te]
    if not after or not _only_a_place_between(art, te, after[0].start):
        # ("星河精機以6,200萬美元增資越南組裝業務": money put in by the one before, where to is not named: no round)
        return NOTHING if _a_sum_paid_with_before(site) else None
    before = [o.key for o in art.ents.orgs_in(*site.before) if not o.ref and o.key != after[0].key]
    return after[0].key, before[-1:]


def _a_sum_paid_with_before(site: Site) -> bool:
    """"星河精機以6,200萬美元(對外)增資…": the word right after "以" and a sum: the one before pays it."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    ams = [a for a in art.amounts_for(cs, ts) if a[1] <= ts]
    return bool(ams) and art.rx(r"^\s*(?:对外)?\s*$").match(art.folded[ams[-1][1]:ts]) is not None and \
        art.rx(r"以\s*\S{0,4}$").search(art.folded, max(cs, ams[-1][0] - 6), ams[-1][0]) is not None


def _only_a_place_between(art: _Article, s: int, e: int) -> bool:
    """Nothing, or a place ("泰國", "英屬維京群島": up to six Han characters, no clause stop) in [s, e)."""
    gap = art.folded[s:e].strip()
    return len(gap) <= 6 and all(_is_han(c) for c in gap) and not art.triggers_in(s, e)


def company_after_investor_word(site: Site, rnd: _Round):
    """"星河電子斥資50億元入股星途科技": after a word told of the investor, the organisation after it received."""
    # (those before it invested; not after "received": "獲銀河創投投資")
    art, te = site.art, site.trigger_end
    if site.rule.direction != "investor":
        return None
    o2, at = _name_apposed_to_a_place_s_company(site)
    if o2 is None:
        o2, at = org_after_word(site, allow_shape=bool(art.rx(r"^\s*<<head_nouns>>").match(art.lowered[te:te + 6])) or
                            _round_word_after(site))
    if o2 is None:
        o2, at = _short_name_before_its_sum(site)
    if o2 is None:
        o2, at = _name_after_its_description(site)
    if o2 is None:
        o2, at = _latin_name_after_in(site)
    if not o2 or art.rx(r"<<received_marks>>\S{0,12}$").search(art.folded[site.clause_start:site.trigger_start]) or \
            art.rx(_INVESTOR_MARK).search(art.folded[te:max(te, at)]) or \
            art.rx(r"(?<![a-z])(?:<<vehicle_marks>>)(?![a-z])").search(art.lowered, te, max(te, at)):
        return None  # (nor one after "from": "received an investment of $5 million from Orbis"; nor the investor's
        # own vehicle: "Orbis invested $5 million via the Orbis Growth Fund", "透過旗下基金投資")
    before = art.ents.orgs_in(*site.before) + art.ents.persons_in(*site.before)
    if not before and art.lang != "en":  # ("近日雪川冰城投資了一家…": a bare name, after time words, opens the clause)
        name = _opening_name(art, _after_time_words(art, site.clause_start, site.trigger_start), site.trigger_start)
        return o2, [name] if name else []
    return o2, [x.key for x in sorted(before, key=lambda m: m.start) if x.key != o2]


def _after_time_words(art: _Article, cs: int, e: int) -> int:
    """Where what follows the time words ("近日", "日前") and dates opening ``[cs, e)`` starts."""
    a = cs
    for _ in range(3):
        while a < e and art.folded[a] in " ,，":
            a += 1
        d = [x for x in art.dates_for(a, e) if x[0] == a]
        k = d[0][1] - a if d else art.ents.ender_len(a)
        if not k:
            break
        a += k
    return a


# "領投瀾汐5億元B輪融資": a short Han name right before the sum (or the round) of a round told later in the clause
_NAME_BEFORE_SUM = re.compile(r"\s*([\u4e00-\u9fff]{2,6}?)(?=\s*(?:\d|[数几近超逾约]|(?:天使|种子|pre-?[abc]|[a-h]\+*)轮))", re.I)


def _short_name_before_its_sum(site: Site) -> tuple[str | None, int]:
    """"北辰資本領投瀾汐5億元B輪融資": after a word told of the investor, a short Han name the lexicon does not know,
    right before the sum or the round of a round told later in its clause, received that round; (None, -1) else."""
    # (or one right before a round's name that ends the clause: "攜手銀河資本等投資星迪智駕天使輪")
    art, te = site.art, site.trigger_end
    if art.lang == "en" or not (any(r.type == "funding" and r.direction == "recipient"
                                    for a, b in art.triggers_in(te, site.clause_end)
                                    for r in art.lex.triggers.get(art.lowered[a:b], [])) or _round_named_after(site)):
        return None, -1
    m = _NAME_BEFORE_SUM.match(art.folded, te, site.clause_end)
    if m is None:
        return None, -1
    a, b = m.span(1)
    name = art.folded[a:b]
    if name in art.lex.org_generic_set or name[0] in art.ents._not_first_in_org or art.ents.ender_len(a) or \
            art.has(art.lex.name_enders, a + 1, b) or art.ents.persons_in(a, b) or art.triggers_in(a, b) or \
            any(c in art.ents._not_in_org for c in name) or art.rx(r"<<received_marks>>").search(name):
        return None, -1
    return art.text[a:b], a


# "invested $40 million in Quillbank" / "led a $940 million Series B of Quillbank": a capitalised name after "in"
# ("into"; "of" right after a round's name) in the clause after a word told of the investor
_NAME_AFTER_IN = re.compile(r"(?:\b(?:in|into)|(?i:series [a-h]\+?|seed|round)\s+of)\s+(?:the\s+)?"
                            r"([A-Z][\w&.\-]*[\w&](?:\s+[A-Z][\w&.\-]*[\w&])*)")


# "in Pakistan's first women-led venture fund, Orbis Ventures,": a place's, what the company is, a comma
_PLACE_S_COMPANY = re.compile(r"[^,;]{0,40}?\bin\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})['’]s\s+[^,;]{2,60}?,\s+")


def _name_apposed_to_a_place_s_company(site: Site) -> tuple[str | None, int]:
    """"invested $3 million in Pakistan's first women-led venture fund, Orbis Ventures, …": in English, after a word
    told of the investor, a place's company described, then named after a comma: the name received, not the place
    ([validate] places); (None, -1) else."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    art = site.art
    m = _PLACE_S_COMPANY.match(art.folded, site.trigger_end, site.sentence_end) if art.lang == "en" else None
    if not m or not is_place(m.group(1)):
        return None, -1
    named = [o for o in art.ents.orgs_in(m.end(), site.sentence_end) if o.start == m.end() and not o.ref]
    return (named[0].key, named[0].start) if named else (None, -1)


def _latin_name_after_in(site: Site) -> tuple[str | None, int]:
    """"Orbis Capital invested $40 million in Quillbank last week": in English, after a word told of the investor, a
    capitalised name after "in" that is no place, person, time or word that names nothing; (None, -1) else."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    art, te = site.art, site.trigger_end
    if art.lang != "en":
        return None, -1
    for m in _NAME_AFTER_IN.finditer(art.folded, te, site.clause_end):
        words = m.group(1).split()
        while words and words[-1] in art.lex.latin_not_name:
            words.pop()
        name = " ".join(words)
        a = m.start(1)
        if not name or all(w in art.lex.latin_not_name for w in words) or is_place(name) or \
                art.ents.persons_in(a, a + len(name)) or [d for d in art.dates_for(a, a + len(name)) if d[0] <= a]:
            continue
        return name, a
    return None, -1


def _round_named_after(site: Site) -> bool:
    """"投資星迪智駕天使輪" / "領投星瀾A+輪": after a word told of the investor, a name and a round's name ([grammar]
    round_labels, then 輪) that ends the clause: the round of that company."""
    art = site.art
    return art.lang != "en" and site.rule.direction == "investor" and art.rx(
        r"[^,，;；。]{2,16}?(?:的)?\s*" + _round_name() + r"\s*(?:<<round_words>>)?\s*$").match(
        art.lowered, site.trigger_end, site.clause_end) is not None


def _name_after_its_description(site: Site) -> tuple[str | None, int]:
    """"蜜星冰城投資了一家廣東茶飲品牌星茶" / "投資新創企業「晶星」": after a word told of the investor, what the company is
    ([grammar] head_nouns, after a few words of what it does), then its bare name (or a quoted one) that ends the
    clause, or comes right before a sum or a round; (None, -1) else."""
    art, f, te, ce = site.art, site.art.folded, site.trigger_end, site.clause_end
    if art.lang == "en":
        return None, -1
    m = art.rx(r"\s*了?\s*(?:一家|一间|一个|家)?[^,，;；。、]{0,12}?<<head_nouns>>").match(art.lowered, te, ce)
    if m is None:
        return None, -1
    e = min([ce] + [i for i in (f.find("、", m.end(), ce), f.find("的", m.end(), ce)) if i >= 0] +
            [a[0] for a in art.amounts_for(m.end(), ce) if a[0] >= m.end()])
    r = art.rx(_round_name()).search(art.lowered, m.end(), e)
    e = r.start() if r else e
    while e > m.end() and (f[e - 1].isspace() or f[e - 1] in "。.!?！？;；,，"):
        e -= 1
    a = _after_what_it_is(art, te, e)
    if e - a > 2 and f[a - 1] in _OPENING_QUOTES and f[e - 1] in _CLOSING_QUOTES:
        name = _quoted_name(art, a, e - 1)
    else:
        name = _opening_name(art, a, e) if a > te else None
    return (name, a) if name else (None, -1)


def _round_word_after(site: Site) -> bool:
    """"銀河資本領投星途科技5億元A輪融資": a word told of the recipient later in the clause, or "再加碼15億元投資協和新藥":
    a sum right before the word (what follows the word is the company whose round it is)."""
    art = site.art
    if any(site.trigger_start - a[1] <= 2 for a in art.amounts_for(site.clause_start, site.trigger_start)):
        return True
    return any(r.type == "funding" and r.direction == "recipient"
               for a, b in art.triggers_in(site.trigger_end, site.clause_end)
               for r in art.lex.triggers.get(art.lowered[a:b], []))


def company_described_then_named(site: Site, rnd: _Round):
    """"A French start-up founded last month by former Orbis engineers has raised €10 million. Quorra's round…": a
    sentence that opens with a company described, not named, is about the company that opens the next one."""
    # (the organisations in the description, "by former Orbis engineers", are where its founders came from)
    art, ss, ts = site.art, site.sentence_start, site.trigger_start
    if site.rule.direction != "recipient" or not art.rx(r"(?:a|an)\s+(?:[\w\-]+\s+){0,3}<<head_nouns>>\b").match(
            art.lowered, ss, ts) or site.sentence + 1 >= len(art.sentences):
        return None
    ns, ne = art.sentences[site.sentence + 1]
    opening = [o for o in art.ents.orgs_in(ns, min(ne, ns + 3)) if not o.ref]
    return (opening[0].key, []) if opening else NOTHING  # (not a company named elsewhere: no round is better)


def new_company_marked(site: Site, rnd: _Round):
    """"Riot Games has invested in the new studio": a recipient told as "the (new) company" is the one just founded,
    else the one the article is about."""
    art, cs = site.art, site.clause_start
    m = art.rx(r"<<recipient_marks>>\s+the\s+(?:new\s+|newly\s+\w+\s+)?<<head_nouns>>\b").search(
        art.lowered, cs, site.clause_end)
    if m is None or not (site.rule.direction == "investor" or m.start() < site.trigger_start):
        return None
    org = art.founded[-1][1] if art.founded else art.ents.company_meant(m.start())
    if org is None:
        return None
    investors = [x.key for x in sorted(art.ents.orgs_in(cs, m.start()), key=lambda o: o.start)]
    if not art.founded and (org in investors or any(o.key == org and _former(art, o)
                                                    for o in art.ents.orgs_in(0, len(art.folded)))):
        return NOTHING  # ("Former Blizzard devs form a studio…": not the company they came from, nor the investor)
    return org, [x for x in investors if x != org]


def company_backed_by_investors(site: Site, rnd: _Round):
    """"Orbis Robotics came out of stealth on Monday, backed by a $12 million seed round" / "an earlier $5m round for
    Quorra, backed by two unnamed angels": in English, a word told of the investor in the passive (by after it) is
    told of the company named last before it in the sentence, which received (its investors after "by")."""
    art = site.art
    if art.lang != "en" or site.rule.direction != "investor" or not art.rx(r"\s+by\b").match(art.lowered, site.trigger_end):
        return None
    # (a name told by its shape in the round before, "a $5m round for Quorra", counts as named)
    named = [(o.start, o.key) for o in art.ents.orgs_in(site.sentence_start, site.trigger_start)
             if not o.ref and not _former(art, o)]
    last = art.last_funding[1] if art.last_funding and art.last_funding[1] else None
    if last and art.folded.rfind(last, site.sentence_start, site.trigger_start) >= 0:
        named.append((art.folded.rfind(last, site.sentence_start, site.trigger_start), last))
    return (max(named)[1], []) if named else NOTHING


def round_an_investor_joins(site: Site, rnd: _Round):
    """"星河資本參與了月光科技的B輪融資" / "銀河市政府投資30億元參與本輪融資" / "星河在這輪募資之中投入8億美元" /
    "Orbis participated in the $40 million round": a round word after a participation mark ([grammar]
    participation_marks; or inside 在…中): those before the mark took part; the round is that of the company named
    between the mark and the word, else the round told before (NOTHING: no new round, not the investor's)."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if site.rule.direction != "recipient":
        return None
    m = _participation_before(site)
    if m is None:
        return None
    named = [o for o in art.ents.orgs_in(m.end(), ts) if not o.ref and not rnd.marked_as_investor(o.start, o.end)]
    org = named[0].key if named else _short_name_joined(site, m.end())
    if org is None:  # (the investor's part of the round told before, else no round: never the investor's own)
        return part_of_the_round_before(site, rnd) or NOTHING
    before = sorted(art.ents.orgs_in(cs, m.start()) + art.ents.persons_in(cs, m.start()), key=lambda x: x.start)
    return org, list(dict.fromkeys(x.key for x in before if x.key != org))


def _participation_before(site: Site):
    """The participation mark before the word in its clause (none when "received" comes after it: "參與研發並完成融資"),
    or the 在 of "星河在這輪募資之中,投入8億美元" (the word followed by 中, then a word told of the investor; not "在最新一輪
    融資中募得4億美元": the company's own round)."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    marks = list(art.rx(r"(?<![a-z])(?:<<participation_marks>>)(?![a-z])").finditer(art.lowered, cs, ts))
    m = marks[-1] if marks else None
    if m is None and art.lang != "en" and art.rx(r"\s*(?:之|当)?中").match(art.folded, site.trigger_end) and \
            _an_investor_word_next(site):
        m = art.rx(r"在(?=[^在]{0,24}$)").search(art.folded, cs, ts)
    if m is None or art.rx(r"<<received_marks>>").search(art.folded, m.end(), ts):
        return None
    return m


def _an_investor_word_next(site: Site) -> bool:
    """After the word in its sentence, an investor's part ([grammar] investor_part_verbs: "…之中,就投入8億美元") comes
    before any word told of the recipient ("在新一輪融資中募得3億美元")."""
    art, te, se = site.art, site.trigger_end, site.sentence_end
    m = art.rx(r"<<investor_part_verbs>>(?![者人方机界])").search(art.folded, te, se)  # (not 投資者: who invested)
    if m is None:
        return False
    return not any(r.type == "funding" and r.direction == "recipient" for a, b in art.triggers_in(te, m.start())
                   for r in art.lex.triggers.get(art.lowered[a:b], []))


def _short_name_joined(site: Site, lo: int) -> str | None:
    """"參與星途上月5億元的融資" / "participated in Quillbank's seed round": a name the lexicon does not know between the
    mark and the word (a short Han one before a sum, a round's name, 的, time words and dates; in English one before
    's); None for "this round" or nothing named."""
    art, ts = site.art, site.trigger_start
    if art.lang == "en":
        m = _POSSESSIVE_NAME.match(art.folded, lo, ts)
        return m.group(1) if m and not all(w in art.lex.latin_not_name for w in m.group(1).split()) else None
    if art.rx(r"<<this_round>>").search(art.lowered, lo, ts + 4):
        return None
    e = min([a[0] for a in art.amounts_for(lo, ts) if a[0] >= lo] + [ts])
    e = art.rx(r"(?:的)?\s*(?:" + _round_name() + r")?\s*$").search(art.folded, lo, e).start()
    e = _before_time_words_and_dates(art, lo, e)
    e = art.rx(r"(?:的)?\s*$").search(art.folded, lo, e).start()
    return _opening_name(art, lo, e) if e > lo else None


_POSSESSIVE_NAME = re.compile(r"\s+([A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3})['’]s\s")


def companies_as_a_group(site: Site, rnd: _Round):
    """"Indian start-ups have raised about US$10.9 billion in the quarter": companies spoken of as a group opening the
    clause before the word: an aggregate, no one's round (NOTHING)."""
    art = site.art
    if site.rule.direction != "recipient":
        return None
    m = art.rx(r"\W*(?:[\w\-]+\s+){0,4}?<<company_group_nouns>>\b").match(art.lowered, site.clause_start,
                                                                            site.trigger_start)
    return NOTHING if m else None


# "Cellmora, a UK-based stem cell producer spun out of Cambridge, completed…" / "Quorra Seed Fund, based in Utah's Salt
# Lake City, has raised…": a name, then what it is (or where) between commas
_NAME_THEN_DESCRIPTION = re.compile(r"\s*(?:(?:And|But|Also|Meanwhile),?\s+)?(?:(?:[Ii]n|[Ll]ast|[Ee]arlier|[Tt]his)\s+\w+(?: \d{4})?,?\s+)?"
                                    r"([A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3}),\s+(?:a|an|the|which|that|one|another|based|headquartered|located)\s[^;]{3,160}?,"
                                    r"(\s*[^,;]{0,80})$")


def company_before_its_description(site: Site, rnd: _Round):
    """"Quillmesh, which builds picking arms, raised $18 million" / "Cellmora, a stem cell producer spun out of
    University of Cambridge, completed a £3.3m round": the name opening the sentence before a description set off by
    commas received the money (not an organisation inside the description)."""
    art, ss, ts = site.art, site.sentence_start, site.trigger_start
    if art.lang != "en" or site.rule.direction != "recipient":
        return None
    m = _NAME_THEN_DESCRIPTION.fullmatch(art.folded, ss, ts)
    if m is None or art.ents.orgs_in(m.start(2), ts) or art.ents.persons_in(m.start(2), ts):
        return None  # (someone named after the description acts: not the name's round)
    known = [o for o in art.ents.orgs_in(m.start(1), m.end(1) + 1) if not o.ref]
    if known:
        return known[0].key, []
    if all(w in art.lex.latin_not_name for w in m.group(1).split()) or (
            art.ents.persons_in(m.start(1), m.end(1)) and
            not art.rx(r"<<head_nouns>>").search(art.lowered, m.end(1), m.start(2))):
        return None  # (a person's name, unless the description says what company it is: "X, a … spinout of Y,")
    return m.group(1), []


_NAME_THEN_WHICH = re.compile(r"(?<![\w.&\-])([A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,3})(?: \([^()]{1,60}\))?,\s+"
                              r"(?:which|that)\s+[^,;:()]{0,80}$")


# where such a name may start: the sentence, a list item or a clause (not "according to IVC, which…": a source)
_LIST_ITEM_BEFORE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|including|includes|included|like|with)\s+)\s*$")


def company_before_which(site: Site, rnd: _Round):
    """"including DCS Card Centre, which secured US$75.2 million; Motorist, which secured US$60.0 million": the
    name right before ", which" received the money (in a list the name opens no sentence of its own)."""
    art, ts = site.art, site.trigger_start
    if art.lang != "en" or site.rule.direction != "recipient":
        return None
    m = _NAME_THEN_WHICH.search(art.folded, max(site.sentence_start, ts - 120), ts)
    if m is None or not _LIST_ITEM_BEFORE.search(art.folded[site.sentence_start:m.start(1)]) or \
            art.ents.persons_in(m.start(1), m.end(1)) or \
            all(w in art.lex.latin_not_name for w in m.group(1).split()):
        return None
    same = [o for o in art.ents.orgs_in(m.start(1), m.end(1)) if o.start == m.start(1) and o.end == m.end(1)]
    return (same[0].key if same else m.group(1)), []


# "French payments startup Pelliq closed…" / "The UAE-based platform for shared spaces Deskhive raised…" / "platform
# fieldkart raised…": what the company is, then its name (up to four capitalised words, or one word in lower case,
# a brand so written), an abbreviation in brackets and an auxiliary, then the word
_KIND_THEN_NAME = (r"(?<![a-z])<<head_nouns>>(?:\s+(?:for|of)\s+[a-z][a-z\s\-]{0,30}?)?\s+"
                   r"(?-i:((?:The\s+)?[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}|[a-z][a-z0-9]{2,}))"
                   r"(?:\s*\([^()]{1,30}\))?\s+(?:(?:<<act_auxiliaries>>)\s+)?$")


def company_named_after_its_kind(site: Site, rnd: _Round):
    """"French payments startup Pelliq closed a $45 million round": in English, the name right after what the company
    is and right before the first word of the round in its clause (a word told of the recipient) received it."""
    art, cs = site.art, site.clause_start
    if art.lang != "en" or site.rule.direction != "recipient":
        return None
    # (right before the word, else before an earlier word of the same round: "has closed a $2 million seed round";
    # not past an "and": "Vantrel raised $60 million and security firm Brinova raised $58 million" is two rounds)
    ends = [site.trigger_start] + [a for a, _ in reversed(art.triggers_in(cs, site.trigger_start))]
    ends = [e for e in ends if not art.rx(r"(?<![a-z])<<coordinators>>(?![a-z])").search(art.lowered, e, site.trigger_start)]
    m = next((x for x in (art.rx(_KIND_THEN_NAME).search(art.folded, max(cs, e - 160), e) for e in ends) if x), None)
    if m is None or not _a_name_of_a_kind(art, m):
        return None
    name = m.group(1)
    same = [o.key for o in art.ents.orgs_in(m.start(1), m.end(1)) if o.start == m.start(1) and o.end == m.end(1)]
    grown = same and same[0] != name and same[0].startswith(name)  # ("Deskhive" named again as "the Deskhive Pass")
    return (same[0] if same and not grown else name), []


def _a_name_of_a_kind(art: _Article, m) -> bool:
    """The name _KIND_THEN_NAME found is one: not words that name nothing ("The", "Also"); in lower case, a brand
    only after a description with no "the" in it ("the domestic startup ecosystem secured": a noun), not an
    adverb or auxiliary ("the startup also raised")."""
    name = m.group(1)
    if all(w in art.lex.latin_not_name for w in name.split()):
        return False
    if not name.islower():
        return True
    described = art.lowered[max(0, m.start() - 40):m.start()].split()[-3:]
    return not (name.endswith("ly") or art.rx(r"(?:<<act_auxiliaries>>|<<it_refs>>)$").match(name) or
                name.capitalize() in art.lex.latin_not_name or "the" in described)


def part_named_after_under_mark(site: Site, rnd: _Round):
    """"星河集團旗下的「月光出行」完成10億元B輪融資" / "星河集團下屬月光科技獲得…投資": the part named right after an
    under mark ([grammar] under_marks, then 的) received the round, not the group before it."""
    # (a name the finder knows, else a quoted Han name; an unnamed part, "旗下的醫療子公司", is no one's round we can tell)
    art, f = site.art, site.art.folded
    if art.lang == "en":
        return None
    marks = list(art.rx(r"<<under_marks>>(?:的)?\s*").finditer(f, site.sentence_start, rnd.limit))
    if not marks:
        return None
    a, lim = marks[-1].end(), rnd.limit

    def last_before_word(e: int) -> bool:  # (nothing else named, no clause ended, between the part and the word)
        return not _CLAUSE_STOP.search(f[e:lim]) and not [o for o in art.ents.orgs_in(e, lim) if o.start >= e]
    known = [o for o in art.ents.orgs_in(a, lim) if not o.ref]
    if known and last_before_word(known[0].end):
        return known[0].key, []
    if f[a:a + 1] in _OPENING_QUOTES:
        e = next((i for i in range(a + 1, min(lim, a + 12)) if f[i] in _CLOSING_QUOTES), -1)
        org = _quoted_name(art, a + 1, e) if e > 0 and last_before_word(e) else None
        if org is not None:
            return org, []
    if site.rule.direction == "recipient" and lim - a <= 8 and art.rx(r"<<head_nouns>>\s*$").search(art.lowered, a, lim):
        return NOTHING  # ("星河科技旗下的醫療子公司完成…融資": a part not named; not the group's round)
    return None


def company_a_reference_after_its_round(site: Site, rnd: _Round):
    """"Quorra… has raised $3 million…. Earlier in August 2020, the startup had raised $2.8 million": a reference ("the
    startup", "該公司") that is all the clause names before a word told of the recipient, in the sentence right after
    a round, means that round's company (not another the article names more often)."""
    last = site.art.last_funding
    if site.rule.direction != "recipient" or not last or last[1] is None or not 0 <= site.sentence - last[0] <= 1:
        return None
    ob = rnd.in_clause
    return (last[1], []) if ob and all(o.ref for o in ob) else None


def item_of_a_digest_list(site: Site, rnd: _Round):
    """"本週投融資事件包括:澄川機器人完成2億元A輪融資、星澄智能獲得1億元天使輪投資": rounds listed one after another,
    joined by 、: the name that opens this word's item (after the last 、 that follows an earlier round's word in the
    clause) received it, not the one named in an earlier item."""
    art, f, cs = site.art, site.art.folded, site.clause_start
    if art.lang == "en":
        return None
    k = f.rfind("、", cs, site.trigger_start)
    if k < 0 or not any(r.type == "funding" for a, b in art.triggers_in(cs, k)
                        for r in art.lex.triggers.get(art.lowered[a:b], [])):
        return None
    # (a word told of the investor only after "received": "、星澄智能獲得1億元天使輪投資")
    marks = r"<<announce_verbs>>|<<received_marks>>" if site.rule.direction == "recipient" else r"<<received_marks>>"
    m = art.rx(marks).search(f, k + 1, _received_end(site))
    if m is None:
        return None
    a, e = k + 1, _before_time_words_and_dates(art, k + 1, m.start())
    named = [o for o in art.ents.orgs_in(a, e) if not o.ref]
    if named and named[0].start == a:
        return named[0].key, []
    shaped, at = _org_by_shape_before(art, a, e)
    org = shaped if shaped is not None and at == a else _opening_name(art, a, e)
    if org is None and _LATIN_NAME_AT_END.fullmatch(f, a, e) and _may_be_a_latin_name(art, a, e):
        org = art.text[a:e]
    if org is not None:
        return org, []
    # (an item that opens with a name no rule reads is that name's round, not an earlier item's: none; one that opens
    # with its verb, "、并獲得…", goes on with the subject before)
    rest = f[a:e].strip()
    goes_on = art.lex.grammar.get("subject_goes_on_marks", ())
    return NOTHING if len(rest) >= 2 and _is_han(rest[0]) and rest[0] not in goes_on else None


def company_after_its_round_modifier(site: Site, rnd: _Round):
    """"包括今年初完成1.5億港元B輪融資的Quorra" / "剛獲得A輪投資的「星途」": a round told in a modifier ending in 的
    right after the word, with nobody named before "received" in the clause (only time words, a date, or a word that
    opens an example: [grammar] example_openers): the name after 的, which ends the clause, received it."""
    art, f, cs, te = site.art, site.art.folded, site.clause_start, site.trigger_end
    if art.lang == "en" or site.rule.direction != "recipient" or not rnd.received or f[te:te + 1] not in art._relative:
        return None
    got = rnd.received[0].start()
    m = art.rx(r"\s*(?:<<example_openers>>)").match(art.lowered, cs, got)
    a = _after_time_words(art, m.end() if m else cs, got)
    if f[a:got].strip():
        return None  # ("星河資本投資了完成B輪融資的星途": someone is named before; not this shape)
    a, e = te + 1, site.clause_end
    while e > a and f[e - 1] in " 。.!?！？等":
        e -= 1
    return _the_name_in(art, a, e)


def _the_name_in(art: _Article, a: int, e: int):
    """The name that is all of [a, e): an organisation found there, a Latin-lettered name (alone or glued to its
    Chinese one), or a quoted or bare Han name told again in the article (a bare word, "完成融資的企業", is none)."""
    named = [o for o in art.ents.orgs_in(a, e) if not o.ref and o.start == a and o.end == e]
    if named:
        return named[0].key, []
    if _LATIN_NAME_AT_END.fullmatch(art.folded, a, e) and _may_be_a_latin_name(art, a, e):
        return art.text[a:e], []
    shaped, at = _org_by_shape_before(art, a, e)
    if shaped is not None and at == a and at + len(shaped) == e:
        return shaped, []
    org = _latin_glued_to_han_name(art, a, e)
    if org is None and e - a > 2 and art.folded[e - 1] in _CLOSING_QUOTES and art.folded[a] in _OPENING_QUOTES:
        org = _quoted_name(art, a + 1, e - 1)
    elif org is None:
        f, name = art.folded, art.folded[a:e]
        told_again = f.find(name, e) >= 0 or f.find(name, 0, a) >= 0
        org = _opening_name(art, a, e) if told_again and not any(g in name for g in art.lex.org_generic if len(g) >= 2) \
            else None
    return (org, []) if org is not None else None


def receiver_named_in_clause(site: Site, rnd: _Round):
    """"Quorra raised $40 million": the last organisation before the word (before "received") in its clause."""
    # (not for a word told of the investor with nothing received: "富邦人壽投資本質創投" is the investor's clause)
    if site.rule.direction == "investor" and not rnd.received:
        return None
    ob = _not_a_part(site, rnd.in_clause)
    return (_named_with_its_chinese_name(site.art, ob[-1]), []) if ob else None


def _named_with_its_chinese_name(art: _Article, o) -> str:
    """"Vellora中國,最新估值…,剛完成次輪融資": a Latin-lettered organisation written as found, with a short Chinese name
    glued after it that ends where the Han text does, or at a time word or a word that tells of the round, is named
    with it (the shortest such; see _latin_glued_to_han_name); else its own name."""
    f = art.folded
    if o.ref or o.key != art.text[o.start:o.end] or not f[o.end - 1:o.end].isascii():
        return o.key
    for e in range(o.end + 2, min(len(f), o.end + 4) + 1):
        if not all(_is_han(c) for c in f[o.end:e]):
            break
        if e == len(f) or not _is_han(f[e]) or art.ents.ender_len(e) or \
                art.rx(r"<<received_marks>>|<<announce_verbs>>|<<manner_before_received>>").match(f, e):
            return _latin_glued_to_han_name(art, o.start, e) or o.key
    return o.key


def receiver_after_a_modifier(site: Site, rnd: _Round):
    """"年初获得京东投资的生鲜电商天天果园今日宣布新获…融资": "received" inside a modifier that ends in 的 before the
    name: the first organisation after that 的 received this round."""
    art, f = site.art, site.art.folded
    if not rnd.received:
        return None
    rel = max(f.rfind(c, rnd.received[0].end(), site.trigger_start) for c in art._relative)
    if rel < 0:
        return None
    ob = [o for o in art.ents.orgs_in(rel + 1, site.trigger_start) if not o.ref and not _former(art, o)]
    return (ob[0].key, []) if ob else None


def receiver_named_in_sentence(site: Site, rnd: _Round):
    """"星途生物日前宣布,已完成B輪融資": with none in the clause, the last organisation before in the sentence."""
    # (unless "it" is the subject: "Quorra, a Lisbon startup, said that it raised…" is "it"'s; nor for a word told of
    # the investor followed by a Han name: "…,並再加碼15億元投資協和新藥" is the round of the name after it; nor for
    # the investor with nothing received: "小米將投入100億美元造車,首期投資為100億元" is the investor's own spending)
    if rnd.in_clause or rnd.it is not None or (site.rule.direction == "investor" and not rnd.received):
        return None
    art, te = site.art, site.trigger_end
    if site.rule.direction == "investor" and art.lang != "en" and te < len(art.folded) and \
            _is_han(art.folded[te]) and not art.rx(r"<<skip_after_trigger>>").match(art.lowered, te):
        return None
    ob = _not_a_part(site, rnd.candidates(site.sentence_start))
    return (_named_with_its_chinese_name(site.art, ob[-1]), []) if ob else None


def company_founded_earlier_in_the_sentence(site: Site, rnd: _Round):
    """"星河醫藥由林佳慧於2014年創立,2018年獲林一帆投資" / "2008年創辦星軸公司,…,2013年銀河電信以1億投資": a clause
    that names no one who received, after a founding told earlier in the sentence: the company founded received (for a
    word told of the investor, one that ends its clause: what was invested in is not named after it)."""
    # (a round so told is dated in its own clause: "收納管理…共620億元投資" is money managed, not a round)
    art, founded = site.art, site.art.founded
    if art.lang == "en" or not founded or founded[-1][0] != site.sentence or rnd.in_clause or \
            not art.dates_for(site.clause_start, site.clause_end):
        return None
    if site.rule.direction == "investor" and not rnd.received:
        lo = max([site.clause_start] + [d[1] for d in art.dates_for(site.clause_start, site.trigger_start)])
        named = [o.key for o in art.ents.orgs_in(site.clause_start, site.trigger_start) if not o.ref] or \
            [x for x in _org_by_shape_before(art, lo, site.trigger_start)[:1] if x]
        if art.folded[site.trigger_end:site.clause_end].strip(" 了后後") or not named:
            return None
        return founded[-1][1], named
    return founded[-1][1], []


def receiver_shaped_before_word(site: Site, rnd: _Round):
    """"星途科技完成5億元A輪融資": an unknown name ending in an organisation word, unless "it" is the subject (or the
    word is told of the investor: "銀河資本領投", the name before it invested)."""
    if rnd.it is not None or site.rule.direction == "investor":
        return None
    end = rnd.source[0] - 1 if rnd.source else rnd.limit  # (not among those it raised from, nor after "received")
    org, at = _org_by_shape_before(site.art, site.sentence_start, end)
    if org is not None and rnd.after_an_origin(at):  # ("星樞源自月光電子,今年完成…": where it came from; look before)
        org, at = _org_by_shape_before(site.art, site.sentence_start, rnd.origin_start(at))
    if org is None or rnd.marked_as_investor(at, at + len(org)):
        return None  # ("拿到了由老虎基金領投…的C輪融資": the investor, not the recipient)
    return org, []


def _received_end(site: Site) -> int:
    """Where a "received" mark before the word may end: the word's end when the word is itself one ("銀河支付籌得
    3,000萬美元": the subject raised it, the name is right before the word), else its start."""
    art = site.art
    own = art.rx(r"<<received_marks>>").match(art.folded, site.trigger_start)
    return site.trigger_end if own is not None and own.end() == site.trigger_end else site.trigger_start


def short_name_before_received(site: Site, rnd: _Round):
    """"星河獲銀河創投注資": a short Han name that is all there is before "received"."""
    if not rnd.received:
        return None
    if _after_what_it_is(site.art, site.clause_start, rnd.received[0].start()) > site.clause_start:
        return None  # ("初創公司瀾汐獲…": a description before the name; see name_described_before_received)
    org = _opening_name(site.art, site.clause_start, rnd.received[0].start())
    return (org, []) if org is not None else None


def name_described_before_received(site: Site, rnd: _Round):
    """"初創企業星曜生技日前獲得2億元A輪融資" / "成立僅3個月的星瀾智航宣布完成…" / "新創公司「雲棲數智」宣布完成…": the
    Han name before "received" (or "announced"), after what the company is, a modifier ending in 的 or an opening
    quote, and before time words and a date."""
    art, cs = site.art, site.clause_start
    if art.lang == "en":
        return None
    m = art.rx(r"<<announce_verbs>>|<<received_marks>>").search(art.folded, cs, _received_end(site))
    if m is not None and cs > site.sentence_start and site.rule.direction == "recipient" and \
            _ANNOUNCED_BEFORE.match(art.folded[cs:m.start()]):
        # ("瀾汐也於同日宣布,已完成…": the clause opens with what was received; who announced it is in the one before)
        before = art.rx(r"(?:<<announce_verbs>>)[\s,，:：]*$").search(art.folded, site.sentence_start, cs)
        if before is None:
            return None
        cs, m = site.sentence_start, before
    if m is None:
        return None
    e = _before_time_words_and_dates(art, cs, _before_a_setting(art, cs, m.start()))
    a = None
    if e > cs and art.folded[e - 1] in _CLOSING_QUOTES:
        e -= 1
        a = _opening_quote_before(art, cs, e)
    org = _opening_name(art, _after_what_it_is(art, cs, e), e) if a is None else _quoted_name(art, a, e)
    return (org, []) if org is not None else None


def _before_a_setting(art: _Article, cs: int, e: int) -> int:
    """"杏嵐園,在其成立2周年慶上宣布": where a name before ``e`` ends, before a clause that only tells where or when it
    spoke (在 or 於, up to a word closing a setting: [grammar] setting_closers), set off from the name by a comma."""
    f = art.folded
    k = max(f.rfind(",", cs, e), f.rfind("，", cs, e))
    if k <= cs or f[k + 1:k + 2] not in ("在", "于") or \
            not art.rx(r"(?:<<setting_closers>>)\s*$").search(art.lowered, k + 2, e):
        return e
    while k > cs and f[k - 1].isspace():
        k -= 1
    return k


_ANNOUNCED_BEFORE = re.compile(r"\s*(?:已经|已|并已|现已|也已|均已)?\s*$")  # (folded: Simplified)

# a Latin-lettered brand that ends where the received word starts: "Orbis's", "QuillAI", "Nova 3D"
_LATIN_NAME_AT_END = re.compile(r"(?<![A-Za-z0-9'’&.\-])([A-Za-z][A-Za-z0-9'’&.\-]*[A-Za-z0-9](?: [A-Z0-9][A-Za-z0-9'’&.\-]*){0,3})$")


def latin_name_before_received(site: Site, rnd: _Round):
    """"…;星嵐教育完成3億元A輪融資;Orbis's完成4.5億美元F輪融資" / "協助開發維運的QuillAI在2021年獲得…": in Chinese copy, a
    Latin-lettered name no finder took (named once, an apostrophe in it) that is all there is before "received" (or
    "announced"), after what the company is or a modifier ending in 的, and before time words and a date."""
    art, cs = site.art, site.clause_start
    if art.lang == "en" or site.rule.direction != "recipient":
        return None
    m = art.rx(r"<<announce_verbs>>|<<received_marks>>").search(art.folded, cs, _received_end(site))
    if m is None:
        return None
    e = _before_time_words_and_dates(art, cs, _before_each_word(art, cs, m.start()))
    a = _after_what_it_is(art, cs, e)
    while a < e and art.folded[a].isspace():
        a += 1
    name = _LATIN_NAME_AT_END.fullmatch(art.folded, a, e)
    if name is None or not _may_be_a_latin_name(art, a, e):
        glued = _latin_glued_to_han_name(art, a, e)  # ("QUORVO途瀾完成…": its Chinese name glued after)
        return (glued, []) if glued is not None else None
    return art.text[a:e], []


def _before_each_word(art: _Article, cs: int, e: int) -> int:
    """Where a name before ``e`` ends: before a word that tells each one of those listed did it ("皆", "均": [grammar]
    each_in_turn) and a place word ("在", "於") that opens the time after the name."""
    m = art.rx(r"(?:<<each_in_turn>>)\s*$").search(art.folded, cs, e)
    e = m.start() if m else e
    d = [x for x in art.dates_for(cs, e) if x[1] >= e]
    if d and art.folded[d[0][0] - 1:d[0][0]] in ("在", "于"):
        return d[0][0] - 1
    return e


def _may_be_a_latin_name(art: _Article, a: int, e: int) -> bool:
    """Not a word that names nothing ([latin] not_name, [orgs] generic), a person, a place or a date."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    name = art.folded[a:e]
    words = name.replace("’", "'").split()
    return not (all(w in art.lex.latin_not_name or w.split("'")[0] in art.lex.latin_not_name for w in words) or
                name.lower() in art.lex.org_generic_set or is_place(name) or art.ents.persons_in(a, e) or
                art.dates_for(a, e) or sum(c.isalpha() for c in name) < 2)


def _opening_quote_before(art: _Article, cs: int, e: int) -> int | None:
    """"“快的打车”获6亿美元融资": where a quoted name ending at ``e`` starts (after its opening quote, in the clause),
    so a 的 inside the name does not cut it; None with no opening quote."""
    i = max(art.folded.rfind(q, cs, e) for q in _OPENING_QUOTES if q != '"')
    return i + 1 if i >= 0 and e - i > 2 else None


def _quoted_name(art: _Article, a: int, e: int) -> str | None:
    """The Han name between quotes at [a, e) (its quotes mark where it starts and ends: a 的 or 的士 in it is its own),
    unless it is a person, a generic word or holds an event word."""
    name = art.folded[a:e]
    if 2 <= len(name) <= 8 and all(_is_han(c) for c in name) and name not in art.lex.org_generic_set and \
            not art.ents.persons_in(a, e) and not art.triggers_in(a, e):
        return art.text[a:e]
    return None


def company_it_opens_with(site: Site, rnd: _Round):
    """"It raised $25 million…" / "該公司完成…": a sentence that opens with "it": the company it means."""
    art, ss = site.art, site.sentence_start
    if not art.rx(r"<<it_refs>>").match(art.lowered[ss:ss + 4]):
        return None
    org = art.ents.company_meant(ss)
    return (org, []) if org is not None else None


# "Quorlen's $20 million Series A round was led by…" / "led Quorlen's $20m seed round": a name and its "'s" right
# before the round, with its sum and at most two lower-case words of what round it is between
_ROUND_OWNER = re.compile(r"(?<![\w.&\-'’])([A-Z0-9][\w.&\-]*[\w&](?: [A-Z][\w.&\-]*[\w&]){0,3})['’]s\s+"
                          r"(?:(?:[A-Z]{0,3}[$€£¥]\s?)?\d[\d.,]*\s*(?:million|billion|[mkb]n?\b)?\s+)?(?:[a-z][a-z\-]*\s+){0,2}$")


def company_whose_round_it_is(site: Site, rnd: _Round):
    """"Quorlen's $20 million Series A round": in English, the company whose round a round's noun is (its name
    and "'s" right before the round's sum and kind); not a person's, a place's nor an investor's ("…'s round in
    Quorra")."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if art.lang != "en" or site.rule.direction != "recipient" or \
            not art.rx(r"(?:<<round_names_en>>|round|funding|financing|fundraising|investment)$").search(site.word):
        return None
    m = _ROUND_OWNER.search(art.folded, cs, ts)
    if m is None or art.rx(r"\s*(?:in|into)\s").match(art.lowered, site.trigger_end):
        return None
    name, a, b = m.group(1), m.start(1), m.end(1)
    known = [o for o in art.ents.orgs_in(a, b) if not o.ref and o.end == b]
    if known:
        return known[-1].key, []
    if art.ents.persons_in(a, b) or is_place(name) or all(w in art.lex.latin_not_name for w in name.split()):
        return None
    return name, []


def company_han_it_opens_with(site: Site, rnd: _Round):
    """"它於2012年5月創立後,在2013年4月獲得…A輪融資": a sentence that opens with 它 ([grammar] han_it_refs) means the
    only company named in the sentence before (none when two could be meant)."""
    art, ss = site.art, site.sentence_start
    if art.lang == "en" or not art.rx(r"\s*(?:<<han_it_refs>>)").match(art.lowered, ss, site.trigger_start):
        return None
    org = the_one_company_just_named(art, site.sentence)
    return (org, []) if org is not None else None


def company_it_stands_for(site: Site, rnd: _Round):
    """"In March, it secured $12 million": the company "it" stands for."""
    org = rnd.it if rnd.it is not None else it_subject(site)
    return (org, []) if org is not None else None


def company_of_the_story_raised(site: Site, rnd: _Round):
    """"今年3月,公司完成5000萬元Pre-A輪融資" / "另外公司…已完成A輪融資": "the company" is the one the article is
    about."""
    art = site.art
    # (perhaps after a connective: "另外公司2020年4月已完成A輪融資")
    if not art.rx(r"(?:^|[,;:]\s*)(?:<<clause_connectives>>)?<<bare_company>>").search(
            art.lowered[site.clause_start:site.trigger_start]):
        return None
    org = _quoted_announcer(site) or art.ents.company_meant(site.trigger_start)
    return (org, []) if org is not None else None


def _quoted_announcer(site: Site) -> str | None:
    """"昨日,“快的打车”正式对外宣布,公司已完成新一轮融资": the quoted name that announces, in a clause before the
    word in its sentence, is the company "公司" means."""
    art, ss, cs = site.art, site.sentence_start, site.clause_start
    m = art.rx(r"<<announce_verbs>>").search(art.folded, ss, cs)
    if m is None or art.lang == "en":
        return None
    e = _before_time_words_and_dates(art, ss, m.start())
    e = next((i for i in range(e, max(ss, e - 8) - 1, -1) if art.folded[i - 1:i] in _CLOSING_QUOTES), -1)
    a = _opening_quote_before(art, ss, e - 1) if e > ss else None
    return _quoted_name(art, a, e - 1) if a is not None else None


def receiver_of_the_round_before(site: Site, rnd: _Round):
    """"Quorra raised $18 million. That comes on top of a $4.5 million seed round": the same company's round."""
    # (with no one named before the word, the round told just before was received by the same company; those named
    # after "received/completed" are its investors and do not count: "…獲得阿里巴巴1000萬美元的A輪融資;2014年初,完成了由
    # 阿里、新天域等投資約1.2億美元的B輪融資", a timeline of rounds, one a sentence)
    art, ss, ts = site.art, site.sentence_start, site.trigger_start
    got = art.rx(r"<<received_marks>>").search(art.folded, ss, ts)
    named = art.ents.orgs_in(ss, got.start() if got else ts)  # (not those after "received")
    if art.last_funding and site.sentence - art.last_funding[0] <= 1 and \
            not named and not art.ents.persons_in(ss, ts):
        org = art.last_funding[1]
        return (org, []) if org is not None else None
    return None


def part_of_the_round_before(site: Site, rnd: _Round):
    """"OpenAI完成1100億美元融資。亞馬遜在這輪融資中投入了500億美元" / "軟銀及英偉達各自投資了300億美元": an
    investor's part of the round told just before: that round's company received it, those named before invested."""
    # (a word told of the investor, or "this round" before the word; the round told at most five sentences back)
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if not art.last_funding or art.last_funding[1] is None or not 0 < site.sentence - art.last_funding[0] <= 5:
        return None
    if site.rule.direction != "investor" and not art.rx(r"<<this_round>>").search(art.lowered, cs, ts):
        return None
    if site.rule.direction == "investor" and rnd.received:
        return None  # ("Brenlow Labs received an investment of $5 million from Orbis": a round of its own)
    org = art.last_funding[1]
    lo = site.sentence_start if site.rule.direction == "investor" and art.lang == "en" else cs  # ("Another entity, PNB Capital, invested")
    named = [o.key for o in art.ents.orgs_in(lo, ts) if not o.ref]
    if not named or org in named:
        return None
    return org, list(dict.fromkeys(named))


# Who received the money (and the investors told with them): the first strategy that answers; none (or NOTHING), no
# round.
RECIPIENT_STRATEGIES = (company_put_capital_into, company_backed_by_investors, round_an_investor_joins, companies_as_a_group, recipient_marked, new_company_marked, company_after_investor_word,
                        part_of_the_round_before, company_described_then_named, company_before_its_description,
                        company_before_which, company_named_after_its_kind, part_named_after_under_mark,
                        company_a_reference_after_its_round, company_after_its_round_modifier, item_of_a_digest_list, receiver_named_in_clause, receiver_after_a_modifier, receiver_named_in_sentence,
                        company_founded_earlier_in_the_sentence, receiver_shaped_before_word, short_name_before_received, name_described_before_received,
                        latin_name_before_received, company_whose_round_it_is,
                        company_han_it_opens_with, company_it_opens_with,
                        company_it_stands_for, company_of_the_story_raised, receiver_of_the_round_before)


# -- who invested -----------------------------------------------------------------------------------------------------
def investors_told_with_recipient(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"銀河創投為星河智能注入5億元": the investors the recipient strategy found with the recipient."""
    return rnd.investors_told or None


def investors_by_shape(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"由銀河創投與星辰資本共同領投" / "led by Orbis Ventures": investors the lexicon may not know."""
    return _investors_by_shape(site.art, site.sentence_start, site.sentence_end, org) or None


def investors_between_received_and_word(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"已獲母公司銀河科技及星辰資本合共注資": who gave, between "received" and the word."""
    # (for a word told of the investor; else the organisation right before the word)
    if site.rule.direction != "investor":
        return None
    # (or the person named right before the word: "2018年獲銀河康德創辦人林一帆投資", an angel)
    art, ts = site.art, site.trigger_start
    lo = rnd.received[-1].end() if rnd.received else ts
    near = [o.key for o in art.ents.orgs_in(lo, ts) if o.key != org and not o.ref]
    if not near and rnd.received:
        near = [p.key for p in art.ents.persons_in(lo, ts) if not p.pronoun and p.end == ts][-1:]
    if not near:
        near = [o.key for o in art.ents.orgs_in(*site.before) if o.key != org and not o.ref and ts - o.end <= 6][-1:]
    return list(dict.fromkeys(near)) or None


def investors_between_received_and_sum(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"星轉曾獲得月光資本2億美元的A輪融資": for a word told of the recipient, those named between "received" and the sum
    right after them gave it."""
    if site.rule.direction != "recipient" or not rnd.received:
        return None
    art, lo = site.art, rnd.received[-1].end()
    sums = [a for a in art.amounts_for(lo, site.trigger_start) if a[0] >= lo]
    if not sums:
        return None
    named = [o for o in art.ents.orgs_in(lo, sums[0][0]) if o.key != org and not o.ref]
    if not named or not art.rx(r"^\s*(?:的|共|合共)?\s*$").match(art.folded[named[-1].end:sums[0][0]]):
        return None
    return list(dict.fromkeys(o.key for o in named))


def investor_announcing_it(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"鑽岩基金昨(24)日宣布,以2.3億元投資新創企業「晶耀」": for a word told of the investor with no one before it
    in its clause, the organisation that announces it in the sentence invested."""
    art, ss, cs = site.art, site.sentence_start, site.clause_start
    if site.rule.direction != "investor" or cs <= ss or [o for o in art.ents.orgs_in(*site.before) if o.key != org]:
        return None  # (the recipient may be named before the word: "宣布,已完成對OpenAI的投資")
    # (the one that announces: named last before the announcing verb, in the same clause; "星河投資集團12月31日
    # 宣布,已完成對OpenAI的投資")
    m = art.rx(r"<<announce_verbs>>").search(art.folded, ss, cs)
    named = [o for o in art.ents.orgs_in(ss, m.start()) if not o.ref and o.key != org] if m else []
    if not named or _CLAUSE_STOP.search(art.folded, named[-1].end, m.start()):
        return None
    return [named[-1].key]


def investors_marked_in_sentence(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"with participation from Orbis Ventures" / "銀河資本領投": investors marked as such in the sentence."""
    # (organisations and people, anywhere after the clause start)
    return _marked_investors(site.art, site.sentence_start, site.clause_start, site.sentence_end, org) or None


def _marked_investors(art: _Article, ss: int, lo: int, se: int, org: str) -> list[str]:
    """The organisations and people in [lo, se) with an investor mark before them (in the sentence opening at ss)
    or an investor verb after them (after the rest of a list of them, a word of doing it together)."""
    f, out = art.folded, []
    for m in art.ents.orgs_in(lo, se) + [p for p in art.ents.persons_in(lo, se) if not _heads_a_firm(art, p)]:
        prefix = f[max(ss, m.start - 40):m.start]
        if art.rx(r"<<investor_marks>>[^,;。]*$").search(prefix) \
                or art.rx(r"(?:\s*[、和与與及]\s*[^,;。、]{2,12}?)?\s*(?:<<co_adverbs>>)?\s*<<investor_verbs>>").match(
                    f[m.end:m.end + 24]):  # (co-leads listed, 共同/聯合 before: 紅嶺資本、北溟基金聯合領投)
            if m.key != org and m.key not in out:
                out.append(m.key)
    return out


def _heads_a_firm(art: _Article, m) -> bool:
    """"由華岳投資領投": a name read as a person's, followed right away by an organisation word of two characters or
    more ([orgs] han_suffixes: 投資, 資本, 基金), is the head of a firm's name."""
    f = art.folded
    return any(len(x) >= 2 and f.startswith(x, m.end) for x in art.lex.org_han_suffixes)


def investors_in_the_next_sentence(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"Quorra raised $40 million. Orbis Ventures led the round, joined by Tessel." / "The financing was led jointly by
    A and B" / "…完成C輪融資。融資完成後,公司估值…。本輪融資由X領投": a sentence soon after speaks of the round (a word
    of [grammar] round_refs or this_round, or, right after, investors that lead); its investors are the round's."""
    art, low = site.art, site.art.lowered
    for nxt in range(site.sentence + 1, min(site.sentence + 1 + _ROUND_REF_REACH, len(art.sentences))):
        ns, ne = art.sentences[nxt]
        leaders = _LEADERS_OPENING.match(low, ns, ne) if nxt == site.sentence + 1 else None
        joined = nxt == site.sentence + 1 and art.rx(_FOLLOW_INVESTORS).search(art.folded, ns, ne)
        if leaders or joined or art.rx(r"<<round_refs>>|<<this_round>>").search(low, ns, ne):
            known = {m.key for m in art.ents.orgs_in(ns, ne) + art.ents.persons_in(ns, ne)}
            out = [x for x in _investors_by_shape(art, ns, ne, org) if x != org and
                   (x in known or art.lang == "en" or _a_firm_by_shape(art, x))]
            out += [x for x in _marked_investors(art, ns, ns, ne, org) if x not in out]
            out = [x for x in out if org not in x]  # ("星轉上一輪投資方…": the recipient's own name is no investor)
            if leaders:
                out += [m.key for m in art.ents.orgs_in(ns, leaders.end(1)) if m.key != org and not m.ref and m.key not in out]
            return out or None
        if _a_sum_received(art, ns, ne):
            return None  # (another sum told first: what follows may be another round's)
    return None


_ROUND_REF_REACH = 3  # how many sentences after a round one that speaks of "this round" may come


def _a_firm_by_shape(art: _Article, name: str) -> bool:
    """In Han text, a name cut by shape alone is taken only when it looks like a firm's: short, of Han characters,
    ending in an organisation word ("遠峰資本"); not a phrase ("台灣國家級", "多家科技巨頭參")."""
    f = fold(name)
    return 3 <= len(f) <= 10 and all(_is_han(c) for c in f) and any(f.endswith(x) for x in art.lex.org_han_suffixes)


def _a_sum_received(art: _Article, s: int, e: int) -> bool:
    """A sum in [s, e) that is not a valuation, revenue or spending ([negations] money_not_funding)."""
    return any(not art.has(art.lex.money_not_funding, max(s, a[0] - 14), min(e, a[1] + 12))
               for a in art.amounts_for(s, e))


# "Orbis Ventures, Tessel Capital and Arden led, and were joined by…" / "Orbis Ventures in Boston led the round"
_LEADERS_OPENING = re.compile(r"\s*([^.;]{2,120}?)\s(?:co-)?led(?!\s+by)\b")


def investor_paying_in_clause_before(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"荷商ORBIS獲准以新台幣21億元，認購…": the one named last before "以<sum>" in the clause before paid it."""
    m = _paid_with_before(site)
    named = [o for o in site.art.ents.orgs_in(site.sentence_start, m.start()) if not o.ref and o.key != org] if m else []
    return [named[-1].key] if named else None


def investors_raised_from(site: Site, rnd: _Round, org: str) -> list[str] | None:
    """"自阿里巴巴、時代資本、吉利等金主募得": those the recipient raised the money from."""
    if rnd.source is None:
        return None
    got = [o.key for o in site.art.ents.orgs_in(*rnd.source) if o.key != org and not o.ref]
    return list(dict.fromkeys(got)) or None


# Who invested: the first strategy that finds any.
INVESTOR_STRATEGIES = (investors_told_with_recipient, investor_paying_in_clause_before, investors_raised_from, investors_by_shape,
                       investors_between_received_and_sum, investors_between_received_and_word, investor_announcing_it, investors_marked_in_sentence,
                       investors_in_the_next_sentence)


def _co_recipients(site: Site, main: Cand) -> list[Cand]:
    """"5月,鹿明機器人、藍霄航空相繼宣布「天使++」輪融資": the companies listed with the recipient, told as each doing it
    (相繼, 分別, 均: [grammar] each_in_turn), had a round of their own; for a round whose sum is told, only when the word
    gives each the same ("星澄、澄川均獲注資5千萬元": [grammar] each_alike; after 分別 a sum told once would be whose?)."""
    art, ev = site.art, main.event
    if art.lang == "en":
        return []
    orgs = [o for o in art.ents.orgs_in(site.clause_start, site.trigger_start) if not o.ref]
    j = max((k for k, o in enumerate(orgs) if o.key == ev.org), default=-1)
    if j < 0 or not art.rx(r"\s*<<each_in_turn>>").match(art.lowered, orgs[j].end, site.trigger_start):
        return []
    if ev.amount is not None and not art.rx(r"\s*<<each_alike>>").match(art.lowered, orgs[j].end, site.trigger_start):
        return []
    out = []
    while j > 0 and art.rx(r"\s*<<han_coordinators>>\s*").fullmatch(art.folded, orgs[j - 1].end, orgs[j].start):
        j -= 1
        if orgs[j].key != ev.org and all(c.event.org != orgs[j].key for c in out):
            c = Cand(replace(ev, org=orgs[j].key), main.pos, main.sent, None, True)
            c.sumless = main.sumless
            out.append(c)
    return out


def _earlier_rounds(site: Site, main: Cand, amounts: list) -> list[Cand]:
    """"…months after a $30 million Series B earlier this year": another round named in passing, by its round word."""
    art, ss, se, evidence, si = site.art, site.sentence_start, site.sentence_end, site.sentence_text, site.sentence
    out = []
    for a in _without_conversions(art, amounts):
        if a[2] == main.event.amount and a[3] == main.event.currency:
            continue
        if not art.rx(r"^\s*(?:<<round_words>>)").match(art.lowered[a[1]:a[1] + 6]) and \
                not art.rx(r"^[^,;。]{0,4}?<<round_words>>").match(art.lowered[a[1]:a[1] + 14]):
            continue
        if art.has(art.lex.money_not_funding, max(ss, a[0] - 14), min(se, a[1] + 12)) or \
                _in_another_listed_round(art, ss, se, main.pos, a):
            continue
        a = _scale_told_elsewhere(art, a)
        if a is None:
            continue  # ("raised a $52 round": too small to be one, its scale told nowhere)
        investors = _investors_right_before_sum(art, ss, a, main.event.org)
        ev = Event(type="funding", org=main.event.org, amount=a[2], currency=a[3], evidence=evidence,
                   counterparty=", ".join(investors) or None, confidence=round(main.event.confidence * 0.9, 2))
        c = Cand(ev, a[0], si, None, True)
        c.tend = a[1]
        out.append(c)
    return out


def _in_another_listed_round(art: _Article, ss: int, se: int, pos: int, a: tuple) -> bool:
    """"澄川機器人完成2億元A輪融資、星澄智能獲得1億元天使輪投資": a sum in another item of a list joined by 、 (not the
    one of the word at ``pos``) that holds a round's word of its own is that item's round, not an earlier one."""
    f = art.folded
    lo = max(ss, f.rfind("、", ss, a[0]) + 1)
    hi = f.find("、", a[1], se)
    hi = se if hi < 0 else hi
    if lo <= pos < hi:
        return False
    return any(r.type == "funding" for x, y in art.triggers_in(lo, hi) for r in art.lex.triggers.get(art.lowered[x:y], []))


def _investors_right_before_sum(art: _Article, ss: int, a: tuple, org: str | None) -> list[str]:
    """"年初獲得京東1億美元D輪投資" / "以及Square Peg Capital 600萬美元的A+輪投資": in a round named in passing, the
    names listed right before its sum (after "received" or "and": [grammar] received_marks, coordinators) gave it."""
    f = art.folded
    named = [o for o in art.ents.orgs_in(max(ss, a[0] - 60), a[0]) if not o.ref and o.key != org]
    if not named or not art.rx(r"\s*(?:的|共|合共)?\s*").fullmatch(f, named[-1].end, a[0]):
        return []
    out = [named[-1]]
    for o in reversed(named[:-1]):
        if not art.rx(r"\s*<<coordinators>>\s*").fullmatch(f, o.end, out[0].start):
            break
        out.insert(0, o)
    if not art.rx(r"(?:<<received_marks>>|<<coordinators>>)\s*$").search(f, max(ss, out[0].start - 6), out[0].start):
        return []
    return list(dict.fromkeys(o.key for o in out))


_LEAD_INVESTORS = (r"(?:<<agent_marks>>([^,;。:]{2,60}?)|<<received_marks>>([^,;。:]{2,60}?)<<relative_words>>)"
                   r"<<co_adverbs>>?<<lead_investor_verbs>>(?![方人者机]|<<co_adverbs>>?<<investor_verbs>>)|<<investor_marks>>"
                   r"\s+([A-Z][^;:]{1,80}?)(?=,|;|\.(?:\s|$)|$| (?:with|at|to|in|on|which|who|while|as|the company)\b)")
# (a firm named 投資 before its verb is whole: "由華岳投資領投" is 華岳投資, not 華岳 that 投資)
_FOLLOW_INVESTORS = r"(?:^|[,、])([^,;。:]{2,40}?)(?:等)?(?:<<co_adverbs>>)?<<follow_investor_verbs>>"


def _investors_by_shape(art: _Article, ss: int, se: int, org: str | None) -> list[str]:
    """Investors the lexicon may not know: "由銀河資本與星河科技…共同領投", "led by Orbis Ventures"."""
    f = art.folded
    seg = f[ss:se]
    out: list[str] = []
    spans = []
    for m in art.rx(_LEAD_INVESTORS).finditer(seg):
        g = next(i for i in (1, 2, 3) if m.group(i))  # (由X領投, 獲得X的領投, led by X)
        spans.append((m.start(g), m.end(g)))
    for m in art.rx(_FOLLOW_INVESTORS).finditer(seg):
        spans.append((m.start(1), m.end(1)))
    for a, b in spans:
        for part in art.rx(r",?\s*<<coordinators>>\s*").split(seg[a:b]):
            # (",由X及Y共同參與": not 由; "老股東蘇創投資": 蘇創投資)
            part = art.rx(r"^\s*(?:<<agent_marks>>(?![a-z]))?\s*(?:<<investor_holder_words>>)?").sub("", part).strip()
            # ("由X領投、Y跟投": the follower's span opens at 由, so X comes with its verb; X is the lead, told already)
            part = art.rx(r"(?:<<co_adverbs>>)?(?:<<investor_verbs>>)$").sub("", part).strip()
            if len(part) < 2 or art.rx(r"<<unnamed_investors>>").match(part):
                continue  # ("多家美元基金", "戰略投資方", "現有股東": no name)
            st = ss + seg.find(part, a - 0 if a else 0)
            known = [o.key for o in art.ents.orgs_in(st, st + len(part))] + \
                    [p.key for p in art.ents.persons_in(st, st + len(part)) if not p.pronoun and not _heads_a_firm(art, p)]
            name = known[0] if known else art.text[st:st + len(part)]
            if not known and art.lang == "en" and not name[:1].isupper():
                continue  # ("led by an unnamed party": no name)
            if name != org and name not in out:
                out.append(name)
    return out
