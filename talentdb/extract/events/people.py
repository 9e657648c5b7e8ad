"""Departures, hires, promotions and foundings: one event per person a trigger is about, with the organisation, the
title taken or given up, and where the person came from.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from talentdb.extract.entities import Mention, _is_han
from talentdb.extract.events.candidates import Cand, _set_date
from talentdb.extract.events.orgs import (_affiliation, _fix_org, _former, _opening_name, _org_by_shape_before,
                                          came_from, company_acting, departure_org, is_outsider, it_subject,
                                          org_after_word)
from talentdb.extract.events.patterns import _COMMA_OR_STOP, _PASSIVE, _SEMI_OR_STOP
from talentdb.extract.events.roles import Role
from talentdb.extract.events.subjects import _subjects
from talentdb.extract.model import Event

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_ROLE_INTRO = r"<<role_intro>>\s*(?:(?:<<role_modifiers>>|[\w.&\-]+'s)\s*)*$"
_ROLE_INTRO_ADJ = r"<<role_intro>>\s+(?:(?:<<role_modifiers>>|[\w.&\-]+'s)\s+)*([a-z]{3,}\s+)$"
_ROLE_LEAVE = (r"^\s*(?:<<role_leave_intro>>\s+(?:(?:<<role_modifiers>>|[\w.&\- ]{1,30}'s)\s+)?|"
               r"[A-Z][\w.&\- ]{0,30}'s\s+)(?:[a-z\-]+ ){0,2}$")  # "resigned as its CEO" / "left Kontor's management board"
_WHO_RIGHT_BEFORE = re.compile(r"\b(?:who|whom)\s+(?:had\s+|has\s+|first\s+|originally\s+)?$")  # "X, a principal who joined…"
_MODIFIERS_ONLY = r"\s*(?:<<role_modifiers>>\s+)+"  # "appointed acting group CFO"
_ROLE_WAS = r"<<role_was>>\s+(?:<<role_modifiers>>\s+)?$"
_APPOSITIVE_AFTER = re.compile(r",\s*(?:a|an|the)\s[^,;()]{3,110},\s*(?:to\s+|as\s+)?(?:the\s+)?")
_LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3})\s*$")
_LATIN_NAME_AT = re.compile(r"\s*([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3})(?= (?:was|were|has been|is)\b)")
_COMMA_BEFORE_END = re.compile(r"[A-Za-z0-9)],\s*(?:and\s+)?(?:was\s+)?$")
_BY_WORD = re.compile(r"\bby\b")
_OWNER_S_END = re.compile(r"([\w.&\- ]{1,30})'s\s+(?:[a-z\-]+ ){0,2}$")
_FROM_AT_END = re.compile(r"\b(?:from|at)\s+$")
_ANY_PUNCT = re.compile(r"[,，、;；:：。]")


def _holds_title_at(art: _Article, p: Mention, org: str, pos: int) -> bool:
    """Whether the person holds a title at ``org`` before ``pos`` (named with it, or the one it was told of)."""
    held = art.role_for(p.key, pos, None)
    if held is None or held.start >= pos:
        return False
    return held.org in (None, org)


def _people_event(site) -> list[Cand]:
    art, rule, si = site.art, site.rule, site.sentence
    ts, te, cs, ce, ss, se = (site.trigger_start, site.trigger_end, site.clause_start, site.clause_end,
                              site.sentence_start, site.sentence_end)
    d, evidence = None, site.sentence_text
    f = art.folded
    etype = rule.type
    subjects = _subjects(site)
    role_after, succeeded = _vacated_role(art, ts, cs, ss, subjects) if etype in ("promotion", "hire") else (None, None)
    if role_after is None and (rule.needs_role or etype in ("promotion", "hire")):
        for r in art.roles:
            if te <= r.start < ce and r.kind != "verb" and \
                    art.lex.rx(r"<<former_marks>>\s*$").search(art.lowered, max(te, r.start - 8), r.start):
                continue  # "延攬前製作人X加盟,擔任創意總監": the title held before is not the one taken
            if te <= r.start < ce and r.kind != "verb" and (r.start - te <= 12 or (
                    r.start - te <= 40 and (art.lex.rx(_ROLE_INTRO).search(f[te:r.start]) or
                                            art.lex.rx(_MODIFIERS_ONLY).fullmatch(art.lowered, te, r.start)))):
                role_after = r
                break
            if art.lang == "en" and te <= r.start < ce and r.kind != "verb" and r.start - te <= 40:
                am = art.lex.rx(_ROLE_INTRO_ADJ).search(f, te, r.start)
                if am:
                    # "to succeed Calloway as creative head of…": a qualifier before the title is part of it
                    a = am.start(1)
                    role_after = replace(r, start=a, raw=art.text[a:r.end])
                    break
        if role_after is None and etype in ("hire", "promotion") and \
                not art.lex.rx(r"\s*(?:who|which|whom)\b").match(art.lowered, cs) and \
                not _WHO_RIGHT_BEFORE.search(art.lowered, max(cs, ts - 16), ts):
            # (not "X, who joined Google in 2019, was promoted to CTO", nor "promoted X, a principal who joined in
            # 2019, to partner": the title after the relative clause is the main clause's)
            nxt = [t for t in art.triggers if te < t[0] < se]
            for r in art.roles:
                if ce <= r.start < se and r.kind != "verb" and (not nxt or r.start < nxt[0][0] or
                                                                 art.lex.rx(_ROLE_INTRO).search(f[max(te, r.start - 4):r.start])) and \
                        art.lex.rx(_ROLE_INTRO).search(f[max(te, r.start - 20):r.start]) and \
                        not any(q.key not in {s_.key for s_ in subjects} for q in art.ents.persons_in(te, r.start)):
                    role_after = r
                    break
        if role_after is None and art.lang == "en" and subjects and not subjects[-1].pronoun:
            # "named Daniel Ortiz, a longtime researcher at its lab, head of a new team" / "promoted X, a research
            # director, to head Y": the title taken comes after the appositive that describes the person
            m = _APPOSITIVE_AFTER.match(f, subjects[-1].end, se)
            if m and not subjects[-1].end < ts < m.end():  # (not the word inside the appositive: "who joined")
                role_after = next((r for r in art.roles if m.end() <= r.start <= m.end() + 1 and r.kind != "verb"), None)
        own_title = None
        if rule.succession and role_after is not None and subjects and not subjects[0].pronoun and \
                0 <= subjects[0].start - role_after.end <= 2 and role_after.end <= subjects[0].start:
            # "will be succeeded by Treasurer Maria Esposito": the successor's present title, not the one taken over
            own_title, role_after = role_after, None
        if rule.needs_role and role_after is None:
            # "新任研究高級副總裁的馬克·陳" has the title after; "X升任CTO" too; "named X CEO": after the person
            if subjects:
                for r in art.roles:
                    if subjects[-1].end <= r.start < ce and r.start >= te and r.kind != "verb" and \
                            r.start - subjects[-1].end <= 12:
                        role_after = r
                        break
            if role_after is None and art.lang == "en" and subjects:
                for r in art.roles:
                    if subjects[-1].end <= r.start < se and r.kind != "verb" and \
                            art.lex.rx(_ROLE_INTRO).search(f[max(te, r.start - 30):r.start]):
                        role_after = r
                        break
            if role_after is None and rule.succession:
                # "徐立將辭任首席執行官…,由楊帆接任": the title given up earlier in the sentence
                for r in art.roles:
                    if ss <= r.start < ts and r.kind != "verb" and \
                            art.lex.rx(r"(?:<<role_leave_intro>>|<<leave_words>>)\s*$").search(f[max(ss, r.start - 4):r.start]):
                        role_after = r
            if role_after is None and rule.succession and subjects:
                # "財務長黃仁昭將退休,由副財務長莊子壽接任": the title of the one who leaves earlier in the sentence
                skeys = {q.key for q in subjects}
                for q in reversed(art.ents.persons_in(ss, subjects[0].start)):
                    if q.key in skeys or not q.key:
                        continue  # ("She will be succeeded by X": she is the one named before, and her title X's)
                    leaves = q.end <= ts and any(q.end <= t[0] < subjects[0].start and any(
                        rr.type == "departure" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], [])) for t in art.triggers)
                    held = art.role_for(q.key, q.start, None)
                    replaced = q.end <= ts < subjects[0].start  # "Hale was replaced by Quinn"
                    if (leaves or replaced) and held is not None and held.end <= q.start:
                        role_after = held
                        succeeded = q.key
                    break
            if role_after is None and rule.succession and subjects:
                # "Moretti will succeed Hartmann effective Jan. 1": the office of the one succeeded, as told before
                skeys = {q.key for q in subjects}
                rep = [q for q in art.ents.persons_in(te, min(ce, te + 4)) if q.key and q.key not in skeys]
                if rep:
                    held = art.role_for(rep[0].key, rep[0].start, None)
                    if held is not None and held.start < rep[0].start:  # ("to replace her": as she held it)
                        role_after = _office(art, held)
                        succeeded = rep[0].key
            if role_after is None:
                role_after = own_title
            if role_after is None:
                return []
    out = []
    org = None
    org_explicit = False
    counter = None
    if etype == "founding":
        if art.lex.rx(r"<<future_marks>>\s*<<co_adverbs>>?\s*$").search(art.lowered[max(cs, ts - 8):ts]):
            return []  # "他將創辦…", "will found": not done yet
        org = None
        if art.lex.rx(_PASSIVE).search(f[max(cs, ts - 12):ts]) or art.lex.rx(r"<<passive_past>>").search(f[max(ss, ts - 30):ts]):
            # "Lumenar was co-founded in 2022 by A and B": the company before, the founders after "by"
            ob = [o for o in art.ents.orgs_in(ss, ts)]
            if not ob:
                # "Quorra was founded by…": an unknown name opening the sentence, before the passive
                lm = _LATIN_NAME_AT.match(f, ss, ts)
                if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
                        not any(w in art.lex.latin_not_name for w in lm.group(1).split()):
                    ob = [Mention(lm.start(1), lm.end(1), "org", lm.group(1))]
            if ob:
                org = ob[-1].key
                byp = [p for p in art.ents.persons_in(te, se) if art.lex.rx(r"<<agent_marks>>").search(f[te:p.start])]
                if byp:
                    subjects = art.chain_forward(byp[0], se)
        if org is None and art.lang == "en" and _COMMA_BEFORE_END.search(f[max(ss, ts - 8):ts]) \
                and _BY_WORD.search(f[te:min(se, te + 30)]):
            # "London-based Haloframe, founded last year by former Meta engineers A and B": the name before the comma
            comma = f.rfind(",", ss, ts)
            ob = [o for o in art.ents.orgs_in(ss, comma) if comma - o.end <= 1]
            if ob:
                org = ob[-1].key
            else:
                lm = _LATIN_NAME_BEFORE.search(f, ss, comma)
                if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
                        not all(w in art.lex.latin_not_name for w in lm.group(1).split()):
                    org = lm.group(1)
            if org is not None:
                byp = [p for p in art.ents.persons_in(te, se) if art.lex.rx(r"<<agent_marks>>").search(f[te:p.start])]
                if byp:
                    subjects = art.chain_forward(byp[0], se)
        if org is None:
            if te < len(f) and f[te] in art._relative and (
                    not subjects or art.lex.rx(r"<<new_marks>>\s*$").search(art.lowered[max(cs, ts - 3):ts])):
                return []  # "轉投谷歌新成立的量子實驗室": what the new unit is, not a founding
            org, opos = org_after_word(site)
            if org is None and art.lang != "en" and not subjects and \
                    art.lex.rx(r"(?:已|正式)").search(f[cs:ts]) and not art.ents.persons_in(cs, ts):
                # "子公司恒岳智藥(上海)有限公司已於8月25日正式成立": the company that opens the clause
                from talentdb.extract.validate import fix_org
                ob = [o for o in art.ents.orgs_in(cs, ts) if o.start - cs <= 10 and fix_org(o.key) is not None]
                if ob:
                    org = ob[0].key
        if org is None and cs > ss:
            # "now runs Ledgerleaf, a carbon-accounting startup he launched the following year": the company the clause
            # describes
            lim = subjects[0].start if subjects and subjects[0].start >= cs else ts
            prevo = [o for o in art.ents.orgs_in(ss, cs) if 0 <= cs - o.end <= 2 and not o.ref]
            if prevo and art.lex.rx(r"\s*(?:a|an|the)\s[^,;]{0,40}?<<head_nouns>>\s+(?:(?:that|which)\s+)?").fullmatch(
                    art.lowered, cs, lim):
                org = prevo[-1].key
        agents = list(art.lex.rx(r"<<agent_marks>>").finditer(f, ss, ts))
        by_pos = agents[-1].start() if agents else -1
        if org is None and by_pos >= 0:
            # "星河智能於2023年3月由A、B和C共同創立": the company comes first, founders after 由
            orgs_b = [o for o in art.ents.orgs_in(ss, by_pos)]
            if orgs_b:
                org = orgs_b[0].key
            else:
                org, _ = _org_by_shape_before(art, ss, by_pos)
            if org is None:
                # "BitVault由A與B共同創立": a Latin name right before 由
                lm = _LATIN_NAME_BEFORE.search(f, ss, by_pos)
                if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
                        not all(w in art.lex.latin_not_name for w in lm.group(1).split()):
                    org = lm.group(1)
        if org is None:
            return []
        by = [p for p in art.ents.persons_in(cs, ts) if art.lex.rx(r"<<agent_marks>>").search(f, cs, p.start)]
        if by:
            subjects = art.chain_back(by[-1], cs)
        if subjects and len(subjects) == 1:
            # "who co-founded the company in 2021 with chief executive Tom Avery" / "與X共同創辦"
            w = [q for q in art.ents.persons_in(te, se) if not q.pronoun and q.key != subjects[0].key and (
                 (q.start < ce and art.lex.rx(r"<<co_marks>>[^,;]*$").search(f[te:q.start])) or
                 # "co-founded the new company, Lanternfall Games, earlier this month with Mei Tanaka"
                 (art.lex.rx(r"(?<![a-z])<<co_marks>>\s*$").search(art.lowered, max(te, q.start - 16), q.start) and
                  not any(te < t[0] < q.start for t in art.triggers) and not _SEMI_OR_STOP.search(f[te:q.start])))]
            if w:
                subjects = subjects + art.chain_forward(w[0], ce)
        if subjects and (art.lex.rx(r"<<co_marks>>\s*(?:<<person_nouns>>)?\s*$").search(
                art.lowered[max(cs, subjects[0].start - 14):subjects[0].start]) or (
                # "…離職,與今年第三季離開星宇的前美術總監徐蕾娜聯合創立": a clause that opens with "with"
                _is_han(f[subjects[0].start]) and art.lex.rx(r"\s*<<co_marks>>").match(art.lowered, cs) and
                not _COMMA_OR_STOP.search(f[cs:subjects[0].start]))) \
                and not art.ents.persons_in(cs, subjects[0].start):
            prev = [q for q in art.ents.persons_in(ss, cs) if q.end <= cs]
            if prev and prev[-1].key not in [q.key for q in subjects]:
                subjects = [prev[-1]] + subjects
        people = subjects if subjects else [None]
        if len(subjects) > 1:
            art.last_group = list(subjects)
        group_came = None
        for i_p, p in enumerate(people):
            came = None
            if p is not None and not p.pronoun:
                # "前Google研究員魏子豪…創辦": where the founder came from
                fo = [o for o in art.ents.orgs_in(max(ss, p.start - 20), p.start) if _former(art, o) and o.key != org]
                came = fo[-1].key if fo else None
                if i_p == 0:
                    group_came = came
                elif came is None and group_came and not art.ents.orgs_in(people[0].end, p.start):
                    came = group_came  # "former Meta engineers A and B": both came from Meta
                if came is None:
                    # "by A, a biologist who previously led design at Genentech," / "A曾任大疆研发总监"
                    came = came_from(site, p, org)
            ev = Event(type="founding", person=p.key if p else None, org=org, evidence=evidence, counterparty=came,
                       confidence=rule.confidence * (0.9 if p is not None and p.pronoun else 1.0))
            _set_date(ev, d)
            out.append(Cand(ev, ts, si, p.start if p else None, True))
            if p is not None and org:
                art.founders.setdefault(p.key, set()).add(org)
        return out
    if not subjects:
        return []
    if len(subjects) > 1:
        art.last_group = list(subjects)
    shared = None
    if len(subjects) > 1:
        first_role = art.role_for(subjects[0].key, subjects[0].start, None)
        if first_role is not None and first_role.end <= subjects[0].start and \
                art.lowered[first_role.end - 1:first_role.end] == "s":
            shared = first_role
    if shared is None and len(subjects) > 1 and art.lang == "en" and etype == "departure":
        # "three researchers from X - A, B and C - resigned" / "A and B, both researchers at X, left": a plural title
        # said of the whole list, before its first name or between its last name and the event word
        lo, hi = max(ss, subjects[0].start - 70), subjects[-1].end
        for r in art.roles:
            if r.kind == "verb" or not art.lowered[r.end - 1:r.end] == "s":
                continue
            if (lo <= r.start and r.end <= subjects[0].start and not art.ents.persons_in(r.end, subjects[0].start)) or \
                    (hi <= r.start and r.end <= ts and not art.ents.persons_in(hi, r.start)):
                shared = r
                break
    group_org = None
    for p in subjects:
        org, org_explicit, counter = None, False, None
        hire_guessed = False
        if etype == "departure":
            org, org_explicit = departure_org(site, p)
            if rule.direction == "moves" and org and not org_explicit and org_after_word(site)[0] == org:
                continue  # "2022年由傳統銀行跳槽至匯泓": the move was to the company of the story, not away from it
            if org_explicit and group_org is None:
                group_org = org
            elif not org_explicit and group_org is not None:
                org, org_explicit = group_org, True  # listed together, leaving the same place
        elif etype == "hire":
            passive = art.lex.rx(r"<<passive_marks>>").search(art.lowered, max(cs, ts - 16), ts) \
                if rule.direction == "object" else None
            if rule.direction == "object" and not art.lex.rx(_PASSIVE).search(f[max(cs, ts - 8):ts]) and passive is None:
                # "蘋果從Google延攬了X": the organisation after 從 is where they came from, not who hires
                obs = [o for o in art.ents.orgs_in(ss, ts) if o.end <= ts]
                came = [o for o in obs if art.lex.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start])]
                obs = [o for o in obs if o not in came and not _former(art, o)]
                inc = [o for o in obs if o.start >= cs]
                org = inc[-1].key if inc else (obs[-1].key if obs else None)
                if org is None:
                    org = it_subject(site)  # "It hired Aoife Brennan…": the company the story is about
                if org is None and is_outsider(site, p):
                    # "董事會通過聘任前台積電處長X為營運長" / "公司延攬前鼎新電機副總X出任營運長": the company told of
                    org = company_acting(site, p)
                if org is None and art.lang != "en":
                    # "台達電宣布延攬…": a short name that opens the clause, before its verb
                    ends = art.matches(art.lex.name_enders, cs, ts)
                    org = _opening_name(art, cs, ends[0][0] if ends else ts)
                if came and org and came[-1].key != org:
                    counter = came[-1].key
            elif passive is not None and [o for o in art.ents.orgs_in(passive.end(), ts)]:
                # "後者則被華為聘為首席科學家": the organisation after 被 hires
                org = art.ents.orgs_in(passive.end(), ts)[-1].key
            else:
                org, _ = org_after_word(site, allow_shape=True)
                if org is None:
                    # "Quillon also said Susan Oduya joined last week as…" / "…的邵峰,上週正式回歸"
                    hire_guessed = True
                    org = art._org_before(p.start, ss) if not _former(art, art._org_before_mention(p.start, ss)) else None
                    org = org or _affiliation(art, p.key, ts)
                    if org is None and role_after is not None:
                        org = art.dominant
            resp = [o for o in art.ents.orgs_in(te, ce)]
            if len(subjects) > 1 and len(resp) == len(subjects) and art.lex.rx(r"<<respectively>>").search(f[ss:se]):
                org = resp[subjects.index(p)].key
            org_explicit = org is not None and not hire_guessed
            if org is None:
                continue
        elif etype == "promotion":
            ob = [o for o in art.ents.orgs_in(cs, ts) if o.end <= ts and not _former(art, o) and
                  not art.lex.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start]) and
                  _fix_org(o.key) is not None]
            org = ob[-1].key if ob else None
            if org is None:
                o2, opos = org_after_word(site, allow_shape=False)
                if o2 and opos >= 0 and art.lex.rx(r"<<former_marks>>\s*$").search(art.lowered[max(0, opos - 7):opos]):
                    o2 = None  # "任命前字節跳動高管X為…": where X used to be, not who appoints
                org = o2
            if org is None:
                # "OpenAI同時宣布,將…Kevin Park擢升為…": the organisation that opens the sentence
                first = art.ents.orgs_in(ss, ts)
                if first and first[0].start - ss <= 4:
                    org = first[0].key
            org_explicit = org is not None
            if org is None and is_outsider(site, p):
                org = company_acting(site, p)  # "集團同時委任前阿里巴巴副總裁X為…": the company told of
                if org is None:
                    continue  # someone from elsewhere taking a title, and no word of where: too weak to tell
            if org is None:
                org = _affiliation(art, p.key, ts) or art.ents.company_meant(ts)
        if org is None and etype == "hire":
            continue  # joining, with nowhere named to join, is too weak to tell
        if etype == "departure" and rule.direction != "moves" and counter is None:
            # "…, who left in September for Hanseatic Landesbank": the organisation after "for" is where they went
            for o in art.ents.orgs_in(te, ce):
                if not o.ref and o.key != org and art.lex.rx(r"(?<![a-z])<<destination_marks>>\s+$").search(
                        art.lowered, max(te, o.start - 6), o.start) and not any(te < t[0] < o.start for t in art.triggers):
                    counter = o.key
                    break
        dep_as = None
        if etype == "departure":
            for r in art.roles:
                if te <= r.start < ce and r.kind != "verb" and (
                        art.lex.rx(_ROLE_LEAVE).match(f[te:r.start]) or (r.start - te <= 1 and not f[te:r.start].strip()) or
                        # "辭去公司董事職務": a title given up, after a word for the company
                        (art.lang != "en" and art.lex.rx(r"(?:<<role_modifiers>>)").fullmatch(f[te:r.start]))):
                    dep_as = r
                    om = _OWNER_S_END.search(f[te:r.start])
                    if om:
                        for o in art.ents.orgs_in(te, r.start):
                            org, org_explicit = o.key, True
                    break
        new_role = None
        if etype == "promotion" or (etype == "hire" and rule.direction == "object"):
            for r in art.roles:
                if p.end <= r.start < ce and r.kind != "verb" and art.lex.rx(_ROLE_INTRO).search(f[p.end:r.start]) \
                        and not any(p.end <= t[0] < r.start and t[0] != ts and t[0] != p.end for t in art.triggers) \
                        and not any(p.end <= t[0] < r.start and t[0] == p.end and not art.lex.rx(
                            r"\s*(?:<<role_modifiers>>\s*)*").fullmatch(art.lowered, t[1], r.start) for t in art.triggers):
                    # ("任命副總X接任營運長": the word right before the title only says it is taken)
                    new_role = r
                    break
        if new_role is not None:
            role = new_role
        elif etype in ("promotion", "hire") and role_after is not None:
            role = role_after
        elif dep_as is not None:
            role = dep_as
        elif etype == "departure" and art.lang == "en":
            role = None
            at_mention = art.role_for(p.key, p.start, org)
            stop = min([t[0] for t in art.triggers if te < t[0] < se and
                        any(rr.type == "hire" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], []))] + [se])
            for r in ([] if at_mention is not None else art.roles):
                if r.start >= stop:
                    break
                if te <= r.start < se and r.kind != "verb" and \
                        art.lex.rx(_ROLE_WAS).search(f[max(te, r.start - 40):r.start]):
                    role = r
                    break
            if role is None:
                role = at_mention
        else:
            role = art.role_for(p.key, p.start, org) if etype != "hire" else None
        if role is None and etype == "hire":
            # "上月已回鍋xAI,重新領導工程團隊": what the person leads after joining
            for r in art.roles:
                if te <= r.start < se and r.kind == "verb" and not any(
                        q.key != p.key for q in art.ents.persons_in(te, r.start)) and \
                        not any(te < t[0] < r.start for t in art.triggers):
                    role = r
                    break
        if role is None and shared is not None:
            role = shared
        external = etype == "promotion" and is_outsider(site, p)
        if (etype == "hire" or external) and counter is None and not p.pronoun:
            # "前Shopee副總裁陳思遠加盟…" / "former Stripe engineer Ravi Shah joined…": where the hire came from
            fo = [o for o in art.ents.orgs_in(max(ss, p.start - 40), p.start) if _former(art, o) and o.key != org]
            if fo and not art.ents.persons_in(fo[-1].end, p.start) and (p.start - fo[-1].end <= 20 or not _ANY_PUNCT.search(
                    f[fo[-1].end:p.start])) and not any(fo[-1].end <= t[0] < p.start for t in art.triggers):
                counter = fo[-1].key
        if (etype == "hire" or external) and counter is None and not p.pronoun:
            counter = came_from(site, p, org)
        conf = rule.confidence * (0.9 if p.pronoun else 1.0) * (1.0 if org_explicit else 0.85)
        kind = etype
        if etype == "hire" and org and art.lowered[ts:te] in art.lex.grammar.get("lateral_words", ()) and \
                counter is None and _holds_title_at(art, p, org, ts):
            kind = "promotion"  # "原執行長王倩轉任董事長": a move inside the company, not a hire into it
        ev = Event(type=kind, person=p.key, org=org, role=role.canon if role else None,
                   role_raw=role.raw if role else None, counterparty=counter, evidence=evidence,
                   confidence=round(min(1.0, conf), 2))
        _set_date(ev, d)
        c = Cand(ev, ts, si, p.start, org_explicit, external=external)
        c.relative = bool(art.lex.rx(r"\s*(?:who|which|whom)\b").match(art.lowered, cs)) and p.start < cs
        if rule.succession:
            rep = [q for q in art.ents.persons_in(te, min(ce, te + 4)) if q.key != p.key]
            c.replaces = rep[0].key if rep else succeeded
            if c.replaces is None:
                # "總經理柯富仁將於6月退休,由…接任": the one leaving earlier in the sentence
                for q in reversed(art.ents.persons_in(ss, p.start)):
                    if q.key != p.key and not q.pronoun and any(q.end <= t[0] < p.start and any(
                            rr.type == "departure" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], []))
                            for t in art.triggers):
                        c.replaces = q.key
                        break
        out.append(c)
        if etype == "hire" and org:
            art.affiliation.setdefault(p.key, []).append((ts, org))
    if etype == "departure" and group_org is None and len(out) > 1 and art.lang == "en":
        # "three researchers from X's team - A, B and C - resigned": the place the list is introduced with
        first = subjects[0].start
        obs = [o for o in art.ents.orgs_in(max(ss, first - 80), first)
               if _FROM_AT_END.search(f[max(ss, o.start - 6):o.start])
               and not art.ents.persons_in(o.end, first)]
        if obs:
            group_org = obs[-1].key
    if etype == "departure" and group_org is not None and len(out) > 1:
        # "researchers from X - A, B and C - resigned": the place said for one of the list is the list's
        for c in out:
            if not c.org_explicit and c.event.org != group_org:
                c.event.org, c.org_explicit = group_org, True
    return out


def _office(art: _Article, role: Role) -> Role:
    """"co-founder and chief executive": the office one can hand over, without the founder title that stays."""
    if not role.canon or " and " not in role.canon:
        return role
    parts = [c for c in role.canon.split(" and ") if c not in art.lex.founder_titles]
    if not parts or len(parts) == len(role.canon.split(" and ")):
        return role
    return replace(role, canon=" and ".join(parts))


def _vacated_role(art: _Article, ts: int, cs: int, ss: int, subjects) -> tuple[Role | None, str | None]:
    """"董事長一職由總經理X接任" / "總經理遺缺則由技術長Y升任": the title left open before the successor, not the
    successor's own title; "其職務由X接任": the title of the person named before in the sentence. Also the one
    whose title it was, when that is said."""
    if not subjects:
        return None, None
    first = subjects[0].start
    f = art.folded
    for m in art.lex.rx(r"<<vacated_marks>>").finditer(art.lowered, cs, first):
        a = m.start()
        its = art.lex.rx(r"(?:<<its_marks>>|(<<relative_words>>))\s*(?:<<former_marks>>)?\s*$").search(
            art.lowered, max(ss, a - 4), a)
        if its:
            # "其(原)職務由X接任" / "許哲的職務由X接任": the title of the person meant, as they held it
            named = [q for q in art.ents.persons_in(ss, its.start()) if not q.pronoun]
            if its.group(1) is not None:
                named = [q for q in named if q.end == its.start()]
            elif not named and art.sentences.index((ss, art._sentence_end(ss))) > 0:
                ps, pe = art.sentences[art.sentences.index((ss, art._sentence_end(ss))) - 1]
                named = [q for q in art.ents.persons_in(ps, pe) if not q.pronoun]
            if named:
                q = named[-1]
                held = art.role_for(q.key, q.start, None)
                if held is not None and any(m.key == q.key and 0 <= m.start - held.end <= 2
                                            for m in art.ents.persons_in(held.end, held.end + 3)):
                    return held, q.key
            if its.group(1) is None:
                held = [r for r in art.roles if ss <= r.end <= a and r.kind != "verb" and r.end <= cs]
                if held:
                    return held[-1], None
            continue
        for r in art.roles:
            if cs <= r.start and r.kind != "verb" and 0 <= a - r.end <= 1 and f[r.end:a] in ("", *art._relative):
                return r, None
        if a - cs <= 1 and not any(cs <= r.start < a for r in art.roles):
            # "總經理張志明將於年底退休,遺缺由林佳慧升任": the mark opens its clause, so the opening is the one
            # left by the last person in the sentence who leaves
            held = _leaver_role(art, ss, cs)
            if held is not None:
                return held, None
    return None, None


def _leaver_role(art: _Article, ss: int, lim: int) -> Role | None:
    """The title held by the last person named in ``[ss, lim)`` who leaves there (a departure word after them)."""
    for q in reversed(art.ents.persons_in(ss, lim)):
        if q.pronoun:
            continue
        if not any(q.end <= t[0] and t[1] <= lim and any(
                rr.type == "departure" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], [])) for t in art.triggers):
            return None
        held = art.role_for(q.key, q.start, None)
        return held if held is not None and held.end <= q.start else None
    return None
