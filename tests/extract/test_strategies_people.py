"""The strategies of talentdb/extract/events/people.py, one test each, on invented sentences: who hires
(HIRER_STRATEGIES, JOINED_ORG_STRATEGIES), where a promotion happens (PROMOTION_ORG_STRATEGIES), where a person went
or came from (COUNTERPARTY_STRATEGIES), whom a successor replaces (REPLACED_STRATEGIES) and the repairs a list of
people needs (LIST_STEPS)."""
from datetime import date

import pytest

from talentdb.extract.events import people as P
from talentdb.extract.events.candidates import Cand, Draft, Move
from talentdb.extract.events.site import NOTHING
from talentdb.extract.events.subjects import _subjects
from talentdb.extract.events.titles import title_of_the_word
from talentdb.extract.model import Event
from tests.extracting import ev, run, site_at


def at(text, word, type=None):
    """The Site of trigger ``word`` of an invented article, its Draft (people, title) and a Move for its first person."""
    site = site_at(text, word, type=type)
    draft = Draft(_subjects(site))
    title_of_the_word(site, draft)
    return site, draft, Move(draft.subjects[0])


# -- HIRER_STRATEGIES (the word acts on the person: "X hired Y") -----------------------------------------------------
def test_hirer_named_before_word():
    site, _, move = at("星河科技聘任林佳慧為首席技術官。", "聘任")
    assert P.hirer_named_before_word(site, move) == "星河科技"
    site, _, move = at("星河科技今年營收大增。銀河科技今年虧損。星河科技從銀河科技延攬了資深工程師林佳慧。", "延攬")
    assert P.hirer_named_before_word(site, move) == "星河科技"  # (not the one after "from")


def test_it_that_hires():
    r = run("Brightline Labs grew fast last year. In January it hired Ana Ruiz, a former product director at Orbis "
            "Capital, as chief digital officer.")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("Ana Ruiz", "Brightline Labs")]


def test_company_acting_for_an_outsider():
    r = run("星河科技今年營收大增,星河科技新品熱賣。董事會同時通過聘任前銀河科技資深處長林佳慧為營運長。")
    assert [(e.person, e.org, e.counterparty) for e in ev(r, "hire")] == [("林佳慧", "星河科技", "銀河科技")]


def test_short_name_opening_the_clause():
    r = run("星河宣布延攬前銀河科技副總經理林佳慧出任財務長。")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("林佳慧", "星河")]


# -- JOINED_ORG_STRATEGIES (the person joins): (the organisation, whether named with the event) --------------------------
def test_org_joined_after_word():
    r = run("林佳慧去年加入星河科技。")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("林佳慧", "星河科技")]


def test_org_named_before_joiner():
    site, draft, move = at("Orbis Capital also said Ana Ruiz joined last week as chief operating officer.", "joined")
    assert P.org_named_before_joiner(site, draft, move) == ("Orbis Capital", False)


def test_joined_where_the_article_last_put_them():
    r = run("林佳慧2019年加入星河科技,2021年離開。今年5月,林佳慧再度加入,擔任技術長。")
    # (the joining of 2019, told with its organisation and no title, is a hire of its own: README rule 3)
    assert sorted((e.org, e.date) for e in ev(r, "hire")) == [("星河科技", "2019-01-01"), ("星河科技", "2025-05-01")]


def test_company_of_the_story_for_a_title():
    r = run("星河科技今年營收大增,星河科技的新產品大賣。星河科技表示,前銀河科技高層林佳慧加盟任風險總監。")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("林佳慧", "星河科技")]


# -- PROMOTION_ORG_STRATEGIES: (the organisation, whether named with the event) ------------------------------------
def test_promoter_named_before_word():
    site, _, move = at("星河科技董事會推選林佳慧為董事長。", "推選")
    assert P.promoter_named_before_word(site, move) == ("星河科技", True)


def test_promoter_named_before_word_is_not_where_a_post_is_held_when_another_announces():
    site, _, move = at("星河工商總會選出新會長\n星河工商總會宣布,銀河集團執行主席林佳慧當選會長。", "當選")
    assert P.promoter_named_before_word(site, move) is None  # (not 銀河集團: where she holds a post)
    assert P.org_opening_the_sentence(site, move) == ("星河工商總會", True)
    site, _, move = at("星河集團宣布,銀河科技總經理林佳慧升任董事長。", "升任")
    assert P.promoter_named_before_word(site, move) == ("銀河科技", True)  # (升任: a post given inside)


def test_org_named_after_promotion():
    site, _, move = at("星河科技今年營收大增。研發副總林佳慧升任星河科技技術長。", "升任")
    assert P.org_named_after_promotion(site, move) == ("星河科技", True)


def test_org_opening_the_sentence():
    site, _, move = at("星河科技今年營收大增。星河科技同時宣布,將研發副總林佳慧擢升為技術長。", "擢升")
    assert P.org_opening_the_sentence(site, move) == ("星河科技", True)


def test_company_told_of_for_an_outsider_else_no_promotion():
    r = run("星河科技今年營收大增,星河科技新品熱賣。集團同時委任前銀河科技國際業務副總裁林佳慧為首席技術官。")
    assert [(e.type, e.org) for e in r.events] == [("hire", "星河科技")]
    # with no word of where, the place someone comes from is not where they take the title
    r = run("星河科技今年營收大增。集團同時委任前銀河科技國際業務副總裁林佳慧為首席技術官。")
    assert not r.events
    site, _, move = at("星河科技今年營收大增。集團同時委任前銀河科技國際業務副總裁林佳慧為首席技術官。", "委任")
    move.outsider = True
    assert P.company_told_of_for_an_outsider(site, move) is NOTHING


def test_promoted_where_the_article_last_put_them():
    r = run("林佳慧2019年加入星河科技。今年林佳慧升任技術長。")
    assert [(e.person, e.org) for e in ev(r, "promotion")] == [("林佳慧", "星河科技")]


def test_promoted_at_the_company_of_the_story():
    r = run("星河科技今年營收大增。林佳慧升任技術長。")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("林佳慧", "Chief Technology Officer")]


# -- COUNTERPARTY_STRATEGIES ---------------------------------------------------------------------------------------
def test_where_they_went():
    r = run("Brightline Labs lost its chief risk officer, Ana Ruiz, who left in September for Orbis Capital.")
    assert [(e.person, e.org, e.counterparty) for e in ev(r, "departure")] == [
        ("Ana Ruiz", "Brightline Labs", "Orbis Capital")]


def test_origin_marked_before_word():
    r = run("星河科技今年營收大增。銀河科技今年虧損。星河科技從銀河科技延攬了資深工程師林佳慧。")
    assert [(e.person, e.org, e.counterparty) for e in ev(r, "hire")] == [("林佳慧", "星河科技", "銀河科技")]


def test_former_employer_before_name():
    r = run("前銀河科技副總裁林佳慧加盟星河科技。")
    assert [(e.person, e.org, e.counterparty) for e in ev(r, "hire")] == [("林佳慧", "星河科技", "銀河科技")]


def test_origin_said_after_name():
    r = run("Orbis Capital hired Ana Ruiz as chief financial officer. Ruiz was previously at Brightline Labs.")
    assert [(e.person, e.counterparty) for e in ev(r, "hire")] == [("Ana Ruiz", "Brightline Labs")]


def test_post_held_now_told_later():
    site, _, move = at("Orbis Council named Ana Ruiz as CTO. She has worked as Quorra Media's head "
                       "of public policy.", "named")
    move.org, move.explicit = "Orbis Council", True
    assert P.post_held_now_told_later(site, move) == "Quorra Media"
    site, _, move = at("星河航空公司委任麥文山接任董事。麥文山現年58歲,是銀河集團董事。", "委任")
    move.org, move.explicit = "星河航空公司", True
    assert P.post_held_now_told_later(site, move) == "銀河集團"
    site, _, move = at("星河航空公司委任麥文山接任董事。麥文山是星河航空公司董事。", "委任")
    move.org, move.explicit = "星河航空公司", True
    assert P.post_held_now_told_later(site, move) is None  # (a post at the same company: inside)


# -- REPLACED_STRATEGIES -------------------------------------------------------------------------------------------
def test_person_named_right_after_word():
    site, draft, move = at("Orbis Capital chief financial officer Orrin Vale will retire in June. Ana Ruiz will succeed "
                           "Vale as chief financial officer.", "will succeed", type="promotion")
    assert P.person_named_right_after_word(site, draft, move.person) == "Orrin Vale"


def test_whose_title_it_was():
    site, draft, move = at("星河科技技術長柯文瀚已離職。柯文瀚的職務由首席科學家林佳慧接任。", "接任")
    assert P.whose_title_it_was(site, draft, move.person) == "柯文瀚"


def test_leaver_named_before_successor():
    site, draft, move = at("星河科技董事長柯文瀚退休,董事長一職由總經理林佳慧接任。", "接任")
    assert P.leaver_named_before_successor(site, draft, move.person) == "柯文瀚"


# -- LIST_STEPS ----------------------------------------------------------------------------------------------------
def _departure(site, person, org, explicit):
    return Cand(Event(type="departure", person=person, org=org, evidence=site.sentence_text), site.trigger_start,
                site.sentence, None, explicit)


def test_place_the_list_is_from():
    site, draft, _ = at("Last week, three engineers from Brightline Labs's search team - Ana Ruiz, Ben Tao and Cy Park "
                        "- resigned.", "resigned")
    out = [_departure(site, p.key, None, False) for p in draft.subjects]
    P.place_the_list_is_from(site, draft, out)
    assert draft.group_org == "Brightline Labs"


def test_one_place_for_the_list():
    site, draft, _ = at("Ana Ruiz and Brightline Labs chief technology officer Ben Tao resigned last week.", "resigned")
    draft.group_org = "Brightline Labs"
    out = [_departure(site, "Ana Ruiz", "Orbis Capital", False), _departure(site, "Ben Tao", "Brightline Labs", True)]
    assert [c.event.org for c in P.one_place_for_the_list(site, draft, out)] == ["Brightline Labs", "Brightline Labs"]


def test_the_board_names_one_of_its_own_a_promotion_when_no_origin_is_said():
    r = run("澜湾环境科技集团股份有限公司(以下简称“公司”)召开董事会会议,同意聘任副总经理滕若岚女士为公司总经理。")
    assert [(e.type, e.person, e.org) for e in r.events] == [("promotion", "滕若岚", "澜湾环境科技集团股份有限公司")]
    # someone named with another organisation between the word and the name is no insider: nothing is guessed
    r = run("星河传媒今年改组。公司又聘请银河视频前负责人周亚历出任首席内容官。")
    assert not [e for e in ev(r, "promotion") if e.org == "星河传媒"]


def test_org_of_the_one_replaced():
    r = run("Orbis Capital chief executive Ana Ruiz will leave. Ms Ruiz's role as chief executive will be taken on by "
            "Mr Ben Tao, the former chief editor of Quorra Labs.", lang="en")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("Ben Tao", "Orbis Capital")]


def test_post_held_elsewhere_when_named():
    site, _, move = at("华信证券今年改组。另外,华信证券副总裁李文出任蓝天航空公司总裁,蓝天航空公司今年扩张。", "出任")
    move.org = "蓝天航空公司"
    assert P.post_held_elsewhere_when_named(site, move) == "华信证券"
    move.org = "华信证券集团"
    assert P.post_held_elsewhere_when_named(site, move) is None  # (the same group: a move inside it)


def test_a_post_held_is_left_for_the_company_named_after_the_word():
    r = run("华信证券今年改组。另外,华信证券副总裁李文出任蓝天航空公司总裁,蓝天航空公司今年扩张。")
    assert [(e.type, e.person, e.org, e.counterparty) for e in r.events] == \
        [("hire", "李文", "蓝天航空公司", "华信证券")]
    r = run("蓝天航空公司今年扩张。蓝天航空公司副总经理赵明升任常务副总经理。")
    assert [(e.type, e.person, e.org) for e in r.events] == [("promotion", "赵明", "蓝天航空公司")]


def test_current_post_in_the_chain_before_name():
    r = run("星澄電子董事會委任海嵐銀行(Hailan Bank)董事長、月影證券(Moonshade Securities)前總經理柯文瀚為獨立董事。")
    assert [(e.person, e.org, e.counterparty) for e in ev(r, "hire")] == [("柯文瀚", "星澄電子", "Hailan Bank")]


def test_org_of_a_post_held_when_named_is_not_the_new_posts():
    r = run("星澄電子董事會委任海嵐銀行(Hailan Bank)財務長趙一心為星澄電子財務長。")
    assert [(e.person, e.org, e.counterparty) for e in ev(r, "hire")] == [("趙一心", "星澄電子", "Hailan Bank")]


def test_post_of_the_new_holder():
    r = run("星澄電子董事長換人。星澄電子今天宣布,董事長將由晨光機器人(Dawnlight Robotics)共同創辦人、副董事長林佳慧出任。")
    assert [(e.person, e.org, e.counterparty) for e in ev(r, "hire")] == [("林佳慧", "星澄電子", "Dawnlight Robotics")]


def test_origin_after_years_there_is_where_the_joiner_comes_from():
    r = run("Halvard Bank has appointed a new head of commodities. Lina Ostberg joins after 12 years at Quorra "
            "Capital, where she was head of metals.")
    assert [(e.person, e.org, e.counterparty) for e in ev(r, "hire")] == [("Lina Ostberg", "Halvard Bank",
                                                                          "Quorra Capital")]


def test_former_employer_before_name_is_not_the_group_of_the_new_post():
    site, _, move = at("星河航空召開董事會,由原星河航空集團董事長林佳慧接任。", "接任")
    move.org = "星河航空"
    assert P.former_employer_before_name(site, move) is None
    site, _, move = at("星河航空召開董事會,由原銀河證券副總裁林佳慧接任。", "接任")
    move.org, move.outsider = "星河航空", True
    assert P.former_employer_before_name(site, move) == "銀河證券"


def test_org_left_before_the_return_a_return_with_no_place_goes_back_there():
    r = run("Corvel Mining named Ilse Varga chairman on Monday. Varga quit Corvel Mining in 2009 after a row over "
            "strategy, but returned in 2013.")
    assert [(e.org, e.date) for e in ev(r, "hire", "Ilse Varga")] == [("Corvel Mining", "2013-01-01")]
    assert [(e.org, e.counterparty) for e in ev(r, "departure", "Ilse Varga")] == [("Corvel Mining", None)]


@pytest.mark.origin("realnews-dev")
def test_org_after_word_of_a_relative_clause_is_not_the_main_clauses():
    site, _, move = at("Ana Ruiz is leaving Orbis Bank after losing out to Ben Tao, who got the top job at Quorra Bank.",
                       "got the top job")
    assert P.org_after_word_of_a_relative_clause(site, move) == ("Quorra Bank", True)


@pytest.mark.origin("realnews-dev")
def test_org_in_apposition_announcing_gives_the_post_its_own():
    site, _, move = at("Its lending arm, Vela Trust Bank, confirmed it named Ana Ruiz president on Monday.", "named")
    assert P.org_in_apposition_announcing(site, move) == ("Vela Trust Bank", True)


@pytest.mark.origin("realnews-dev")
def test_org_of_the_one_replaced_told_as_their_role():
    site, _, move = at("Ana Ruiz's role as editor of Orbis Media will be taken on by Ben Tao, formerly of Quorra Media.",
                       "taken on by", type="promotion")
    assert P.org_of_the_one_replaced(site, move) == ("Orbis Media", True)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,who,origin", [
    ("zh-Hans", "月光集团今日宣布,此前为Orbis Capital(ORBIS,1234,主板金融股)零售部门主管的拿督阿末再纳,"
                "接替退休的拿督莫哈末,成为月光集团新任总执行长。", "阿末再纳", "Orbis Capital"),
    ("zh-Hant", "月光集團今日宣布,此前為Orbis Capital零售部門主管的林大明,接替退休的王志強,成為月光集團新任總執行長。",
     "林大明", "Orbis Capital"),
    ("zh-Hant", "月光大學今日宣布,來自Orbis Institute、上月獲董事會選出的林佳慧,將於4月1日出任月光大學副校長。",
     "林佳慧", "Orbis Institute"),
    ("zh-Hans", "月光大学今日宣布,来自Orbis Institute、上月获董事会选出的林佳慧,将于4月1日出任月光大学副校长。",
     "林佳慧", "Orbis Institute"),
])
def test_post_held_in_the_modifier_before_name(lang, text, who, origin):
    r = run(text, published=date(2026, 3, 2), lang=lang)
    assert [e.counterparty for e in ev(r, "hire") if e.person == who] == [origin]
    assert not [e for e in ev(r, "promotion") if e.person == who]
