"""Chinese ways of naming someone to a post found by probing with invented articles: engaging with courtesy (禮聘)
someone from a drug maker's R&D post (…藥業研發長), an acting holder confirmed (真除), and the new holder told by another
company, a former mark and the post held there (由Y前總經理X).

Invented sentences, people and companies; the phenomena are in tests/phenomena (engaged-with-courtesy-from-a-drug-maker,
acting-holder-confirmed, new-holder-from-a-former-post)."""
from datetime import date

import pytest

from tests.extracting import run

DAY = date(2025, 6, 10)


def _moves(text, lang, person):
    r = run(text, published=DAY, lang=lang)
    return sorted((e.type, e.org, e.counterparty) for e in r.events if e.person == person)


@pytest.mark.origin("realnews-dev")
def test_engaged_with_courtesy_from_a_former_post_at_a_drug_maker_is_a_hire_from_it():
    text = "澄湖生技人事\n澄湖生技今日宣布,禮聘前岑峰藥業研發長喬子謙出任執行長。"
    assert _moves(text, "zh-Hant", "喬子謙") == [("hire", "澄湖生技", "岑峰藥業")]


@pytest.mark.origin("realnews-dev")
def test_an_acting_holder_confirmed_in_the_post_is_promoted():
    text = "岑峰銀行人事\n岑峰銀行今日宣布,代理總經理葛書韻真除為總經理。"
    assert _moves(text, "zh-Hant", "葛書韻") == [("promotion", "岑峰銀行", None)]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,org,origin", [
    ("zh-Hans", "澄溪纺织人事\n澄溪纺织董事会通过,由岑峰纺织前总经理乔子谦出任总经理。", "乔子谦", "澄溪纺织", "岑峰纺织"),
    ("zh-Hant", "澄溪紡織人事\n澄溪紡織董事會通過,改由岑峰電子前副總經理喬子謙出任總經理。", "喬子謙", "澄溪紡織", "岑峰電子"),
])
def test_a_new_holder_told_by_a_former_post_at_another_company_is_hired_from_it(lang, text, person, org, origin):
    assert _moves(text, lang, person) == [("hire", org, origin)]
