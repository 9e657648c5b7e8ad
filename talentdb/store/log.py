"""The append-only, hash-chained log: the only thing talentdb ever writes facts to.

Each entry's ``hash`` is sha256 over the previous entry's hash and the canonical JSON of the entry
(seq, kind, recorded_at and payload), so rewriting, removing or reordering any entry breaks the chain
from that point on, and ``verify`` names the first entry where it breaks.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from talentdb.store.kinds import stamp

GENESIS = "0" * 64


@dataclass(frozen=True)
class Entry:
    seq: int
    recorded_at: str
    kind: str
    payload: dict
    prev_hash: str
    hash: str


# One encoder for every entry (json.dumps with options builds a new one per call).
# allow_nan=False: an infinite or NaN number is not JSON (PostgreSQL's jsonb and every strict parser refuse it); the
# appender refuses such a payload rather than writing it into the log.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def canonical_json(value) -> str:
    return _CANONICAL.encode(value)


def entry_hash(prev_hash: str, seq: int, kind: str, recorded_at: str, payload_json: str,
               key: bytes | None = None) -> str:
    """sha256 (or, with ``key``, HMAC-SHA256: see store.ledger) over the previous hash and the canonical entry."""
    from talentdb.store.ledger import body_reencoded, digest

    return digest(prev_hash, body_reencoded(seq, kind, recorded_at, payload_json), key)


def _hash_of_canonical(prev_hash: str, seq: int, kind: str, recorded_at: str, payload_json: str,
                       key: bytes | None = None) -> str:
    """``entry_hash`` for a payload this process just wrote with canonical_json: the body is assembled as text
    (keys in sorted order: kind, payload, recorded_at, seq) instead of parsing the payload back and dumping it
    again, which is most of the cost for an article's text. tests/test_log_hash.py checks the two agree.
    """
    from talentdb.store.ledger import body_of_canonical, digest

    return digest(prev_hash, body_of_canonical(seq, kind, recorded_at, payload_json), key)


def _holds_nul(value) -> bool:
    """No text in the log holds NUL: SQLite's text functions (printf, length, the export's fast path) stop at it,
    and no article can carry one (the reader refuses them, and command-line arguments cannot hold one)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_holds_nul(v) for v in value)
    return False


def now_iso() -> str:
    """UTC to the microsecond, e.g. 2024-10-09T08:00:00.000000Z (isoformat: a tenth of strftime's cost)."""
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


class Appender:
    """Appends entries inside the caller's write transaction, keeping the chain's tail in memory."""

    def __init__(self, conn):
        from talentdb.store.ledger import check_tail
        from talentdb.store.rawsql import raw

        self.conn = conn
        tail = check_tail(raw(conn))  # a broken log is refused before anything is appended to it
        self.seq, self.tail = tail.seq, tail.hash
        self._key = tail.key if tail.keyed else None
        self._key_first = tail.key if tail.key is not None and not tail.keyed else None  # TALENTDB_LOG_KEY is new
        self._pending: list[dict] = []

    def append(self, kind: str, payload: dict) -> Entry:
        if self._key_first is not None:  # the first write under a key records it, and is hashed with it
            from talentdb.store.ledger import KEYED_KIND, key_id

            self._key, self._key_first = self._key_first, None
            self.append(KEYED_KIND, {"key_id": key_id(self._key)})
        payload = stamp(kind, payload)  # the kind's shape, checked, with its current version ``v``
        payload_json = canonical_json(payload)
        if "\\u0000" in payload_json and _holds_nul(payload):  # the cheap test first: JSON spells NUL \u0000
            raise ValueError(f"{kind}: text with a NUL character cannot be stored")
        seq, recorded_at = self.seq + 1, now_iso()
        digest = _hash_of_canonical(self.tail, seq, kind, recorded_at, payload_json, self._key)
        self._pending.append(dict(seq=seq, recorded_at=recorded_at, kind=kind, payload=payload_json,
                                  prev_hash=self.tail, hash=digest))
        self.seq, self.tail = seq, digest
        return Entry(seq, recorded_at, kind, payload, self._pending[-1]["prev_hash"], digest)

    def flush(self) -> None:
        """Write the pending entries in one executemany."""
        from talentdb.store.rawsql import raw

        if self._pending:
            raw(self.conn).many("INSERT INTO event_log (seq, recorded_at, kind, payload, prev_hash, hash) "
                                "VALUES (:seq, :recorded_at, :kind, :payload, :prev_hash, :hash)", self._pending)
            self._pending = []


def read_entries(conn, *, after: int = 0, upto: int | None = None, batch: int = 5000):
    """Entries in seq order, streamed in batches."""
    from talentdb.store.rawsql import raw

    last = after
    while True:
        sql = "SELECT seq, recorded_at, kind, payload, prev_hash, hash FROM event_log WHERE seq > :last"
        params = {"last": last, "n": batch}
        if upto is not None:
            sql += " AND seq <= :upto"
            params["upto"] = upto
        rows = raw(conn).all(sql + " ORDER BY seq LIMIT :n", params)
        if not rows:
            return
        for r in rows:
            yield Entry(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5])
        last = rows[-1][0]


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    first_bad: int | None = None
    reason: str | None = None


def verify(conn, bar=None, jobs: int | None = None) -> VerifyResult:
    """Walk the chain (store.ledger.walk): seq must run 1, 2, 3 … and every hash must follow from its predecessor.
    ``bar`` (talentdb.progress) counts the entries checked. A large SQLite log is walked in ranges side by side,
    in up to ``jobs`` processes (the usable cores by default; store.ledger_ranges), and walked again in this one
    when that does not plainly hold, for the first bad entry and why."""
    from talentdb.store.ledger import hashed_rows, log_key, walk
    from talentdb.store.ledger_ranges import walk_in_ranges
    from talentdb.store.rawsql import raw

    step = None
    if bar is not None and bar.shown:
        bar.total(raw(conn).scalar("SELECT COALESCE(MAX(seq), 0) FROM event_log"))
        step = bar.advance
    key = log_key()
    result = walk_in_ranges(conn, key=key, on_progress=step, jobs=jobs) if jobs != 1 else None
    if result is None:
        rows, full_row = hashed_rows(conn)
        result = walk(rows, key=key, on_progress=step, full_row=full_row)
    return VerifyResult(result.ok, result.entries, result.first_bad, result.reason)
