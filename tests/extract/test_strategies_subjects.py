"""The strategies of talentdb/extract/events/subjects.py (SUBJECT_STRATEGIES: who a trigger is about), one test each,
on invented sentences: the people the strategy finds for a trigger word, or the events a user gets."""
from datetime import date

import pytest

from talentdb.extract.events import subjects as S
from talentdb.extract.events.site import NOTHING
from tests.extracting import ev, run, site_at


def who(strategy, text, word, lang=None):
    """The people ``strategy`` says the trigger ``word`` of an invented sentence is about (NOTHING, or None when it
    does not answer)."""
    site = site_at(text, word, lang=lang)
    got = strategy(site, S.Around(site))
    return got if got is None or got is NOTHING else [p.key for p in got]


def test_group_named_before_the_three_who_left_found_together():
    r = run("Ana Ruiz, Ben Tao and Cy Park left Orbis Capital in 2021. The three later founded Quorra Robotics.")
    assert {e.person for e in ev(r, "founding")} == {"Ana Ruiz", "Ben Tao", "Cy Park"}
    r = run("林佳慧、柯文瀚與吳柏翰去年離開銀河科技。三人隨後共同創辦了星河科技。")
    assert {e.person for e in ev(r, "founding")} == {"林佳慧", "柯文瀚", "吳柏翰"}


def test_event_noun_subject_the_resignation_of_a_named_person_is_theirs():
    assert who(S.event_noun_subject, "Brightline Labs announced the resignation of chief executive Ana Ruiz on Monday.",
               "resignation") == ["Ana Ruiz"]
    r = run("Orrin Vale said Ana Ruiz's resignation from Brightline Labs came as a surprise.")
    assert [e.person for e in ev(r, "departure")] == ["Ana Ruiz"]


def test_leaver_who_moves_on_is_the_one_who_joins():
    r = run("Ana Ruiz left Brightline Labs's search team in June to join Orbis Capital as an engineer.")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("Ana Ruiz", "Orbis Capital")]


def test_person_after_relative_clause_takes_the_title_told_before():
    assert who(S.person_after_relative_clause, "即將接任星河科技技術長的林佳慧今年45歲。", "接任") == ["林佳慧"]


def test_person_after_relative_clause_is_nobody_for_a_group():
    assert who(S.person_after_relative_clause, "同時離職的還有星河科技多位高管。", "離職") is NOTHING


def test_list_after_colon_each_hired():
    r = run("Orbis Capital hired three engineers from Brightline Labs: Ana Li, Bo Chen and Cy Park.")
    assert [e.person for e in ev(r, "hire")] == ["Ana Li", "Bo Chen", "Cy Park"]


def test_people_listed_after_announcer_one_a_line():
    text = ("Orbis Capital said the following directors have resigned from its board with immediate effect:\n"
            "- Mr. Ana Ruiz\n- Mrs. Bea Tallon\nThe board thanked them.")
    assert who(S.people_listed_after_announcer, text, "resigned") == ["Ana Ruiz", "Bea Tallon"]
    assert who(S.people_listed_after_announcer, "Orbis Capital said Ana Ruiz resigned: she left.", "resigned") is None


def test_object_after_word_is_who_is_hired():
    assert who(S.object_after_word, "星河科技聘任林佳慧為首席技術官。", "聘任") == ["林佳慧"]
    assert who(S.object_after_word, "Orbis Capital hired Ana Ruiz and Ben Tao last week.", "hired") == \
        ["Ana Ruiz", "Ben Tao"]


def test_successor_after_by_is_the_one_who_takes_over():
    r = run("Brightline Labs chief financial officer Orrin Vale was replaced by Ana Ruiz in January.")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ana Ruiz", "Chief Financial Officer")]


def test_person_the_company_acts_on_is_promoted():
    r = run("Orbis Capital promoted deputy chief financial officer Ana Ruiz to chief financial officer.")
    assert [(e.person, e.org) for e in ev(r, "promotion")] == [("Ana Ruiz", "Orbis Capital")]
    r = run("星河科技董事會擢升研發副總經理林佳慧為技術長。")
    assert [(e.person, e.org) for e in ev(r, "promotion")] == [("林佳慧", "星河科技")]


def test_person_named_before_a_list_resigns_together():
    r = run("Ana Ruiz, Ben Tao and Cy Park resigned from Brightline Labs last week.")
    assert [e.person for e in ev(r, "departure")] == ["Ana Ruiz", "Ben Tao", "Cy Park"]


def test_person_named_before_a_second_verb_of_the_subject():
    r = run("Ana Ruiz had been one of Brightline Labs's first engineers but left in 2022.")
    assert [(e.person, e.date) for e in ev(r, "departure")] == [("Ana Ruiz", "2022-01-01")]


def test_person_named_before_is_nobody_when_others_stand_between():
    assert who(S.person_named_before, "Ana Ruiz told staff on Monday that dozens of engineers resigned.",
               "resigned") is NOTHING
    assert not run("Ana Ruiz told staff on Monday that dozens of engineers resigned.").events


def test_title_standing_for_person_the_founder_is_the_one_who_founded():
    r = run("Ana Ruiz founded Quorra Robotics in 2019. The company's founder stepped down as chief executive on Monday.")
    assert [(e.person, e.role) for e in ev(r, "departure")] == [("Ana Ruiz", "Chief Executive Officer")]


def test_group_acts_is_nobody_in_particular():
    assert who(S.group_acts, "星河科技多名員工離職。", "離職") is NOTHING
    assert who(S.group_acts, "星河科技核心開發人員接連離職。", "離職") is NOTHING


def test_last_person_in_sentence_makes_the_move_of_a_clause_with_no_one():
    r = run("林佳慧上週宣布離職,加盟銀河科技。")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("林佳慧", "銀河科技")]
    r = run("Ana Ruiz spent a decade at Orbis Capital, then joined Brightline Labs.")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("Ana Ruiz", "Brightline Labs")]
    # (an apposition's titles, organisations and a wire's stock code do not count as distance)
    r = run("Orrin Vale will step down as chairman of Orbis Capital on June 1. Ana Ruiz, 68, vice chair of Orbis "
            "Capital's board and president of Kanto Polymer Co. <4012>, will succeed Vale on June 1 for a term.")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ana Ruiz", "Chairman")]


def test_successor_after_by_with_a_role_and_courtesy_title_between():
    r = run("Orbis Capital chief executive Ana Ruiz will leave. She will be replaced in her Orbis role by Mr Ben Tao, "
            "the current finance director.", lang="en")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ben Tao", "Chief Executive Officer")]


def test_person_of_the_cv_a_dated_line_naming_no_one_is_about_the_person_its_paragraph_opens_with():
    r = run("远山新材料集团股份有限公司董事会同意聘任周明远为公司总经理。\n周明远先生,1970年3月出生,硕士学历。"
            "2012年6月—2016年8月任本公司副总经理。", lang="zh-Hans")
    assert [(e.type, e.date) for e in r.events if e.role == "Vice President"] == [
        ("promotion", "2012-06-01"), ("departure", "2016-08-01")]


def test_last_person_in_sentence_not_one_passed_over():
    r = run("星河日報副總編輯林佳慧在報社工作多年,後來越過總編輯柯文瀚,直接升任集團總編輯。", lang="zh-Hant")
    assert [e.person for e in ev(r, "promotion")] == ["林佳慧"]


def test_subject_of_a_participle_is_the_person_the_sentence_opens_with():
    r = run("Orbis Corp. named Ben Tao president on Monday. Ana Ruiz, 61, was one of the three engineers who drew up the "
            "restructuring plan in 1987, becoming president of Orbis Corp. in June 1992.")
    assert [(e.person, e.date) for e in ev(r, "promotion", "Ana Ruiz")] == [("Ana Ruiz", "1992-06-01")]


def test_topic_of_a_career_sentence():
    r = run("星澄航空今天召開董事會,通過由總經理林佳慧出任董事長。"
            "林佳慧畢業於星澄大學交通管理學系,早年在多家旅行社服務,熟悉票務、地勤與客服作業,之後歷經副理、經理、協理等職位,"
            "並曾主導多項數位轉型計畫,也曾赴海外進修航空管理課程,返台後持續參與顧客體驗改善與機隊更新規劃,"
            "歷任營運處副處長、處長及資深副總經理,最終在2019年接任星澄航空總經理。")
    assert ("林佳慧", "2019-01-01") in [(e.person, e.date) for e in ev(r, "promotion")]


def test_opener_after_its_apposition_takes_over_after_a_long_apposition():
    text = ("Mr Ana Ruiz, 53, currently chief executive of Orbis Freight (OF), the group's largest company with revenue "
            "of $9 billion, will take over as chairman of Orbis Holdings on June 1.")
    assert who(S.opener_after_its_apposition, text, "will take over as") == ["Ana Ruiz"]
    assert who(S.opener_after_its_apposition, "Ana Ruiz said on Monday that Orbis Holdings, the group's parent, "
               "will take over as lead.", "will take over as") is None



def test_pronoun_inside_the_words_is_who_a_held_until_word_is_about():
    site = site_at("Nadia Ferro, daughter of the magnate Pietro Ferro, rose to chief executive of Corvel Mining in "
                   "2006, a position she held until 2014.", "a position")
    assert [p.key for p in S.pronoun_inside_the_words(site, None)] == ["Nadia Ferro"]


@pytest.mark.origin("realnews-dev")
def test_people_listed_after_a_group_word_are_the_group():
    assert who(S.people_listed_after_a_group_word, "Retiring trustees of the Orbis Fund include Ana Ruiz and Ben Tao.",
               "Retiring") == ["Ana Ruiz", "Ben Tao"]
    assert who(S.people_listed_after_a_group_word, "Ana Ruiz said retiring early was hard for Ben Tao.",
               "retiring") is None


@pytest.mark.origin("realnews-dev")
def test_people_listed_after_a_group_leaving_or_nobody():
    assert who(S.people_listed_after_a_group_leaving, "Orbis Bank saw a spate of departures, including desk head "
               "Ana Ruiz in May and Ben Tao in June.", "spate of departures") == ["Ana Ruiz", "Ben Tao"]
    assert who(S.people_listed_after_a_group_leaving, "Orbis Airport said departures rose, Ana Ruiz said.",
               "departures") is NOTHING


@pytest.mark.origin("realnews-dev")
def test_person_a_person_appoints_is_the_one_after_the_word():
    assert who(S.person_a_person_appoints, "President Cy Park has appointed Dr Ben Tao as governor of the Orbis Bank.",
               "appointed") == ["Ben Tao"]
    assert who(S.person_a_person_appoints, "Cy Park was appointed governor of the Orbis Bank by Ben Tao.",
               "appointed") is None


@pytest.mark.origin("realnews-dev")
def test_holder_after_by_is_the_one_who_held_the_post():
    assert who(S.holder_after_by, "The post was previously held by Dr Ana Ruiz, Ben Tao said.", "previously held by") == \
        ["Ana Ruiz"]
    assert who(S.holder_after_by, "The seat was vacated by the board in May.", "vacated by") is NOTHING


@pytest.mark.origin("realnews-dev")
def test_event_noun_subject_of_an_arrival_is_its_owner_or_nobody():
    assert who(S.event_noun_subject, "Orbis Bank waited for chief executive Ben Tao's arrival in May.", "arrival") == \
        ["Ben Tao"]
    assert who(S.event_noun_subject, "Ben Tao said the arrival of spring helped Orbis Bank.", "arrival") is NOTHING


@pytest.mark.origin("realnews-dev")
def test_owner_of_the_role_taken_is_the_one_who_leaves():
    assert who(S.owner_of_the_role_taken, "Ana Ruiz's role as editor of Orbis Media will be taken on by Ben Tao.",
               "taken on by") == ["Ana Ruiz"]


@pytest.mark.origin("realnews-dev")
def test_listed_after_own_titles_reads_a_roster_of_titled_holders():
    site = site_at("星河商會新一屆領導架構為會長林一帆、理事長王志強及監事長陳美玲。", "領導架構為")
    assert [p.key for p in S._subjects(site)] == ["林一帆", "王志強", "陳美玲"]
    # (people without a title of their own before them are no roster)
    site = site_at("星河商會新一屆領導架構為會長林一帆,王志強表示支持。", "領導架構為")
    assert [p.key for p in S._subjects(site)] == ["林一帆"]


@pytest.mark.origin("realnews-dev")
def test_topic_joined_by_companions_takes_the_post_with_them():
    text = "周大明2015年加入星河科技,去年8月和王小華、李建國共三人一道成為星河科技合夥人。"
    site = site_at(text, "一道成為")
    assert [p.key for p in S._subjects(site)] == ["周大明", "王小華", "李建國"]
    # (without a word of together, "和王小華成為…" may be with whom, not who: only the one named)
    site = site_at("周大明2015年加入星河科技,去年8月和王小華成為星河科技合夥人。", "成為")
    assert [p.key for p in S._subjects(site)] == ["王小華"]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,speaker,holder", [
    ("zh-Hant", "總會長黃美玲對新任會長林佳慧寄予厚望。", "黃美玲", "林佳慧"),
    ("zh-Hans", "副总会长周美华高度评价新任会长林佳慧的长期耕耘。", "周美华", "林佳慧"),
    ("zh-Hant", "總會長黃美玲向卸任會長王志強致以敬意。", "黃美玲", "王志強"),
])
def test_holder_named_after_an_attributive_title(lang, text, speaker, holder):
    r = run(text, published=date(2026, 3, 2), lang=lang)
    assert all(e.person != speaker for e in r.events)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,owner", [
    ("zh-Hans", "星河科技首席信息官安娜·卡特(Anna Carter)领导信息系统部门。2019年,星河科技聘请了本·陶(Ben Tao)担任卡特团队的副总裁。",
     "Anna Carter"),
    ("zh-Hant", "星河科技資訊長王志強領導資訊部門。2019年,星河科技聘請了林佳慧擔任王志強團隊的副總裁。", "王志強"),
    ("en", "Orbis CIO Ana Ruiz leads its systems unit. In 2019, Orbis hired Ben Tao to serve as a vice president on "
           "Ruiz's team.", "Ana Ruiz"),
])
def test_owner_of_a_group_takes_no_post(lang, text, owner):
    r = run(text, published=date(2026, 3, 2), lang=lang)
    assert all(e.person != owner for e in r.events)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, word, want", [
    ("林志遠從陳啟明手中接下會長一職。", "接下", ["林志遠"]),
    ("林志遠從卸任會長陳啟明(左)手中接下印信。", "接下", ["林志遠"]),
    ("董事會選出林志遠為新校長,將從現任校長陳啟明手中接下棒子。", "接下", NOTHING),
])
def test_the_one_who_hands_a_post_over_does_not_take_it(text, word, want):
    # (the name after 從 and before 手中 gives the post away: the taker is the one right before 從, or nobody here)
    assert who(S.person_named_before, text, word) == want
