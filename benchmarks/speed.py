"""Issue 18's measurements, each beside what a user would run instead, in the same run (bench.py calls these).

- cold read: ``talentdb query`` on a small database against ``sqlite-utils query`` and the ``sqlite3`` CLI running the
  very statement talentdb runs (runs alternated, medians);
- the tables SQL clients are told to use, at the big database in plain sqlite3 (Python's sqlite3 module, no talentdb
  code): ``talent_flow WHERE from_org = ?`` and ``current_roles WHERE org = ?``, beside the views they replaced
  (migration 0002's SQL, run as it ran);
- ``rebuild`` against a raw bulk-load floor: every log payload decoded and the same rows put into empty tables with
  executemany, indexes built afterwards, one transaction, in plain sqlite3;
- ``report`` at the big database: time and page size.
"""
from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("sources", "people", "organizations", "aliases", "events", "event_versions", "event_sources",
          "projection_state", "talent_moves", "current_roles", "talent_flow")


def talentdb_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("talentdb")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "talentdb.cli"]


def run(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env={**os.environ, "TALENTDB_PLAIN": "1"}, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    secs = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return secs


def paired(commands: dict[str, list[str]], n: int = 9) -> dict[str, float]:
    """Median wall time of each command, run in turn n times (a neighbour's burst hits them alike)."""
    for cmd in commands.values():
        run(cmd)  # warm: the page cache, and Python's bytecode cache for talentdb
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(n):
        for key, cmd in commands.items():
            times[key].append(run(cmd))
    return {k: statistics.median(v) for k, v in times.items()}


def cold_read(small_db: Path) -> dict:
    from talentdb.store.queries import events_sql

    statement, _ = events_sql([], limit=101)  # what `talentdb query` runs for its first page
    sqlite_utils = shutil.which("sqlite-utils") or str(Path(sys.executable).with_name("sqlite-utils"))
    commands = {"talentdb query": talentdb_cmd() + ["query", "--db", str(small_db)],
                "sqlite-utils query": [sqlite_utils, "query", str(small_db), statement],
                "talentdb --help": talentdb_cmd() + ["--help"]}
    if shutil.which("sqlite3"):
        commands["sqlite3 CLI"] = ["sqlite3", str(small_db), statement]
    return paired(commands)


def _old_views() -> tuple[str, str]:
    spec = importlib.util.spec_from_file_location("views_0002", ROOT / "migrations" / "versions" / "0002_views.py")
    views = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(views)
    return (views._CURRENT_ROLES.split(" AS\n", 1)[1],
            views._FLOW.format(agg="group_concat(person, ', ')").split(" AS\n", 1)[1])


def maintained_views(db: Path, n: int = 50, old_samples: int = 3, seed: int = 5) -> dict:
    conn = sqlite3.connect(db)
    orgs = [r[0] for r in conn.execute("SELECT name FROM organizations ORDER BY id")]
    rng = random.Random(seed)
    picked = [rng.choice(orgs) for _ in range(n)]
    roles_view, flow_view = _old_views()
    out = {}
    for label, sql, old in (
            ("talent_flow WHERE from_org = ?", "SELECT * FROM talent_flow WHERE from_org = ?",
             f"SELECT * FROM ({flow_view}) WHERE from_org = ?"),
            ("current_roles WHERE org = ?", "SELECT * FROM current_roles WHERE org = ?",
             f"SELECT * FROM ({roles_view}) WHERE org = ?")):
        conn.execute(sql, (picked[0],)).fetchall()
        times = []
        for org in picked:  # each timed three times, its fastest kept (as bench.bench_queries does)
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                conn.execute(sql, (org,)).fetchall()
                best = min(best, time.perf_counter() - t0)
            times.append(best * 1000)
        times.sort()
        view = []
        for org in picked[:old_samples]:
            t0 = time.perf_counter()
            conn.execute(old, (org,)).fetchall()
            view.append((time.perf_counter() - t0) * 1000)
        out[label] = {"p50": statistics.median(times), "p95": times[max(0, int(len(times) * 0.95) - 1)],
                      "view": statistics.median(view)}
    conn.close()
    return out


def bulk_floor(db: Path, folder: Path) -> float:
    """The same projected rows put into empty tables as fast as plain sqlite3 does it, the log's payloads decoded
    as any replay must, indexes built afterwards, one transaction."""
    target = folder / "floor.sqlite"
    src = sqlite3.connect(db)
    schema = src.execute("SELECT type, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                         "AND name NOT LIKE 'sqlite_%'").fetchall()
    con = sqlite3.connect(target, isolation_level=None)
    for kind, table, sql in schema:
        if kind == "table" and table in TABLES:
            con.execute(sql)
    t0 = time.perf_counter()
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA cache_size=-262144")
    con.execute("BEGIN")
    for (payload,) in src.execute("SELECT payload FROM event_log ORDER BY seq"):
        json.loads(payload)
    for table in TABLES:
        width = len(src.execute(f"SELECT * FROM {table} LIMIT 0").description)
        con.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * width)})",
                        src.execute(f"SELECT * FROM {table}"))
    for kind, table, sql in schema:
        if kind == "index" and table in TABLES:
            con.execute(sql)
    con.execute("COMMIT")
    secs = time.perf_counter() - t0
    con.close()
    src.close()
    return secs


def rebuild_and_floor(db: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="talentdb-rebuild-", dir=db.parent) as tmp:
        copy = Path(tmp) / "rebuild.sqlite"
        shutil.copy(db, copy)
        secs = run(talentdb_cmd() + ["rebuild", "-q", "--db", str(copy)])
        entries = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM event_log").fetchone()[0]
        floor = bulk_floor(copy, Path(tmp))
    return {"rebuild": secs, "floor": floor, "entries": entries}


def report(db: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="talentdb-report-") as tmp:
        page = Path(tmp) / "report.html"
        secs = run(talentdb_cmd() + ["report", "-q", "--db", str(db), "--out", str(page)])
        return {"secs": secs, "mb": page.stat().st_size / 1e6}


def ok(good: bool) -> str:
    return "✓" if good else "✗"


def rows(res: dict, events: int) -> list[str]:
    """The issue's targets as table rows (measurement | SQLite | PostgreSQL | target)."""
    out = []
    c = res.get("cold")
    if c:
        ratio = c["talentdb query"] / c["sqlite-utils query"]
        out.append(f"| cold `talentdb query` on a small database, median wall (s); ratio to `sqlite-utils query` on the "
                   f"same statement | {c['talentdb query']:.3f} (× {ratio:.2f}) | | ≤ 1.0× {ok(ratio <= 1.0)} |")
        out.append(f"| anchors, same run: `sqlite-utils query` / `sqlite3` CLI / `talentdb --help` (s) | "
                   f"{c['sqlite-utils query']:.3f} / {c.get('sqlite3 CLI', float('nan')):.3f} / "
                   f"{c['talentdb --help']:.3f} | | |")
    for label, v in (res.get("views") or {}).items():
        out.append(f"| `SELECT * FROM {label}` in plain sqlite3 at {events:,} events, p50 / p95 (ms); the view it "
                   f"replaced: {v['view']:,.0f} ms (× {v['view'] / max(v['p95'], 1e-3):,.0f}) | "
                   f"{v['p50']:.2f} / {v['p95']:.2f} | | p95 ≤ 50 {ok(v['p95'] <= 50)} |")
    r = res.get("rebuild")
    if r:
        ratio = r["rebuild"] / r["floor"]
        out.append(f"| `rebuild` of {r['entries']:,} log entries (s); ratio to the raw bulk-load floor "
                   f"({r['floor']:.1f} s) | {r['rebuild']:.1f} (× {ratio:.2f}) | | ≤ 2× {ok(ratio <= 2)} |")
    v = res.get("verify")
    if v:
        ratio = v["verify"] / v["hashing"]
        out.append(f"| `verify` of {v['entries']:,} log entries as a user runs it ({v['cores']} usable cores) (s); ratio "
                   f"to hashing the stored payloads in one process ({v['hashing']:.2f} s); in one process | "
                   f"{v['verify']:.2f} (× {ratio:.2f}); {v['alone']:.2f} (× {v['alone'] / v['hashing']:.2f}) | | "
                   f"≤ 1.5× {ok(ratio <= 1.5)} |")
    p = res.get("report")
    if p:
        out.append(f"| `report` at {events:,} events: wall (s) / page (MB) | {p['secs']:.1f} / {p['mb']:.1f} | | "
                   f"≤ 30 s {ok(p['secs'] <= 30)}, ≤ 20 MB {ok(p['mb'] <= 20)} |")
    return out
