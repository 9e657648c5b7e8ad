"""Departures, hires and promotions: one event per person a trigger is about (a founding goes to ``founding``).
For each person, the organisation (``ORG_BY_TYPE``: a list of strategies per event type), where they came from or
went (``COUNTERPARTY_STRATEGIES``), the title (``titles.PERSON_TITLE_STRATEGIES``) and, for a succession, whom they
replace (``REPLACED_STRATEGIES``), and whether a hire with no told origin is a move inside the company
(``MOVES_INSIDE``: a promotion); then the repairs that need the whole list (``LIST_STEPS``).
"""
from __future__ import annotations

import re

from talentdb.extract.entities import Mention, _is_han
from talentdb.extract.events.candidates import Cand, Draft, Move
from talentdb.extract.events.founding import founding_events
from talentdb.extract.events.orgs import (body_of_another_head, orgs_of_post_held_in_modifier, _fix_org, _han_org_shaped_at, is_association, _former, former_post_ends_at, _opening_name, came_from, company_acting,
                                          company_of_the_story, departure_org, former_post_named_here,
                                          is_body_mention, is_outsider, outsider_words_rx, posts_named_before,
                                          employer_after_title, fronted_former_post, it_subject, org_after_word,
                                          post_in_apposition, years_spent_elsewhere_said_later,
                                          post_just_before_said_later, related_orgs,
                                          title_held_before_name,
                                          where_the_article_last_put_them)
from talentdb.extract.events.patterns import _PASSIVE
from talentdb.extract.events.site import NOTHING, Site, first, run_steps
from talentdb.extract.events.subjects import _subjects
from talentdb.extract.events.titles import (PERSON_TITLE_STRATEGIES, holds_title_at, owner_of_the_title_given_up,
                                            shared_title, title_given_up_after_word, title_of_the_word)
from talentdb.extract.model import Event


_FROM_AT_END = re.compile(r"\b(?:from|at)\s+$")
_ANY_PUNCT = re.compile(r"[,，、;；:：。]")


def _people_event(site: Site) -> list[Cand]:
    """The events of one trigger word of a departure, hire, promotion or founding: one per person it is about."""
    art = site.art
    draft = Draft(_subjects(site))
    if not title_of_the_word(site, draft):
        return []
    if site.type == "founding":
        return founding_events(site, draft.subjects)
    subjects = draft.subjects
    if not subjects:
        return []
    if len(subjects) > 1:
        art.last_group = list(subjects)
    draft.shared = shared_title(site, subjects)
    out = []
    for p in subjects:
        c = _person_event(site, draft, p)
        if c is not None:
            out.append(c)
    return run_steps(LIST_STEPS, out, site, draft) if len(out) > 1 else out


def _person_event(site: Site, draft: Draft, p: Mention) -> Cand | None:
    """The event of one person of the trigger, or None when too little is told (no organisation for a hire)."""
    art, etype, ts = site.art, site.type, site.trigger_start
    move = Move(p, outsider=etype == "promotion" and is_outsider(site, p))
    if not ORG_BY_TYPE[etype](site, draft, move):
        return None
    move.counter = first(COUNTERPARTY_STRATEGIES[etype], site, move)
    if etype == "promotion":
        _settle_origin(site, move)
    if etype == "departure":
        _owner_of_the_title_given_up(site, move)
    role = first(PERSON_TITLE_STRATEGIES[etype], site, draft, move)
    org, counter = move.org, move.counter
    conf = site.rule.confidence * (0.9 if p.pronoun else 1.0) * (1.0 if move.explicit else 0.85)
    kind = "promotion" if etype == "hire" and counter is None and \
        any(moved(site, move) for moved in MOVES_INSIDE) else etype
    ev = Event(type=kind, person=p.key, org=org, role=role.canon if role else None,
               role_raw=role.raw if role else None, counterparty=counter, evidence=site.sentence_text,
               confidence=round(min(1.0, conf), 2))
    c = Cand(ev, ts, site.sentence, p.start, move.explicit, external=move.outsider,
             gives_up_title=move.given_up is not None)
    c.relative = bool(art.rx(r"\s*(?:who|which|whom)\b").match(art.lowered, site.clause_start)) and \
        p.start < site.clause_start
    if site.rule.succession:
        c.replaces = first(REPLACED_STRATEGIES, site, draft, p)
    if (etype == "hire" or move.outsider) and org:
        art.affiliation.setdefault(p.key, []).append((ts, org))
    return c


def _settle_origin(site: Site, move: Move) -> None:
    """Whether someone named to a post came from outside (README rule 1), once their organisation and origin are
    known: told where they come from, they are hired ("金發局主席史美倫出任港交所主席"); a former post at the same
    company keeps them inside ("原星河台灣總經理X接任星河執行長")."""
    if move.counter is not None:
        move.outsider = True
    elif move.outsider and former_post_named_here(site, move.person, move.org):
        move.outsider = False


def _owner_of_the_title_given_up(site: Site, move: Move) -> None:
    """A departure's title given up right after the word names its organisation ("卸下星河科技董事長一職")."""
    move.given_up = title_given_up_after_word(site)
    owner = owner_of_the_title_given_up(site, move.given_up) if move.given_up is not None else None
    if owner is not None:
        move.org, move.explicit = owner, True


# -- a hire that is a move inside the company ------------------------------------------------------------------------
# Someone "hired" whose origin is not told (no counterparty) and who is shown already inside the company gets a post
# there: a promotion (README rule 1). Each test below says how the text shows it.
def _lateral_move_inside(site: Site, move: Move) -> bool:
    """"原執行長林佳慧轉任董事長": a lateral word (轉任) from a title held at the company, or from (從/由) a title."""
    art = site.art
    return bool(move.org) and site.word in art.lex.grammar.get("lateral_words", ()) and \
        (holds_title_at(art, move.person, move.org, site.trigger_start) or _moves_from_a_title(site, move.person))


def _appointed_with_a_title_there(site: Site, move: Move) -> bool:
    """"董事會同意聘任副總經理X為總經理": appointed by the company's own body, or named with a title held there."""
    return move.appointed_inside or _named_with_a_title_there(site, move.person, move.org)


def _gives_up_a_post_there_first(site: Site, move: Move) -> bool:
    """"陳志遠不再擔任星河科技輪值董事長,轉任星河科技監事會主席": a post at the company given up on the way."""
    return bool(move.org) and _gives_up_a_post_there(site, move.person, move.org)


MOVES_INSIDE = (_lateral_move_inside, _appointed_with_a_title_there, _gives_up_a_post_there_first)


# -- the organisation of a departure --------------------------------------------------------------------------------
def _departure_place(site: Site, draft: Draft, move: Move) -> bool:
    """The organisation left (``orgs.DEPARTURE_ORG_STRATEGIES``); the people of one list leave the place said for
    one of them. False: no departure for this person."""
    org, explicit = departure_org(site, move.person)
    if site.rule.direction == "moves" and org and not explicit and org_after_word(site)[0] == org and \
            not site.art.rx(r"\s*<<parent_words>>").match(site.art.lowered, site.trigger_end):
        return False  # "2022年由銀河證券跳槽至星河": the move was to the company of the story, not away from it
        # (but "林一帆调回集团任职": the group is the parent of the company he leaves)
    if explicit and draft.group_org is None:
        draft.group_org = org
    elif not explicit and draft.group_org is not None:
        org, explicit = draft.group_org, True  # listed together, leaving the same place
    move.org, move.explicit = org, explicit
    return True


# -- the organisation of a hire ---------------------------------------------------------------------------------------
def _hire_place(site: Site, draft: Draft, move: Move) -> bool:
    """The organisation that hires: for a word that acts on its person ("Orbis hired Ana Ruiz"), the first of
    ``HIRER_STRATEGIES``; after a passive mark ("被星河智能聘為"), the organisation after it; else (the person
    joins) the first of ``JOINED_ORG_STRATEGIES``. "respectively" pairs a list of people with a list of
    organisations. False: no hire (nowhere named to join)."""
    art, ts, cs = site.art, site.trigger_start, site.clause_start
    obj = site.rule.direction == "object"
    passive = art.rx(r"<<passive_marks>>").search(art.lowered, max(cs, ts - 16), ts) if obj else None
    org, explicit = None, True
    if obj and not art.rx(_PASSIVE).search(site.folded_before(8)) and passive is None:
        org = first(HIRER_STRATEGIES, site, move)
        if org is None and _nothing_said_of_origin(site, move.person):
            org = company_acting(site, move.person)  # its board names someone not shown to come from elsewhere
            move.appointed_inside = org is not None
        came = _origins_marked_before(site)
        if came and org and came[-1].key != org:
            move.origin_marked = came[-1].key
    elif passive is not None and art.ents.orgs_in(passive.end(), ts):
        org = art.ents.orgs_in(passive.end(), ts)[-1].key  # "後者則被星河智能聘為首席科學家": the one after 被
    else:
        org, explicit = first(JOINED_ORG_STRATEGIES, site, draft, move) or (None, False)
    subjects = draft.subjects
    resp = art.ents.orgs_in(*site.after)
    if len(subjects) > 1 and len(resp) == len(subjects) and \
            art.rx(r"<<respectively>>").search(art.folded[site.sentence_start:site.sentence_end]):
        org = resp[subjects.index(move.person)].key
    move.org, move.explicit = org, org is not None and explicit
    return org is not None


def _moves_from_a_title(site: Site, p: Mention) -> bool:
    """"林佳慧從副總經理轉任總經理": between the person and the word, from (從/由) a title with no organisation named."""
    art = site.art
    if p.end > site.trigger_start or art.ents.orgs_in(p.end, site.trigger_start):
        return False
    m = art.rx(r"(?:<<from_marks>>|由)\s*").search(art.lowered, p.end, site.trigger_start)
    return m is not None and any(r.start == m.end() for r in art.titles_in(m.end(), site.trigger_start))


def _gives_up_a_post_there(site: Site, p: Mention, org: str) -> bool:
    """"陳志遠不再擔任星河科技輪值董事長,轉任星河科技監事會主席" / "X卸任星河科技總經理,改任星河科技董事長": between the person and
    the word, in the same sentence and with no one else named, a post given up (<<leave_words>>) at ``org`` or its
    group: the new post is taken inside it (README rule 1), not joined from outside."""
    art = site.art
    if art.lang == "en" or p.end > site.trigger_start or p.start < site.sentence_start or \
            [q for q in art.ents.persons_in(p.end, site.trigger_start) if q.key != p.key]:
        return False
    m = art.rx(r"<<leave_words>>").search(art.lowered, p.end, site.trigger_start)
    if m is None or m.start() - p.end > 14 or _ANY_PUNCT.search(art.folded, p.end, m.start()):
        return False  # (a time may stand between: "林佳慧將於6月30日卸任星河科技總經理,轉任董事長")
    got = [o for o in art.ents.orgs_in(m.end(), site.trigger_start) if not o.ref]
    return bool(got) and got[0].start - m.end() <= 2 and related_orgs(got[0].key, org) and \
        bool(art.titles_in(got[0].end, site.trigger_start))


def _named_with_a_title_there(site: Site, p: Mention, org: str | None) -> bool:
    """"聘任副總經理X為總經理": the person is named, after the word, with a title they hold at the hiring company."""
    art = site.art
    if site.rule.direction != "object" or org is None or not _nothing_said_of_origin(site, p):
        return False
    return any(site.trigger_end <= r.start and 0 <= p.start - r.end <= 1 and r.org in (None, org) for r in art.roles)


def _nothing_said_of_origin(site: Site, p: Mention) -> bool:
    """"同意聘任副總經理X為…": between the word and the person, no organisation and no former mark (not
    "聘請騰訊視頻前負責人X": someone from elsewhere)."""
    art = site.art
    if p.start <= site.trigger_end or art.ents.orgs_in(site.trigger_end, p.start):
        return False
    return not art.rx(r"<<former_marks>>").search(art.lowered, site.trigger_end, p.start)


def _origins_marked_before(site: Site) -> list:
    """"星河科技從銀河科技延攬了林佳慧": the organisations after "from" before the word (where they came from)."""
    art, f = site.art, site.art.folded
    return [o for o in art.ents.orgs_in(*site.sentence_before) if o.end <= site.trigger_start and
            art.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start])]


def hirer_named_before_word(site: Site, move: Move) -> str | None:
    """"Orbis hired Ana Ruiz" / "星河科技延攬林佳慧": the last organisation before the word, in its clause first."""
    # (not one the person comes from: "星河科技從銀河科技延攬了…")
    art = site.art
    came = _origins_marked_before(site)
    obs = [o for o in art.ents.orgs_in(*site.sentence_before) if o.end <= site.trigger_start and o not in came and
           not _former(art, o)]
    inc = [o for o in obs if o.start >= site.clause_start]
    return inc[-1].key if inc else (obs[-1].key if obs else None)


def it_that_hires(site: Site, move: Move) -> str | None:
    """"It hired Ana Ruiz as CTO": the company "it" stands for."""
    return it_subject(site)


def company_acting_for_an_outsider(site: Site, move: Move) -> str | None:
    """"董事會通過聘任前銀河科技處長林佳慧為營運長": the company of the story hires an outsider through its board."""
    return company_acting(site, move.person) if is_outsider(site, move.person) else None


def short_name_opening_the_clause(site: Site, move: Move) -> str | None:
    """"星河宣布延攬林佳慧": a short Han name that opens the clause, before its verb."""
    art, cs = site.art, site.clause_start
    if art.lang == "en":
        return None
    ends = art.matches(art.lex.name_enders, cs, site.trigger_start)
    return _opening_name(art, cs, ends[0][0] if ends else site.trigger_start)


# Who hires, for a word that acts on its person: the first strategy that answers.
HIRER_STRATEGIES = (hirer_named_before_word, it_that_hires, company_acting_for_an_outsider,
                    short_name_opening_the_clause)


_TIME_THERE_AFTER_WORD = re.compile(r"\s*(?:after|following)\s+(?:[\w\-]+\s+){1,4}(?:at|with)\s+$")


def origin_after_years_there(site: Site, draft: Draft, move: Move):
    """"Ana Ruiz joins after 10 years at Quorra Capital": the organisation after a time spent there is where she comes
    from (the counterparty); she joins the company of the story."""
    art = site.art
    o = next(iter(art.ents.orgs_in(site.trigger_end, site.clause_end)), None)
    if art.lang != "en" or o is None or o.ref or \
            not _TIME_THERE_AFTER_WORD.fullmatch(art.lowered, site.trigger_end, o.start):
        return None
    move.origin_marked = o.key
    company = art.ents.company_meant(site.trigger_start)
    return (company, False) if company is not None and company != o.key else NOTHING


def org_left_before_the_return(site: Site, draft: Draft, move: Move):
    """"She quit Orbis in 2002 after a row over strategy, but returned in 2006" / "2006年離開星河航空,2009年重返":
    a word of coming back that names no place of its own goes back to the organisation its sentence has its person
    leave before it (named right after the word of leaving; README rule 1: a return to a former employer is a hire)."""
    from talentdb.extract.validate import key, rules

    art, te = site.art, site.trigger_end
    back = rules().return_rx
    if back is None or not back.search(key(site.word)) or art.ents.orgs_in(te, min(site.clause_end, te + 3)):
        return None  # (not a word of coming back, or one that names where: "returned to Orbis")
    for a, b in reversed(art.triggers_in(site.sentence_start, site.trigger_start)):
        if any(r.type == "departure" and r.direction == "subject" for r in art.lex.triggers.get(art.lowered[a:b], [])):
            o = next(iter(art.ents.orgs_in(b, min(site.trigger_start, b + 3))), None)
            return (o.key, True) if o is not None else None
    return None


def org_joined_after_word(site: Site, draft: Draft, move: Move):
    """"Ana Ruiz joined Orbis" / "林佳慧加盟星河智能": the organisation after the word (or one shaped like one)."""
    org, _ = org_after_word(site, allow_shape=True)
    return (org, True) if org is not None else None


def org_named_before_joiner(site: Site, draft: Draft, move: Move):
    """"Orbis also said Ana Ruiz joined last week as COO": the organisation named before the person, a guess."""
    # (not a former one)
    art, p, ss = site.art, move.person, site.sentence_start
    if _former(art, art._org_before_mention(p.start, ss)):
        return None
    org = art._org_before(p.start, ss)
    return (org, False) if org else None


def joined_where_the_article_last_put_them(site: Site, draft: Draft, move: Move):
    """"Orbis hired Ana Ruiz in 2019. … Ruiz rejoined in May": where the article last put her; a guess."""
    return where_the_article_last_put_them(site, move.person)


def company_of_the_story_for_a_title(site: Site, draft: Draft, move: Move):
    """"林佳慧上週加入,擔任技術長": a title taken with nowhere named is taken at the company the article names most."""
    return (site.art.dominant, False) if site.art.dominant is not None and draft.title is not None else None


_CLAUSE_ENDS_AFTER_WORD = re.compile(r"\s*(?:了)?\s*(?:[,，;；。!！]|$)")


def company_of_the_story_for_a_bare_joining(site: Site, draft: Draft, move: Move):
    """"2021年前星河製藥高管林佳慧加盟,公司確立雙執行長架構": a Chinese joining word that ends its clause, nowhere named
    after it, by someone the clause names with a former employer: they join the company the article names most (not
    that former one)."""
    art = site.art
    if art.lang == "en" or art.dominant is None or site.rule.direction != "subject" or \
            not _CLAUSE_ENDS_AFTER_WORD.match(art.folded, site.trigger_end):
        return None
    p = move.person
    former = [o for o in art.ents.orgs_in(site.clause_start, p.start) if _former(art, o)]
    if former:
        return (art.dominant, False) if all(o.key != art.dominant for o in former) else None
    # (the former employer unknown to the finders: "前某某藥廠高管林佳慧", a former mark, a name, then a title)
    held = title_held_before_name(art, p)
    told = held is not None and art.rx(r"<<former_marks>>[\u4e00-\u9fff]{2,12}$").search(
        art.lowered, max(site.clause_start, held.start - 14), held.start)
    return (art.dominant, False) if told and not art.ents.orgs_in(told.start(), held.start) else None


# Where a person joins (no one acts on them): the first strategy that answers, with whether it is named explicitly.
JOINED_ORG_STRATEGIES = (origin_after_years_there, org_left_before_the_return, org_joined_after_word, org_named_before_joiner,
                         joined_where_the_article_last_put_them, company_of_the_story_for_a_title,
                         company_of_the_story_for_a_bare_joining)


# -- the organisation of a promotion ----------------------------------------------------------------------------------
def org_of_the_title_after_as(site: Site, move: Move):
    """"appointed A as MD of Bank One and B as MD of Bank Two": the organisation of the title given to this person
    (after "as" right after their name, "TITLE of/at ORG"), for a person of a coordinated list after the word."""
    art, p = site.art, move.person
    if art.lang != "en" or p.pronoun or p.start < site.trigger_end:
        return None
    m = re.compile(r"\s+as\s+").match(art.lowered, p.end)
    got = employer_after_title(art, m.end()) if m else None
    return (got, True) if got is not None and any(o.key == got for o in art.ents.orgs_in(m.end(), m.end() + 120)) \
        else None


_BEFORE_A_TITLE = re.compile(r"\s+(?:as\s+)?")


def org_of_the_title_right_after_word(site: Site, move: Move):
    """"Ana Ruiz resigned as CEO of Orbis to become CEO of Quorra Bank": a title right after the word, with the
    organisation it is held at ("TITLE of/at ORG"), names where it is taken (not an organisation named before)."""
    art = site.art
    if art.lang != "en" or move.person.start > site.trigger_start:
        return None
    m = _BEFORE_A_TITLE.match(art.lowered, site.trigger_end)
    got = employer_after_title(art, m.end()) if m else None
    return (got, True) if got is not None and any(
        o.key == got and not o.ref for o in art.ents.orgs_in(m.end(), min(site.clause_end, m.end() + 120))) else None


_WHO_BETWEEN = re.compile(r"\s*,?\s*who\s+(?:[a-z]+\s+){0,2}$")


def org_after_word_of_a_relative_clause(site: Site, move: Move):
    """"Ana Ruiz left Orbis after losing out to Ben Tao, who got the top job at Quorra": a word told in a relative
    clause right after its person names its own organisation after it; one named before the person is the main
    clause's."""
    art, p = site.art, move.person
    if art.lang != "en" or p.pronoun or p.end > site.trigger_start or \
            not _WHO_BETWEEN.fullmatch(art.lowered, p.end, site.trigger_start):
        return None
    org, _ = org_after_word(site, allow_shape=False)
    return (org, True) if org is not None else None


def promoter_named_before_word(site: Site, move: Move):
    """"Orbis promoted Ana Ruiz to CTO": the last organisation before the word in its clause."""
    # (not a former one, nor one after "from", nor one that is no organisation, nor the place of a former post told
    # with the name: "由宏远电子前任执行长林大明出任总经理", nor the body of someone else who speaks of the move:
    # "交通局局長林美珍感謝王大同出任星河捷運主席")
    art, f = site.art, site.art.folded
    ob = [o for o in art.ents.orgs_in(*site.before) if o.end <= site.trigger_start and not _held_before(art, o) and
          not art.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start]) and _fix_org(o.key) is not None
          and not _post_left_for_another(site, move, o) and not _post_of_the_new_holder(site, move, o)
          and not _post_held_when_another_announces(site, move, o)
          and not _post_in_the_apposition(site, move, o) and not body_of_another_head(art, o, move.person)
          and not (o.end <= move.person.start and former_post_ends_at(art, o, move.person.start))]
    return (ob[-1].key, True) if ob else None


def _post_in_the_apposition(site: Site, move: Move, o) -> bool:
    """"Anwar Kabir, who is serving as deputy MD of Rupali Bank, will take the place of…": ``o``, between the person
    and the word, is the organisation of the post held when named (``orgs.post_in_apposition``), not where the new
    one is taken."""
    p = move.person
    return p.end <= o.start < site.trigger_start and post_in_apposition(site.art, p) == o.key


def _post_held_when_another_announces(site: Site, move: Move, o) -> bool:
    """"星河總商會宣布,銀河集團執行主席林佳慧當選會長": ``o`` names the post the person holds, right before them, and
    an organisation that is not of its group announces the move earlier in the sentence (grammar announce_verbs
    after it, in its clause): the new post is taken there, ``o`` is where they come from (README rule 1: a post
    held elsewhere when named). Not after a word that says the post is given inside (升任, promoted)."""
    art, p = site.art, move.person
    held = title_held_before_name(art, p)
    if held is None or held.org != o.key or not o.start < held.start < p.start or \
            site.word in art.lex.grammar.get("inside_words", ()) or org_after_word(site, allow_shape=False)[0]:
        return False
    announce = art.rx(r"[^,，;；。]{0,14}?<<announce_verbs>>")
    return any(not a.ref and not related_orgs(a.key, o.key) and not _held_before(art, a) and
               announce.match(art.lowered, a.end) for a in art.ents.orgs_in(site.sentence_start, o.start))


def _post_of_the_new_holder(site: Site, move: Move, o) -> bool:
    """"董事長將由台積電(TSMC)副董事長林佳慧出任": ``o`` stands in the chain of titles of a person named after a mark
    of the new holder (由), before the word: where they are, not where the title is taken."""
    art, p = site.art, move.person
    if not o.end <= p.start <= site.trigger_start:
        return False
    chain = posts_named_before(art, p, site.clause_start)
    start = min((q.start for q, _ in chain), default=p.start)
    return start <= o.start and bool(art.rx(r"<<new_holder_marks>>\s*$").search(art.lowered, max(0, start - 4), start))


def _the_word_tells_it_held(site: Site, o) -> bool:
    """"自2003年7月至2013年5月曾任月光半導體技術長": the word itself says the post was held before (a dated 曾任), so the
    organisation right after it is that post's, not one left before another taken."""
    return site.rule.dated and o.start - site.trigger_end <= 1 and \
        bool(site.art.rx(r"(?:<<came_from_role>>)$").search(site.art.lowered, site.trigger_start, site.trigger_end))


def _held_before(art, o) -> bool:
    """"前銀河科技副總裁", "原任銀河科技副總裁的林佳慧", "此前擔任銀河科技…": an organisation where a post was held
    before (``orgs._former``, or after a word of a post held just before or once)."""
    if art.lowered[o.start - 1:o.start] == "在" and art.rx(r"\s*<<worked_at_after>>").match(art.lowered, o.end):
        return True  # "黃建華在台積電服務逾20年": where someone works or worked
    return _former(art, o) or bool(art.rx(r"(?:<<came_from_just_before>>|<<came_from_role>>|<<came_from>>)\s*$").search(
        art.lowered[max(0, o.start - 6):o.start]))


def _post_left_for_another(site: Site, move: Move, o) -> bool:
    """"金發局主席史美倫出任港交所主席" / "民航東北局副局長湯勁出任董事長": ``o`` names the post the person holds, right
    before them, so it is where they are, not where the new title is taken: when the word names another organisation
    after it, or ``o`` is a government body and the new title is none of its head's."""
    art, p = site.art, move.person
    held = title_held_before_name(art, p)
    if held is None or o is None or held.org != o.key or not o.start < held.start < p.start:
        return False
    after = org_after_word(site, allow_shape=False)[0]
    if after is not None and after != o.key:
        return True
    return is_body_mention(art, o) and not any(
        art.folded.startswith(t, r.start) for r in art.titles_in(max(site.trigger_end, p.end), site.clause_end)
        for b, t in art.lex.org_body_titles if art.folded.endswith(b, o.start, o.end))


def org_named_after_promotion(site: Site, move: Move):
    """"林佳慧升任星河科技技術長": the organisation after the word; not a former one ("任命前銀河科技高管…",
    "任命曾在Arm任職的高管…"). After a word of taking the helm (grammar helm_words: 出掌, 執掌), what follows is the
    organisation even when only its shape says so ("林佳慧執掌星河物流,出任董事長")."""
    art = site.art
    o2, opos = org_after_word(site, allow_shape=site.word in art.lex.grammar.get("helm_words", ()))
    if o2 and opos >= 0 and any(_org_of_a_post_held_when_named(site, move, o) for o in art.ents.orgs_in(opos, opos + 1)):
        return _org_named_with_the_new_title(site, move)
    if o2 and opos >= 0 and (art.rx(r"<<former_marks>>\s*$").search(art.lowered[max(0, opos - 7):opos]) or
                             any((_held_before(art, o) and not _the_word_tells_it_held(site, o)) or
                                 _post_left_for_another(site, move, o) or body_of_another_head(art, o, move.person)
                                 for o in art.ents.orgs_in(opos, opos + 1))):
        o2 = None  # (nor the body whose post the person named after it leaves: "指派國營司副司長劉起孝代理董事長")
        # (nor that of an official named after it who oversees the handover: "在交通部常務次長林美珍的監交下")
    return (o2, True) if o2 is not None else None


def _org_of_a_post_held_when_named(site: Site, move: Move, o) -> bool:
    """"委任台積電董事長林佳慧為華碩董事長" / "華碩宣布,委任宏碁副董事長林佳慧為董事長": ``o``, after the word, is the
    organisation of a title in the chain right before the person's name, so it says where they are (or were), not
    where the new title is taken."""
    p = move.person
    if not site.trigger_end <= o.start < p.start:
        return False
    return any(q.start == o.start for q, _ in posts_named_before(site.art, p, site.trigger_end))


def _org_named_with_the_new_title(site: Site, move: Move) -> tuple[str, bool] | None:
    """"委任台積電董事長林佳慧為華碩董事長": the organisation named after the person, with the title taken."""
    later = [o for o in site.art.ents.orgs_in(move.person.end, site.clause_end) if not o.ref]
    return (later[0].key, True) if later else None


def org_in_apposition_announcing(site: Site, move: Move):
    """"Its lending arm, Orbis Bank, confirmed it named Ana Ruiz president on Monday": the organisation
    set off by commas right before the clause, when that clause opens with a word of telling ([grammar]
    reporting_verbs) and names no organisation before the word: it announces, and the post is its own."""
    art, cs = site.art, site.clause_start
    if art.lang != "en" or cs <= site.sentence_start or art.ents.orgs_in(cs, site.trigger_start):
        return None
    o = next(reversed([o for o in art.ents.orgs_in(site.sentence_start, cs) if o.end <= cs]), None)
    if o is None or o.ref or art.folded[o.end:cs].strip() != "," or \
            art.folded[max(site.sentence_start, o.start - 2):o.start].strip() != ",":
        return None
    return (o.key, True) if art.rx(r"\s*(?:<<reporting_verbs>>)\b").match(art.lowered, cs) else None


def org_opening_the_sentence(site: Site, move: Move):
    """"Orbis同時宣布,將林佳慧擢升為技術長": the organisation that opens the sentence."""
    first_org = site.art.ents.orgs_in(*site.sentence_before)
    if first_org and _post_left_for_another(site, move, first_org[0]):
        return None
    return (first_org[0].key, True) if first_org and first_org[0].start - site.sentence_start <= 4 else None


def org_joined_earlier_in_the_sentence(site: Site, move: Move):
    """"Ruiz began her career at Orbis in 1981 and rose to become CEO in 1996" / "林佳慧1990年加入銀河銀行，2004年升任
    行長": a second verb of a career line, with no organisation of its own, moves up where the first verb of the
    sentence, a joining told before it by the same person, put them (not the company of the story)."""
    art, p = site.art, move.person
    if site.clause_start <= site.sentence_start or p.start >= site.clause_start or \
            art.ents.persons_in(p.end, site.trigger_start) and any(
                q.key != p.key for q in art.ents.persons_in(p.end, site.trigger_start)):
        return None
    for ts, te in reversed(art.triggers_in(site.sentence_start, site.clause_start)):
        if any(r.type == "hire" for r in art.lex.triggers.get(art.lowered[ts:te], [])):
            named = [o for o in art.ents.orgs_in(ts, site.clause_start) if not o.ref]
            named = named or [o for o in art.ents.orgs_in(site.sentence_start, ts) if not o.ref]  # (在銀河銀行開始職業生涯)
            return (named[0].key, True) if named else None
    return None


def org_of_the_one_replaced(site: Site, move: Move):
    """"Orbis CEO Ana Ruiz will leave. Ms Ruiz's role will be taken on by Ben Tao, formerly of Quorra": a successor
    takes the post at the organisation whose title the one replaced held."""
    art = site.art
    if not site.rule.succession:
        return None
    for q in art.ents.persons_in(site.sentence_start, site.sentence_end):
        if q.key and q.key != move.person.key:
            held = art.role_for(q.key, q.start, None)
            if held is not None and held.org:
                return held.org, False
    # ("Mr Ruiz's role as editor of the Orbis Herald will be taken on by Ben Tao": the post told as the one's role)
    for r in art.titles_in(site.sentence_start, site.trigger_start):
        if art.rx(_ROLE_AS_BEFORE, 0).search(art.lowered, max(site.sentence_start, r.start - 24), r.start):
            held_at = employer_after_title(art, r.start)
            if held_at is not None:
                return held_at, True
    return None


_ROLE_AS_BEFORE = r"['’]s\s+<<post_nouns>>\s+as\s+(?:the\s+)?$"


def company_told_of_for_an_outsider(site: Site, move: Move):
    """"集團同時委任前銀河科技副總裁林佳慧為技術長" / "Ana Ruiz, formerly CEO of Orbis, was appointed to the board
    as chairman": the company acting through its board, else the company the story is about; if none, no event
    (NOTHING)."""
    # (not where the article last put them: for someone from elsewhere, that is where they come from)
    if not move.outsider:
        return None
    org = company_acting(site, move.person) or _story_company_not_their_origin(site, move.person)
    if org is None:
        story = company_of_the_story(site, move.person)[0]
        if story is not None and _named_apart_from_the_person(site, move.person, story) and (
                _inhouse_former_post_before_name(site, move.person, story) or
                former_post_named_here(site, move.person, story)):
            move.outsider = False  # ("星河公會原任總秘書林佳慧當選總會長": the former post was at the story's company)
            return None
    return (org, False) if org is not None else NOTHING


def _named_apart_from_the_person(site: Site, p: Mention, org: str) -> bool:
    """Whether ``org`` is named somewhere other than right before the person (where a former post of theirs is told):
    the story is about it, it is not only where they come from."""
    return any(related_orgs(o.key, org) and not p.start - 40 <= o.start < p.start
               for o in site.art.ents.orgs_in(0, len(site.art.lowered)) if not o.ref)


def _inhouse_former_post_before_name(site: Site, p: Mention, story: str) -> bool:
    """"星河公會(SG)原任總秘書林佳慧": the company of the story (or its group), an in-house former mark (grammar
    inhouse_former_marks: 原) and the title held there, right before the name: a post held inside until now."""
    art = site.art
    mark = art.rx(r"^(?:[(（][^)）]{1,24}[)）])?\s*<<inhouse_former_marks>>")
    return any(former_post_ends_at(art, o, p.start) and related_orgs(o.key, story) and
               mark.match(art.lowered[o.end:o.end + 30]) for o in art.ents.orgs_in(max(0, p.start - 40), p.start))


def _story_company_not_their_origin(site: Site, p: Mention) -> str | None:
    """The company the story is about, unless it is named around the person in this sentence (then it is where they
    come from: "委任前銀河科技副總裁林佳慧為技術長" in a story about 銀河科技), other than inside words that say they
    come from outside it ("並非基金會成員")."""
    art = site.art
    org = company_of_the_story(site, p)[0]
    near = art.ents.orgs_in(max(site.sentence_start, p.start - 40), min(site.sentence_end, p.end + 80))
    rx = outsider_words_rx(art)
    gaps = [m.span() for m in rx.finditer(art.lowered, site.sentence_start, site.sentence_end)] if rx else []
    near = [o for o in near if not any(a <= o.start < b for a, b in gaps)]  # ("並非基金會成員": not where they were)
    return None if org is None or any(o.key == org for o in near) else org


_MOVING_UP = re.compile(r"promot|elevat|upgrad|rose|rises|moved up|moves up")  # (matched at the word itself)


def org_of_the_post_in_apposition(site: Site, move: Move):
    """"Jahid Hasan, the deputy managing director of Dhaleshwari Bank, was promoted to managing director": with no
    organisation named for the new title, the one of the post held when named (in apposition, before the word)."""
    p = move.person
    if not p.end <= site.trigger_start or site.art.ents.persons_in(p.end, site.trigger_start):
        return None
    # (only a word of moving up keeps them where they are: "Tobias Renner, partner at Veldt Ventures, were appointed
    # to the board" joins the board of the story's company, not Veldt's)
    if not _MOVING_UP.match(site.art.lowered, site.trigger_start):
        return None
    got = post_in_apposition(site.art, p)
    return (got, True) if got is not None else None


def promoted_where_the_article_last_put_them(site: Site, move: Move):
    """"Ana Ruiz joined Orbis in 2019. … Ruiz was promoted to CTO": where the article last put her (not the post
    named with her that she leaves for this one: "民航東北局副局長湯勁出任董事長")."""
    got = where_the_article_last_put_them(site, move.person)
    if got and _where_the_new_holder_is(site, move, got[0]):
        return None  # ("董事長將由台積電副董事長林佳慧出任": where she is, not where she goes)
    held = title_held_before_name(site.art, move.person)
    if got and held is not None and held.org == got[0] and _post_left_for_another(
            site, move, site.art._org_before_mention(held.start + 1, site.art._clause_start(held.start))):
        return None
    return got


def promoted_at_the_company_of_the_story(site: Site, move: Move):
    """"林佳慧晉升為技術長": the company the story is about (not the one the new holder of a title comes from)."""
    got = company_of_the_story(site, move.person)
    return (None, False) if got and _where_the_new_holder_is(site, move, got[0]) else got


def _where_the_new_holder_is(site: Site, move: Move, key: str | None) -> bool:
    """Whether ``key`` is the organisation of a post of the person told by ``_post_of_the_new_holder``."""
    return key is not None and any(o.key == key and _post_of_the_new_holder(site, move, o)
                                   for o, _ in posts_named_before(site.art, move.person, site.clause_start))


def association_led_after_word(site: Site, move: Move):
    """"星河科技董事長林佳慧當選電子商業同業公會理事長" / "Orbis chairman Dan Wong was elected president of the Penang
    Chamber of Commerce": a body of members (its name ends in grammar association_words) named after the word, when
    another organisation is named before it in the sentence (the post the person holds): the post is taken at the
    body, and the person comes from the company (README rule 1), not promoted there."""
    art, p = site.art, move.person
    if p.pronoun:
        return None
    o2, opos = org_after_word(site)
    if o2 is None or opos < site.trigger_end or not is_association(art, o2):
        return None
    before = [o for o in art.ents.orgs_in(site.sentence_start, site.trigger_start)
              if not o.ref and not related_orgs(o.key, o2)]
    return (_association_name_from_word(site, o2, opos), True) if before else None


_AFTER_ELECTED = re.compile(r"^(?:为|為|成为|成為)")


def _association_name_from_word(site: Site, name: str, at: int) -> str:
    """"當選台灣塑膠工業同業公會理事長": a shape read from its last organisation words ("工業同業公會") starts, for a
    body of members, right after the word (and 為): the Han characters between are the rest of its name."""
    art = site.art
    a = site.trigger_end
    m = _AFTER_ELECTED.match(art.folded, a, at)
    a = m.end() if m else a
    gap = art.folded[a:at]
    if 0 < len(gap) <= 8 and all(_is_han(c) and c not in art.ents._not_in_org for c in gap) and \
            not art.ents.persons_in(a, at) and not art.roles_in(a, at):
        return art.text[a:at] + name
    return name


# Where a promotion happens: the first strategy that answers, with whether it is named explicitly (NOTHING: no event).
PROMOTION_ORG_STRATEGIES = (org_of_the_title_after_as, association_led_after_word, org_of_the_title_right_after_word,
                            org_after_word_of_a_relative_clause, promoter_named_before_word, org_named_after_promotion,
                            org_in_apposition_announcing, org_opening_the_sentence,
                            org_joined_earlier_in_the_sentence,
                            org_of_the_one_replaced, company_told_of_for_an_outsider, org_of_the_post_in_apposition,
                            promoted_where_the_article_last_put_them,
                            promoted_at_the_company_of_the_story)


def _promotion_place(site: Site, draft: Draft, move: Move) -> bool:
    got = first(PROMOTION_ORG_STRATEGIES, site, move)
    if got is NOTHING:
        return False
    move.org, move.explicit = got
    return True


# The organisation of one person's event, by event type (False: no event for this person).
ORG_BY_TYPE = {"departure": _departure_place, "hire": _hire_place, "promotion": _promotion_place}


# -- where they came from or went -------------------------------------------------------------------------------------
def where_they_went(site: Site, move: Move) -> str | None:
    """"Ana Ruiz, who left in September for Orbis": the organisation after "for" is where they went."""
    art, te = site.art, site.trigger_end
    if site.rule.direction == "moves":
        return None
    for o in art.ents.orgs_in(te, site.clause_end):
        if not o.ref and o.key != move.org and art.rx(r"(?<![a-z])<<destination_marks>>\s+$").search(
                art.lowered, max(te, o.start - 6), o.start) and not art.triggers_in(te + 1, o.start):
            return o.key
    return None


def origin_marked_before_word(site: Site, move: Move) -> str | None:
    """"星河智能從銀河科技延攬了林佳慧": the organisation after "from" before a hire word (``_hire_place``)."""
    return move.origin_marked


def current_post_in_the_chain_before_name(site: Site, move: Move) -> str | None:
    """"委任醫院管理局主席、中信泰富前董事總經理范鴻齡為…主席": a post held elsewhere when named, anywhere in the
    chain of titles before the name (not a former one, nor one of the same group), is where the person comes from."""
    p = move.person
    if p.pronoun or move.org is None or p.end - p.start < len(p.key):
        return None
    for o, former in posts_named_before(site.art, p, site.sentence_start):
        if not former and not related_orgs(o.key, move.org):
            return o.key
    return None


def former_employer_before_name(site: Site, move: Move) -> str | None:
    """"前銀河科技副總裁林佳慧加盟星河" / "former Orbis engineer Ana Ruiz joined": the former employer before."""
    if move.person.pronoun or not (move.outsider or site.type == "hire"):
        return None
    art, p, org = site.art, move.person, move.org
    fo = [o for o in art.ents.orgs_in(max(site.sentence_start, p.start - 40), p.start)
          if (_held_before(art, o) or former_post_ends_at(art, o, p.start)) and not _same_or_group(o.key, org)]
    if fo and not art.ents.persons_in(fo[-1].end, p.start) and (p.start - fo[-1].end <= 20 or not _ANY_PUNCT.search(
            art.folded[fo[-1].end:p.start])) and not any(
                not _worked_there(art, fo[-1], t) for t in art.triggers_in(fo[-1].end, p.start)):
        return fo[-1].key
    return None


# "former Quorra executive Ana Ruiz": a former mark, a capitalised name the lexicon does not know, then a title that
# ends right at the person's name
_FORMER_NAMED_EMPLOYER = r"(?<![\w-])(?:<<former_marks>>)\s+([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})\s+$"


def former_unknown_employer_before_name(site: Site, move: Move) -> str | None:
    """"Former Quorra manager Ana Ruiz now leads Orbis": a former employer the lexicon does not know
    (a capitalised name, no title's part) between a former mark and the title before the name: she comes from there
    (README rule 1), not of the organisation she joins."""
    art, p = site.art, move.person
    if art.lang != "en" or p.pronoun:
        return None
    held = [r for r in art.titles_in(max(site.sentence_start, p.start - 60), p.start) if p.start - 2 <= r.end <= p.start]
    if not held:
        return None
    t = held[-1]
    m = art.rx(_FORMER_NAMED_EMPLOYER).search(art.folded, max(site.sentence_start, t.start - 50), t.start)
    if m is None or art.titles_in(m.start(1), m.end(1)) or art.ents.persons_in(m.start(1), p.start) or \
            any(w.lower() in art.lex.latin_not_name or w in art.lex.latin_not_name for w in m.group(1).split()):
        return None
    got = m.group(1)
    return None if related_orgs(got, move.org) or (move.org or "").split()[:1] == got.split()[:1] else got


def post_held_in_the_modifier_before_name(site: Site, move: Move) -> str | None:
    """"此前為銀河銀行董事經理的林大明出任…" / "來自銀河大學的林佳慧將出任…": the organisation of the post held
    before, told in a modifier (…的) right before the name (orgs.post_held_before_in_modifier)."""
    if move.person.pronoun or not (move.outsider or site.type == "hire"):
        return None
    held = [o for o in orgs_of_post_held_in_modifier(site, move.person) if not _same_or_group(o, move.org)]
    return held[0] if held else None


def _worked_there(art, o, t: tuple[int, int]) -> bool:
    """"原本在月光金控擔任副總的林佳慧": a word of working at ``o`` right after it (grammar worked_at_after: 擔任,
    任職) tells the post held there, not another move."""
    return t[0] == o.end and bool(art.rx(r"<<worked_at_after>>").fullmatch(art.lowered, t[0], t[1]))


def _same_or_group(a: str, b: str | None) -> bool:
    """Whether organisation ``a`` is ``b`` or of its group (a former post there is no origin from outside: README
    rule 1, "原長榮航空董事長X接任立榮航空董事長" in a story where 立榮 is 長榮's subsidiary, told as 長榮)."""
    return a == b or related_orgs(a, b)


def origin_said_after_name(site: Site, move: Move) -> str | None:
    """"Ana Ruiz, previously at Orbis,": where a hire came from, said after the name (orgs.ORIGIN_STRATEGIES)."""
    if move.person.pronoun or not (move.outsider or site.type == "hire"):
        return None
    return came_from(site, move.person, move.org)


_APPOSITION_OPENS = re.compile(r",\s+")


def known_employer_in_apposition(site: Site, move: Move) -> str | None:
    """"Peter Lund, managing partner of Quorra Capital, and Ana Ruiz, partner at Orbis Invest, were appointed to the
    board": a title held now at another organisation, in apposition right after the name, is where the person comes
    from (README rule 1: a post held elsewhere when named); not one at the same organisation or its group ("Ana Ruiz,
    CFO of Orbis, was named CEO")."""
    art, p = site.art, move.person
    if art.lang != "en" or p.pronoun or move.org is None or p.end - p.start < len(p.key):
        return None
    m = _APPOSITION_OPENS.match(art.folded, p.end)
    if m is None:
        return None
    held = employer_after_title(art, m.end())
    for r in art.titles_in(m.end(), m.end() + 30) if held is None else ():
        if "," in art.folded[m.end():r.start]:
            break
        held = employer_after_title(art, r.start)  # "founder and managing partner of Quorra Capital"
        if held is not None:
            break
    if held is None:
        held = _org_right_after_a_title(art, m.end())
    if held is None or held not in art.ents.orgs.keys or held == move.org or related_orgs(held, move.org):
        return None
    return held


def _org_right_after_a_title(art, at: int) -> str | None:
    """"Ben Tao, CEO Halden Energy;": a known organisation right after the title that opens the apposition, with no
    "of" (list and caption style)."""
    r = next(iter(art.titles_in(at, at + 1)), None)
    o = next(iter(art.ents.orgs_in(r.end, r.end + 2)), None) if r is not None else None
    if o is None or o.ref or art.folded[r.end:o.start].strip():
        return None
    return o.key


def post_held_elsewhere_when_named(site: Site, move: Move) -> str | None:
    """"國營司副司長劉起孝暫代台糖董事長" / "金發局主席史美倫出任港交所主席": a title held at another organisation, right
    before the name, is where the person comes from (not one of the same group: "星河科技副總裁林佳慧出任星河智能總裁")."""
    p = move.person
    if p.pronoun or move.org is None:
        return None
    return _post_held_elsewhere(site.art, p, move.org)


def _post_held_elsewhere(art, p: Mention, org: str) -> str | None:
    """The organisation of a title held now, right before the mention ``p`` of a person, when it is not ``org`` nor
    of its group (not a former post: "前友邦(AIA)香港投資總監" is told by the former-employer strategies)."""
    if p.end - p.start < len(p.key):
        return None  # (a name cut short may be another's: "Index partner Martin Mignot" read as "Claire Martin")
    held = title_held_before_name(art, p)
    if held is None or held.org is None or related_orgs(held.org, org):
        return None
    o = art._org_before_mention(held.start + 1, art._clause_start(held.start))
    if o is None or o.ref or held.start - o.end > 2 or \
            any(_held_before(art, q) for q in art.ents.orgs_in(max(0, o.start - 12), o.end)):
        return None
    return held.org


def post_held_elsewhere_named_before(site: Site, move: Move) -> str | None:
    """"星宇航空董事長張國煒今日辭去立榮航空董事長。…張國煒於4月經立榮航空董事會推選為董事長": a title held now at
    another organisation, right before an earlier mention of the person in another sentence, is where they come
    from, for a move of this year or last (not a past line of a career: the post held now came after it). Not when
    that organisation is the one the story is about and the move's is not (a side post, or a misread name)."""
    art, p = site.art, move.person
    if art.lang == "en" or p.pronoun or move.org is None or not _told_as_recent(site):
        return None
    for q in art.ents.persons_in(0, site.sentence_start):
        if q.key == p.key and not q.pronoun:
            got = _post_held_elsewhere(art, q, move.org)
            if got is not None:
                return None if got == art.dominant != move.org else got
    return None


def post_held_in_the_modifier_of_an_earlier_mention(site: Site, move: Move) -> str | None:
    """"原本在月光金擔任副總的林佳慧接掌星河銀行總座…林佳慧4月8日就任以來": the place of the post held before, told in
    the modifier of an earlier mention of the person in another sentence (orgs.orgs_of_post_held_in_modifier), is
    where they come from, for a move of this year or last; not one of the same group."""
    art, p = site.art, move.person
    if art.lang == "en" or p.pronoun or move.org is None or not _told_as_recent(site):
        return None
    for q in art.ents.persons_in(0, site.sentence_start):
        if q.key == p.key and not q.pronoun:
            held = [o for o in orgs_of_post_held_in_modifier(site, q) if not _same_or_group(o, move.org)]
            if held:
                return held[0]
    return None


def _told_as_recent(site: Site) -> bool:
    """Whether every date written in the sentence of ``site`` is of the publication year or the year before."""
    art = site.art
    if art.published is None:
        return False
    years = [d[2].date.year for d in art.dates_for(site.sentence_start, site.sentence_end) if d[2].date is not None]
    return all(y >= art.published.year - 1 for y in years)


def current_post_in_apposition(site: Site, move: Move) -> str | None:
    """"Mizanur Rahman, currently the CEO of Buriganga Bank, was appointed CEO of Kushiyara Bank": a post held at
    another organisation when named, in apposition after the name (``orgs.post_in_apposition``), is where the person
    comes from (not one of the same group)."""
    # (not for a board post, which may be held beside the one named: "Nakanishi, chairman of Hitachi, became
    # Keidanren's chairman")
    if move.org is None or _a_board_post_taken(site, move.person):
        return None
    got = post_in_apposition(site.art, move.person)
    return got if got is not None and not related_orgs(got, move.org) else None


_BOARD_POST = re.compile(r"chair|board|member|advis|trustee|^(?:independent |non-executive |)director$", re.I)
# (after the apposition that closed the clause of the word: "…, current head of Kestrova, as new CEO")
_AS_AFTER_APPOSITION = re.compile(r",\s+as\s+(?:(?:its|the|a|an|their|our|new|next)\s+){0,2}")


def _a_board_post_taken(site: Site, p: Mention) -> bool:
    """Whether the first title after the word is a board post (chairman, director, member, adviser), not an
    executive one that cannot be held at two organisations at once; when the name's apposition closes the clause
    ("named Ana Ruiz, currently the CFO of Quorra, as its CEO"), the title after "as" that follows it."""
    art = site.art
    taken = next(iter(art.titles_in(site.trigger_end, site.clause_end)), None)
    if taken is None and p.start < site.clause_end <= p.end + 1:
        m = _AS_AFTER_APPOSITION.search(art.lowered, p.end, site.sentence_end)
        taken = next(iter(art.titles_in(m.end(), m.end() + 1)), None) if m else None
    return taken is None or bool(_BOARD_POST.search(taken.canon or taken.raw or ""))


_WAS_AFTER_NAME = re.compile(r"\s+(?:was|had been|served as|was serving as|worked as|has been)\b")
_NEXT_PART = re.compile(r",\s*(?:while|whereas|and)\s|;|\.\s")


def post_told_after_prior_to(site: Site, move: Move) -> str | None:
    """"The board appointed A as MD of Karnaphuli Bank. Prior to these appointments, A was an executive director at
    Jamuna Bank, while B was …": a sentence soon after that opens with a mark of the time before the move
    (grammar prior_openers) and tells the person's post then, at another organisation: where they come from."""
    art, p = site.art, move.person
    if art.lang != "en" or move.org is None:
        return None
    opener = art.rx(r"<<prior_openers>>\b[^,.]{0,60},\s*")
    for ss, se in art.sentences[site.sentence + 1:site.sentence + 4]:
        om = opener.match(art.lowered, ss)
        if om is None:
            continue
        for q in art.ents.persons_in(om.end(), se):
            if q.key != p.key:
                continue
            if q.start != om.end() and not art.rx(r",\s*(?:while|whereas|and)\s+$").search(art.lowered, ss, q.start):
                continue
            if not _WAS_AFTER_NAME.match(art.lowered, q.end):
                continue
            nxt = _NEXT_PART.search(art.lowered, q.end, se)
            named = [o for o in art.ents.orgs_in(q.end, nxt.start() if nxt else se) if not o.ref]
            if named:
                return None if related_orgs(named[0].key, move.org) else named[0].key
        return None  # (only the first such sentence tells the post just before)
    return None


def post_just_before_told_later(site: Site, move: Move) -> str | None:
    """"星河科技委任林佳慧為總裁。林佳慧此前任銀河科技副總裁": the post held just before, said when named again
    (``orgs.post_just_before_said_later``): a promotion told with it is a hire from there."""
    got = None if move.person.pronoun else post_just_before_said_later(site, move.person, move.org)
    return got if got is not None and not related_orgs(got, move.org) else None


# (an age may stand between the name and the mark: "Ana Ruiz, 62, is …" / "林佳慧現年62歲,是…")
_AGE_THEN_MARK = r"\s*(?:[,，]\s*\d{2}\s*[,，]|[,，]?\s*现年\s*\d{2}\s*岁\s*[,，]?)?\s*(?:<<post_held_now_marks>>)\s*"


def post_held_now_told_later(site: Site, move: Move) -> str | None:
    """"Orbis Council elected Ana Ruiz as chair. Ruiz is the CEO of Quorra Foods." / "星河航空委任林佳慧接任。林佳慧
    現年62歲,是銀河集團董事。": named again in a later sentence (or by a pronoun, "She has worked as Quorra Media's head
    of policy"), with a mark of a post held (grammar post_held_now_marks: is, 是) and a title held at another
    organisation: a post held elsewhere when named, so she comes from there (README rule 1)."""
    art, p = site.art, move.person
    if move.org is None or (art.lang != "en" and not move.explicit):
        return None  # (a Chinese 是 and the very company of a place only guessed for the move describes the person
        # there, "X是浩洋少數由基層晉升的高層", where "is the CEO of" in English reads a title first)
    mark = art.rx(_AGE_THEN_MARK)
    for q in art.ents.persons_in(site.sentence_end, min(len(art.folded), site.sentence_end + 400)):
        m = mark.match(art.lowered, q.end) if q.key == p.key else None
        held = _employer_of_the_post_at(art, m.end()) if m else None
        if held is not None:
            return None if related_orgs(held, move.org) else held
    return None


def _employer_of_the_post_at(art, at: int) -> str | None:
    """Where the post told from ``at`` is held: "the CEO of Quorra Foods" (``orgs.employer_after_title``), "Quorra
    Media's head of policy" (an organisation, "'s" and a title), "銀河集團(及銀河物流)董事" (an organisation right
    there, with a title later in its clause and no one named between)."""
    if art.lang == "en":
        got = employer_after_title(art, at)
        if got is not None:  # (an organisation found as one, not a capitalised word that may only describe it)
            return got if any(o.key == got and not o.ref for o in art.ents.orgs_in(at, at + 120)) else None
        o = next(iter(art.ents.orgs_in(at, at + 5)), None)
        return o.key if o is not None and not o.ref and o.start - at <= 4 and art.titles_in(o.end, o.end + 6) and \
            art.rx(r"['’]s\s+").match(art.folded, o.end) else None
    cm = art.rx(r"<<current_post_marks>>").match(art.lowered, at)
    at = cm.end() if cm else at  # ("是現任星河科技董事")
    nxt = [b for b in art._clause_breaks if b > at]
    o = next(iter(art.ents.orgs_in(at, min(nxt[0] if nxt else len(art.folded), at + 20))), None)
    if o is None:
        return _han_org_shaped_at(art, at)  # ("是銀河集團董事": a name the lexicon does not know, with its title)
    if o.ref or o.start - at > 1:
        return None
    nxt = [b for b in art._clause_breaks if b > o.end]
    end = min(nxt[0] if nxt else len(art.folded), o.end + 20)
    return o.key if art.titles_in(o.end, end) and not art.ents.persons_in(o.end, end) else None


def origin_marked_before_the_move(site: Site, move: Move) -> str | None:
    """"林佳慧從銀河科技轉任星河科技總裁": an organisation someone moves from (``orgs._former``: 從/由 and a word of
    moving), between the person and the word."""
    p = move.person
    if p.start >= site.trigger_start:
        return None
    fo = [o for o in site.art.ents.orgs_in(p.end, site.trigger_start) if o.key != move.org and _former(site.art, o)]
    return fo[-1].key if fo else None


def years_spent_elsewhere_told_later(site: Site, move: Move) -> str | None:
    """"Orbis appointed Ana Ruiz as COO. Ruiz spent 30 years at Quorra Foods": the years spent at another
    organisation, told when named again (``orgs.years_spent_elsewhere_said_later``), say where she comes from."""
    return None if move.person.pronoun else years_spent_elsewhere_said_later(site, move.person, move.org)


def former_post_fronted_before_the_name(site: Site, move: Move) -> str | None:
    """"Former deputy director of the Quorra Agency, Ana Pei was picked to chair Orbis": the former post
    fronted before the name (``orgs.fronted_former_post``) is where she comes from (not one of the same group)."""
    got = fronted_former_post(site.art, move.person)
    return got if got is not None and not related_orgs(got, move.org) else None


_FROM_BEFORE = re.compile(r"(?<![\w-])from\s+$")


def origin_after_from_later_in_the_clause(site: Site, move: Move) -> str | None:
    """"Ana Ruiz joined Orbis Labs in May 2019 from Quorra Foods": an organisation right after "from", later in the
    clause of a joining word the person comes before (after what she joined, a date or a title), is where she came
    from; not when another move's word stands between."""
    art, p = site.art, move.person
    if p.start > site.trigger_start or move.org is None:
        return None
    for o in art.ents.orgs_in(site.trigger_end, site.clause_end):
        if o.ref or o.key == move.org or not _FROM_BEFORE.search(art.lowered, max(0, o.start - 6), o.start):
            continue
        if art.triggers_in(site.trigger_end, o.start) or related_orgs(o.key, move.org):
            return None
        return o.key
    return None


# Where the person went (a departure) or came from (a hire, an outsider's promotion), by event type: the first
# strategy that answers.
COUNTERPARTY_STRATEGIES = {
    "departure": (where_they_went,),
    "hire": (origin_marked_before_word, current_post_in_the_chain_before_name, former_employer_before_name,
             post_held_in_the_modifier_before_name, origin_said_after_name,
             post_held_elsewhere_when_named, current_post_in_apposition, origin_marked_before_the_move,
             post_held_elsewhere_named_before, post_held_in_the_modifier_of_an_earlier_mention, post_told_after_prior_to,
             known_employer_in_apposition, post_held_now_told_later, former_post_fronted_before_the_name,
             former_unknown_employer_before_name, origin_after_from_later_in_the_clause),
    "promotion": (current_post_in_the_chain_before_name, former_employer_before_name,
                  post_held_in_the_modifier_before_name, origin_said_after_name,
                  post_held_elsewhere_when_named, current_post_in_apposition, post_told_after_prior_to,
                  post_just_before_told_later, origin_marked_before_the_move, post_held_elsewhere_named_before,
                  post_held_in_the_modifier_of_an_earlier_mention,
                  known_employer_in_apposition, post_held_now_told_later, former_post_fronted_before_the_name,
                  years_spent_elsewhere_told_later, former_unknown_employer_before_name),
}


# -- whom a successor replaces ----------------------------------------------------------------------------------------
def person_named_right_after_word(site: Site, draft: Draft, p: Mention) -> str | None:
    """"Ana Ruiz will succeed Orrin Vale as CFO" / "接替柯文瀚": the person right after the word."""
    te = site.trigger_end
    hm = site.art.rx(r"(?:\s+<<honorifics_before_name>>)+(?=\s)").match(site.art.lowered, te)  # ("from Ms Ana Ruiz", "from Sir Ben Tao")
    lim = te + (hm.end() - te if hm else 0) + 4
    if site.art.lang != "en":  # ("接過現任會長黃大華的棒子": the title the one replaced holds may come first)
        lim = max([lim] + [r.end + 1 for r in site.art.titles_in(te, te + 4)])
    rep = [q for q in site.art.ents.persons_in(te, min(site.clause_end, lim)) if q.key != p.key]
    return rep[0].key if rep else None


def whose_title_it_was(site: Site, draft: Draft, p: Mention) -> str | None:
    """"柯文瀚的職務由林佳慧接任": the person whose title the successor takes (``titles``)."""
    return draft.succeeded


def leaver_named_before_successor(site: Site, draft: Draft, p: Mention) -> str | None:
    """"總經理柯文瀚將於6月退休,由林佳慧接任": the last person before the successor with a departure word after them."""
    art = site.art
    for q in reversed(art.ents.persons_in(site.sentence_start, p.start)):
        if q.key != p.key and not q.pronoun and any(art.leaves_at(*t) for t in art.triggers_in(q.end, p.start)):
            return q.key
    return None


# Whom a successor replaces (whose departure dates the succession): the first strategy that answers.
REPLACED_STRATEGIES = (person_named_right_after_word, whose_title_it_was, leaver_named_before_successor)


# -- the list of people of one trigger --------------------------------------------------------------------------------
def place_the_list_is_from(site: Site, draft: Draft, out: list[Cand]) -> list[Cand]:
    """"three engineers from Orbis - Ana Ruiz, Ben Tao and Cy Park - resigned": the place the list is from."""
    # (an English departure of a list with no place said for any one of them)
    art = site.art
    if site.type != "departure" or draft.group_org is not None or len(out) <= 1 or art.lang != "en":
        return out
    first_pos = draft.subjects[0].start
    obs = [o for o in art.ents.orgs_in(max(site.sentence_start, first_pos - 80), first_pos)
           if _FROM_AT_END.search(art.folded[max(site.sentence_start, o.start - 6):o.start])
           and not art.ents.persons_in(o.end, first_pos)]
    if obs:
        draft.group_org = obs[-1].key
    return out


def one_place_for_the_list(site: Site, draft: Draft, out: list[Cand]) -> list[Cand]:
    """"Ana Ruiz and Orbis CTO Ben Tao resigned": the place said for one of a list that leaves is the list's."""
    if site.type == "departure" and draft.group_org is not None and len(out) > 1:
        for c in out:
            if not c.org_explicit and c.event.org != draft.group_org:
                c.event.org, c.org_explicit = draft.group_org, True
    return out


# The repairs that need every person of the trigger, in order (for a list of two or more).
LIST_STEPS = (place_the_list_is_from, one_place_for_the_list)

