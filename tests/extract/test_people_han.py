"""Chinese personal names: where a name starts and ends (function words, counts, courtesy titles, dates and
weekdays after it) and when a run of characters is a name at all.

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run


@pytest.mark.origin("generality")
def test_a_function_word_after_a_chinese_name_ends_it():
    r = run("人事\n云帆科技副总裁韩立因个人原因辞职。", lang="zh-Hans")
    assert [e.person for e in ev(r, "departure")] == ["韩立"]
    r = run("人事\n凱基證券企業融資主管林宗翰因健康因素離職。", lang="zh-Hant")
    assert [e.person for e in ev(r, "departure")] == ["林宗翰"]


@pytest.mark.origin("generality")
def test_a_name_after_a_comma_before_an_appointment_word_is_found():
    r = run("人事\n华为宣布,余承东获任命为董事长。", lang="zh-Hans")
    p = ev(r, "promotion", "余承东")
    assert p and p[0].org == "Huawei" and p[0].role == "Chairman"


@pytest.mark.origin("heldout3")
def test_a_name_right_after_a_hiring_word_is_a_person_even_with_a_courtesy_title():
    r = run("澄川科技聘任罗文博为首席技术官。", lang="zh-Hans")
    assert ev(r, "hire", "罗文博")[0].role == "Chief Technology Officer"
    r = run("澄川科技同時聘任羅文博博士為技術長。", lang="zh-Hant")
    assert ev(r, "hire", "羅文博")


@pytest.mark.origin("heldout4")
def test_a_name_ending_before_為_is_not_the_company_huawei():
    r = run("聯鈦半導體人事\n聯鈦半導體今日宣布聘任張建華為營運長。", lang="zh-Hant")
    h = ev(r, "hire", "張建華")
    assert h and h[0].org == "聯鈦半導體" and h[0].role == "Chief Operating Officer"


@pytest.mark.origin("heldout5")
def test_a_courtesy_title_ends_a_chinese_name_and_a_descriptor_does_not_break_the_founders_list():
    r = run("澄石生物\n澄石生物成立於2019年,由前藥監局審評員韋思遠博士與藥物化學家黃明軒(Ming Huang)共同創立,專注抗體藥物。",
            published=date(2025, 5, 2), lang="zh-Hant")
    f = ev(r, "founding")
    assert {e.person for e in f} == {"韋思遠", "Ming Huang"}


@pytest.mark.origin("heldout5")
def test_a_name_before_a_time_word_that_leads_to_an_event_is_a_person():
    r = run("佑康智動人事\n佑康智動(Youkang Robotics)今年擴編。此外,前經濟部次長謝佩君昨日起加入佑康董事會,擔任獨立董事。",
            published=date(2025, 5, 2), lang="zh-Hant")
    h = ev(r, "hire", "謝佩君")
    assert h and h[0].date == "2025-05-01"


@pytest.mark.origin("heldout5")
def test_a_weekday_is_no_name():
    r = run("深川智能\n深川智能(Shenchuan AI)联合创始人何立平已于上周三正式离职。", published=date(2025, 5, 2), lang="zh-Hans")
    assert not [e for e in r.events if e.person in ("周三", "週三")]
    d = ev(r, "departure", "何立平")
    assert d and d[0].date == "2025-04-23"


@pytest.mark.origin("round11")
def test_a_name_ending_in_a_character_of_a_compound_word_keeps_the_relative_year_after_it():
    # 成+本 (成本) and 過+去 (過去) are words; 成+去 is not: 王志成去年 is "Wang Zhicheng, last year"
    r = run("鼎新電子\n營運長王志成去年加入鼎新電子。", published=date(2025, 5, 2), lang="zh-Hant")
    h = ev(r, "hire", "王志成")
    assert h and h[0].date == "2024-01-01"


@pytest.mark.origin("round11")
def test_a_written_date_right_after_a_chinese_name_ends_the_name():
    r = run("鼎新電子\n李明2024年3月離開鼎新電子。", published=date(2025, 5, 2), lang="zh-Hant")
    d = ev(r, "departure", "李明")
    assert d and d[0].org == "鼎新電子" and d[0].date == "2024-03-01"


@pytest.mark.origin("round11")
def test_a_count_after_a_chinese_name_is_not_part_of_it():
    r = run("雲杉科技\n研發副總裁程力與質量副總裁賀瑩兩人均為公司副總裁,已於今年初先後離職。",
            published=date(2025, 5, 2), lang="zh-Hant")
    assert {e.person for e in ev(r, "departure")} == {"程力", "賀瑩"}


def test_a_given_name_ending_in_a_joining_character_survives_the_sanity_stage():
    r = run("星瀚電人事\n星瀚電同日宣布鄭佳和辭去總經理職務。", lang="zh-Hant")
    d = ev(r, "departure", "鄭佳和")
    assert d and d[0].org == "星瀚電"


def test_words_opening_on_a_family_name_name_nobody():
    # (first seen in tests/realnews/dev htc-chang-resigns-technews, of round 5, and tvbs-twse-chairman-cabinet-swap)
    r = run("在星河科技任職多年的柯文瀚,曾經擔任星河科技的財務長,後來轉任營運長。", lang="zh-Hant")
    assert "曾經" not in {e.person for e in r.events}
    r = run("星河科技今年2月由董事長林佳慧邀請出任執行長的人選尚未公布。", lang="zh-Hant")
    assert not any(e.person and e.person.endswith("邀請") for e in r.events)


@pytest.mark.origin("realnews round 7")
def test_names_after_an_event_word_and_de_end_where_their_titles_start():
    # (易湖南: a place's name as a given name; joined by 與, the next name and its title)
    r = run("市長感謝圓滿卸任的易湖南總會長與許文彬會長,並恭賀新任的張立群總會長。")
    assert {"易湖南", "許文彬", "張立群"} <= {e.person for e in r.events}


@pytest.mark.origin("probe 2026-12-07")
@pytest.mark.parametrize("text,lang", [
    ("公司於2025年3月12日召開董事會,選舉邵啟文先生(簡歷附後)擔任公司第三屆董事會董事長。", "zh-Hant"),
    ("公司于2025年3月12日召开董事会,选举邵启文同志(简历详见附件)担任公司第三届董事会董事长。", "zh-Hans"),
])
def test_a_filings_cv_aside_between_the_name_and_the_verb_is_read_past(text, lang):
    r = run(text, lang=lang)
    assert {e.person for e in r.events if e.type == "promotion"} & {"邵啟文", "邵启文"}


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text,lang,name", [
    ("澄峰科技宣布,行政總裁祈耀明辭任。", "zh-Hant", "祈耀明"),        # rare family names of the lexicon's family
    ("星岳股份公告,董事长植玉成申请辞去董事长职务。", "zh-Hans", "植玉成"),
    ("澄峰科技創辦人王𤨢明宣布辭任行政總裁。", "zh-Hant", "王𤨢明"),       # a given name outside the Basic Plane
    ("澄峰科技宣布,行政總裁𤨢嘉明辭任。", "zh-Hant", None),               # (no family name: nobody)
])
def test_rare_family_names_and_characters_outside_the_basic_plane_make_names(text, lang, name):
    people = {e.person for e in run(text, lang=lang).events}
    assert (name in people) if name else not people


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text,lang,names", [
    ("澄河集团宣布,由郑志远、郑志明和郑志强三兄弟共同出任联席董事长。", "zh-Hans", {"郑志远", "郑志明", "郑志强"}),
    ("星岳控股公告,拿督陈大成、安比加南和黄美玲辞去独立非执行董事职务。", "zh-Hans", {"陈大成", "安比加南", "黄美玲"}),
    ("星岳控股公告,董事陳大成、林美玲及吳志偉辭去董事職務。", "zh-Hant", {"陳大成", "林美玲", "吳志偉"}),
])
def test_every_item_of_a_list_of_names_is_a_name(text, lang, names):
    assert names <= {e.person for e in run(text, lang=lang).events}


@pytest.mark.origin("realnews round 8")
def test_a_common_word_opening_on_a_family_name_is_no_person_in_either_script():
    for text, lang in (("澄海電力宣布,總裁梁家豪具備豐富的管理和審計專長,於2019年起出任總裁。", "zh-Hant"),
                       ("澄海电力宣布,总裁梁家豪具备丰富的管理和审计专长,于2019年起出任总裁。", "zh-Hans")):
        assert {e.person for e in run(text, lang=lang).events} == {"梁家豪"}
    r = run("已故前主席林志和博士創立澄海集團,林耀文接替其出任主席。", lang="zh-Hant")
    assert "林志和" in {e.person for e in r.events} and "林志" not in {e.person for e in r.events}
