"""The steps of talentdb/extract/events/merge.py, one test each: the repairs over every candidate of an article
(MERGE_STEPS) and over every event (ARTICLE_STEPS), on invented articles or on candidates made from invented facts."""
from datetime import date

import pytest

from talentdb.extract.events import merge as M
from talentdb.extract.events.candidates import Cand
from talentdb.extract.model import Event
from tests.extracting import ev, run, site_at


def cand(type, person=None, org=None, pos=0, sent=0, explicit=True, **fields):
    extra = {k: fields.pop(k) for k in ("replaces", "own_date", "registered") if k in fields}
    c = Cand(Event(type=type, person=person, org=org, evidence="…", **fields), pos, sent, None, explicit)
    for k, v in extra.items():
        setattr(c, k, v)
    return c


def article(text):
    return site_at(text, "離職").art


# -- MERGE_STEPS ---------------------------------------------------------------------------------------------------
def test_headline_told_again_is_the_storys_round():
    r = run("星途科技完成A輪3億元融資\n星途科技日前宣布完成新台幣3億元A輪融資,由銀河資本領投。")
    assert [(e.org, e.amount, e.currency, e.counterparty) for e in r.events] == [
        ("星途科技", 300_000_000, "TWD", "銀河資本")]


def test_departure_goes_to_next_hire():
    r = run("Brightline Labs chief financial officer Ana Ruiz resigned on Friday. She joins Orbis Capital next month.")
    assert [(e.org, e.counterparty) for e in ev(r, "departure")] == [("Brightline Labs", "Orbis Capital")]


def test_succession_dated_by_departure():
    dep = cand("departure", "Orrin Vale", "Brightline Labs", date="2025-06-30", date_precision="day")
    succ = cand("promotion", "Ana Ruiz", "Brightline Labs", pos=50, replaces="Orrin Vale")
    M.succession_dated_by_departure(None, [dep, succ])
    assert (succ.event.date, succ.event.date_precision) == ("2025-06-30", "day")


def test_successor_takes_the_org_left():
    dep = cand("departure", "柯文瀚", "星河科技")
    succ = cand("promotion", "林佳慧", None, pos=20, explicit=False, replaces="柯文瀚")
    M.successor_takes_the_org_left(None, [dep, succ])
    assert succ.event.org == "星河科技"


def test_retold_without_org():
    told = cand("departure", "Ana Ruiz", "Brightline Labs")
    again = cand("departure", "Ana Ruiz", "Orbis Capital", pos=80, sent=1, explicit=False)
    M.retold_without_org(None, [told, again])
    assert again.event.org == "Brightline Labs"


def test_founders_dated_by_registration():
    r = run("Ana Ruiz and Ben Tao founded Quorra Robotics. Quorra Robotics was incorporated in October.")
    assert [(e.person, e.date) for e in ev(r, "founding")] == [("Ana Ruiz", "2024-10-01"), ("Ben Tao", "2024-10-01")]


def test_founding_told_with_founders_drops_the_one_without():
    r = run("Ana Ruiz and Ben Tao founded Quorra Robotics. Quorra Robotics was incorporated in October.")
    assert [e.person for e in ev(r, "founding")] == ["Ana Ruiz", "Ben Tao"]


# -- ARTICLE_STEPS -------------------------------------------------------------------------------------------------
def test_no_sector_orgs():
    art = article("星河科技技術長林佳慧離職。")
    events = [Event(type="founding", person="林佳慧", org="人工智慧", evidence="…"),
              Event(type="departure", person="林佳慧", org="人工智慧", evidence="…")]
    assert [(e.type, e.org) for e in M.no_sector_orgs(art, events)] == [("departure", None)]


def test_home_org_fallback():
    art = article("星河科技今年營收大增。星河科技新品熱賣。星河科技股價上漲。電商負責人林佳慧上週離職。")
    events = [Event(type="departure", person="林佳慧", org="電商", evidence="…")]
    assert [e.org for e in M.home_org_fallback(art, events)] == ["星河科技"]


def test_founders_left_from():
    events = [Event(type="departure", person="Ana Ruiz", org="Orbis Capital", evidence="Ana Ruiz left Orbis Capital "
                    "and founded Quorra Robotics."),
              Event(type="founding", person="Ana Ruiz", org="Quorra Robotics", evidence="Ana Ruiz left Orbis Capital "
                    "and founded Quorra Robotics.")]
    assert [e.counterparty for e in M.founders_left_from(None, events)] == [None, "Orbis Capital"]


def test_promotion_that_is_the_hire():
    r = run("星河科技委任前銀河科技副總裁林佳慧為技術長。新任技術長林佳慧在銀河科技服務逾20年。")
    assert [(e.type, e.org) for e in r.events] == [("hire", "星河科技")]


def test_promotion_told_with_a_joining():
    pro = Event(type="promotion", person="Ana Ruiz", org="Orbis Air", role="President", date="2025-06-09")
    joined = Event(type="hire", person="Ana Ruiz", org="Orbis Air", counterparty="Quorra", date="2025-06-10")
    later = Event(type="promotion", person="Ana Ruiz", org="Orbis Air", role="Chairman", date="2026-06-09")
    got = M.promotion_told_with_a_joining(None, [pro, joined, later])
    assert [(e.type, e.role) for e in got] == [("hire", "President"), ("promotion", "Chairman")]


def test_promotion_after_leaving_elsewhere():
    day = {"date_precision": "day"}
    left = Event(type="departure", person="Ana Ruiz", org="Halvard Foods", date="2025-05-06", **day)
    pro = Event(type="promotion", person="Ana Ruiz", org="Quorra Logistics", role="Chairman", date="2025-05-20", **day)
    inside = Event(type="promotion", person="Ben Tao", org="Orbis Group", date="2025-05-20", **day)
    group = Event(type="departure", person="Ben Tao", org="Orbis", date="2025-05-19", **day)  # (its group: inside)
    years = Event(type="promotion", person="Ana Ruiz", org="Orbis", date="2025-01-01",
                  date_precision="year")  # (a year alone tells no month between)
    got = M.promotion_after_leaving_elsewhere(None, [left, pro, inside, group, years])
    assert [(e.type, e.person, e.org, e.counterparty) for e in got] == [
        ("departure", "Ana Ruiz", "Halvard Foods", "Quorra Logistics"), ("hire", "Ana Ruiz", "Quorra Logistics",
                                                                        "Halvard Foods"),
        ("promotion", "Ben Tao", "Orbis Group", None), ("departure", "Ben Tao", "Orbis", None),
        ("promotion", "Ana Ruiz", "Orbis", None)]


def test_undated_news_on_publication_day():
    r = run("Quorra Robotics has hired Ana Ruiz as chief financial officer. Ruiz previously joined Orbis Capital as "
            "its treasurer.")
    assert [(e.org, e.date, e.date_precision) for e in ev(r, "hire", "Ana Ruiz")] == [
        ("Quorra Robotics", "2025-05-02", "day"), ("Orbis Capital", None, None)]  # (the past told as background)


def test_two_titles_held_years_apart_are_two_promotions():
    r = run("Orrin Vale will step down as chairman of Orbis Capital on June 1. Ana Ruiz will succeed Vale on June 1. "
            "Ruiz was Orbis Capital vice chair from 2015 to 2019.")
    assert [(e.role, e.date) for e in ev(r, "promotion", "Ana Ruiz")] == [
        ("Chairman", "2025-06-01"), ("Vice Chairman", "2015-01-01")]


def test_headline_told_again_a_wrapped_first_sentence_is_no_headline():
    # the first line break falls inside a sentence re-wrapped at a fixed width: the story has no headline
    r = run("Dec 3 (Reuters) - Ana Ruiz has been appointed chief\nexecutive officer of Orbis Capital, the firm said.\n"
            "Ruiz has been chief operating officer of Orbis Capital since 2019.", lang="en")
    roles = sorted((e.role, e.date[:4]) for e in ev(r, "promotion", "Ana Ruiz"))
    assert roles == [("Chief Executive Officer", "2025"), ("Chief Operating Officer", "2019")]


def test_two_posts_years_apart_stay_two_in_chinese_and_the_hire_of_one_already_inside_is_a_promotion():
    r = run("晨曦光電董事會今日聘任林子晴為董事長。林子晴於2018年起出任晨曦光電總經理。", lang="zh-Hant",
            published=date(2025, 6, 5))
    assert sorted((e.type, e.role, e.date[:4]) for e in ev(r, "promotion", "林子晴")) == [
        ("promotion", "Chairman", "2025"), ("promotion", "General Manager", "2018")]
    assert not ev(r, "hire")


@pytest.mark.origin("realnews round 7")
def test_two_posts_a_year_apart_each_dated_in_its_own_sentence_are_two_promotions():
    r = run("2017年3月,星河零售调整架构之后,林佳慧出任星河零售执行副总裁。到了2018年,林佳慧从执行副总裁升任星河零售总裁。",
            lang="zh-Hans", published=date(2025, 6, 5))
    assert sorted((e.role, e.date) for e in ev(r, "promotion", "林佳慧")) == [
        ("Executive Vice President", "2017-03-01"), ("President", "2018-01-01")]


@pytest.mark.origin("realnews round 7")
def test_two_posts_left_each_dated_in_its_own_sentence_are_two_departures():
    r = run("Ana Ruiz will retire as chair of Orbis Capital on June 30, the firm said. Ben Tao succeeded Ruiz as chief "
            "executive last March.", lang="en", published=date(2025, 6, 5))
    assert sorted((e.role, e.date) for e in ev(r, "departure", "Ana Ruiz")) == [
        ("Chairman", "2025-06-30"), ("Chief Executive Officer", "2025-03-01")]


@pytest.mark.origin("review")
def test_an_earlier_post_told_by_its_year_alone_a_year_before_stays_background():
    # ("去年起出任副總裁" before today's news: tests/corpus tells it as background, not a move of its own)
    vp = cand("promotion", "Ana Ruiz", "Orbis", sent=1, role="Vice President", date="2024-01-01", date_precision="year")
    ceo = cand("promotion", "Ana Ruiz", "Orbis", sent=0, role="Chief Executive Officer", date="2025-06-04",
               date_precision="day")
    vp.dated_here = ceo.dated_here = True
    assert len(M.one_event_per_key([ceo, vp], apart_in_time=True)) == 1


@pytest.mark.origin("realnews round 7")
def test_the_start_of_a_dated_span_told_again_that_month_is_one_promotion():
    r = run("周啟航於2012年5月至2019年8月擔任青嵐控股總經理。周啟航2012年5月出任青嵐控股總經理後,推動集團轉型。",
            lang="zh-Hant", published=date(2025, 6, 5))
    assert [(e.role, e.date) for e in ev(r, "promotion", "周啟航")] == [("General Manager", "2012-05-01")]
    assert [e.date for e in ev(r, "departure", "周啟航")] == ["2019-08-01"]


@pytest.mark.origin("realnews round 7")
def test_a_title_told_again_within_a_year_joins_its_post_even_after_a_misread_title():
    # ("10月7日當選校長" … "明年1月8日上任" whose first candidate took the dean's title: one post, not two)
    misread = cand("promotion", "陳立群", "星河大學", sent=0, role="Director", date="2026-01-08", date_precision="day")
    told = cand("promotion", "陳立群", "星河大學", sent=2, role="President", date="2026-01-08", date_precision="day")
    elected = cand("promotion", "陳立群", "星河大學", sent=3, role="President", date="2025-10-07", date_precision="day")
    assert len(M.one_event_per_key([misread, told, elected], apart_in_time=True)) == 1


def test_two_moves_of_one_kind_told_in_one_line_each_with_its_time_are_two():
    r = run("星澄電子今日宣布,由總經理許文傑升任董事長。許文傑自1999年進入星澄集團服務,2007年重返星澄集團服務,2016年升任"
            "星澄電子總經理。", published=date(2025, 5, 2))
    assert [e.date for e in ev(r, "hire", "許文傑")] == ["1999-01-01", "2007-01-01"]
    a = cand("hire", "林佳慧", "星河電子", pos=10, date="2019-01-01", own_date=True)
    b = cand("hire", "林佳慧", "星河電子", pos=30, date="2023-05-01", own_date=True)
    a.tend, b.tend, a.date_at, b.date_at, a.own_clause, b.own_clause = 12, 32, 5, 25, True, True
    assert M._steps_of_one_line(a, b)
    # (a time told in a clause that describes someone, "…擔任顧問的前副總裁林佳慧", is no step of its own)
    a.own_clause = False
    assert not M._steps_of_one_line(a, b)


def test_two_moves_under_one_title_each_told_in_its_sentence_years_apart_are_two():
    r = run("Orbis Post named Lena Marsh editor on Monday. Marsh first joined Orbis Post in 1991 as a reporter. She left "
            "in 2006 for a post at Quorra Bank and rejoined Orbis Post in 2012.")
    assert [e.date for e in ev(r, "hire", "Lena Marsh")][:2] == ["1991-01-01", "2012-01-01"]


# A headline's twin in the story is its move told at the same time (or with none): not an earlier post of the
# person's career that the story tells first
LEAD_THEN_CAREER = [
    ("zh-Hant", "星河娛樂今天宣佈,委任林佳慧為董事會主席。任命即時生效。\n林佳慧自2005年6月起出任星河娛樂執行董事。", "林佳慧"),
    ("zh-Hans", "星河娱乐今天宣布,委任林佳慧为董事会主席。任命即时生效。\n林佳慧自2005年6月起出任星河娱乐执行董事。", "林佳慧"),
    ("en", "Orbis Capital names Ana Ruiz chairman today\nAna Ruiz has sat on the Orbis Capital board as an executive "
           "director since June 2005. Orbis Capital named Ruiz its chairman today.", "Ana Ruiz"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person", LEAD_THEN_CAREER)
def test_headline_told_again_only_as_the_same_post(lang, text, person):
    r = run(text, lang=lang, published=date(2025, 6, 5))
    assert sorted((e.role, e.date[:7]) for e in ev(r, "promotion", person)) == [
        ("Chairman", "2025-06"), ("Executive Director", "2005-06")]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("person,home,other,title,other_title", [
    ("Ana Ruiz", "Quorra Metals", "Quorra Minerals", "Chairman", "Director"),
    ("林佳慧", "星河金屬", "月嵐礦業", "Chairman", "Director"),
    ("林佳慧", "星河金属", "月岚矿业", "Chairman", "Director"),
])
def test_retold_without_org_only_under_the_same_title(person, home, other, title, other_title):
    # "named board chair with effect from 3 March. She was also made a director of Quorra Minerals": a
    # post told without its organisation's name under another title is not the one told with it
    chair = cand("promotion", person, home, explicit=False, role=title)
    there = cand("promotion", person, other, pos=80, sent=1, role=other_title)
    again = cand("promotion", person, home, pos=120, sent=2, explicit=False, role=other_title)
    M.retold_without_org(None, [chair, there, again])
    assert (chair.event.org, again.event.org) == (home, other)


@pytest.mark.origin("realnews-dev")
def test_one_sentence_years_apart():
    a = cand("promotion", "王大明", "星河金控", pos=10, date="2018-03-01", date_precision="month")
    b = cand("promotion", "王大明", "星河金控", pos=40, date="2020-01-01", date_precision="day")
    a.dated_here, a.date_at, b.dated_here, b.date_at = True, 2, True, 35
    assert M._one_sentence_years_apart(a, b)
    b.event.date = "2019-01-01"  # (a year apart: more often one move told with a background date)
    assert not M._one_sentence_years_apart(a, b)


@pytest.mark.origin("realnews-dev")
def test_one_move_told_under_a_middle_initial_and_a_fuller_company_name_is_one():
    r = run("Orbis Freight boss to step down\n\nHalvard P. Mossberg, who runs Orbis Freight, is stepping down, the "
            "company said on Monday.\n\nIn a filing on Monday, Orbis Freight Holdings NV said Halvard Mossberg, its "
            "Chief Executive Officer, would step down on March 31, 2022, after five years at the helm.",
            published=date(2021, 9, 13), lang="en")
    assert len(ev(r, "departure")) == 1


@pytest.mark.origin("realnews-dev")
def test_one_resignation_from_a_seat_and_the_chair_is_one_departure():
    r = run("远航港务董事长辞职\n\n远航港务股份有限公司(以下简称“公司”)3月9日接获董事长韩立峰的辞职函。\n\n韩立峰因个人安排,"
            "辞去公司董事、董事长职务。",
            published=date(2022, 3, 10), lang="zh-Hans")
    assert [e.person for e in ev(r, "departure")] == ["韩立峰"]


def test_two_boards_left_on_one_day_stay_two_departures():
    events = [Event("departure", "Ana Ruiz", "Orbis Labs", "Chairman", date="2025-06-30", date_precision="day"),
              Event("departure", "Ana Ruiz", "Quorra Foods", "Chairman", date="2025-06-30", date_precision="day")]
    assert len(M.one_move_under_two_names(None, events)) == 2
