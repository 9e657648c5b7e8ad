"""What a reader of a funding event would notice: the amount in units and the right ISO currency."""
from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from talentdb.extract.money import MoneyMention, find_amounts
from tests.extracting import ev, run


def only(sentence: str) -> MoneyMention:
    mentions = find_amounts(sentence)
    assert len(mentions) == 1, mentions
    return mentions[0]


def money(sentence: str) -> tuple[float, str]:
    mention = only(sentence)
    return mention.amount, mention.currency


# ---------------------------------------------------------------- Chinese


def test_the_seed_funding_round_is_six_point_six_billion_dollars():
    mention = only("投資者仍為OpenAI注入了66億美元的資金。")
    assert (mention.text, mention.amount, mention.currency) == ("66億美元", 6_600_000_000.0, "USD")


def test_a_currency_may_run_straight_into_the_round_name():
    assert money("完成1.2億美元B輪融資") == (120_000_000.0, "USD")
    assert money("完成5亿元人民币A轮融资") == (500_000_000.0, "CNY")


def test_a_thousands_separator_and_wan_make_forty_five_million():
    assert money("Elon Musk曾提供4,500萬美元的早期資金") == (45_000_000.0, "USD")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("13億美元", (1_300_000_000.0, "USD")),
        ("6億歐元", (600_000_000.0, "EUR")),
        ("3億港元", (300_000_000.0, "HKD")),
        ("2億港幣", (200_000_000.0, "HKD")),
        ("50億日圓", (5_000_000_000.0, "JPY")),
        ("50亿日元", (5_000_000_000.0, "JPY")),
        ("2億英鎊", (200_000_000.0, "GBP")),
    ],
)
def test_chinese_currency_names_after_the_amount(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize("text", ["新台幣5億元", "新臺幣5億元", "NT$5億", "5億元新台幣"])
def test_new_taiwan_dollars_in_every_spelling(text):
    assert money(text) == (500_000_000.0, "TWD")


@pytest.mark.parametrize("text", ["人民幣10億元", "10億元人民幣", "10亿元", "人民币10亿元"])
def test_renminbi_and_bare_yuan_are_cny(text):
    assert money(text) == (1_000_000_000.0, "CNY")


def test_a_bare_yuan_is_taiwan_dollars_when_the_sentence_speaks_of_them():
    mentions = find_amounts("以新台幣計價,營收達3億元")
    assert [(m.amount, m.currency) for m in mentions] == [(300_000_000.0, "TWD")]


def test_trillions_wan_yi_and_zhao_are_ten_to_the_twelfth():
    assert money("1.5萬億元") == (1.5e12, "CNY")
    assert money("新台幣2兆元") == (2e12, "TWD")


def test_chinese_numerals_in_amounts():
    assert money("五億美元") == (500_000_000.0, "USD")
    assert money("兩千萬美元") == (20_000_000.0, "USD")
    assert money("十億美元") == (1_000_000_000.0, "USD")


@pytest.mark.parametrize("text", ["數億美元", "數十億美元", "幾十億美元", "上百億美元"])
def test_vague_amounts_are_skipped(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("prefix", ["約", "近", "超過", "逾"])
def test_approximation_words_are_allowed_but_kept_out_of_the_mention(prefix):
    mention = only(f"{prefix}66億美元")
    assert (mention.text, mention.amount) == ("66億美元", 6_600_000_000.0)


def test_several_amounts_in_one_sentence_come_in_order_with_true_spans():
    sentence = "該公司預計今年ChatGPT的營收將達到27億美元,相較於2023年的7億美元有顯著成長。"
    mentions = find_amounts(sentence)
    assert [(m.text, m.amount) for m in mentions] == [("27億美元", 2.7e9), ("7億美元", 7e8)]
    assert all(sentence[m.start:m.end] == m.text for m in mentions)


# ---------------------------------------------------------------- English


@pytest.mark.parametrize(
    "text, expected",
    [
        ("raised $6.6 billion", (6_600_000_000.0, "USD")),
        ("US$675 million", (675_000_000.0, "USD")),
        ("€600m", (600_000_000.0, "EUR")),
        ("£1.2bn", (1_200_000_000.0, "GBP")),
        ("$45 million", (45_000_000.0, "USD")),
        ("USD 30 million", (30_000_000.0, "USD")),
        ("30 million dollars", (30_000_000.0, "USD")),
        ("RMB 1 billion", (1_000_000_000.0, "CNY")),
        ("$1.2B", (1_200_000_000.0, "USD")),
        ("$500K", (500_000.0, "USD")),
        ("HK$3 billion", (3_000_000_000.0, "HKD")),
    ],
)
def test_english_amounts(text, expected):
    assert money(text) == expected


def test_the_yen_sign_alone_is_yen_and_with_renminbi_words_is_yuan():
    assert money("a ¥5 billion deal") == (5e9, "JPY")
    assert money("a ¥5 billion (RMB) deal") == (5e9, "CNY")


def test_a_round_keeps_only_the_amount_in_the_mention():
    assert only("They closed a $10 million round.").text == "$10 million"


def test_a_range_keeps_its_lower_bound():
    assert money("$5–10 million") == (5_000_000.0, "USD")
    assert money("5億至10億美元") == (500_000_000.0, "USD")


@pytest.mark.parametrize(
    "text",
    ["二元論的觀點", "推動一元化管理", "23%", "4.4%", "31位作者", "2021 employees", "grew 10 %", "He weighs 200 pounds", "2029年將年收入"],
)
def test_percentages_counts_and_plain_numbers_are_not_money(text):
    assert find_amounts(text) == []


# ---------------------------------------------------------------- amounts in the funding events they belong to


@pytest.mark.origin("round11")
def test_ringgit_is_a_currency_and_sdn_bhd_ends_a_company_name():
    r = run("Seraya Robotics\nSeraya Robotics Sdn Bhd raised RM80 million in March from Kumpulan Modal.",
            published=date(2025, 5, 2), lang="en")
    f = ev(r, "funding")
    assert f and f[0].amount == 80_000_000 and f[0].currency == "MYR" and f[0].org == "Seraya Robotics Sdn Bhd"


@pytest.mark.origin("round11")
def test_a_round_of_an_untold_sum_is_a_round_with_its_currency_and_no_amount():
    r = run("博远生物\n博远生物日前宣布完成数亿元人民币B轮融资,由高瓴创投领投。", published=date(2025, 5, 2),
            lang="zh-Hans")
    f = ev(r, "funding")
    assert f and f[0].amount is None and f[0].currency == "CNY"
    r = run("博远生物\n博远生物计划明年完成数亿元融资。", published=date(2025, 5, 2), lang="zh-Hans")
    assert not ev(r, "funding")  # (a plan for one still is none)


@pytest.mark.origin("round11")
def test_nearly_a_hundred_million_is_a_hundred_million():
    r = run("雲杉影音\n雲杉影音上月完成近億元A輪融資。", published=date(2025, 5, 2), lang="zh-Hant")
    f = ev(r, "funding")
    assert f and f[0].amount == 100_000_000 and f[0].currency == "CNY"



# ---------------------------------------------------------------- robustness


def test_a_broken_character_does_not_break_the_sentence():
    assert money("66亿美元\ud800") == (6.6e9, "USD")


@settings(max_examples=400, deadline=None)
@given(
    sentence=st.text(max_size=80)
    | st.lists(
        st.sampled_from(["$", "US$", "億", "萬", "美元", "元", "新台幣", "1", "5", ".", ",", "000", "至", "-",
                         " million", "bn", "m", "K", "¥", "RMB", "數", "十", "兩", "%", " ", "兆", "e", "9" * 30]),
        max_size=12,
    ).map("".join)
)
def test_any_text_gives_non_negative_amounts_and_never_raises(sentence):
    for mention in find_amounts(sentence):
        assert sentence[mention.start:mention.end] == mention.text
        assert math.isfinite(mention.amount) and mention.amount >= 0
        assert len(mention.currency) == 3 and mention.currency.isupper()


def test_scandinavian_crowns_are_their_own_currencies():
    assert money("EQT invested 500 million Swedish crowns in the unit.") == (500_000_000.0, "SEK")
    assert money("a further 2 billion Norwegian kroner") == (2_000_000_000.0, "NOK")
    assert money("投資5億瑞典克朗") == (500_000_000.0, "SEK")


@pytest.mark.origin("probe 2026-12-07")
def test_a_scale_told_as_an_order_of_size_is_no_sum():
    # ("完成亿元级A+轮融资", "千萬美元級": an order of size, not 1億 or 10^7; money of an untold sum)
    from talentdb.extract.money import find_vague_amounts
    for s in ("完成亿元级A+轮融资", "完成億元級A輪融資", "获千万美元级Pre-A轮融资", "獲千萬美元級天使輪融資"):
        assert find_amounts(s) == [], s
        assert len(find_vague_amounts(s)) == 1, s
    assert money("完成1亿元A轮融资") == (1e8, "CNY") and money("完成近亿元A轮融资") == (1e8, "CNY")
