"""``verify`` of a large SQLite log in several processes, one range of seqs each, when this process may run on more
than one core.

One process cannot verify much faster than it can read the log: fetching the six columns an entry's check needs
costs three quarters of what reading and hashing the payloads alone costs (benchmarks/ledger.py), and the hashed
text is longer than the payload. Each entry's check needs only what is stored (its own columns and the stored hash
of the entry before it), so ranges of the log can be walked side by side (``store.ledger.walk``, from the stored
hash before the range, with the key from the log.keyed entry on).

The answer is the one a walk in one process gives: this says the log holds only when every range holds and the
ranges join up (each range ends where the next begins, the last at the log's end); any other outcome returns None
and the caller walks the log in one process, which finds the first bad entry and says why, as ever.
"""
from __future__ import annotations

PARALLEL_FROM = 100_000  # entries: below this, starting processes costs about what they save
RANGE_SIZE = 50_000      # entries per range: the progress bar moves as each range is done


def walk_in_ranges(conn, *, key: bytes | None, on_progress=None, jobs: int | None = None):
    """A Walk that holds, from walking the log's ranges in up to ``jobs`` processes (the usable cores by default,
    workers.capped_jobs); None when the log is not walked so (not an SQLite file, too small, one core) or when it
    does not plainly hold."""
    from talentdb.store.rawsql import raw
    from talentdb.workers import capped_jobs, usable_cores

    path = conn.engine.url.database if conn.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        return None
    jobs = capped_jobs(usable_cores() if jobs is None else jobs)
    last = raw(conn).scalar("SELECT MAX(seq) FROM event_log") or 0
    if jobs < 2 or last < PARALLEL_FROM:
        return None
    first_keyed = raw(conn).scalar("SELECT MIN(seq) FROM event_log WHERE kind = 'log.keyed'")
    if (first_keyed is None) != (key is None):
        return None  # a keyed log without the key, or a key without a keyed log: the one-process walk says so
    return _walk_ranges(path, last, key, first_keyed, jobs, on_progress)


def _walk_ranges(path: str, last: int, key, first_keyed, jobs: int, on_progress):
    import multiprocessing

    from talentdb.store.ledger import Walk

    ranges = _even_ranges(last, jobs)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    end_hash = None
    with multiprocessing.get_context(method).Pool(min(jobs, len(ranges))) as pool:
        for (lo, hi), (holds, upto, end_hash) in zip(ranges, pool.imap(
                _walk_range, [(path, lo, hi, key, first_keyed) for lo, hi in ranges])):
            if not holds or upto != hi:
                pool.terminate()
                return None
            if on_progress is not None:
                on_progress(hi - lo + 1)
    return Walk(True, last, end=(last, end_hash), keyed_from=first_keyed)


def _even_ranges(last: int, jobs: int) -> list[tuple[int, int]]:
    """Seqs 1..last in ranges of about RANGE_SIZE entries, as many as a multiple of ``jobs`` and of even size: every
    worker walks the same share (243,698 entries in ranges of 50,000 on two cores left one core idle for the fifth
    range; in six of 40,617 both end together)."""
    count = jobs * max(1, -(-last // (RANGE_SIZE * jobs)))
    size = -(-last // count)
    return [(lo, min(last, lo + size - 1)) for lo in range(1, last + 1, size)]


def _walk_range(args) -> tuple[bool, int, str | None]:
    """In a worker: walk entries lo..hi of the log at ``path`` (read-only, its own snapshot) from the stored hash of
    entry lo - 1; (whether they hold, the last seq walked, its hash)."""
    import sqlite3

    from talentdb.store.db import read_only_uri
    from talentdb.store.ledger import ROWS_AS_BYTES, _ROWS, _Chain, walk

    path, lo, hi, key, first_keyed = args
    db = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        db.execute("BEGIN")  # one snapshot for the hash before the range and the range
        chain = _Chain(key, lambda seq: db.execute(_ROWS + " WHERE seq = ?", (seq,)).fetchone())
        if lo > 1:
            before = db.execute("SELECT CAST(hash AS BLOB) FROM event_log WHERE seq = ?", (lo - 1,)).fetchone()
            if before is None:
                return False, lo - 1, None
            chain.prev = before[0]
        chain.expected = lo
        if first_keyed is not None and first_keyed < lo:
            chain.keyed_from, chain.use = first_keyed, key
        cur = db.execute(ROWS_AS_BYTES["sqlite"] + " WHERE seq BETWEEN ? AND ? ORDER BY seq", (lo, hi))
        result = walk(iter(lambda: cur.fetchmany(1000), []), key=key, chain=chain)
        # (A Walk that fails with no first bad entry only says a key is set and no log.keyed entry was seen: a whole
        # log's verdict, which walk_in_ranges gives itself, not this range's.)
        return result.first_bad is None, result.entries, result.end[1]
    finally:
        db.close()
