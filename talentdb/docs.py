"""Descriptions of every table, view and column: for Datasette's metadata.json and for the README."""
from __future__ import annotations

EVENT_COLUMN_DOCS = {
    "id": "Event id (stable; corrections refer to it)",
    "type": "departure, promotion, funding, founding or hire",
    "person": "Canonical name of the person (Latin-script name when the text gives one)",
    "person_id": "people.id",
    "org": "Organisation: left (departure), joined (hire), inside (promotion), founded, or funded",
    "org_id": "organizations.id",
    "role": "Canonical English title, e.g. Chief Technology Officer",
    "role_raw": "The title as the article wrote it",
    "counterparty": "departure: where they went; funding: investors; founding: where the founders came from",
    "date": "First day of the period the text gives (ISO)",
    "date_precision": "day, week, month, quarter or year",
    "date_text": "The words the date came from (上週, last Thursday …)",
    "amount": "Funding amount in units of currency",
    "currency": "ISO 4217 code",
    "evidence": "The sentence of the article the event came from",
    "source_id": "sources.id of the first article that reported it",
    "confidence": "How sure the extraction rule was (0–1)",
    "status": "active, or retracted",
    "confirmed": "True once a person checked it (talentdb confirm)",
    "extractor": "What produced its values: the extractor's version (0.1.0+lex.…), or manual for talentdb add",
    "seq": "event_log.seq of the entry that last changed it",
}

TABLE_DOCS = {
    "event_log": ("The append-only, hash-chained log: the source of truth. UPDATE and DELETE are refused.", {
        "seq": "1, 2, 3 … in commit order",
        "recorded_at": "When the entry was written (UTC, ISO-8601)",
        "kind": "source.ingested, source.retracted, event.asserted, event.corroborated, event.amended, "
                "event.confirmed, event.retracted, entity.aliased, entity.merged, entity.unmerged or entity.renamed "
                "(talentdb/store/kinds.py lists each payload's keys)",
        "payload": "The whole fact as canonical JSON (versioned by its key v)",
        "prev_hash": "hash of the entry before (64 zeros for the first)",
        "hash": "sha256 over prev_hash and the canonical JSON of seq, kind, recorded_at and payload",
    }),
    "events": ("Every event as it stands now (a projection of the log; retracted ones keep status='retracted').",
               EVENT_COLUMN_DOCS),
    "event_versions": ("Every state each event has had, valid in record time from seq_from until seq_to "
                       "(exclusive; null = still current). What --known-at reads.", {
                           "event_id": "events.id", "seq_from": "First log entry this version is valid at",
                           "seq_to": "Log entry that replaced it (null while current)"}),
    "event_sources": ("Each article that reports an event, with its own evidence and date (corroboration).", {
        "event_id": "events.id", "source_id": "sources.id", "evidence": "The sentence in that article",
        "date": "The date that article gives", "seq": "Log entry that recorded this report"}),
    "sources": ("One row per distinct article (by sha256 of its text without white space).", {
        "sha256": "sha256 of the normalised text, white space removed", "title": "Title (file name if none)",
        "url": "Where it came from", "published": "Publication date, anchors relative dates",
        "lang": "zh-Hant, zh-Hans or en", "text": "The normalised article text", "ingested_at": "When",
        "status": "active, or retracted (withdrawn as a whole: talentdb retract --source)"}),
    "people": ("People, by canonical name.", {"name": "Canonical name", "merged_into": "people.id after a merge"}),
    "organizations": ("Organisations, by canonical name.", {"name": "Canonical name",
                                                            "merged_into": "organizations.id after a merge"}),
    "aliases": ("Every spelling of a person or organisation.", {
        "entity_kind": "person or org", "entity_id": "people.id or organizations.id", "alias": "The spelling",
        "key": "The spelling folded for lookup (lower case, Simplified, no spaces or dots)"}),
    "projection_state": ("How far the projections have applied the log.", {"last_seq": "Last event_log.seq applied"}),
    "timeline": ("View: active events in readable rows (names, not ids), with the source's title.", {}),
    "current_roles": ("Who is at each organisation now and in what role, as the events imply "
                      "(the latest move at that organisation is not a departure). Kept by the projector.", {
                          "since": "Date of that latest move", "how": "hire, promotion, founding"}),
    "talent_flow": ("Where people went. Departures with a destination, and foundings by people who had left "
                    "an organisation. Kept by the projector.", {"people": "How many moves", "names": "Who"}),
    "talent_moves": ("Each move talent_flow counts, once per person and pair of organisations.", {}),
}


def datasette_metadata(database: str = "talentdb") -> dict:
    """Datasette's metadata.json; ``database`` is the name Datasette gives the database (an SQLite file's stem:
    ``datasette corpus.db`` serves ``corpus``), which the metadata must be keyed to for Datasette to use it."""
    tables = {}
    for name, (description, columns) in TABLE_DOCS.items():
        tables[name] = {"title": name.replace("_", " "), "description": description, "columns": dict(columns)}
    tables["event_log"]["sort_desc"] = "seq"
    tables["timeline"]["sort"] = "date"
    return {
        "title": "talentdb",
        "description": "People and money moving through an industry, extracted from news articles. "
                       "event_log is the source of truth; every other table is a projection of it.",
        "databases": {database: {"tables": tables}},
    }
