"""Ingest: article → extraction (pure, may run in worker processes) → one write transaction per article.

Each article becomes a ``source.ingested`` entry and one ``event.asserted`` or ``event.corroborated`` entry per
event, appended and projected together: all of it lands, or none of it.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache

from talentdb.extract.model import Extraction


@dataclass
class Prepared:
    """An article read and extracted, ready to write. Picklable, so worker processes can make it."""

    name: str
    text: str
    sha256: str
    title: str | None
    url: str | None
    published: date | None
    lang: str
    extraction: Extraction
    extractor: str | None = None  # the extractor's version (talentdb.provenance); None: this process's
    warnings: list[str] = field(default_factory=list)  # one line each, naming the article


@dataclass
class IngestResult:
    name: str
    status: str                  # ingested | unchanged | failed
    source_id: int | None = None
    new_events: int = 0
    corroborated: int = 0
    message: str | None = None
    warnings: list[str] = field(default_factory=list)


def content_hash(text: str) -> str:
    """sha256 of the text with all white space removed: a reflowed copy is the same article."""
    # str.split() drops exactly the characters regex \s matches (both are str.isspace), five times faster.
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class Stored:
    """An article whose text is already in the database: not extracted again."""

    name: str
    sha256: str


def prepare(article, *, published: date | None = None, lang: str | None = None, title: str | None = None,
            url: str | None = None, skip=()) -> Prepared | Stored:
    """Normalise and extract an article; a text whose hash is in ``skip`` (e.g. store.stored.StoredTexts) is not
    extracted at all."""
    from talentdb.extract import extract
    from talentdb.extract.text import detect_lang, normalise

    text = normalise(article.text)
    sha256 = content_hash(text)
    if sha256 in skip:
        return Stored(article.name, sha256)
    from talentdb.provenance import extractor_version

    detected = detect_lang(text)
    chosen_lang = lang if lang and lang != "auto" else detected
    warnings = []
    if chosen_lang[:2] != detected[:2]:  # English given for Chinese text or the other way round
        warnings.append(f"{article.name}: language given as {chosen_lang}, but the text reads as {detected}; "
                        f"names and dates in it may be missed (leave the language to auto)")
    when = published or article.published
    return Prepared(name=article.name, text=text, sha256=sha256, title=title or article.title or article.name,
                    url=url or article.url, published=when, lang=chosen_lang,
                    extraction=extract(text, when, chosen_lang), extractor=extractor_version(), warnings=warnings)


def _event_payload(ev, resolver, entities) -> dict:
    # A shallow copy of the fields: the same dict as ev.to_dict() (every field is a scalar) without
    # dataclasses.asdict's recursive deep copy, which was a quarter of an article's commit time.
    payload = {name: getattr(ev, name) for name in _event_fields(type(ev))}
    person_spellings = entities.get(("person", ev.person), [])
    org_spellings = entities.get(("org", ev.org), [])
    payload["person"] = resolver.canonical("person", ev.person, person_spellings)
    payload["org"] = resolver.canonical("org", ev.org, org_spellings)
    payload["person_aliases"] = sorted({s for s in [ev.person, *person_spellings] if s} - {payload["person"]})
    payload["org_aliases"] = sorted({s for s in [ev.org, *org_spellings] if s} - {payload["org"]})
    if ev.counterparty and ("org", ev.counterparty) in entities:
        # The destination of a departure or an investor that is an organisation: one name across articles.
        spellings = entities[("org", ev.counterparty)]
        payload["counterparty"] = resolver.canonical("org", ev.counterparty, spellings)
        payload["counterparty_org"] = True
        payload["counterparty_aliases"] = sorted({s for s in [ev.counterparty, *spellings] if s} - {payload["counterparty"]})
    if payload.get("amount") is not None:
        payload["amount"] = float(payload["amount"])
    return payload


def corroborating_aliases(known: dict, payload: dict, changes: dict) -> list[dict]:
    """How a corroborating article spells the known event's parties, to record as their aliases: an English report
    first, then a Chinese one naming 莎拉·林德奎斯特(Sarah Lindqvist), and 林德奎斯特 finds the event too."""
    from talentdb.store.resolve import one_org_in_two_scripts

    out = []
    for kind, role in (("person", "person"), ("org", "org"), ("org", "counterparty")):
        name = payload.get(role)
        spellings = payload.get(f"{role}_aliases") or []
        if role == "counterparty" and not payload.get("counterparty_org"):
            continue
        # Only the names the event carries (after this report's improvements): never a party of another event.
        if name and spellings and (known.get(role) == name or changes.get(role) == name):
            out.append({"kind": kind, "name": name, "spellings": spellings})
    if known.get("org") and payload.get("org") and known["org"] != payload["org"] and one_org_in_two_scripts(known, payload):
        # (the organisation told in the other script is one more spelling of the known one)
        out.append({"kind": "org", "name": known["org"],
                    "spellings": sorted({payload["org"], *(payload.get("org_aliases") or [])} - {known["org"]})})
    return out


def _prefetch_names(resolver, events, entities) -> None:
    """Every spelling the article's events will be resolved by, looked up in one statement per kind."""
    people, orgs = [], []
    for ev in events:
        people += [ev.person, *entities.get(("person", ev.person), [])]
        orgs += [ev.org, *entities.get(("org", ev.org), [])]
        if ev.counterparty and ("org", ev.counterparty) in entities:
            orgs += [ev.counterparty, *entities[("org", ev.counterparty)]]
    resolver.prefetch("person", people)
    resolver.prefetch("org", orgs)


@lru_cache(maxsize=None)
def _event_fields(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def corroboration(known: dict, payload: dict, source_id: int) -> dict:
    """The ``event.corroborated`` payload: another article (``payload``, resolved) reports the ``known`` event."""
    from talentdb.store.resolve import improvements

    changes = improvements(known, payload)
    return {"event_id": known["id"], "source_id": source_id, "evidence": payload["evidence"], "date": payload["date"],
            "date_precision": payload["date_precision"], "date_text": payload["date_text"], "set": changes,
            "aliases": corroborating_aliases(known, payload, changes)}


def commit(engine, prep: Prepared) -> IngestResult:
    """Write one prepared article in one transaction; an article already stored is left alone."""
    return commit_many(engine, [prep])[0]


def commit_many(engine, preps: list[Prepared]) -> list[IngestResult]:
    """Write several prepared articles in one transaction (bulk ingest: one commit for many articles), each exactly
    as ``commit`` writes it alone, in order, so each sees the ones before it; all of them land, or none."""
    from talentdb.store.db import write_transaction
    from talentdb.store.projector import catch_up

    with write_transaction(engine) as conn:
        catch_up(conn)
        return [_write(conn, prep) for prep in preps]


def _write(conn, prep: Prepared) -> IngestResult:
    """One article, inside the caller's write transaction (its projections caught up with the log)."""
    from talentdb.store.log import Appender
    from talentdb.store.projector import Projector
    from talentdb.store.rawsql import raw
    from talentdb.provenance import extractor_version
    from talentdb.store.resolve import Resolver, find_known

    # One round trip for the three facts the article needs before writing anything.
    existing, max_source, max_event = raw(conn).first(
        "SELECT (SELECT id FROM sources WHERE sha256 = :h), (SELECT COALESCE(MAX(id), 0) FROM sources), "
        "(SELECT COALESCE(MAX(id), 0) FROM events)", {"h": prep.sha256})
    if existing is not None:
        return IngestResult(prep.name, "unchanged", existing, message="already ingested")
    source_id = (max_source or 0) + 1
    next_event = (max_event or 0) + 1
    log = Appender(conn)
    entries = [log.append("source.ingested", {
        "source_id": source_id, "sha256": prep.sha256, "title": prep.title, "url": prep.url, "name": prep.name,
        "published": prep.published.isoformat() if prep.published else None, "lang": prep.lang, "text": prep.text,
    })]
    entities = {(e.kind, e.name): list(e.aliases) for e in prep.extraction.entities}
    resolver = Resolver(conn)
    _prefetch_names(resolver, prep.extraction.events, entities)
    this_article: list[dict] = []
    result = IngestResult(prep.name, "ingested", source_id)
    if prep.extraction.failed:  # (the API's path; ingest_paths reports such an article as failed instead)
        result.warnings.append(f"extraction failed, no events kept: {prep.extraction.failed}")
    extractor = prep.extractor or extractor_version()
    for ev in prep.extraction.events:
        payload = _event_payload(ev, resolver, entities)
        known = find_known(conn, payload, this_article)
        if known is None:
            payload.update(event_id=next_event, source_id=source_id, extractor=extractor)
            next_event += 1
            entries.append(log.append("event.asserted", payload))
            this_article.append({**payload, "id": payload["event_id"]})
            result.new_events += 1
        elif known.get("source_id") == source_id:
            continue  # the article said the same thing twice
        else:
            entries.append(log.append("event.corroborated", corroboration(known, payload, source_id)))
            result.corroborated += 1
    log.flush()
    Projector(conn).apply_all(entries)
    return result
