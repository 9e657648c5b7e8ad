"""Re-extraction: the current extractor over stored articles, the difference appended to the log.

For each source, the events it reported before are matched with what the extractor finds now, by type and key
within the source (person for people events; organisation and founder for a founding; organisation and amount for
a round, as the scorer matches them). Then: an event found now and not before is asserted (or, if another
article already reported it, corroborated); one no longer found is retracted with reason ``reextract``, unless
other articles report it too; a changed argument is amended with reason ``reextract``, unless another article's
report changed that field since. What a person decided (an event added, amended, confirmed or retracted by hand)
is never touched: it is reported as skipped. The same extractor twice in a row finds nothing to change.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from talentdb.store.checks import PEOPLE_TYPES, CorrectionError
from talentdb.store.history import person_decision, touching
from talentdb.store.kinds import REEXTRACT
from talentdb.store.resolve import same_event

# The values an extractor gives an event, compared between what a source said then and says now.
COMPARED = ("person", "org", "role", "role_raw", "counterparty", "date", "date_precision", "date_text", "amount",
            "currency", "evidence", "confidence")
_OLD = "id, type, source_id, status, " + ", ".join(COMPARED)
# Said in the table only when nothing else changed (json has every field's change in the entry itself).
_UNSHOWN = ("role_raw", "date_text", "evidence", "confidence")
CHANGE_COLUMNS = ["source_id", "action", "event_id", "type", "person", "org", "detail", "evidence"]


@dataclass
class Change:
    """One line of the difference: added, removed, changed, corroborated, kept (other articles report it) or
    skipped (a person decided)."""

    source_id: int
    action: str
    event_id: int | None
    type: str
    person: str | None
    org: str | None
    detail: str = ""
    evidence: str | None = None

    def as_dict(self) -> dict:
        return {c: getattr(self, c) for c in CHANGE_COLUMNS}


@dataclass
class ReextractReport:
    extractor: str
    dry_run: bool
    sources: list[int] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seqs: list[int] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)


@dataclass
class _Source:
    id: int
    text: str
    published: date | None
    lang: str | None
    status: str


@dataclass
class _Pending:
    """Events a dry run would have asserted in earlier sources: later sources see them as the real run would."""

    carry: bool
    extra: list[dict] = field(default_factory=list)
    next_id: int = 0


def reextract(engine, source_ids=None, *, dry_run: bool = False, progress=None) -> ReextractReport:
    """Re-extract ``source_ids`` (None: every source), each source in its own transaction. ``progress(done, total)``
    is called once before the first source (done 0) and after each one (for a progress bar)."""
    from talentdb.extract import extract
    from talentdb.provenance import extractor_version
    from talentdb.store.db import read_transaction
    from talentdb.store.writing import batch

    version = extractor_version()
    report = ReextractReport(version, dry_run)
    pending = _Pending(carry=dry_run)
    ids = _source_ids(engine, source_ids)
    if progress:
        progress(0, len(ids))
    for done, ident in enumerate(ids, 1):
        source = _load(engine, ident)  # one article's text in memory at a time, however many are re-extracted
        if source.status == "retracted":
            report.notes.append(f"source {source.id} is retracted: not re-extracted")
        elif dry_run:
            extraction = extract(source.text, source.published, source.lang)
            with read_transaction(engine) as conn:
                report.changes += _plan(conn, source, extraction, version, pending, [])
        else:
            extraction = extract(source.text, source.published, source.lang)  # before the writer's lock is taken
            with batch(engine) as b:
                entries: list[tuple[str, dict]] = []
                report.changes += _plan(b.conn, source, extraction, version, pending, entries)
                for kind, payload in entries:
                    b.append(kind, payload)
            report.seqs += b.seqs
        if source.status != "retracted":
            report.sources.append(source.id)
        if progress:
            progress(done, len(ids))
    return report


def _source_ids(engine, source_ids) -> list[int]:
    """The sources asked for (all of them for None), each checked to exist before anything is written."""
    from talentdb.store.db import read_transaction
    from talentdb.store.rawsql import raw

    with read_transaction(engine) as conn:
        db = raw(conn)
        if source_ids is None:
            return [r[0] for r in db.all("SELECT id FROM sources ORDER BY id")]
        ids = list(dict.fromkeys(source_ids))
        for ident in ids:
            if isinstance(ident, bool) or not isinstance(ident, int) or not 0 < ident < 2 ** 63 \
                    or db.first("SELECT 1 FROM sources WHERE id = :s", {"s": ident}) is None:
                raise CorrectionError(f"no source with id {ident}")
        return ids


def _load(engine, ident: int) -> _Source:
    from talentdb.store.db import read_transaction
    from talentdb.store.rawsql import raw

    with read_transaction(engine) as conn:
        text, published, lang, status = raw(conn).first("SELECT text, published, lang, status FROM sources "
                                                        "WHERE id = :s", {"s": ident})
    return _Source(ident, text, date.fromisoformat(published) if published else None, lang, status)


def _key(event: dict) -> tuple:
    kind = event["type"]
    if kind in PEOPLE_TYPES:
        return (kind, event.get("person")) if event.get("person") else (kind, None, event.get("org"))
    if kind == "founding":
        return kind, event.get("org"), event.get("person")
    return kind, event.get("org")


def _pairs_with(old: dict, new: dict) -> bool:
    """A round is the same round only at the same amount (the scorer's 1%); other keys decide alone."""
    if new["type"] != "funding":
        return True
    a, b = old.get("amount"), new.get("amount")
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 0.01 * max(a, b))


def _new_events(conn, extraction) -> list[dict]:
    """The extraction's events as ingest would write them (names resolved), an article's repeats dropped."""
    from talentdb.ingest import _event_payload, _prefetch_names
    from talentdb.store.resolve import Resolver

    entities = {(e.kind, e.name): list(e.aliases) for e in extraction.entities}
    resolver = Resolver(conn)
    _prefetch_names(resolver, extraction.events, entities)
    out: list[dict] = []
    for ev in extraction.events:
        payload = _event_payload(ev, resolver, entities)
        if not any(same_event(known, payload) for known in out):
            out.append(payload)
    return out


def _said(event_id: int, entries) -> dict:
    """What the source that asserted the event said last: its assertion, then re-extractions' amendments."""
    said: dict = {}
    for e in entries:
        if e.payload.get("event_id") != event_id:
            continue
        if e.kind == "event.asserted":
            said = {f: e.payload.get(f) for f in COMPARED}
        elif e.kind == "event.amended" and e.payload.get("extractor"):
            said.update({f: v for f, v in e.payload["set"].items() if f in COMPARED})
    return said


def _show(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _plan(conn, source: _Source, extraction, version: str, pending: _Pending, entries: list) -> list[Change]:
    """The difference for one source, as Changes; the log entries that make it are appended to ``entries``."""
    from talentdb.store.rawsql import raw

    db = raw(conn)
    olds = {r["id"]: r for r in db.dicts(
        f"SELECT {_OLD} FROM events WHERE source_id = :s UNION SELECT {_OLD} FROM events WHERE id IN "
        "(SELECT event_id FROM event_sources WHERE source_id = :s)", {"s": source.id})}
    lives = touching(conn, sorted(olds))
    decided = {i: person_decision(i, lives[i]) for i in olds}
    # A source's own events it retracted in an earlier re-extraction are not its events now: found again, they are new.
    candidates = [o for i, o in sorted(olds.items()) if o["status"] == "active" or decided[i]]
    matched: dict[int, dict] = {}
    unmatched_new = []
    for new in _new_events(conn, extraction):
        same_key = [o for o in candidates if o["id"] not in matched and _key(o) == _key(new) and _pairs_with(o, new)]
        best = next((o for o in same_key if same_event(o, new)), same_key[0] if same_key else None)
        if best is None:
            unmatched_new.append(new)
        else:
            matched[best["id"]] = new
    changes: list[Change] = []
    for old in candidates:
        if old["id"] in matched:
            changes += _compare(source, old, matched[old["id"]], _said(old["id"], lives[old["id"]]),
                                decided[old["id"]], version, entries)
        else:
            changes += _gone(db, source, old, decided[old["id"]], version, entries)
    for new in unmatched_new:
        changes += _found(conn, source, new, olds, version, pending, entries)
    return changes


def _compare(source, old, new, said, decision, version, entries) -> list[Change]:
    """A matched event: the fields the source says differently now, where nobody else changed them since."""
    if old["source_id"] != source.id:
        return []  # another article asserted it; this one only reports it too
    fields = {f: new.get(f) for f in COMPARED
              if new.get(f) != said.get(f) and old[f] == said.get(f) and old[f] != new.get(f)}
    shown = [f for f in fields if f not in _UNSHOWN] or list(fields)
    detail = "; ".join(f"{f}: {_show(old[f])} → {_show(fields[f])}" for f in shown)
    if decision:
        if not fields and old["status"] == "active":
            return []
        why = decision if not fields else f"{decision}; now reads {detail}"
        return [_change(source, "skipped", old, why)]
    if not fields:
        return []
    entries.append(("event.amended", {"event_id": old["id"], "set": fields, "reason": REEXTRACT,
                                      "extractor": version}))
    return [_change(source, "changed", old, detail, new.get("evidence"))]


def _gone(db, source, old, decision, version, entries) -> list[Change]:
    """An event the source reported and the extractor no longer finds in it."""
    if old["source_id"] != source.id:
        return [_change(source, "kept", old, f"no longer found here; asserted by source {old['source_id']}")]
    if decision:
        return [_change(source, "skipped", old, f"{decision}; no longer found")] if old["status"] == "active" else []
    others = [r[0] for r in db.all("SELECT es.source_id FROM event_sources es JOIN sources s ON s.id = es.source_id "
                                   "WHERE es.event_id = :e AND es.source_id <> :s AND s.status = 'active' "
                                   "ORDER BY es.source_id", {"e": old["id"], "s": source.id})]
    if others:
        return [_change(source, "kept", old, "no longer found here; also reported by source "
                        + ", ".join(map(str, others)))]
    entries.append(("event.retracted", {"event_id": old["id"], "reason": REEXTRACT, "extractor": version}))
    return [_change(source, "removed", old, "no longer found")]


def _found(conn, source, new, olds, version, pending: _Pending, entries) -> list[Change]:
    """An event the extractor finds now that the source did not report before."""
    from talentdb.ingest import corroboration
    from talentdb.store.rawsql import raw
    from talentdb.store.resolve import find_known

    known = find_known(conn, new, pending.extra)
    if known is not None and known["id"] in olds:
        return []  # the source already reports it (under another key): nothing new
    if known is not None:
        payload = {**corroboration(known, new, source.id), "reason": REEXTRACT}
        entries.append(("event.corroborated", payload))
        return [_change(source, "corroborated", known, f"reported by source {known.get('source_id')} too",
                        new.get("evidence"))]
    # After the events already written, and after those this run has planned (not written yet, or never: a dry run).
    next_id = max((raw(conn).scalar("SELECT COALESCE(MAX(id), 0) FROM events") or 0) + 1, pending.next_id)
    payload = {**new, "event_id": next_id, "source_id": source.id, "extractor": version, "reason": REEXTRACT}
    entries.append(("event.asserted", payload))
    pending.next_id = next_id + 1
    if pending.carry:
        pending.extra.append({**payload, "id": next_id})
    return [_change(source, "added", payload | {"id": next_id}, "", new.get("evidence"))]


def _change(source, action: str, event: dict, detail: str, evidence: str | None = None) -> Change:
    return Change(source.id, action, event.get("id"), event["type"], event.get("person"), event.get("org"), detail,
                  evidence if evidence is not None else event.get("evidence"))
