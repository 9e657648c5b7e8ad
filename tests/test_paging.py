"""Pages of a busy organisation's events: the same rows, in the same order, as the whole list cut in pieces,
read from indexes that hand them back in date order (migrations 0004 and 0005), on SQLite and PostgreSQL."""
from __future__ import annotations

import random

import pytest

from talentdb.extract.model import Event
from talentdb.ingest import commit
from talentdb.store.db import read_transaction
from talentdb.store.queries import events_sql, query, roster, timeline

from conftest import make_article


def busy_org(engine, n_articles: int = 12):
    """Acme's own events, departures to it, an undated one per article, and same-day ties, in random order."""
    rng = random.Random(7)
    for a in range(n_articles):
        events = []
        for k in range(6):
            day = f"20{rng.randrange(10, 25)}-{rng.randrange(1, 13):02d}-{rng.choice([1, 15]):02d}"
            who = f"Person {a}-{k}"
            if k % 3 == 0:
                events.append(Event("departure", who, "Rival", counterparty="Acme", date=day, date_precision="day",
                                    evidence=f"{who} left Rival for Acme"))
            else:
                events.append(Event("hire", who, "Acme", date=day, date_precision="day", evidence=f"{who} joined"))
        events.append(Event("promotion", f"Person {a}-0", "Acme", "Chief Scientist", evidence="undated"))
        commit(engine, make_article(f"a{a}.txt", events))


def read(engine, fn, *args, **kw):
    with read_transaction(engine) as conn:
        return fn(conn, *args, **kw)


def test_pages_are_the_full_list_cut_in_pieces(engine):
    busy_org(engine)
    everything = read(engine, query, org="Acme")
    assert len(everything) == 12 * 7
    keys = [(e["date"] or "9999-12-31", e["id"]) for e in everything]
    assert keys == sorted(keys) and everything[-1]["date"] is None  # oldest first, undated last
    pages = [read(engine, query, org="Acme", limit=10, offset=o) for o in range(0, 90, 10)]
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in everything]
    newest = read(engine, query, org="Acme", newest_first=True, limit=15)
    assert [e["id"] for e in newest] == [e["id"] for e in reversed(everything)][:15]


def test_a_timeline_page_lists_an_event_once_when_it_matches_twice(engine):
    busy_org(engine)
    commit(engine, make_article("self.txt", [Event("hire", "Acme", "Acme", date="2015-06-01", date_precision="day",
                                                   evidence="a name that is both a person and the organisation")]))
    everything = read(engine, timeline, "Acme")
    ids = [e["id"] for e in everything]
    assert len(ids) == len(set(ids))
    assert [e["id"] for e in read(engine, timeline, "Acme", limit=5, offset=20)] == ids[20:25]


def test_filters_keep_working_on_pages(engine):
    busy_org(engine)
    hires = read(engine, query, org="Acme", type="hire", since="2015-01-01", until="2020-12-31")
    assert hires and all(e["type"] == "hire" and "2015-01-01" <= e["date"] <= "2020-12-31" for e in hires)
    assert read(engine, query, org="Acme", type="hire", since="2015-01-01", until="2020-12-31", limit=3) == hires[:3]


def test_roster_counts_arrivals_and_its_own_moves(engine):
    busy_org(engine, n_articles=2)
    people = {r["person"]: r for r in read(engine, roster, "Acme", as_of="2030-01-01")}
    assert len(people) == 12  # everyone joined Acme (hired there, or left Rival for it) and nobody left
    assert people["Person 0-0"]["role"] == "Chief Scientist"


def test_sqlite_reads_a_page_in_index_order_without_sorting(tmp_path):
    from talentdb.store.db import get_engine

    engine = get_engine(f"sqlite:///{tmp_path / 'plan.db'}")
    sql, _ = events_sql(["e.org = :org"], limit=100)
    with read_transaction(engine) as conn:
        plan = " ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, {"org": "Acme"}))
    assert "ix_events_org_order" in plan and "TEMP B-TREE" not in plan


def test_pages_of_every_event_of_a_type_or_a_period_are_the_full_list_cut_in_pieces(engine):
    busy_org(engine)
    for filters in ({}, {"type": "departure"}, {"since": "2016-01-01"}, {"type": "hire", "until": "2020-12-31"}):
        everything = read(engine, query, **filters)
        keys = [(e["date"] or "9999-12-31", e["id"]) for e in everything]
        assert everything and keys == sorted(keys), filters
        pages = [read(engine, query, limit=7, offset=o, **filters) for o in range(0, len(everything) + 7, 7)]
        assert [e["id"] for page in pages for e in page] == [e["id"] for e in everything], filters
    assert read(engine, query)[-1]["date"] is None  # undated last


def test_sqlite_reads_a_page_of_everything_from_the_date_order_index_and_names_from_their_own(tmp_path):
    # Without statistics SQLite picks indexes by shape: the listing index must serve `query`, `--type` and
    # `--since` pages (0.3 ms at a million events instead of sorting them all, ~1 s), and must not be taken for
    # an organisation's or a person's question, whose own indexes are right (a wrong pick reads every event).
    from talentdb.store.db import get_engine

    engine = get_engine(f"sqlite:///{tmp_path / 'plan.db'}")

    def plan(conditions, params, **kw):
        sql, _ = events_sql(conditions, limit=100, **kw)
        with read_transaction(engine) as conn:
            return " ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))

    since = "e.date >= :s AND coalesce(e.date, '9999-12-31') >= :s"
    for conditions, params in (([], {}), (["e.type = :t"], {"t": "hire"}), ([since], {"s": "2020-01-01"})):
        for newest in (False, True):
            got = plan(conditions, params, newest_first=newest)
            assert "ix_events_order" in got and "TEMP B-TREE" not in got, (conditions, got)
    assert "ix_events_org_order" in plan(["e.org = :o", "e.type = :t"], {"o": "Acme", "t": "hire"})
    assert "ix_events_person_moves" in plan(["e.person = :p", since], {"p": "Ada Lin", "s": "2020-01-01"})


@pytest.mark.parametrize("fmt, shown", [("table", 100), ("json", 130)])
def test_the_table_shows_a_page_and_says_so_json_gives_every_row(cli, fmt, shown):
    from talentdb.store.db import get_engine

    engine = get_engine(f"sqlite:///{cli.db}")
    commit(engine, make_article("many.txt", [Event("hire", f"P{i}", "Acme", date=f"2020-01-{1 + i % 28:02d}",
                                                   date_precision="day", evidence=f"P{i} joined") for i in range(130)]))
    engine.dispose()
    code, out, err = cli("query", "--org", "Acme", "--format", fmt)
    assert code == 0
    lines = out.count("P") if fmt == "table" else out.count('"person"')
    assert lines == shown
    assert ("--offset 100" in err) == (fmt == "table")
    code, out, err = cli("query", "--org", "Acme", "--limit", "0")
    assert out.count(" hire ") == 130 and err == ""
