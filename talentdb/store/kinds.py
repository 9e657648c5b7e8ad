"""Every kind of log entry, its payload keys and the payload's current version ``v``: the event schema.

The appender checks each payload against this list before it is hashed (a misspelt key or a missing one is a bug
caught at the write, not a silent null at the next rebuild); the projector dispatches on the kind and reads ``v``,
bringing an older payload to the current shape with the kind's upcasters before it is applied. A new kind, or a
change of shape, is a change here: a new key that older payloads lack bumps ``v`` and adds an upcaster that says
what those payloads mean in the new shape.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from talentdb.errors import TalentDBError

# The fields of an event as the extractor reports them (talentdb.extract.model.Event).
EVENT_VALUES = frozenset({"type", "person", "org", "role", "role_raw", "counterparty", "date", "date_precision",
                          "date_text", "amount", "currency", "evidence", "confidence"})
# Why a re-extraction wrote an entry: its reason, so that the entry says where it came from.
REEXTRACT = "reextract"
# The extractor of an event a person added by hand.
MANUAL = "manual"


class LogSchemaError(ValueError):
    """A payload that does not have its kind's shape: a bug in the code that wrote it, never the user's input."""


class UnknownKind(TalentDBError):
    """The log holds a kind this version does not know: a newer talentdb wrote it."""


@dataclass(frozen=True)
class Kind:
    name: str
    v: int                                   # the current version of the payload's shape
    required: frozenset
    optional: frozenset = frozenset()
    meaning: str = ""
    # upcasters[n] turns a payload of version n into one of version n + 1
    upcasters: dict[int, Callable[[dict], dict]] = field(default_factory=dict)


def _asserted_v1(p: dict) -> dict:
    """Events asserted before provenance was recorded: which extractor made them is not known."""
    return {**p, "v": 2, "extractor": None}


def _corroborated_v1(p: dict) -> dict:
    """Corroborations before a corroborating article's spellings were kept: none to add."""
    return {**p, "v": 2, "aliases": []}


_KINDS = [
    Kind("source.ingested", 1, frozenset({"source_id", "sha256", "text"}),
         frozenset({"title", "url", "name", "published", "lang"}),
         "an article: its text, title, url, publication date and language"),
    Kind("source.retracted", 1, frozenset({"source_id", "reason"}), frozenset({"reassigned"}),
         "an article withdrawn as a whole (its own events are retracted by event.retracted entries); reassigned: "
         "[[event_id, source_id], ...], events reported by other sources too that now cite one of those"),
    Kind("event.asserted", 2, frozenset({"event_id", "type"}),
         EVENT_VALUES | {"source_id", "extractor", "reason", "person_aliases", "org_aliases", "counterparty_org",
                         "counterparty_aliases"},
         "a new event; extractor: the extractor's version, or 'manual' for an event added by hand",
         {1: _asserted_v1}),
    Kind("event.corroborated", 2, frozenset({"event_id", "source_id"}),
         frozenset({"evidence", "date", "date_precision", "date_text", "set", "aliases", "reason"}),
         "another article reports a known event; set: the fields it improves; aliases: [{kind, name, spellings}]",
         {1: _corroborated_v1}),
    Kind("event.amended", 1, frozenset({"event_id", "set", "reason"}), frozenset({"extractor"}),
         "fields of an event changed; extractor: present when a re-extraction changed them, absent for a person"),
    Kind("event.retracted", 1, frozenset({"event_id", "reason"}), frozenset({"extractor", "source_id"}),
         "an event withdrawn; extractor: present when a re-extraction no longer found it; source_id: retracted "
         "with that whole source"),
    Kind("event.confirmed", 1, frozenset({"event_id"}), frozenset({"note"}), "a person checked an event"),
    Kind("entity.aliased", 1, frozenset({"entity_kind", "name", "alias"}), meaning="another spelling of an entity"),
    Kind("entity.merged", 1, frozenset({"entity_kind", "into", "merged"}),
         meaning="two entities are one: every event of 'merged' moves to 'into'"),
    Kind("entity.unmerged", 1, frozenset({"entity_kind", "into", "restored", "merge_seq", "events"}),
         meaning="the merge at merge_seq undone: 'restored' stands alone again and its events go back "
                 "(events: [[event_id, field], ...])"),
    Kind("entity.renamed", 1, frozenset({"entity_kind", "name", "new"}),
         meaning="an entity's main name becomes 'new' (kept as a spelling too) everywhere it is shown"),
    Kind("log.keyed", 1, frozenset({"key_id"}),
         meaning="from this entry on every hash is an HMAC under $TALENTDB_LOG_KEY (store.ledger); key_id: the key's "
                 "fingerprint, never the key"),
]
KINDS: dict[str, Kind] = {k.name: k for k in _KINDS}


def stamp(kind: str, payload: dict) -> dict:
    """The payload as it is written: checked against its kind and marked with the current version."""
    spec = KINDS.get(kind)
    if spec is None:
        raise LogSchemaError(f"unknown log entry kind {kind!r}")
    keys = payload.keys()
    missing = spec.required - keys
    if missing:
        raise LogSchemaError(f"{kind}: payload lacks {', '.join(sorted(missing))}")
    unknown = keys - spec.required - spec.optional - {"v"}
    if unknown:
        raise LogSchemaError(f"{kind}: payload has unknown keys {', '.join(sorted(unknown))}")
    return {"v": spec.v, **payload}


def current(kind: str, payload: dict) -> dict:
    """The payload in its kind's current shape (written by an older version: upcast step by step)."""
    spec = KINDS.get(kind)
    if spec is None:
        raise UnknownKind(f"the log holds an entry of kind {kind!r}, which this version of talentdb does not know "
                          "(a newer version wrote it: upgrade talentdb)")
    version = payload.get("v", 1)
    while version < spec.v:
        payload = spec.upcasters[version](payload)
        version = payload["v"]
    return payload
