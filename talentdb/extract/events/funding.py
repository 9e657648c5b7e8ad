"""Rounds of funding: the sum, who received it and who invested, and earlier rounds named in passing."""
from __future__ import annotations

from typing import TYPE_CHECKING

from talentdb.extract.events.candidates import Cand, _set_date
from talentdb.extract.events.orgs import _former, _opening_name, _org_by_shape_before, it_subject, org_after_word
from talentdb.extract.events.patterns import _CLAUSE_STOP
from talentdb.extract.model import Event

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_RECIPIENT_MARK = r"<<recipient_marks>>\s*$"
_INVESTOR_MARK = r"<<investor_marks>>\s*$"


def _funding(site, amounts) -> Cand | None:
    art, rule, si = site.art, site.rule, site.sentence
    ts, te, cs, ce, ss, se = (site.trigger_start, site.trigger_end, site.clause_start, site.clause_end,
                              site.sentence_start, site.sentence_end)
    d, evidence = None, site.sentence_text
    f = art.folded
    lex = art.lex
    ams = [a for a in amounts if cs <= a[0] and a[1] <= ce]
    # a sum next to "valuation", "revenue", "target"… is not money received ("at a $1 billion valuation")
    ams = [a for a in ams if not art.has(lex.money_not_funding, max(cs, a[0] - 14), min(ce, a[1] + 12))]
    if not ams and rule.direction == "recipient":
        # "完成C輪融資,集資5億港元" / "closed its Series B, totalling $40 million": the sum opens the next clause
        ams = [a for a in amounts if ce <= a[0] <= ce + 6 and a[0] < se and not _CLAUSE_STOP.search(f[ce + 1:a[0]])
               and not art.has(lex.money_not_funding, max(ce, a[0] - 6), min(se, a[1] + 12))
               and not any(ce <= t[0] < a[0] for t in art.triggers)]
    if not ams:
        return None
    if art.has(lex.money_not_funding, cs, ts) and art.has(lex.money_not_funding, max(cs, ts - 8), ts):
        return None  # "營收融資"…: the trigger itself is qualified
    amt = min(ams, key=lambda a: abs(a[0] - ts))
    org = None
    investors: list[str] = []
    # a recipient marked by 为/向/into: "為OpenAI注入", "invested $X in Foo"
    for o in art.ents.orgs_in(cs, ce):
        if art.lex.rx(_RECIPIENT_MARK).search(f[max(cs, o.start - 6):o.start]) and (rule.direction == "investor" or o.start < ts):
            org = o.key
            for x in art.ents.persons_in(cs, o.start) + art.ents.orgs_in(cs, o.start):
                if x.key != org and x.key not in investors:
                    investors.append(x.key)
            break
    if org is None and rule.direction == "investor":
        o2, opos = org_after_word(site, allow_shape=bool(art.lex.rx(r"^\s*<<head_nouns>>").match(art.lowered[te:te + 6])))
        before = art.ents.orgs_in(cs, ts) + art.ents.persons_in(cs, ts)
        if o2 and not art.lex.rx(r"<<received_marks>>\S{0,12}$").search(f[cs:ts]):
            org = o2
            investors = [x.key for x in sorted(before, key=lambda m: m.start) if x.key != org]
    if org is None:
        if True:
            def investor_marked(o):
                return bool(art.lex.rx(_INVESTOR_MARK).search(f[max(ss, o.start - 12):o.start]) or
                            art.lex.rx(r"\s*(?:<<relative_words>>)?<<investor_verbs>>").match(f[o.end:o.end + 6]))
            # "獲得騰訊及小米…注資": what follows "received" gave the money
            got = list(art.lex.rx(r"<<received_marks>>").finditer(f, cs, ts))
            lim = got[0].start() if got else ts
            ob = [o for o in art.ents.orgs_in(cs, lim) if not investor_marked(o) and not _former(art, o)]
            it = it_subject(site) if not ob else None
            if it is not None:
                ob = []  # "Gripwell Robotics, a Pittsburgh startup…, said it had raised": who "it" is, not the last name
            elif not ob:
                ob = [o for o in art.ents.orgs_in(ss, lim) if not investor_marked(o) and not _former(art, o)]
            # "商湯旗下的醫療子公司": the money went to an unnamed part of it, not to it
            ob = [o for o in ob if not art.lex.rx(r"^\s*<<under_marks>>").match(f[o.end:o.end + 4])]
            if ob:
                org = ob[-1].key
            elif it is None:
                org, _ = _org_by_shape_before(art, ss, ts)
            if org is None and got:
                org = _opening_name(art, cs, got[0].start())
            if org is None and art.lex.rx(r"<<it_refs>>").match(art.lowered[ss:ss + 4]):
                org = art.ents.company_meant(ss)
            if org is None:
                org = it if it is not None else it_subject(site)
            if org is None and art.lex.rx(r"(?:^|[,;:]\s*)<<bare_company>>").search(art.lowered[cs:ts]):
                # "今年3月,公司完成5000萬元Pre-A輪融資": the company the article is about
                org = art.ents.company_meant(ts)
            if org is None and art.last_funding and si - art.last_funding[0] <= 1 and \
                    not art.ents.orgs_in(ss, ts) and not art.ents.persons_in(ss, ts):
                # "Foo raised $18 million last week. That comes on top of a $4.5 million seed round in April": the
                # round told just before was received by the same company
                org = art.last_funding[1]
            if org is None:
                return None
    # investors named after the trigger: "led by X", "由X領投", "investors including X"
    if not investors:
        investors = _investors_by_shape(art, ss, se, org)
    if not investors and rule.direction == "investor":
        # "獲韓國發行商Nexlight Games策略投資" / "已獲母公司泓通金融及星暉資本合共注資": who gave, between "received"
        # and the word
        got = list(art.lex.rx(r"<<received_marks>>").finditer(f, cs, ts))
        lo = got[-1].end() if got else ts
        near = [o.key for o in art.ents.orgs_in(lo, ts) if o.key != org and not o.ref]
        if not near:
            near = [o.key for o in art.ents.orgs_in(cs, ts) if o.key != org and not o.ref and ts - o.end <= 6][-1:]
        investors = list(dict.fromkeys(near))
    if not investors:
        seg_lo = cs
        for m in art.ents.orgs_in(seg_lo, se) + art.ents.persons_in(seg_lo, se):
            prefix = f[max(ss, m.start - 40):m.start]
            if art.lex.rx(r"<<investor_marks>>[^,;。]*$").search(prefix) \
                    or art.lex.rx(r"\s*<<investor_verbs>>").match(f[m.end:m.end + 12]):
                if m.key != org and m.key not in investors:
                    investors.append(m.key)
    ev = Event(type="funding", org=org, amount=amt[2], currency=amt[3], evidence=evidence,
               counterparty=", ".join(investors) if investors else None, confidence=rule.confidence)
    _set_date(ev, d)
    art.last_funding = (si, org)
    return Cand(ev, ts, si, None, True)


def _earlier_rounds(site, main: Cand, amounts) -> list[Cand]:
    """"…months after a $30 million Series B earlier this year": another round named in passing, by its round word."""
    art, ss, se, evidence, si = site.art, site.sentence_start, site.sentence_end, site.sentence_text, site.sentence
    out = []
    for a in amounts:
        if a[2] == main.event.amount and a[3] == main.event.currency:
            continue
        if not art.lex.rx(r"^\s*(?:<<round_words>>)").match(art.lowered[a[1]:a[1] + 6]) and \
                not art.lex.rx(r"^[^,;。]{0,4}?<<round_words>>").match(art.lowered[a[1]:a[1] + 14]):
            continue
        if art.has(art.lex.money_not_funding, max(ss, a[0] - 14), min(se, a[1] + 12)):
            continue
        ev = Event(type="funding", org=main.event.org, amount=a[2], currency=a[3], evidence=evidence,
                   confidence=round(main.event.confidence * 0.9, 2))
        c = Cand(ev, a[0], si, None, True)
        c.tend = a[1]
        out.append(c)
    return out


_LEAD_INVESTORS = (r"<<agent_marks>>([^,;。:]{2,60}?)<<co_adverbs>>?<<lead_investor_verbs>>|<<investor_marks>>"
                   r"\s+([A-Z][^;:]{1,80}?)(?=,|;|\.(?:\s|$)|$| (?:with|at|to|in|on|which|who|while|as|the company)\b)")
_FOLLOW_INVESTORS = r"(?:^|[,、])([^,;。:]{2,40}?)(?:等)?<<follow_investor_verbs>>"


def _investors_by_shape(art: _Article, ss: int, se: int, org: str | None) -> list[str]:
    """Investors the lexicon may not know: "由國家發展基金與鴻海…共同領投", "led by Ribbit Capital"."""
    f = art.folded
    seg = f[ss:se]
    out: list[str] = []
    spans = []
    for m in art.lex.rx(_LEAD_INVESTORS).finditer(seg):
        g = 1 if m.group(1) else 2
        spans.append((m.start(g), m.end(g)))
    for m in art.lex.rx(_FOLLOW_INVESTORS).finditer(seg):
        spans.append((m.start(1), m.end(1)))
    for a, b in spans:
        for part in art.lex.rx(r",?\s*<<coordinators>>\s*").split(seg[a:b]):
            part = part.strip()
            if len(part) < 2:
                continue
            st = ss + seg.find(part, a - 0 if a else 0)
            known = [o.key for o in art.ents.orgs_in(st, st + len(part))] + \
                    [p.key for p in art.ents.persons_in(st, st + len(part)) if not p.pronoun]
            name = known[0] if known else art.text[st:st + len(part)]
            if name != org and name not in out:
                out.append(name)
    return out
