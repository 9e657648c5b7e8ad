"""Provable history: the log's head, a cheap check of its tail, a full walk of its chain, and the optional key.

- ``head``: the log's current (seq, hash), printed by ``talentdb head`` for the user to keep elsewhere; later,
  ``verify --head SEQ:HASH`` proves the log still holds that entry unchanged and extends it (a deleted tail, or a
  history rewritten before it with every later hash recomputed, is caught: the kept hash no longer matches).
- ``check_tail``: what every writer and ``rebuild`` runs first (two rows and one hash, whatever the log's size):
  the last entry matches its hash and points at the one before, and the projections have not seen entries the
  log no longer holds. A broken log is refused with one line pointing at ``talentdb verify``.
- ``walk``: ``verify``'s full check. It hashes the stored payload text as it is (the appender hashes exactly that
  text) and parses and re-encodes a payload only when that hash does not match, so verifying costs about what
  hashing the stored bytes costs.
- The key: with ``TALENTDB_LOG_KEY`` set, the next write appends a ``log.keyed`` entry and from it on every hash
  is an HMAC-SHA256 under the key, so someone who can write to the database but does not hold the key cannot
  recompute a consistent chain after changing an entry. ``log.keyed`` carries only a fingerprint of the key.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from talentdb.errors import TalentDBError

KEY_ENV = "TALENTDB_LOG_KEY"
KEYED_KIND = "log.keyed"
GENESIS = "0" * 64
VERIFY_HINT = "run `talentdb verify` to find where it breaks; nothing was written"


class BrokenLog(TalentDBError):
    """The log fails its cheap tail check: nothing is written to it or replayed from it."""

    exit_code = 1


def log_key() -> bytes | None:
    value = os.environ.get(KEY_ENV)
    return value.encode("utf-8") if value else None


def key_id(key: bytes) -> str:
    """A fingerprint of the key for the ``log.keyed`` entry: says whether a key is the right one, reveals nothing."""
    return hmac.new(key, b"talentdb log key fingerprint", hashlib.sha256).hexdigest()[:16]


def digest(prev_hash: str, body: str, key: bytes | None) -> str:
    message = (prev_hash + "\n" + body).encode("utf-8")
    if key is None:
        return hashlib.sha256(message).hexdigest()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _json_str(text: str) -> str:
    """``json.dumps(text, ensure_ascii=False)``, without its cost for the plain strings kinds and times are."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return '"' + text + '"'
    return json.dumps(text, ensure_ascii=False)


def body_of_canonical(seq: int, kind: str, recorded_at: str, payload_json: str) -> str:
    """The hashed text of an entry whose payload is already canonical JSON (keys in sorted order)."""
    return ('{"kind":' + _json_str(kind) + ',"payload":' + payload_json + ',"recorded_at":' + _json_str(recorded_at)
            + ',"seq":' + str(int(seq)) + "}")


def body_reencoded(seq: int, kind: str, recorded_at: str, payload_json: str) -> str:
    """The hashed text of an entry, its payload parsed and re-encoded canonically (ValueError if not JSON)."""
    from talentdb.store.log import canonical_json

    return canonical_json({"seq": seq, "kind": kind, "recorded_at": recorded_at, "payload": json.loads(payload_json)})


def entry_matches(row, prev_hash: str, key: bytes | None) -> bool:
    """Whether a stored (seq, recorded_at, kind, payload, prev_hash, hash) row's hash follows from ``prev_hash``."""
    seq, recorded_at, kind, payload, _prev, stored = row
    if digest(prev_hash, body_of_canonical(seq, kind, recorded_at, payload), key) == stored:
        return True
    try:
        return digest(prev_hash, body_reencoded(seq, kind, recorded_at, payload), key) == stored
    except ValueError:
        return False


# ---- the head -------------------------------------------------------------------------------------------------

def head(raw_db) -> tuple[int, str]:
    row = raw_db.first("SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1")
    return (row[0], row[1]) if row else (0, GENESIS)


def parse_head(value: str) -> tuple[int, str]:
    from talentdb.errors import UserError

    seq, _, hash_ = value.strip().partition(":")
    if not seq.isdigit() or len(hash_) != 64 or any(c not in "0123456789abcdef" for c in hash_):
        raise UserError(f"--head {value!r}: give it as `talentdb head` printed it, SEQ:HASH (64 hex digits)")
    return int(seq), hash_


# ---- the tail check -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Tail:
    seq: int
    hash: str
    key: bytes | None      # the key new entries are hashed with (None: plain sha256)
    keyed: bool            # whether the log already holds its log.keyed entry


def check_tail(raw_db) -> Tail:
    """The log's tail, checked cheaply; raises BrokenLog naming the entry and pointing at ``verify``."""
    rows = raw_db.all("SELECT seq, recorded_at, kind, payload, prev_hash, hash FROM event_log "
                      "ORDER BY seq DESC LIMIT 2")
    position = raw_db.scalar("SELECT last_seq FROM projection_state WHERE name = 'main'") or 0
    key = log_key()
    if not rows:
        if position:
            raise BrokenLog(f"the log is empty but the projections were built from {position} entries: the log was "
                            f"emptied; {VERIFY_HINT}")
        return Tail(0, GENESIS, key, False)
    last = rows[0]
    seq, stored = last[0], last[5]
    if position > seq:
        raise BrokenLog(f"the log ends at entry {seq} but the projections were built from entry {position}: "
                        f"entries were deleted; {VERIFY_HINT}")
    prev = rows[1][5] if len(rows) > 1 else GENESIS
    if last[4] != prev or seq != (rows[1][0] + 1 if len(rows) > 1 else 1):
        raise BrokenLog(f"the log's last entry {seq} does not follow the entry before it; {VERIFY_HINT}")
    if entry_matches(last, prev, None):
        return Tail(seq, stored, key, False)
    if key is not None and entry_matches(last, prev, key):
        return Tail(seq, stored, key, True)
    unkeyed = "" if key is not None else f", or the log is keyed and {KEY_ENV} is not set"
    wrong_key = f", or {KEY_ENV} is not this log's key" if key is not None else ""
    raise BrokenLog(f"the log's last entry {seq} does not match its hash (it was changed{unkeyed}{wrong_key}); "
                    f"{VERIFY_HINT}")


# ---- the full walk --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Walk:
    ok: bool
    entries: int
    first_bad: int | None = None
    reason: str | None = None
    end: tuple[int, str] = (0, GENESIS)
    keyed_from: int | None = None


class _Chain:
    """Where a walk stands: the hash the next entry must point at (``prev``, bytes), the seq it must have
    (``expected``; the entries that held so far are ``expected - 1``), the key hashes are checked with from the
    log.keyed entry on (``use``), and the start of the hashed text of each kind seen (``heads``)."""

    __slots__ = ("prev", "expected", "key", "use", "keyed_from", "heads", "full_row")

    def __init__(self, key: bytes | None, full_row):
        self.prev, self.expected, self.key, self.use, self.keyed_from = GENESIS.encode(), 1, key, None, None
        self.heads: dict = {}
        self.full_row = full_row

    def entry(self, seq, at, kind, payload, prev_hash, stored) -> Walk | None:
        """Check one entry given as its stored bytes: None when it holds (the chain moves past it), else the Walk
        that says where the log breaks. Only an entry whose hash does not match its stored bytes is read again
        whole (``full_row(seq)``) and its payload parsed and re-encoded."""
        prev, count = self.prev, self.expected - 1
        if seq != self.expected:
            return _broken(count, self.expected, f"entry {self.expected} is missing (next is {seq})", prev)
        if prev_hash != prev:
            return _broken(count, seq, f"entry {seq} does not point at entry {seq - 1}'s hash", prev)
        head = self.heads.get(kind)
        if head is None:
            head = self.heads[kind] = ('\n{"kind":' + _json_str(kind.decode("utf-8")) + ',"payload":').encode()
            if kind == _KEYED_BYTES and self.keyed_from is None:
                problem = _key_problem(payload, self.key)
                if problem:
                    return _broken(count, seq, f"entries from {seq} on are keyed: {problem}", prev, seq)
                self.keyed_from, self.use = seq, self.key
        if _hexdigest(_message(prev, head, payload, at, seq), self.use).encode() != stored:
            row = self.full_row(seq)
            if not entry_matches(row, prev.decode(), self.use):
                why = "it is not JSON" if not _is_json(row[3]) else "hash mismatch"
                return _broken(count, seq, f"entry {seq} was changed after it was written ({why})", prev,
                               self.keyed_from)
        self.prev, self.expected = stored, seq + 1
        return None

    def end(self) -> Walk:
        count = self.expected - 1
        end = (count, self.prev.decode())
        if self.key is not None and self.keyed_from is None and count:
            return Walk(False, count, None, f"{KEY_ENV} is set but the log holds no {KEYED_KIND} entry: either it "
                                            "was never keyed (the next write keys it) or its keyed entries were "
                                            "replaced", end)
        return Walk(True, count, end=end, keyed_from=self.keyed_from)


def _message(prev: bytes, head: bytes, payload: bytes, at: bytes, seq: int) -> bytes:
    """canonical_json of the entry after the hash it points at, as bytes: a time with a quote in it would not be
    spelled so, and then the hash does not match and the entry is checked the slow way (entry_matches)."""
    return b"".join((prev, head, payload, b',"recorded_at":"', at, b'","seq":%d}' % seq))


def _hexdigest(message: bytes, key: bytes | None) -> str:
    return hashlib.sha256(message).hexdigest() if key is None else hmac.digest(key, message, "sha256").hex()


def walk(batches, *, key: bytes | None, on_progress=None, full_row=None, chain: _Chain | None = None) -> Walk:
    """Check every entry, in seq order: seq runs 1, 2, 3 …, each entry points at its predecessor's hash and its hash
    follows (under the key from the log.keyed entry on).

    ``batches`` are lists of (seq, recorded_at, kind, payload, prev_hash, hash), every text as the UTF-8 bytes it
    is stored as (``hashed_rows``): the stored bytes are hashed as they are, never decoded. The loop below is
    ``_Chain.entry`` for an entry that holds, written out (verify's cost is this loop: benchmarks/ledger.py
    compares it with hashing the payloads); any other entry, and the first of each kind, goes through
    ``_Chain.entry``, which then says why the log breaks there, if it does. ``chain``: where to start, when not at
    the first entry (store.ledger_ranges walks a range of the log so)."""
    chain = chain or _Chain(key, full_row)
    sha256, join, heads = hashlib.sha256, b"".join, chain.heads
    for batch in batches:
        prev, expected, use = chain.prev, chain.expected, chain.use
        for row in batch:
            seq, at, kind, payload, prev_hash, stored = row
            head = heads.get(kind)
            if seq == expected and prev_hash == prev and head is not None:
                message = join((prev, head, payload, b',"recorded_at":"', at, b'","seq":%d}' % seq))
                if (sha256(message).hexdigest() if use is None else _hexdigest(message, use)).encode() == stored:
                    prev, expected = stored, expected + 1
                    continue
            chain.prev, chain.expected = prev, expected
            broken = chain.entry(*row)
            if broken is not None:
                return broken
            prev, expected, use = chain.prev, chain.expected, chain.use
        chain.prev, chain.expected = prev, expected
        if on_progress is not None:
            on_progress(len(batch))
    return chain.end()


_KEYED_BYTES = KEYED_KIND.encode()


def _broken(count: int, seq: int, reason: str, prev: bytes, keyed_from: int | None = None) -> Walk:
    return Walk(False, count, seq, reason, (seq - 1, prev.decode()), keyed_from)


_ROWS = "SELECT seq, recorded_at, kind, payload, prev_hash, hash FROM event_log"
# Each text column as the bytes it is stored as: no decoding to str (and encoding back to hash it).
_AS_BYTES = {"sqlite": "CAST({} AS BLOB)", "postgresql": "convert_to({}, 'UTF8')"}
ROWS_AS_BYTES = {dialect: "SELECT seq, " + ", ".join(as_bytes.format(c) for c in ("recorded_at", "kind", "payload",
                                                                                    "prev_hash", "hash"))
                 + " FROM event_log" for dialect, as_bytes in _AS_BYTES.items()}


def hashed_rows(conn, batch: int = 1000):
    """Lists of (seq, recorded_at, kind, payload, prev_hash, hash), texts as UTF-8 bytes, for every entry in seq
    order, ``batch`` at a time; and a function returning one entry's whole stored row (texts as str)."""
    from talentdb.store.rawsql import raw

    def full_row(seq: int):
        return raw(conn).first(_ROWS + " WHERE seq = :s", {"s": seq})

    sql = ROWS_AS_BYTES.get(conn.dialect.name)
    if sql is None:
        rows = ([(s, *(v.encode("utf-8") for v in rest)) for s, *rest in some] for some in
                _batches(conn, _ROWS + " ORDER BY seq", batch))
        return rows, full_row
    return _batches(conn, sql + " ORDER BY seq", batch), full_row


def _key_problem(payload: str, key: bytes | None) -> str | None:
    if key is None:
        return f"set {KEY_ENV} to the log's key to verify them"
    try:
        expected = json.loads(payload).get("key_id")
    except (ValueError, AttributeError):
        return "its log.keyed entry is not JSON"
    return None if expected == key_id(key) else f"{KEY_ENV} is not the key this log was keyed with"


def _is_json(payload: str) -> bool:
    try:
        json.loads(payload)
        return True
    except ValueError:
        return False


def check_head(raw_db, kept: tuple[int, str]) -> str | None:
    """None if the log holds entry ``kept[0]`` with hash ``kept[1]``; else why not (one line)."""
    seq, hash_ = kept
    if seq == 0:
        return None if hash_ == GENESIS else "the head of an empty log is 0:" + GENESIS
    row = raw_db.first("SELECT hash FROM event_log WHERE seq = :s", {"s": seq})
    if row is None:
        end = head(raw_db)[0]
        return (f"the log no longer holds entry {seq}, the head you kept: it ends at entry {end} "
                f"(entries were deleted)")
    if row[0] != hash_:
        return (f"entry {seq} has hash {row[0][:12]}…, not the head you kept ({hash_[:12]}…): the log was rewritten "
                f"at or before entry {seq}")
    return None


def _batches(conn, sql: str, batch: int):
    """The rows of ``sql`` in lists of ``batch``: a server-side cursor on PostgreSQL, SQLite's own stepping
    otherwise."""
    dbapi = conn.connection.dbapi_connection
    named = conn.dialect.name == "postgresql"
    cur = dbapi.cursor(name="talentdb_verify") if named else dbapi.cursor()
    try:
        cur.execute(sql)
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                return
            yield rows
    finally:
        cur.close()
