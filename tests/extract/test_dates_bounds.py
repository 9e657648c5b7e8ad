"""A date outside 1900-2100 is no date: the mention keeps its words and has no date (issue 17, item 7)."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talentdb.extract import extract
from talentdb.extract.dates import find_dates
from talentdb.extract.text import normalise

D = datetime.date
P = D(2023, 5, 10)


@pytest.mark.parametrize("sentence, lang, text", [
    ("The contract runs until December 31, 9999.", "en", "December 31, 9999"),
    ("合約於0001年1月1日生效", "zh-Hant", "0001年1月1日"),
    ("合约于2101年3月生效", "zh-Hans", "2101年3月"),
    ("Valid through 9999-12-31.", "en", "9999-12-31"),
    ("Since 1850-01-01 the firm has traded.", "en", "1850-01-01"),
])
def test_an_absurd_year_keeps_its_words_but_gives_no_date(sentence, lang, text):
    mentions = find_dates(sentence, P, lang)
    assert [(m.text, m.date, m.precision) for m in mentions] == [(text, None, None)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("合約於1900年1月1日生效", "zh-Hant", D(1900, 1, 1)),
    ("合約於2100年12月31日到期", "zh-Hant", D(2100, 12, 31)),
    ("It expires on December 31, 2100.", "en", D(2100, 12, 31)),
])
def test_the_bounds_themselves_are_dates(sentence, lang, expected):
    assert [m.date for m in find_dates(sentence, P, lang)] == [expected]


def test_an_event_dated_with_an_absurd_year_has_no_date_but_keeps_the_words():
    text = normalise("Acme Robotics said on Monday that its chief executive, Dana Holt, will step down on "
                     "December 31, 9999.\n")
    events = [e for e in extract(text, published=P, lang="en").events if e.person == "Dana Holt"]
    assert events, "the departure itself is still found"
    assert all(e.date is None or e.date != "2022-12-31" for e in events)
    assert any(e.date_text == "December 31, 9999" and e.date is None for e in events)


@settings(max_examples=300, deadline=None)
@given(
    sentence=st.lists(st.sampled_from(["0001", "9999", "2101", "1899", "1900", "2100", "年", "月", "日", "1", "12",
                                       "31", "-", "December ", "31, ", "民國", "200", "今(", ")", " "]),
                      max_size=10).map("".join),
    lang=st.sampled_from(["zh-Hant", "zh-Hans", "en"]),
)
def test_no_date_ever_falls_outside_1900_to_2100(sentence, lang):
    for mention in find_dates(sentence, P, lang):
        assert mention.date is None or D(1900, 1, 1) <= mention.date <= D(2100, 12, 31)
