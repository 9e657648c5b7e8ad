"""Time expressions that real published news uses and that our own articles did not (issue 14)."""
from __future__ import annotations

import datetime

import pytest

from talentdb.extract.dates import find_dates

D = datetime.date
P = D(2024, 10, 9)  # a Wednesday


def read(sentence: str, lang: str, published: datetime.date | None = P):
    mentions = find_dates(sentence, published, lang)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    return m.text, m.date, m.precision


# ---------------------------------------------------------------- Chinese


@pytest.mark.parametrize("sentence, text", [("他今年7月1日起出任總經理", "今年7月1日"), ("今年 7 月 1 日生效", "今年 7 月 1 日")])
def test_this_year_with_a_month_and_day_is_that_day(sentence, text):
    assert read(sentence, "zh-Hant") == (text, D(2024, 7, 1), "day")


@pytest.mark.parametrize("text, expected", [
    ("2018 年 6 月", (D(2018, 6, 1), "month")),
    ("2018 年", (D(2018, 1, 1), "year")),
    ("110 年 3 月 1 日", (D(2021, 3, 1), "day")),
    ("6 月 1 日", (D(2024, 6, 1), "day")),
    ("去年 11 月", (D(2023, 11, 1), "month")),
])
def test_taiwanese_spacing_reads_like_the_unspaced_form(text, expected):
    assert read(f"公司於 {text} 宣布", "zh-Hant") == (text, *expected)
