"""Where a Chinese appointee comes from, told in a modifier before the name (…的 + name) at a place the lexicon does
not know as an organisation, or with an earlier mention of the person, and a post held now at a unit of another
organisation, told before the name (README rule 1 of tests/realnews: a hire with
that origin as counterparty); a unit of the company itself, or the company told by its kind, is no origin.

Invented sentences with invented people and companies."""
from datetime import date

import pytest

from tests.extracting import run

DAY = date(2025, 3, 10)


def _taken(text, lang, person):
    r = run(text, published=DAY, lang=lang)
    return [(e.type, e.org, e.counterparty) for e in r.events if e.person == person and e.type in ("hire", "promotion")]


FROM_AN_UNKNOWN_PLACE = [
    # (worked at a place between 在 and 擔任, a title after it)
    ("zh-Hant", "星河銀行人事\n行政院昨日核定星河銀行人事案,原本在月光金擔任副總的陳柏宇接掌星河銀行總經理。", "陳柏宇",
     "星河銀行", "月光金"),
    # (an office named after a known organisation: the whole name)
    ("zh-Hant", "星河電子人事\n星河電子昨日公告,財務長將由原本在銀河控股總裁室擔任資深顧問的周大強接任。", "周大強",
     "星河電子", "銀河控股總裁室"),
    # (a short name between 曾任 and the title that ends the modifier)
    ("zh-Hans", "星辰钢铁人事\n星辰钢铁昨日公告，过去曾任中岳总经理的陈柏宇接任总经理。", "陈柏宇", "星辰钢铁", "中岳"),
    # (told with an earlier mention, the move in the next sentence)
    ("zh-Hant", "星河銀行人事\n原本在月光金擔任副總的陳柏宇,去年底才獲行政院提名。陳柏宇3月8日就任星河銀行總經理以來,已走訪多家分行。",
     "陳柏宇", "星河銀行", "月光金"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,org,origin", FROM_AN_UNKNOWN_PLACE)
def test_a_post_held_at_an_unknown_place_in_the_modifier_makes_a_hire_from_there(lang, text, person, org, origin):
    assert _taken(text, lang, person) == [("hire", org, origin)]


@pytest.mark.origin("realnews-dev")
def test_a_post_at_a_unit_of_another_organisation_before_the_name_makes_a_hire_from_it():
    text = ("星河商会选出新副会长\n星河商会本届理事会另选出三位副会长,依次为月光咨询公司(Moonlight Advisory)"
            "东南亚税务事业部合伙人林佳慧、银河控股执行董事陈立远。")
    assert _taken(text, "zh-Hans", "林佳慧") == [("hire", "星河商会", "Moonlight Advisory")]


NO_PLACE_ELSEWHERE = [
    ("zh-Hans", "星辰钢铁人事\n星辰钢铁昨日公告，曾任研发部总经理的陈柏宇接任总经理。", "陈柏宇", "星辰钢铁"),
    ("zh-Hans", "星辰钢铁人事\n星辰钢铁昨日公告，曾任该行总经理的陈柏宇接任总经理。", "陈柏宇", "星辰钢铁"),
    # (a unit of the company itself, before the title)
    ("zh-Hans", "星辰钢铁人事\n星辰钢铁昨日公告，委任星辰钢铁研发部经理陈柏宇为总经理。", "陈柏宇", "星辰钢铁"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,org", NO_PLACE_ELSEWHERE)
def test_a_unit_or_the_company_told_by_its_kind_is_no_origin(lang, text, person, org):
    assert _taken(text, lang, person) == [("promotion", org, None)]
