"""The strategies of talentdb/extract/events/titles.py, one test each, on invented sentences: the title a hire or
promotion word is about (TITLE_TAKEN_STRATEGIES, TITLE_NEEDED_STRATEGIES), a plural title told once for a list
(SHARED_TITLE_STRATEGIES), and the title of each person's event (PERSON_TITLE_STRATEGIES)."""
import pytest

from talentdb.extract.events import titles as T
from talentdb.extract.events.candidates import Draft, Move
from talentdb.extract.events.subjects import _subjects
from tests.extracting import ev, run, site_at


def draft_at(text, word):
    """The Site of trigger ``word`` of an invented sentence and its Draft: who it is about, the title it is about."""
    site = site_at(text, word)
    draft = Draft(_subjects(site))
    T.title_of_the_word(site, draft)
    return site, draft


def title_by(strategy, text, word, org=None):
    """The title (as written) ``strategy`` gives the first person of trigger ``word``; None if it gives none."""
    site, draft = draft_at(text, word)
    got = strategy(site, draft, Move(draft.subjects[0], org=org))
    return got.raw if got is not None else None


# -- TITLE_TAKEN_STRATEGIES ----------------------------------------------------------------------------------------
def test_vacated_title_is_the_one_left_open():
    r = run("星河科技總經理柯文瀚將於年底退休,遺缺由技術長林佳慧升任。")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("林佳慧", "General Manager")]
    site = site_at("星河科技董事長柯文瀚退休,董事長一職由總經理林佳慧接任。", "接任")
    assert T.vacated_title(site, _subjects(site)).role.raw == "董事長"


def test_title_right_after_word():
    site = site_at("星河科技研發副總林佳慧升任技術長。", "升任")
    assert T.title_right_after_word(site, _subjects(site)).role.raw == "技術長"
    r = run("Orbis Capital named Ben Tao to succeed Ana Ruiz as creative head of its games studio.")
    assert [(e.person, e.role_raw) for e in ev(r, "promotion")] == [("Ben Tao", "creative head of its games studio")]


def test_title_after_relative_clause():
    r = run("Orbis Capital hired Ana Ruiz, who spent a decade at Brightline Labs, as chief financial officer.")
    assert [(e.person, e.role) for e in ev(r, "hire")] == [("Ana Ruiz", "Chief Financial Officer")]


def test_title_after_appositive():
    r = run("Orbis Capital on Monday named Ana Ruiz, a longtime engineer at its Berlin lab, head of a new robotics team.")
    assert [(e.person, e.role_raw) for e in ev(r, "promotion")] == [("Ana Ruiz", "head of a new robotics team")]


# -- TITLE_NEEDED_STRATEGIES ---------------------------------------------------------------------------------------
def test_title_right_after_subject():
    r = run("Orbis Capital named Ana Ruiz interim chief executive on Monday.")
    assert [(e.person, e.role, e.role_raw) for e in ev(r, "promotion")] == [
        ("Ana Ruiz", "Chief Executive Officer", "interim chief executive")]


def test_title_introduced_after_subject():
    r = run("The board of Orbis Capital named Ana Ruiz, currently head of products, to succeed Orrin Vale as chief "
            "executive.")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ana Ruiz", "Chief Executive Officer")]


def test_title_given_up_before_word_is_the_one_the_successor_takes():
    r = run("星河科技昨日公布,共同創辦人柯文瀚將辭任執行長一職,由共同創辦人兼董事林佳慧接任。")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("林佳慧", "Chief Executive Officer")]


def test_title_of_the_one_leaving():
    r = run("星河科技財務長柯文瀚將退休,由副財務長林佳慧接任。")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("林佳慧", "Chief Financial Officer")]
    # (the title held in apposition after the name)
    r = run("Ana Ruiz, president of Orbis Corp., will step down April 1 and Vice President Ben Tao will take her place.")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ben Tao", "President")]


def test_office_of_the_one_succeeded_without_the_founder_title():
    r = run("Orbis Capital co-founder and chief executive Orrin Vale will retire in June. Ana Ruiz will succeed Vale "
            "effective July 1.")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ana Ruiz", "Chief Executive Officer")]


def test_title_right_after_word_behind_an_owner_and_an_ordinal():
    r = run("Ana Ruiz became Orbis Capital's 14th chairman in May 2018.")
    assert [(e.person, e.org, e.role, e.date) for e in ev(r, "promotion")] == [
        ("Ana Ruiz", "Orbis Capital", "Chairman", "2018-05-01")]


def test_title_right_after_word_as_its_owners_interim_title():
    r = run("Vincent Choo will be appointed as Orbis Capital's interim CEO from January.")
    assert [(e.person, e.org, e.role) for e in ev(r, "promotion")] == [
        ("Vincent Choo", "Orbis Capital", "Chief Executive Officer")]


def test_office_of_the_one_succeeded_given_up_in_a_sentence_before():
    r = run("Orrin Vale will step down as chairman of Orbis Capital on June 1. Ana Ruiz will succeed Vale on June 1.")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ana Ruiz", "Chairman")]


def test_successors_own_title_when_no_other_is_told():
    r = run("Orrin Vale will be succeeded by Treasurer Ana Ruiz.")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ana Ruiz", "Treasurer")]


# -- SHARED_TITLE_STRATEGIES ---------------------------------------------------------------------------------------
def test_plural_title_before_the_first():
    site = site_at("Brightline Labs executives Ana Ruiz, Ben Tao and Carl Wu resigned last week.", "resigned")
    assert T.plural_title_before_the_first(site, _subjects(site)).raw == "executives"


def test_plural_title_around_the_list():
    r = run("Last week, three engineers from Brightline Labs's search team - Ana Ruiz, Ben Tao and Cy Park - resigned.")
    assert {(e.person, e.role) for e in ev(r, "departure")} == {
        ("Ana Ruiz", "Engineer"), ("Ben Tao", "Engineer"), ("Cy Park", "Engineer")}


# -- PERSON_TITLE_STRATEGIES ---------------------------------------------------------------------------------------
def test_title_introduced_after_person():
    assert title_by(T.title_introduced_after_person, "星河科技任命林佳慧為技術長。", "任命") == "技術長"
    assert title_by(T.title_introduced_after_person, "Orbis Capital appointed Ana Ruiz as chief operating officer.",
                    "appointed") == "chief operating officer"


def test_title_the_word_is_about():
    r = run("林佳慧升任星河科技技術長。")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("林佳慧", "Chief Technology Officer")]


def test_title_given_up_is_the_departures_title():
    r = run("星河科技共同創辦人林佳慧卸任總裁。")
    assert [(e.person, e.role) for e in ev(r, "departure")] == [("林佳慧", "President")]


def test_title_told_with_was():
    r = run("Ana Ruiz, who left Brightline Labs in May, was its chief scientist.")
    assert [(e.person, e.role) for e in ev(r, "departure")] == [("Ana Ruiz", "Chief Scientist")]
    r = run("The board of Brightline Labs dismissed Ana Ruiz as chief executive on Friday.")
    assert [(e.person, e.role) for e in ev(r, "departure")] == [("Ana Ruiz", "Chief Executive Officer")]


def test_title_held_where_named():
    r = run("星河科技財務長林佳慧請辭。")
    assert [(e.person, e.role) for e in ev(r, "departure")] == [("林佳慧", "Chief Financial Officer")]


def test_role_led_after_joining():
    r = run("林佳慧2022年加入星河科技,帶領團隊完成了自動駕駛功能的量產。")
    assert [(e.person, e.org, e.role) for e in ev(r, "hire")] == [("林佳慧", "星河科技", "Lead")]


def test_title_shared_by_the_list():
    r = run("Last week, three engineers from Brightline Labs's search team - Ana Ruiz, Ben Tao and Cy Park - resigned.")
    assert [e.role for e in ev(r, "departure")] == ["Engineer", "Engineer", "Engineer"]


def test_new_title_announced_before():
    r = run("Orbis Capital will have a new chief executive from July 1. Ben Tao will take over from Ana Ruiz, who is "
            "retiring.", lang="en")
    assert [(e.person, e.role) for e in ev(r, "promotion")] == [("Ben Tao", "Chief Executive Officer")]


def test_title_before_its_new_holder():
    r = run("星澄電子今天宣布,總經理將由副總經理王大明接任。")
    assert [(e.person, e.role_raw) for e in ev(r, "promotion")] == [("王大明", "總經理")]


def test_title_held_since_the_word_is_the_one_taken_over():
    for text, word, held in (("Ana Ruiz has been CEO at the club since taking over from Ben Tao in 2009.",
                              "taking over from", "CEO"),
                             ("Ana Ruiz, the CEO, took over from Ben Tao in 2009.", "took over from", None)):
        site = site_at(text, word, type="promotion")
        got = T.title_held_since_the_word(site, Draft(_subjects(site)))
        assert (got.role.raw if got is not None else None) == held


@pytest.mark.origin("realnews-dev")
def test_title_of_the_post_held_by_is_the_post_named_before_not_the_seat_kept():
    assert title_by(T.title_of_the_post_held_by, "Orbis named Ben Tao its chief executive, a post previously held by "
                    "Chairman Ana Ruiz.", "previously held by") == "chief executive"
    assert title_by(T.title_of_the_post_held_by, "星河銀行委任林大明為行政總裁,該職位此前由主席王志強擔任。", "此前由") == "行政總裁"


@pytest.mark.origin("realnews-dev")
def test_title_of_the_one_arriving_is_the_one_before_the_name():
    site, draft = draft_at("Orbis Bank waited for chief executive Ben Tao's arrival in May.", "arrival")
    assert T.title_of_the_one_arriving(site, draft, Move(draft.subjects[0])).raw == "chief executive"


@pytest.mark.origin("realnews-dev")
def test_title_before_a_listed_name_is_the_post_given_to_each():
    text = "Officers elected at the meeting were chairman Ana Ruiz, treasurer Ben Tao and director Cy Park."
    site, draft = draft_at(text, "elected")
    assert T.title_before_a_listed_name(site, draft).role.raw == "chairman"
    assert T.own_title_before_a_listed_name(site, draft, Move(draft.subjects[1])).raw == "treasurer"


@pytest.mark.origin("realnews-dev")
def test_title_before_a_listed_name_reads_a_chinese_roster():
    site, draft = draft_at("星河商會新一屆領導架構為:會長林一帆、理事長王志強。", "領導架構為")
    assert T.title_before_a_listed_name(site, draft).role.raw == "會長"
    assert T.own_title_before_a_listed_name(site, draft, Move(draft.subjects[1])).raw == "理事長"


@pytest.mark.origin("realnews-dev")
def test_title_fallen_vacant_before_is_the_one_a_stand_in_takes():
    site, draft = draft_at("星河鹽業公司董事長2月出缺,由經濟部政務次長林佳慧暫代。", "暫代")
    assert T.title_fallen_vacant_before(site, draft).role.raw == "董事長"
    assert draft.title.raw == "董事長"


@pytest.mark.origin("realnews-dev")
def test_title_inside_the_word_is_the_post_of_those_listed():
    site, draft = draft_at("星河銀行董事會新任董事分別為林一帆、王志強。", "新任董事分別為")
    assert T.title_inside_the_word(site, draft.subjects).role.raw == "董事"
