"""Property: whatever sequence of asserts, corroborations, amends, retracts, aliases, merges, unmerges, renames,
confirmations, hand-added events and withdrawn sources happened, replaying the log from scratch gives exactly the
projections the live writes left behind."""
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
    st.tuples(st.just("confirm"), st.integers(1, 12)),
    st.tuples(st.just("unmerge"), st.sampled_from(PEOPLE)),
    st.tuples(st.just("primary"), st.sampled_from(PEOPLE + ORGS), st.text("xyzw", min_size=3, max_size=5)),
    st.tuples(st.just("retract_source"), st.integers(1, 4)),
    st.tuples(st.just("add"), event_st),
)


def _amend(engine, event_id, day, role):
    changes = {"date": day, "date_precision": "day"}
    if role:
        changes["role"] = role
    corrections.amend(engine, event_id, changes, "a")


def _add(engine, event):
    fields = {k: v for k, v in event.to_dict().items() if v is not None and k not in ("confidence", "evidence")}
    corrections.add(engine, fields, reason="by hand")


OPS = {
    "retract": lambda engine, i: corrections.retract(engine, i, "r"),
    "amend": _amend,
    "merge": corrections.merge,
    "alias": corrections.alias,
    "confirm": lambda engine, i: corrections.confirm(engine, [i]),
    "unmerge": corrections.unmerge,
    "primary": lambda engine, name, new: corrections.alias(engine, name, new, primary=True),
    "retract_source": lambda engine, s: corrections.retract_source(engine, s, "withdrawn"),
    "add": _add,
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op_st, min_size=1, max_size=8))
def test_replaying_the_log_reproduces_every_projection(ops):
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'p.db'}"
        engine = get_engine(url)
        for n, op in enumerate(ops):
            try:
                if op[0] == "article":
                    commit(engine, make_article(f"a{n}.txt", op[1], text=f"article {n} " + repr(op[1])))
                else:
                    OPS[op[0]](engine, *op[1:])
            except corrections.CorrectionError:
                pass  # refused corrections write nothing, which is part of the property
        live = snapshot(engine)
        with write_transaction(engine) as conn:
            rebuild(conn)
        assert snapshot(engine) == live
        engine.dispose()
        _engine.cache_clear()
