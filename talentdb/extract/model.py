"""What extraction produces: plain dataclasses, no database and no I/O.

These are the domain objects shared by the extractor (``talentdb.extract``) and the store
(``talentdb.store``). The JSON shape of an event in the public contract is ``Event.to_dict()``
plus the fields the store adds (id, source, source_id, status).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

EVENT_TYPES = ("departure", "promotion", "funding", "founding", "hire")
PRECISIONS = ("day", "week", "month", "quarter", "year")


@dataclass
class Event:
    type: str                      # one of EVENT_TYPES
    person: str | None = None      # canonical name (Latin-script name when the text gives one)
    org: str | None = None         # canonical organisation name
    role: str | None = None        # canonical English title, e.g. "Chief Technology Officer"
    role_raw: str | None = None    # the title as written in the text
    counterparty: str | None = None  # departure: destination; funding: investor(s); founding: origin
    date: str | None = None        # ISO date, first day of what the text says
    date_precision: str | None = None  # one of PRECISIONS
    date_text: str | None = None   # the words the date came from
    amount: float | None = None
    currency: str | None = None    # ISO 4217
    evidence: str = ""             # a sentence of the source text (exact substring)
    confidence: float = 0.5

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Entity:
    """A person or organisation as the article names it: canonical name and every other spelling."""

    kind: str                      # "person" or "org"
    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    lang: str                      # zh-Hant, zh-Hans or en
    events: list[Event] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    failed: str | None = None      # set when an internal error cost the article its events (what went wrong)
