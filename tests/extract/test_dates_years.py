"""Years as Chinese news writes them: Republic-of-China years in Taiwan, two-digit years on the mainland.

The rule (see talentdb/extract/dates.py): 民國 + a year is always a Republic-of-China year (1911 + n). Without
the marker, a two- or three-digit year followed by a month, a quarter or a part of the year is read by the
article's script: Traditional (Taiwanese) text writes ROC years, Simplified (mainland) text writes short years
(00-49 → 20xx, 50-99 → 19xx). A bare "n年" is a duration far more often than a year: only Taiwanese text at the
start of a clause or after 於/在/自/從 reads it as a year. What cannot be read surely (a three-digit year in
mainland text; in Taiwanese text a two-digit year below 50, which may be ROC 1912-1960 or a Hong Kong 20xx) is a
mention without a date, never the publication year.
"""
from __future__ import annotations

import datetime

import pytest

from talentdb.extract.dates import find_dates

D = datetime.date
P = D(2021, 3, 15)  # a Monday; the peer's cases were run with a 2021 publication date


def read(sentence: str, lang: str, published: datetime.date | None = P):
    """The one mention in the sentence, as (text, date, precision)."""
    mentions = find_dates(sentence, published, lang)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    return m.text, m.date, m.precision


@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans"])
@pytest.mark.parametrize("text, expected", [
    ("民國110年", (D(2021, 1, 1), "year")),
    ("民國110年3月1日", (D(2021, 3, 1), "day")),
    ("民國99年底", (D(2010, 11, 1), "year")),
    ("民國一百一十年3月", (D(2021, 3, 1), "month")),
])
def test_a_year_after_minguo_is_a_republic_of_china_year_in_either_script(text, expected, lang):
    assert read(f"本案自{text}起生效", lang) == (text, *expected)


@pytest.mark.parametrize("text, expected", [
    ("110年3月", (D(2021, 3, 1), "month")),
    ("110年3月1日", (D(2021, 3, 1), "day")),
    ("99年3月", (D(2010, 3, 1), "month")),
    ("112年第三季", (D(2023, 7, 1), "quarter")),
    ("111年底", (D(2022, 11, 1), "year")),
])
def test_a_short_year_in_taiwanese_text_is_a_republic_of_china_year(text, expected):
    assert read(f"該公司{text}宣布", "zh-Hant") == (text, *expected)


@pytest.mark.parametrize("sentence, text", [("99年他加入公司", "99年"), ("他於110年加入公司", "110年")])
def test_a_bare_roc_year_opens_a_clause_or_follows_a_time_preposition(sentence, text):
    year = 1911 + int(text[:-1])
    assert read(sentence, "zh-Hant") == (text, D(year, 1, 1), "year")


@pytest.mark.parametrize("sentence", ["他在公司服務了30年", "該公司成立50年來", "長達20年的合作", "近10年來營收成長",
                                      "合約延長至50年", "公司迄今60年", "創業至今,60年過去了"])
def test_a_number_of_years_is_a_duration_not_a_date(sentence):
    assert find_dates(sentence, P, "zh-Hant") == []


@pytest.mark.parametrize("text, expected", [
    ("15年3月2日", (D(2015, 3, 2), "day")),
    ("98年4月", (D(1998, 4, 1), "month")),
    ("零七年八月二十九号", (D(2007, 8, 29), "day")),
    ("19年底", (D(2019, 11, 1), "year")),
    ("20年第一季度", (D(2020, 1, 1), "quarter")),
])
def test_a_two_digit_year_in_mainland_text_is_a_short_year_never_the_publication_year(text, expected):
    assert read(f"公司{text}宣布", "zh-Hans") == (text, *expected)


def test_a_short_year_needs_no_publication_date():
    assert read("15年3月2日", "zh-Hans", published=None) == ("15年3月2日", D(2015, 3, 2), "day")


@pytest.mark.parametrize("text, lang", [("110年3月", "zh-Hans"), ("15年3月2日", "zh-Hant"), ("零七年八月二十九號", "zh-Hant")])
def test_a_short_year_that_cannot_be_read_surely_stays_a_mention_without_a_date(text, lang):
    # Not the publication year's March (what 3月 alone would say): a year was written, we cannot tell which.
    assert read(text, lang) == (text, None, None)


@pytest.mark.parametrize("text, expected", [
    ("今(110)年7月1日", (D(2021, 7, 1), "day")),
    ("去(109)年", (D(2020, 1, 1), "year")),
    ("今(2021)年第二季", (D(2021, 4, 1), "quarter")),
])
def test_a_taiwanese_relative_year_with_its_written_year_takes_the_written_year(text, expected):
    assert read(f"公司{text}起調整", "zh-Hant") == (text, *expected)
