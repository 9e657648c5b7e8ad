"""Chinese constructions that carry a move no single word of the lexicon reads: officers elected in a list, a
successor told by a noun for them, becoming a post's new holder, a leader resigning with a counted group, a post
taken at someone's invitation, a post held for the time being, and the next item of a list of appointments.

Invented sentences, people and companies, in both Chinese scripts (and English where the construction has a
counterpart). The dev articles that showed each family are named in tests/phenomena (appointment-*)."""
from datetime import date

import pytest

from tests.extracting import ev, run

PUB = date(2024, 9, 8)


def _people(result, etype):
    return sorted(e.person for e in ev(result, etype))


# -- officers elected in a list: 選出 with a count, the list after 包括 / 他們是, the title told as the topic --------
ELECTED_LISTS = [
    ("星河商會改選\n星河商會昨日召開會員大會。新一屆理事會選出三名副會長,他們依序是林佳慧、王志強及陳美玲。",
     "zh-Hant", ["林佳慧", "王志強", "陳美玲"], "Vice President"),
    ("星河商会改选\n星河商会昨日召开会员大会。新一届理事会选出三名副会长,包括林佳慧、王志强和陈美玲。",
     "zh-Hans", ["林佳慧", "王志强", "陈美玲"], "Vice President"),
    ("星河商會改選\n星河商會昨日改選。至於副會長一職,大會從七名候選人中選出兩人,分別是林佳慧與王志強。",
     "zh-Hant", ["林佳慧", "王志強"], "Vice President"),
    ("星河商会改选\n星河商会昨日改选。在副会长方面,大会在五位参选人当中选出三人,这三人包括林佳慧、王志强和许文杰。",
     "zh-Hans", ["林佳慧", "王志强", "许文杰"], "Vice President"),
    ("星河商會改選\n星河商會昨日改選。新一屆理事會選出三名副會長。他們是林佳慧、王志強和陳美玲。",
     "zh-Hant", ["林佳慧", "王志強", "陳美玲"], "Vice President"),
    ("Orbis Traders Association polls\nThe Orbis Traders Association held its annual general meeting on Saturday. "
     "As for the vice presidents, the members elected three of the five candidates: Ana Lindqvist, Bo Carver and "
     "Cyrus Pell.", "en", ["Ana Lindqvist", "Bo Carver", "Cyrus Pell"], "Vice President"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,people,role", ELECTED_LISTS)
def test_each_officer_of_an_elected_list_is_promoted_to_the_title_of_the_list(text, lang, people, role):
    r = run(text, published=PUB, lang=lang)
    assert _people(r, "promotion") == sorted(people)
    assert {e.role for e in ev(r, "promotion")} == {role}


@pytest.mark.origin("realnews-dev")
def test_the_others_of_an_appointment_counted_after_the_first_are_listed_in_the_next_sentence():
    r = run("星河控股人事\n星河控股昨日委任總裁林佳慧及另外兩人為星河銀行董事。控股公司聲明指,另兩人是王志強與陳美玲。",
            published=PUB, lang="zh-Hant")
    assert _people(r, "promotion") == sorted(["林佳慧", "王志強", "陳美玲"])
    assert {e.role for e in ev(r, "promotion")} == {"Board Member"}


@pytest.mark.origin("realnews-dev")
def test_a_listed_officer_named_with_a_company_post_comes_from_that_company():
    r = run("星河商会改选\n星河商会昨日改选。新一届理事会选出两名副会长,他们依序是月光资本(Moonlight Capital)合伙人林佳慧,"
            "以及晨曦集团总裁王志强。", published=PUB, lang="zh-Hans")
    assert {(e.person, e.counterparty) for e in ev(r, "hire")} == {("林佳慧", "Moonlight Capital"), ("王志强", "晨曦集团")}


@pytest.mark.origin("realnews-dev")
def test_a_country_closing_a_glossed_name_makes_it_a_company_office_not_a_person():
    r = run("星河商会改选\n星河商会昨日改选,新一届理事会选出两名副会长,他们依序是月光会计新加坡(Moonlight Singapore)合伙人林佳慧"
            "和晨曦集团总裁王志强。", published=PUB, lang="zh-Hans")
    assert "Moonlight Singapore" not in {e.person for e in r.events}


# -- a successor told by a noun for them: 新任者為 / 繼任人選為 / 接班人是 ------------------------------------------------
SUCCESSOR_NOUNS = [
    ("星河鋼鐵人事\n星河鋼鐵總經理王大明月底退休,新任者為副總經理林佳慧。", "zh-Hant", "林佳慧", "General Manager"),
    ("星河科技人事\n星河科技总经理王大明将于六月退休,继任人选为副总经理林佳慧。", "zh-Hans", "林佳慧", "General Manager"),
    ("星河科技人事\n星河科技宣布執行長王大明下月退休,接班人是營運長林佳慧。", "zh-Hant", "林佳慧", "Chief Executive Officer"),
    ("星河集团人事\n星河集团总经理王大明届龄退休,新任者为外界熟悉的人物,曾任月光金属公司总经理的林佳慧。", "zh-Hans", "林佳慧",
     "General Manager"),
    ("Orbis Bank\nOrbis Bank CEO Ben Tao will retire in June. His successor is chief operating officer Ana Ruiz.", "en",
     "Ana Ruiz", "Chief Executive Officer"),
    ("Orbis Bank\nOrbis Bank chief executive Ben Tao will retire in June, and his successor will be chief operating "
     "officer Ana Ruiz.", "en", "Ana Ruiz", "Chief Executive Officer"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person,role", SUCCESSOR_NOUNS)
def test_the_one_named_after_a_successor_noun_takes_the_title_left(text, lang, person, role):
    r = run(text, published=PUB, lang=lang)
    took = [e for e in r.events if e.type in ("promotion", "hire") and e.person == person]
    assert took and took[0].role == role
    assert ev(r, "departure", "王大明") or ev(r, "departure", "Ben Tao")


# -- becoming a post's new holder: 成為…新的主帥 / 新一任 / 新帥 / 最新成員 ----------------------------------------------
NEW_HOLDERS = [
    ("星河隊換帥\n葡萄牙人費爾南多將成為星河足球俱樂部新的主帥。", "zh-Hant", "費爾南多",
     "Head Coach"),
    ("星河队换帅\n星河队主帅王大明离任后,林佳慧成为这支球队的新帅。", "zh-Hans", "林佳慧", "Head Coach"),
    ("星河銀行人事\n林佳慧昨日成為星河銀行新一任行政總裁。", "zh-Hant", "林佳慧", "Chief Executive Officer"),
    ("星河协会人事\n星河编辑协会宣布,月光日报总编辑林佳慧成为该会理事会最新成员。", "zh-Hans", "林佳慧", "Member"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person,role", NEW_HOLDERS)
def test_becoming_the_new_holder_of_a_post_is_taking_it(text, lang, person, role):
    r = run(text, published=PUB, lang=lang)
    took = [e for e in r.events if e.type in ("promotion", "hire") and e.person == person]
    assert took and took[0].role == role


@pytest.mark.origin("realnews-dev")
def test_becoming_a_first_is_no_move():
    r = run("星河銀行\n林佳慧成為星河銀行首位女性董事。", published=PUB, lang="zh-Hant")
    assert not [e for e in r.events if e.type in ("promotion", "hire")]


# -- a leader resigning with a counted group ---------------------------------------------------------------------------
WITH_A_GROUP = [
    ("星河控股\n星河控股董事經理林大明昨日與另外6名董事局成員集體辭職。", "zh-Hant", "林大明"),
    ("星河银行\n星河银行行长王志强连同其他三位董事一起请辞。", "zh-Hans", "王志强"),
    ("Orbis board quits\nOrbis Holdings managing director Ana Ruiz and eight other board members resigned en masse "
     "on Monday.", "en", "Ana Ruiz"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person", WITH_A_GROUP)
def test_a_named_leader_resigning_with_a_counted_group_leaves(text, lang, person):
    r = run(text, published=PUB, lang=lang)
    assert _people(r, "departure") == [person]


# -- a post taken at someone's invitation: X獲Y邀請出任 --------------------------------------------------------------
INVITED = [
    ("星河委員會\n月光縣長林大明上月獲院長王志強邀請,出任星河委員會主委。", "zh-Hant", "林大明"),
    ("星河委员会\n月光县长林大明获院长王志强邀请出任星河委员会主委一职。", "zh-Hans", "林大明"),
    ("星河委員會\n月光縣長林大明獲院長王志強力邀,出任星河委員會主委。", "zh-Hant", "林大明"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person", INVITED)
def test_the_one_invited_takes_the_post_not_the_one_who_invites(text, lang, person):
    r = run(text, published=PUB, lang=lang)
    took = {e.person for e in r.events if e.type in ("promotion", "hire")}
    assert person in took and not {"王志強", "王志强"} & took


# -- a post held for the time being: 職缺由X兼任 / 現由X署任 after a leaving -------------------------------------------
ACTING = [
    ("星河電信人事\n星河電信培訓中心主任屆齡退休,培訓中心主任一職將由研發處處長林大明兼任。", "zh-Hant", "林大明",
     "Director"),
    ("星河电信人事\n星河电信总经理王志强昨日离职,总经理一职暂由副总经理林大明代管。", "zh-Hans", "林大明", "General Manager"),
    ("星河署人事\n數碼專員王志強本月初開始退休前休假,數碼專員一職現由副數碼專員林大明署任。", "zh-Hant", "林大明",
     "Commissioner"),
    ("星河银行人事\n星河银行总经理王志强上月请辞,目前由副总经理林大明暂代总经理。", "zh-Hans", "林大明", "General Manager"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person,role", ACTING)
def test_a_post_left_open_and_held_for_the_time_being_is_taken(text, lang, person, role):
    r = run(text, published=date(2026, 2, 3), lang=lang)
    assert [e.role for e in ev(r, "promotion", person)] == [role]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang", [
    ("星河電信\n星河電信董事長王志強目前兼任總經理。", "zh-Hant"),
    ("星河委员会\n星河委员会目前由林大明代理主席。", "zh-Hans"),
])
def test_a_post_only_said_to_be_held_now_is_no_move(text, lang):
    r = run(text, published=date(2026, 2, 3), lang=lang)
    assert not ev(r, "promotion")


# -- the next item of a list of appointments: 部長由X接任,Y擔任次長 ---------------------------------------------------
LISTED_MOVES = [
    ("星河集團改組\n星河集團公布管理層人事改組。首席財務官一職由審計總監林大明接任,風險管理主管王志強擔任首席風險官。",
     "zh-Hant", "王志強", "Chief Risk Officer"),
    ("星河集团改组\n星河集团公布管理层人事改组。首席财务官一职由审计总监林大明接任,风险管理主管王志强担任首席风险官;"
     "首席技术官由副总裁陈美玲出任。", "zh-Hans", "王志强", "Chief Risk Officer"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person,role", LISTED_MOVES)
def test_the_next_item_of_a_list_of_appointments_takes_its_post(text, lang, person, role):
    r = run(text, published=PUB, lang=lang)
    assert [e.role for e in ev(r, "promotion", person)] == [role]


@pytest.mark.origin("realnews-dev")
def test_a_post_kept_after_a_list_of_appointments_is_no_move():
    r = run("星河人事\n董事長由林大明接任,總經理王志強則繼續擔任總經理。", published=PUB, lang="zh-Hant")
    assert not ev(r, "promotion", "王志強")


# -- the post of the one who leaves, told by 他的職位 / 其…職責, taken by one or shared by two successors --------------
SUCCESSORS_OF_HIS_POST = [
    ("星河資本權力交接\n星河資本宣布,全球管理合夥人林大明將轉任顧問,他的職位由王志強、陳美玲接替。", "zh-Hant",
     ["王志強", "陳美玲"], "Managing Partner"),
    ("星河资本权力交接\n星河资本宣布,全球管理合伙人林大明将转任顾问,她的职位由王志强接替。", "zh-Hans", ["王志强"],
     "Managing Partner"),
    ("星河中国双总裁\n星河中国总裁林大明9月底离开后,王志强将接手其研发方面的职责,现负责销售业务的星河全球副总裁陈美玲将接替其"
     "营运方面的职责。", "zh-Hans", ["王志强", "陈美玲"], "President"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,people,role", SUCCESSORS_OF_HIS_POST)
def test_the_successors_of_his_post_take_the_title_he_held_not_the_one_he_moves_to(text, lang, people, role):
    r = run(text, published=date(2025, 10, 28), lang=lang)
    got = {e.person: e.role for e in ev(r, "promotion") if e.person in people}
    assert got == {p: role for p in people}


# -- a headline that opens with the holder of a post: NAME任ORG TITLE ---------------------------------------------------
HEADLINE_HOLDERS = [
    ("費南多任星河電視主席\n星河電視公司董事會週一開會,通過由原董事費南多出任董事會主席。費南多感謝各董事支持。",
     "zh-Hant", "費南多", "Chairman"),
    ("飞利普任星河电视主席\n星河电视公司董事会周一开会,通过由原董事飞利普出任董事会主席。飞利普感谢各董事支持。",
     "zh-Hans", "飞利普", "Chairman"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person,role", HEADLINE_HOLDERS)
def test_a_name_opening_a_headline_before_任_and_a_post_is_its_holder_not_a_company(text, lang, person, role):
    r = run(text, published=date(2021, 8, 3), lang=lang)
    assert [e.role for e in ev(r, "promotion", person)] == [role]
    assert person not in {e.org for e in r.events}


# -- withdrawing with honour, the seal of command handed on; a name before 調任 read whole -----------------------------
HONOURED_EXITS = [
    ("星河科技人事\n星河科技董事長林大明功成身退,將由總經理王志強接掌帥印。", "zh-Hant", "林大明", "王志強", "Chairman"),
    ("星河科技人事\n星河科技董事长林大明宣布引退,由总经理王志强接过帅印。", "zh-Hans", "林大明", "王志强", "Chairman"),
    ("星河銀行人事\n星河銀行行長林大明月底榮休,由副行長王志強接任行長。", "zh-Hant", "林大明", "王志強", "President"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,leaver,successor,role", HONOURED_EXITS)
def test_an_honoured_exit_is_a_departure_and_the_seal_goes_to_the_successor(text, lang, leaver, successor, role):
    r = run(text, published=PUB, lang=lang)
    assert [e.role for e in ev(r, "departure", leaver)] == [role]
    assert [e.role for e in ev(r, "promotion", successor)] == [role]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang,person", [
    ("星河人事\n星河科技副總經理王志強調任總經理。", "zh-Hant", "王志強"),
    ("星河人事\n星河科技副总经理李明强调任财务长。", "zh-Hans", "李明强"),
])
def test_a_name_whose_last_character_starts_a_common_word_with_the_event_word_is_read_whole(text, lang, person):
    r = run(text, published=PUB, lang=lang)
    assert [e.person for e in ev(r, "promotion")] == [person]


@pytest.mark.origin("realnews-dev")
def test_a_retirement_only_being_planned_is_no_departure():
    r = run("星河人事\n星河集團擢升林佳慧為副董事經理,董事經理王志強或正在規劃逐步引退。", published=PUB, lang="zh-Hant")
    assert not ev(r, "departure", "王志強")


@pytest.mark.origin("realnews-dev")
def test_a_resignation_for_career_plans_is_still_one():
    r = run("星河人事\n星河科技董事長王志強因個人生涯規劃辭任。", published=PUB, lang="zh-Hant")
    assert [e.person for e in ev(r, "departure")] == ["王志強"]


# -- a handover story: the new holder named, the predecessor told by 前任 and the same title ---------------------------
@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang", [
    ("星河銀行分行交接\n星河銀行月光分行舉行行長交接儀式,新任行長王志強正式履新。星河銀行高層肯定分行前任行長林大明多年的貢獻。",
     "zh-Hant"),
    ("星河银行分行交接\n星河银行月光分行举行行长交接仪式,新任行长王志强正式履新。林大明作为前任行长致辞。\n"
     "星河银行高层感谢前任行长林大明多年的贡献。", "zh-Hans"),
])
def test_the_predecessor_of_a_new_holder_named_by_前任_leaves_the_post(text, lang):
    r = run(text, published=PUB, lang=lang)
    (p,) = [e for e in r.events if e.type in ("promotion", "hire")]
    (d,) = ev(r, "departure")
    assert (d.person, d.role, d.org) == ("林大明", p.role, p.org)


@pytest.mark.origin("realnews-dev")
def test_a_former_holder_named_without_a_new_one_is_no_departure():
    r = run("星河銀行\n星河銀行前任行長林大明昨日出席論壇並發表演講。", published=PUB, lang="zh-Hant")
    assert not ev(r, "departure")


# -- joining with nowhere named after the word, by someone from elsewhere: the company of the story -------------------
@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,lang", [
    ("星河生技上市\n星河生技今日在港上市。2021年前月光製藥高管林佳慧加盟,公司確立雙執行長架構。星河生技去年營收成長。", "zh-Hant"),
    ("星河生技上市\n星河生技今日在港上市。2021年前某跨国药厂高管林佳慧加盟,公司确立双执行长架构。星河生技去年营收成长。", "zh-Hans"),
])
def test_one_from_elsewhere_joining_with_nowhere_named_joins_the_company_of_the_story(text, lang):
    r = run(text, published=date(2025, 12, 30), lang=lang)
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("林佳慧", "星河生技")]
