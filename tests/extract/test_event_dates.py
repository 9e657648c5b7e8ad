"""Which date an event takes: its clause's, one said earlier in the sentence or the sentence before, an
effective or start date, the announcement day (how a time expression is read is in test_dates.py).

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run


@pytest.mark.origin("rules")
def test_a_dateline_is_not_the_date_of_the_event_and_a_board_appointment_is_a_promotion():
    text = ("Stability AI CEO resigns\nLONDON, March 25 (Reuters) - Stability AI founder Emad Mostaque has resigned as "
            "chief executive of the startup, the company said on Friday. The board appointed chief operating officer "
            "Shan Shan Wong and chief technology officer Christian Laforte as interim co-CEOs.")
    r = run(text, published=date(2024, 3, 25), lang="en")
    (d,) = ev(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("Emad Mostaque", "Stability AI", "Chief Executive Officer", "2024-03-22")
    promoted = {e.person: e.role for e in ev(r, "promotion")}
    assert promoted == {"Shan Shan Wong": "Co-Chief Executive Officer", "Christian Laforte": "Co-Chief Executive Officer"}


@pytest.mark.origin("generality")
def test_a_date_in_the_sentence_before_carries_to_the_same_story():
    r = run("人事\n華碩昨(18)日公告人事異動。財務長蔡文鴻將退休。", published=date(2025, 6, 19), lang="zh-Hant")
    assert ev(r, "departure", "蔡文鴻")[0].date == "2025-06-18"


@pytest.mark.origin("generality")
def test_an_effective_date_later_in_the_sentence_dates_the_appointment():
    r = run("人事\n台達電宣布延攬前光寶科副總經理施建安出任財務長,5月15日起生效。", published=date(2025, 4, 20),
            lang="zh-Hant")
    h = [e for e in r.events if e.person == "施建安"]
    assert h and h[0].date == "2025-05-15"


@pytest.mark.origin("generality")
def test_effective_next_january_is_in_the_next_year():
    r = run("Exec\nHalvorsen Bank said CFO Rita Gomes will step down, effective Feb. 1.", published=date(2024, 11, 20),
            lang="en")
    assert ev(r, "departure", "Rita Gomes")[0].date == "2025-02-01"


@pytest.mark.origin("generality")
def test_simplified_dates_carry_from_the_announcement_and_from_an_effective_clause():
    r = run("人事\n蔚来汽车昨日发布公告。首席财务官孟凡因个人原因辞任。", published=date(2025, 2, 10), lang="zh-Hans")
    assert ev(r, "departure", "孟凡")[0].date == "2025-02-09"
    r = run("人事\n蔚来汽车首席财务官孟凡将卸任,3月1日起生效。", published=date(2025, 2, 10), lang="zh-Hans")
    assert ev(r, "departure", "孟凡")[0].date == "2025-03-01"
    r = run("人事\n蔚来汽车首席财务官孟凡上月辞职。他将加盟理想汽车。", published=date(2025, 2, 10), lang="zh-Hans")
    assert ev(r, "departure", "孟凡")[0].counterparty == "Li Auto"


@pytest.mark.origin("heldout3")
def test_a_date_in_its_own_clause_after_a_reporting_clause_dates_the_events():
    r = run("媒体独家获悉,本周一,澄川科技CEO发布内部信,宣布总裁葛文涛离职。", published=date(2026, 3, 11),
            lang="zh-Hans")
    assert ev(r, "departure", "葛文涛")[0].date == "2026-03-09"
    r = run("媒體獨家獲悉,本週一,澄川科技執行長發布內部信,宣布總裁葛文濤離職。", published=date(2026, 3, 11),
            lang="zh-Hant")
    assert ev(r, "departure", "葛文濤")[0].date == "2026-03-09"


@pytest.mark.origin("round5")
def test_a_day_after_this_or_next_month_is_that_day():
    r = run("嘉泰材料人事異動\n嘉泰材料昨(21)日召開董事會。\n財務長方面,現任財務長柯淑惠因個人生涯規劃請辭,將於本月31日卸任。",
            published=date(2026, 10, 22), lang="zh-Hant")
    deps = ev(r, "departure", "柯淑惠")
    assert deps and deps[0].date == "2026-10-31"


@pytest.mark.origin("heldout4")
def test_a_second_move_in_the_sentence_takes_the_day_of_the_first():
    r = run("Halvard Systems shake-up\nHalvard Systems' board dismissed Chief Executive Oskar Lindgren on Monday "
            "and named Chief Operating Officer Mara Quist as interim CEO.", published=date(2025, 5, 2), lang="en")
    assert ev(r, "departure", "Oskar Lindgren")[0].date == "2025-04-28"
    p = ev(r, "promotion", "Mara Quist")
    assert p and p[0].date == "2025-04-28"


@pytest.mark.origin("heldout4")
def test_an_announcement_day_before_a_colon_dates_the_moves_after_it():
    r = run("澄星科技人事\n澄星科技執行長吳柏霖週二在內部信中宣布:研發副總裁蔡佳蓉將升任技術長,而資深總監許志遠則接任研發主管一職。",
            published=date(2025, 5, 2), lang="zh-Hant")
    for name in ("蔡佳蓉", "許志遠"):
        p = ev(r, "promotion", name)
        assert p and p[0].date == "2025-04-29", name


@pytest.mark.origin("heldout4")
def test_a_successor_after_a_semicolon_takes_the_date_of_the_first_half():
    r = run("宏遠電子人事\n宏遠電子昨(1)日召開董事會。董事長林振輝退休,董事長一職由總經理黃志明接任;總經理遺缺則由技術長許家豪升任。",
            published=date(2025, 5, 2), lang="zh-Hant")
    assert ev(r, "promotion", "黃志明")[0].date == "2025-05-01"
    assert ev(r, "promotion", "許家豪")[0].date == "2025-05-01"


@pytest.mark.origin("heldout4")
def test_starting_a_day_without_a_year_is_the_next_such_day():
    r = run("Orbis names COO\nOrbis also named Lena Brandt, a former Ford executive, as chief operating officer, "
            "starting Dec. 1.", published=date(2026, 11, 10), lang="en")
    e = (ev(r, "promotion", "Lena Brandt") + ev(r, "hire", "Lena Brandt"))[0]
    assert e.date == "2026-12-01"


@pytest.mark.origin("heldout4")
def test_the_day_someone_takes_office_dates_the_hire():
    r = run("人事\n星河生物宣布聘请李安琪博士担任首席医学官,她将于10月8日正式到任。", published=date(2026, 8, 27),
            lang="zh-Hans")
    h = ev(r, "hire", "李安琪")
    assert h and h[0].date == "2026-10-08"


@pytest.mark.origin("heldout5")
def test_a_leaving_at_the_end_of_a_month_ahead_is_this_year():
    r = run("Corvel Games\nArt director Sam Ode is leaving Corvel Games at the end of June, the studio said on Tuesday.",
            published=date(2026, 5, 20), lang="en")
    d = ev(r, "departure", "Sam Ode")
    assert d and d[0].date and d[0].date.startswith("2026-06")


@pytest.mark.origin("heldout5")
def test_at_the_same_time_after_an_effective_date_is_the_day_told():
    r = run("宏曜科技人事\n宏曜科技(Hongyao Tech)11月26日宣布組織調整,總裁林美玲接任執行長,自2026年1月1日起生效。"
            "同日,宏曜宣布技術副總裁趙明哲晉升為技術長。", published=date(2025, 11, 27), lang="zh-Hant")
    p = ev(r, "promotion", "趙明哲")
    assert p and p[0].date == "2025-11-26"


@pytest.mark.origin("heldout5")
def test_a_sentence_opening_with_his_goes_on_with_the_date_before():
    r = run("Pellar Bank\nTomas Ruud will succeed Ingrid Sol as chief executive effective Jan. 1. His deputy, Vera "
            "Lind, has been named interim CFO.", published=date(2024, 12, 4), lang="en")
    p = ev(r, "promotion", "Vera Lind")
    assert p and p[0].date == "2025-01-01"


@pytest.mark.origin("heldout5")
def test_an_undated_move_reported_from_the_memo_takes_the_memo_day():
    r = run("鲸海科技人事\n鲸海科技(Jinghai Tech)昨日发布内部邮件,宣布组织调整。这是该公司今年第二次调整。"
            "内部邮件显示,集团副总裁王立新因个人原因离职。", published=date(2026, 11, 26), lang="zh-Hans")
    d = ev(r, "departure", "王立新")
    assert d and d[0].date == "2026-11-25"


@pytest.mark.origin("heldout5")
def test_a_future_day_without_a_year_after_will_is_the_next_one():
    r = run("鲸海科技人事\n鲸海科技(Jinghai Tech)宣布,首席人才官吴敏也将于12月15日前完成工作交接后离开公司。",
            published=date(2026, 11, 26), lang="zh-Hans")
    d = ev(r, "departure", "吴敏")
    assert d and d[0].date == "2026-12-15"


def test_a_move_told_in_the_present_tense_with_a_day_ahead_is_dated_that_day_not_a_year_before():
    r = run("Harlow Rail said on Monday that Jane Doe, who stepped down as chief operating officer, becomes chief "
            "executive on June 1.", published=date(2024, 5, 20), lang="en")
    assert [e.date for e in ev(r, "promotion", "Jane Doe")] == ["2024-06-01"]
    r = run("Harlow Rail said Jane Doe became chief executive on June 1.", published=date(2024, 5, 20), lang="en")
    assert [e.date for e in ev(r, "promotion", "Jane Doe")] == ["2023-06-01"]  # the past tense: the one gone by


@pytest.mark.origin("heldout5")
def test_the_day_the_company_said_it_dates_every_move_before_it_and_take_over_as():
    r = run("Pelican Robotics\nPelican Robotics co-founder Jia Lee is stepping down as chief executive and will become "
            "executive chair, the company said Monday. Chief operating officer Ben Park will take over as CEO on Feb. 1.",
            published=date(2025, 1, 10), lang="en")
    d = ev(r, "departure", "Jia Lee")
    assert d and d[0].date == "2025-01-06"
    p = ev(r, "promotion", "Ben Park")
    assert p and p[0].role == "Chief Executive Officer" and p[0].date == "2025-02-01"


@pytest.mark.origin("generality")
def test_a_date_in_a_clause_modifying_the_person_is_not_the_date_of_a_later_word():
    text = ("星岳電子總經理請辭\n星岳電子(2391)晚間發佈重大訊息,今年3月1日才升任總經理的柯文瀚請辭,也同步辭去星岳電子董事職務。"
            "星岳電子主管表示,柯文瀚因家庭因素請辭。")
    r = run(text, published=date(2024, 6, 12), lang="zh-Hant")
    assert [e.date for e in ev(r, "promotion", "柯文瀚")] == ["2024-03-01"]
    assert "2024-03-01" not in [e.date for e in ev(r, "departure", "柯文瀚")]


@pytest.mark.origin("generality")
def test_a_yearless_date_going_on_from_a_dated_step_keeps_its_year():
    text = ("星島通訊社社長易主\n據報,星島通訊社社長曾文德去年7月才從副社長升任社長,今年7月底卻請辭,"
            "8月1日起由副社長陳立群代理社長職務。")
    r = run(text, published=date(2024, 10, 30), lang="zh-Hant")
    assert [e.date for e in ev(r, "promotion", "陳立群")] == ["2024-08-01"]


@pytest.mark.origin("generality")
def test_the_start_of_a_term_dates_the_appointment():
    text = "校董會人事\n另政府委任林美華為星島大學校董會副主席,任期由明年1月1日開始,為期3年。"
    r = run(text, published=date(2019, 12, 27), lang="zh-Hant")
    assert [e.date for e in r.events if e.person == "林美華"] == ["2020-01-01"]


@pytest.mark.origin("probe 2026-12-07")
def test_a_long_effective_mark_right_before_the_date_dates_both_sides_of_a_succession():
    text = ("Corvane Shipping said today that its chief executive officer Lina Morrow will retire and be replaced by "
            "Tomas Reyle with effect from July 1.")
    r = run(text, published=date(2024, 3, 4), lang="en")
    assert [e.date for e in ev(r, "departure", "Lina Morrow")] == ["2024-07-01"]
    assert [e.date for e in ev(r, "promotion", "Tomas Reyle")] == ["2024-07-01"]


@pytest.mark.origin("realnews round 8")
def test_a_day_the_lead_tells_dates_the_undated_moves_of_the_companies_it_names():
    text = ("The regional banking regulator on Tuesday named new managers for Corvane Bank and Tessel Bank.\n\n"
            "Mara Lindqvist was appointed managing director of Corvane Bank.\n\n"
            "Separately, Orbis Foods said its chief financial officer Nina Hart has resigned.")
    r = run(text, published=date(2024, 5, 16), lang="en")
    assert [e.date for e in ev(r, "promotion", "Mara Lindqvist")] == ["2024-05-14"]
    # (a company the lead does not name: news of the publication day)
    assert [e.date for e in ev(r, "departure", "Nina Hart")] == ["2024-05-16"]


@pytest.mark.origin("realnews round 8")
def test_a_lead_that_says_today_leaves_the_publication_day():
    text = ("星河工商協會今(16)日舉辦理事長交接典禮。\n\n典禮吸引多國企業代表出席。\n\n"
            "星河工商協會理事長林佳慧卸任,由副理事長柯文瀚接任理事長。")
    r = run(text, published=date(2024, 5, 16), lang="zh-Hant")
    assert [e.date for e in ev(r, "departure", "林佳慧")] == ["2024-05-16"]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "Orbis Bank named Ana Ruiz chief executive. She replaces Ben Tao, whose mandate expires in December.",
    "Mark Vale will replace Ben Tao when he leaves Orbis Bank in December to join Corvin College.",
])
def test_a_month_after_a_scheduled_present_verb_is_ahead(text):
    # (kcb-paul-russo-ceo-theeastafrican, the-lancaster-smith-vc-2011: "expires in December" told in May was read as
    # the December before)
    r = run("People\n" + text, published=date(2024, 5, 10), lang="en")
    assert ev(r, "departure", "Ben Tao")[0].date == "2024-12-01"


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang", [
    ("人事\n銀河電子今(11日)宣布,副總經理王大明明日(6月12日)起升任總經理。", "zh-Hant"),
    ("人事\n银河电子今(11日)宣布,副总经理王大明明日(6月12日)起升任总经理。", "zh-Hans"),
])
def test_a_bracketed_start_day_after_tomorrow_dates_the_move(text, lang):
    # (hk-perm-secs-reshuffle-stheadline: "明日(2月12日)起" is the day the move takes effect)
    r = run(text, published=date(2024, 6, 11), lang=lang)
    assert ev(r, "promotion", "王大明")[0].date == "2024-06-12"


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang, person", [
    ("人事\n前星河基金會董事長林佳慧請辭後,主管機關今天宣布,即日起由副董事長王大明代理董事長一職。", "zh-Hant", "林佳慧"),
    ("人事\n前星河基金会董事长林佳慧请辞后,主管机关今天宣布,即日起由副董事长王大明代理董事长一职。", "zh-Hans", "林佳慧"),
    ("People\nOrbis Lab named Ana Ruiz interim CEO on Monday after Ben Tao quit.",
     "en", "Ben Tao"),
])
def test_a_step_told_as_the_time_after_which_takes_no_date_of_the_news(text, lang, person):
    # (straits-exchange-acting-chair-cna, heritage-bank-george-taylor-md-ripples: the resignation before took the day
    # of the announcement)
    r = run(text, published=date(2024, 5, 22), lang=lang)
    assert ev(r, "departure", person)[0].date is None


@pytest.mark.origin("realnews-dev")
def test_a_date_after_following_is_the_time_of_the_other_step():
    # (olymel-gervais-ceo-globalnews: "names X CEO following death of Y last month" dated the naming last month)
    r = run("People\nOrbis Lab named Ana Ruiz interim CEO after Ben Tao quit last month.", published=date(2024, 5, 22),
            lang="en")
    assert ev(r, "departure", "Ben Tao")[0].date == "2024-04-01"
    assert ev(r, "promotion", "Ana Ruiz")[0].date != "2024-04-01"


@pytest.mark.origin("realnews-dev")
def test_a_when_clause_takes_the_date_right_before_it():
    # (kt-kim-young-shub-ceo: a post empty since a month, when its holder quit, took the date told first)
    r = run("People\nEarlier this month, Brightline picked Mark Vale as its chief executive, a post empty since March, "
            "when Tom Reed quit.",
            published=date(2024, 5, 22), lang="en")
    assert ev(r, "departure", "Tom Reed")[0].date == "2024-03-01"


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang", [
    ("人事\n7月4日消息,由銀河科技聯合創始人林佳慧創立的研究機構星河智能週四公布新管理團隊。", "zh-Hant"),
    ("人事\n7月4日消息,由银河科技联合创始人林佳慧创立的研究机构星河智能周四公布新管理团队。", "zh-Hans"),
    ("Funding\nStarriver Labs, founded by Lin Jiahui, said on Thursday it raised $20 million from Orbis Ventures.", "en"),
])
def test_a_founding_in_a_clause_describing_the_company_takes_no_date_of_the_news(text, lang):
    # (ssi-gross-leaves, world-labs-feifei-yahoo: the founding took the day of the news)
    r = run(text, published=date(2024, 7, 5), lang=lang)
    assert [e.date for e in ev(r, "founding")] == [None]
