"""Property: whatever sequence of asserts, corroborations, amends, retracts, aliases and merges happened,
replaying the log from scratch gives exactly the projections the live writes left behind."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from talentdb.extract.model import Event
from talentdb.ingest import commit
from talentdb.store import corrections
from talentdb.store.db import _engine, get_engine, write_transaction
from talentdb.store.projector import rebuild

from conftest import make_article
from test_store import snapshot

PEOPLE = ["Ada Park", "Ben Ito", "Chloé Martin", "陳大文", "Dev Rao"]
ORGS = ["Acme AI", "Borealis Labs", "Cobalt", "深度求索"]
DAYS = ["2023-01-01", "2023-06-01", "2024-02-01", "2024-02-14", None]
PRECISIONS = {"2023-01-01": "year", "2023-06-01": "month", "2024-02-01": "month", "2024-02-14": "day", None: None}

event_st = st.builds(
    lambda t, p, o, d, cp, amt: Event(
        t, None if t == "funding" else p, o, date=d, date_precision=PRECISIONS[d],
        counterparty=cp if t == "departure" else None, amount=amt if t == "funding" else None,
        currency="USD" if t == "funding" and amt else None, evidence=f"{p} {t} {o} {d}"),
    st.sampled_from(["departure", "hire", "promotion", "founding", "funding"]), st.sampled_from(PEOPLE),
    st.sampled_from(ORGS), st.sampled_from(DAYS), st.none() | st.sampled_from(ORGS), st.sampled_from([1e6, 5e7]))

op_st = st.one_of(
    st.tuples(st.just("article"), st.lists(event_st, min_size=1, max_size=4)),
    st.tuples(st.just("retract"), st.integers(1, 12)),
    st.tuples(st.just("amend"), st.integers(1, 12), st.sampled_from(DAYS[:-1]), st.sampled_from(["CTO", "Lead", None])),
    st.tuples(st.just("merge"), st.sampled_from(PEOPLE), st.sampled_from(PEOPLE)),
    st.tuples(st.just("alias"), st.sampled_from(PEOPLE + ORGS), st.text("xyzw", min_size=3, max_size=5)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op_st, min_size=1, max_size=8))
def test_replaying_the_log_reproduces_every_projection(ops):
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'p.db'}"
        engine = get_engine(url)
        for n, op in enumerate(ops):
            try:
                if op[0] == "article":
                    commit(engine, make_article(f"a{n}.txt", op[1], text=f"article {n} " + repr(op[1])))
                elif op[0] == "retract":
                    corrections.retract(engine, op[1], "r")
                elif op[0] == "amend":
                    changes = {"date": op[2], "date_precision": "day"}
                    if op[3]:
                        changes["role"] = op[3]
                    corrections.amend(engine, op[1], changes, "a")
                elif op[0] == "merge":
                    corrections.merge(engine, op[1], op[2])
                else:
                    corrections.alias(engine, op[1], op[2])
            except corrections.CorrectionError:
                pass  # refused corrections write nothing, which is part of the property
        live = snapshot(engine)
        with write_transaction(engine) as conn:
            rebuild(conn)
        assert snapshot(engine) == live
        engine.dispose()
        _engine.cache_clear()
