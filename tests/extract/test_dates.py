"""What a reader of the timeline would notice: each time expression lands on the right first day and precision."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talentdb.extract.dates import DateMention, find_dates, resolve_date

D = datetime.date
# The seed article's publication date: a Wednesday. Its week starts Monday 2024-10-07.
P = D(2024, 10, 9)


def only(sentence: str, lang: str = "zh-Hant", published: datetime.date | None = P) -> DateMention:
    mentions = find_dates(sentence, published, lang)
    assert len(mentions) == 1, mentions
    return mentions[0]


def resolved(sentence: str, lang: str = "zh-Hant", published: datetime.date | None = P):
    mention = only(sentence, lang, published)
    return mention.date, mention.precision


# ---------------------------------------------------------------- Chinese: relative weeks and days


@pytest.mark.parametrize("text", ["上週", "上周", "上星期", "上個禮拜", "上个星期"])
def test_last_week_in_chinese_is_the_monday_of_the_previous_week(text):
    assert resolved(text) == (D(2024, 9, 30), "week")


@pytest.mark.parametrize("text", ["上週四", "上周四", "上星期四", "上禮拜四", "上礼拜四"])
def test_last_thursday_in_chinese_is_thursday_of_the_previous_week(text):
    assert resolved(text) == (D(2024, 10, 3), "day")


@pytest.mark.parametrize("text", ["本週", "這週", "本周", "这周"])
def test_this_week_in_chinese_is_this_weeks_monday(text):
    assert resolved(text) == (D(2024, 10, 7), "week")


def test_next_week_and_next_monday_in_chinese():
    assert resolved("下週") == (D(2024, 10, 14), "week")
    assert resolved("下週一") == (D(2024, 10, 14), "day")


def test_a_weekday_alone_is_the_most_recent_one_on_or_before_publication():
    assert resolved("週三") == (P, "day")  # P is a Wednesday
    assert resolved("星期一") == (D(2024, 10, 7), "day")
    assert resolved("禮拜四") == (D(2024, 10, 3), "day")


@pytest.mark.parametrize("text, expected", [("他將於週二退任", D(2024, 10, 15)), ("将于周四辞任", D(2024, 10, 10)),
                                            ("將在星期三股東會後卸任", P), ("他週二退任", D(2024, 10, 8))])
def test_a_weekday_still_to_come_is_the_first_one_on_or_after_publication(text, expected):
    assert resolved(text) == (expected, "day")


@pytest.mark.parametrize(
    "text, expected",
    [("昨日", D(2024, 10, 8)), ("昨天", D(2024, 10, 8)), ("今天", P), ("今日", P), ("前天", D(2024, 10, 7))],
)
def test_yesterday_today_and_the_day_before_in_chinese(text, expected):
    assert resolved(text) == (expected, "day")


def test_days_weeks_and_months_ago_in_chinese():
    assert resolved("三天前") == (D(2024, 10, 6), "day")
    assert resolved("兩週前") == (D(2024, 9, 23), "week")
    assert resolved("2個星期前") == (D(2024, 9, 23), "week")
    assert resolved("3個月前") == (D(2024, 7, 1), "month")
    assert resolved("五年前") == (D(2019, 1, 1), "year")


def test_a_few_days_ago_is_the_week_before_this_one():
    # 日前/近日 mean "within the last two weeks"; the Monday of last week always lies inside that window.
    for text in ["日前", "近日"]:
        mention = only(f"他{text}宣布離職")
        assert (mention.text, mention.date, mention.precision) == (text, D(2024, 9, 30), "week")
    assert resolved("近日", published=D(2024, 9, 30)) == (D(2024, 9, 23), "week")


def test_a_few_days_ago_without_a_publication_date_is_kept_unresolved():
    mention = only("日前", published=None)
    assert (mention.date, mention.precision) == (None, None)


# ---------------------------------------------------------------- Chinese: months and years


@pytest.mark.parametrize("text", ["今年5月", "今年五月", "本年5月"])
def test_a_month_of_this_year_in_chinese(text):
    assert resolved(text) == (D(2024, 5, 1), "month")


def test_a_month_of_last_year_in_chinese():
    assert resolved("去年11月的人事劇變") == (D(2023, 11, 1), "month")
    assert resolved("去年十一月") == (D(2023, 11, 1), "month")


@pytest.mark.parametrize(
    "text, year", [("前年", 2022), ("去年", 2023), ("今年", 2024), ("明年", 2025)]
)
def test_relative_years_in_chinese(text, year):
    assert resolved(text) == (D(year, 1, 1), "year")


def test_a_written_year_is_a_year_not_year_three():
    assert resolved("2021年,OpenAI發布的招聘職位") == (D(2021, 1, 1), "year")
    assert resolved("二〇二一年") == (D(2021, 1, 1), "year")


def test_a_written_month_and_day_in_chinese():
    assert resolved("在2024年2月離開") == (D(2024, 2, 1), "month")
    assert resolved("二〇二四年二月") == (D(2024, 2, 1), "month")
    assert resolved("2024年2月15日") == (D(2024, 2, 15), "day")
    assert resolved("2024年2月15號") == (D(2024, 2, 15), "day")
    assert resolved("二〇二四年二月十五日") == (D(2024, 2, 15), "day")


@pytest.mark.parametrize(
    "text, expected",
    [("2021年初", D(2021, 1, 1)), ("2021年中", D(2021, 6, 1)), ("2021年底", D(2021, 11, 1)),
     ("2021年末", D(2021, 11, 1)), ("2021年上半年", D(2021, 1, 1)), ("2021年下半年", D(2021, 7, 1)),
     ("今年初", D(2024, 1, 1)), ("去年底", D(2023, 11, 1)), ("今年前三季度", D(2024, 1, 1))],
)
def test_parts_of_a_year_start_on_their_first_day_with_year_precision(text, expected):
    assert resolved(text) == (expected, "year")


@pytest.mark.parametrize(
    "text, expected",
    [("本月初", D(2024, 10, 1)), ("上月底", D(2024, 9, 21)), ("上個月底", D(2024, 9, 21)),
     ("今年5月中旬", D(2024, 5, 11)), ("五月底", D(2024, 5, 21)), ("2024年2月初", D(2024, 2, 1))],
)
def test_parts_of_a_month_start_on_their_first_day_with_month_precision(text, expected):
    # 初 = days 1-10, 中 = 11-20, 底 = 21 to the end.
    assert resolved(text) == (expected, "month")


def test_a_taiwanese_dated_yesterday_is_that_day():
    assert resolved("台積電昨(11)日回應", published=D(2025, 3, 12)) == (D(2025, 3, 11), "day")
    assert resolved("今(12)日宣布", published=D(2025, 3, 12)) == (D(2025, 3, 12), "day")


@pytest.mark.parametrize("text", ["2021年第三季度", "2021年第三季", "2021年三季度", "2021年Q3", "2021年第3季度"])
def test_quarters_in_chinese(text):
    assert resolved(text) == (D(2021, 7, 1), "quarter")


def test_a_quarter_alone_is_the_latest_one_that_has_begun():
    assert resolved("第三季度") == (D(2024, 7, 1), "quarter")
    assert resolved("Q1") == (D(2024, 1, 1), "quarter")


def test_this_month_and_last_month_in_chinese():
    assert resolved("本月初") == (D(2024, 10, 1), "month")
    assert resolved("本月") == (D(2024, 10, 1), "month")
    assert resolved("上個月") == (D(2024, 9, 1), "month")
    assert resolved("上月") == (D(2024, 9, 1), "month")


def test_a_month_alone_is_the_latest_such_month_on_or_before_publication():
    assert resolved("5月") == (D(2024, 5, 1), "month")
    assert resolved("11月") == (D(2023, 11, 1), "month")  # November 2024 had not come yet


def test_a_day_without_a_year_in_chinese():
    assert resolved("5月14日") == (D(2024, 5, 14), "day")
    assert resolved("12月1日") == (D(2023, 12, 1), "day")


def test_an_impossible_day_is_not_a_date():
    assert [m.text for m in find_dates("2月30日", P, "zh-Hant")] == []


def test_simplified_chinese_uses_the_same_lexicon():
    assert resolved("上周四", "zh-Hans") == (D(2024, 10, 3), "day")
    assert resolved("两周前", "zh-Hans") == (D(2024, 9, 23), "week")


# ---------------------------------------------------------------- Chinese: things that are not dates


@pytest.mark.parametrize(
    "text",
    [
        "過去幾年間", "幾個月", "最近幾週", "31位作者", "23%", "4.4%", "領先幾個月",
        "每週三開會", "如今年輕人", "以上周期", "6個月", "周年慶", "今日頭條", "1至10月", "前三季度營收", "前天使投資人", "業界明日之星",
    ],
)
def test_durations_counts_and_look_alikes_are_not_dates(text):
    assert find_dates(text, P, "zh-Hant") == []


def test_the_seed_article_dates_land_on_the_gold_days():
    sentences = {
        "上週,儘管首席技術長米拉·穆拉蒂": ("上週", D(2024, 9, 30), "week"),
        "上週四,OpenAI旗下Sora AI影片生成專案負責人": ("上週四", D(2024, 10, 3), "day"),
        "今年5月,他離職創立了自己的人工智慧公司": ("今年5月", D(2024, 5, 1), "month"),
        "今年8月,另一位共同創辦人": ("今年8月", D(2024, 8, 1), "month"),
        "但在2024年2月離開": ("2024年2月", D(2024, 2, 1), "month"),
        "去年11月的人事劇變充分證明": ("去年11月", D(2023, 11, 1), "month"),
    }
    for sentence, expected in sentences.items():
        mention = only(sentence)
        assert (mention.text, mention.date, mention.precision) == expected


def test_spans_point_back_into_the_original_traditional_text():
    sentence = "OpenAI在上週四宣布,今年5月他已離職。"
    mentions = find_dates(sentence, P, "zh-Hant")
    assert [m.text for m in mentions] == ["上週四", "今年5月"]
    assert all(sentence[m.start:m.end] == m.text for m in mentions)


def test_the_longest_expression_wins_over_its_parts():
    assert [m.text for m in find_dates("去年11月", P, "zh-Hant")] == ["去年11月"]


# ---------------------------------------------------------------- English


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He left last Thursday.", (D(2024, 10, 3), "day")),
        ("He left on Thursday.", (D(2024, 10, 3), "day")),
        ("He left last week.", (D(2024, 9, 30), "week")),
        ("It happened this week.", (D(2024, 10, 7), "week")),
        ("He left in May.", (D(2024, 5, 1), "month")),
        ("He left in November.", (D(2023, 11, 1), "month")),
        ("He left last May.", (D(2024, 5, 1), "month")),
        ("He left in May 2023.", (D(2023, 5, 1), "month")),
        ("June 12, 2024", (D(2024, 6, 12), "day")),
        ("12 June 2024", (D(2024, 6, 12), "day")),
        ("June 12", (D(2024, 6, 12), "day")),
        ("in 2021", (D(2021, 1, 1), "year")),
        ("last year", (D(2023, 1, 1), "year")),
        ("this year", (D(2024, 1, 1), "year")),
        ("earlier this year", (D(2024, 1, 1), "year")),
        ("earlier this month", (D(2024, 10, 1), "month")),
        ("yesterday", (D(2024, 10, 8), "day")),
        ("today", (P, "day")),
        ("Q3 2024", (D(2024, 7, 1), "quarter")),
        ("the third quarter of 2024", (D(2024, 7, 1), "quarter")),
        ("late 2023", (D(2023, 11, 1), "year")),
        ("mid-2023", (D(2023, 6, 1), "year")),
        ("the second half of 2024", (D(2024, 7, 1), "year")),
        ("late May", (D(2024, 5, 21), "month")),
        ("early June 2023", (D(2023, 6, 1), "month")),
        ("early 2024", (D(2024, 1, 1), "year")),
        ("two weeks ago", (D(2024, 9, 23), "week")),
        ("last month", (D(2024, 9, 1), "month")),
    ],
)
def test_english_time_expressions(text, expected):
    assert resolved(text, "en") == expected


def test_last_thursday_in_english_is_the_most_recent_thursday_strictly_before_publication():
    thursday = D(2024, 10, 3)
    assert resolved("last Thursday", "en", thursday) == (D(2024, 9, 26), "day")
    assert resolved("on Thursday", "en", thursday) == (thursday, "day")


def test_a_weekday_before_a_full_date_does_not_make_a_second_mention():
    mentions = find_dates("Thursday, October 3, 2024", P, "en")
    assert [(m.text, m.date) for m in mentions] == [("October 3, 2024", D(2024, 10, 3))]


@pytest.mark.parametrize(
    "text",
    ["2,021 employees", "$2021", "2021 employees", "You may go", "Jan Leike left", "August Smith said",
     "the past year", "over the past few months", "23% of roles", "June 31"],
)
def test_english_look_alikes_are_not_dates(text):
    assert find_dates(text, P, "en") == []


def test_iso_dates_work_in_every_language():
    for lang in ["en", "zh-Hant", "zh-Hans"]:
        assert resolved("2024-05-14", lang) == (D(2024, 5, 14), "day")


# ---------------------------------------------------------------- without a publication date


def test_without_a_publication_date_relative_mentions_are_kept_but_unresolved():
    mention = only("上週四", published=None)
    assert (mention.text, mention.date, mention.precision) == ("上週四", None, None)
    mention = only("last Thursday", "en", None)
    assert (mention.text, mention.date, mention.precision) == ("last Thursday", None, None)


def test_without_a_publication_date_absolute_dates_still_resolve():
    assert resolved("2024年2月", published=None) == (D(2024, 2, 1), "month")
    assert resolved("June 12, 2024", "en", None) == (D(2024, 6, 12), "day")


def test_resolve_date_reads_one_expression():
    assert resolve_date("上週四", P, "zh-Hant") == (D(2024, 10, 3), "day")
    assert resolve_date("May 2023", P, "en") == (D(2023, 5, 1), "month")
    assert resolve_date("幾個月", P, "zh-Hant") == (None, None)
    assert resolve_date("上週", None, "zh-Hant") == (None, None)


# ---------------------------------------------------------------- forms found wanting on invented sentences


@pytest.mark.origin("heldout4")
def test_a_season_of_a_year_is_dated_to_its_first_month():
    got = find_dates("該公司今年夏天已籌得5,000萬美元", D(2026, 11, 20), "zh-Hant")
    assert got and got[0].date == D(2026, 6, 1)


@pytest.mark.origin("heldout5")
def test_late_last_year_and_the_following_year():
    p = D(2025, 2, 26)
    got = [(d.text, d.date) for d in find_dates("She retired late last year.", p, "en")]
    assert got == [("late last year", D(2024, 11, 1))]
    got = [(d.text, d.date) for d in find_dates("他2019年離職,次年創業。", p, "zh-Hant")]
    assert got[-1] == ("次年", D(2020, 1, 1))
    assert all(d.date is None for d in find_dates("The following year was hard.", p, "en"))


@pytest.mark.origin("heldout5")
def test_took_up_the_post_last_week_is_a_date():
    assert [d.date for d in find_dates("已於上週到任", D(2026, 1, 14), "zh-Hant")] == [D(2026, 1, 5)]
    assert find_dates("服務很周到", D(2026, 1, 14), "zh-Hant") == []



# ---------------------------------------------------------------- robustness and speed


@settings(max_examples=400, deadline=None)
@given(
    sentence=st.text(max_size=80)
    | st.lists(
        st.sampled_from(["上週", "四", "2024", "年", "5", "月", "日", "前", "去", "今", "十", "兩", "週", "May", " ",
                         "last", "Thursday", "2021", "in", "Q3", "-", "ago", "weeks", "two", "號", "初", ",", "12"]),
        max_size=12,
    ).map("".join),
    published=st.none() | st.dates(D(1990, 1, 1), D(2035, 12, 31)),
    lang=st.sampled_from(["zh-Hant", "zh-Hans", "en"]),
)
def test_any_text_gives_consistent_mentions_and_never_raises(sentence, published, lang):
    mentions = find_dates(sentence, published, lang)
    previous_end = 0
    for mention in mentions:
        assert 0 <= previous_end <= mention.start < mention.end <= len(sentence)
        assert sentence[mention.start:mention.end] == mention.text
        assert mention.date is None or type(mention.date) is datetime.date
        assert (mention.date is None) == (mention.precision is None)
        assert mention.precision in (None, "day", "week", "month", "quarter", "year")
        previous_end = mention.end


def test_a_broken_character_does_not_break_the_sentence():
    sentence = "2024年2月\ud800"
    assert [(m.text, m.date) for m in find_dates(sentence, P, "zh-Hant")] == [("2024年2月", D(2024, 2, 1))]
