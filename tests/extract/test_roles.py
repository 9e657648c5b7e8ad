"""Titles: a head title keeps its field, a chief title missing from the lexicon is still one, deputy and
acting titles, a title told once for a list, the title taken after an appositive.

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run


@pytest.mark.origin("rules")
def test_an_open_english_title_and_a_company_named_twice_are_recognised():
    text = "Meanwhile, Genentech promoted Leo Zhang to head of early research in immunology in March. Genentech declined to comment."
    r = run(text, published=date(2024, 9, 18), lang="en")
    (p,) = ev(r, "promotion")
    assert (p.person, p.org, p.role_raw, p.date) == ("Leo Zhang", "Genentech", "head of early research in immunology", "2024-03-01")


@pytest.mark.origin("generality")
def test_a_head_title_keeps_its_domain():
    r = run("人事\n凱基證券企業融資主管林宗翰離職。", lang="zh-Hant")
    d = ev(r, "departure", "林宗翰")[0]
    assert d.role == "Head of Corporate Finance" and d.org == "凱基證券"
    r = run("人事\n华泰证券固定收益主管冯博离职。", lang="zh-Hans")
    assert ev(r, "departure", "冯博")[0].role == "Head of Fixed Income"


@pytest.mark.origin("generality")
def test_leading_a_function_elsewhere_is_not_a_chief_title():
    r = run("Hire\nOrbis hired Jamie Cole, who led financial planning at Snowflake.", lang="en")
    assert all(e.role != "Chief Financial Officer" for e in r.events)


@pytest.mark.origin("generality")
def test_a_chief_officer_title_missing_from_the_lexicon_is_still_a_title():
    r = run("People\nStripe said Thursday it has appointed former Visa executive Mark Diaz as chief revenue officer.",
            published=date(2025, 4, 4), lang="en")
    h = ev(r, "hire", "Mark Diaz")[0]
    assert h.org == "Stripe" and h.role == "Chief Revenue Officer"
    r = run("人事\n美团宣布,任命前字节跳动高管李强为首席增长官。", lang="zh-Hans")
    h = ev(r, "hire", "李强")[0]
    assert h.org == "Meituan" and h.role_raw == "首席增长官"


@pytest.mark.origin("generality")
def test_a_head_title_with_an_unknown_field_keeps_the_field_in_role_raw():
    r = run("港股人事\n滙豐前亞洲區固定收益主管何家俊已加盟渣打,出任亞洲區債券主管,5月1日起生效。", published=date(2025, 4, 4),
            lang="zh-Hant")
    h = ev(r, "hire", "何家俊")[0]
    assert h.org == "渣打" and h.role_raw == "亞洲區債券主管" and h.date == "2025-05-01"


@pytest.mark.origin("heldout3")
def test_a_plural_title_said_of_a_list_is_each_leavers_role():
    r = run("Ana Ruiz and Femi Adeyemi, both researchers at Orbitra Labs, left for Anthropic last month.",
            published=date(2026, 10, 2), lang="en")
    deps = ev(r, "departure")
    assert {e.person for e in deps} == {"Ana Ruiz", "Femi Adeyemi"}
    assert all(e.role == "Researcher" and e.org == "Orbitra Labs" for e in deps)
    r = run("Talent moves\nOpenAI keeps hiring. OpenAI said so. OpenAI grew. Last week, three engineers from Orbitra "
            "Labs's search team - Ana Ruiz, Femi Adeyemi and Tomas Ekberg - resigned.", published=date(2026, 10, 2), lang="en")
    deps = ev(r, "departure")
    assert len(deps) == 3 and all(e.role == "Engineer" and e.org == "Orbitra Labs" for e in deps)


@pytest.mark.origin("heldout4")
def test_the_title_taken_comes_after_the_appositive_describing_the_person():
    r = run("Orbis reshuffle\nOrbis on Monday named Dana Kowal, a longtime engineer at its Berlin lab, head of a new "
            "robotics team.", lang="en")
    p = ev(r, "promotion", "Dana Kowal")
    assert p and p[0].role_raw.startswith("head") and p[0].org == "Orbis"


@pytest.mark.origin("heldout5")
def test_a_title_with_a_short_field_after_a_word_for_taking_it():
    r = run("星宇互娛人事\n遊戲開發商星宇互娛(Nova Playworks)上週宣布,延攬前製作人森田健司(Kenji Morita)加盟,擔任創意總監。"
            "星宇互娛表示歡迎。", published=date(2025, 10, 22), lang="zh-Hant")
    h = ev(r, "hire", "Kenji Morita")
    assert h and "創意總監" in (h[0].role_raw or "")


@pytest.mark.origin("heldout5")
def test_an_acting_title_after_a_word_for_taking_it_is_the_one_taken():
    r = run("蓝湾智能人事变动\n蓝湾智能(Lanwan AI)首席财务官许静上月正式卸任。公司已委任财务副总裁郑磊出任代理首席财务官。",
            published=date(2025, 1, 10), lang="zh-Hans")
    p = ev(r, "promotion", "郑磊")
    assert p and p[0].role == "Chief Financial Officer"


@pytest.mark.origin("round11")
def test_an_interim_title_keeps_interim_in_the_title_as_written():
    r = run("Halvard Energy\nHalvard Energy named Tom Reyes interim chief executive on Monday.",
            published=date(2025, 5, 2), lang="en")
    p = ev(r, "promotion", "Tom Reyes")
    assert p and p[0].role == "Chief Executive Officer" and p[0].role_raw == "interim chief executive"


@pytest.mark.origin("round11")
def test_a_title_before_an_enumeration_is_each_ones():
    r = run("凌云半导体\n凌云半导体副总裁张立、王芳上月相继离职。", published=date(2025, 5, 2), lang="zh-Hans")
    assert {e.role for e in ev(r, "departure")} == {"Vice President"} and len(ev(r, "departure")) == 2


@pytest.mark.origin("round11")
def test_a_counted_title_is_each_ones_but_a_single_title_is_not():
    r = run("凌雲半導體\n凌雲半導體兩位副總裁張立與王芳上月先後離職。", published=date(2025, 5, 2), lang="zh-Hant")
    d = ev(r, "departure", "王芳")
    assert d and d[0].role == "Vice President"
    r = run("凌雲半導體\n凌雲半導體財務長張立與王芳上月先後離職。", published=date(2025, 5, 2), lang="zh-Hant")
    d = ev(r, "departure", "王芳")
    assert d and d[0].role is None


@pytest.mark.origin("round11")
def test_a_plural_title_in_apposition_to_a_list_is_each_ones():
    r = run("Arclight Systems\nSam Ortiz and Rhea Banks, both vice presidents at Arclight Systems, left in March.",
            published=date(2025, 5, 2), lang="en")
    assert {e.person: e.role for e in ev(r, "departure")} == {"Sam Ortiz": "Vice President",
                                                              "Rhea Banks": "Vice President"}
    r = run("Arclight Systems\nArclight Systems said two vice presidents, Sam Ortiz and Rhea Banks, left in March.",
            published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Rhea Banks")
    assert d and d[0].role == "Vice President"


@pytest.mark.origin("round11")
def test_a_title_after_several_modifiers_is_the_one_taken():
    r = run("Seraya Holdings\nSeraya Holdings said Ong Mei Ling was appointed acting group CFO on Monday.",
            published=date(2025, 5, 2), lang="en")
    p = ev(r, "promotion", "Ong Mei Ling")
    assert p and p[0].role == "Chief Financial Officer"


@pytest.mark.origin("round11")
def test_a_deputy_chinese_title_is_not_the_title_itself():
    r = run("雲杉銀行\n雲杉銀行昨日宣佈,副行政總裁周嘉敏將於6月離任。", published=date(2025, 5, 2), lang="zh-Hant")
    d = ev(r, "departure", "周嘉敏")
    assert d and d[0].role == "Deputy Chief Executive Officer"


@pytest.mark.origin("round11")
def test_a_move_told_inside_an_appositive_takes_no_title_from_after_it():
    r = run("Holloway Partners\nEarlier this month Holloway Partners promoted Rina Castell, a principal who joined the "
            "firm from Visa in 2020, to partner.", published=date(2025, 6, 20), lang="en")
    p = ev(r, "promotion", "Rina Castell")
    assert p and p[0].role == "Partner"


@pytest.mark.origin("round11")
def test_xieli_is_a_title_before_a_name():
    r = run("雲達科技\n雲達科技董事會昨(1)日通過,聘任前聯發科協理張嘉玲為財務長。", published=date(2025, 5, 2),
            lang="zh-Hant")
    h = ev(r, "hire", "張嘉玲")
    assert h and h[0].role == "Chief Financial Officer" and h[0].org == "雲達科技"


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text, person, role", [
    # Malaysian and Singaporean associations' officers
    ("星河公会会员大会改选,陈立群当选总秘书。", "陈立群", "Secretary General"),
    ("星河公会会员大会改选,林一帆当选总财政。", "林一帆", "Treasurer"),
    ("星河总会宣布,委任陈立群为总干事。", "陈立群", "Director-General"),
    # a title holding a shorter one: not the general manager
    ("星河电子宣布,委任陈立群为助理总经理。", "陈立群", "Assistant General Manager"),
    # a club's staff
    ("星河队宣布,陈立群出任球队守门员教练。", "陈立群", "Goalkeeping Coach"),
    ("星河队宣布,林一帆出任俱乐部体育总监。", "林一帆", "Sporting Director"),
    # a Malaysian state's head of government
    ("星河州苏丹宣布,委任林一帆为新任州务大臣。", "林一帆", "Chief Minister"),
])
def test_association_club_and_state_titles_of_the_malaysian_and_sports_press(text, person, role):
    r = run(text, published=date(2025, 3, 4), lang="zh-Hans")
    (p,) = ev(r, "promotion", person)
    assert p.role == role


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("title", ["pro vice-chancellor", "pro vice chancellor", "deputy vice chancellor"])
def test_a_title_below_the_vice_chancellor_written_with_a_space_is_not_the_vice_chancellor(title):
    r = run(f"Orbis University named Ana Ruiz {title} for research in 2016.", published=date(2025, 3, 4), lang="en")
    (p,) = ev(r, "promotion", "Ana Ruiz")
    assert (p.role, p.role_raw) == ("Vice President", title)


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text, lang", [
    ("2010年6月28日,林佳慧就任广州星河医药集团股份有限公司副董事长,2013年8月8日升任董事长。", "zh-Hans"),
    ("2010年6月28日,林佳慧就任廣州星河醫藥集團股份有限公司副董事長,2013年8月8日升任董事長。", "zh-Hant"),
])
def test_the_title_right_after_a_full_company_name_is_the_one_taken(text, lang):
    r = run(text, published=date(2025, 7, 23), lang=lang)
    assert sorted((e.role, e.date) for e in ev(r, "promotion", "林佳慧")) == [
        ("Chairman", "2013-08-08"), ("Vice Chairman", "2010-06-28")]


@pytest.mark.origin("realnews round 7")
def test_a_deputy_governor_and_a_company_secretary_are_titles_of_their_own():
    r = run("The Central Bank of Marovia appointed Tobias Ferrand as deputy governor. "
            "Quillon Holdings appointed Ayesha Brandt as company secretary.", lang="en")
    assert ev(r, "promotion", "Tobias Ferrand")[0].role == "Deputy Governor"
    assert ev(r, "promotion", "Ayesha Brandt")[0].role == "Company Secretary"
    r = run("星河科技委任林佳慧為公司秘書。", lang="zh-Hant")
    assert ev(r, "promotion", "林佳慧")[0].role == "Company Secretary"
