"""Mechanisms found wanting on the fifth held-out set, on invented sentences with invented people and companies.

Each test asserts what a general mechanism does on text no article contains (three scripts)."""
from datetime import date

from talentdb.extract.dates import find_dates
from extracting import ev, run




# names: a company's, a person's ------------------------------------------------------------------------------------
def test_a_two_word_company_called_by_its_first_word_is_no_person_despite_a_descriptor():
    r = run("Quarrel Optics names new chief\nQuarrel Optics, a Boston-based maker of lidar sensors, said on Tuesday "
            "that Chief Executive Hana Velde had resigned. Quarrel closed a $40 million round last month. Quarrel "
            "promoted Ivo Brandt to CEO. Quarrel expects growth.", published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Hana Velde")
    assert d and d[0].org == "Quarrel Optics"
    assert not [e for e in r.events if e.person == "Quarrel Optics"]


def test_a_name_after_what_a_company_is_is_a_company():
    r = run("Fenwick Labs\nFenwick Labs hired Oda Lunde last week. Oda Lunde previously worked at drone maker "
            "Skyrill Aero. Separately, Marten Falk departed last Tuesday to join logistics operator Tarrow Freight.",
            published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Marten Falk")
    assert d and d[0].counterparty == "Tarrow Freight"


def test_a_name_before_which_is_a_company():
    r = run("Brisket AI\nBrisket AI said its CTO, Lars Oberg, left last week to join rival Kelvane Dynamix, which "
            "raised $90 million last year.", published=date(2025, 5, 2), lang="en")
    f = ev(r, "funding")
    assert f and f[0].org == "Kelvane Dynamix" and f[0].amount == 90_000_000 and f[0].date == "2024-01-01"
    assert not [e for e in r.events if e.person == "Kelvane Dynamix"]


def test_a_courtesy_title_ends_a_chinese_name_and_a_descriptor_does_not_break_the_founders_list():
    r = run("澄石生物\n澄石生物成立於2019年,由前藥監局審評員韋思遠博士與藥物化學家黃明軒(Ming Huang)共同創立,專注抗體藥物。",
            published=date(2025, 5, 2), lang="zh-Hant")
    f = ev(r, "founding")
    assert {e.person for e in f} == {"韋思遠", "Ming Huang"}


def test_a_glossed_company_is_not_split_at_a_function_character():
    r = run("和瀾科技完成融資\n杭州軟體企業和瀾科技(Helan Soft)近日完成3億元B輪融資。和瀾此前於2021年完成1億元A輪融資。"
            "本月初,和瀾聘請前恒達證券董事總經理鄭佳敏出任財務長。",
            published=date(2025, 5, 2), lang="zh-Hant")
    amounts = {e.amount for e in ev(r, "funding", org="Helan Soft")}
    assert {300_000_000, 100_000_000} <= amounts
    h = ev(r, "hire", "鄭佳敏")
    assert h and h[0].org == "Helan Soft"
    assert not [e for e in r.events if e.person == "和瀾"]


def test_a_sector_word_before_a_startup_word_is_no_company():
    r = run("醫療機器人新創佑康智動完成募資\n醫療機器人新創佑康智動(Youkang Robotics)昨(1)日宣布完成新台幣2億元A輪募資,"
            "由鼎立創投領投。佑康同步延攬前台達電處長何志明出任營運長。",
            published=date(2025, 5, 2), lang="zh-Hant")
    assert all(e.org != "醫療機器人" for e in r.events)
    f = ev(r, "funding")
    assert len(f) == 1 and f[0].org == "Youkang Robotics" and f[0].currency == "TWD"


def test_a_name_before_a_time_word_that_leads_to_an_event_is_a_person():
    r = run("佑康智動人事\n佑康智動(Youkang Robotics)今年擴編。此外,前經濟部次長謝佩君昨日起加入佑康董事會,擔任獨立董事。",
            published=date(2025, 5, 2), lang="zh-Hant")
    h = ev(r, "hire", "謝佩君")
    assert h and h[0].date == "2025-05-01"


def test_a_weekday_is_no_name():
    r = run("深川智能\n深川智能(Shenchuan AI)联合创始人何立平已于上周三正式离职。", published=date(2025, 5, 2), lang="zh-Hans")
    assert not [e for e in r.events if e.person in ("周三", "週三")]
    d = ev(r, "departure", "何立平")
    assert d and d[0].date == "2025-04-23"


# organisations named by context ------------------------------------------------------------------------------------
def test_a_quoted_name_after_a_founding_word_is_the_new_company_and_gets_its_round():
    r = run("锐影前高管创业\n本月初,锐影前产品副总裁邓若溪与前同事林川联合创办AI写作应用“墨迹”(Inkwell),并获得500万美元天使轮融资。",
            published=date(2025, 5, 20), lang="zh-Hans")
    f = ev(r, "founding")
    assert f and {e.org for e in f} == {"Inkwell"}
    assert ev(r, "funding", org="Inkwell")


def test_a_subsidiary_named_in_latin_gets_its_own_round():
    r = run("锐影\n锐影旗下跨境电商子公司TradeNest上周获得5000万美元A轮融资,由Kestrel Ventures领投。",
            published=date(2025, 5, 20), lang="zh-Hans")
    f = ev(r, "funding")
    assert f and f[0].org == "TradeNest"


def test_a_battery_subsidiary_is_no_company_called_after_half_a_word():
    r = run("远舟汽车电池子公司获20亿元融资\n远舟汽车(Yuanzhou Auto)旗下电池子公司远能科技上周完成20亿元战略融资,由合肥星源产业基金领投。",
            published=date(2025, 5, 20), lang="zh-Hans")
    f = ev(r, "funding")
    assert len(f) == 1 and f[0].org == "远能科技"


def test_a_company_named_after_what_it_is_and_investors_after_received():
    r = run("恒匯銀行\n恒匯銀行(Henghui Bank)已獲母公司恒通控股及新加坡投資機構晨嶺資本合共注資3億港元。",
            published=date(2025, 5, 20), lang="zh-Hant")
    f = ev(r, "funding")
    assert f and f[0].org == "Henghui Bank"
    assert "晨嶺資本" in (f[0].counterparty or "") and "恒通控股" in (f[0].counterparty or "")


def test_a_move_to_the_company_of_the_story_is_no_departure_from_it():
    r = run("恒匯銀行\n恒匯銀行(Henghui Bank)宣布人事。區嘉雯2021年由傳統銀行跳槽至恒匯,負責營運。恒匯表示滿意。",
            published=date(2025, 5, 20), lang="zh-Hant")
    assert not ev(r, "departure", "區嘉雯")


def test_the_new_company_named_in_apposition_and_a_cofounder_after_with():
    r = run("Dunmore Games\nLena Roy, 39, co-founded the new company, Quillhaven Studios, earlier this month with Theo "
            "Marsh, a longtime Dunmore producer who left the studio in January.",
            published=date(2025, 5, 20), lang="en")
    f = ev(r, "founding")
    assert {e.org for e in f} == {"Quillhaven Studios"} and {e.person for e in f} == {"Lena Roy", "Theo Marsh"}
    d = ev(r, "departure", "Theo Marsh")
    assert d and d[0].role == "Producer"


# roles, successions, subjects ------------------------------------------------------------------------------------
def test_a_successor_takes_the_office_of_the_one_succeeded_not_the_founder_title():
    r = run("Pellar Bank\nIngrid Sol, the co-founder and chief executive of Pellar Bank, will step down at the end of "
            "the year. Finance chief Tomas Ruud will succeed Sol effective Jan. 1.",
            published=date(2024, 12, 4), lang="en")
    d = ev(r, "departure", "Ingrid Sol")
    assert d and "Chief Executive Officer" in d[0].role
    p = ev(r, "promotion", "Tomas Ruud")
    assert p and p[0].role == "Chief Executive Officer" and p[0].date == "2025-01-01"


def test_to_succeed_someone_as_a_qualified_title():
    r = run("Brantley Studios\nBrantley Studios named Ada Kim, its lead writer, to succeed Rowe as creative head of the "
            "studio's flagship series. Rowe left in March.", published=date(2025, 5, 20), lang="en")
    p = ev(r, "promotion", "Ada Kim")
    assert p and "creative head" in (p[0].role_raw or "")


def test_a_succession_word_with_a_retiree_after_it_makes_no_promotion_of_the_retiree():
    r = run("宏曜科技人事\n宏曜科技(Hongyao Tech)昨(5)日宣布,總經理王雅芳升任執行長,接替將於3月底退休的創辦人陳國棟。",
            published=date(2025, 3, 6), lang="zh-Hant")
    assert not ev(r, "promotion", "陳國棟")
    assert ev(r, "promotion", "王雅芳")


def test_it_hired_is_the_company_of_the_story():
    r = run("Varro Bank\nVarro Bank is rebuilding its team. It hired Nina Hale, formerly head of cards at Finley, as "
            "chief product officer; she joined in October.", published=date(2024, 12, 4), lang="en")
    h = ev(r, "hire", "Nina Hale")
    assert h and h[0].org == "Varro Bank" and h[0].role == "Chief Product Officer"


def test_left_for_a_company_later_in_the_clause_is_where_they_went():
    r = run("Varro Bank\nVarro Bank lost its chief risk officer, Otto Lang, who left in September for Nordmark "
            "Landesbank.", published=date(2024, 12, 4), lang="en")
    d = ev(r, "departure", "Otto Lang")
    assert d and d[0].counterparty == "Nordmark Landesbank"


def test_a_name_before_an_appositive_startup_is_what_was_launched_the_following_year():
    r = run("Varro Bank\nMika Berg left Varro's management board in 2021 and now runs Carbonly, a carbon-accounting "
            "startup he launched the following year.", published=date(2024, 12, 4), lang="en")
    f = ev(r, "founding", "Mika Berg")
    assert f and f[0].org == "Carbonly" and f[0].date == "2022-01-01"
    d = ev(r, "departure", "Mika Berg")
    assert d and "board" in (d[0].role_raw or "").lower()


# dates and hedges --------------------------------------------------------------------------------------------------
def test_late_last_year_and_the_following_year():
    p = date(2025, 2, 26)
    got = [(d.text, d.date) for d in find_dates("She retired late last year.", p, "en")]
    assert got == [("late last year", date(2024, 11, 1))]
    got = [(d.text, d.date) for d in find_dates("他2019年離職,次年創業。", p, "zh-Hant")]
    assert got[-1] == ("次年", date(2020, 1, 1))
    assert all(d.date is None for d in find_dates("The following year was hard.", p, "en"))


def test_took_up_the_post_last_week_is_a_date():
    assert [d.date for d in find_dates("已於上週到任", date(2026, 1, 14), "zh-Hant")] == [date(2026, 1, 5)]
    assert find_dates("服務很周到", date(2026, 1, 14), "zh-Hant") == []


def test_a_leaving_at_the_end_of_a_month_ahead_is_this_year():
    r = run("Corvel Games\nArt director Sam Ode is leaving Corvel Games at the end of June, the studio said on Tuesday.",
            published=date(2026, 5, 20), lang="en")
    d = ev(r, "departure", "Sam Ode")
    assert d and d[0].date and d[0].date.startswith("2026-06")


def test_a_plan_governs_the_clause_after_it():
    r = run("恒匯生物\n恒匯生物(Henghui Bio)表示,公司计划明年赴港上市,募资约10亿港元。", published=date(2025, 5, 2), lang="zh-Hans")
    assert not ev(r, "funding")


def test_a_conditional_investment_is_no_funding():
    r = run("Tarsel Compute\nTarsel Compute closed a $100 million Series B last week. Its partner Orvix Semiconductor "
            "agreed to invest a further $30 million if the chip meets its targets next year.",
            published=date(2025, 5, 2), lang="en")
    assert {e.amount for e in ev(r, "funding")} == {100_000_000}


def test_at_the_same_time_after_an_effective_date_is_the_day_told():
    r = run("宏曜科技人事\n宏曜科技(Hongyao Tech)11月26日宣布組織調整,總裁林美玲接任執行長,自2026年1月1日起生效。"
            "同日,宏曜宣布技術副總裁趙明哲晉升為技術長。", published=date(2025, 11, 27), lang="zh-Hant")
    p = ev(r, "promotion", "趙明哲")
    assert p and p[0].date == "2025-11-26"


def test_a_sentence_opening_with_his_goes_on_with_the_date_before():
    r = run("Pellar Bank\nTomas Ruud will succeed Ingrid Sol as chief executive effective Jan. 1. His deputy, Vera "
            "Lind, has been named interim CFO.", published=date(2024, 12, 4), lang="en")
    p = ev(r, "promotion", "Vera Lind")
    assert p and p[0].date == "2025-01-01"


# the previous round's open weaknesses -----------------------------------------------------------------------------
def test_a_move_in_a_relative_clause_is_not_the_promotion_after_it():
    r = run("Orvane Labs\nOrvane Labs said Maya Tran, who joined Google in 2019, was promoted to CTO last week.",
            published=date(2025, 5, 2), lang="en")
    p = ev(r, "promotion", "Maya Tran")
    assert p and p[0].org == "Orvane Labs" and p[0].role == "Chief Technology Officer" and p[0].date == "2025-04-21"
    h = ev(r, "hire", "Maya Tran")
    assert h and h[0].org == "Google" and h[0].role is None


def test_would_join_after_said_is_a_hire_told_not_a_hedge():
    r = run("Orvane Labs\nOrvane Labs said on Monday that Maya Tran would join as chief operating officer.",
            published=date(2025, 5, 2), lang="en")
    h = ev(r, "hire", "Maya Tran")
    assert h and h[0].org == "Orvane Labs" and h[0].role == "Chief Operating Officer"
    assert not ev(run("Orvane Labs\nMaya Tran would join Orvane Labs if the deal closed.", lang="en"), "hire")


def test_people_hired_listed_after_a_colon():
    r = run("Orvane Labs\nOrvane Labs hired three engineers from Meta: Ana Li, Bo Chen and Cy Park.",
            published=date(2025, 5, 2), lang="en")
    assert {e.person for e in ev(r, "hire", org="Orvane Labs")} == {"Ana Li", "Bo Chen", "Cy Park"}


def test_a_title_with_a_short_field_after_a_word_for_taking_it():
    r = run("星宇互娛人事\n遊戲開發商星宇互娛(Nova Playworks)上週宣布,延攬前製作人森田健司(Kenji Morita)加盟,擔任創意總監。"
            "星宇互娛表示歡迎。", published=date(2025, 10, 22), lang="zh-Hant")
    h = ev(r, "hire", "Kenji Morita")
    assert h and "創意總監" in (h[0].role_raw or "")


def test_an_undated_move_reported_from_the_memo_takes_the_memo_day():
    r = run("鲸海科技人事\n鲸海科技(Jinghai Tech)昨日发布内部邮件,宣布组织调整。这是该公司今年第二次调整。"
            "内部邮件显示,集团副总裁王立新因个人原因离职。", published=date(2026, 11, 26), lang="zh-Hans")
    d = ev(r, "departure", "王立新")
    assert d and d[0].date == "2026-11-25"


def test_a_future_day_without_a_year_after_will_is_the_next_one():
    r = run("鲸海科技人事\n鲸海科技(Jinghai Tech)宣布,首席人才官吴敏也将于12月15日前完成工作交接后离开公司。",
            published=date(2026, 11, 26), lang="zh-Hans")
    d = ev(r, "departure", "吴敏")
    assert d and d[0].date == "2026-12-15"


def test_will_retire_and_a_successor_named_to_replace_her():
    r = run("Corlan Therapeutics\nCorlan Therapeutics, a Seattle biotech, said Thursday that its chief scientific officer, "
            "Dana Whitlock, will retire in March. Corlan named Raj Patel, head of discovery, to replace her.",
            published=date(2025, 1, 10), lang="en")
    d = ev(r, "departure", "Dana Whitlock")
    assert d and d[0].date == "2025-03-01"
    p = ev(r, "promotion", "Raj Patel")
    assert p and p[0].role == "Chief Scientific Officer"
    assert not ev(r, "promotion", "Dana Whitlock")


def test_a_pronoun_someone_said_is_still_the_one_who_said_it():
    r = run("Corlan Therapeutics\nCorlan Therapeutics said CEO Dana Whitlock had resigned. Whitlock said the board "
            "had forced her out.", published=date(2025, 1, 10), lang="en")
    assert ev(r, "departure", "Dana Whitlock")


def test_an_acting_title_after_a_word_for_taking_it_is_the_one_taken():
    r = run("蓝湾智能人事变动\n蓝湾智能(Lanwan AI)首席财务官许静上月正式卸任。公司已委任财务副总裁郑磊出任代理首席财务官。",
            published=date(2025, 1, 10), lang="zh-Hans")
    p = ev(r, "promotion", "郑磊")
    assert p and p[0].role == "Chief Financial Officer"


def test_a_private_placement_is_a_round_and_its_subscribers_invest():
    r = run("瀚宇光電\n瀚宇光電(Hanyu Optronics)去年完成新台幣15億元私募,由國發基金與台灣大哥大共同認購。另有私募基金表示關注。",
            published=date(2025, 1, 10), lang="zh-Hant")
    f = ev(r, "funding")
    assert len(f) == 1 and f[0].amount == 1_500_000_000 and f[0].currency == "TWD"
    assert "國發基金" in (f[0].counterparty or "")


def test_the_day_the_company_said_it_dates_every_move_before_it_and_take_over_as():
    r = run("Pelican Robotics\nPelican Robotics co-founder Jia Lee is stepping down as chief executive and will become "
            "executive chair, the company said Monday. Chief operating officer Ben Park will take over as CEO on Feb. 1.",
            published=date(2025, 1, 10), lang="en")
    d = ev(r, "departure", "Jia Lee")
    assert d and d[0].date == "2025-01-06"
    p = ev(r, "promotion", "Ben Park")
    assert p and p[0].role == "Chief Executive Officer" and p[0].date == "2025-02-01"
