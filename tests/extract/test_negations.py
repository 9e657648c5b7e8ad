"""What is told but did not happen: rumours, denials, threats, plans, hedges, conditions and quotes give no
event, while the same move told as done does.

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run
from tests.extract.small_articles import HANT, HANS, read


@pytest.mark.origin("rules")
def test_threatening_to_resign_is_not_a_departure():
    r = read(HANT)
    assert "陳思遠" not in {e.person for e in r.events}


@pytest.mark.origin("rules")
def test_a_denied_rumour_is_not_a_departure_and_spending_is_not_funding():
    r = read(HANS)
    assert all(e.person != "刘振东" for e in ev(r, "departure"))
    assert all(e.amount != 1e9 for e in r.events)


@pytest.mark.origin("rules")
def test_a_person_merely_quoted_with_a_title_is_not_an_event():
    text = "OpenAI上週宣布完成融資。麻省理工學院教授西蒙·約翰遜(Simon Johnson)對此表示:「人才離開公司是問題。」"
    r = run(text, published=date(2024, 10, 9))
    assert all(e.person != "Simon Johnson" for e in r.events)


@pytest.mark.origin("rules")
def test_a_company_someone_will_found_is_not_founded_and_a_total_raised_is_not_a_round():
    text = ("百川智能聯合創始人焦可此前曾在搜狗擔任高級副總裁,2023年與王小川共同創立百川智能。離職後,他將創辦一家專注AI教育的公司。"
            "The company has raised over $100 million since 2022.")
    r = run(text, published=date(2024, 8, 20))
    assert {(e.person, e.org) for e in ev(r, "founding")} == {("焦可", "Baichuan"), ("王小川", "Baichuan")}
    assert ev(r, "funding") == []


@pytest.mark.origin("generality")
def test_hedged_english_moves_are_not_events():
    r = run("Exit\nOpenAI researcher Kim Park said she could leave the company. Park would join Anthropic.", lang="en")
    assert not r.events


@pytest.mark.origin("heldout3")
def test_dismissing_reports_of_leaving_is_no_departure_but_dismissing_a_person_is():
    r = run("And Orbitra chief executive Paul Dane on Tuesday dismissed reports that he was considering leaving.",
            published=date(2026, 10, 2), lang="en")
    assert not r.events
    r = run("The board of Orbitra Systems dismissed Ana Ruiz as chief executive on Friday.",
            published=date(2026, 10, 2), lang="en")
    assert ev(r, "departure", "Ana Ruiz")


@pytest.mark.origin("heldout3")
def test_a_claim_by_others_that_someone_is_leaving_is_hearsay():
    r = run("Last month, posts on X claimed that Tom Reyes, who leads Orbitra's safety team, was leaving to start a "
            "company.", published=date(2026, 10, 2), lang="en")
    assert not r.events
    r = run("市場傳聞指,澄川科技總裁葛文濤即將離職。", lang="zh-Hant")
    assert not ev(r, "departure")


@pytest.mark.origin("heldout4")
def test_an_online_rumour_of_a_resignation_is_no_departure():
    r = run("鲸海科技人事\n鲸海科技宣布调整。值得注意的是,网传集团首席财务官郑海也已提出离职。", lang="zh-Hans")
    assert not ev(r, "departure")
    r = run("鲸海科技人事\n鲸海科技宣布调整。值得注意的是,集团首席财务官郑海也已提出离职。", lang="zh-Hans")
    assert ev(r, "departure", "郑海")  # (told without 网传, it is one)


@pytest.mark.origin("heldout5")
def test_a_plan_governs_the_clause_after_it():
    r = run("恒匯生物\n恒匯生物(Henghui Bio)表示,公司计划明年赴港上市,募资约10亿港元。", published=date(2025, 5, 2), lang="zh-Hans")
    assert not ev(r, "funding")


@pytest.mark.origin("heldout5")
def test_a_conditional_investment_is_no_funding():
    r = run("Tarsel Compute\nTarsel Compute closed a $100 million Series B last week. Its partner Orvix Semiconductor "
            "agreed to invest a further $30 million if the chip meets its targets next year.",
            published=date(2025, 5, 2), lang="en")
    assert {e.amount for e in ev(r, "funding")} == {100_000_000}


@pytest.mark.origin("heldout5")
def test_would_join_after_said_is_a_hire_told_not_a_hedge():
    r = run("Orvane Labs\nOrvane Labs said on Monday that Maya Tran would join as chief operating officer.",
            published=date(2025, 5, 2), lang="en")
    h = ev(r, "hire", "Maya Tran")
    assert h and h[0].org == "Orvane Labs" and h[0].role == "Chief Operating Officer"
    assert not ev(run("Orvane Labs\nMaya Tran would join Orvane Labs if the deal closed.", lang="en"), "hire")


@pytest.mark.origin("round11")
def test_a_plan_that_runs_into_the_word_for_investing_is_no_funding():
    r = run("Seraya Holdings\nSeraya Holdings raised $50 million in March. The group said it plans to invest $200 "
            "million over five years in new plants.", published=date(2025, 5, 2), lang="en")
    assert {e.amount for e in ev(r, "funding")} == {50_000_000}


@pytest.mark.origin("realnews round 7")
def test_a_line_linking_another_story_tells_nothing():
    r = run("Ana Ruiz quit Orbis Labs on Monday.\nAlso Read | Former Vela chief Ben Tao joins Quorra Labs", lang="en")
    assert [e.person for e in r.events] == ["Ana Ruiz"]
    r = run("星河科技宣布，執行長林佳慧週一辭職。\n延伸閱讀\n王大明加盟銀河智能", lang="zh-Hant")
    assert [e.person for e in r.events] == ["林佳慧"]


@pytest.mark.origin("realnews round 7")
def test_speculation_does_not_cancel_a_dated_fact_told_in_a_relative_clause():
    r = run("Speculation about Rutka's successor has focused on Liesel Marchetti, who was named president of Corvane "
            "Airlines in March 2021, and on Omar Reyes.", lang="en")
    (p,) = ev(r, "promotion")
    assert (p.person, p.role, p.date) == ("Liesel Marchetti", "President", "2021-03-01")
    r = run("Speculation has focused on Liesel Marchetti, who was named president of Corvane Airlines.", lang="en")
    assert not r.events


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,who", [
    ("zh-Hans", "知情人士称,星河科技云服务副总裁林佳慧即将离职。", "林佳慧"),
    ("zh-Hant", "消息人士透露,星河科技技術長趙立新也將退休。", "趙立新"),
    ("en", "Sources close to the board said Orbis CTO Ana Ruiz is leaving the company.", "Ana Ruiz"),
])
def test_a_move_told_only_by_unnamed_sources_is_hearsay(lang, text, who):
    r = run(text, published=date(2026, 3, 2), lang=lang)
    assert all(e.person != who for e in r.events)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,who", [
    ("zh-Hant", "星耀商會今天改選。林大明原先屬意王志強和張家豪兩人接手理事長,最後決定由陳美玲接任。", "張家豪"),
    ("zh-Hans", "星耀商会今天改选。林大明原先属意王志强和张家豪两人接手理事长,最后决定由陈美玲接任。", "张家豪"),
    ("zh-Hant", "外界懷疑是因為張家豪與林大明關係密切,才被安排接任副理事長,但張家豪否認。", "張家豪"),
    ("zh-Hant", "星耀商會副理事長周志明或在未來兩年內接替陳美玲的理事長一職。", "周志明"),
    ("zh-Hans", "星耀商会副理事长周志明或在未来两年内接替陈美玲的理事长一职。", "周志明"),
    ("en", "Ben Tao, who allegedly had ties to the minister, was said to be tipped to take over as chairman of Orbis.", "Ben Tao"),
])
def test_a_successor_favoured_or_suspected_takes_no_post(lang, text, who):
    r = run(text, published=date(2026, 3, 2), lang=lang)
    assert all(e.person != who for e in r.events)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text", [
    ("zh-Hant", "林大明今天在大會上也回顧他擔任理事長六年的任期。"),
    ("zh-Hans", "林大明今天在大会上也回顾他担任理事长六年的任期。"),
    ("en", "At the meeting Ana Ruiz also looked back on her eight years serving as chairman of the Orbis Guild."),
])
def test_a_look_back_over_a_tenure_is_no_move(lang, text):
    r = run(text, published=date(2026, 3, 2), lang=lang)
    assert not [e for e in r.events if e.type in ("hire", "promotion", "departure")]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text", [
    ("zh-Hans", "如果该消息属实,林佳慧将成为第一个因此而离职的外企总裁。"),
    ("zh-Hant", "如果該消息屬實,林佳慧將成為第一個因此而離職的外企總裁。"),
    ("en", "If the report is true, Ana Ruiz, the chief executive of Orbis, would be the first to resign over a memo."),
])
def test_a_condition_opening_the_sentence_cancels_its_moves(lang, text):
    r = run(text, published=date(2026, 3, 2), lang=lang)
    assert not r.events


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang", [
    ("Bank\nQuorvex, a digital lender, has raised 2 million naira in donations since Friday for the food bank.", "en"),
    ("Correction\nAn earlier version of this story incorrectly reported that Quorvex had raised $1 million.", "en"),
    ("募款\n星河银行已募得300万元善款，用于支援本市食物银行。", "zh-Hans"),
    ("募款\n星河銀行已募得300萬元捐款，用於支援本市食物銀行。", "zh-Hant"),
    ("更正\n本報此前誤報星河銀行完成500萬美元融資。", "zh-Hant"),
])
def test_money_given_to_a_cause_or_a_corrected_report_is_no_round(text, lang):
    assert not ev(run(text, lang=lang), "funding")
