"""``talentdb export``: whole tables out, streamed, for spreadsheets (CSV) and tools (JSON, JSON lines)."""
from __future__ import annotations

from talentdb.errors import TalentDBError

import json
import sys

from talentdb.store.queries import EVENT_COLUMNS

TABLES = {
    "events": EVENT_COLUMNS,
    "people": ["id", "name", "merged_into", "aliases", "events"],
    "organizations": ["id", "name", "merged_into", "aliases", "events"],
    "sources": ["id", "title", "url", "published", "lang", "sha256", "ingested_at", "events"],
}


class ExportError(TalentDBError):
    pass


def _rows(conn, table: str, include_retracted: bool):
    from talentdb.store.queries import select_events

    if table == "events":  # in the order recorded: a later export starts with the same rows
        return select_events(conn, [], {}, include_retracted=include_retracted, by_id=True)
    from sqlalchemy import text

    if table in ("people", "organizations"):
        kind, col = ("person", "person_id") if table == "people" else ("org", "org_id")
        sql = (f"SELECT t.id, t.name, m.name AS merged_into, "
               f"(SELECT COUNT(*) FROM aliases a WHERE a.entity_kind = '{kind}' AND a.entity_id = t.id) AS aliases, "
               f"(SELECT COUNT(*) FROM events e WHERE e.{col} = t.id AND e.status = 'active') AS events "
               f"FROM {table} t LEFT JOIN {table} m ON m.id = t.merged_into ORDER BY t.id")
        alias_rows = conn.execute(text("SELECT entity_id, alias FROM aliases WHERE entity_kind = :k ORDER BY id"),
                                  {"k": kind}).all()
        spellings: dict[int, list[str]] = {}
        for ent, al in alias_rows:
            spellings.setdefault(ent, []).append(al)
        rows = [dict(r) for r in conn.execute(text(sql)).mappings()]
        for r in rows:
            r["aliases"] = "; ".join(spellings.get(r["id"], []))
        return rows
    sql = ("SELECT s.id, s.title, s.url, s.published, s.lang, s.sha256, s.ingested_at, "
           "(SELECT COUNT(*) FROM event_sources es WHERE es.source_id = s.id) AS events FROM sources s ORDER BY s.id")
    return [dict(r) for r in conn.execute(text(sql)).mappings()]


def export_table(engine, table: str, fmt: str, out_path: str | None, *, include_retracted: bool = False,
                 raw: bool = False, bom: bool = True, jobs: int = 1, bar=None) -> int:
    """Write ``table`` as ``fmt`` (csv, json, jsonl, xlsx) to ``out_path`` (stdout if None); the number of rows.
    ``bar`` (talentdb.progress) counts the rows written."""
    if table not in TABLES:
        raise ExportError(f"--table {table!r}: use one of {', '.join(TABLES)}")
    if fmt == "xlsx" and not out_path:
        raise ExportError("xlsx is a file: give --out FILE.xlsx")
    from talentdb.store.db import read_transaction

    columns = TABLES[table]
    if bar is not None and bar.shown:
        with read_transaction(engine) as conn:
            bar.total(_count(conn, table, include_retracted))
    if table == "events" and fmt == "csv" and not raw:
        return _stream_events_csv(engine, columns, out_path, include_retracted=include_retracted, bom=bom, jobs=jobs,
                                  bar=bar)
    with read_transaction(engine) as conn:
        rows = _rows(conn, table, include_retracted)
    if fmt == "xlsx":
        from talentdb.xlsx import write_xlsx

        write_xlsx(rows, columns, out_path, sheet=table, raw=raw)
        if bar is not None:
            bar.advance(len(rows))
        return len(rows)
    with _output(out_path) as fh:
        if fmt == "csv":
            from talentdb.csvsafe import write_csv

            write_csv(rows, columns, fh, raw=raw, bom=bom and (out_path is not None or not sys.stdout.isatty()))
        elif fmt == "json":
            from talentdb.store.checks import finite_rows

            try:
                text = json.dumps(rows, ensure_ascii=False, indent=1, default=str, allow_nan=False)
            except ValueError:  # an infinite or NaN number: JSON has none, null says "not a number"
                text = json.dumps(finite_rows(rows), ensure_ascii=False, indent=1, default=str)
            fh.write(text + "\n")
        else:
            from talentdb.output import json_line

            for r in rows:
                fh.write(json_line(r))
    if bar is not None:
        bar.advance(len(rows))
    return len(rows)


def _count(conn, table: str, include_retracted: bool) -> int:
    from talentdb.store.rawsql import raw

    where = " WHERE status = 'active'" if table == "events" and not include_retracted else ""
    return raw(conn).scalar(f"SELECT COUNT(*) FROM {table}{where}")


def _stream_events_csv(engine, columns, out_path, *, include_retracted: bool, bom: bool, jobs: int = 1,
                       bar=None) -> int:
    """Every event as CSV, streamed, in id order: the one export that reaches a million rows.

    Same cells as the general path (tests/test_export_fast.py compares them byte for byte), but no dict per row
    and no list of every row in memory; on SQLite, SQLite joins each row's cells and Python finishes a batch of
    rows at a time (csvsafe.finish_batch), and ``jobs`` processes can each write a range of ids.
    """
    from talentdb.csvsafe import write_csv_tuples
    from talentdb.store.db import read_transaction
    from talentdb.workers import capped_jobs

    bom = bom and (out_path is not None or not sys.stdout.isatty())
    with _output(out_path) as fh:
        path = engine.url.database if engine.dialect.name == "sqlite" else None
        jobs = capped_jobs(jobs)  # one process per usable core at most (workers.capped_jobs)
        if jobs > 1 and path and path != ":memory:":
            count = _parallel_sqlite_csv(path, columns, fh, include_retracted=include_retracted, bom=bom, jobs=jobs)
            if count is not None:
                if bar is not None:
                    bar.advance(count)
                return count
        with read_transaction(engine) as conn:
            if conn.dialect.name == "sqlite":
                _csv_start(fh, columns, bom)
                return _write_sqlite_rows(conn.connection.dbapi_connection, columns, fh,
                                          include_retracted=include_retracted, bar=bar)[0]
            return write_csv_tuples(_counted_batches(_event_batches(conn, include_retracted), bar), columns, fh,
                                    bom=bom)


def _output(out_path: str | None):
    """stdout, or a file that appears complete or not at all (talentdb.safefiles)."""
    from contextlib import nullcontext

    from talentdb.safefiles import atomic_output

    return atomic_output(out_path) if out_path else nullcontext(sys.stdout)


def _csv_start(fh, columns, bom: bool) -> None:
    import csv

    from talentdb.csvsafe import neutralise

    if bom:
        fh.write("\ufeff")
    csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerow([neutralise(c) for c in columns])


# Real numbers: spelled as neutralise spells them and never given the formula apostrophe (a negative amount is data).
_NUMBER_COLUMNS = frozenset({"amount", "confidence"})


def _counted_batches(batches, bar):
    for batch in batches:
        yield batch
        if bar is not None:
            bar.advance(len(batch))


def _write_sqlite_rows(dbapi, columns, fh, *, include_retracted: bool, ids: tuple[int, int] | None = None,
                       bar=None):
    """The events' CSV rows (no header): SQLite joins each row's cells and spells its numbers, csvsafe.finish_batch
    makes a batch at a time safe and quoted, byte for byte what neutralise and csv.writer write. Returns (rows
    written, the log position the projections stood at)."""
    import csv

    from talentdb.csvsafe import CELL, _tuple_converter, finish_batch, register_sqlite_functions, sqlite_joined_cells
    from talentdb.store.queries import events_sql

    numbers = frozenset(i for i, c in enumerate(columns) if c in _NUMBER_COLUMNS)
    from talentdb.store.queries import CONFIRMED

    expressions = {"source": "s.title", "confirmed": CONFIRMED}
    joined = sqlite_joined_cells([(expressions.get(c, f"e.{c}"), i in numbers) for i, c in enumerate(columns)])
    where = ["e.id BETWEEN :lo AND :hi"] if ids else []
    sql = events_sql(where, include_retracted=include_retracted, by_id=True, select=joined)[0]
    register_sqlite_functions(dbapi)
    cur = dbapi.cursor()
    try:
        seq = cur.execute("SELECT MAX(last_seq) FROM projection_state").fetchone()[0]
        cur.execute(sql, {"lo": ids[0], "hi": ids[1]} if ids else {})
        count = 0
        while batch := cur.fetchmany(5_000):
            lines = [r[0] for r in batch]
            text = finish_batch(lines, numbers, len(columns))
            if text is None:  # a cell holds a separator character: these rows as tuples, through csv.writer
                lo, hi = (int(line.split(CELL, 1)[0]) for line in (lines[0], lines[-1]))
                rows = dbapi.execute(events_sql(["e.id BETWEEN :lo AND :hi"], include_retracted=include_retracted,
                                                by_id=True)[0], {"lo": lo, "hi": hi}).fetchall()
                csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(
                    map(_tuple_converter(len(columns)), rows))
            else:
                fh.write(text)
            count += len(batch)
            if bar is not None:
                bar.advance(len(batch))
        return count, seq
    finally:
        cur.close()


def _parallel_sqlite_csv(path: str, columns, fh, *, include_retracted: bool, bom: bool, jobs: int) -> int | None:
    """``jobs`` processes each write the rows of one range of ids to a file of its own; the parts are then copied
    out in order. Each process reads its own snapshot: if an ingest committed between them (their log positions
    differ), the parts are thrown away and None says to export again in one pass."""
    import multiprocessing
    import shutil
    import sqlite3
    import tempfile

    from talentdb.store.db import read_only_uri

    with sqlite3.connect(read_only_uri(path), uri=True) as db:
        lo, hi = db.execute("SELECT MIN(id), MAX(id) FROM events").fetchone()
    db.close()
    if lo is None:
        return None
    step = -(-(hi - lo + 1) // jobs)
    ranges = [(lo + k * step, min(hi, lo + (k + 1) * step - 1)) for k in range(jobs) if lo + k * step <= hi]
    with tempfile.TemporaryDirectory(prefix="talentdb-export-") as tmp:
        parts = [f"{tmp}/part-{k}.csv" for k in range(len(ranges))]
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        with multiprocessing.get_context(method).Pool(len(ranges)) as pool:
            done = pool.starmap(_export_part, [(path, columns, include_retracted, r, part)
                                               for r, part in zip(ranges, parts)])
        if len({seq for _, seq in done}) > 1:
            return None
        _csv_start(fh, columns, bom)
        fh.flush()
        for part in parts:
            with open(part, "rb") as src:
                shutil.copyfileobj(src, fh.buffer, 1 << 20)
        fh.buffer.flush()
    return sum(count for count, _ in done)


def _export_part(path: str, columns, include_retracted: bool, ids: tuple[int, int], part: str):
    import sqlite3

    from talentdb.store.db import read_only_uri

    db = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        db.execute("PRAGMA mmap_size=1073741824")
        db.execute("BEGIN")  # one snapshot for the log position and the rows
        with open(part, "w", encoding="utf-8", newline="") as fh:
            return _write_sqlite_rows(db, columns, fh, include_retracted=include_retracted, ids=ids)
    finally:
        db.close()


def _event_batches(conn, include_retracted: bool, size: int = 10_000):
    """Lists of row tuples in EVENT_COLUMNS order, in id order (as the SQLite path writes them)."""
    from talentdb.store.queries import events_sql

    sql = events_sql([], include_retracted=include_retracted, by_id=True)[0]
    dbapi = conn.connection.dbapi_connection
    # On PostgreSQL a named (server-side) cursor streams instead of loading every row first.
    cur = dbapi.cursor(name="talentdb_export") if conn.dialect.name == "postgresql" else dbapi.cursor()
    try:
        cur.execute(sql)
        while True:
            rows = cur.fetchmany(size)
            if not rows:
                return
            yield rows
    finally:
        cur.close()
