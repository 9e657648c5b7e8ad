"""A sum that is not finite or beyond reason is no amount: the text stays as money of an untold sum (issue 17)."""
from __future__ import annotations

import datetime
import math
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import talentdb
from talentdb.extract import extract
from talentdb.extract.money import find_amounts, find_vague_amounts
from talentdb.extract.text import normalise

# Roughly ten trillion US dollars: more than any company has raised, spent or been worth.
CAP_USD = 1e13


@pytest.mark.parametrize("sentence, text, currency", [
    ("The startup raised $1e400 in its seed round.", "$1e400", "USD"),
    ("公司完成1e400億美元融資", "1e400億美元", "USD"),
    ("It raised $20 trillion.", "$20 trillion", "USD"),
    ("完成5000兆日圓融資", "5000兆日圓", "JPY"),
])
def test_an_absurd_sum_is_no_amount_but_keeps_its_words_and_currency(sentence, text, currency):
    assert find_amounts(sentence) == []
    assert [(v.text, v.currency) for v in find_vague_amounts(sentence)] == [(text, currency)]


def test_a_round_of_an_absurd_sum_is_still_a_round_of_no_amount():
    text = normalise("Acme Robotics said on Monday it had raised $1e400 in a Series A round led by Foo Capital.\n")
    rounds = [e for e in extract(text, published=datetime.date(2024, 10, 9), lang="en").events if e.type == "funding"]
    assert [(r.org, r.amount, r.currency) for r in rounds] == [("Acme Robotics", None, "USD")]


def test_every_currency_the_lexicon_names_has_a_rate_to_bound_it():
    lexicon = tomllib.loads((Path(talentdb.__file__).parent / "lexicon" / "currency.toml").read_text("utf-8"))
    named = set(lexicon["prefixes"].values()) | set(lexicon["suffixes"].values()) - {"?"}
    assert named <= set(lexicon["usd_per_unit"])


@pytest.mark.parametrize("sentence, amount, currency", [
    ("It raised $2.5e6.", 2.5e6, "USD"),
    ("The fund closed at $9 trillion.", 9e12, "USD"),
    ("完成500兆日圓交易", 5e14, "JPY"),
    ("印尼盾1000兆", None, None),  # no currency word after a bare number: not money at all
])
def test_large_but_possible_sums_are_kept(sentence, amount, currency):
    got = [(m.amount, m.currency) for m in find_amounts(sentence)]
    assert got == ([] if amount is None else [(amount, currency)])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["$", "1", "e", "400", "9", ".", "億", "兆", "萬", "美元", "日圓", "元", " trillion",
                                 "E+", "-", "0", "多", "个", "到", "八九"]), max_size=10).map("".join))
def test_every_amount_is_finite_non_negative_and_below_the_cap(sentence):
    for mention in find_amounts(sentence):
        assert math.isfinite(mention.amount) and 0 <= mention.amount
        assert mention.currency != "USD" or mention.amount <= CAP_USD
