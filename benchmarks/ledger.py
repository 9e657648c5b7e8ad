"""The ledger's costs (issue 17), each against what a user would do instead.

- ``verify`` against hashing the stored payloads (one sha256 per entry over the payload text, read the same way, in
  one process): the least any chain check must do. Target: verify ≤ 1.5 × hashing. ``verify`` walks a large log
  in ranges, one process per usable core (store.ledger_ranges); the row after it is the walk in one process.
- The tail check every writer runs first: one call, against the same log.
- A page of 100,000 nested ``<div>``s through the reader (455 s before issue 17).
- Extraction of a long single-line text at 0.4, 1.6 and 6.4 MB (the seed article repeated): seconds per MB must
  stay flat (linear), not grow with the size.

    python benchmarks/ledger.py [--events 200000] [--skip-text]
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def _best(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def measure_verify(events: int) -> dict:
    """Seconds of: hashing every stored payload in one process (the floor), ``verify`` as a user runs it, ``verify``
    in one process, and the tail check; with the log's size (bench.py puts the ratio in its issue-18 rows)."""
    from synth import build_log

    from talentdb.store.db import _engine, read_transaction
    from talentdb.store.ledger import check_tail
    from talentdb.store.log import verify
    from talentdb.store.rawsql import raw
    from talentdb.workers import capped_jobs, usable_cores

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/log.db"
        build_log(url, events)
        engine = _engine(url)
        with read_transaction(engine) as conn:
            entries = raw(conn).scalar("SELECT COUNT(*) FROM event_log")
            size = raw(conn).scalar("SELECT SUM(LENGTH(CAST(payload AS BLOB))) FROM event_log")

            def hashing():
                cur = conn.connection.dbapi_connection.cursor()
                for (payload,) in cur.execute("SELECT payload FROM event_log ORDER BY seq"):
                    hashlib.sha256(payload.encode("utf-8")).hexdigest()

            def verifying():
                assert verify(conn).ok

            def verifying_in_one_process():
                assert verify(conn, jobs=1).ok

            res = {"hashing": _best(hashing), "verify": _best(verifying), "alone": _best(verifying_in_one_process),
                   "tail": _best(lambda: check_tail(raw(conn)), 20), "entries": entries, "mb": size / 1e6,
                   "cores": capped_jobs(usable_cores())}
        engine.dispose()
    return res


def bench_verify(events: int) -> list[tuple[str, str]]:
    m = measure_verify(events)
    hashed, verified, alone = m["hashing"], m["verify"], m["alone"]
    return [(f"hash every stored payload in one process, {m['entries']:,} entries ({m['mb']:.0f} MB) (s)",
             f"{hashed:.2f}"),
            (f"`verify` over the same log, as a user runs it ({m['cores']} usable cores) (s)", f"{verified:.2f}"),
            ("verify / hashing (target ≤ 1.5)", f"{verified / hashed:.2f} {'✓' if verified <= 1.5 * hashed else '✗'}"),
            ("`verify` in one process (s); / hashing", f"{alone:.2f}; {alone / hashed:.2f}"),
            ("tail check before a write (ms)", f"{m['tail'] * 1000:.2f}")]


def bench_nested_html(depth: int = 100_000) -> list[tuple[str, str]]:
    from talentdb.reader import read_bytes

    page = ("<html><head><title>Nested</title></head><body>" + "<div>" * depth
            + "<p>Acme Robotics raised $5 million in a seed round led by Sequoia.</p>" + "</div>" * depth
            + "</body></html>").encode()
    return [(f"read a page of {depth:,} nested <div>s (s)", f"{_best(lambda: read_bytes(page, 'n.html', 'html'), 1):.1f}")]


def bench_long_text() -> list[tuple[str, str]]:
    from talentdb.extract import extract

    article = (ROOT / "seeds" / "openai-talent-exodus.zh-Hant.txt").read_text(encoding="utf-8").replace("\n", "")
    extract(article, date(2024, 10, 9))  # lexicons loaded
    rows = []
    for chars in (400_000, 1_600_000, 6_400_000):
        text = (article * (chars // len(article) + 1))[:chars]
        secs = _best(lambda: extract(text, date(2024, 10, 9)), 1)
        mb = len(text.encode("utf-8")) / 1e6
        rows.append((f"extract a single-line text of {mb:.1f} MB (s; s per MB)", f"{secs:.1f}; {secs / mb:.1f}"))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--skip-text", action="store_true", help="skip the long-text extraction (minutes)")
    args = parser.parse_args(argv)
    rows = bench_verify(args.events) + bench_nested_html()
    if not args.skip_text:
        rows += bench_long_text()
    print("| measurement | SQLite |\n| --- | ---: |")
    for what, value in rows:
        print(f"| {what} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
