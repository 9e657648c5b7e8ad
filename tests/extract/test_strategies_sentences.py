"""The strategies of talentdb/extract/events/sentences.py, one test each, on invented sentences: the cues that cancel
a trigger (CANCEL_CUES), the date of an event (DATE_STRATEGIES) and the links between the events of one sentence
(LINK_STEPS)."""
from datetime import date

import pytest

from talentdb.extract.events import sentences as S
from talentdb.extract.events.sentences import _Sentence
from tests.extracting import ev, run, site_at


def date_by(strategy, text, word, published=date(2025, 5, 2), lang=None):
    """The date ``strategy`` gives the trigger ``word`` of an invented article: (its words, its first day)."""
    site = site_at(text, word, published=published, lang=lang)
    sent = _Sentence(site.art, site.sentence)
    sent.dates.extend(site.art.dates_for(sent.start, sent.end))
    got = strategy(sent, site.trigger_start, site.trigger_end, [])
    return None if got is None else (got[2].text, got[2].date.isoformat() if got[2].date else None)


# -- CANCEL_CUES ---------------------------------------------------------------------------------------------------
def test_hedged_a_departure_that_is_only_planned_is_none():
    assert not ev(run("Brightline Labs said its chief financial officer Ana Ruiz plans to step down."), "departure")
    assert not ev(run("星河科技技術長林佳慧威脅要辭職。"), "departure")
    assert ev(run("Brightline Labs said its chief financial officer Ana Ruiz stepped down."), "departure")


def test_hedged_but_a_future_in_reported_speech_is_told():
    r = run("Orbis Capital said on Monday that Ana Ruiz would join the firm as chief operating officer.", lang="en")
    assert [e.person for e in ev(r, "hire")] == ["Ana Ruiz"]


def test_rumoured_a_rumoured_departure_is_none():
    assert not ev(run("市場傳聞指,星河科技技術長林佳慧即將離職。"), "departure")
    assert ev(run("星河科技技術長林佳慧即將離職。"), "departure")


def test_conditional_an_investment_on_a_condition_is_no_funding():
    assert not ev(run("Orbis Ventures agreed to invest a further $40 million in Quorra if the chip meets its targets."),
                  "funding")


def test_planned_in_clause_before_a_plan_covers_the_clause_that_goes_on_from_it():
    assert not ev(run("星河科技计划明年赴港上市,募资约10亿港元。"), "funding")
    assert ev(run("星河科技明年赴港上市,募资约10亿港元。"), "funding")


def test_qualifier_of_a_title_held_代理_after_擔任_and_an_organisation_is_part_of_the_title():
    assert not ev(run("台糖董事長林志遠請辭獲准。林志遠是資深公務人員,並曾擔任台中市政府代理市長、副市長及秘書長等職務。"),
                  "promotion")
    site = site_at("星河科技董事會決議由副總經理林佳慧代理總經理。", "代理")
    assert not S.qualifier_of_a_title_held(site, _Sentence(site.art, site.sentence))
    assert ev(run("星河科技董事會決議由副總經理林佳慧代理總經理。"), "promotion")


def test_round_still_to_come_a_raise_the_company_will_make_is_a_plan():
    text = "星途智能完成50億元融資。星途智能預計隨著融資進展,還將從主權基金籌集大約10億元。"
    assert [e.amount for e in ev(run(text), "funding")] == [5_000_000_000]


# -- DATE_STRATEGIES -----------------------------------------------------------------------------------------------
def test_no_time_after_the_second_part_a_career_line_needs_its_time():
    assert [(e.person, e.role, e.date) for e in ev(run("Ana Ruiz has been chief executive since 2019."), "promotion")] \
        == [("Ana Ruiz", "Chief Executive Officer", "2019-01-01")]
    assert ev(run("Ana Ruiz has been chief executive since the start."), "promotion") == []


def test_no_time_after_the_second_part_asks_every_second_part_of_the_word():
    # ("served as…from" and "served as…since" are one word, "served as", with two second parts: either holds)
    r = run("Orbis Labs named Ana Ruiz chief executive on Monday. Ruiz has served as chief operating officer since "
            "August 2019.", published=date(2024, 1, 2))
    assert ("Chief Operating Officer", "2019-08-01") in [(e.role, e.date) for e in ev(r, "promotion")]
    r = run("Ben Tao served as chief financial officer from 2015 to 2019.")
    assert [(e.role, e.date) for e in ev(r, "promotion")] == [("Chief Financial Officer", "2015-01-01")]
    assert not ev(run("Ben Tao has served as a mentor to many since the start."), "promotion")


def test_a_dated_tenure_in_the_simple_past_or_at_the_helm_is_its_start():
    r = run("Orbis Labs named Ana Ruiz chief executive on Monday. Ruiz was the chief financial officer of Orbis Labs "
            "since 2009.", published=date(2024, 1, 2))
    assert ("Chief Financial Officer", "2009-01-01") in [(e.role, e.date) for e in ev(r, "promotion")]
    r = run("Quorra Bank said Ben Tao will step down. Tao had been at the helm of the lender since 2014.",
            published=date(2024, 1, 2))
    assert "2014-01-01" in [e.date for e in ev(r, "promotion")]
    r = run("Orbis Labs hired Ben Tao as chief operating officer on Monday. Tao, who worked at Quorra Bank since "
            "1996, starts in May.", published=date(2024, 1, 2))
    assert ("Quorra Bank", "1996-01-01") in [(e.org, e.date) for e in ev(r, "hire")]


def test_a_career_word_whose_second_part_is_not_told_is_no_trigger():
    # ("had been" without "since" stands between Ruiz and "left" as no trigger word at all)
    r = run("Ana Ruiz had been one of Orbis Capital's first engineers but left in 2022 for Brightline Labs.")
    assert [(e.person, e.org, e.date) for e in ev(r, "departure")] == [("Ana Ruiz", "Orbis Capital", "2022-01-01")]


def test_effective_date_after_word_governs_over_the_day_it_was_said():
    r = run("Brightline Labs said on Monday that Ana Ruiz will retire as chief financial officer, effective June 30.")
    assert [e.date for e in ev(r, "departure")] == ["2025-06-30"]


def test_date_before_word_in_clause():
    assert date_by(S.date_before_word_in_clause, "星河科技技術長林佳慧2019年離職。", "離職") == ("2019年", "2019-01-01")


def test_date_after_word_in_clause():
    r = run("星河科技技術長林佳慧離職於今年1月。")
    assert [(e.date, e.date_precision) for e in ev(r, "departure")] == [("2025-01-01", "month")]
    assert date_by(S.date_after_word_in_clause, "星河科技技術長林佳慧離職於今年1月。", "離職")[1] == "2025-01-01"


def test_effective_date_in_sentence_before_the_word():
    got = date_by(S.effective_date_in_sentence, "自7月1日起,由林佳慧接任星河科技技術長。", "接任")
    assert got[0] == "7月1日" and got[1].endswith("-07-01")


def test_date_clause_before_first_event():
    r = run("上週一,星河科技發布內部信,宣布技術長林佳慧離職。")
    assert [e.date for e in ev(r, "departure")] == ["2025-04-21"]
    assert date_by(S.date_clause_before_first_event, "上週一,星河科技發布內部信,宣布技術長林佳慧離職。", "離職") == \
        ("上週一", "2025-04-21")


def test_later_date_before_next_word_dates_a_round_said_after():
    r = run("Quorra raised $18 million in a Series A, with the round closing on Tuesday.")
    assert [e.date for e in ev(r, "funding")] == ["2025-04-29"]
    r = run("Ana Ruiz left Brightline Labs, a move first reported on Tuesday.")
    assert [e.date for e in ev(r, "departure")] == ["2025-04-29"]


def test_day_it_was_told_dates_the_moves_before_it():
    text = "Ana Ruiz is stepping down as chief executive of Brightline Labs, the company said Monday."
    assert date_by(S.day_it_was_told, text, "stepping down") == ("Monday", "2025-04-28")


def test_same_time_as_before_takes_the_day_of_the_meeting():
    r = run("星河科技4月28日召開董事會。董事會同時擢升研發副總經理林佳慧為技術長。")
    assert [e.date for e in ev(r, "promotion")] == ["2025-04-28"]


def test_earlier_date_in_sentence_dates_the_move_that_goes_on_from_it():
    r = run("The board of Brightline Labs removed chief executive Orrin Vale on Tuesday, and named Ana Ruiz interim "
            "chief executive.")
    assert [e.date for e in ev(r, "promotion", person="Ana Ruiz")] == ["2025-04-29"]


def test_date_of_first_half_after_a_semicolon():
    r = run("星河科技董事長柯文瀚4月28日宣布,將於5月1日退休,由總經理林佳慧接任;總經理遺缺則由技術長吳柏翰升任。")
    assert [e.date for e in ev(r, "promotion", person="吳柏翰")] == ["2025-05-01"]


def test_date_of_sentence_before_an_announcement_dates_what_it_announced():
    r = run("星河科技4月28日公告人事異動。星河科技財務長林佳慧將退休。")
    assert [e.date for e in ev(r, "departure")] == ["2025-04-28"]


def test_day_the_memo_was_sent():
    r = run("星河科技4月28日發出內部郵件。內部郵件顯示,技術長林佳慧已離職。")
    assert [e.date for e in ev(r, "departure")] == ["2025-04-28"]


# -- LINK_STEPS ----------------------------------------------------------------------------------------------------
def test_title_taken_after_a_move_is_the_hires_title():
    r = run("Ana Ruiz rejoined Brightline Labs in May and was promoted to chief technology officer.")
    assert [(e.type, e.role) for e in r.events] == [("hire", "Chief Technology Officer")]


def test_return_home_is_no_hire():
    r = run("星河科技技術長林佳慧離職,回歸家庭。")
    assert [e.type for e in r.events] == ["departure"]


def test_outsider_promotion_is_a_hire():
    r = run("星河科技委任前銀河科技副總裁林佳慧為技術長。")
    assert [(e.type, e.org, e.counterparty) for e in r.events] == [("hire", "星河科技", "銀河科技")]


def test_departure_goes_to_the_hire():
    r = run("Ana Ruiz left Brightline Labs last week to join Orbis Capital.")
    assert [(e.type, e.org, e.counterparty, e.date) for e in r.events] == [
        ("departure", "Brightline Labs", "Orbis Capital", "2025-04-21"),
        ("hire", "Orbis Capital", "Brightline Labs", "2025-04-21")]


def test_tenure_ends_at_the_second_time_of_its_span():
    r = run("Ana Ruiz was chief financial officer of Orbis Capital from 2015 to 2019.")
    assert [(e.type, e.role, e.date) for e in r.events] == [("promotion", "Chief Financial Officer", "2015-01-01"),
                                                           ("departure", "Chief Financial Officer", "2019-01-01")]
    r = run("Orbis Capital said Ana Ruiz led the firm from March 2015 until June 2019.")
    assert [(e.type, e.date) for e in r.events] == [("promotion", "2015-03-01"), ("departure", "2019-06-01")]


def test_founding_after_departure_takes_its_date_and_origin():
    r = run("Ana Ruiz left Brightline Labs in 2021, and founded Quorra Robotics.")
    assert [(e.org, e.counterparty, e.date) for e in ev(r, "founding")] == [
        ("Quorra Robotics", "Brightline Labs", "2021-01-01")]


def test_date_clause_before_first_event_is_the_nearest_dated_clause():
    text = "新闻网5月2日消息,澜石能源(601999.SH)4月30日晚间公告,因工作调整,韩立峰申请辞去公司董事长职务。"
    assert date_by(S.date_clause_before_first_event, text, "申请辞去") == ("4月30日", "2025-04-30")


def test_replaced_leaves_the_post_taken():
    r = run("Orbis Capital named Ana Ruiz chief financial officer, succeeding Ben Tao, who is leaving the company.",
            lang="en")
    [d] = ev(r, "departure", "Ben Tao")
    assert (d.org, d.role) == ("Orbis Capital", "Chief Financial Officer")


def test_tenure_span_before_word_starts_the_post_at_the_first_time_and_ends_it_at_the_second():
    r = run("星河能源公告。邵文川2010年3月至2014年6月担任星河能源副总经理。")
    assert sorted((e.type, e.date) for e in r.events if e.person == "邵文川") == [
        ("departure", "2014-06-01"), ("promotion", "2010-03-01")]


def test_a_post_held_when_something_happened_is_no_move():
    assert not run("张耀堂于2004年担任星河银行零售业务总监时,曾处理一宗事件。").events


def test_planned_in_clause_before_not_a_present_title():
    r = run("Orbis Capital said on Monday that Ana Ruiz, currently chief operating officer, will become chief executive "
            "on July 1.", lang="en")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ana Ruiz", "Chief Executive Officer")]


def test_cv_spans_each_span_before_the_word_is_a_post_taken_and_left():
    r = run("星河科技董事會昨日聘任林佳慧為總經理。林佳慧於2011年1月至2014年3月以及2016年5月至2020年9月擔任星河科技財務長。",
            lang="zh-Hant")
    cfo = [(e.type, e.date) for e in r.events if e.role == "Chief Financial Officer"]
    assert sorted(cfo) == [("departure", "2014-03-01"), ("departure", "2020-09-01"),
                           ("promotion", "2011-01-01"), ("promotion", "2016-05-01")]
    # (a start alone is no span)
    r = run("林佳慧於2016年5月起擔任星河科技財務長。", lang="zh-Hant")
    assert not ev(r, "departure")


def test_listed_dated_posts_each_time_and_title_listed_after_the_word_is_a_post_of_its_own():
    r = run("星河日報總編輯林佳慧退休。林佳慧1994年出任副刊組主任、2001年副總編輯、2008年升任總編輯。", lang="zh-Hant")
    got = sorted((e.date, e.role) for e in ev(r, "promotion", "林佳慧"))
    assert got == [("1994-01-01", "Director"), ("2001-01-01", "Deputy Editor-in-Chief"),
                   ("2008-01-01", "Editor-in-Chief")]
    # (a title listed with no time of its own is no post of its own)
    r = run("星河日報總編輯林佳慧退休。林佳慧1994年出任副刊組主任、副總編輯。", lang="zh-Hant")
    assert [e.date for e in ev(r, "promotion", "林佳慧")] == ["1994-01-01"]


def test_effective_date_after_word_not_the_date_of_a_later_word_in_its_own_clause():
    r = run("星河日報總編輯林佳慧退休。林佳慧1998年3月開始擔任星河日報副總編輯,並於2006年7月起任星河日報總編輯至今。",
            lang="zh-Hant")
    assert sorted((e.date, e.role) for e in ev(r, "promotion", "林佳慧")) == [
        ("1998-03-01", "Deputy Editor-in-Chief"), ("2006-07-01", "Editor-in-Chief")]


def test_a_dated_span_closed_by_jian_before_the_word():
    r = run("星澄基金會今天宣布人事。林佳慧在2019年至2021年間代理星澄基金會董事長。")
    assert [(e.type, e.date) for e in r.events if e.person == "林佳慧"] == [("promotion", "2019-01-01"),
                                                                             ("departure", "2021-01-01")]


def test_the_one_replaced_before_a_bare_ren_takes_no_post():
    r = run("林佳慧接替柯文瀚任星澄電子董事長\n\n星澄電子今天宣布,委任副董事長林佳慧出任董事長。柯文瀚表示,感謝同仁多年支持。")
    assert [e.person for e in ev(r, "promotion")] == ["林佳慧"]


def test_post_held_is_left_for_another_the_post_held_now_is_left():
    r = run("政府今日宣布,現任環境及航運事務局常任秘書長程綺文明日起出任文化及體育發展局常任秘書長。", lang="zh-Hant",
            published=date(2026, 3, 5))
    assert [(e.org, e.counterparty) for e in ev(r, "departure", "程綺文")] == [("環境及航運事務局", "文化及體育發展局")]
    assert [(e.org, e.counterparty) for e in ev(r, "hire", "程綺文")] == [("文化及體育發展局", "環境及航運事務局")]


def test_post_held_is_left_for_another_not_without_the_mark_of_a_post_held_now():
    r = run("星河科技今日宣布,由經濟部次長程綺文出任星河科技董事長。", lang="zh-Hant", published=date(2026, 3, 5))
    assert not ev(r, "departure", "程綺文")


def test_a_clause_that_is_only_a_time_dates_the_career_word_after_it():
    r = run("星河控股今日宣布委任林佳慧為執行長。自2012年以來,林佳慧擔任星河控股副董事長。", published=date(2024, 1, 2))
    assert ("Vice Chairman", "2012-01-01") in [(e.role, e.date) for e in ev(r, "promotion")]
    r = run("星河医药今日宣布委任林佳慧为董事长。2010年6月28日,林佳慧就任星河医药副董事长,2013年8月8日升任总经理。",
            published=date(2024, 1, 2))
    got = [(e.role, e.date) for e in ev(r, "promotion")]
    assert ("Vice Chairman", "2010-06-28") in got and ("General Manager", "2013-08-08") in got
    # (no time told: 继续担任 is no move, and a clause with more than a time does not date the word)
    r = run("星河医药今日宣布委任林佳慧为董事长。林佳慧表示,她将继续担任星河医药董事。", published=date(2024, 1, 2))
    assert [e.role for e in ev(r, "promotion")] == ["Chairman"]


def test_entering_an_employer_to_take_a_post_is_a_hire_and_a_later_dated_step_is_its_own():
    r = run("星河航空今日宣布委任林佳慧為董事長。林佳慧自1986年進入星河航空擔任空服員,最終在2021年接任星河航空總經理。",
            published=date(2024, 1, 2))
    assert [(e.org, e.date) for e in ev(r, "hire")] == [("星河航空", "1986-01-01")]
    assert ("General Manager", "2021-01-01") in [(e.role, e.date) for e in ev(r, "promotion")]
    r = run("林佳慧在2022年加入星河电子,担任资深处长,并于2024年升为星河电子采购副总经理。", published=date(2025, 1, 2))
    assert [e.date for e in ev(r, "hire")] == ["2022-01-01"]
    assert [(e.role, e.date) for e in ev(r, "promotion")] == [("Vice President", "2024-01-01")]
    # (after a departure, a title taken at another place is still the hire: "2018年退休,2019年受聘為…")


def test_posts_listed_with_their_times_each_title_and_time_after_the_first_is_a_post():
    r = run("Halvern Foods named Mara Quist chief executive on Tuesday. Quist was named treasurer in 2011, chief risk "
            "officer in 2015 and president of Quorra Bank in 2019.")
    assert [(e.org, e.role, e.date) for e in ev(r, "promotion") if e.date < "2025"] == [
        ("Halvern Foods", "Treasurer", "2011-01-01"), ("Halvern Foods", "Chief Risk Officer", "2015-01-01"),
        ("Quorra Bank", "President", "2019-01-01")]
    # (a list of people, not of posts: "Ana Ruiz CFO in 2010 and Ben Tao CEO in 2011" stops at the name)
    r = run("Orbis Labs named Ana Ruiz and Ben Tao to its board in 2019.")
    assert len(ev(r, "promotion")) == 2


def test_post_held_until_a_time_takes_the_post_taken_just_before():
    r = run("Corvel Mining named Ilse Varga chairman on Monday. Varga took over as chief executive of Halden Energy "
            "in 2006, a role she held until 2014.")
    assert [(e.org, e.role, e.date) for e in ev(r, "departure", "Ilse Varga")] == [
        ("Halden Energy", "Chief Executive Officer", "2014-01-01")]


@pytest.mark.origin("realnews-dev")
def test_each_listed_leaver_at_the_time_told_after_their_name():
    r = run("Orbis Bank saw a wave of departures, including Ana Ruiz in March and Ben Tao in April.",
            published=date(2025, 5, 2), lang="en")
    assert {(e.person, e.date) for e in ev(r, "departure")} == {("Ana Ruiz", "2025-03-01"), ("Ben Tao", "2025-04-01")}


@pytest.mark.origin("realnews-dev")
def test_the_vacancy_left_goes_to_the_one_named_before_it_who_takes_a_post_after():
    r = run("星河銀行\n林大明將填補王志強留下的空缺,出任星河銀行總監。", lang="zh-Hant")
    assert [(e.person, e.role) for e in ev(r, "departure")] == [("王志強", "Director")]


@pytest.mark.origin("realnews-dev")
def test_date_right_after_event_noun_not_the_one_of_the_noun_before():
    assert date_by(S.date_right_after_event_noun, "Orbis Bank was run by Cy Park between Ana Ruiz's departure in March and "
                   "Ben Tao's arrival in May.", "arrival", lang="en")[1] == "2025-05-01"


@pytest.mark.origin("realnews-dev")
def test_a_verb_joined_by_and_to_a_future_one_shares_its_future():
    r = run("Orbis Bank\nBen Tao will join the Orbis Bank board on Aug. 1 and take the helm on Oct. 1.",
            published=date(2025, 1, 18), lang="en")
    assert {e.date for e in r.events if e.person == "Ben Tao"} <= {"2025-08-01", "2025-10-01"}


@pytest.mark.origin("realnews-dev")
def test_held_until_a_time_cancels_the_taking_of_the_post_not_the_leaving():
    assert S.held_until_a_time in S.RULE_CUES
    r = run("星河銀行\n王志強擔任星河銀行行政總裁直至2017年。", lang="zh-Hant")
    assert [e.type for e in r.events if e.person == "王志強"] == ["departure"]


@pytest.mark.origin("realnews-dev")
def test_a_word_that_requires_another_is_a_departure_word_only_with_it():
    a = site_at("星河銀行\n王志強擔任星河銀行行政總裁直至2017年。", "直至", lang="zh-Hant").art
    s = a.lowered.index("直至")
    assert a.leaves_at(s, s + 2)
    b = site_at("星河銀行\n王志強暫代主席,直至林大明接任為止。", "接任", lang="zh-Hant").art
    s = b.lowered.index("直至")
    assert not b.leaves_at(s, s + 2)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text", [
    ("en", "Orbis Bank names new chairman\n\nOrbis Bank said on Monday that Dana Whitfield will become its chairman "
           "on June 1.\n\nTop stories\nQuorra Foods founder Leo Brandt steps down\nAna Ruiz joins Vexa Motors as "
           "chief executive\n"),
    ("zh-Hant", "星河銀行新任總經理\n\n星河銀行今日宣布,由副總經理林佳慧升任總經理。\n\n相關新聞\n月海科技公布財報\n"
                "遠圖控股董事長王立群請辭\n"),
])
def test_every_headline_of_a_list_of_links_under_its_header_is_another_story(lang, text):
    r = run(text, published=date(2024, 3, 4), lang=lang)
    assert [e.person for e in r.events] in (["Dana Whitfield"], ["林佳慧"])
