"""Time expressions that real published news uses and that our own articles did not (issue 14)."""
from __future__ import annotations

import datetime

import pytest

from talentdb.extract.dates import find_dates, resolve_date

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
    ("年底", (D(2024, 11, 1), "year")),
    ("年初", (D(2024, 1, 1), "year")),
    ("下半年", (D(2024, 7, 1), "year")),
])
def test_a_part_of_the_year_alone_is_that_part_of_the_publication_year(text, expected):
    assert read(f"公司預計{text}完成交接", "zh-Hant") == (text, *expected)


@pytest.mark.parametrize("sentence", ["每年底發放獎金", "當年底他離開了公司", "十年中他換了三份工作"])
def test_a_part_of_some_other_year_is_not_the_publication_year(sentence):
    assert find_dates(sentence, P, "zh-Hant") == []


def test_the_end_of_a_written_year_written_twice_is_one_mention():
    assert read("2021年年底", "zh-Hans") == ("2021年年底", D(2021, 11, 1), "year")


@pytest.mark.parametrize("text, expected", [
    ("上一年", (D(2023, 1, 1), "year")),
    ("下一年", (D(2025, 1, 1), "year")),
    ("上个季度", (D(2024, 7, 1), "quarter")),
    ("上季度", (D(2024, 7, 1), "quarter")),
    ("本季度", (D(2024, 10, 1), "quarter")),
    ("下個季度", (D(2025, 1, 1), "quarter")),
])
def test_the_previous_year_and_quarter(text, expected):
    assert read(f"公司{text}的營收", "zh-Hant") == (text, *expected)


def test_a_written_year_with_nothing_after_is_that_year():
    assert resolve_date("2018年", P, "zh-Hans") == (D(2018, 1, 1), "year")
    assert resolve_date("2018", P, "zh-Hans") == (D(2018, 1, 1), "year")
    assert resolve_date("2018", P, "en") == (D(2018, 1, 1), "year")


@pytest.mark.parametrize("expression, lang", [("即日起", "zh-Hant"), ("即日", "zh-Hans"), ("effective immediately", "en"),
                                              ("with immediate effect", "en")])
def test_effective_immediately_alone_is_the_publication_day(expression, lang):
    assert resolve_date(expression, P, lang) == (P, "day")


@pytest.mark.parametrize("sentence, lang, text, day", [
    ("瀚芯昨(8)日公告,財務長請辭,即日生效", "zh-Hant", "即日", D(2024, 10, 8)),
    ("極馳汽車今日宣布由羅婧接任總裁,即日起生效", "zh-Hant", "即日起", P),
    ("Acme said on Monday that its CFO resigned, effective immediately.", "en", "effective immediately", D(2024, 10, 7)),
])
def test_effective_immediately_in_a_sentence_is_the_day_of_the_announcement_told_before_it(sentence, lang, text, day):
    last = find_dates(sentence, P, lang)[-1]
    assert (last.text, last.date, last.precision) == (text, day, "day")


def test_effective_immediately_without_the_day_of_the_announcement_is_left_to_the_article():
    # Taiwanese papers print the day after: the article's running date (昨日…) tells the day, not the publication.
    assert find_dates("集團同時委任鄭凱琳為首席技術總監,即日生效。", P, "zh-Hant") == []


@pytest.mark.parametrize("sentence, published, expected", [
    ("(中央社記者王小明台北5日電)某科技公司今天宣布", D(2024, 11, 6), D(2024, 11, 5)),
    ("（中央社記者王小明台北30日電）", D(2024, 11, 2), D(2024, 10, 30)),
    ("(中央社台北5日電)", D(2024, 11, 5), D(2024, 11, 5)),
])
def test_a_news_agency_dateline_is_that_day_of_the_publication_month(sentence, published, expected):
    mentions = find_dates(sentence, published, "zh-Hant")
    assert (mentions[0].date, mentions[0].precision) == (expected, "day")
    assert mentions[0].text.endswith("日電")


def test_a_page_timestamp_is_its_day():
    assert read("更新時間:2024-11-08 19:31", "zh-Hant") == ("2024-11-08 19:31", D(2024, 11, 8), "day")
    assert read("Updated 2024/11/08 19:31:05", "en") == ("2024/11/08 19:31:05", D(2024, 11, 8), "day")


@pytest.mark.parametrize("text, expected", [
    ("2018 年 6 月", (D(2018, 6, 1), "month")),
    ("2018 年", (D(2018, 1, 1), "year")),
    ("110 年 3 月 1 日", (D(2021, 3, 1), "day")),
    ("6 月 1 日", (D(2024, 6, 1), "day")),
    ("去年 11 月", (D(2023, 11, 1), "month")),
])
def test_taiwanese_spacing_reads_like_the_unspaced_form(text, expected):
    assert read(f"公司於 {text} 宣布", "zh-Hant") == (text, *expected)


# ---------------------------------------------------------------- English


@pytest.mark.parametrize("sentence, text, expected", [
    ("She will take over on July 1 this year.", "July 1 this year", (D(2024, 7, 1), "day")),
    ("He left in March last year.", "March last year", (D(2023, 3, 1), "month")),
    ("The move takes effect on January 15 next year.", "January 15 next year", (D(2025, 1, 15), "day")),
    ("He joined in July of last year.", "July of last year", (D(2023, 7, 1), "month")),
])
def test_a_month_of_this_last_or_next_year(sentence, text, expected):
    assert read(sentence, "en") == (text, *expected)


@pytest.mark.parametrize("sentence, text, expected", [
    ("He left more than a month ago.", "more than a month ago", (D(2024, 9, 1), "month")),
    ("She quit over two weeks ago.", "over two weeks ago", (D(2024, 9, 23), "week")),
])
def test_more_than_some_time_ago_keeps_its_words_and_the_latest_period_it_can_mean(sentence, text, expected):
    assert read(sentence, "en") == (text, *expected)


@pytest.mark.parametrize("sentence, text, day", [
    ("恒生銀行尋日公布人事變動", "尋日", D(2024, 10, 8)),
    ("佢琴日辭職", "琴日", D(2024, 10, 8)),
    ("有關變動由明起生效", "由明起", D(2024, 10, 10)),
])
def test_cantonese_day_words_of_hong_kong_columns(sentence, text, day):
    assert read(sentence, "zh-Hant") == (text, day, "day")


@pytest.mark.parametrize("sentence", ["Both recently left Meta.", "She has lately joined Orbis.",
                                      "In recent days Ana Ruiz resigned."])
def test_recently_in_english_is_the_week_before_the_publication_weeks(sentence):
    # (the gold convention: within the 14 days up to publication; as 日前 / 近日)
    assert [(m.date, m.precision) for m in find_dates(sentence, P, "en")] == [(D(2024, 9, 30), "week")]


@pytest.mark.parametrize("text, expected", [
    ("大會8日在此間召開", ("8日", D(2024, 10, 8), "day")),
    ("星河電子9日公告人事異動", ("9日", D(2024, 10, 9), "day")),
    ("董事會3日召開臨時會議", ("3日", D(2024, 10, 3), "day")),
])
def test_a_day_written_alone_before_a_news_verb_is_that_day_of_the_publication_month(text, expected):
    assert read(text, "zh-Hant") == expected


def test_a_day_written_alone_after_the_publication_day_is_of_the_month_before():
    assert read("大會28日舉行", "zh-Hant") == ("28日", D(2024, 9, 28), "day")


@pytest.mark.parametrize("sentence", ["公司連續3日召開會議", "每月15日發布報告", "他休假十日在家", "為期30日起計"])
def test_a_day_count_or_a_day_of_every_month_is_no_date(sentence):
    assert [m for m in find_dates(sentence, P, "zh-Hant") if m.precision == "day"] == []


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("sentence, lang, text, expected", [
    ("昨晚,星河科技宣布林佳慧離職", "zh-Hant", "昨晚", D(2024, 10, 8)),
    ("昨晚,星河科技宣布林佳慧离职", "zh-Hans", "昨晚", D(2024, 10, 8)),
    ("今晨星河科技公告人事異動", "zh-Hant", "今晨", D(2024, 10, 9)),
    ("前晚银河电子发布内部信", "zh-Hans", "前晚", D(2024, 10, 7)),
    ("Orbis said last night that Ana Ruiz had resigned", "en", "last night", D(2024, 10, 8)),
])
def test_a_part_of_a_relative_day_is_that_day(sentence, lang, text, expected):
    # (xiaomi-chang-cheng-leaves-zszj: 昨晚 was no date, and the move took the publication day)
    assert read(sentence, lang) == (text, expected, "day")


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("sentence, lang, text, expected", [
    ("星河科技今(9日)宣布", "zh-Hant", "今(9日)", D(2024, 10, 9)),
    ("王大明明日(10月10日)起升任總經理", "zh-Hant", "明日(10月10日)", D(2024, 10, 10)),
    ("王大明明日(10月10日)起升任总经理", "zh-Hans", "明日(10月10日)", D(2024, 10, 10)),
    ("銀河電子昨(8)日公告", "zh-Hant", "昨(8)日", D(2024, 10, 8)),
])
def test_a_relative_day_with_its_date_in_brackets_is_that_day(sentence, lang, text, expected):
    # (hk-perm-secs-reshuffle-stheadline: 明日(2月12日) read 2月12日 alone, as the one already past)
    assert read(sentence, lang) == (text, expected, "day")


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("sentence, lang", [
    ("銀河航空召開2024年度股東常會", "zh-Hant"), ("银河航空召开2024年度董事会", "zh-Hans"),
    ("星河科技發布本年度報告", "zh-Hant"),
])
def test_a_fiscal_year_label_is_no_time(sentence, lang):
    # (chengdu-airlines-new-chairman: a meeting named by its fiscal year dated an election January 1)
    assert find_dates(sentence, P, lang) == []
