"""The events under construction that the rules pass along: ``Cand`` from sentence to article, ``Draft`` (one
trigger's people and title) and ``Move`` (one person's event) inside ``people``; and setting an event's date."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from talentdb.extract.model import Event

if TYPE_CHECKING:  # (annotations only)
    from talentdb.extract.entities import Mention
    from talentdb.extract.events.roles import Role


@dataclass
class Cand:
    """An event under construction, with what the rules needed to decide it."""
    event: Event
    pos: int
    sent: int
    person_pos: int | None = None
    org_explicit: bool = False
    own_date: bool = False
    tend: int = 0
    external: bool = False  # a promotion of someone who comes from elsewhere: a hire
    replaces: str | None = None  # "will succeed Lund as CFO": the person whose departure dates the succession
    registered: bool = False  # a founding dated by its registration ("was incorporated in July")
    relative: bool = False  # told in a relative clause about its person ("Ana Ruiz, who joined Orbis in 2019, …")
    sumless: bool = False  # a round named with no sum at all ("宣布完成A輪融資")
    news_day: bool = False  # dated by the publication day only: told with no time word (a told date wins over it)
    succession_end: bool = False  # the departure of the one a succession replaces, told only by that succession
    span: bool = False  # one of the spans of a dated line of a career ("2011年1月至2014年3月以及2015年1月至…擔任"): its own event
    dated_here: bool = False  # its date is written in its own sentence (not borrowed from one before)
    gives_up_title: bool = False  # a departure that gives up a title right after its word ("卸任總經理", "retire as CEO")
    date_at: int | None = None  # where the date it took is written, when in its own sentence
    own_clause: bool = False  # that date is written in the word's own clause, a clause that modifies no one


@dataclass
class Draft:
    """What one trigger word of a departure, hire or promotion says of all its people: who they are, the title
    the word is about (taken by a hire or promotion), whose title it was, a plural title told once for the whole
    list, and the organisation one of the list is said to leave."""
    subjects: list[Mention]
    title: Role | None = None
    succeeded: str | None = None
    own_title: Role | None = None  # "will be succeeded by Treasurer Ben Tao": the successor's present title
    shared: Role | None = None
    group_org: str | None = None


@dataclass
class Move:
    """One person's event under construction: the organisation (and whether the text names it with the event), where
    they came from or went, the title they gave up, and whether they come from elsewhere."""
    person: Mention
    org: str | None = None
    explicit: bool = False
    counter: str | None = None
    origin_marked: str | None = None  # "星河科技從銀河科技延攬了林佳慧": the organisation after "from" before the word
    given_up: Role | None = None
    outsider: bool = False
    appointed_inside: bool = False  # "董事會同意聘任副總經理X為總經理": the company names one of its own (a promotion)


def _set_date(ev: Event, d) -> None:
    """The governing date; when it cannot be resolved (上週 without a publication date) only its words are kept."""
    if not d:
        return
    dm = d[2]
    ev.date_text = dm.text
    if dm.date is None:
        return
    ev.date = dm.date.isoformat()
    ev.date_precision = dm.precision if dm.precision in ("day", "week", "month", "quarter", "year") else None
