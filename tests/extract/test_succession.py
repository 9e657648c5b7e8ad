"""Successions: the one who takes over gets the title the leaver gave up (由…接任, 其職務, succeed, replace,
acting and interim stand-ins), and the date the leaver goes.

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run


@pytest.mark.origin("rules")
def test_a_successor_takes_the_title_given_up_and_a_former_employer_is_not_the_new_one():
    text = ("商湯科技人事\n商湯科技(SenseTime)昨日公布,聯合創始人徐立將辭任首席執行官一職,由聯合創始人兼執行董事楊帆接任。"
            "公司又宣布,前阿里巴巴達摩院視覺實驗室負責人王剛已正式加盟,出任首席科學家。")
    r = run(text, published=date(2024, 12, 5))
    (d,) = ev(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("徐立", "SenseTime", "Chief Executive Officer", "2024-12-04")
    (p,) = ev(r, "promotion")
    assert (p.person, p.org, p.role) == ("楊帆", "SenseTime", "Chief Executive Officer")
    (h,) = ev(r, "hire")
    assert (h.person, h.org, h.role) == ("王剛", "SenseTime", "Chief Scientist")


@pytest.mark.origin("generality")
def test_a_successor_named_with_由_接任_is_promoted_to_the_vacated_title():
    r = run("宏遠電子人事異動\n宏遠電子董事長林振輝退休,董事長一職由總經理黃志明接任;總經理遺缺則由技術長許家豪升任。",
            lang="zh-Hant")
    assert ev(r, "promotion", "黃志明")[0].role_raw == "董事長"
    assert ev(r, "promotion", "許家豪")[0].role_raw == "總經理"
    assert ev(r, "promotion", "許家豪")[0].org == "宏遠電子"


@pytest.mark.origin("generality")
def test_a_successor_taking_over_its_duties_gets_the_title_of_the_one_who_left():
    r = run("云帆科技首席技术官离职\n云帆科技首席技术官罗斌因个人原因辞职,其职务由首席科学家蒋黎接任。", lang="zh-Hans")
    p = ev(r, "promotion", "蒋黎")
    assert p and p[0].role == "Chief Technology Officer" and p[0].org == "云帆科技"


@pytest.mark.origin("generality")
def test_will_succeed_as_names_the_new_title_and_a_future_date():
    r = run("Corvex names CFO\nCorvex said Dana Whitfield will succeed Mark Olsen as chief financial officer on June 1.",
            lang="en")
    p = ev(r, "promotion", "Dana Whitfield")[0]
    assert p.role == "Chief Financial Officer" and p.date == "2025-06-01"


@pytest.mark.origin("generality")
def test_an_effective_date_before_the_successor_clause_dates_the_promotion():
    r = run("人事\n鴻海宣布,自6月1日起,由副總經理蔡明達接任財務長。", published=date(2025, 5, 13), lang="zh-Hant")
    p = ev(r, "promotion", "蔡明達")[0]
    assert p.role == "Chief Financial Officer" and p.date == "2025-06-01"


@pytest.mark.origin("generality")
def test_a_simplified_successor_of_a_departing_head_keeps_the_domain_title():
    r = run("人事\n元大投顾研究主管何信宏上周离职,由固定收益主管周芷若接任研究主管。", published=date(2025, 6, 27),
            lang="zh-Hans")
    p = ev(r, "promotion", "周芷若")[0]
    assert p.role == "Head of Research" and p.org == "元大投顾"


@pytest.mark.origin("generality")
def test_the_person_after_succeed_is_the_one_replaced_and_dates_the_succession():
    text = ("Corvane shakes up leadership\nCorvane Systems said on Tuesday that chief financial officer Maria Lund will "
            "step down, effective Feb. 1. Ethan Cole, the company's controller, will succeed Lund as CFO.")
    r = run(text, published=date(2024, 11, 20), lang="en")
    assert ev(r, "departure", "Maria Lund")[0].date == "2025-02-01"
    p = ev(r, "promotion")
    assert [(e.person, e.role, e.date) for e in p] == [("Ethan Cole", "Chief Financial Officer", "2025-02-01")]


@pytest.mark.origin("generality")
def test_由_successor_takes_the_title_of_the_person_leaving_in_the_same_sentence():
    r = run("人事\n台積電表示,財務長黃仁昭將退休,由副財務長莊子壽接任。", lang="zh-Hant")
    assert ev(r, "promotion", "莊子壽")[0].role == "Chief Financial Officer"
    r = run("人事\n蔚来汽车首席财务官孟凡辞职,由副总裁曲玉接任。", lang="zh-Hans")
    assert ev(r, "promotion", "曲玉")[0].role == "Chief Financial Officer"


@pytest.mark.origin("generality")
def test_replaced_by_gives_the_newcomer_the_title_and_the_replaced_one_a_departure():
    r = run("People\nNordvik Bank CFO Tom Hale was replaced by Sara Quinn in January.", published=date(2025, 2, 10),
            lang="en")
    assert ev(r, "promotion", "Sara Quinn")[0].role == "Chief Financial Officer"
    assert ev(r, "departure", "Tom Hale")[0].org == "Nordvik Bank"


@pytest.mark.origin("generality")
def test_an_acting_successor_named_with_暫代_takes_the_vacated_title():
    r = run("人事\n智元星辰方面表示,首席技术官一职由首席科学家任远暂代。", lang="zh-Hans")
    assert ev(r, "promotion", "任远")[0].role == "Chief Technology Officer"
    r = run("人事\n華碩表示,技術長一職由研發處長任遠暫代。", lang="zh-Hant")
    assert ev(r, "promotion", "任遠")[0].role == "Chief Technology Officer"


@pytest.mark.origin("generality")
def test_a_successor_takes_the_date_the_predecessor_leaves():
    r = run("人事\n友達昨(3)日宣布,總經理柯富仁將於6月退休,由執行副總經理彭雙浪接任總經理。", published=date(2025, 4, 4),
            lang="zh-Hant")
    assert ev(r, "departure", "柯富仁")[0].date == "2025-06-01"
    assert ev(r, "promotion", "彭雙浪")[0].date == "2025-06-01"


@pytest.mark.origin("heldout3")
def test_hong_kong_acting_and_retiring_words():
    r = run("澄川銀行同時宣布,由營運總裁葛詠詩(Vivian Ge)自10月1日起署理行政總裁一職。", lang="zh-Hant")
    p = ev(r, "promotion", "Vivian Ge")
    assert p and p[0].role == "Chief Executive Officer"
    r = run("另外,獨立非執行董事葛德華(Edwin Ge)已於上月在股東周年大會上退任。", published=date(2026, 9, 9), lang="zh-Hant")
    assert ev(r, "departure", "Edwin Ge")
    r = run("另外,独立非执行董事葛德华已于上月在股东周年大会上退任。", published=date(2026, 9, 9), lang="zh-Hans")
    assert ev(r, "departure", "葛德华")


@pytest.mark.origin("heldout3")
def test_would_serve_as_interim_ceo_is_a_promotion_and_a_bare_title_is_no_employer():
    r = run("Orbitra Systems said that Chief Executive Paul Dane had stepped down, and that Chief Financial Officer "
            "Mia Costa would serve as interim CEO.", published=date(2026, 10, 2), lang="en")
    p = ev(r, "promotion", "Mia Costa")
    assert p and p[0].role == "Chief Executive Officer" and p[0].org == "Orbitra Systems"


@pytest.mark.origin("heldout4")
def test_an_opening_left_by_someone_who_retires_is_their_title():
    r = run("拓銳半導體人事\n拓銳半導體董事會昨(8)日通過,現任財務長周文彬將於今年底退休,遺缺由副財務長郭怡君升任。",
            published=date(2025, 5, 9), lang="zh-Hant")
    p = ev(r, "promotion", "郭怡君")
    assert p and p[0].role == "Chief Financial Officer"


@pytest.mark.origin("heldout4")
def test_the_one_replaced_in_a_relative_clause_is_not_promoted():
    r = run("宏匯銀行\n宏匯銀行委任前花旗(Citi)主管李德明(Daniel Lee)為風險總監,下月一日正式加盟。"
            "他將接替上月離任的風險總監張美玲,後者已加盟一家保險公司。", published=date(2025, 5, 2), lang="zh-Hant")
    assert not ev(r, "promotion", "張美玲")
    assert ev(r, "departure", "張美玲")


@pytest.mark.origin("heldout4")
def test_taking_over_the_title_one_was_hired_into_is_the_hire_not_a_promotion():
    r = run("宏匯銀行\n宏匯銀行委任前花旗(Citi)主管李德明(Daniel Lee)為風險總監,下月一日正式加盟。"
            "他將接替上月離任的風險總監張美玲。", published=date(2025, 5, 2), lang="zh-Hant")
    assert ev(r, "hire", "Daniel Lee")
    assert not ev(r, "promotion", "Daniel Lee")


@pytest.mark.origin("heldout4")
def test_succeeded_by_a_titled_successor_takes_over_the_title_left():
    r = run("Veltro names CFO\nVeltro CFO Sam Okoye will leave the company effective Dec. 31 and will be succeeded by "
            "Treasurer Nina Park, Veltro said on Monday.", published=date(2025, 11, 5), lang="en")
    p = ev(r, "promotion", "Nina Park")
    assert p and p[0].role == "Chief Financial Officer"


@pytest.mark.origin("heldout4")
def test_its_duties_in_the_next_sentence_are_the_title_and_employer_of_the_one_who_left():
    r = run("人事\n云帆科技首席技术官罗斌日前已离职。其职务由首席科学家蒋黎接任,蒋黎将向CEO汇报。"
            "此前蒋黎曾在百度任职。美团近日也调整了组织架构。", lang="zh-Hans")
    p = ev(r, "promotion", "蒋黎")
    assert p and p[0].role == "Chief Technology Officer" and p[0].org == "云帆科技"


@pytest.mark.origin("heldout4")
def test_a_named_persons_former_duties_are_their_title_before_the_move():
    r = run("人事\n星河科技财务长陈力则调任国际业务总裁,其原职务由副财务长孟涵升任。", lang="zh-Hans")
    p = ev(r, "promotion", "孟涵")
    assert p and p[0].role == "Chief Financial Officer"


@pytest.mark.origin("heldout4")
def test_x的职务_is_the_title_of_x():
    r = run("人事\n墨云科技联合创始人兼首席技术官许哲本月初离职。墨云在内部邮件中表示,许哲的职务由首席科学家顾清接任。",
            lang="zh-Hans")
    p = ev(r, "promotion", "顾清")
    assert p and "Chief Technology Officer" in p[0].role and p[0].org == "墨云科技"


@pytest.mark.origin("heldout5")
def test_a_successor_takes_the_office_of_the_one_succeeded_not_the_founder_title():
    r = run("Pellar Bank\nIngrid Sol, the co-founder and chief executive of Pellar Bank, will step down at the end of "
            "the year. Finance chief Tomas Ruud will succeed Sol effective Jan. 1.",
            published=date(2024, 12, 4), lang="en")
    d = ev(r, "departure", "Ingrid Sol")
    assert d and "Chief Executive Officer" in d[0].role
    p = ev(r, "promotion", "Tomas Ruud")
    assert p and p[0].role == "Chief Executive Officer" and p[0].date == "2025-01-01"


@pytest.mark.origin("heldout5")
def test_to_succeed_someone_as_a_qualified_title():
    r = run("Brantley Studios\nBrantley Studios named Ada Kim, its lead writer, to succeed Rowe as creative head of the "
            "studio's flagship series. Rowe left in March.", published=date(2025, 5, 20), lang="en")
    p = ev(r, "promotion", "Ada Kim")
    assert p and "creative head" in (p[0].role_raw or "")


@pytest.mark.origin("heldout5")
def test_a_succession_word_with_a_retiree_after_it_makes_no_promotion_of_the_retiree():
    r = run("宏曜科技人事\n宏曜科技(Hongyao Tech)昨(5)日宣布,總經理王雅芳升任執行長,接替將於3月底退休的創辦人陳國棟。",
            published=date(2025, 3, 6), lang="zh-Hant")
    assert not ev(r, "promotion", "陳國棟")
    assert ev(r, "promotion", "王雅芳")


@pytest.mark.origin("heldout5")
def test_will_retire_and_a_successor_named_to_replace_her():
    r = run("Corlan Therapeutics\nCorlan Therapeutics, a Seattle biotech, said Thursday that its chief scientific officer, "
            "Dana Whitlock, will retire in March. Corlan named Raj Patel, head of discovery, to replace her.",
            published=date(2025, 1, 10), lang="en")
    d = ev(r, "departure", "Dana Whitlock")
    assert d and d[0].date == "2025-03-01"
    p = ev(r, "promotion", "Raj Patel")
    assert p and p[0].role == "Chief Scientific Officer"
    assert not ev(r, "promotion", "Dana Whitlock")


@pytest.mark.origin("round11")
def test_standing_in_for_a_title_left_is_taking_it_as_acting():
    r = run("宏泰科技\n宏泰科技董事長林國強辭職,由周美玲代理董事長職務。", published=date(2025, 5, 2), lang="zh-Hant")
    assert ev(r, "departure", "林國強")
    p = ev(r, "promotion", "周美玲")
    assert p and p[0].role == "Chairman" and "代理" in p[0].role_raw


@pytest.mark.origin("round11")
def test_a_deputy_director_who_acts_for_the_director_is_promoted_to_it():
    r = run("雲杉銀行\n雲杉銀行財務總監林志遠上週離職。雲杉即日起由財務副總監方嘉華署理財務總監。",
            published=date(2025, 5, 2), lang="zh-Hant")
    p = ev(r, "promotion", "方嘉華")
    assert p and p[0].role_raw.endswith("財務總監") and "署理" in p[0].role_raw


@pytest.mark.origin("round11")
def test_acting_for_a_title_is_taking_it_and_a_time_word_ends_the_name():
    r = run("鲜集优选\n鲜集优选CEO廖珊上月底辞职。公司随后发布公告,由副总裁曾浩暂时代行CEO职责。",
            published=date(2025, 5, 2), lang="zh-Hans")
    p = ev(r, "promotion", "曾浩")
    assert p and p[0].role == "Chief Executive Officer"


@pytest.mark.origin("round11")
def test_replacing_someone_is_their_departure_and_a_future_start_is_the_next_one():
    r = run("Larkspur AI\nInes Maro was named chief executive of Larkspur AI, replacing Teo Vance.",
            published=date(2025, 5, 2), lang="en")
    assert ev(r, "departure", "Teo Vance")
    r = run("Larkspur AI\nLarkspur AI said Ines Maro, succeeding Teo Vance as chief executive, will start in June.",
            published=date(2025, 5, 2), lang="en")
    p = ev(r, "promotion", "Ines Maro")
    assert p and p[0].date == "2025-06-01"


@pytest.mark.origin("round11")
def test_a_pronoun_succeeded_by_someone_described_hands_over_its_title():
    r = run("Orrin Bank\nOrrin Bank said Chief Risk Officer Paula Grant will retire in September. She will be succeeded "
            "by deputy Ivan Petrov.", published=date(2025, 5, 2), lang="en")
    assert ev(r, "departure", "Paula Grant")
    p = ev(r, "promotion", "Ivan Petrov")
    assert p and p[0].role == "Chief Risk Officer"


def test_handing_over_the_reins_names_the_successor_after_the_words():
    r = run("In May 2005, Orbis Capital said Orrin Vale would step down as CEO and hand over the reins to president "
            "Ana Ruiz.")
    assert [(e.type, e.person, e.role, e.date) for e in r.events] == [
        ("departure", "Orrin Vale", "Chief Executive Officer", "2005-05-01"),
        ("promotion", "Ana Ruiz", "Chief Executive Officer", "2005-05-01")]


def test_a_progressive_succession_word_is_no_passive():
    r = run("Ana Ruiz will be taking over from Ben Tao as chief executive of Orbis Systems.")
    assert [e.person for e in ev(r, "departure")] == ["Ben Tao"]
    assert [e.person for e in ev(r, "promotion")] == ["Ana Ruiz"]


@pytest.mark.origin("realnews round 6")
@pytest.mark.parametrize("text", [
    "“星河部長”由現任次長王大明接任。",
    "「星河部長」將由現任月光署長王大明接任。",
    "星河部長由次長王大明接任。",
])
def test_an_office_quoted_or_not_before_the_mark_of_its_new_holder_is_taken_from_one_office_to_another(text):
    (p,) = ev(run(text), "promotion")
    assert (p.person, p.role) == ("王大明", "Minister")
    assert not ev(run(text), "hire")


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text, role", [
    ("月光輪胎3月12日公告,大股東改派法人董事,由林志遠取代黃國雄。", "Board Member"),
    ("3月12日,星海基金会宣布,星海基金会董事长换人,由顾问林志远换掉黄国雄。", "Chairman"),
    ("3月12日,星海委員會主委換人,由林志遠頂替黃國雄。", "Commission Chairman"),
])
def test_one_put_in_anothers_place_takes_the_post_said_to_change_hands_and_the_one_replaced_leaves_it(text, role):
    r = run(text)
    (p,) = ev(r, "promotion")
    (d,) = ev(r, "departure")
    assert (p.person[:1], p.role, d.person[:1], d.role) == ("林", role, "黃" if "黃" in text else "黄", role)


@pytest.mark.origin("realnews round 7")
def test_taking_anothers_place_without_a_decider_is_no_succession():
    # (a candidacy: "他於2008年取代前任議員上陣大選")
    assert not run("林志遠於2008年取代前任州議員黃國雄上陣大選。").events


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text, role", [
    ("3月6日,星河科技有限公司董事长发生变更,由周明变更为杨远。", "Chairman"),
    ("3月6日,星河科技有限公司董事長發生變更,由周明變為楊遠。", "Chairman"),
    ("星河航空3月6日起發言人也由周明換成楊遠。", "Spokesperson"),
])
def test_a_post_changing_from_one_holder_to_the_next_is_left_by_the_first_and_taken_by_the_second(text, role):
    r = run(text)
    (d,) = ev(r, "departure")
    (p,) = ev(r, "promotion")
    assert (d.person, d.role, p.person[:1], p.role) == ("周明", role, p.person[:1], role)
    assert p.person in ("杨远", "楊遠")


@pytest.mark.origin("realnews round 7")
def test_figures_changing_from_one_state_to_another_name_nobody():
    assert not run("星河科技去年营收由亏损变为盈利,净利由负转正。").events


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text", [
    "星海商会1月20日宣布,高志明当选会长,将接过现任会长黄大华的领导棒子。",
    "星海商會1月20日宣布,高志明當選會長,將接過現任會長黃大華的領導棒子。",
    "星海商會1月20日宣布,高志明將接替現任會長黃大華出任會長。",
])
def test_the_one_replaced_may_be_named_after_the_title_they_hold(text):
    (d,) = ev(run(text), "departure")
    assert (d.person[:1], d.role) == ("黄" if "黄" in text else "黃", "President")


@pytest.mark.origin("realnews round 7")
def test_the_successor_named_after_a_title_in_apposition_after_by():
    r = run("Corvane Retail said Anselm Rutka will be replaced by the company's chief operating officer, "
            "Liesel Marchetti, effective immediately.", lang="en")
    (p,) = ev(r, "promotion")
    assert (p.person, p.org) == ("Liesel Marchetti", "Corvane Retail")


# -- a post named by who held it before -----------------------------------------------------------------------------
@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, leaver, taker, role", [
    ("Orbis Bank\nOrbis Bank appointed Ben Tao, its president, as chief executive, a post previously "
     "held by its chairman Ana Ruiz.", "Ana Ruiz", "Ben Tao", "Chief Executive Officer"),
    ("Orbis Bank\nBen Tao will fill the post vacated by Ana Ruiz as chief executive of Orbis Bank.", "Ana Ruiz", "Ben Tao",
     "Chief Executive Officer"),
    ("Orbis Bank\nBen Tao will fill the vacancy left by Ana Ruiz as CFO of Orbis Bank.", "Ana Ruiz",
     "Ben Tao", "Chief Financial Officer"),
    ("Orbis Bank\nAna Ruiz will retire as chairman of Orbis Bank to make way for Ben Tao.", "Ana Ruiz", "Ben Tao",
     "Chairman"),
    ("Orbis Bank\nAna Ruiz stepped down as chairman of Orbis Bank in May, making way for her deputy Ben Tao.", "Ana Ruiz",
     "Ben Tao", "Chairman"),
    ("星河銀行\n星河銀行委任林大明為行政總裁,該職位此前由主席王志強擔任。", "王志強", "林大明", "Chief Executive Officer"),
    ("星河銀行\n林大明將填補王志強留下的空缺,出任星河銀行行政總裁。", "王志強", "林大明", "Chief Executive Officer"),
    ("星河銀行\n星河銀行主席王志強將退休,讓位給林大明。", "王志強", "林大明", "Chairman"),
    ("星河银行\n星河银行委任林大明为首席执行官,该职位此前由主席王志强担任。", "王志强", "林大明", "Chief Executive Officer"),
    ("星河银行\n林大明将填补王志强留下的空缺,出任星河银行首席执行官。", "王志强", "林大明", "Chief Executive Officer"),
    ("星河银行\n星河银行主席王志强将退休,让位给林大明。", "王志强", "林大明", "Chairman"),
])
def test_the_one_who_held_the_post_before_leaves_it_and_the_new_holder_takes_it(text, leaver, taker, role):
    r = run(text)
    assert [(e.person, e.role) for e in ev(r, "departure")] == [(leaver, role)]
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [(taker, role)]


@pytest.mark.origin("realnews-dev")
def test_the_post_of_another_names_no_event_for_the_one_who_speaks_of_it():
    r = run("Orbis Bank\nBen Tao, the CFO of Orbis Bank, said the post vacated by Ana Ruiz would be "
            "filled soon.", lang="en")
    assert [e.person for e in ev(r, "departure")] == ["Ana Ruiz"] and not ev(r, "promotion")
    r = run("星河銀行\n林大明將接替王志強,出任星河銀行行政總裁。", lang="zh-Hant")
    assert [e.person for e in ev(r, "promotion")] == ["林大明"]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, leaver, taker", [
    ("Orbis Herald\nAna Ruiz's role as editor of Orbis Media is to be taken on by Mr Ben Tao, a former deputy "
     "editor at Quorra Media.", "Ana Ruiz", "Ben Tao"),
    ("Orbis Herald\nAna Ruiz's post as editor of Orbis Media will be taken over by Ben Tao.", "Ana Ruiz", "Ben Tao"),
])
def test_a_role_owned_by_one_and_taken_on_by_another_in_the_passive(text, leaver, taker):
    r = run(text, lang="en")
    assert [(e.person, e.org) for e in ev(r, "departure")] == [(leaver, "Orbis Media")]
    assert [(e.person, e.org) for e in r.events if e.type in ("hire", "promotion")] == [(taker, "Orbis Media")]


@pytest.mark.origin("realnews-dev")
def test_a_title_after_an_owner_with_a_curly_apostrophe_is_the_one_taken():
    r = run("Orbis Bank\nAna Ruiz was appointed as the bank’s executive director on Monday.", lang="en")
    assert [e.role for e in ev(r, "promotion", "Ana Ruiz")] == ["Executive Director"]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,role", [
    ("Orbis Foods said chief executive Ian Adams will retire. Doug Janes will step into the role in March.",
     "Chief Executive Officer"),
    ("Orbis Foods said chief financial officer Ian Adams will leave in June. Ruth Pell will fill the post in July.",
     "Chief Financial Officer"),
    ("Orbis Foods said chief financial officer Ian Adams will leave in June. Ruth Pell will take up the position "
     "in July.", "Chief Financial Officer"),
])
def test_the_post_told_as_already_named_in_the_sentence_after_the_leaving_is_the_leavers(text, role):
    r = run(text, published=date(2024, 9, 8), lang="en")
    got = [e for e in r.events if e.type in ("promotion", "hire") and e.person in ("Doug Janes", "Ruth Pell")]
    assert [(e.org, e.role) for e in got] == [("Orbis Foods", role)]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("words", ["will take the post from", "took over the job from", "will take over the role from"])
def test_the_post_taken_from_its_holder_is_the_holders_and_the_holder_leaves_it(words):
    r = run(f"Orbis Agency chief executive Ben Tao will retire on July 1. Ana Ruiz, its chief operating officer, "
            f"{words} Tao.", published=date(2024, 9, 8), lang="en")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ana Ruiz", "Chief Executive Officer")]
    assert [e.person for e in ev(r, "departure")] == ["Ben Tao"]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, person, counter", [
    ("星河鹽業公司董事長2月出缺,由經濟部政務次長林佳慧暫代。", "林佳慧", "經濟部"),
    ("星河盐业公司董事长2月出缺,由经济部政务次长林佳慧暂代。", "林佳慧", "经济部"),
])
def test_a_stand_in_takes_the_post_that_fell_vacant_not_their_own(text, person, counter):
    r = run(text)
    assert [(e.person, e.role, e.counterparty) for e in ev(r, "hire")] == [(person, "Chairman", counter)]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, taker, leaver", [
    ("林一帆在3月1日接替退休的拿督王志強,成為星河交易所新任總執行長。", "林一帆", "王志強"),
    ("林一帆在3月1日替代退休的拿督王志強,成為星河交易所新任總執行長。", "林一帆", "王志強"),
    ("林一帆在3月1日接替退休的王志强,成为星河交易所新任总执行长。", "林一帆", "王志强"),
])
def test_the_one_replaced_after_a_modifier_of_their_leaving_is_not_the_successor(text, taker, leaver):
    r = run(text)
    assert [e.person for e in ev(r, "promotion")] == [taker]
    assert [e.person for e in ev(r, "departure")] == [leaver]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, leaver", [
    ("月光大學校董會宣布,林一帆將接替6月任期屆滿的主席王大明。", "王大明"),
    ("月光大学校董会宣布,林一帆将接替6月任期届满的主席王大明。", "王大明"),
])
def test_a_term_ending_in_a_month_is_read_though_a_dated_post_overlaps_it(text, leaver):
    r = run(text)
    assert [(e.person, e.role, e.date) for e in ev(r, "departure")] == [(leaver, "Chairman", "2025-06-01")]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang, person, raw", [
    ("人事\n星河基金會董事長林佳慧請辭,由副董事長王大明代理董事長一職。", "zh-Hant", "林佳慧", "董事長"),
    ("人事\n星河基金会董事长林佳慧请辞,由副董事长王大明代理董事长一职。", "zh-Hans", "林佳慧", "董事长"),
    ("People\nOrbis Lab named Ana Ruiz interim CEO, replacing Ben Tao, who resigned.", "en", "Ben Tao", "CEO"),
])
def test_the_one_replaced_leaves_the_post_not_the_acting_one(text, lang, person, raw):
    # (straits-exchange-acting-chair-cna: the chairman who resigned was given the successor's 代理董事長)
    r = run(text, published=date(2024, 5, 22), lang=lang)
    assert ev(r, "departure", person)[0].role_raw == raw


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang, title", [
    ("人事\n星河金控原總經理兼星河金控副董事長林佳慧在2018年3月免兼總經理一職,由星河金控副總經理王大明接棒。", "zh-Hant", "總經理"),
    ("人事\n星河金控原总经理兼星河金控副董事长林佳慧在2018年3月免兼总经理一职,由星河金控副总经理王大明接棒。", "zh-Hans", "总经理"),
])
def test_a_title_the_word_gives_up_is_left_and_taken_not_the_one_kept(text, lang, title):
    # (skfh-acting-president: 免兼總經理 gave up the presidency, yet she was said to leave the vice-chair she kept)
    r = run(text, published=date(2024, 5, 22), lang=lang)
    assert ev(r, "departure", "林佳慧")[0].role_raw == title
    assert ev(r, "promotion", "王大明")[0].role_raw == title


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang", [
    ("人事\n星河金控原總經理林佳慧在2018年3月免兼總經理一職,由星河金控副總經理王大明接棒,董事會並決定由王大明在2020年1月1日"
     "接任星河金控總經理。", "zh-Hant"),
    ("人事\n星河金控原总经理林佳慧在2018年3月免兼总经理一职,由星河金控副总经理王大明接棒,董事会并决定由王大明在2020年1月1日"
     "接任星河金控总经理。", "zh-Hans"),
])
def test_one_sentence_dating_two_takings_of_one_post_years_apart_tells_two(text, lang):
    # (skfh-acting-president: the acting post in 2018 and the post in 2020 were merged once both had the title right)
    r = run(text, published=date(2019, 12, 4), lang=lang)
    assert sorted(e.date for e in ev(r, "promotion", "王大明")) == ["2018-03-01", "2020-01-01"]
