"""The event under construction that the rules pass from sentence to article, and setting its date."""
from __future__ import annotations

from dataclasses import dataclass

from talentdb.extract.model import Event


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
    relative: bool = False  # told in a relative clause about its person ("X, who joined Google in 2019, …")


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
