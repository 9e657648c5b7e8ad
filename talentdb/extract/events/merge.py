"""After every sentence: one event per person and organisation (per round for funding), the repairs that need the
whole article, and the entities the events name.
"""
from __future__ import annotations

from copy import copy
from typing import TYPE_CHECKING

from talentdb.extract.events.candidates import Cand
from talentdb.extract.events.orgs import _folded_lower
from talentdb.extract.model import Entity, Event

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "quarter": 2, "year": 1, None: 0}


def _no_sector_orgs(art: _Article, events: list[Event]) -> list[Event]:
    """A sector word alone ("具身智能", "IC", "人工智慧") is never an organisation: such a founding or funding is dropped,
    such an employer or destination left unknown."""
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


def _home_org_fallback(art: _Article, events: list[Event]) -> list[Event]:
    """A person's employer that is no organisation (a sector "电商", a title "CTO", a news outlet) or not found, in
    an article about one company ("公司" / "该公司" stand for it): that company, the one the article names most
    often, when it is named at least three times and is not where the person went."""
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


def _promotion_that_is_the_hire(events: list[Event]) -> list[Event]:
    """"匯泓委任前滙豐X為風險總監…他將接替羅凱琳" / "…新任營運長X在台積電服務逾20年": taking the very title they were
    hired into is the hire told again, not a promotion."""
    hires = {(e.person, e.role) for e in events if e.type == "hire" and e.person and e.role}
    return [e for e in events if not (e.type == "promotion" and (e.person, e.role) in hires)]


def _founders_left_from(events: list[Event]) -> None:
    """"She had left OpenAI to start Fermat AI": a founder whose leaving is told in the same sentence as the founding
    (or whose departure names the new company as where they went) came from the organisation they left."""
    for e in events:
        if e.type != "founding" or not e.person or e.counterparty:
            continue
        for d in events:
            if d.type == "departure" and d.person == e.person and d.org and d.org != e.org and \
                    (d.evidence == e.evidence or d.counterparty == e.org):
                e.counterparty = d.org
                break


def _merge(cands: list[Cand], headline_end: int = -1) -> list[Event]:
    """One event per (type, person, org) — per (org, person) for foundings, per (org, amount) for funding."""
    if headline_end > 0:
        # a headline event told again in the story is the story's one (which has the date and the full names)
        body = [c for c in cands if c.pos > headline_end]
        keep = []
        for c in cands:
            e = c.event
            twin = None
            if c.pos < headline_end and e.type in ("departure", "hire", "promotion") and e.person:
                twin = next((b for b in body if b.event.type == e.type and b.event.person == e.person), None)
            elif c.pos < headline_end and e.type == "funding" and e.amount:
                # "艾博智動完成A輪3億元募資" over "完成新台幣3億元A輪募資": the same round, its currency said in the story
                twin = next((b for b in body if b.event.type == "funding" and b.event.amount == e.amount and (
                             b.event.org == e.org or b.event.currency == e.currency)), None)
            if twin is None:
                keep.append(c)
                continue
            t = twin.event
            if not t.role and e.role:
                t.role, t.role_raw = e.role, e.role_raw
            if not t.counterparty and e.counterparty and e.counterparty != t.org:
                t.counterparty = e.counterparty
        cands = keep
    for c in cands:
        e = c.event
        if e.type == "departure" and not e.counterparty and e.person:
            for h in cands:
                if h.event.type == "hire" and h.event.person == e.person and c.sent <= h.sent <= c.sent + 1 \
                        and h.event.org != e.org and (h.sent > c.sent or h.pos > c.pos):
                    e.counterparty = h.event.org
                    break
    # "Ethan Cole will succeed Lund as CFO": the succession takes the date of Lund's departure
    for c in cands:
        if c.replaces and (not c.event.date or not c.own_date):
            dep = next((d for d in cands if d.event.type == "departure" and d.event.person == c.replaces and d.event.date), None)
            if dep is not None:
                e = c.event
                e.date, e.date_precision, e.date_text = dep.event.date, dep.event.date_precision, dep.event.date_text
    for c in cands:
        # "高翔已離職。其職務由許佳接任": the successor takes over at the organisation the one replaced left
        if c.replaces and c.event.type == "promotion" and not c.org_explicit:
            dep = next((d for d in cands if d.event.type == "departure" and d.event.person == c.replaces and
                        d.org_explicit and d.event.org), None)
            if dep is not None:
                c.event.org = dep.event.org
    # a departure (hire, promotion) told again without its organisation is the one already told
    told: dict = {}
    for c in cands:
        e = c.event
        if e.type in ("departure", "hire", "promotion") and c.org_explicit:
            told.setdefault((e.type, e.person), e.org)
    for c in cands:
        e = c.event
        if e.type in ("departure", "hire", "promotion") and not c.org_explicit and (e.type, e.person) in told:
            e.org = told[(e.type, e.person)]
    named_foundings = {c.event.org for c in cands if c.event.type == "founding" and c.event.person}
    for c in cands:
        e = c.event
        if e.type == "founding" and not e.person and e.org in named_foundings:
            # "Quorra was incorporated in October": the date of the founding already told with its founders
            for o in cands:
                if o.event.type == "founding" and o.event.org == e.org and o.event.person and e.date and \
                        (not o.event.date or (c.registered and not o.registered)):
                    o.event.date, o.event.date_precision, o.event.date_text = e.date, e.date_precision, e.date_text
    cands = [c for c in cands if not (c.event.type == "founding" and not c.event.person and c.event.org in named_foundings)]
    groups: dict = {}
    order = []
    for c in cands:
        e = c.event
        if e.type == "funding":
            k = ("funding", e.org, round(e.amount or 0, -3), e.currency)
        elif e.type == "founding":
            k = ("founding", e.org, e.person)
        else:
            k = (e.type, e.person, e.org)
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(c)
    events = []
    for k in order:
        cs = groups[k]
        best = max(cs, key=lambda c: (PRECISION_RANK.get(c.event.date_precision, 0) if c.event.date else -1,
                                      bool(c.event.role), bool(c.event.counterparty), c.event.confidence))
        ev = copy(best.event)  # (a shallow copy, as dataclasses.replace with no changes, at a fraction of the cost)
        if ev.person and ev.person not in ev.evidence:
            # the evidence a reader can check: a sentence that names the person, not one that refers back
            named = next((c for c in cs if ev.person in c.event.evidence), None)
            if named is not None:
                ev.evidence = named.event.evidence
        for c in cs:
            o = c.event
            if not ev.role and o.role:
                ev.role, ev.role_raw = o.role, o.role_raw
            if not ev.role_raw and o.role_raw:
                ev.role_raw = o.role_raw
            if not ev.counterparty and o.counterparty:
                ev.counterparty = o.counterparty
            if not ev.date and o.date:
                ev.date, ev.date_precision, ev.date_text = o.date, o.date_precision, o.date_text
            elif not ev.date and not ev.date_text and o.date_text:
                ev.date_text = o.date_text
        conf = ev.confidence + (0.05 if len(cs) > 1 else 0.0)  # told twice: surer
        ev.confidence = round(max(0.0, min(0.99, conf)), 2)
        events.append(ev)
    return events


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


def merge_events(art: _Article, cands: list[Cand]) -> list[Event]:
    nl = art.text.find("\n")
    events = _merge(cands, headline_end=nl if 0 < nl < 120 else -1)
    events = _no_sector_orgs(art, events)
    events = _home_org_fallback(art, events)
    _founders_left_from(events)
    return _promotion_that_is_the_hire(events)
