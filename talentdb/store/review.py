"""The review queue: the standing, unchecked events most worth a person's look, first.

Score (higher first; ties: lower confidence, then older id):
  +3  one source: no other article reports it
  +2  confidence below 0.8 (the extractor's own doubt: replacements, hires, later mentions)
  +2  undated: the text gave no time for it
  +2  re-extracted: its latest change came from ``talentdb reextract``
Confirmed, retracted and hand-added events are not in the queue.
"""
from __future__ import annotations

REVIEW_COLUMNS = ["id", "score", "why", "type", "person", "org", "role", "date", "date_precision", "confidence",
                  "sources", "source", "source_id", "evidence"]
REVIEW_TABLE = ["id", "score", "why", "type", "person", "org", "date", "evidence"]
LOW_CONFIDENCE = 0.8
# A re-extraction's entries say so in canonical JSON; a quote inside a text value is escaped (\"), so no text
# (an evidence sentence, a person's reason) can look like this.
_REEXTRACTED = '%"reason":"reextract"%'


def review_queue(conn, *, limit: int | None = None) -> list[dict]:
    from talentdb.store.rawsql import raw

    inner = ("SELECT e.id, e.type, e.person, e.org, e.role, e.date, e.date_precision, e.confidence, e.evidence, "
             "e.source_id, s.title AS source, "
             "(SELECT COUNT(*) FROM event_sources es JOIN sources so ON so.id = es.source_id "
             "  WHERE es.event_id = e.id AND so.status = 'active') AS sources, "
             "(SELECT COUNT(*) FROM event_log l WHERE l.seq = e.seq AND l.kind IN ('event.asserted', "
             "  'event.amended', 'event.corroborated') AND l.payload LIKE :mark) AS reextracted "
             "FROM events e LEFT JOIN sources s ON s.id = e.source_id "
             "WHERE e.status = 'active' AND NOT e.confirmed AND COALESCE(e.extractor, '') <> 'manual'")
    score = ("(CASE WHEN q.sources <= 1 THEN 3 ELSE 0 END + CASE WHEN q.confidence < :low THEN 2 ELSE 0 END "
             "+ CASE WHEN q.date IS NULL THEN 2 ELSE 0 END + CASE WHEN q.reextracted > 0 THEN 2 ELSE 0 END)")
    sql = (f"SELECT q.*, {score} AS score FROM ({inner}) q "
           f"ORDER BY score DESC, COALESCE(q.confidence, 0), q.id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = raw(conn).dicts(sql, {"mark": _REEXTRACTED, "low": LOW_CONFIDENCE})
    for row in rows:
        row["why"] = ", ".join(_why(row))
        row["reextracted"] = bool(row["reextracted"])
    return rows


def _why(row: dict):
    if row["sources"] <= 1:
        yield "one source"
    if row["confidence"] is not None and row["confidence"] < LOW_CONFIDENCE:
        yield f"confidence {row['confidence']:g}"
    if row["date"] is None:
        yield "undated"
    if row["reextracted"]:
        yield "re-extracted"
