"""Foundings: the company founded (``FOUNDED_ORG_STRATEGIES``), who founded it (``FOUNDER_STEPS``: the founders the
trigger's subjects become) and where each founder came from (``FOUNDER_ORIGIN_STRATEGIES``); one event per founder.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentdb.extract.entities import Mention, _is_han
from talentdb.extract.events.candidates import Cand
from talentdb.extract.events.orgs import _CLOSING_QUOTES, _OPENING_QUOTES, _after_what_it_is, \
    _before_time_words_and_dates, _former, _latin_glued_to_han_name, _opening_name, _org_by_shape_before, came_from, \
    coined_name_right_after, org_after_word, the_one_company_just_named
from talentdb.extract.events.patterns import _COMMA_OR_STOP, _PASSIVE, _SEMI_OR_STOP
from talentdb.extract.events.site import NOTHING, Site, first, run_steps
from talentdb.extract.model import Event
from talentdb.extract.text import fold
from talentdb.extract.names.latin_words import LETTERS as _LETTERS

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


# A run of one to four capitalised words: a Latin-script company name by its shape ("Quorra", "Orbis Freight Labs").
_LATIN_RUN = rf"([A-Z][{_LETTERS}0-9&\-]+(?: [A-Z][{_LETTERS}0-9&\-]+){{0,3}})"
_LATIN_NAME_BEFORE = re.compile(rf"(?<![A-Za-z0-9]){_LATIN_RUN}\s*$")
_LATIN_NAME_AT = re.compile(rf"\s*{_LATIN_RUN}(?= (?:was|were|has been|is)\b)")
_LATIN_NAME = re.compile(_LATIN_RUN)
_LATIN_NAME_THEN_LOWER = re.compile(rf"\s*{_LATIN_RUN}(?= [a-z])")
_LATIN_NAME_THEN_END = re.compile(rf"{_LATIN_RUN}(?=[,.’”'\"]| [a-z])")  # (or the quote that closes it)
_COMMA_BEFORE_END = re.compile(r"[A-Za-z0-9)],\s*(?:and\s+)?(?:was\s+)?$")
_BY_WORD = re.compile(r"\bby\b")


def founding_events(site: Site, subjects: list[Mention]) -> list[Cand]:
    """One founding per founder (one with no founder when none is named) of the company the word founds."""
    art = site.art
    if art.rx(r"<<future_marks>>\s*<<co_adverbs>>?\s*$").search(site.lowered_before(8)):
        return []  # "他將創辦…", "will found": not done yet
    if _planned(site):
        return []  # "預計明年下半年成立第二檔基金", "plans to set up a lab": planned, not done
    got = first(FOUNDED_ORG_STRATEGIES, site, subjects)
    if not got:  # (None or NOTHING)
        return []
    org, founders = got
    if org and _a_branch(art, org):
        return []
    if org:
        art.founded.append((site.sentence, org))
    people = run_steps(FOUNDER_STEPS, founders if founders is not None else subjects, site)
    if len(people) > 1:
        art.last_group = list(people)
    out = []
    for i, p in enumerate(people or [None]):
        came = _where_the_founder_came_from(site, org, people, i, p)
        ev = Event(type="founding", person=p.key if p else None, org=org, evidence=site.sentence_text,
                   counterparty=came, confidence=site.rule.confidence * (0.9 if p is not None and p.pronoun else 1.0))
        out.append(Cand(ev, site.trigger_start, site.sentence, p.start if p else None, True))
        if p is not None and org:
            art.founders.setdefault(p.key, set()).add(org)
    return out


def _where_the_founder_came_from(site: Site, org: str | None, people: list, i: int, p: Mention | None) -> str | None:
    """The counterparty of one founding: a named founder's former employer; with no founder named, the parent or
    merging company that set the organisation up; a founder told by a pronoun: none (the origin would be a guess)."""
    if p is None:
        return parent_or_merging_org(site, org) if org else None
    return None if p.pronoun else first(FOUNDER_ORIGIN_STRATEGIES, site, org, people, i)


def _a_branch(art: _Article, org: str) -> bool:
    """"成立北京分公司" / "set up its Berlin branch": a name that ends in a branch, office or shop word ([grammar]
    branch_units) is a company opening a branch, not an organisation founded."""
    return art.rx(r"(?:^|[\s\u4e00-\u9fff])(?:<<branch_units>>)\s*$").search(fold(org).lower()) is not None


def _not_the_founders_origin(site: Site, org: str | None) -> str | None:
    """"The company, set up in 2021 by former Orbis engineers Ana Ruiz and Ben Tao,": the company "the company"
    means is not one named after the word as where its founders came from (none is better)."""
    if org is None:
        return None
    art = site.art
    after = [o for o in art.ents.orgs_in(site.trigger_end, site.sentence_end) if o.key == org]
    return None if any(_former(art, o) or art.rx(r"\b(?:by|from|of|at)\b").search(
        art.lowered, site.trigger_end, o.start) for o in after) else org


def _planned(site: Site) -> bool:
    """A plan or supposition ([grammar] plan_marks) before the word in its clause, not inside a name (邓若溪) nor a
    time ("In May Ana Ruiz founded…": the month, not the modal)."""
    art = site.art
    marks = list(art.rx(r"(?<![a-z])(?:<<plan_marks>>)(?![a-z])").finditer(
        art.lowered, max(site.clause_start, site.trigger_start - 40), site.trigger_start))
    if not marks or agreement_signed(site):
        return False
    taken = [(p.start, p.end) for p in art.ents.persons_in(site.sentence_start, site.trigger_start)] + \
        [(a, b) for a, b, _ in art.dates_for(site.sentence_start, site.sentence_end)]
    return any(not any(a < m.end() and m.start() < b for a, b in taken) for m in marks)


def agreement_signed(site: Site) -> bool:
    """"签署合资经营合同,拟组建X汽车" / "就擬成立X簽訂合資協議": an agreement ([grammar] agreement_nouns) signed in the
    sentence ([grammar] agreement_signed) founds what it plans (the signing is the founding, as a JV's contract is);
    a signing itself planned ("擬簽署《合資協議》") or an MOU signed does not."""
    art = site.art
    for m in art.rx(r"(?<![a-z])(?:<<agreement_signed>>)(?![a-z])[^,，。;；]{0,24}?(?:<<agreement_nouns>>)").finditer(
            art.lowered, site.sentence_start, site.sentence_end):
        if not art.rx(r"(?:<<plan_marks>>)\s*$").search(art.lowered, max(site.sentence_start, m.start() - 6), m.start()):
            return True
    return False


# -- the company founded ----------------------------------------------------------------------------------------------
def _founders_after_by(site: Site) -> list[Mention] | None:
    """The people after "by" (由) after the word, listed together."""
    art = site.art
    byp = [p for p in art.ents.persons_in(*site.sentence_after) if art.rx(r"<<agent_marks>>").search(
        art.folded[site.trigger_end:p.start])]
    return art.chain_forward(byp[0], site.sentence_end) if byp else None


def _unknown_latin_name(art: _Article, m) -> bool:
    """Whether a capitalised name a regex found is no person and not only words that are never names."""
    return m is not None and not art.ents.persons_in(m.start(1), m.end(1)) and \
        not all(w in art.lex.latin_not_name for w in m.group(1).split())


def company_before_passive(site: Site, subjects: list[Mention]):
    """"Quorra was co-founded in 2022 by Ana Ruiz and Ben Tao": the company before a passive, the founders after."""
    # (an unknown name opening the sentence too: "Quorra was founded by…")
    art, f, ss, ts = site.art, site.art.folded, site.sentence_start, site.trigger_start
    if art.lowered.endswith("ing", ts, site.trigger_end):
        return None  # ("is launching a new studio": the progressive, no passive)
    if not (art.rx(_PASSIVE).search(f[max(site.clause_start, ts - 12):ts]) or
            art.rx(r"<<passive_past>>").search(f[max(ss, ts - 30):ts])):
        return None
    ob = [o.key if not o.ref else _not_the_founders_origin(site, o.key) for o in art.ents.orgs_in(ss, ts)]
    if ob and ob[-1] is None:
        return NOTHING
    if not ob and art.rx(r"\W*the\s+(?:[\w\-]+\s+){0,3}<<founded_bodies>>\s").match(art.lowered, ss, ts):
        return NOTHING  # ("The party has been launched ahead of the polls": a body named before, not the article's firm)
    if not ob and art.rx(r"\W*the\s+(?:[\w\-]+\s+){0,3}<<head_nouns>>\s").match(art.lowered, ss, ts):
        # ("The Chicago firm was co-founded by…": the firm that opened the sentence before)
        meant = _not_the_founders_origin(site, art.ents.subject_org_before(ss) or art.ents.company_meant(ss))
        ob = [meant] if meant else []
    if not ob:
        lm = _LATIN_NAME_AT.match(f, ss, ts)
        if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
                not any(w in art.lex.latin_not_name for w in lm.group(1).split()):
            ob = [lm.group(1)]
    # (in the passive only "by" names a founder: "A joined Orbis, which was founded in 1990" founds nothing of A's)
    return (ob[-1], _founders_after_by(site) or []) if ob else None


def company_before_passive_by(site: Site, subjects: list[Mention]):
    """"Quorra was set up in 2019 by Ana Ruiz and Ben Tao": a word read only with its founders after "by" (a rule
    whose second part is "by": set up… by) founds only in the passive, the company before it, with people after
    "by"; anywhere else nothing (NOTHING: "The office was set up by the bank", "Ana Ruiz launched a map used by…")."""
    if site.rule.gap is None or site.rule.gap.strip() != "by":
        return None
    if site.art.lang != "en" or not _founders_after_by(site):
        return NOTHING
    return company_before_passive(site, subjects) or NOTHING


def company_a_passive_word_follows(site: Site, subjects: list[Mention]):
    """"joined Orbis Council when it was created in 2007" / "The Quorra Fund was created in 2015": a founding word that
    holds its own passive ("was created in"): the organisation right before it, or, after "when it", the last one
    named before that in the sentence; no founder but one after "by"."""
    art, ts, word = site.art, site.trigger_start, site.word
    if art.lang != "en" or not art.rx(r"(?:when it )?(?:was|were) ").match(word):
        return None
    named = [o for o in art.ents.orgs_in(site.sentence_start, ts) if not o.ref]
    if word.startswith("when it "):
        return (named[-1].key, _founders_after_by(site) or []) if named else NOTHING
    return (named[-1].key, _founders_after_by(site) or []) if named and ts - named[-1].end <= 1 else NOTHING


def company_launched_with_its_round(site: Site, subjects: list[Mention]):
    """"Quillmesh Bio launched with a $55 million Series A round" / "Orbis Robotics emerged from stealth with $12
    million": a company that comes into the open with its money is founded; it is the one named right before the word
    (by its shape in a title-case headline), and "with" goes on to a sum or a round ([grammar] round_names_en,
    funding words); no founder (the word's subject is the company)."""
    art, ts, te, word = site.art, site.trigger_start, site.trigger_end, site.word
    if art.lang != "en" or not art.rx(r"launch(?:ed|es)? with|.*stealth").fullmatch(word):
        return None
    if word.endswith("with") and not art.rx(r"[^;]{0,40}?\b(?:<<round_names_en>>|funding|financing|round|investment|"
                                            r"backing)\b").match(art.lowered, te, site.clause_end):
        return NOTHING  # ("launched with a bang", "launched with a $5 million marketing push")
    named = [o for o in art.ents.orgs_in(site.clause_start, ts) if not o.ref and ts - o.end <= 1]
    if named:
        return named[-1].key, []
    lm = _LATIN_NAME_BEFORE.search(art.folded, site.clause_start, ts)
    return (lm.group(1), []) if _unknown_latin_name(art, lm) else NOTHING


def company_before_comma(site: Site, subjects: list[Mention]):
    """"Oslo-based Quorra, founded last year by Ana Ruiz and Ben Tao,": the name before the comma, then by whom."""
    art, f, ss, ts, te = site.art, site.art.folded, site.sentence_start, site.trigger_start, site.trigger_end
    if art.lang != "en" or not _COMMA_BEFORE_END.search(f[max(ss, ts - 8):ts]) or \
            not (_BY_WORD.search(f[te:min(site.sentence_end, te + 30)]) or _only_a_date_then_comma(art, te)):
        return None
    comma = f.rfind(",", ss, ts)
    ob = [o for o in art.ents.orgs_in(ss, comma) if comma - o.end <= 1]
    if ob:
        org = ob[-1].key if not ob[-1].ref else _not_the_founders_origin(site, ob[-1].key)
        if org is None:
            return NOTHING
    elif art.rx(r"\W*the\s+(?:[\w\-]+\s+){0,3}<<head_nouns>>\s*$").match(art.lowered, ss, comma):
        # ("The Gurugram-based company, set up last year by A, B and C,": the company the article is about)
        org = _not_the_founders_origin(site, _recipient_just_told(site) or art.ents.subject_org_before(ss) or
                                       art.ents.company_meant(ss))
        if org is None:
            return NOTHING
    else:
        lm = _LATIN_NAME_BEFORE.search(f, ss, comma)
        org = lm.group(1) if _unknown_latin_name(art, lm) else None
    return (org, _founders_after_by(site)) if org is not None else None


def _only_a_date_then_comma(art: _Article, te: int) -> bool:
    """"The company, founded in 2018, had…": after the word, only its date ("in", "on") before the comma that
    closes the apposition."""
    comma = art.folded.find(",", te, te + 40)
    if comma < 0:
        return False
    dates = [d for d in art.dates_for(te, comma) if d[0] >= te]
    return bool(dates) and art.rx(r"\s*(?:in|on)?\s*").fullmatch(art.lowered, te, dates[0][0]) is not None and \
        not art.lowered[dates[-1][1]:comma].strip()


_HAN_RUN_TO_STOP = re.compile(r"([\u4e00-\u9fff]{2,6})(?=[,，。;；])")


def _a_bare_han_name(art: _Article, name: str) -> bool:
    """Whether a run of Han characters may be a company's name: not what a company is (公司, 平台), nor a reference
    (這家…), nor a word that only describes one."""
    return not (art.rx(r"(?:<<head_nouns>>|<<bare_company>>)$").search(name) or
                art.rx(r"^(?:<<han_this_refs>>|<<han_it_refs>>|<<new_marks>>|一)").search(name) or
                name in art.lex.org_generic_set)


def company_a_founder_dates_before_de(site: Site, subjects: list[Mention]):
    """"他在2004年創立的星聯通訊,2005年就成為…" / "2015年成立的星聯通訊,專攻…": a dated founding word (a person's, or
    no one's), then 的 and a bare name that ends the clause: the company founded (the founder the subject, if any).
    (Not "新成立的實驗室": a new unit, see new_unit_described.)"""
    art, f, te = site.art, site.art.folded, site.trigger_end
    dated = art.dates_for(site.clause_start, site.trigger_start) or _by_people_before(site)
    if art.lang == "en" or f[te:te + 1] != "的" or not dated or \
            art.rx(r"<<new_marks>>\s*$").search(art.lowered[max(site.clause_start, site.trigger_start - 3):site.trigger_start]):
        return None
    m = _HAN_RUN_TO_STOP.match(f, te + 1, min(len(f), site.clause_end + 1)) or \
        _HAN_NAME_WITH_COMPANY_TO_STOP.match(f, te + 1, min(len(f), site.clause_end + 1))
    if m is None or f[m.end():site.clause_end].strip("。,，;； ") or art.ents.persons_in(m.start(1), m.end(1)):
        return None
    if not _a_bare_han_name(art, m.group(1)) and (len(m.group(1)) < 4 or "有限" in m.group(1) or
                                                  not _a_bare_han_name(art, m.group(1).removesuffix("公司"))):
        return None  # ("2018年成立的元星智能科技公司": a name and its 公司 is a name too)
    return art.text[m.start(1):m.end(1)], None


def _by_people_before(site: Site) -> bool:
    """"由陳建宏創辦的綠源農業,…": the founders named after 由 right before the word (共同, 所 between) tell the
    founding as well as a date would."""
    art = site.art
    people = art.ents.persons_in(site.clause_start, site.trigger_start)
    return bool(people) and art.rx(r"(?:由|经由)\s*$").search(art.lowered, site.clause_start, people[0].start) is not None \
        and art.rx(r"\s*(?:<<co_adverbs>>)?\s*所?\s*").fullmatch(art.lowered, people[-1].end, site.trigger_start) is not None


_HAN_NAME_WITH_COMPANY_TO_STOP = re.compile(r"([\u4e00-\u9fff]{2,8}公司)(?=[,，。;；])")


def company_told_as_founded(site: Site, subjects: list[Mention]):
    """"星瀾是市政府2016年成立的創投平台" / "…,是由林佳慧等五人於1999年在杭州創辦的公司": a company
    said to be (是, 為: [grammar] copulas) what was founded at a date (a dated founding word, then 的 and what a company
    is): the company before the copula, in its clause or ending the clause before."""
    art, f, cs, ts, te = site.art, site.art.folded, site.clause_start, site.trigger_start, site.trigger_end
    if art.lang == "en" or f[te:te + 1] != "的" or \
            not art.rx(r"的(?:一家|一间|一个|家)?[^,，;；。]{0,10}?<<head_nouns>>\s*(?:[,，;；。]|$)").match(art.lowered, te, site.clause_end + 1):
        return None
    cop = [m for m in art.rx(r"(?:<<copulas>>)(?:一家|一间|一个)?").finditer(art.lowered, cs, ts)]
    if not cop or not art.dates_for(cop[0].end(), ts):
        return None
    c = cop[0].start()
    named = [o for o in art.ents.orgs_in(cs, c) if not o.ref]
    if not named and not art.folded[cs:c].strip():  # (the copula opens the clause: the company ends the one before)
        named = [o for o in art.ents.orgs_in(site.sentence_start, cs) if not o.ref and
                 art.rx(r"[)）]?\s*[,，]?\s*").fullmatch(f, o.end, cs)]
        named = named[-1:] or [o for o in art.ents.orgs_in(site.sentence_start, cs) if not o.ref][:1]
    if named:
        return named[0].key, None
    name = _bare_name_before(art, cs, c)
    return (name, None) if name else None


def company_said_to_be_one_founded(site: Site, subjects: list[Mention]):
    """"澄川智能是一家成立於2016年的AI軟件提供商" / "星澄是一間成立於2016年、專注…的新創公司": a name, a copula
    ([grammar] copulas) and "one" (一家) right before the founding word, a date after it (於, 在): the company said to
    be one founded then is the name before the copula (a bare one too: the sentence says it is a company)."""
    art, f, cs, ts, te = site.art, site.art.folded, site.clause_start, site.trigger_start, site.trigger_end
    if art.lang == "en" or subjects:
        return None
    cop = art.rx(r"(?:<<copulas>>)\s*(?:一家|一间|一个|一所|家|间)\s*$").search(art.lowered, cs, ts)
    when = art.rx(r"\s*(?:于|於|在)\s*").match(art.lowered, te)
    if cop is None or when is None or not [d for d in art.dates_for(when.end(), site.sentence_end) if d[0] == when.end()]:
        return None
    c = cop.start()
    named = [o for o in art.ents.orgs_in(cs, c) if not o.ref]
    if named:
        return (named[-1].key, None) if not art.folded[named[-1].end:c].strip() else None
    a = cs
    while a < c and f[a] in " ,，":
        a += 1
    name = _opening_name(art, _after_what_it_is(art, a, c), c)
    return (name, None) if name else None


def company_named_after_its_kind(site: Site, subjects: list[Mention]):
    """"2014年4月创立二手物品交易平台星贝。": what the company is ([grammar] head_nouns, after a few words of what it
    does) then a bare name that ends the clause and is told again in the article: the company founded."""
    art, f, te = site.art, site.art.folded, site.trigger_end
    if art.lang == "en" or art.ents.orgs_in(te, site.clause_end):
        return None
    k = art.rx(r"了?[\u4e00-\u9fff]{0,8}?<<head_nouns>>").match(art.lowered, te, site.clause_end)
    m = _HAN_RUN_TO_STOP.match(f, k.end(), min(len(f), site.clause_end + 1)) if k else None
    if m is None or f[m.end():site.clause_end].strip("。,，;； ") or not _a_bare_han_name(art, m.group(1)) or \
            art.ents.persons_in(m.start(1), m.end(1)):
        return None
    name = m.group(1)
    again = f.find(name, site.sentence_end) >= 0 or 0 <= f.find(name) < site.sentence_start
    return (art.text[m.start(1):m.end(1)], None) if again else None


def new_unit_described(site: Site, subjects: list[Mention]):
    """"轉投銀河科技新成立的量子實驗室": what a new unit is, after the word, is no founding (NOTHING)."""
    art, te = site.art, site.trigger_end
    if te < len(art.folded) and art.folded[te] in art._relative and (
            not subjects or art.rx(r"<<new_marks>>\s*$").search(art.lowered[max(site.clause_start,
                                                                                 site.trigger_start - 3):site.trigger_start])):
        return NOTHING
    return None


def company_just_founded(site: Site, subjects: list[Mention]):
    """"Fathom was incorporated in May. She founded the company with Ben Tao": the company whose founding was just
    told, not the article's main one."""
    # (the word followed by "the company" / "the startup", a founding told in this or the two sentences before)
    art, te = site.art, site.trigger_end
    if not art.founded or not art.rx(r"(?:<<skip_after_trigger>>)?<<bare_company>>").match(
            art.lowered[te:te + 16].lstrip()):
        return None
    si, org = art.founded[-1]
    return (org, None) if site.sentence - si <= 2 else None


def company_described_then_named(site: Site, subjects: list[Mention]):
    """"A French start-up founded four weeks ago by former Orbis engineers has raised…. Quorra's round…": the company
    described is the one that opens the next sentence (none is better than the company its founders came from)."""
    art, ss, ts = site.art, site.sentence_start, site.trigger_start
    if not art.rx(r"(?:a|an)\s+(?:[\w\-]+\s+){0,3}<<head_nouns>>\s+").fullmatch(art.lowered, ss, ts):
        return None
    if site.sentence + 1 < len(art.sentences):
        ns, ne = art.sentences[site.sentence + 1]
        opening = [o for o in art.ents.orgs_in(ns, min(ne, ns + 3)) if not o.ref]
        if opening:
            return opening[0].key, []
    return NOTHING


def company_described_then_called(site: Site, subjects: list[Mention]):
    """"由林佳慧與柯文瀚共同創辦的AI新秀,名為Quorra," / "a startup co-founded by Ana Ruiz and Ben Tao, called Quorra,":
    a company described after the word (a [grammar] head_nouns word) and named further on in the sentence by a
    naming word; the founders after "by" (由) come from the founder steps."""
    art, te, se = site.art, site.trigger_end, site.sentence_end
    m = art.rx(r"<<naming_words>>\s*[“「『\"]?\s*").search(art.lowered, te, min(se, te + 60))
    if m is None:
        return None
    between = art.lowered[te:m.start()]
    if art.triggers_in(te + 1, m.start()) or re.search(r"[;；。]", between) or \
            not re.search(r"[,，]\s*$", between):  # (the name set off: "a firm named in the suit" is no naming)
        return None
    if art.lang == "en":  # ("A startup co-founded by A and B, called X": what it is, before the word or after it)
        if not art.rx(r"<<head_nouns>>").search(art.lowered, max(site.sentence_start, site.trigger_start - 30),
                                                 m.start()) or any(not _former(art, o) for o in art.ents.orgs_in(te, m.start())):
            return None
    elif not re.match(r"的[^,，]{1,12}[,，]\s*$", between):  # ("共同創辦的AI新秀,名為X")
        return None
    founders = _founders_after_by(site) if art.lang == "en" else None
    named = [o for o in art.ents.orgs_in(m.end(), m.end() + 2) if not o.ref]
    if named:
        return named[0].key, founders
    lm = _LATIN_NAME_THEN_END.match(art.folded, m.end(), se) or _LATIN_NAME.match(art.folded, m.end(), se)
    if _unknown_latin_name(art, lm):
        return lm.group(1), founders
    hm = re.match(r"([\u4e00-\u9fff]{2,8})[”」』\"]?[,，]", art.folded[m.end():m.end() + 12]) if art.lang != "en" else None
    if hm and not art.ents.persons_in(m.end(), m.end() + len(hm.group(1))):
        return art.text[m.end():m.end() + len(hm.group(1))], None
    return None


def company_the_which_clause_is_about(site: Site, subjects: list[Mention]):
    """"officers of TSMC, which Morris Chang founded in 1987": the company named right before ", which"."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if not art.rx(r"\s*(?:which|that)\b").match(art.lowered, cs, ts):
        return None
    before = [o for o in art.ents.orgs_in(max(site.sentence_start, cs - 40), cs) if cs - o.end <= 2]
    return (before[-1].key, None) if before else None


def company_named_after_its_description(site: Site, subjects: list[Mention]):
    """"announced the creation of their own company, Notorious Studios": the name after "a/their (new) company,"."""
    art, te = site.art, site.trigger_end
    # (or a body that is no company, "launched his party, Lakeshore Renewal Party (LRP), in June", named by its shape)
    m = art.rx(r"\s*(?:a|an|the|their|his|her|its)\s+(?:own\s+|new\s+)*(?:<<head_nouns>>|<<founded_bodies>>)\s*,"
               r"\s*").match(art.lowered, te, min(len(art.lowered), te + 40))
    if m is None:
        return None
    named = [o for o in art.ents.orgs_in(m.end(), m.end() + 2) if not o.ref]
    if named:
        return named[0].key, None
    lm = _LATIN_NAME.match(art.folded, m.end(), site.sentence_end)
    return (lm.group(1), None) if _unknown_latin_name(art, lm) else None


def company_called(site: Site, subjects: list[Mention]):
    """"are launching an independent studio in Montreal called Trapdoor Inc.": the name after "called" / "named"
    in the word's clause is the company founded (not the place before it)."""
    # (in Chinese, "組建一家名為星瀚汽車的新電動車公司": the name between the naming word and 的, not a word of the
    # description after it)
    art = site.art
    if art.lang != "en":
        m = art.rx(r"<<naming_words>>\s*[“「『\"]?").search(art.lowered, site.trigger_end, min(site.clause_end, site.trigger_end + 8))
        if m is None:
            return None
        named = [o for o in art.ents.orgs_in(m.end(), m.end() + 1) if not o.ref and o.start >= m.end()]
        if named:
            return named[0].key, None
        hm = re.match(r"([\u4e00-\u9fff]{2,8}?)[”」』\"]?的", art.folded[m.end():m.end() + 12])
        if hm and not art.ents.persons_in(m.end(), m.end() + len(hm.group(1))):
            return art.text[m.end():m.end() + len(hm.group(1))], None
        return None
    m = art.rx(r"\b<<naming_words>>\s+[‘“'\"]?").search(art.lowered, site.trigger_end, site.clause_end)
    if m is None:
        return None
    named = [o for o in art.ents.orgs_in(m.end(), m.end() + 2) if not o.ref]
    if named:
        return named[0].key, None
    lm = _LATIN_NAME_AT.match(art.folded, m.end()) or _LATIN_NAME.match(art.folded, m.end())
    # (right after what it is, the name is the body's even where it looks like a person's: "her party by the name of
    # Coastal Voices Caucus"; not after "a partner named Ben Tao")
    said_what = art.rx(r"(?:<<head_nouns>>|<<founded_bodies>>)\s+$").search(art.lowered, max(0, m.start() - 24), m.start())
    return (lm.group(1), None) if _unknown_latin_name(art, lm) or (
        said_what and lm and not all(w in art.lex.latin_not_name for w in lm.group(1).split())) else None


def coined_company_right_after_word(site: Site, subjects: list[Mention]):
    """"Ben Tao set up Quorra after leaving Orbis Capital" / "Ana Ruiz started Quorra in 2015": in English, a name
    the lexicon does not know, right after the word and ending where the clause goes on with a time, a partner or a
    stop, is the company founded (not a known name later in the clause: where the founder came from)."""
    got = coined_name_right_after(site.art, site.trigger_start, site.trigger_end, site.clause_end)
    return (got[0], None) if got is not None else None


def company_after_word(site: Site, subjects: list[Mention]):
    """"Ana Ruiz founded Quorra" / "林佳慧創辦了星途機器人": the organisation after the word (or its shape); not one
    after "by" ("co-founded by OpenTable founder…", "set up last year by Punit Goyal": a founder or a founder's
    company), "with" ("a fund set up with CTBC": a partner) or "at" ("founded at MIT": where)."""
    org, pos = org_after_word(site, allow_shape=not _intransitive(site))
    if org is not None and site.art.lang == "en" and pos > site.trigger_end and \
            re.search(r"(?:^|\s)(?:by|with|at|in|inside|within)\s*$|\bby\b", site.art.lowered[site.trigger_end:pos]):
        return None
    joint = _a_joint_name(site, org, pos) if org is not None else None
    if joint is not None:
        return joint, None  # ("formation of Orbis Tessel Land": the partners' names run into the new one's)
    if org is not None and _a_product_of_it(site, org, pos):
        return None
    if org is not None and site.art.lang != "en" and pos > site.trigger_end and \
            site.art.folded[site.trigger_end:pos].strip() in ("于", "於", "在"):
        return None  # ("星瀾餐飲成立於杭州": where it was founded, not what)
    if org is not None and not _a_unit_of_it(site, org, pos):
        org = _named_after_the_description(site, org, pos)
        return (org, None) if org is not None else None
    return None


def _a_product_of_it(site: Site, org: str, pos: int) -> bool:
    """"oversaw the launch of Orbis Maps in Latin America": in English, a known name run on into a capitalised
    word that is no part of it is a product or a unit of that company (Orbis Maps), not a company founded."""
    art = site.art
    if art.lang != "en":
        return False
    o = next((x for x in art.ents.orgs_in(pos, site.clause_end) if x.key == org and x.start == pos), None)
    m = _NEXT_CAPITALISED.match(art.folded, o.end) if o is not None else None
    return m is not None and m.group(1) not in art.lex.latin_not_name


_NEXT_CAPITALISED = re.compile(rf" ([A-Z][{_LETTERS}0-9]+)")
_CAPITALISED_RUN = re.compile(rf"[A-Z][{_LETTERS}0-9&\-]*(?: [A-Z][{_LETTERS}0-9&\-]*){{1,5}}")


def _a_joint_name(site: Site, org: str, pos: int) -> str | None:
    """"the partners welcomed the formation of Orbis Tessel Land": in English, a name run on into a capitalised
    run is one name, the new company's, when the run holds another organisation (its partners' names in it) or the
    name is one found by its shape ("Orbis Tessel Systems Land"), not one the lexicon knows ("Orbis Maps": a product)."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    art = site.art
    if art.lang != "en":
        return None
    o = next((x for x in art.ents.orgs_in(pos, site.clause_end) if x.key == org and x.start == pos), None)
    m = _CAPITALISED_RUN.match(art.folded, pos) if o is not None else None
    if m is None or m.end() <= o.end:
        return None
    partners = [x for x in art.ents.orgs_in(o.end, m.end()) if x.key != org and not x.ref]
    known = art.lex.org_alias.get(art.folded[o.start:o.end]) is not None
    rest = art.folded[o.end:m.end()].strip()
    return m.group(0) if partners or (not known and not is_place(rest)) else None


def _intransitive(site: Site) -> bool:
    """"官宣創業最新進展" / "創業夥伴" / "創業無分年齡": a word with no object ([grammar] intransitive_founding: 創業,
    自立門戶) founds no company whose name is only guessed by its shape after it."""
    art = site.art
    return art.rx(r"^<<intransitive_founding>>$").match(art.lowered[site.trigger_start:site.trigger_end]) is not None


def _a_unit_of_it(site: Site, org: str, pos: int) -> bool:
    """"宣布成立中國足協換屆籌備組": a known name run on, with no break, into a unit word ([shape] unit_words and
    [grammar] group_units) founds a unit of that organisation, not the organisation."""
    art = site.art
    # (in English, the unit after the name and its "'s": "established the Inspector-General's Office")
    o = next((x for x in art.ents.orgs_in(pos, site.clause_end) if x.key == org), None)
    # (and a branch of it: "set up Quorra Labs Berlin Branch", "成立銀河科技上海分公司")
    if art.lang == "en":
        end = o.end if o is not None else (pos + len(org) if art.folded.startswith(org, pos) else -1)
        return end >= 0 and bool(art.rx(r"(?:(?:'s|’s)\s+(?:<<group_units>>)|(?:\s+[a-z][\w\-]*){0,2}\s+"
                                        r"(?:<<branch_units>>))\b").match(art.lowered, end))
    if o is None:
        return False
    if art.rx(r"[^\s,;。，；、的]{0,6}?(?:<<branch_units>>)").match(art.lowered, o.end):
        return True
    return bool(art.rx(r"[^\s,;。，；、的]{0,6}?<<group_units>>").match(art.lowered, o.end))


def _named_after_the_description(site: Site, org: str, pos: int) -> str | None:
    """"成立虛擬實境(VR)新創公司JPW" / "創建中國版OpenAI公司「百川智能」": a name followed, in the clause, by what a
    company is and another name is part of the description; the company founded is the name after it."""
    art = site.art
    first_one = next((o for o in art.ents.orgs_in(pos, site.clause_end) if o.key == org), None)
    if first_one is None:
        return org
    if art.lang != "en" and art.rx(r"[^,;。，；]{0,24}?的<<head_nouns>>").match(art.lowered, first_one.end) and \
            not art.rx(r"<<naming_words>>\s*[“「『\"]?\s*$").search(art.lowered, max(0, first_one.start - 4), first_one.start):
        return None  # ("成立虛擬實境「VR Arcade」整體解決方案的公司": a name inside what an unnamed company does)
    rx = art.rx(r"[^,;。，；]{0,8}?<<head_nouns>>\s*[“「『\"]?\s*$")
    for o in art.ents.orgs_in(first_one.end, min(site.clause_end, first_one.end + 16)):
        if not o.ref and o.key != org and rx.match(art.lowered, first_one.end, o.start):
            return o.key
    return org


def company_opening_the_clause(site: Site, subjects: list[Mention]):
    """"子公司星河智藥(上海)有限公司已於8月25日正式成立": with no founder, the company that opens the clause (or,
    with none in it, the one right before it)."""
    # (or "星途機器人於2019年注冊成立," : a clause that dates it and ends with the word)
    # (the date in a clause of its own before: "2014年,作為合夥人,他們註冊的星途科技公司成立。")
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if art.lang == "en" or subjects or art.ents.persons_in(cs, ts) or not (
            art.rx(r"(?:已|正式)").search(art.folded[cs:ts]) or (
            _dated_before(site) and not art.folded[site.trigger_end:site.clause_end].strip(" ,，;；。"))) or \
            not art.rx(r"\s*(?:了|<<han_and_then>>|[于於在,，;；。.!！?？]|$)").match(art.lowered, site.trigger_end,
                                                                                  site.clause_end):
        return None  # (the word with an object founds that: "銀河科技宣布正式成立天文業務BU" founds no 銀河科技)
    from talentdb.extract.validate import fix_org  # (validate imports the extractor)

    ob = [o for o in art.ents.orgs_in(cs, ts) if o.start - cs <= 10 and fix_org(o.key) is not None]
    # (a name read in two, glued: "數碼港投資|者網絡(Cyberport Investors Network)": the one its gloss closes)
    ob = [o for o in ob if not any(x.start == o.end for x in art.ents.orgs_in(o.end, o.end + 1))]
    if not ob and not art.ents.orgs_in(cs, ts):  # ("子公司「晶耀車電」,已於本月初完成設立登記": right before the clause)
        ob = [o for o in art.ents.orgs_in(site.sentence_start, cs) if 0 <= cs - o.end <= 2 and
              fix_org(o.key) is not None][-1:]
        if not ob:  # ("旅遊平台星遊則於二○一四年成立": a bare name opening the clause)
            name = _bare_name_before(art, cs, ts)
            return (name, None) if name else None
    return (ob[0].key, None) if ob else None


def _dated_before(site: Site) -> bool:
    """A date in the word's clause, or in a clause of only a date that opens its sentence ("2014年,…")."""
    art, ss = site.art, site.sentence_start
    if art.dates_for(site.clause_start, site.trigger_start):
        return True
    first = [d for d in art.dates_for(ss, site.clause_start) if not art.folded[ss:d[0]].strip()]
    return bool(first) and art.rx(r"\s*[,，]").match(art.folded, first[0][1]) is not None


def company_the_clause_describes(site: Site, subjects: list[Mention]):
    """"now runs Carbonly, a startup she launched the following year": the company the clause describes."""
    # (named right before the clause)
    art, cs, ss = site.art, site.clause_start, site.sentence_start
    if cs <= ss:
        return None
    # (or a name of no known organisation, by its shape: "for Quorra, another Kyushu-based startup co-founded by A")
    lim = subjects[0].start if subjects and subjects[0].start >= cs else site.trigger_start
    if not art.rx(r"\s*(?:a|an|the|another)\s[^,;]{0,40}?<<head_nouns>>\s+(?:(?:that|which)\s+)?").fullmatch(
            art.lowered, cs, lim):
        return None
    prevo = [o for o in art.ents.orgs_in(ss, cs) if 0 <= cs - o.end <= 2 and not o.ref]
    if prevo:
        return prevo[-1].key, _founders_after_by(site)  # ("a startup founded by former Google engineers A and B")
    comma = art.folded.rfind(",", ss, cs)
    lm = _LATIN_NAME_BEFORE.search(art.folded, ss, comma) if art.lang == "en" and comma >= 0 else None
    return (lm.group(1), _founders_after_by(site)) if _unknown_latin_name(art, lm) else None


def company_before_by(site: Site, subjects: list[Mention]):
    """"星河科技由林佳慧與柯文瀚共同創辦": the company named (or shaped like one) before "by" (由)."""
    # (or a Latin name right before it: "Quorra由林佳慧創立"; the founders come after it)
    art, ss = site.art, site.sentence_start
    agents = list(art.rx(r"<<agent_marks>>").finditer(art.folded, ss, site.trigger_start))
    if not agents:
        return None
    by_pos = agents[-1].start()
    orgs_b = art.ents.orgs_in(ss, by_pos)
    if orgs_b:
        return orgs_b[0].key, None
    org, _ = _org_by_shape_before(art, ss, by_pos)
    if org is None:
        lm = _LATIN_NAME_BEFORE.search(art.folded, ss, by_pos)
        org = lm.group(1) if _unknown_latin_name(art, lm) else None
    if org is None and art.lang != "en":  # ("星瀾餐飲由林佳慧於1998年創立": a bare name opening the clause)
        org = _bare_name_before(art, site.clause_start, by_pos)
    return (org, None) if org is not None else None


def company_founded_in_the_clause_before(site: Site, subjects: list[Mention]):
    """"星瀾餐飲成立於杭州,由林佳慧創立": a clause that opens with "by" (由) and a founding word, right after a clause
    of the same sentence that told a founding: the same company (its founders after 由)."""
    art, cs = site.art, site.clause_start
    if art.lang == "en" or cs <= site.sentence_start or not art.founded or art.founded[-1][0] != site.sentence or \
            not art.rx(r"\s*<<agent_marks>>").match(art.folded, cs, site.trigger_start) or \
            art.ents.orgs_in(cs, site.trigger_start):
        return None
    return art.founded[-1][1], None


def company_after_fronted_participle(site: Site, subjects: list[Mention]):
    """"Founded in 2014, Pomelo operates an online fashion site" / "Founded in 2015 by Ana Ruiz and Ben Tao, Quorra
    makes…": a sentence that opens with the word: the company named right after the phrase's comma; founders by."""
    art, f, ss, ts, se = site.art, site.art.folded, site.sentence_start, site.trigger_start, site.sentence_end
    if art.lang != "en" or f[ss:ts].strip(" \"'“‘") or not art.rx(r"(?:co-?)?founded|launched|established|started|"
                                                                 r"formed|incorporated|set up").fullmatch(art.lowered,
                                                                                                         ts, site.trigger_end):
        return None
    comma = f.find(",", site.trigger_end, se)
    if comma < 0:
        return None
    byp = [p for p in art.ents.persons_in(site.trigger_end, comma) if art.rx(r"<<agent_marks>>").search(
        f, site.trigger_end, p.start)]
    founders = art.chain_forward(byp[0], comma) if byp else []
    named = [o for o in art.ents.orgs_in(comma, min(se, comma + 3)) if not o.ref]
    if named:
        return named[0].key, founders
    if art.rx(r"\s*<<bare_company>>(?:'s|’s)?\b").match(art.lowered, comma + 1, se):
        # ("Founded in 2020, the company's flagship…": the company whose round was just told, else the one that
        # opened the sentence before, not the article's main one in a roundup)
        meant = _recipient_just_told(site) or art.ents.subject_org_before(ss, strict=True)
        return (meant, founders) if meant else NOTHING
    lm = _LATIN_NAME_AT.match(f, comma + 1, se) or _LATIN_NAME_THEN_LOWER.match(f, comma + 1, se)
    return (lm.group(1), founders) if _unknown_latin_name(art, lm) else NOTHING


def _recipient_just_told(site: Site) -> str | None:
    """"Quorra raised $2 million in a seed round…. Established in 2019 by Ana Ruiz, the company provides…": the
    company of a round told in this sentence or the two before is the one "the company" then means."""
    last = site.art.last_funding
    return last[1] if last and last[1] and 0 <= site.sentence - last[0] <= 2 else None


def company_its_founding_means(site: Site, subjects: list[Mention]):
    """"Since its founding in 2015 by A, B and C, the company has grown…": the company "its" means; founders by."""
    art, ss, ts = site.art, site.sentence_start, site.trigger_start
    if art.lang != "en" or not art.rx(r"\W*(?:since|after|at|from|upon)?\s*its\s+$").fullmatch(art.lowered, ss, ts):
        return None
    org = art.ents.company_meant(ts)
    return (org, _founders_after_by(site) or []) if org else None


def company_named_in_the_next_sentence(site: Site, subjects: list[Mention]):
    """"…is launching a new startup studio in San Diego. The company, called Launch Factory, will…": a new company
    with no name after the word, named ("called", "named") in the next sentence, or as "the new firm, X" a few
    sentences on ("announced the launch of a new financial services firm…. Ana Ruiz will be CEO of the new firm, Quorra.")."""
    art, te = site.art, site.trigger_end
    # (or a body that is no company: "launched a new political party…. The party has been named as 'Quorra Forum'")
    if art.lang != "en" or not art.rx(r"\s*(?:a|an)\s+(?:new\s+)?(?:[\w\-]+\s+){0,3}(?:<<head_nouns>>|"
                                      r"<<founded_bodies>>)\b(?!\s*,)").match(
            art.lowered, te, min(len(art.lowered), te + 60)) or site.sentence + 1 >= len(art.sentences):
        return None
    ns, ne = art.sentences[site.sentence + 1]
    m = art.rx(r"\b<<naming_words>>\s+[‘“'\"]?").search(art.lowered, ns, min(ne, ns + 50))
    if m is None:
        return _the_new_one_named(site)
    named = [o for o in art.ents.orgs_in(m.end(), m.end() + 2) if not o.ref]
    lm = _LATIN_NAME_AT.match(art.folded, m.end(), ne) or _LATIN_NAME_THEN_END.match(art.folded, m.end(), ne)
    if named:
        return named[0].key, None
    # (what "the company, called" names is the company's, even where a two-word name looks like a person's)
    return (lm.group(1), None) if lm and not all(w in art.lex.latin_not_name for w in lm.group(1).split()) else None


def _the_new_one_named(site: Site):
    """"…of the new firm, Quorra Financial Holdings." in one of the next three sentences: the name set off after it."""
    art = site.art
    for ns, ne in art.sentences[site.sentence + 1:site.sentence + 4]:
        m = art.rx(r"\bthe\s+new\s+(?:[\w\-]+\s+){0,2}(?:<<head_nouns>>|<<founded_bodies>>),\s*").search(art.lowered, ns, ne)
        if m is None:
            continue
        named = [o for o in art.ents.orgs_in(m.end(), m.end() + 2) if not o.ref]
        if named:
            return named[0].key, None
        lm = _LATIN_NAME_THEN_END.match(art.folded, m.end(), ne)
        return (lm.group(1), None) if _unknown_latin_name(art, lm) else None
    return None


def company_founded_in(site: Site, subjects: list[Mention]):
    """"鵬鵠物宇成立於2021年" / "星途科技創立于2019年3月": the organisation right before the word, its founding dated by
    this clause (no founder named: the founders are told elsewhere, if at all)."""
    # (or "1998年5月星瀾餐飲成立於杭州": the place after the word, its date before the name)
    art, f, ts, te = site.art, site.art.folded, site.trigger_start, site.trigger_end
    if art.lang == "en" or te >= len(f) or f[te] not in "于於" or not (
            art.dates_for(te, site.clause_end) or _a_place_after_a_dated_name(site)):
        return None
    ob = [o for o in art.ents.orgs_in(site.clause_start, ts) if (not f[o.end:ts].strip() or _its_chinese_name(
          art, o, ts)) and not f[o.start:o.end].startswith(("有限", "股份"))]  # (a company form read alone is no name)
    if ob:
        return ob[-1].key, []
    if art.ents.orgs_in(site.clause_start, ts):
        return None
    name = _bare_name_before(art, site.clause_start, ts)
    return (name, []) if name else None


def _a_place_after_a_dated_name(site: Site) -> bool:
    """"1998年5月星瀾餐飲成立於杭州,…": a date before the word in its clause, and after 於 only a short place that
    ends the clause."""
    art = site.art
    return bool(art.dates_for(site.clause_start, site.trigger_start)) and \
        art.rx(r"[\u4e00-\u9fff]{2,8}").fullmatch(art.folded, site.trigger_end + 1, site.clause_end) is not None


def _bare_name_before(art: _Article, lo: int, e: int) -> str | None:
    """"星瀾餐飲成立於…" / "旅遊平台星遊則於二○一四年成立" / "1998年5月星瀾由林佳慧創立": a company's bare name (no
    organisation word) before ``e``: what is left after a date opening the clause and what the company is, and before
    adverbs ([grammar] founding_adverbs), 於/在 and a date; taken when it is described or quoted, or named again
    in the article (a bare word, "學校成立於1950年", is no name)."""
    # (a date after the name ends it, and what follows the date, "於1998年在杭州創立", is where: no part of it)
    f = art.folded
    a = lo
    while a < e and f[a] in " ,，":
        a += 1
    opening = [d for d in art.dates_for(a, e) if d[0] == a]
    a = opening[0][1] if opening else a
    later = [d for d in art.dates_for(a, e) if d[0] > a]
    e = later[0][0] if later else e
    for _ in range(4):
        e0 = e
        e = _before_time_words_and_dates(art, a, e)
        m = art.rx(r"(?:<<founding_adverbs>>|于|在|(?:在|于)[\u4e00-\u9fff]{2,6})$").search(art.lowered, a, e)
        e = m.start() if m else e
        if e == e0:
            break
    quoted = e - a > 2 and f[e - 1] in _CLOSING_QUOTES
    e -= quoted
    start = _after_what_it_is(art, a, e)
    if e <= start or (quoted and f[start - 1:start] not in _OPENING_QUOTES):
        return None
    again = f.find(f[start:e], e) >= 0 or f.find(f[start:e], 0, start) >= 0
    # (a name told again may open with 新, "new" before a noun elsewhere: 新荣记, 新大陆)
    name = _opening_name(art, start, e, first_ok="新" if again and e - start >= 3 else "") or \
        _latin_glued_to_han_name(art, start, e)  # ("旅遊平台QUORVO途瀾成立於…": its two names as one)
    if name is None or art.rx(r"(?:<<institution_kinds>>)").fullmatch(fold(name).lower()):
        return None  # ("學校成立於1950年": a kind of institution, no name)
    return name if start > a or quoted or again else None


def _its_chinese_name(art: _Article, o: Mention, ts: int) -> bool:
    """"金融科技公司Quorrapay星匯創立於二○一五年": a Latin name glued to a short Chinese one, right before the word,
    is one company's two names."""
    return o.end > 0 and art.folded[o.end - 1].isascii() and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", art.folded[o.end:ts]) \
        is not None and not art.ents.persons_in(o.end, ts)


def company_since_its_founding(site: Site, subjects: list[Mention]):
    """"自2022年成立以來,Figure AI始終專注於…": a clause of time since a dated founding ([grammar] since_opening
    before, a founding word ending in since_closing) tells the founding of the company opening the next clause; no
    founder. Any other use of such a word ("成立以來首次虧損") founds nothing."""
    art, f, cs, ts, te = site.art, site.art.folded, site.clause_start, site.trigger_start, site.trigger_end
    if art.lang == "en" or not art.rx(r"(?:<<since_closing>>)$").search(art.lowered, ts, te):
        return None
    if not subjects and art.dates_for(cs, ts):  # ("星河科技自2015年成立以來,…": the one named before 自)
        ob = [o for o in art.ents.orgs_in(cs, ts) if not o.ref and not f[cs:o.start].strip() and
              art.rx(r"\s*<<since_opening>>").match(f, o.end, ts)]
        if ob:
            return ob[0].key, []
    if subjects or not art.dates_for(cs, ts) or not art.rx(r"\s*<<since_opening>>").match(f, cs, ts) or \
            not art.rx(r"\s*[,，]").match(f, te, min(len(f), te + 3)):
        return NOTHING
    ce = site.clause_end
    named = [o for o in art.ents.orgs_in(ce, min(site.sentence_end, ce + 4)) if not o.ref]
    return (named[0].key, []) if named else NOTHING


def company_after_fronted_clause(site: Site, subjects: list[Mention]):
    """"2024年成立于深圳,地瓜机器人源自…" / "成立於2015年,星途科技是一家…": a sentence that opens with a clause of
    only a founding word, its time before and its place or time after (于/於), tells the founding of the company that
    opens the next clause (as "Founded in 2014, Pomelo…" in English); no founder."""
    art, f, ss, cs, ts, te = site.art, site.art.folded, site.sentence_start, site.clause_start, site.trigger_start, \
        site.trigger_end
    if art.lang == "en" or subjects or f[ss:cs].strip() or te >= len(f) or f[te] not in "于於":
        return None
    before = f[cs:ts]
    for d in reversed(art.dates_for(cs, ts)):
        before = before[:d[0] - cs] + before[d[1] - cs:]
    if before.strip() or art.ents.orgs_in(cs, site.clause_end) or art.ents.persons_in(cs, site.clause_end) or \
            not art.rx(r"[^,，;；。]{1,12}[,，]").fullmatch(f, te + 1, min(len(f), site.clause_end + 1)):
        return None
    named = [o for o in art.ents.orgs_in(site.clause_end, min(site.sentence_end, site.clause_end + 3)) if not o.ref]
    return (named[0].key, []) if named else None


def company_the_sentence_opens_with(site: Site, subjects: list[Mention]):
    """"星河科技是一家機器人公司,於2015年創立,總部在台北" / "…,成立於2015年,…": a clause of only a dated founding
    word, with no name of its own, after the company that opens the sentence (what lies between names no one else and
    tells no other event): that company's founding; no founder."""
    art, f, ss, cs, ts, te = site.art, site.art.folded, site.sentence_start, site.clause_start, site.trigger_start, \
        site.trigger_end
    if art.lang == "en" or subjects or cs <= ss or art.ents.orgs_in(cs, site.clause_end) or \
            art.ents.persons_in(cs, site.clause_end) or not art.dates_for(cs, site.clause_end):
        return None
    rest = f[cs:ts] + " " + f[te:site.clause_end]
    for d in sorted(art.dates_for(cs, site.clause_end), reverse=True):
        at = d[0] - cs if d[0] < ts else d[0] - te + (ts - cs) + 1
        rest = rest[:at] + rest[at + d[1] - d[0]:]
    if rest.strip(" 于於在,，。;；"):
        return None
    first_org = next((o for o in art.ents.orgs_in(ss, cs) if not o.ref), None)
    if first_org is None or f[ss:first_org.start].strip() or art.triggers_in(first_org.end, cs) or \
            art.ents.persons_in(first_org.end, cs) or any(o.key != first_org.key for o in art.ents.orgs_in(first_org.end, cs)):
        return None
    return first_org.key, []


def company_a_reference_means(site: Site, subjects: list[Mention]):
    """"它於2012年5月創立後" / "這家成立於2021年的公司": a dated founding of "it" or "this company" (a pronoun or
    reference before the word, [grammar] han_it_refs, or "this" before and "…的公司" after) is the founding of the
    company meant; no founder."""
    art, f, cs, ts, te = site.art, site.art.folded, site.clause_start, site.trigger_start, site.trigger_end
    if art.lang == "en" or subjects or not art.dates_for(cs, site.clause_end):
        return None
    before = f[cs:ts]
    for d in reversed(art.dates_for(cs, ts)):
        before = before[:d[0] - cs] + before[d[1] - cs:]
    before = before.strip().rstrip("于於在").strip()
    if not (art.rx(r"(?:<<han_it_refs>>)").fullmatch(before) or
            (art.rx(r"(?:<<han_this_refs>>)").fullmatch(before) and
             art.rx(r"[于於][^,;。]{2,12}?的<<head_nouns>>").match(art.lowered, te, site.clause_end))):
        return None
    org = the_one_company_just_named(art, site.sentence)
    return (org, []) if org else None


def company_alone_before_the_word(site: Site, subjects: list[Mention]):
    """"2021年1月,百度宣布造車;3月,集度成立並獲得超3億美元啟動資金": a clause that is only a company's name and
    the word, after a date in its sentence, and the clause ends or goes on with "and" ([grammar] han_and_then):
    the company founded; no founder."""
    art, f, cs, ts, te = site.art, site.art.folded, site.clause_start, site.trigger_start, site.trigger_end
    if art.lang == "en" or subjects or not art.dates_for(site.sentence_start, ts):
        return None
    ob = [o for o in art.ents.orgs_in(cs, ts) if not o.ref and o.end == ts and not f[cs:o.start].strip()]
    if not ob or not (te >= site.clause_end - 1 or art.rx(r"<<han_and_then>>").match(art.lowered, te)):
        return None
    return ob[0].key, []


# The company a founding word founds, and its founders when the strategy finds them: the first that answers
# (NOTHING: no founding at all).
FOUNDED_ORG_STRATEGIES = (company_before_passive_by, company_founded_in, company_since_its_founding, company_after_fronted_clause,
                          company_the_sentence_opens_with,
                          company_a_reference_means,
                          company_alone_before_the_word,
                          company_after_fronted_participle, company_its_founding_means,
                          company_a_passive_word_follows, company_launched_with_its_round, company_before_passive,
                          company_before_comma, company_told_as_founded, company_said_to_be_one_founded,
                          company_a_founder_dates_before_de,
                          new_unit_described, company_just_founded,
                          company_described_then_called, company_described_then_named,
                          company_the_which_clause_is_about,
                          company_named_after_its_description, company_named_in_the_next_sentence,
                          company_called, coined_company_right_after_word, company_after_word, company_named_after_its_kind, company_opening_the_clause,
                          company_the_clause_describes, company_founded_in_the_clause_before,
                          company_before_by)


# -- who founded it -----------------------------------------------------------------------------------------------------
def founders_before_by(site: Site, subjects: list[Mention]) -> list[Mention]:
    """"由林佳慧與柯文瀚共同創辦": the people after "by" (由) before the word, listed together."""
    art, cs = site.art, site.clause_start
    by = [p for p in art.ents.persons_in(cs, site.trigger_start) if art.rx(r"<<agent_marks>>").search(
        art.folded, cs, p.start)]
    return art.chain_back(by[-1], cs) if by else subjects


def founders_announcing(site: Site, subjects: list[Mention]) -> list[Mention]:
    """"Ana Ruiz and two former colleagues announced the launch of a new firm" / "announced the creation of their own
    company": with no founder found, those who announce their founding ([grammar] announce_verbs right before the
    word), listed together before it in the clause."""
    art, cs, ts = site.art, site.clause_start, site.trigger_start
    if subjects or art.lang != "en":
        return subjects
    m = art.rx(r"(?:<<announce_verbs>>)\s+$").search(art.lowered, max(cs, ts - 16), ts)
    before = [p for p in art.ents.persons_in(cs, m.start()) if not p.pronoun] if m else []
    if not before or art.ents.orgs_in(before[-1].end, m.start()) or _COMMA_OR_STOP.search(art.folded, before[-1].end, m.start()):
        return subjects
    return art.chain_back(before[-1], cs)


def cofounder_named_with(site: Site, subjects: list[Mention]) -> list[Mention]:
    """"Ana Ruiz co-founded Quorra in 2021 with chief executive Ben Tao": one founder, and the one named "with"."""
    # (also "co-founded the new company, Quorra, earlier this month with Ben Tao" and "與柯文瀚共同創辦")
    if len(subjects) != 1:
        return subjects
    art, te, ce, f = site.art, site.trigger_end, site.clause_end, site.art.folded
    w = [q for q in art.ents.persons_in(*site.sentence_after) if not q.pronoun and q.key != subjects[0].key and (
         (q.start < ce and art.rx(r"<<co_marks>>[^,;]*$").search(f[te:q.start])) or
         (art.rx(r"(?<![a-z])<<co_marks>>\s*$").search(art.lowered, max(te, q.start - 16), q.start) and
          not art.triggers_in(te + 1, q.start) and not _SEMI_OR_STOP.search(f[te:q.start])))]
    return subjects + art.chain_forward(w[0], ce) if w else subjects


def cofounder_before_with(site: Site, subjects: list[Mention]) -> list[Mention]:
    """"林佳慧上月離開星河科技,與柯文瀚聯合創立星途遊戲": the person before a "with" that opens the clause founds too."""
    if not subjects:
        return subjects
    art, cs, f = site.art, site.clause_start, site.art.folded
    s0 = subjects[0].start
    opens_with = art.rx(r"<<co_marks>>\s*(?:<<person_nouns>>)?\s*$").search(art.lowered[max(cs, s0 - 14):s0]) or (
        _is_han(f[s0]) and art.rx(r"\s*<<co_marks>>").match(art.lowered, cs) and not _COMMA_OR_STOP.search(f[cs:s0]))
    if not opens_with or art.ents.persons_in(cs, s0):
        return subjects
    prev = [q for q in art.ents.persons_in(site.sentence_start, cs) if q.end <= cs]
    if prev and prev[-1].key not in [q.key for q in subjects]:
        return [prev[-1]] + subjects
    return subjects


def founder_titled_in_sentence(site: Site, subjects: list[Mention]) -> list[Mention]:
    """"這家成立於2021年的公司,…,創始人為上海某大學教授劉俊嶺": with no founder before the word, the person named
    right after a founder's title ([founder_titles]) after the word in its sentence, in the same clause as the
    title and not after another organisation's name (that one's founder)."""
    if subjects:
        return subjects
    art, f = site.art, site.art.folded
    for r in art.titles_in(site.trigger_end, site.sentence_end):
        if r.canon not in art.lex.founder_titles or any(
                0 <= r.start - o.end <= 1 for o in art.ents.orgs_in(site.sentence_start, r.start)):
            continue
        after = [p for p in art.ents.persons_in(r.end, min(site.sentence_end, r.end + 16)) if not p.pronoun]
        if after and not _COMMA_OR_STOP.search(f, r.end, after[0].start):
            return [after[0]]
    return subjects


def no_founder_of_a_company_described(site: Site, subjects: list[Mention]) -> list[Mention]:
    """"林佳慧加入成立於1990年的銀河科技": a dated founding word before 的 describes the company after it; the
    person before it is the subject of another verb, no founder."""
    # (or "林佳慧是2016年成立的星河科技的工程師": a date, then the word right before 的)
    art = site.art
    if not subjects or art.lang == "en":
        return subjects
    if art.folded[site.trigger_end:site.trigger_end + 1] == "的" and \
            art.rx(r"(?:<<copulas>>)").search(art.lowered, subjects[-1].end, site.trigger_start) and \
            art.dates_for(subjects[-1].end, site.trigger_start):
        return []
    if not art.rx(r"[于於][^,，;；。的]{2,14}的").match(art.lowered, site.trigger_end):
        return subjects
    return [] if art.triggers_in(subjects[-1].end, site.trigger_start) or \
        art.rx(r"(?:<<han_this_refs>>)").search(art.lowered, subjects[-1].end, site.trigger_start) else subjects


# The founders: the trigger's subjects (or those a company strategy found after "by"), through each step in order.
FOUNDER_STEPS = (no_founder_of_a_company_described, founders_before_by, founders_announcing, cofounder_named_with,
                 cofounder_before_with, founder_titled_in_sentence)


# -- where each founder came from ---------------------------------------------------------------------------------------
def former_employer_just_before(site: Site, org: str, people: list, i: int) -> str | None:
    """"前銀河科技研究員林佳慧…創辦" / "former Orbis engineer Ana Ruiz founded": a former employer right before."""
    art, p = site.art, people[i]
    fo = [o for o in art.ents.orgs_in(max(site.sentence_start, p.start - 20), p.start) if _former(art, o) and o.key != org]
    return fo[-1].key if fo else None


def origin_of_the_first_in_the_list(site: Site, org: str, people: list, i: int) -> str | None:
    """"former Orbis engineers Ana Ruiz and Ben Tao": the later names of a list came from where the first did."""
    head = people[0]
    if i == 0 or head is None or head.pronoun:
        return None
    came = former_employer_just_before(site, org, people, 0)
    return came if came and not site.art.ents.orgs_in(head.end, people[i].start) else None


def origin_after_the_name(site: Site, org: str, people: list, i: int) -> str | None:
    """"by Ana Ruiz, a chemist who previously ran discovery at Orbis,": said after the name (ORIGIN_STRATEGIES)."""
    return came_from(site, people[i], org)


def parent_or_merging_org(site: Site, org: str) -> str | None:
    """With no person founding it, the organisation that does: "銀河銀行宣布於新加坡設立金融科技子公司「銀河數科」" / "Orbis
    Bank has set up a subsidiary" (the parent), "由A和B合并而成的C正式成立" / "A与B合并组建C" (a merging party),
    "Quorra與Vantix合資成立X" (a partner): the last organisation other than the one founded in the word's clause
    before it, with no comma between (the gold's counterparty of a company founded by companies). Not a former
    employer ("former Orbis engineers launched…": the founders' origin, people the text did not name); in English
    only the company that opens the clause (its subject: "employees of Orbis are launching…" is no parent)."""
    art, f, cs = site.art, site.art.folded, site.clause_start
    before = [o for o in art.ents.orgs_in(cs, site.trigger_start)
              if o.key != org and o.end <= site.trigger_start and not _COMMA_OR_STOP.search(f, o.end, site.trigger_start)
              and not _former(art, o) and (art.lang != "en" or art.rx(r"\W*(?:the\s+)?").fullmatch(f, cs, o.start))]
    return before[-1].key if before else None


# Where a founder came from: the first strategy that answers.
FOUNDER_ORIGIN_STRATEGIES = (former_employer_just_before, origin_of_the_first_in_the_list, origin_after_the_name)
