"""Patterns from the fourth former held-out set, on invented sentences with invented people and companies.

Each test asserts what a general mechanism does on text no article contains (three scripts)."""
from datetime import date

from extracting import ev, run
from talentdb.extract.text import normalise




# dates of follow-ups in one sentence -----------------------------------------------------------------------------
def test_a_second_move_in_the_sentence_takes_the_day_of_the_first():
    r = run("Halvard Systems shake-up\nHalvard Systems' board dismissed Chief Executive Oskar Lindgren on Monday "
            "and named Chief Operating Officer Mara Quist as interim CEO.", published=date(2025, 5, 2), lang="en")
    assert ev(r, "departure", "Oskar Lindgren")[0].date == "2025-04-28"
    p = ev(r, "promotion", "Mara Quist")
    assert p and p[0].date == "2025-04-28"


def test_an_announcement_day_before_a_colon_dates_the_moves_after_it():
    r = run("澄星科技人事\n澄星科技執行長吳柏霖週二在內部信中宣布:研發副總裁蔡佳蓉將升任技術長,而資深總監許志遠則接任研發主管一職。",
            published=date(2025, 5, 2), lang="zh-Hant")
    for name in ("蔡佳蓉", "許志遠"):
        p = ev(r, "promotion", name)
        assert p and p[0].date == "2025-04-29", name


def test_a_successor_after_a_semicolon_takes_the_date_of_the_first_half():
    r = run("宏遠電子人事\n宏遠電子昨(1)日召開董事會。董事長林振輝退休,董事長一職由總經理黃志明接任;總經理遺缺則由技術長許家豪升任。",
            published=date(2025, 5, 2), lang="zh-Hant")
    assert ev(r, "promotion", "黃志明")[0].date == "2025-05-01"
    assert ev(r, "promotion", "許家豪")[0].date == "2025-05-01"


def test_an_opening_left_by_someone_who_retires_is_their_title():
    r = run("拓銳半導體人事\n拓銳半導體董事會昨(8)日通過,現任財務長周文彬將於今年底退休,遺缺由副財務長郭怡君升任。",
            published=date(2025, 5, 9), lang="zh-Hant")
    p = ev(r, "promotion", "郭怡君")
    assert p and p[0].role == "Chief Financial Officer"


# funding: who "it" is, rounds told in passing, short names ----------------------------------------------------------
def test_it_raised_after_a_leading_clause_is_the_company_of_the_story():
    r = run("Norvane Robotics\nNorvane Robotics makes warehouse arms. Norvane Robotics was founded in 2021.\n"
            "In March, it secured a $90 million investment from Orbis Capital.", lang="en")
    f = ev(r, "funding")
    assert f and f[0].org == "Norvane Robotics" and f[0].amount == 90_000_000


def test_it_after_another_company_said_is_that_company_not_the_story_one():
    r = run("Norvane Robotics raises\nNorvane Robotics raised $90 million last week. Norvane Robotics sells arms.\n"
            "Berlin-based Quillsoft, founded last year by two engineers, said this month that it had raised $12 million.",
            lang="en")
    assert {(e.org, e.amount) for e in ev(r, "funding")} >= {("Quillsoft", 12_000_000)}
    assert not ev(r, "funding", org="Norvane Robotics") or all(e.amount != 12_000_000 for e in ev(r, "funding", org="Norvane Robotics"))


def test_an_earlier_round_told_in_the_next_sentence_goes_to_the_same_company():
    r = run("Ferrow closes round\nFerrow closed a $30 million Series B last week led by Orbis Capital. "
            "That comes on top of an $8 million seed round in April.", lang="en")
    assert {(e.org, e.amount) for e in ev(r, "funding")} == {("Ferrow", 30_000_000), ("Ferrow", 8_000_000)}


def test_a_short_name_used_alone_stands_for_the_company_with_its_suffix():
    r = run("瀚星汽车人事\n瀚星汽车总裁王立新已离职。瀚星今年销量下滑。今年4月,瀚星曾获得地方国资平台注资20亿元。", lang="zh-Hans")
    f = ev(r, "funding")
    assert f and f[0].org == "瀚星汽车" and f[0].amount == 2_000_000_000


def test_a_company_word_or_time_word_is_no_part_of_an_opening_name():
    r = run("启明医药\n启明医药由张华创立。公司上周宣布完成1亿元A轮融资。", lang="zh-Hans")
    assert all("上周" not in (e.org or "") for e in ev(r, "funding"))


def test_a_former_employer_in_brackets_starts_after_the_former_mark():
    from talentdb.extract.engine import _Article
    text = normalise("宏匯銀行人事\n另外,宏匯銀行委任前花旗(Citi)信貸主管李德明(Daniel Lee)為風險總監。")
    art = _Article(text, date(2025, 5, 2), "zh-Hant")
    citi = [m for m in art.ents.org_mentions if m.key == "Citi"]
    assert citi and text[citi[0].start:citi[0].start + 2] == "花旗"


def test_a_season_of_a_year_is_dated_to_its_first_month():
    from talentdb.extract.dates import find_dates
    got = find_dates("該公司今年夏天已籌得5,000萬美元", date(2026, 11, 20), "zh-Hant")
    assert got and got[0].date == date(2026, 6, 1)


def test_funds_raised_with_籌得_are_funding():
    r = run("視界實驗室\n視界實驗室(Vista Labs)今年夏天已籌得3,000萬美元的種子資金。", published=date(2026, 11, 20), lang="zh-Hant")
    f = ev(r, "funding")
    assert f and f[0].amount == 30_000_000 and f[0].date == "2026-06-01"


# founders: where they came from, and the company a reference means ------------------------------------------------
def test_founders_listed_with_appositives_are_all_founders_with_their_origins():
    r = run("Corvane Bio launches\nCorvane Bio was co-founded in March 2024 by Lena Brandt, a chemist who previously ran "
            "discovery at Pfizer, Tomas Ruiz, a former head of data at Novartis, and Ada Quinn, an engineer who spent "
            "five years at Google.", lang="en")
    got = {(e.person, e.counterparty) for e in ev(r, "founding") if e.org == "Corvane Bio"}
    assert got == {("Lena Brandt", "Pfizer"), ("Tomas Ruiz", "Novartis"), ("Ada Quinn", "Google")}


def test_a_founder_who_left_in_the_same_sentence_came_from_there():
    r = run("Lab news\nOn Monday, Mia Torres, a researcher at OpenAI, said she had left OpenAI to start Vireo Labs.",
            lang="en")
    f = ev(r, "founding", "Mia Torres")
    assert f and f[0].org == "Vireo Labs" and f[0].counterparty == "OpenAI"


def test_co_founded_the_company_is_the_company_just_founded_not_the_one_left():
    r = run("Lab news\nMia Torres left OpenAI on Monday to start Vireo Labs. Torres co-founded the company with Ivo Berg, "
            "a former Anthropic engineer.", lang="en")
    assert {e.org for e in ev(r, "founding")} == {"Vireo Labs"}
    assert ev(r, "founding", "Ivo Berg")[0].counterparty == "Anthropic"


def test_a_founder_said_later_to_have_held_a_post_elsewhere_came_from_there():
    r = run("星澜机器人融资\n星澜机器人成立于2023年5月,由周明和孙浩共同创立。创始人兼CEO周明曾任百度(Baidu)研发总监。", lang="zh-Hans")
    f = ev(r, "founding", "周明")
    assert f and f[0].counterparty == "Baidu"


def test_the_company_right_after_a_founding_is_the_new_company():
    r = run("人形機器人\n前特斯拉(Tesla)工程師王立與李真共同創立了一家名為Kairo Robotics的新創公司,專注於倉儲機器人。"
            "該公司本週一宣布已完成3,000萬美元種子輪融資。", published=date(2025, 5, 2), lang="zh-Hant")
    f = ev(r, "funding")
    assert f and f[0].org == "Kairo Robotics"


# successions ------------------------------------------------------------------------------------------------------
def test_the_one_replaced_in_a_relative_clause_is_not_promoted():
    r = run("宏匯銀行\n宏匯銀行委任前花旗(Citi)主管李德明(Daniel Lee)為風險總監,下月一日正式加盟。"
            "他將接替上月離任的風險總監張美玲,後者已加盟一家保險公司。", published=date(2025, 5, 2), lang="zh-Hant")
    assert not ev(r, "promotion", "張美玲")
    assert ev(r, "departure", "張美玲")


def test_taking_over_the_title_one_was_hired_into_is_the_hire_not_a_promotion():
    r = run("宏匯銀行\n宏匯銀行委任前花旗(Citi)主管李德明(Daniel Lee)為風險總監,下月一日正式加盟。"
            "他將接替上月離任的風險總監張美玲。", published=date(2025, 5, 2), lang="zh-Hant")
    assert ev(r, "hire", "Daniel Lee")
    assert not ev(r, "promotion", "Daniel Lee")


def test_succeeded_by_a_titled_successor_takes_over_the_title_left():
    r = run("Veltro names CFO\nVeltro CFO Sam Okoye will leave the company effective Dec. 31 and will be succeeded by "
            "Treasurer Nina Park, Veltro said on Monday.", published=date(2025, 11, 5), lang="en")
    p = ev(r, "promotion", "Nina Park")
    assert p and p[0].role == "Chief Financial Officer"


# English appositives ------------------------------------------------------------------------------------------------
def test_the_title_taken_comes_after_the_appositive_describing_the_person():
    r = run("Orbis reshuffle\nOrbis on Monday named Dana Kowal, a longtime engineer at its Berlin lab, head of a new "
            "robotics team.", lang="en")
    p = ev(r, "promotion", "Dana Kowal")
    assert p and p[0].role_raw.startswith("head") and p[0].org == "Orbis"


def test_a_person_later_called_by_first_name_stays_a_person():
    r = run("Orbis reshuffle\nOrbis moved quickly, and on Monday promoted Nadia Farouk, a research director who has been "
            "at the lab since 2017, to head its robotics group. \"Nadia is the right person to lead,\" the memo said.",
            lang="en")
    assert ev(r, "promotion", "Nadia Farouk")


def test_a_list_with_a_long_relative_clause_still_leaves_to_join_the_destination():
    r = run("Lab moves\nAnna Berg, Ravi Shah and Li Wen, who together built much of the planning system behind the "
            "company's newest models, left Google last week to join Meta.", lang="en")
    deps = ev(r, "departure")
    assert {e.person for e in deps} == {"Anna Berg", "Ravi Shah", "Li Wen"}
    assert all(e.org == "Google" and e.counterparty == "Meta" for e in deps)


def test_its_duties_in_the_next_sentence_are_the_title_and_employer_of_the_one_who_left():
    r = run("人事\n云帆科技首席技术官罗斌日前已离职。其职务由首席科学家蒋黎接任,蒋黎将向CEO汇报。"
            "此前蒋黎曾在百度任职。美团近日也调整了组织架构。", lang="zh-Hans")
    p = ev(r, "promotion", "蒋黎")
    assert p and p[0].role == "Chief Technology Officer" and p[0].org == "云帆科技"


def test_a_named_persons_former_duties_are_their_title_before_the_move():
    r = run("人事\n星河科技财务长陈力则调任国际业务总裁,其原职务由副财务长孟涵升任。", lang="zh-Hans")
    p = ev(r, "promotion", "孟涵")
    assert p and p[0].role == "Chief Financial Officer"


def test_x的职务_is_the_title_of_x():
    r = run("人事\n墨云科技联合创始人兼首席技术官许哲本月初离职。墨云在内部邮件中表示,许哲的职务由首席科学家顾清接任。",
            lang="zh-Hans")
    p = ev(r, "promotion", "顾清")
    assert p and "Chief Technology Officer" in p[0].role and p[0].org == "墨云科技"


# future effective dates -------------------------------------------------------------------------------------------
def test_starting_a_day_without_a_year_is_the_next_such_day():
    r = run("Orbis names COO\nOrbis also named Lena Brandt, a former Ford executive, as chief operating officer, "
            "starting Dec. 1.", published=date(2026, 11, 10), lang="en")
    e = (ev(r, "promotion", "Lena Brandt") + ev(r, "hire", "Lena Brandt"))[0]
    assert e.date == "2026-12-01"


def test_the_day_someone_takes_office_dates_the_hire():
    r = run("人事\n星河生物宣布聘请李安琪博士担任首席医学官,她将于10月8日正式到任。", published=date(2026, 8, 27),
            lang="zh-Hans")
    h = ev(r, "hire", "李安琪")
    assert h and h[0].date == "2026-10-08"


def test_the_retirement_age_is_not_a_retirement():
    r = run("人事\n星河生物同时宣布,首席财务官谢东先生因到达法定退休年龄,将于今年12月31日退休。", published=date(2026, 8, 27),
            lang="zh-Hans")
    d = ev(r, "departure", "谢东")
    assert len(d) == 1 and d[0].date == "2026-12-31"


# Chinese names and who hires -----------------------------------------------------------------------------------------
def test_a_name_ending_before_為_is_not_the_company_huawei():
    r = run("聯鈦半導體人事\n聯鈦半導體今日宣布聘任張建華為營運長。", lang="zh-Hant")
    h = ev(r, "hire", "張建華")
    assert h and h[0].org == "聯鈦半導體" and h[0].role == "Chief Operating Officer"


def test_the_board_hiring_someone_from_elsewhere_hires_for_the_company_of_the_story():
    r = run("聯鈦半導體人事\n聯鈦半導體昨日召開董事會。聯鈦半導體表示營運穩定。董事會同時通過聘任前台積電(TSMC)資深處長"
            "王建民為營運長,11月1日到任。", published=date(2025, 10, 22), lang="zh-Hant")
    h = ev(r, "hire", "王建民")
    assert h and h[0].org == "聯鈦半導體" and h[0].counterparty == "TSMC"


def test_the_board_appointing_an_insider_is_a_promotion_not_a_hire():
    r = run("远驰汽车人事\n远驰汽车宣布人事调整。远驰汽车表示稳定。董事会同意聘任首席运营官孔令辉出任总裁。", lang="zh-Hans")
    assert ev(r, "promotion", "孔令辉") and not ev(r, "hire", "孔令辉")


def test_bringing_in_someone_from_a_former_company_to_a_title_is_a_hire():
    r = run("星衍机器人\n星衍机器人完成融资。星衍机器人今年扩张。公司今年9月引入了前中金公司投行部执行总经理刘明担任首席财务官。",
            published=date(2025, 11, 20), lang="zh-Hans")
    h = ev(r, "hire", "刘明")
    assert h and h[0].org == "星衍机器人" and h[0].role == "Chief Financial Officer"


def test_bringing_in_a_technology_is_no_hire():
    r = run("星衍机器人\n星衍机器人今年引入了新的视觉算法。", lang="zh-Hans")
    assert not ev(r, "hire")


def test_a_newly_appointed_title_said_again_is_the_hire_not_a_promotion():
    r = run("聯鈦半導體人事\n聯鈦半導體今日宣布聘任前台積電(TSMC)處長王建民為營運長。新任營運長王建民在台積電服務逾20年。",
            lang="zh-Hant")
    assert ev(r, "hire", "王建民") and not ev(r, "promotion", "王建民")


def test_an_online_rumour_of_a_resignation_is_no_departure():
    r = run("鲸海科技人事\n鲸海科技宣布调整。值得注意的是,网传集团首席财务官郑海也已提出离职。", lang="zh-Hans")
    assert not ev(r, "departure", "郑海")


def test_a_subsidiary_named_after_the_parents_short_name_is_its_own_company():
    r = run("晶鴻科技人事\n晶鴻科技昨日召開董事會。晶鴻表示營運穩定。財務方面,晶鴻旗下子公司晶鴻車電今年1月完成新台幣12億元的"
            "私募增資,由國發基金認購。", published=date(2025, 3, 27), lang="zh-Hant")
    f = ev(r, "funding")
    assert f and f[0].org == "晶鴻車電" and f[0].amount == 1_200_000_000
