"""Issue 17, case 7: absurd values become null (the words kept), never a wrong value; no output holds NaN/Infinity.

The extractor's part (years outside 1900–2100, sums past any round, non-finite numbers) has been null since
issue 13; these are the issue's exact examples, kept as regression tests. The output part is new: a value that
reached the projections from outside talentdb printed ``Infinity``/``NaN``, which is not JSON.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from talentdb.extract.engine import extract_and_clean
from talentdb.store.log import Appender

from test_cli import seeded, seeded_db  # noqa: F401 - fixtures


@pytest.mark.parametrize("text,said", [
    ("Acme Robotics raised $50 million in a Series A round led by Sequoia on December 31, 9999.",
     "December 31, 9999"),
    ("Beta Labs於0001年1月1日宣布完成5000萬美元A輪融資,由騰訊領投。", "0001年1月1日"),
])
def test_a_year_outside_1900_2100_is_a_null_date_with_the_words_kept(text, said):
    events = extract_and_clean(text, published=date(2024, 5, 1)).events
    funding = [e for e in events if e.type == "funding"]
    assert funding and all(e.date is None and e.date_precision is None for e in funding)
    assert all(said in (e.date_text or e.evidence) for e in funding)


@pytest.mark.parametrize("text", [
    "Acme Robotics raised $1e400 in a Series A round led by Sequoia.",
    "Beta Labs宣布完成1e400億美元A輪融資,由騰訊領投。",
    "Gamma AI raised $999,999,999,999,999,999 in a Series B round led by Accel.",
])
def test_an_absurd_or_non_finite_sum_is_a_null_amount(text):
    events = [e for e in extract_and_clean(text, published=date(2024, 5, 1)).events if e.type == "funding"]
    assert events and all(e.amount is None for e in events)


@pytest.mark.parametrize("amount", ["inf", "nan", "-5", "1e400", "-inf"])
def test_amend_and_add_refuse_a_non_finite_or_negative_amount_in_one_line(seeded, amount):  # noqa: F811
    for args in (["amend", "1", "--amount", amount, "--currency", "USD", "--reason", "x"],
                 ["add", "--type", "funding", "--org", "Acme", "--amount", amount, "--currency", "USD", "--reason", "x"]):
        code, _, err = seeded(*args)
        assert code == 2 and "amount" in err and "positive number" in err and err.count("\n") == 1, err


def _strict(text: str):
    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_json_output_never_holds_nan_or_infinity(seeded):  # noqa: F811
    conn = sqlite3.connect(seeded.db)  # a value written around talentdb, into a projection
    conn.execute("UPDATE events SET amount = 9e999, currency = 'USD' WHERE id = 1")
    conn.execute("UPDATE events SET amount = -9e999 WHERE id = 2")
    conn.commit()
    conn.close()
    for args in (["query", "--format", "json"], ["export", "--format", "json"], ["sql", "SELECT * FROM events",
                 "--format", "json"]):
        code, out, err = seeded(*args)
        assert code == 0, err
        rows = _strict(out)
        assert [r["amount"] for r in rows if r["id"] in (1, 2)] == [None, None]
    for args in (["query", "--format", "jsonl"], ["export", "--format", "jsonl"]):
        code, out, err = seeded(*args)
        assert code == 0, err
        assert all(_strict(line)["amount"] is None for line in out.splitlines() if _strict(line)["id"] in (1, 2))


def test_the_log_refuses_a_non_finite_number(tmp_path):
    from talentdb.store.db import get_engine, write_transaction

    engine = get_engine(str(tmp_path / "t.db"))
    with write_transaction(engine) as conn:
        with pytest.raises(ValueError):
            Appender(conn).append("event.amended", {"event_id": 1, "set": {"amount": float("nan")}, "reason": "x"})
