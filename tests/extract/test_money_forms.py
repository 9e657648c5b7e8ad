"""Amounts as Chinese news writes them (issue 14: a peer's money-parser cases, and Taiwanese spacing).

Choices (see talentdb/extract/money.py): "more than" (3000多, 1000余万) keeps the stated floor; a range
(两到三万, 八九亿, 从8500到3万) keeps its lower bound, as "$5–10 million" always has; a number that cannot be
read whole is no amount.
"""
from __future__ import annotations

import pytest

from talentdb.extract.money import article_bare_unit, article_dollar, find_amounts, find_vague_amounts


def money(sentence: str):
    mentions = find_amounts(sentence)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    return m.text, m.amount, m.currency


@pytest.mark.parametrize("text, amount, currency", [
    ("二十五万三千二百泰铢", 253_200.0, "THB"),
    ("壹万二千三百四十五元", 12_345.0, "CNY"),
    ("壹萬貳仟元", 12_000.0, "CNY"),
    ("三亿五千万元", 350_000_000.0, "CNY"),
    ("一千零五十万元", 10_500_000.0, "CNY"),
    ("两万五千美元", 25_000.0, "USD"),
])
def test_a_chinese_number_is_read_whole(text, amount, currency):
    assert money(f"交易金额为{text}。") == (text, amount, currency)


@pytest.mark.parametrize("text, amount, currency", [
    ("3000多欧元", 3_000.0, "EUR"),
    ("3000余欧元", 3_000.0, "EUR"),
    ("1000余万元", 10_000_000.0, "CNY"),
    ("十多億美元", 1_000_000_000.0, "USD"),
    ("20多亿美元", 2_000_000_000.0, "USD"),
])
def test_more_than_a_number_keeps_the_stated_floor(text, amount, currency):
    assert money(f"获得{text}投资") == (text, amount, currency)
    assert find_vague_amounts(f"获得{text}投资") == []


@pytest.mark.parametrize("text, amount, currency", [
    ("两个亿人民币", 200_000_000.0, "CNY"),
    ("兩個億美元", 200_000_000.0, "USD"),
])
def test_a_measure_word_before_yi_is_still_the_amount(text, amount, currency):
    assert money(f"融資{text}") == (text, amount, currency)


@pytest.mark.parametrize("text, amount, currency", [
    ("八九亿元", 800_000_000.0, "CNY"),
    ("三四十万元", 300_000.0, "CNY"),
    ("十七八亿美元", 1_700_000_000.0, "USD"),
])
def test_two_neighbouring_digits_are_a_range_that_keeps_its_lower_bound(text, amount, currency):
    assert money(f"估值{text}") == (text, amount, currency)


@pytest.mark.parametrize("text, amount, currency", [
    ("两到三万港元", 20_000.0, "HKD"),
    ("从8500到3万港元", 8_500.0, "HKD"),
    ("$500,000 to $1 million", 500_000.0, "USD"),
])
def test_a_range_keeps_its_lower_bound_never_a_product_of_both(text, amount, currency):
    mention_text, value, code = money(f"月薪{text}")
    assert (value, code) == (amount, currency)
    assert text.endswith(mention_text)


def test_a_range_whose_bounds_cannot_both_hold_is_no_amount():
    assert find_amounts("估值5亿至3亿美元之间") == []


@pytest.mark.parametrize("text, amount, currency", [
    ("新台幣 5 億元", 500_000_000.0, "TWD"),
    ("1.5 億 美元", 150_000_000.0, "USD"),
    ("新台幣 12 億 5000 萬元", 1_250_000_000.0, "TWD"),
])
def test_taiwanese_spacing_reads_like_the_unspaced_form(text, amount, currency):
    assert money(f"募資{text},由某創投領投") == (text, amount, currency)


def test_a_digit_run_is_a_year_not_an_amount():
    assert find_amounts("二〇二四元旦") == []


@pytest.mark.parametrize("text, amount, currency", [
    ("₹40 crore", 400_000_000.0, "INR"),
    ("Rs 210 crore", 2_100_000_000.0, "INR"),
    ("INR 50 Cr", 500_000_000.0, "INR"),
    ("₹4 Cr", 40_000_000.0, "INR"),
    ("Rs 75 lakh", 7_500_000.0, "INR"),
    ("₹1,127 crore", 11_270_000_000.0, "INR"),
])
def test_indian_press_crore_and_lakh(text, amount, currency):
    """Indian business news counts in crore (10^7) and lakh (10^5), after ₹, Rs or INR."""
    assert money(f"The startup raised {text} in its latest round.") == (text, amount, currency)


def test_a_year_before_a_dash_is_no_lower_bound():
    """"in 2019 — $50 million": the upper bound names its currency before it and the lower does not: a year, then a
    sum (a range "$5–$10 million" names it on both)."""
    assert [(m.text, m.amount) for m in find_amounts("two rounds in 2019 — $50 million and more")] == \
        [("$50 million", 50_000_000.0)]
    assert [m.amount for m in find_amounts("$5-$10 million")] == [5_000_000.0]


def test_a_bare_yuan_takes_the_taiwanese_dollar_its_article_names():
    """A Taiwanese story says 新台幣 once, then 億元; a mainland one naming 港元 (or 人民幣) keeps 元 in yuan."""
    assert article_bare_unit("預計投入約新台幣80億元。新創完成2億元A輪融資。") == "TWD"
    assert article_bare_unit("計劃募資不超過50億港元。完成30億元C輪融資。") is None
    assert article_bare_unit("新台幣5億元,約合人民幣1.1億元。") is None
    assert [m.currency for m in find_amounts("完成2億元A輪融資", "TWD")] == ["TWD"]
    assert [m.currency for m in find_amounts("完成2億元A輪融資")] == ["CNY"]


@pytest.mark.origin("realnews round 7")
def test_a_bare_dollar_takes_the_local_dollar_its_article_names():
    """A Singapore paper writes "US$6.2 million (S$8.4 million)" for US dollars and "$15 million" for its own."""
    assert article_dollar("Orchidane closed a US$6 million (S$8.2 million) round. Kelvara raised $15 million.") == "SGD"
    assert article_dollar("A Sydney fund of A$80 million and US$20 million from abroad.") == "AUD"
    assert article_dollar("Kelvara raised $15 million and S$2 million more.") is None  # (no US dollars marked)
    assert article_dollar("US$6 million, S$8 million and HK$9 million.") is None  # (which local dollar?)
    assert [m.currency for m in find_amounts("Kelvara raised $15 million.", None, "SGD")] == ["SGD"]
    assert [m.currency for m in find_amounts("Kelvara raised US$15 million.", None, "SGD")] == ["USD"]
    assert [m.currency for m in find_amounts("Kelvara raised $15 million.")] == ["USD"]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("sentence, expected", [
    ("以新台幣14億2,800萬元轉增資", [(1_428_000_000, "TWD")]),
    ("以14亿2,800万元增资", [(1_428_000_000, "CNY")]),
    ("以新加坡幣1億元對外增資", [(100_000_000, "SGD")]),
    ("募得5000萬新加坡元", [(50_000_000, "SGD")]),
])
def test_a_filings_separated_digits_after_a_scale_and_the_singapore_currency_before_a_sum(sentence, expected):
    assert [(m.amount, m.currency) for m in find_amounts(sentence)] == expected


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("sentence, expected", [
    ("完成近2000萬澳門元天使輪融資", [(20_000_000, "MOP")]),
    ("获得3000万澳门币投资", [(30_000_000, "MOP")]),
])
def test_a_sum_in_macao_patacas(sentence, expected):
    # (a probe of invented sentences: Macao's money after a sum)
    assert [(m.amount, m.currency) for m in find_amounts(sentence)] == expected
