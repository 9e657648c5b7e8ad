"""current_roles and talent_flow, kept by the projector as tables (migration 0009), hold exactly the rows the views
of migration 0002 computed from the events: after ingests, corrections of every kind and a rebuild, on both
backends; and the migration fills them from those views on a database that has rows."""
from __future__ import annotations

import importlib.util
import sys
from datetime import date

from sqlalchemy import text

from talentdb.extract.model import Entity, Event
from talentdb.ingest import commit
from talentdb.store import db as store_db
from talentdb.store.db import read_transaction, write_transaction

from conftest import ROOT, make_article


def _views_of_0002():
    spec = importlib.util.spec_from_file_location("views_0002", ROOT / "migrations" / "versions" / "0002_views.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_query(create_view: str) -> str:
    return create_view.split(" AS\n", 1)[1]


def _view_rows(conn):
    """What the old views give on the events now (their SQL, run as a query)."""
    views = _views_of_0002()
    pg = conn.dialect.name == "postgresql"
    flow = views._FLOW.format(agg="string_agg(person, ', ' ORDER BY person)" if pg else "group_concat(person, ', ')")
    return (sorted(map(tuple, conn.execute(text(_as_query(views._CURRENT_ROLES))).all()), key=repr),
            sorted(map(tuple, conn.execute(text(_as_query(flow))).all()), key=repr))


def _table_rows(conn):
    return (sorted(map(tuple, conn.execute(text("SELECT person, org, role, since, how FROM current_roles")).all()),
                   key=repr),
            sorted(map(tuple, conn.execute(text("SELECT from_org, to_org, people, names FROM talent_flow")).all()),
                   key=repr))


def assert_as_the_views(engine):
    with read_transaction(engine) as conn:
        tables, views = _table_rows(conn), _view_rows(conn)
    assert tables == views
    return tables


def _moves():
    """People moving between a few organisations, with the cases the views treat apart: a founder's latest earlier
    departure (dated to the year, month and day), a hire that says where from, unnamed movers, a departure with no
    destination, and roles told and untold."""
    return [
        make_article("a.txt", [
            Event("departure", "Ada Park", "Orbit", "Chief Scientist", date="2023-03-01", date_precision="month",
                  evidence="Ada Park left Orbit"),
            Event("founding", "Ada Park", "Parkside", date="2023-01-01", date_precision="year",
                  evidence="Ada Park founded Parkside"),
            Event("hire", "Bo Chen", "Parkside", "Head of Research", counterparty="Orbit", date="2023-05-02",
                  date_precision="day", evidence="Parkside hired Bo Chen from Orbit"),
            Event("departure", None, "Orbit", counterparty="Vela", date="2023-06-01", date_precision="month",
                  evidence="a researcher left Orbit for Vela"),
            Event("departure", None, "Orbit", counterparty="Vela", evidence="another researcher left Orbit for Vela"),
        ], [Entity("person", "Ada Park", ["Ada P."])], published=date(2023, 6, 2)),
        make_article("b.txt", [
            Event("departure", "Cy Diaz", "Vela", "CTO", counterparty="Orbit", date="2024-02-01", date_precision="day",
                  evidence="Cy Diaz left Vela for Orbit"),
            Event("promotion", "Cy Diaz", "Orbit", "Chief Technology Officer", date="2024-06-01", date_precision="day",
                  evidence="Orbit promoted Cy Diaz"),
            Event("departure", "Bo Chen", "Parkside", date="2024-03-01", date_precision="month",
                  evidence="Bo Chen left Parkside"),
            Event("founding", "Bo Chen", "Chen Labs", date="2024-03-01", date_precision="month",
                  evidence="Bo Chen founded Chen Labs"),
            Event("hire", None, "Chen Labs", counterparty="Vela", evidence="Chen Labs hired a team from Vela"),
            Event("hire", "Di Eng", None, counterparty="Orbit", evidence="Di Eng, formerly of Orbit, was hired"),
            Event("hire", "Ed Fox", "Vela", evidence="Vela hired Ed Fox"),
        ], published=date(2024, 6, 3)),
    ]


def test_the_kept_tables_are_the_views_through_ingests_corrections_and_rebuild(engine):
    from talentdb.store.corrections import amend, retract
    from talentdb.store.entities import alias, merge, rename, unmerge
    from talentdb.store.log import verify
    from talentdb.store.projector import rebuild

    first, second = _moves()
    commit(engine, first)
    roles, flows = assert_as_the_views(engine)
    assert ("Orbit", "Parkside", 2, "Ada Park, Bo Chen") in flows and ("Orbit", "Vela", 1, None) in flows
    commit(engine, second)
    assert_as_the_views(engine)
    with read_transaction(engine) as conn:
        ids = dict(conn.execute(text("SELECT evidence, id FROM events")).all())
    retract(engine, [ids["Ada Park left Orbit"]], "wrong person")  # her founding now comes from nowhere
    assert_as_the_views(engine)
    amend(engine, ids["Cy Diaz left Vela for Orbit"], {"counterparty": "Parkside"}, "misread")
    amend(engine, ids["Vela hired Ed Fox"], {"type": "departure", "counterparty": "Orbit"}, "he left")
    assert_as_the_views(engine)
    merge(engine, "Orbit", "Vela")  # every event naming Vela now names Orbit
    assert_as_the_views(engine)
    unmerge(engine, "Orbit")
    rename(engine, "Bo Chen", "Bo Chen-Li")
    alias(engine, "Chen Labs", "Chen Laboratories")
    kept = assert_as_the_views(engine)
    with write_transaction(engine) as conn:
        rebuild(conn)
    assert assert_as_the_views(engine) == kept
    with read_transaction(engine) as conn:
        assert verify(conn).ok


def test_a_synthetic_log_of_thousands_of_events_keeps_the_views_rows(engine):
    """Many people, corroborations and retractions, written as the benchmark writes a big log (a batch of
    articles per transaction)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    synth.build_log(engine.url.render_as_string(hide_password=False), 3000, batch=500)
    roles, flows = assert_as_the_views(engine)
    assert len(roles) > 500 and len(flows) > 50


def test_the_migration_fills_the_tables_from_the_views(tmp_path):
    """A database at 0007 with events (views then) upgraded: the tables hold what the views held."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store_db.upgrade(url, "0007_source_url_index")
    donor = store_db.get_engine(f"sqlite:///{tmp_path / 'donor.db'}")
    for article in _moves():
        commit(donor, article)
    engine = store_db._engine(url)
    with donor.connect() as src, engine.begin() as dst:
        for table in ("event_log", "sources", "people", "organizations", "aliases", "events", "event_versions",
                      "event_sources", "projection_state"):
            rows = src.execute(text(f"SELECT * FROM {table}")).mappings().all()
            columns = list(rows[0].keys())
            dst.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                             f"({', '.join(':' + c for c in columns)})"), [dict(r) for r in rows])
    with engine.connect() as conn:
        before = (sorted(map(tuple, conn.execute(text("SELECT * FROM current_roles")).all()), key=repr),
                  sorted(map(tuple, conn.execute(text("SELECT * FROM talent_flow")).all()), key=repr))
    store_db.upgrade(url, "head")
    assert assert_as_the_views(engine) == before and before[0] and before[1]
    store_db.downgrade(url, "0007_source_url_index")  # the views again
    with engine.connect() as conn:
        assert conn.execute(text("SELECT type FROM sqlite_master WHERE name = 'talent_flow'")).scalar() == "view"
