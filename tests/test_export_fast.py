"""The streamed events CSV (rows joined by SQLite and finished a batch at a time, or tuples on PostgreSQL) writes exactly what the general
csvsafe.write_csv path writes, in id order."""
from __future__ import annotations

import os

from talentdb.csvsafe import write_csv
from talentdb.exporting import TABLES, export_table
from talentdb.extract.model import Event
from talentdb.ingest import commit
from talentdb.store.db import read_transaction
from talentdb.store.queries import select_events

from conftest import make_article

AWKWARD = [
    Event("departure", "=HYPERLINK(\"http://x\")", "Org, Inc.", "+Chief", "-raw", "@Dest", "2024-09-30", "week",
          "上週", evidence='He said "bye",\nthen left\r\n=1+2', confidence=0.85),
    Event("funding", None, "Lumen\tAI", amount=6.6e9, currency="USD", date="2024-10-01", date_precision="day",
          date_text="Oct 1", evidence="\t=SUM(A1) raised", confidence=0.1 + 0.2),
    Event("funding", None, "Tiny", amount=1234.5, currency="EUR", evidence="米拉·穆拉蒂,a\"b", confidence=1.0),
    Event("hire", "Ana Ruiz", "Brightline", evidence="plain", confidence=0.8),
    # Numbers Python would print with an exponent or a trailing .0, and text that only needs a quote or a prefix.
    Event("funding", None, "Micro", amount=1.5e-05, currency="USD", evidence="\rcarriage", confidence=1.0),
    Event("funding", None, "Huge", amount=2.5e20, currency="USD", evidence="-minus", confidence=0.5),
    Event("funding", None, "Negative", amount=-3.0, currency="USD", evidence="line\nbreak only", confidence=0.25),
]


def test_streamed_events_csv_equals_the_general_writer(engine, tmp_path):
    commit(engine, make_article("awkward.txt", AWKWARD, title="=cmd|' /C calc'!A0"))
    for include_retracted in (False, True):
        out = tmp_path / f"events-{include_retracted}.csv"
        n = export_table(engine, "events", "csv", str(out), include_retracted=include_retracted)
        with read_transaction(engine) as conn:
            rows = select_events(conn, [], {}, include_retracted=include_retracted, by_id=True)
        expected = tmp_path / "expected.csv"
        with open(expected, "w", encoding="utf-8", newline="") as fh:
            write_csv(rows, TABLES["events"], fh)
        assert n == len(rows) == len(AWKWARD)
        assert out.read_bytes() == expected.read_bytes()


def test_cells_holding_the_separators_sqlite_joins_with_come_out_right(engine, tmp_path):
    commit(engine, make_article("plain.txt", AWKWARD[3:4]))
    commit(engine, make_article("separators.txt", [
        Event("hire", "Unit\x1fSeparated", "Record\x1eSeparated", evidence="a\x1fb\x1ec", confidence=0.5)]))
    out, expected = tmp_path / "events.csv", tmp_path / "expected.csv"
    assert export_table(engine, "events", "csv", str(out)) == 2
    with read_transaction(engine) as conn:
        rows = select_events(conn, [], {}, by_id=True)
    with open(expected, "w", encoding="utf-8", newline="") as fh:
        write_csv(rows, TABLES["events"], fh)
    assert out.read_bytes() == expected.read_bytes()
    assert "Unit\x1fSeparated" in out.read_text(encoding="utf-8-sig")


def test_the_events_export_lists_events_in_the_order_they_were_recorded(engine, tmp_path):
    commit(engine, make_article("late.txt", [Event("hire", "Late Dated", "Acme", date="2024-12-01",
                                                   date_precision="day", evidence="x")]))
    commit(engine, make_article("early.txt", [Event("hire", "Early Dated", "Acme", date="2001-01-01",
                                                    date_precision="day", evidence="y")]))
    out = tmp_path / "events.csv"
    export_table(engine, "events", "csv", str(out))
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[2] for line in lines[1:]] == ["Late Dated", "Early Dated"]


def _export(engine, path, **kw):
    rows = export_table(engine, "events", "csv", str(path), **kw)
    return rows, path.read_bytes()


def test_an_export_in_two_processes_writes_the_same_file(sqlite_path, tmp_path, monkeypatch):
    from talentdb.store.db import get_engine

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)  # --jobs up to 4

    engine = get_engine(f"sqlite:///{sqlite_path}")
    for k in range(5):
        commit(engine, make_article(f"a{k}.txt", [Event(e.type, e.person and f"{e.person} {k}", f"{e.org} {k}",
                                                         e.role, e.role_raw, e.counterparty, e.date, e.date_precision,
                                                         e.date_text, e.amount, e.currency, e.evidence, e.confidence)
                                                   for e in AWKWARD]))
    one = _export(engine, tmp_path / "one.csv")
    assert one[0] == 5 * len(AWKWARD)
    assert _export(engine, tmp_path / "two.csv", jobs=2) == one
    assert _export(engine, tmp_path / "many.csv", jobs=8) == one


def test_a_parallel_export_that_saw_two_states_of_the_database_is_done_again_in_one_pass(sqlite_path, tmp_path,
                                                                                       monkeypatch):
    import talentdb.exporting as exporting
    from talentdb.store.db import get_engine

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)  # two usable cores
    engine = get_engine(f"sqlite:///{sqlite_path}")
    for k in range(3):
        commit(engine, make_article(f"a{k}.txt", [Event("hire", f"P{k}", "Acme", evidence=f"P{k} joined")]))
    one = _export(engine, tmp_path / "one.csv")
    real = exporting._write_sqlite_rows
    parts_seen = []

    def as_if_an_ingest_committed_in_between(dbapi, columns, fh, **kw):
        count, seq = real(dbapi, columns, fh, **kw)
        parts_seen.append(kw.get("ids"))
        return count, (seq + kw["ids"][0] if kw.get("ids") else seq)  # each part reports another log position

    monkeypatch.setattr(exporting, "_write_sqlite_rows", as_if_an_ingest_committed_in_between)
    assert _export(engine, tmp_path / "two.csv", jobs=2) == one
    assert parts_seen[-1] is None  # the last pass was the single one
