"""Hires and promotions: which of the two an appointment is, which organisation hires, and where a hire
came from (從, 前X, a former employer in apposition, a board's appointment).

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run
from tests.extract.small_articles import HANT, EN, read


@pytest.mark.origin("rules")
def test_promotion_inside_the_company_gets_the_new_title():
    r = read(HANT)
    (p,) = ev(r, "promotion")
    assert (p.person, p.org, p.role) == ("張立德", "星辰智能", "Chief Technology Officer")


@pytest.mark.origin("rules")
def test_english_object_promotion_threat_revenue_and_talks():
    r = read(EN, lang="en")
    (p,) = ev(r, "promotion")
    assert (p.person, p.org, p.role) == ("Alice Wong", "Meta", "Chief Scientist")
    assert "John Roe" not in {e.person for e in r.events}
    assert len(ev(r, "funding")) == 1


@pytest.mark.origin("rules")
def test_a_promotion_by_an_unnamed_board_keeps_the_person_and_leaves_the_organisation_null():
    r = run("The board promoted Leo Zhang to chief scientist last week.", published=date(2024, 10, 9), lang="en")
    (p,) = ev(r, "promotion")
    assert (p.person, p.org, p.role, p.date) == ("Leo Zhang", None, "Chief Scientist", "2024-09-30")


@pytest.mark.origin("generality")
def test_the_organisation_after_從_is_where_a_hire_came_from_not_who_hired():
    r = run("人才爭奪\n亞馬遜從微軟延攬了資深工程師賴俊宏。", lang="zh-Hant")
    h = ev(r, "hire", "賴俊宏")[0]
    assert h.org == "Amazon" and h.counterparty == "Microsoft"


@pytest.mark.origin("generality")
def test_a_former_employer_before_the_title_is_not_the_hiring_organisation():
    r = run("人事\n前阿里巴巴集团副总裁吕志刚正式加盟星途机器人,出任首席运营官。", lang="zh-Hans")
    h = ev(r, "hire", "吕志刚")
    assert len(h) == 1 and h[0].org == "星途机器人" and h[0].role == "Chief Operating Officer"


@pytest.mark.origin("generality")
def test_previously_at_apposition_then_joins_is_a_hire_at_the_new_firm():
    r = run("Hire\nAnita Sorensen, previously at Morgan Stanley, joins Brackwell Partners as managing director.", lang="en")
    h = ev(r, "hire", "Anita Sorensen")[0]
    assert h.org == "Brackwell Partners"


@pytest.mark.origin("generality")
def test_the_latter_hired_by_被_聘為_goes_to_the_agent_organisation():
    r = run("人事\n小米首席架构师王磊和工程师刘洋先后离职,后者则被华为终端BG聘为首席科学家。", lang="zh-Hans")
    assert ev(r, "hire", "刘洋")[0].org == "Huawei"
    assert ev(r, "departure", "刘洋")[0].counterparty == "Huawei"
    assert not ev(r, "hire", "王磊")


@pytest.mark.origin("generality")
def test_an_unknown_company_that_hires_at_the_start_of_a_sentence_is_the_hiring_organisation():
    r = run("Hire\nOrbis hired Jamie Cole, who led financial planning at Snowflake.", lang="en")
    assert ev(r, "hire", "Jamie Cole")[0].org == "Orbis"


@pytest.mark.origin("generality")
def test_appointed_someone_who_was_previously_elsewhere_is_a_hire():
    r = run("People\nOrbis appointed Jamie Cole as CEO. Cole was previously at Snowflake.", lang="en")
    assert [(e.type, e.org) for e in r.events if e.person == "Jamie Cole"] == [("hire", "Orbis")]


@pytest.mark.origin("generality")
def test_a_returning_hire_keeps_what_they_lead():
    r = run("xAI\n前工程副總裁Tom Alvarez上月已回鍋xAI,重新領導工程團隊。", lang="zh-Hant")
    h = ev(r, "hire", "Tom Alvarez")[0]
    assert h.org == "xAI" and "工程" in (h.role_raw or "")


@pytest.mark.origin("generality")
def test_a_short_unknown_company_ending_the_clause_after_加盟_is_the_hiring_organisation():
    r = run("人事\n据悉,原华为终端BG首席技术官赵明已于近日加盟荣耀,担任首席执行官。", lang="zh-Hans")
    h = ev(r, "hire", "赵明")
    assert len(h) == 1 and h[0].org == "荣耀" and h[0].role == "Chief Executive Officer"


@pytest.mark.origin("generality")
def test_named_chief_executive_with_a_former_outside_employer_is_a_hire():
    r = run("People\nBrexa Capital named Joan Miller, a former Citigroup banker, as its new chief executive.", lang="en")
    assert [(e.type, e.org) for e in r.events] == [("hire", "Brexa Capital")]
    r = run("People\nBrexa Capital named Joan Miller, a former Brexa Capital banker, as its new chief executive.",
            lang="en")
    assert [e.type for e in r.events] == ["promotion"]


@pytest.mark.origin("generality")
def test_a_simplified_hire_poached_from_a_rival_names_both_sides():
    r = run("人事\n京东集团从阿里巴巴挖来了资深算法专家宋涛。", lang="zh-Hans")
    h = ev(r, "hire", "宋涛")[0]
    assert h.org == "JD.com" and h.counterparty == "Alibaba"


@pytest.mark.origin("generality")
def test_returning_to_family_or_campus_is_not_joining_an_organisation():
    r = run("人事\n星河动力首席技术官顾晓峰离职,回归家庭。", lang="zh-Hans")
    assert not ev(r, "hire")


@pytest.mark.origin("heldout3")
def test_a_hire_named_as_former_staff_of_a_company_came_from_it():
    r = run("近日,前Shopee区域副总裁葛文涛加盟澄川科技,出任国际业务负责人。", lang="zh-Hans")
    assert ev(r, "hire", "葛文涛")[0].counterparty == "Shopee"
    r = run("近日,前Shopee區域副總裁葛文濤加盟澄川科技,出任國際業務負責人。", lang="zh-Hant")
    assert ev(r, "hire", "葛文濤")[0].counterparty == "Shopee"


@pytest.mark.origin("heldout3")
def test_a_hires_former_employer_in_apposition_is_the_counterparty():
    r = run("Last month, Orbitra Systems hired Ana Ruiz, a former Qualcomm executive, as chief operating officer.",
            published=date(2026, 10, 2), lang="en")
    h = ev(r, "hire", "Ana Ruiz")
    assert h and h[0].role == "Chief Operating Officer" and h[0].counterparty == "Qualcomm"
    assert h[0].org and h[0].org.startswith("Orbitra")


@pytest.mark.origin("heldout3")
def test_a_former_employer_before_a_long_title_is_the_counterparty():
    r = run("上週,前渣打銀行(Standard Chartered)香港數碼銀行業務主管葛文濤加盟澄川科技,出任技術長。", published=date(2026, 10, 2), lang="zh-Hant")
    h = ev(r, "hire", "葛文濤")
    assert h and h[0].counterparty in ("Standard Chartered", "渣打銀行")
    r = run("澄川科技有限公司成立于2021年。澄川科技今年10月引入前比亚迪(BYD)电池事业部总经理韩立出任公司总裁。", published=date(2026, 10, 27), lang="zh-Hans")
    h = ev(r, "hire", "韩立")
    assert h and h[0].org == "澄川科技" and h[0].counterparty == "BYD"


@pytest.mark.origin("heldout3")
def test_a_title_taken_elsewhere_right_after_leaving_is_a_hire():
    r = run("今年9月,澄川科技感知團隊主管林文濤離職,出任谷歌感知副總裁。", published=date(2026, 11, 24), lang="zh-Hant")
    h = ev(r, "hire", "林文濤")
    assert h and h[0].org == "Google" and not ev(r, "promotion")
    d = ev(r, "departure", "林文濤")
    assert d and d[0].counterparty == "Google"


@pytest.mark.origin("heldout4")
def test_the_board_hiring_someone_from_elsewhere_hires_for_the_company_of_the_story():
    r = run("聯鈦半導體人事\n聯鈦半導體昨日召開董事會。聯鈦半導體表示營運穩定。董事會同時通過聘任前台積電(TSMC)資深處長"
            "王建民為營運長,11月1日到任。", published=date(2025, 10, 22), lang="zh-Hant")
    h = ev(r, "hire", "王建民")
    assert h and h[0].org == "聯鈦半導體" and h[0].counterparty == "TSMC"


@pytest.mark.origin("heldout4")
def test_the_board_appointing_an_insider_is_a_promotion_not_a_hire():
    r = run("远驰汽车人事\n远驰汽车宣布人事调整。远驰汽车表示稳定。董事会同意聘任首席运营官孔令辉出任总裁。", lang="zh-Hans")
    assert ev(r, "promotion", "孔令辉") and not ev(r, "hire", "孔令辉")


@pytest.mark.origin("heldout4")
def test_bringing_in_someone_from_a_former_company_to_a_title_is_a_hire():
    r = run("星衍机器人\n星衍机器人完成融资。星衍机器人今年扩张。公司今年9月引入了前中金公司投行部执行总经理刘明担任首席财务官。",
            published=date(2025, 11, 20), lang="zh-Hans")
    h = ev(r, "hire", "刘明")
    assert h and h[0].org == "星衍机器人" and h[0].role == "Chief Financial Officer"


@pytest.mark.origin("heldout4")
def test_bringing_in_a_technology_is_no_hire():
    r = run("星衍机器人\n星衍机器人今年引入了新的视觉算法。", lang="zh-Hans")
    assert not ev(r, "hire")


@pytest.mark.origin("heldout4")
def test_a_newly_appointed_title_said_again_is_the_hire_not_a_promotion():
    r = run("聯鈦半導體人事\n聯鈦半導體今日宣布聘任前台積電(TSMC)處長王建民為營運長。新任營運長王建民在台積電服務逾20年。",
            lang="zh-Hant")
    assert ev(r, "hire", "王建民") and not ev(r, "promotion", "王建民")


@pytest.mark.origin("heldout5")
def test_a_move_in_a_relative_clause_is_not_the_promotion_after_it():
    r = run("Orvane Labs\nOrvane Labs said Maya Tran, who joined Google in 2019, was promoted to CTO last week.",
            published=date(2025, 5, 2), lang="en")
    p = ev(r, "promotion", "Maya Tran")
    assert p and p[0].org == "Orvane Labs" and p[0].role == "Chief Technology Officer" and p[0].date == "2025-04-21"
    h = ev(r, "hire", "Maya Tran")
    assert h and h[0].org == "Google" and h[0].role is None


@pytest.mark.origin("heldout5")
def test_people_hired_listed_after_a_colon():
    r = run("Orvane Labs\nOrvane Labs hired three engineers from Meta: Ana Li, Bo Chen and Cy Park.",
            published=date(2025, 5, 2), lang="en")
    assert {e.person for e in ev(r, "hire", org="Orvane Labs")} == {"Ana Li", "Bo Chen", "Cy Park"}


@pytest.mark.origin("round11")
def test_huo_weiren_is_an_appointment_to_the_title_after_it():
    r = run("宏泰科技人事異動\n宏泰科技昨(1)日宣布,陳建華獲委任為執行長。", published=date(2025, 5, 2), lang="zh-Hant")
    p = ev(r, "promotion", "陳建華") + ev(r, "hire", "陳建華")
    assert p and p[0].role == "Chief Executive Officer" and p[0].org == "宏泰科技"


@pytest.mark.origin("round11")
def test_a_board_electing_someone_to_a_title_is_an_appointment():
    r = run("宏泰科技\n宏泰科技董事会推选周美玲为董事长。", published=date(2025, 5, 2), lang="zh-Hans")
    p = ev(r, "promotion", "周美玲") + ev(r, "hire", "周美玲")
    assert p and p[0].role == "Chairman"


def test_an_appointee_who_once_worked_elsewhere_told_in_a_relative_clause_is_hired_from_there():
    r = run("星河半導體延攬銀河電子高管\n星河半導體同日也宣布,任命曾在銀河電子任職2年的高管林志遠擔任星河半導體數據中心"
            "事業部新任執行副總裁。")
    assert [(e.type, e.org, e.counterparty, e.role) for e in r.events] == [
        ("hire", "星河半導體", "銀河電子", "Executive Vice President")]


def test_a_title_given_after_擔任_and_the_companys_name_is_the_one_taken_but_not_a_post_held_before():
    r = run("星河科技董事會委任非執行董事林佳慧為新任行政總裁,明年1月1日起履新。")
    assert [(e.type, e.role_raw) for e in ev(r, "promotion")] == [("promotion", "行政總裁")]


def test_elected_to_a_post_by_a_congress_or_a_board_is_a_promotion():
    from tests.extracting import run as run_
    r = run_("星河篮球协会会员大会召开,韩志远当选星河篮球协会主席,邵明川、祁婉宁当选副主席。")
    assert [(e.type, e.person, e.role_raw) for e in r.events] == [
        ("promotion", "韩志远", "主席"), ("promotion", "邵明川", "副主席"), ("promotion", "祁婉宁", "副主席")]
    r = run_("星河科技公司董事会选举王志强为公司董事长。")
    assert [(e.type, e.person, e.org) for e in r.events] == [("promotion", "王志强", "星河科技")]


def test_a_former_post_in_apposition_most_recently_or_previously_makes_a_hire_from_there():
    for mark in ("most recently", "previously"):
        r = run(f"Orbis Labs grew fast. Ana Ruiz, {mark} chief operating officer at Quorra Capital, was named chief "
                "executive of Orbis Labs.")
        assert [(e.type, e.org, e.counterparty) for e in r.events] == [("hire", "Orbis Labs", "Quorra Capital")]


def test_an_appointee_said_to_be_inside_stays_a_promotion():
    for said in ("who has been with the company since 2015", "an internal candidate", "an Orbis veteran"):
        r = run(f"Orbis Labs grew fast. Orbis Labs named Ana Ruiz, {said}, as chief executive.")
        # (the appointment; "has been with the company since 2015" is also her start there, a hire in 2015: rule 4)
        assert [(e.type, e.org) for e in r.events if e.person == "Ana Ruiz" and e.role] == [("promotion", "Orbis Labs")]
    r = run("Orbis Labs grew fast. Orbis Labs named Ana Ruiz, who has been with the company since 2015, as chief "
            "executive.")
    assert ("hire", "2015-01-01") in [(e.type, e.date) for e in r.events if e.person == "Ana Ruiz"]


def test_moving_from_an_organisation_told_with_from_and_a_word_of_moving():
    r = run("星河科技今年營收大增。星河科技宣布,林佳慧從銀河科技轉任星河科技總裁。")
    assert [(e.type, e.org, e.counterparty) for e in ev(r, "hire")] == [("hire", "星河科技", "銀河科技")]


def test_the_chair_of_a_public_body_named_chair_of_a_listed_company_is_hired_from_the_body():
    r = run("【本報訊】金融局主席林佳慧上月出任星交所(0388)主席,她昨日坦言工作量沉重。")
    assert [(e.type, e.person, e.org, e.counterparty) for e in r.events] == [("hire", "林佳慧", "星交所", "金融局")]


@pytest.mark.parametrize("text", [
    "Orbis Systems said on Monday that Ana Ruiz takes the helm as chief executive officer.",
    "Ana Ruiz takes the reins at Orbis Systems as chief executive.",
    "Ana Ruiz will assume the role of chief executive at Orbis Systems on July 1.",
    "Ana Ruiz moves up to chief executive of Orbis Systems.",
    "Orbis Systems designated Ana Ruiz as chief executive officer.",
    "Ana Ruiz was elected chairman of Orbis Systems at the annual meeting.",
    "Ana Ruiz assumed office as chief executive of Orbis Systems on Monday.",
    "Ana Ruiz stepped in as interim chief executive of Orbis Systems.",
    "Ben Tao, chief executive of Orbis Systems, hands over to Ana Ruiz in July.",
    "Orbis Systems said Ben Tao would retire, and Ana Ruiz would succeed him as chief executive.",
    "Ana Ruiz has been appointed to the board of Orbis Systems.",
    "Ana Ruiz rose to chief operating officer of Orbis Systems in 2021.",
    "Ana Ruiz took on the role of chief financial officer at Orbis Systems last year.",
    "Ana Ruiz was made a partner at Orbis Systems in 2020.",
    "Orbis Systems appoints Ana Ruiz as chief financial officer.",
    "Orbis Systems names Ana Ruiz chief executive.",
    "Orbis Systems promotes Ana Ruiz to chief operating officer.",
    "Orbis Systems said on Monday it is appointing Ana Ruiz as chief financial officer.",
])
def test_idioms_of_taking_a_post_give_a_promotion(text):
    assert [(e.person, e.org) for e in ev(run(text), "promotion")] == [("Ana Ruiz", "Orbis Systems")]


@pytest.mark.parametrize("text, role", [
    ("星河科技總經理柯文瀚將交棒給副總經理林佳慧。", "General Manager"),
    ("林佳慧日前出掌星河科技,擔任董事長。", "Chairman"),
    ("林佳慧昨日正式履新星河科技總經理。", "General Manager"),
    ("星河科技財務長林佳慧改任營運長。", "Chief Operating Officer"),
    ("林佳慧將擔綱星河科技執行長一職。", "Chief Executive Officer"),
    ("柯文瀚辭去星河科技董事長一職,由林佳慧接手。", "Chairman"),
    ("星河科技研發處長林佳慧獲拔擢為技術長。", "Chief Technology Officer"),
    ("星河科技財務長林佳慧榮升總經理。", "General Manager"),
    ("柯文瀚退休後,林佳慧接下星河科技董事長一職。", "Chairman"),
])
def test_chinese_words_of_taking_a_post_give_a_promotion(text, role):
    assert [(e.person, e.role) for e in ev(run(text), "promotion")] == [("林佳慧", role)]


def test_a_bare_ren_between_a_name_and_an_organisation_is_a_post_taken():
    r = run("4月6日,東岳銀行發布公告,周志遠任東岳銀行黨委書記。")
    assert [(e.person, e.org) for e in ev(r, "promotion")] == [("周志遠", "東岳銀行")]


@pytest.mark.parametrize("text", [
    "星河科技副總裁任嘉上月離職。",  # 任 opens a name after a title
    "任思捷與歐陽琳上月相繼離開星河科技。",  # 任 opens a name at the start of a clause
    "林佳慧任星河科技董事長期間,營收翻倍。",  # a time told by a post held
    "林佳慧曾任星河科技董事長。",  # a post held before
])
def test_a_bare_ren_that_opens_a_name_or_tells_a_time_is_no_post_taken(text):
    assert not ev(run(text), "promotion")


def test_an_inverted_joiner_is_the_person_after_is():
    r = run("Joining Orbis Systems as chief financial officer is Ana Ruiz, who previously worked at Quorra Labs.")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("Ana Ruiz", "Orbis Systems")]


def test_each_name_of_a_list_with_its_own_title_takes_it():
    r = run("Orbis Systems named Ana Ruiz as president and Ben Tao as chief operating officer.")
    assert {(e.person, e.role) for e in ev(r, "promotion")} == {("Ana Ruiz", "President"),
                                                               ("Ben Tao", "Chief Operating Officer")}


@pytest.mark.origin("realnews round 6")
@pytest.mark.parametrize("text", [
    "曾任高雄副市長的王大明接任星河科技董事長。",
    "前嘉義縣縣長王大明出任星河科技董事長。",
    "曾任台中市議員的王大明接任星河科技董事長。",
    "曾擔任新竹縣副縣長的王大明接任星河科技董事長。",
])
def test_a_city_or_county_office_held_before_makes_a_company_post_a_hire(text):
    (h,) = ev(run(text), "hire")
    assert (h.person, h.org, h.role) == ("王大明", "星河科技", "Chairman")


@pytest.mark.origin("realnews round 6")
def test_a_deputy_mayor_becoming_mayor_is_no_hire_from_outside():
    assert not ev(run("台中市副市長王大明接任台中市長。"), "hire")


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text, who", [
    # a list of posts after the reshuffle word, joined by semicolons: the word holds for every item
    ("星河俱乐部官宣管理层调整\n星河俱乐部宣布进行管理层人员调整:林一帆先生担任俱乐部董事长;陈立群先生担任俱乐部总经理。",
     {"林一帆": "Chairman", "陈立群": "General Manager"}),
    ("星河电子发布人事任命公告\n星河电子发布人事任命公告,陈立群担任公司总经理。", {"陈立群": "General Manager"}),
    ("月光银行换届\n月光银行完成董事会换届,林一帆出任董事长,陈立群担任行长。", {"林一帆": "Chairman", "陈立群": "President"}),
])
def test_担任_in_a_reshuffle_announcement_is_a_post_taken_without_a_date(text, who):
    r = run(text, published=date(2025, 3, 4), lang="zh-Hans")
    got = {e.person: e.role for e in ev(r, "promotion")}
    assert got == who
    assert {e.org for e in ev(r, "promotion")} <= {"星河俱乐部", "星河电子", "月光银行"}


@pytest.mark.origin("realnews")
def test_担任_told_as_a_past_post_is_still_no_move_in_a_reshuffle():
    r = run("星河电子人事调整\n星河电子董事长林一帆曾担任月光银行行长。", published=date(2025, 3, 4), lang="zh-Hans")
    assert not r.events


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text, org, role", [
    ("林一帆从2012年6月开始进入月光控股董事会。", "月光控股", "Board Member"),
    ("2003年,陈立群调入星河银行总行任职。", "星河银行", None),
    ("2003年,陈立群进入星河银行总行工作。", "星河银行", None),
])
def test_entering_an_employer_to_work_or_its_board_is_a_hire(text, org, role):
    r = run(text, published=date(2025, 3, 4), lang="zh-Hans")
    (h,) = ev(r, "hire")
    assert (h.org, h.role) == (org, role)


@pytest.mark.origin("realnews")
def test_entering_a_market_is_no_hire():
    assert not run("星河电子计划进入欧洲市场,扩大工作团队。", lang="zh-Hans").events


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text, role", [
    ("星河电子宣布,林一帆离职后,手机部总裁陈立群将兼任星河手机产品部总经理。", "General Manager"),
    ("星河电子宣布,陈立群将同时兼任公司首席财务官。", "Chief Financial Officer"),
])
def test_a_second_post_to_be_taken_兼任_with_将_is_a_promotion(text, role):
    r = run(text, published=date(2025, 3, 4), lang="zh-Hans")
    (p,) = ev(r, "promotion", "陈立群")
    assert p.role == role


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text", ["星河电子董事长陈立群将继续兼任公司首席财务官。", "星河电子董事长陈立群同时兼任公司首席财务官。"])
def test_a_second_post_kept_兼任_is_no_move(text):
    assert not ev(run(text, published=date(2025, 3, 4), lang="zh-Hans"), "promotion")


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text, when", [
    ("星河电子首席执行官陈立群是在2019年4月23日上任。", "2019-04-23"),
    ("星河电子宣布,集团首席执行官陈立群被要求休假。根据星河电子的官网,现年53岁的陈立群,是在2019年4月23日上任。", "2019-04-23"),
])
def test_taking_office_on_a_date_takes_the_title_the_person_is_named_with(text, when):
    r = run(text, published=date(2025, 3, 4), lang="zh-Hans")
    (p,) = ev(r, "promotion", "陈立群")
    assert (p.org, p.role, p.date) == ("星河电子", "Chief Executive Officer", when)


@pytest.mark.origin("realnews")
def test_a_time_since_taking_office_is_no_move():
    assert not run("星河电子董事长林一帆2019年上任后,公司业绩大增。", lang="zh-Hans").events


@pytest.mark.parametrize("text", [
    "For Quorra Bank, Ana Ruiz was appointed as the Managing Director with Ben Tao as the Executive Director.",
    "Quorra Bank named Ana Ruiz as managing director, with Ben Tao as executive director.",
    "Quorra Bank appointed Ana Ruiz as managing director, and with Ben Tao as its executive director.",
    "The regulator announced Ana Ruiz as the Managing Director of Quorra Bank, with Ben Tao as executive director.",
])
def test_the_one_after_with_as_takes_the_post_told_after_them(text):
    r = run(text)
    assert {(e.person, e.org, e.role) for e in ev(r, "promotion")} == {
        ("Ana Ruiz", "Quorra Bank", "Managing Director"), ("Ben Tao", "Quorra Bank", "Executive Director")}


@pytest.mark.parametrize("text", [
    "The regulator announced Ana Ruiz as the Managing Director of Quorra Bank.",
    "Quorra Bank unveiled Ana Ruiz as its new managing director on Monday.",
    "Quorra Bank confirmed Ana Ruiz as managing director on Monday.",
    "Quorra Bank introduced Ana Ruiz as its new managing director.",
])
def test_a_word_one_name_and_as_puts_someone_in_charge(text):
    assert [(e.person, e.org, e.role) for e in ev(run(text), "promotion")] == [
        ("Ana Ruiz", "Quorra Bank", "Managing Director")]


@pytest.mark.parametrize("text", [
    "Ana Ruiz announced the results as managing director of Quorra Bank.",  # no name right after the word
    "Quorra Bank announced record profits as its managing director Ana Ruiz looked on.",
])
def test_a_word_of_showing_with_no_name_right_after_puts_nobody_in_charge(text):
    assert not ev(run(text), "promotion")


@pytest.mark.parametrize("text", [
    "Quorra Bank said its newly appointed managing director, Ana Ruiz, would start in May.",
    "Quorra Bank said its recently named managing director Ana Ruiz would start in May.",
    "Quorra Bank's newly appointed managing director, Dr. Ana Ruiz, said profits rose.",
])
def test_an_appointing_participle_before_a_title_names_the_one_after_it(text):
    assert [(e.person, e.role) for e in ev(run(text), "promotion")] == [("Ana Ruiz", "Managing Director")]


@pytest.mark.parametrize("opening, role", [
    ("Harlow University has appointed a senior manager at the University of Brenton as its next vice-chancellor.",
     "Vice-Chancellor"),
    ("Harlow University has chosen an outsider as its incoming vice-chancellor.", "Vice-Chancellor"),
    ("Harlow University has named its sixth vice-chancellor.", "Vice-Chancellor"),
    ("Harlow University has found a new vice-chancellor.", "Vice-Chancellor"),
])
def test_a_succession_takes_the_title_about_to_be_filled_in_the_sentence_before(opening, role):
    r = run(opening + " Ana Ruiz, deputy vice-chancellor at the University of Brenton, will replace Ben Tao when he "
            "leaves Harlow University in December to move to the University of Calder.")
    assert [(e.org, e.role, e.counterparty) for e in ev(r, "hire") if e.person == "Ana Ruiz"] == [
        ("Harlow University", role, "University of Brenton")]
    assert [(e.person, e.counterparty) for e in ev(r, "departure")] == [("Ben Tao", "University of Calder")]
    assert [(e.org, e.counterparty) for e in ev(r, "hire") if e.person == "Ben Tao"] == [
        ("University of Calder", "Harlow University")]


@pytest.mark.parametrize("text", [
    "Orbis Bank has appointed two managing directors. They are Ana Ruiz and Ben Tao.",
    "Orbis Bank has appointed two new managing directors. The appointees are Ana Ruiz and Ben Tao.",
    "Orbis Bank has appointed two managing directors. The two are Ana Ruiz and Ben Tao.",
    "Orbis Bank named two managing directors: Ana Ruiz and Ben Tao.",
])
def test_an_appointment_of_several_names_them_in_the_list_after_it(text):
    assert [(e.person, e.role) for e in ev(run(text), "promotion")] == [
        ("Ana Ruiz", "Managing Director"), ("Ben Tao", "Managing Director")]


def test_an_appointment_of_several_takes_no_list_that_does_not_open_the_next_sentence():
    r = run("Orbis Bank has appointed two managing directors. Analysts said Ana Ruiz and Ben Tao were likely picks.")
    assert not ev(r, "promotion")


@pytest.mark.parametrize("text", [
    "Orbis named Ana Ruiz, who until recently headed Quorra Labs, as its new chief executive.",
    "Orbis named Ana Ruiz, until recently with Quorra Labs, as its new chief executive.",
    "Ana Ruiz, who arrives from Quorra Labs, was named chief executive of Orbis.",
    "Orbis named Ana Ruiz, most recently at Quorra Labs, as its new chief executive.",
])
def test_where_someone_comes_from_now_said_after_the_name_makes_a_hire(text):
    assert [(e.person, e.org, e.counterparty) for e in ev(run(text), "hire")] == [("Ana Ruiz", "Orbis", "Quorra Labs")]


def test_an_older_post_told_later_is_no_origin():
    r = run("Dana Whit, who has run Orbis's sales since 2022, was named chief operating officer of Orbis on Tuesday. "
            "Whit previously worked at Quorra Labs for eight years.")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Dana Whit", "Chief Operating Officer")]


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text, org, origin", [
    ("星河工商總會選出新會長\n星河工商總會昨日宣布,銀河集團執行主席林佳慧當選第九屆理事會會長。", "星河工商總會", "銀河集團"),
    ("星河工商总会选出新会长\n星河工商总会昨日宣布,银河集团执行主席林佳慧当选第九届理事会会长。", "星河工商总会", "银河集团"),
    ("Galaxy Commerce Association said on Monday that Orbis Labs chief executive Ana Ruiz was elected its president.",
     "Galaxy Commerce Association", "Orbis Labs"),
])
def test_a_post_held_elsewhere_when_another_organisation_announces_the_move_is_a_hire_from_there(text, org, origin):
    # (the headline names the chamber once more, so that its name is known; README rule 1: the announcer takes them on; the post held right before the name is where they come from)
    r = run(text)
    (h,) = ev(r, "hire")
    assert (h.org, h.counterparty) == (org, origin)


@pytest.mark.origin("realnews round 7")
def test_a_bare_appointing_verb_after_a_modal_or_to_appoints_and_an_age_does_not_end_the_clause():
    r = run("Halvard Steel said it will promote Executive Vice President Mireille Okonjo, 61, to president.\n"
            "The board of Tessaline Bank voted to appoint Dorian Vasquez as chief risk officer.", lang="en")
    assert (ev(r, "promotion", "Mireille Okonjo")[0].role, ev(r, "promotion", "Dorian Vasquez")[0].role) == \
        ("President", "Chief Risk Officer")


@pytest.mark.origin("realnews round 7")
def test_acting_as_a_post_is_holding_it_but_a_banks_part_in_a_deal_is_no_post():
    r = run("Finance director Priya Lendl acted as chief executive of Tessaline Bank at the time.", lang="en")
    assert ev(r, "promotion", "Priya Lendl")[0].role == "Chief Executive Officer"
    r = run("Orbis Securities acted as lead manager and Vela Partners acted as co-manager of the Quorra offering.",
            lang="en")
    assert not ev(r, "promotion")


@pytest.mark.origin("realnews round 7")
def test_a_post_held_in_the_group_when_the_group_announces_a_promotion_stays_a_promotion():
    r = run("星河集團宣布,銀河科技總經理林佳慧升任董事長。")
    assert [(e.person, e.org) for e in ev(r, "promotion")] == [("林佳慧", "銀河科技")]
    assert not ev(r, "hire")


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text, want", [
    ("Orbis Air named Ana Ruiz as its new president on Monday. The board approved it. Ruiz is leaving Quorra "
     "Services to join Orbis Air.", ("Ana Ruiz", "Orbis Air", "President")),
    ("星河集团今天公布了最新高管任命:任命林佳慧出任集团副总裁。星河集团董事长表示,林佳慧的加入将增强星河集团的实力。",
     ("林佳慧", "星河集团", "Vice President")),
    ("星河集團今天公布了最新高管任命:任命林佳慧出任集團副總裁。星河集團董事長表示,林佳慧的加入將增強星河集團的實力。",
     ("林佳慧", "星河集團", "Vice President")),
])
def test_a_post_taken_and_a_joining_told_apart_are_one_hire_with_the_title(text, want):
    # (the joining says she comes from outside: README rule 1, no promotion row)
    r = run(text)
    (h,) = ev(r, "hire")
    assert (h.person, h.org, h.role) == want
    assert not ev(r, "promotion")


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text", [
    "星河航空昨日召開董事會,原董事長易宏遠榮退,由原星河航空集團董事長林佳慧接任。",
    "星河航空昨日召开董事会,原董事长易宏远荣退,由原星河航空集团董事长林佳慧接任。",
])
def test_a_former_post_in_the_group_told_before_the_name_keeps_the_appointee_inside(text):
    # (README rule 1: holding company and subsidiary are one group; a former post at another company is a hire)
    r = run(text)
    assert [(e.person, e.org) for e in ev(r, "promotion")] == [("林佳慧", "星河航空")]
    assert not ev(r, "hire")
    (h,) = ev(run("星河航空同時宣布,由原銀河證券副總裁陳志明出任星河航空財務長。"), "hire")
    assert h.counterparty == "銀河證券"


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text", [
    # held when named
    "星河特區政府昨日公布,行會成員林佳慧將於7月1日出任星河科技園公司董事局主席。",
    "星河特区政府昨日公布,行政会议成员林佳慧将于7月1日出任星河科技园公司董事局主席。",
    "Executive councillor Ana Ruiz will become chairman of Orbis Science Park Corporation on July 1.",
    # once held, told later
    "星河糖業今年營收大增。林佳慧去年4月20日上任星河糖業董事長。林佳慧是資深公務人員,並曾擔任銀河市政府副市長及秘書長等職務。",
    "星河糖业今年营收大增。林佳慧去年4月20日上任星河糖业董事长。林佳慧是资深公务人员,并曾担任银河市政府副市长及秘书长等职务。",
    "Orbis Sugar named Ana Ruiz as its chairman on April 20. Ruiz, a career civil servant, previously served as deputy "
    "mayor of Galaxy City.",
])
def test_a_public_office_held_when_named_or_once_held_makes_a_company_post_a_hire(text):
    # (README rule 1: from outside; an office once held, told later, is no counterparty)
    r = run(text)
    (h,) = ev(r, "hire")
    assert h.role == "Chairman"
    assert not ev(r, "promotion")


@pytest.mark.origin("realnews")
def test_a_post_once_held_at_the_company_told_later_keeps_a_promotion():
    r = run("星河糖業今年營收大增。林佳慧去年4月20日上任星河糖業董事長。林佳慧曾任星河糖業副總經理。")
    assert [e.person for e in ev(r, "promotion")] == ["林佳慧"]
    assert not ev(r, "hire")


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text", [
    "星河基金會3月6日宣布委任三名新成員,包括會計師林志遠、律師易大明及工程師何美玲等。",
    "星河基金会3月6日宣布委任三名新成员,他们依序是会计师林志远、律师易大明,以及工程师何美玲。",
])
def test_an_appointment_of_several_counted_takes_each_person_the_next_clause_lists(text):
    r = run(text)
    got = sorted(e.person[:1] for e in r.events if e.type in ("promotion", "hire"))
    assert got == sorted("林易何")
    assert all(e.role == "Member" for e in r.events if e.type in ("promotion", "hire"))


@pytest.mark.origin("realnews round 7")
def test_a_list_of_fields_after_an_appointment_of_several_names_nobody():
    # (the list that follows tells where the new members come from, not who they are)
    r = run("星河基金會3月6日委任三名新成員,包括金融、醫療及教育界人士。")
    assert not [e for e in r.events if e.type in ("promotion", "hire")]


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text, people, role", [
    ("星河重工5月15日发布公告称,由集团董事唐志国、向文远担任集团轮值董事长。", {"唐志国", "向文远"}, "Rotating Chairman"),
    ("星河重工5月15日發布公告稱,由集團董事唐志國、向文遠擔任集團輪值董事長。", {"唐志國", "向文遠"}, "Rotating Chairman"),
    ("月光學院院長的職缺將由月光研究院院長蘇添明擔任。", {"蘇添明"}, "Director"),
])
def test_a_post_given_to_people_named_after_a_new_holders_mark(text, people, role):
    got = ev(run(text), "promotion")
    assert {p.person for p in got} == people and {p.role for p in got} == {role}


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text", [
    "公司审计委员会当前由邹明华担任主席。",
    "由于王志强担任首席执行官期间表现出色,公司业绩大增。",
])
def test_a_post_held_now_or_a_reason_given_with_its_holder_is_no_appointment(text):
    assert not ev(run(text), "promotion")


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text, first, second", [
    ("Ana Ruiz joined Orbis Capital in 2013 and was promoted to chief technology officer in 2022.",
     ("hire", None, "2013-01-01"), ("promotion", "Chief Technology Officer", "2022-01-01")),
    ("Ana Ruiz joined the Orbis Capital board in April 2010 and became chairman in May 2012.",
     ("hire", None, "2010-04-01"), ("promotion", "Chairman", "2012-05-01")),
    ("Ana Ruiz was named chief financial officer of Orbis Capital in 2015 and later became chief executive in 2019.",
     ("promotion", "Chief Financial Officer", "2015-01-01"), ("promotion", "Chief Executive Officer", "2019-01-01")),
])
def test_a_second_verb_of_one_subject_is_a_step_of_its_own_with_its_own_title_and_time(text, first, second):
    r = run(text, published=date(2025, 6, 5), lang="en")
    got = sorted((e.type, e.role, e.date) for e in r.events if e.person == "Ana Ruiz")
    assert got == sorted([first, second])


@pytest.mark.origin("realnews round 7")
def test_resigned_and_will_leave_is_one_leaving_dated_when_it_takes_effect():
    r = run("Orbis Capital chief executive Ana Ruiz has resigned and will leave the company on October 31.",
            published=date(2025, 6, 5), lang="en")
    assert [e.date for e in ev(r, "departure", "Ana Ruiz")] == ["2025-10-31"]


@pytest.mark.origin("realnews round 7")
def test_on_the_board_since_the_month_she_joined_it_is_the_joining_told_again():
    r = run("Ana Ruiz, who has been on the Orbis Capital board since April 2015, joined the Orbis Capital board in "
            "April 2015.", published=date(2025, 6, 5), lang="en")
    assert [(e.type, e.date) for e in r.events if e.person == "Ana Ruiz"] == [("hire", "2015-04-01")]


@pytest.mark.origin("realnews round 7")
def test_the_noun_name_is_no_naming():
    r = run("Ana Ruiz, whose name was floated as chief executive of Orbis Labs, declined to comment.", lang="en")
    assert not r.events


@pytest.mark.origin("realnews round 7")
def test_moved_to_or_returned_to_before_a_verb_or_a_state_is_no_hire():
    r = run("Under Ana Ruiz, Orbis Retail has moved to refresh its stores and returned to profit.", lang="en")
    assert not ev(r, "hire")
    r = run("Ana Ruiz left Orbis Retail in 2019 and moved to rival Quorra Labs.", lang="en")
    assert ev(r, "hire", "Ana Ruiz", "Quorra Labs")


@pytest.mark.origin("realnews round 7")
def test_someone_named_inside_an_apposition_is_not_the_one_who_joins():
    r = run("In 2021, Ana Ruiz, a bitter critic of Prime Minister Ben Tao, had joined Orbis Labs.", lang="en")
    assert [h.person for h in ev(r, "hire")] == ["Ana Ruiz"]


@pytest.mark.origin("realnews round 7")
def test_a_title_introduced_by_to_be_after_the_appointee_and_an_apposition():
    r = run("Vela Bank has picked Omar Reyes, the head of its retail arm, to be the next chief executive.", lang="en")
    (p,) = ev(r, "promotion")
    assert (p.person, p.org, p.role) == ("Omar Reyes", "Vela Bank", "Chief Executive Officer")


@pytest.mark.origin("realnews round 7")
def test_someone_named_then_told_to_come_from_elsewhere_that_week_is_hired_with_the_post():
    r = run("Corvane Air named Tomas Ferrer as its new president on Monday.\nHe is leaving Brightwell Holdings to join "
            "Corvane Air in Lisbon.", published=date(2025, 7, 16), lang="en")
    assert not ev(r, "promotion")
    (h,) = ev(r, "hire", "Tomas Ferrer")
    assert (h.org, h.role, h.counterparty, h.date) == ("Corvane Air", "President", "Brightwell Holdings", "2025-07-14")


@pytest.mark.origin("realnews round 7")
def test_a_financial_director_is_a_title_not_an_organisation():
    r = run("Financial director Nadia Osei acted as chief executive of Corvane Air at the time.", lang="en")
    assert ev(r, "promotion", "Nadia Osei")[0].org == "Corvane Air"


@pytest.mark.origin("realnews round 7")
def test_the_appointment_of_someone_unnamed_appoints_no_one_named_before():
    r = run("The changes at Halvard Group, controlled by the tycoon Ansel Varga, go on after the appointment of a "
            "manager from outside the family to run its dairy arm.", lang="en")
    assert not r.events


@pytest.mark.origin("probe 2026-12-07")
@pytest.mark.parametrize("text, org, origin", [
    ("宏遠電子董事會昨日通過執行長人選由銀河科技資深副總經理陳立群接任。", "宏遠電子", "銀河科技"),
    ("宏远电子董事会昨日通过执行长人选由银河科技资深副总经理陈立群接任。", "宏远电子", "银河科技")])
def test_the_one_chosen_for_a_title_is_told_after_it_like_a_post_left_open(text, org, origin):
    (h,) = ev(run(text), "hire")
    assert (h.org, h.role, h.counterparty) == (org, "Chief Executive Officer", origin)


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text, lang", [
    ("Kestrel Motors appointed three non-executive directors to its board: Lena Ostrova, chief technology officer and vice president "
     "of cloud services at Tessera Systems; Ben Arkwright, CEO Halden Energy; and Piet Kramer, chairman of "
     "Velmar Chemicals.", "en"),
    ("星河汽車今日宣布委任三名新董事：銀河科技總裁林大明；晨光能源董事長王小芳；北辰化工公司執行長陳志遠。", "zh-Hant"),
    ("星河汽车今日宣布委任三名新董事：银河科技总裁林大明；晨光能源董事长王小芳；北辰化工公司执行长陈志远。", "zh-Hans"),
])
def test_a_list_after_a_colon_cut_by_semicolons_gives_one_hire_per_item_from_its_employer(text, lang):
    hires = ev(run(text, lang=lang), "hire")
    assert len(hires) == 3 and all(h.counterparty for h in hires)
    assert not ev(run(text, lang=lang), "promotion")


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text, origin", [
    ("Dario Velt has been elected as chairman of the Orbis Trade Council. He is the CEO of Quorra Textiles Limited, "
     "a listed maker of yarn.", "Quorra Textiles Limited"),
    ("The Orbis Trade Council chose Mira Solberg as its deputy chair. Solberg is the managing director of "
     "Brightmoor Foods Limited.", "Brightmoor Foods Limited"),
])
def test_a_post_held_elsewhere_told_in_the_next_sentence_makes_an_election_a_hire(text, origin):
    (h,) = ev(run(text, lang="en"), "hire")
    assert (h.org, h.counterparty) == ("Orbis Trade Council", origin)


@pytest.mark.origin("realnews round 8")
def test_a_post_at_the_same_company_told_later_keeps_a_promotion_inside():
    r = run("Orbis Labs named Ana Ruiz chief executive. Ruiz is the COO of Orbis Labs.", lang="en")
    assert ev(r, "promotion") and not ev(r, "hire")


@pytest.mark.origin("realnews round 8")
def test_will_be_the_acting_ceo_after_a_departure_is_a_promotion():
    r = run("Halden Energy chief executive Ana Ruiz resigned on Wednesday. Chairman Ben Tao said finance director "
            "Mira Solberg will be the acting CEO.", published=date(2026, 3, 5), lang="en")
    (p,) = ev(r, "promotion")
    assert (p.person, p.org, p.role) == ("Mira Solberg", "Halden Energy", "Chief Executive Officer")


@pytest.mark.origin("realnews round 8")
def test_a_career_line_gives_each_verb_its_own_event_at_the_organisation_first_joined():
    r = run("Kestrel Motors has named Ana Ruiz chairman of its board. Ruiz began her career at Halden Energy in 1981 "
            "and rose to chief executive in 1996.", published=date(2026, 3, 5), lang="en")
    (h,) = ev(r, "hire")
    assert (h.org, str(h.date)) == ("Halden Energy", "1981-01-01")
    ceo = [p for p in ev(r, "promotion") if p.role == "Chief Executive Officer"]
    assert [(p.org, str(p.date)) for p in ceo] == [("Halden Energy", "1996-01-01")]


# The family of ways news says someone took a post or left one (verbs and idioms, nominal forms, headlines, lists of
# appointees), invented sentences in the three scripts: each must give the event, with its person and organisation
# (None: not checked). A promotion word may be read a hire when the text does not say the person was inside.
_APPOINTMENT_FAMILY = [
    ('zh-Hant', '人事\n林志遠出掌遠揚電子,擔任總經理一職。', 'promotion', '林志遠', '遠揚電子'),
    ('zh-Hant', '人事\n遠揚電子董事會通過,由副總經理陳美玲接掌總經理。', 'promotion', '陳美玲', '遠揚電子'),
    ('zh-Hant', '人事\n黃建國執掌藍田航運,將出任董事長。', 'promotion', '黃建國', '藍田航運'),
    ('zh-Hant', '人事\n藍田航運新任總經理周文彬昨日走馬上任。', 'promotion', '周文彬', '藍田航運'),
    ('zh-Hant', '人事\n吳佩珊獲委任為恆輝銀行行政總裁,下月履新。', 'promotion', '吳佩珊', '恆輝銀行'),
    ('zh-Hant', '人事\n恆輝銀行宣布,財務總監鄭嘉豪晉升為營運總監。', 'promotion', '鄭嘉豪', '恆輝銀行'),
    ('zh-Hant', '人事\n遠揚電子董事長林國棟交棒,由長子林志遠接棒出任董事長。', 'promotion', '林志遠', '遠揚電子'),
    ('zh-Hant', '人事\n遠揚電子董事長林國棟功成身退,卸下董事長職務。', 'departure', '林國棟', '遠揚電子'),
    ('zh-Hant', '遠揚電子新任總經理周文彬\n遠揚電子今日宣布人事異動。', 'promotion', '周文彬', '遠揚電子'),
    ('zh-Hant', '人事\n董事會決議,選任林志遠為董事長、陳美玲為總經理,即日生效。遠揚電子表示感謝。', 'promotion', '陳美玲', None),
    ('zh-Hant', '人事\n恆輝銀行公布任命吳佩珊為行政總裁的議案。', 'promotion', '吳佩珊', '恆輝銀行'),
    ('zh-Hant', '人事\n周文彬膺任藍田航運董事長。', 'promotion', '周文彬', '藍田航運'),
    ('zh-Hans', '人事\n刘志强出掌星河科技,担任总经理。', 'promotion', '刘志强', '星河科技'),
    ('zh-Hans', '人事\n王晓燕执掌云帆物流,出任首席执行官。', 'promotion', '王晓燕', '云帆物流'),
    ('zh-Hans', '人事\n云帆物流新任总裁赵明辉已走马上任。', 'promotion', '赵明辉', '云帆物流'),
    ('zh-Hans', '人事\n赵明辉获任命为星河科技副总裁。', 'promotion', '赵明辉', '星河科技'),
    ('zh-Hans', '人事\n星河科技公告,聘任孙丽娟为公司财务总监。', 'hire', '孙丽娟', '星河科技'),
    ('zh-Hans', '人事\n星河科技董事会同意聘任孙丽娟为总经理、李建平为董事会秘书。', 'promotion', '李建平', '星河科技'),
    ('zh-Hans', '星河科技关于聘任孙丽娟为总经理的公告\n本公司董事会审议通过。', 'hire', '孙丽娟', '星河科技'),
    ('zh-Hans', '人事\n星河科技创始人刘志强卸下董事长职务,功成身退。', 'departure', '刘志强', '星河科技'),
    ('zh-Hans', '人事\n周海涛升任云帆物流首席运营官。', 'promotion', '周海涛', '云帆物流'),
    ('zh-Hans', '人事\n云帆物流董事长周建军交棒给儿子周海涛。', 'promotion', '周海涛', '云帆物流'),
    ('zh-Hans', '人事\n星河科技选举刘志强为董事长、王晓燕为副董事长。', 'promotion', '王晓燕', '星河科技'),
    ('zh-Hans', '人事\n王晓燕将于7月1日正式履新云帆物流首席财务官。', 'promotion', '王晓燕', '云帆物流'),
    ('en', 'People\nMaria Castell takes the helm at Brightwater Systems as chief executive.', 'promotion', 'Maria Castell', 'Brightwater Systems'),
    ('en', 'People\nDaniel Okafor assumes the role of chief financial officer at Norvale Bank.', 'promotion', 'Daniel Okafor', 'Norvale Bank'),
    ('en', 'People\nPriya Raman was tapped as chief operating officer of Kestrel Foods.', 'promotion', 'Priya Raman', 'Kestrel Foods'),
    ('en', 'People\nTomas Lindqvist has been elevated to president of Harbor Lane Capital.', 'promotion', 'Tomas Lindqvist', 'Harbor Lane Capital'),
    ('en', 'People\nGrace Whitmore steps into the role of chief technology officer at Norvale Bank.', 'promotion', 'Grace Whitmore', 'Norvale Bank'),
    ('en', 'Daniel Okafor to lead Norvale Bank\nNorvale Bank said Daniel Okafor will become chief executive in June.', 'promotion', 'Daniel Okafor', 'Norvale Bank'),
    ('en', 'People\nKestrel Foods named Priya Raman to succeed Alan Brooks as chief executive.', 'promotion', 'Priya Raman', 'Kestrel Foods'),
    ('en', 'People\nMaria Castell takes over from Alan Brooks as chief executive of Brightwater Systems.', 'promotion', 'Maria Castell', 'Brightwater Systems'),
    ('en', 'People\nAlan Brooks hands over to Maria Castell as chief executive of Brightwater Systems.', 'departure', 'Alan Brooks', 'Brightwater Systems'),
    ('en', 'People\nBrightwater Systems announced the appointment of Maria Castell as chief executive.', 'promotion', 'Maria Castell', 'Brightwater Systems'),
    ('en', "People\nHarbor Lane Capital said Tomas Lindqvist's appointment as president takes effect in May.", 'promotion', 'Tomas Lindqvist', 'Harbor Lane Capital'),
    ('en', 'Kestrel Foods names Priya Raman CEO\nThe company said the move takes effect in April.', 'promotion', 'Priya Raman', 'Kestrel Foods'),
    ('en', 'People\nNorvale Bank appointed Daniel Okafor as chairman and Grace Whitmore as chief executive.', 'promotion', 'Grace Whitmore', 'Norvale Bank'),
    ('en', "People\nTomas Lindqvist's elevation to chief executive of Harbor Lane Capital was announced on Monday.", 'promotion', 'Tomas Lindqvist', 'Harbor Lane Capital'),
    ('en', 'People\nMaria Castell has been hired as chief marketing officer of Brightwater Systems.', 'hire', 'Maria Castell', 'Brightwater Systems'),
    ("zh-Hant", "周文彬接掌藍田航運\n藍田航運董事會昨日通過,由周文彬接任董事長。", "promotion", "周文彬", "藍田航運"),
    ("zh-Hant", "人事\n宏揚科技關於聘任許家瑋為總經理的公告已於昨日發布。", "hire", "許家瑋", "宏揚科技"),
    ("zh-Hant", "人事\n許家瑋走馬上任宏揚科技總經理。", "promotion", "許家瑋", "宏揚科技"),
    ("zh-Hant", "人事\n恆泰銀行委任邱俊傑為行政總裁、何嘉欣為財務總監。", "promotion", "何嘉欣", "恆泰銀行"),
    ("zh-Hant", "人事\n宏揚科技董事長許家瑋功成身退,交棒給總經理邱俊傑。", "departure", "許家瑋", "宏揚科技"),
    ("en", "People\nOrbis Labs named Ana Ruiz as chairman and Ben Tao as chief executive.", "promotion", "Ben Tao", "Orbis Labs"),
]


# -- how news tells that an appointee comes from outside (wave 2 family matrix) -------------------------------------
# Invented sentences, about ten per script: a post held elsewhere in apposition before or after the name, former
# posts (前/原, "the former"), 此前擔任/曾任…的, 從…跳槽, "poached from", "previously served as", and a company head
# elected to lead a chamber, a guild or a clan association (a hire there; the company is the counterparty).
_CAME_FROM_OUTSIDE = [
    ('Tellar Systems has hired Mark Reyes as chief technology officer. Reyes was most recently chief architect at Pinecrest Software.', 'Mark Reyes', 'Tellar Systems', 'Pinecrest Software'),
    ('星河科技董事長林佳慧昨日當選台北市電子商業同業公會理事長。', '林佳慧', '台北市電子商業同業公會', '星河科技'),
    ('從華新電子跳槽的張文彬，將出任遠星光電總經理。', '張文彬', '遠星光電', '華新電子'),
    ('遠洋航運董事會通過，聘任此前擔任東方物流總經理的李志豪為總經理。', '李志豪', '遠洋航運', '東方物流'),
    ('東洋塑膠總經理吳佩珊獲選為台灣塑膠工業同業公會理事長。', '吳佩珊', '台灣塑膠工業同業公會', '東洋塑膠'),
    ('曾任大昌建設總經理的劉建宏，日前加盟鼎盛科技出任執行長。', '劉建宏', '鼎盛科技', '大昌建設'),
    ('星河集团董事长林佳慧当选江苏省工商联合会主席。', '林佳慧', '江苏省工商联合会', '星河集团'),
    ('原永康银行行长王建国出任银河证券董事长。', '王建国', '银河证券', '永康银行'),
    ('远洋航运董事会同意聘任李志豪为总经理。李志豪此前担任东方物流总经理。', '李志豪', '远洋航运', '东方物流'),
    ('东洋塑胶总经理吴佩珊当选新加坡塑胶工业协会会长。', '吴佩珊', '新加坡塑胶工业协会', '东洋塑胶'),
    ('曾任大昌建设总经理的刘建宏加盟鼎盛科技，出任首席执行官。', '刘建宏', '鼎盛科技', '大昌建设'),
    ('现任华隆控股董事长的郑国荣当选福建会馆主席。', '郑国荣', '福建会馆', '华隆控股'),
    ('Orbis Holdings chairman Daniel Wong was elected president of the Penang Chamber of Commerce on Monday.', 'Daniel Wong', 'Penang Chamber of Commerce', 'Orbis Holdings'),
    ('Karen Lim, managing director of Quorra Capital, has been appointed chief executive of Vantor Bank.', 'Karen Lim', 'Vantor Bank', 'Quorra Capital'),
    ('Vantor Bank named Peter Hall, the former chief financial officer of Delmont Group, as its new CEO.', 'Peter Hall', 'Vantor Bank', 'Delmont Group'),
    ('Nexa Foods appointed Sarah Cole as chief executive. Cole previously served as president of Brightwell Brands.', 'Sarah Cole', 'Nexa Foods', 'Brightwell Brands'),
    ('Lumos Retail has poached Grace Ho from Kestrel Stores to become its chief executive.', 'Grace Ho', 'Lumos Retail', 'Kestrel Stores'),
    ('Emily Shaw, who previously served as CFO of Marlow Logistics, was appointed chief financial officer of Trident Freight.', 'Emily Shaw', 'Trident Freight', 'Marlow Logistics'),
]


@pytest.mark.origin("families 2026-12-07")
@pytest.mark.parametrize("lang,text,etype,person,org", _APPOINTMENT_FAMILY)
def test_the_family_of_appointment_and_leaving_forms(lang, text, etype, person, org):
    types = ("promotion", "hire") if etype == "promotion" else (etype,)
    r = run(text, lang=lang)
    assert any(e.type in types and e.person == person and (org is None or e.org == org) for e in r.events), \
        [(e.type, e.person, e.org) for e in r.events]


@pytest.mark.origin("families 2026-12-07")
@pytest.mark.parametrize("text,person,org,origin", _CAME_FROM_OUTSIDE)
def test_appointee_from_outside_is_a_hire_with_origin(text, person, org, origin):
    hires = ev(run(text), "hire", person=person)
    assert [(e.org, e.counterparty) for e in hires] == [(org, origin)]


# -- a person who appoints ----------------------------------------------------------------------------------------------
@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, org, role", [
    ("Orbis Reserve Bank\nPresident Cy Park has appointed Dr Ben Tao, a professor at Vela University, as deputy "
     "governor of the Orbis Reserve Bank.", "Orbis Reserve Bank", "Deputy Governor"),
    ("Orbis Bank\nOrbis Bank chairman Cy Park named Ben Tao as chief executive on Monday.", "Orbis Bank",
     "Chief Executive Officer"),
    ("Orbis Reserve Bank\nPrime Minister Cy Park has named Ben Tao as governor of the Orbis Reserve Bank.",
     "Orbis Reserve Bank", "Governor"),
    ("Orbis Water Authority\nThe governor, Alhaji Kunle Adeyemo, has appointed Mr Ben Tao as chairman of the Orbis Water "
     "Authority.", "Orbis Water Authority", "Chairman"),
    ("Orbis Reserve Bank\nPresident Cy Park appointed Ben Tao to the post of second deputy governor of the Orbis Reserve "
     "Bank.", "Orbis Reserve Bank", "Deputy Governor"),
    ("星河儲備銀行\n總統柯德安昨日任命葉思敏為星河儲備銀行副總裁。", "星河儲備銀行", "Vice President"),
    ("維登銀行\n維登銀行董事長林奕翔委任蘇佩蓉為維登銀行行政總裁。", "維登銀行", "Chief Executive Officer"),
    ("维登银行\n维登银行董事长林奕翔委任苏佩蓉为维登银行首席执行官。", "维登银行", "Chief Executive Officer"),
])
def test_a_person_who_appoints_gives_the_post_to_the_one_after_the_word(text, org, role):
    got = [(e.org, e.role) for e in ev(run(text), "promotion") + ev(run(text), "hire")]
    assert got == [(org, role)]


@pytest.mark.origin("realnews-dev")
def test_the_appointer_before_the_word_gets_no_post_and_a_passive_keeps_its_subject():
    r = run("Orbis Bank\nOrbis Bank chairman Cy Park named Ben Tao as chief executive on Monday.", lang="en")
    assert [e.person for e in ev(r, "promotion")] == ["Ben Tao"]
    r = run("Orbis Bank\nCy Park was named chief executive of Orbis Bank by the board on Monday.", lang="en")
    assert [e.person for e in ev(r, "promotion")] == ["Cy Park"]


# -- idioms of taking office -------------------------------------------------------------------------------------------
@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, etype, role", [
    ("Orbis Bank has brought in Ben Tao as CFO.", "hire", "Chief Financial Officer"),
    ("Ben Tao has been brought in as chief executive of Orbis Bank.", "hire", "Chief Executive Officer"),
    ("Orbis Bank has roped in Ben Tao as its CFO.", "hire", "Chief Financial Officer"),
    ("Ben Tao comes on board as CFO of Orbis Bank.", "hire", "Chief Financial Officer"),
    ("Ben Tao was headhunted by Orbis Bank as its new CFO.", "hire", "Chief Financial Officer"),
    ("Ben Tao was sworn in as governor of the Orbis Reserve Bank on Monday.", "promotion", "Governor"),
    ("Ben Tao was voted in as chairman of Orbis Bank at the annual meeting.", "promotion", "Chairman"),
    ("The board of Orbis Bank has co-opted Ben Tao as a director.", "promotion", "Director"),
    ("Ben Tao steps up to chief executive at Orbis Bank.", "promotion", "Chief Executive Officer"),
    ("Ben Tao will take the helm at Orbis Bank in June.", "promotion", None),
    ("Ben Tao took over the reins of Orbis Bank last year.", "promotion", None),
    ("Ben Tao has been handed the reins at Orbis Bank as chief executive.", "promotion", "Chief Executive Officer"),
    ("Ben Tao took charge of Orbis Bank as chief executive in March.", "promotion", "Chief Executive Officer"),
    ("Chairman Ben Tao takes over on an interim basis at Orbis Bank.", "promotion", "Chairman"),
    ("Orbis Bank chairman Ben Tao takes over in an executive capacity until a new CEO is found.", "promotion",
     "Chairman"),
    ("Orbis Bank ran without a leader until chief executive Ben Tao's arrival in May.", "hire", "Chief Executive Officer"),
    ("星河中央銀行\n林大明宣誓就任星河中央銀行總裁。", "promotion", "President"),
    ("星河銀行\n星河銀行董事會增補林大明為董事。", "promotion", "Board Member"),
    ("星河银行\n星河银行董事会增补林大明为董事。", "promotion", "Board Member"),
])
def test_idioms_of_taking_office_give_the_move(text, etype, role):
    r = run(text)
    person = "林大明" if "林大明" in text else "Ben Tao"
    assert [(e.person, e.role) for e in ev(r, etype)] == [(person, role)]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, role", [
    ("Ana Ruiz was axed as chief executive of Orbis Bank.", "Chief Executive Officer"),
    ("Orbis Bank axed chief executive Ana Ruiz on Monday.", "Chief Executive Officer"),
    ("Ana Ruiz has been shown the door at Orbis Bank.", None),
    ("Ana Ruiz has been relieved of her duties as chief executive of Orbis Bank.", "Chief Executive Officer"),
])
def test_idioms_of_being_removed_give_a_departure(text, role):
    assert [(e.person, e.org, e.role) for e in ev(run(text, lang="en"), "departure")] == [("Ana Ruiz", "Orbis Bank", role)]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "Orbis Bank axed 500 jobs in May, Ana Ruiz said.",
    "Ana Ruiz said the arrival of spring lifted sales at Orbis Bank.",
    "Orbis Bank brought in $5 million of fees, Ana Ruiz said.",
])
def test_the_same_words_naming_no_one_moved_give_nothing(text):
    r = run(text, lang="en")
    assert not [e for e in r.events if e.type in ("hire", "promotion", "departure")]


@pytest.mark.origin("realnews-dev")
def test_a_newcomers_planned_posts_each_with_its_time_are_one_arrival_from_outside():
    r = run("Orbis Bank\nOrbis Bank named Quorra chief executive Ben Tao as its new chief executive. Tao will join the "
            "Orbis Bank board on Aug. 1 and take the helm on Oct. 1.", published=date(2025, 1, 18), lang="en")
    assert not ev(r, "promotion", "Ben Tao")
    assert all(e.date is None or e.date >= "2025-01-18" for e in ev(r, "hire", "Ben Tao"))


# -- officers elected at a general meeting ---------------------------------------------------------------------------
@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, got", [
    ("Orbis Rowing Association\nAt its annual general meeting, Ana Ruiz was elected president, Ben Tao vice-president "
     "and Cy Park treasurer.", {("Ana Ruiz", "President"), ("Ben Tao", "Vice President"), ("Cy Park", "Treasurer")}),
    ("Orbis Rowing Association\nThe Orbis Rowing Association elected Ana Ruiz as president, Ben Tao as secretary "
     "general and Cy Park as treasurer.",
     {("Ana Ruiz", "President"), ("Ben Tao", "Secretary General"), ("Cy Park", "Treasurer")}),
    ("Orbis Rowing Association\nOfficers elected at the meeting of the Orbis Rowing Association on Sunday were chairman "
     "Ana Ruiz, treasurer Ben Tao and director Cy Park.",
     {("Ana Ruiz", "Chairman"), ("Ben Tao", "Treasurer"), ("Cy Park", "Director")}),
    ("Orbis Rowing Association\nAna Ruiz was re-elected chairman of the Orbis Rowing Association, with Ben Tao as "
     "treasurer.", {("Ana Ruiz", "Chairman"), ("Ben Tao", "Treasurer")}),
    ("星河划艇總會\n星河划艇總會周年大會選出林大明為主席、王志強為副主席及陳美玲為司庫。",
     {("林大明", "Chairman"), ("王志強", "Vice Chairman"), ("陳美玲", "Treasurer")}),
    ("星河划艇总会\n星河划艇总会周年大会选出林大明为主席、王志强为副主席及陈美玲为司库。",
     {("林大明", "Chairman"), ("王志强", "Vice Chairman"), ("陈美玲", "Treasurer")}),
])
def test_officers_elected_each_get_their_own_title(text, got):
    assert {(e.person, e.role) for e in ev(run(text), "promotion")} == got


@pytest.mark.origin("realnews-dev")
def test_a_list_of_titles_after_the_word_gives_no_post_to_a_name_told_otherwise():
    r = run("Orbis Bank\nAna Ruiz was elected chairman of Orbis Bank, Ben Tao said on Monday.", lang="en")
    assert [e.person for e in ev(r, "promotion")] == ["Ana Ruiz"]
    r = run("星河銀行\n星河銀行選出最佳產品,林大明表示滿意。", lang="zh-Hant")
    assert not ev(r, "promotion")


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person,role", [
    ("Orbis Holdings said COO Nils Berg is assigned the position as managing director.", "en", "Nils Berg",
     "Managing Director"),
    ("Orbis Holdings said Nils Berg has been given the role of chief financial officer.", "en", "Nils Berg",
     "Chief Financial Officer"),
    ("Orbis Holdings said Nils Berg has been handed the post of chairman.", "en", "Nils Berg", "Chairman"),
    ("星河科技今日宣布，營運長柯文瀚被委以總經理一職，負責日常營運。", "zh-Hant", "柯文瀚", "General Manager"),
    ("星河科技今日宣布，柯文瀚受命出任首席执行官。", "zh-Hans", "柯文瀚", "Chief Executive Officer"),
])
def test_a_post_handed_or_assigned_to_someone_is_taken(text, lang, person, role):
    r = run(text, published=date(2024, 9, 8), lang=lang)
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [(person, role)]


@pytest.mark.origin("realnews-dev")
def test_the_post_now_held_told_in_the_present_after_a_former_one_elsewhere_is_a_hire():
    r = run("Ana Ruiz, who spent two years as a designer at Quorra, now works as Orbis's chief "
            "financial officer.", published=date(2024, 9, 8), lang="en")
    assert [(e.person, e.org, e.role, e.counterparty) for e in ev(r, "hire")] == \
        [("Ana Ruiz", "Orbis", "Chief Financial Officer", "Quorra")]


# -- a career told elsewhere in the article that ends at another organisation ------------------------------------------
@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, person, org, came_from", [
    ("星河集團新任董事長\n銀河材料5月17日晚間公告,林嘉葆因工作調整,辭去銀河材料董事長職務。5月19日,星河集團召開董事會,"
     "選舉林嘉葆為星河集團董事長。", "林嘉葆", "星河集團", "銀河材料"),
    ("星河集团新任董事长\n银河材料5月17日晚间公告,林嘉葆因工作调整,辞去银河材料董事长职务。5月19日,星河集团召开董事会,"
     "选举林嘉葆为星河集团董事长。", "林嘉葆", "星河集团", "银河材料"),
    ("Quorra names new chairman\nAna Ruiz resigned as chief executive of Halvard Foods on May 6, 2025, the company "
     "said. On May 20, Quorra Logistics appointed Ana Ruiz as chairman.", "Ana Ruiz", "Quorra Logistics",
     "Halvard Foods"),
])
def test_a_post_taken_within_a_month_of_leaving_another_organisation_is_a_hire_from_it(text, person, org, came_from):
    r = run(text, published=date(2025, 5, 21))
    assert [(e.org, e.counterparty) for e in ev(r, "hire", person)] == [(org, came_from)]
    assert not ev(r, "promotion", person)
    assert [(e.org, e.counterparty) for e in ev(r, "departure", person)] == [(came_from, org)]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, person, came_from", [
    ("星河航空公司今日公布,林大同已辭任公司董事,星河航空公司委任麥文山接任。麥文山現年58歲,是銀河集團董事。", "麥文山", "銀河集團"),
    ("星河航空公司今日公布,林大同已辞任公司董事,星河航空公司委任麦文山接任。麦文山是银河集团董事。", "麦文山", "银河集团"),
    ("The Orbis Council on Monday named Ana Ruiz as its CTO. She has worked as Quorra Media's "
     "head of public policy.", "Ana Ruiz", "Quorra Media"),
    ("The Orbis Council on Monday named Ana Ruiz as its CTO. Ruiz, 52, is the head of public "
     "policy at Quorra Media.", "Ana Ruiz", "Quorra Media"),
])
def test_a_post_held_elsewhere_told_when_named_again_makes_a_hire_from_there(text, person, came_from):
    r = run(text)
    assert [e.counterparty for e in ev(r, "hire", person)] == [came_from]
    assert not ev(r, "promotion", person)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "星河商會新一屆領導架構為會長林一帆、理事長王志強、監事長陳美玲。",
    "星河商会新一届领导班子为:会长林一帆、理事长王志强、监事长陈美玲。",
    "星河商會理監事名單如下:會長林一帆、理事長王志強、監事長陳美玲。",
    "星河商會昨日選出會長林一帆、理事長王志強、監事長陳美玲。",
])
def test_a_roster_of_titled_holders_gives_each_their_own_post(text):
    r = run(text)
    assert [e.role for e in ev(r, "promotion")] == ["President", "Chairman", "Chief Supervisor"]
    assert [e.person[0] for e in ev(r, "promotion")] == ["林", "王", "陳" if "陳" in text else "陈"]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "政府委任星河大學校務委員會新成員,而新成員包括林一帆及陳美玲。",
    "星河大学校务委员会的新成员包括林一帆及陈美玲。",
    "星河銀行董事會新任董事分別為林一帆、陳美玲。",
])
def test_new_members_listed_after_a_word_naming_the_post(text):
    r = run(text)
    assert [e.person[:2] for e in ev(r, "promotion")] in (["林一", "陳美"], ["林一", "陈美"])
    assert all(e.role in ("Member", "Board Member") for e in ev(r, "promotion"))


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, people", [
    ("周大明2015年加入星河科技,去年8月和王小華、李建國共三人一道成為星河科技合夥人。", ["周大明", "王小華", "李建國"]),
    ("周大明2015年加入星河科技,去年8月与王小华一起成为星河科技合伙人。", ["周大明", "王小华"]),
])
def test_a_post_taken_with_companions_is_the_topics_too(text, people):
    r = run(text)
    assert [(e.person, e.role, e.date) for e in ev(r, "promotion")] == [(p, "Partner", "2024-08-01") for p in people]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, person", [
    ("星河航空公司今日公布,林大同已辭任公司董事,星河航空公司委任麥文山接任。麥文山是星河航空公司董事。", "麥文山"),
    ("星河航空公司今日公布,林大同已辭任公司董事,星河航空公司委任麥文山接任。麥文山是一位資深律師。", "麥文山"),
    ("The Orbis Council on Monday named Ana Ruiz as its CTO. She is the council's head of "
     "public policy.", "Ana Ruiz"),
])
def test_a_post_told_again_at_the_same_organisation_or_none_keeps_the_promotion(text, person):
    r = run(text)
    assert [e.counterparty for e in ev(r, "promotion", person)] == [None]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, person", [
    ("林佳慧2019年成為月光科技董事。", "林佳慧"),
    ("林佳慧2019年成为月光科技董事。", "林佳慧"),
])
def test_becoming_a_post_holder_at_a_time_told_is_a_promotion(text, person):
    r = run(text)
    assert [(e.person, e.role, e.date) for e in ev(r, "promotion")] == [(person, "Board Member", "2019-01-01")]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", ["林佳慧成為月光科技董事。", "林佳慧2019年成为首位女性董事。"])
def test_becoming_a_post_holder_without_a_time_or_as_a_first_is_no_move(text):
    assert not run(text).events


@pytest.mark.origin("realnews-dev")
def test_where_a_hire_came_from_after_the_organisation_joined_or_a_rival():
    # (a probe of invented sentences: "joined X (as a partner) from Y", "hired A from rival Y")
    r = run("Elena Petrova has joined Cobalt Ventures as a partner from Brightpath Capital, where she spent eight years.",
            published=date(2025, 3, 12), lang="en")
    assert [(e.org, e.counterparty) for e in ev(r, "hire", "Elena Petrova")] == [("Cobalt Ventures", "Brightpath Capital")]
    r = run("Zoomo has hired Arjun Kapoor from rival Kestrel Mobility as chief technology officer.",
            published=date(2025, 3, 12), lang="en")
    assert [(e.org, e.counterparty) for e in ev(r, "hire", "Arjun Kapoor")] == [("Zoomo", "Kestrel Mobility")]
    # a date after "from" names no origin
    r = run("Elena Petrova joins Cobalt Ventures as its CFO from 1 June.", published=date(2025, 3, 12), lang="en")
    assert [e.counterparty for e in ev(r, "hire", "Elena Petrova")] == [None]


@pytest.mark.origin("realnews-dev")
def test_moving_to_an_organisation_in_the_present_is_a_hire():
    # (a probe of invented sentences: "moves to X as CIO")
    r = run("Ines Okello moves to Harbourline Capital as chief investment officer, the firm said on Monday.",
            published=date(2025, 6, 18), lang="en")
    assert [e.org for e in ev(r, "hire", "Ines Okello")] == ["Harbourline Capital"]
    r = run("Tariq Anwar moves to Saltmarsh Partners as a managing director.", published=date(2025, 6, 18), lang="en")
    assert [e.org for e in ev(r, "hire", "Tariq Anwar")] == ["Saltmarsh Partners"]
    # a move of a place is nobody's hire
    r = run("Kestrel Mining is moving to a new headquarters in Perth, chief executive Tom Hale said.",
            published=date(2025, 6, 18), lang="en")
    assert not ev(r, "hire")
