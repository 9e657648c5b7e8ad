"""Later mentions: pronouns, family names with a courtesy title, 前者/後者, 該公司, 'it' and 'the company', a
founder with no name, each resolved to the one it means (or to none when two are possible).

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run
from tests.extract.small_articles import EN_ROUND


@pytest.mark.origin("rules")
def test_later_mentions_by_surname_and_pronoun_resolve_to_the_canonical_name():
    text = ("OpenAI聯合創始人伊利亞·蘇茨克維(Ilya Sutskever)是公司的靈魂人物。"
            "今年5月,他離職創立了自己的公司Safe Superintelligence。蘇茨克維隨後發表聲明。")
    r = run(text, published=date(2024, 10, 9))
    (d,) = ev(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("Ilya Sutskever", "OpenAI", "Co-founder", "2024-05-01")
    (f,) = ev(r, "founding")
    assert (f.person, f.org, f.date) == ("Ilya Sutskever", "Safe Superintelligence", "2024-05-01")


@pytest.mark.origin("rules")
def test_the_company_refers_to_the_one_the_article_is_about():
    r = run(EN_ROUND, published=date(2024, 11, 15), lang="en")
    (d,) = ev(r, "departure")
    assert (d.person, d.org, d.role) == ("Rohan Mehta", "Vantage AI", "Chief Technology Officer")
    assert {e.person for e in ev(r, "founding") if e.org == "Vantage AI"} == {"Rohan Mehta", "Tom Avery"}
    assert all(e.type != "founding" or e.org == "Vantage AI" for e in r.events)  # "plans to start" is not done


@pytest.mark.origin("generality")
def test_a_company_referred_to_as_該公司_after_opening_a_funding_sentence_is_the_recipient():
    r = run("融资\n星图智能完成5亿元B轮融资,由红杉中国领投。此前,该公司曾于去年完成1亿元A轮融资。",
            published=date(2025, 6, 13), lang="zh-Hans")
    assert {e.org for e in ev(r, "funding")} == {"星图智能"}


@pytest.mark.origin("heldout3")
def test_a_family_name_with_a_title_tells_where_a_hire_came_from():
    r = run("澄川科技同时聘任林文涛为首席技术官。林先生此前担任腾讯AI平台负责人,已于本月正式加入。",
            published=date(2026, 8, 27), lang="zh-Hans")
    h = ev(r, "hire", "林文涛")
    assert h and h[0].counterparty == "Tencent"


@pytest.mark.origin("heldout4")
def test_it_raised_after_a_leading_clause_is_the_company_of_the_story():
    r = run("Norvane Robotics\nNorvane Robotics makes warehouse arms. Norvane Robotics was founded in 2021.\n"
            "In March, it secured a $90 million investment from Orbis Capital.", lang="en")
    f = ev(r, "funding")
    assert f and f[0].org == "Norvane Robotics" and f[0].amount == 90_000_000


@pytest.mark.origin("heldout4")
def test_it_after_another_company_said_is_that_company_not_the_story_one():
    r = run("Norvane Robotics raises\nNorvane Robotics raised $90 million last week. Norvane Robotics sells arms.\n"
            "Berlin-based Quillsoft, founded last year by two engineers, said this month that it had raised $12 million.",
            lang="en")
    assert {(e.org, e.amount) for e in ev(r, "funding")} >= {("Quillsoft", 12_000_000)}
    assert not ev(r, "funding", org="Norvane Robotics") or all(e.amount != 12_000_000 for e in ev(r, "funding", org="Norvane Robotics"))


@pytest.mark.origin("heldout4")
def test_the_company_right_after_a_founding_is_the_new_company():
    r = run("人形機器人\n前特斯拉(Tesla)工程師王立與李真共同創立了一家名為Kairo Robotics的新創公司,專注於倉儲機器人。"
            "該公司本週一宣布已完成3,000萬美元種子輪融資。", published=date(2025, 5, 2), lang="zh-Hant")
    f = ev(r, "funding")
    assert f and f[0].org == "Kairo Robotics"


@pytest.mark.origin("heldout5")
def test_it_hired_is_the_company_of_the_story():
    r = run("Varro Bank\nVarro Bank is rebuilding its team. It hired Nina Hale, formerly head of cards at Finley, as "
            "chief product officer; she joined in October.", published=date(2024, 12, 4), lang="en")
    h = ev(r, "hire", "Nina Hale")
    assert h and h[0].org == "Varro Bank" and h[0].role == "Chief Product Officer"


@pytest.mark.origin("heldout5")
def test_a_pronoun_someone_said_is_still_the_one_who_said_it():
    r = run("Corlan Therapeutics\nCorlan Therapeutics said CEO Dana Whitlock had resigned. Whitlock said the board "
            "had forced her out.", published=date(2025, 1, 10), lang="en")
    assert ev(r, "departure", "Dana Whitlock")


@pytest.mark.origin("round11")
def test_a_family_name_with_a_courtesy_title_is_the_one_person_of_that_name():
    r = run("鼎新電子\n鼎新電子營運長王志成去年加入公司。王先生上週宣布離職。", published=date(2025, 5, 2),
            lang="zh-Hant")
    d = ev(r, "departure", "王志成")
    assert d and d[0].org == "鼎新電子"
    r = run("鼎新電子\n鼎新電子營運長王志成上週宣布離職。王先生將於下月加盟聯發科。", published=date(2025, 5, 2),
            lang="zh-Hant")
    assert ev(r, "hire", "王志成", org="MediaTek")
    # (two people of that family name: it stands for neither)
    r = run("鼎新電子\n鼎新電子營運長王志成與財務長王美玲上週宣布離職。王先生將於下月加盟聯發科。",
            published=date(2025, 5, 2), lang="zh-Hant")
    assert not ev(r, "hire")


@pytest.mark.origin("round11")
def test_a_family_name_with_shi_is_no_name_of_its_own():
    r = run("鼎新電子\n鼎新電子營運長王志成去年加入公司。王氏上週宣布離職,加盟聯發科。", published=date(2025, 5, 2),
            lang="zh-Hant")
    assert ev(r, "departure", "王志成")
    assert not [e for e in r.events if e.person == "王氏"]


@pytest.mark.origin("round11")
def test_qianzhe_is_the_first_of_the_two_named_before():
    r = run("穹宇智能\n穹宇智能研究负责人任思远与工程负责人欧阳青两位总监上月相继离开,前者已加盟阿里巴巴。",
            published=date(2025, 5, 2), lang="zh-Hans")
    assert ev(r, "hire", "任思远")
    assert not ev(r, "hire", "欧阳青")


@pytest.mark.origin("round11")
def test_a_pronoun_after_a_relative_clause_is_the_one_it_was_about():
    r = run("Birchwood Capital\nHarvey Olsen, who co-founded Birchwood Capital in 2009 with Lena Marr, told investors "
            "on Monday that he will retire at the end of the year.", published=date(2025, 5, 2), lang="en")
    assert ev(r, "departure", "Harvey Olsen")
    assert not ev(r, "departure", "Lena Marr")


@pytest.mark.origin("round11")
def test_ta_benren_is_the_one_who_announced_and_a_move_inside_the_company_is_no_hire():
    r = run("鼎新電子\n鼎新電子執行長王志成上週宣布,公司將由副總經理李明出任執行長,他本人轉任董事長。",
            published=date(2025, 5, 2), lang="zh-Hant")
    assert not ev(r, "hire", "李明")
    p = ev(r, "promotion", "王志成")
    assert p and p[0].role == "Chairman"


@pytest.mark.origin("round11")
def test_a_founder_title_with_no_name_is_the_one_founder_told_before():
    r = run("Tessary Labs\nTessary Labs was founded by Mira Olsen in 2019. The company's founder stepped down as chief "
            "executive on Monday.", published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Mira Olsen")
    assert d and d[0].org == "Tessary Labs"
    r = run("鼎新電子\n鼎新電子由王志成與李明於2010年共同創辦。該公司創辦人上週宣布退休。", published=date(2025, 5, 2),
            lang="zh-Hant")
    assert not ev(r, "departure")  # (two founders: which one is not said)
