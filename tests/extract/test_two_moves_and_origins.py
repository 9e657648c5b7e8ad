"""A move that is two events, and hire versus promotion: a title given up and the next one taken at the same
organisation (a departure and a promotion), leaving one place to join another (a departure and a hire), and the
signals that an appointee comes from elsewhere (README rule 1 of tests/realnews: a hire with that origin as
counterparty) or was already inside (a promotion).

Invented sentences with invented people and companies, in the three scripts."""
from datetime import date
from pathlib import Path

import pytest

from tests.extracting import run

DAY = date(2025, 3, 3)


def _moves(text, lang, person):
    r = run(text, published=DAY, lang=lang)
    return sorted((e.type, e.org, e.role, e.counterparty) for e in r.events if e.person == person)


# -- a title given up, the next one taken there ---------------------------------------------------------------------
TITLE_GIVEN_UP_THEN_NEXT = [
    ("en", "People\nAna Ruiz will retire as CEO of Quorra Capital in May and become its chairman.", "Ana Ruiz",
     "Quorra Capital", "Chief Executive Officer", "Chairman"),
    ("en", "People\nQuorra Capital chief executive Ana Ruiz will step down as CEO and become executive chairman.",
     "Ana Ruiz", "Quorra Capital", "Chief Executive Officer", "Chairman"),
    ("en", "People\nBen Tao resigned as chief executive of Halden Minerals and became its non-executive chairman.",
     "Ben Tao", "Halden Minerals", "Chief Executive Officer", "Chairman"),
    ("zh-Hant", "人事\n林佳慧卸任星河科技總經理,轉任董事長。", "林佳慧", "星河科技", "General Manager", "Chairman"),
    ("zh-Hant", "人事\n星河科技總經理林佳慧將於6月卸任,轉任董事長。", "林佳慧", "星河科技", "General Manager", "Chairman"),
    ("zh-Hans", "人事\n陈立远不再担任月岚物流总经理,改任董事长。", "陈立远", "月岚物流", "General Manager", "Chairman"),
    ("zh-Hans", "人事\n陈立远辞去月岚物流总裁职务,改任月岚物流董事长。", "陈立远", "月岚物流", "President", "Chairman"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,org,left,taken", TITLE_GIVEN_UP_THEN_NEXT)
def test_a_title_given_up_then_another_taken_there_is_a_departure_and_a_promotion(lang, text, person, org, left,
                                                                                   taken):
    assert _moves(text, lang, person) == [("departure", org, left, None), ("promotion", org, taken, None)]


# (a post kept is no new one; leaving the place, not a title, then a post elsewhere is a hire there)
KEPT_OR_ELSEWHERE = [
    ("zh-Hant", "人事\n林佳慧卸任星河科技董事長,但仍擔任董事。", "林佳慧", [("departure", "星河科技", "Chairman", None)]),
    ("zh-Hant", "人事\n林佳慧辭去星河科技總經理,繼續擔任董事。", "林佳慧", [("departure", "星河科技", "General Manager", None)]),
    ("zh-Hans", "人事\n陈立远辞去星河科技总裁职务,出任月光银行行长。", "陈立远",
     [("departure", "星河科技", "President", "月光银行"), ("hire", "月光银行", "President", "星河科技")]),
    ("zh-Hant", "人事\n林佳慧離職,出任谷歌副總裁。", "林佳慧",
     [("departure", None, None, "Google"), ("hire", "Google", "Vice President", None)]),
    ("en", "People\nAna Ruiz resigned as CEO of Microsoft to become CEO of Google.", "Ana Ruiz",
     [("departure", "Microsoft", "Chief Executive Officer", "Google"),
      ("hire", "Google", "Chief Executive Officer", "Microsoft")]),
    ("en", "People\nAna Ruiz left Quorra Capital to join Orbis Labs as CFO.", "Ana Ruiz",
     [("departure", "Quorra Capital", None, "Orbis Labs"), ("hire", "Orbis Labs", "Chief Financial Officer",
                                                            "Quorra Capital")]),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,expected", KEPT_OR_ELSEWHERE)
def test_a_post_kept_adds_nothing_and_a_post_elsewhere_is_a_hire(lang, text, person, expected):
    assert _moves(text, lang, person) == expected


# -- where an appointee comes from ---------------------------------------------------------------------------------
OUTSIDERS = [
    ("zh-Hant", "人事\n星河銀行今日宣布,由原本在月海金控擔任副總的林佳慧接任總經理。", "林佳慧", "星河銀行", "月海金控"),
    ("zh-Hant", "人事\n原本在月海金控擔任副總的林佳慧,將接掌星河銀行總經理。", "林佳慧", "星河銀行", "月海金控"),
    ("zh-Hans", "人事\n星河银行宣布,由此前在远图控股担任副总裁的林佳慧出任总经理。", "林佳慧", "星河银行", "远图控股"),
    ("zh-Hans", "人事\n云帆科技宣布,之前在远图科技任职的王立群出任技术长。", "王立群", "云帆科技", "远图科技"),
    ("zh-Hans", "人事\n云帆科技任命出身于海澜科技的赵明辉为首席技术官。", "赵明辉", "云帆科技", "海澜科技"),
    ("zh-Hant", "人事\n星河銀行宣布,月海科技出身的林佳慧接任董事長。", "林佳慧", "星河銀行", "月海科技"),
    ("en", "People\nOrbis Labs named Dennis Hale, currently the CEO of Quorra Foods, as its president.", "Dennis Hale",
     "Orbis Labs", "Quorra Foods"),
    ("en", "People\nOrbis Labs picked Dana Hale, current head of beverages firm Quorra Foods, to be its next CEO.", "Dana Hale", "Orbis Labs", "Quorra Foods"),
    ("en", "People\nFormer deputy director of the Quorra Agency, Ana Pei was picked to chair Orbis Labs.", "Ana Pei", "Orbis Labs", "Quorra Agency"),
    ("en", "People\nOrbis Labs named Ana Ruiz as CEO. She was most recently treasurer at Quorra Foods.",
     "Ana Ruiz", "Orbis Labs", "Quorra Foods"),
    ("en", "People\nOrbis Labs appointed Ana Ruiz as CEO. Ruiz previously spent 12 years at Quorra Foods.", "Ana Ruiz",
     "Orbis Labs", "Quorra Foods"),
    ("en", "People\nOrbis Labs appointed Joan Vail as chief operating officer. Joan Vail spent 30 years in leadership "
     "roles at Quorra Foods, Tellis Mining and Brightwater.", "Joan Vail", "Orbis Labs", "Quorra Foods"),
    ("en", "People\nOrbis Labs named Ana Ruiz, who led Quorra Foods until last year, as CEO.", "Ana Ruiz", "Orbis Labs",
     "Quorra Foods"),
    ("en", "People\nOrbis Labs named Ana Ruiz, who headed Quorra Foods' Asian business, as CEO.", "Ana Ruiz",
     "Orbis Labs", "Quorra Foods"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,org,origin", OUTSIDERS)
def test_an_appointee_told_to_come_from_elsewhere_is_hired_from_there(lang, text, person, org, origin):
    r = run(text, published=DAY, lang=lang)
    got = [(e.type, e.org, e.counterparty) for e in r.events if e.person == person and e.type in ("hire", "promotion")]
    assert got == [("hire", org, origin)]


INSIDERS = [
    ("zh-Hant", "人事\n星河銀行宣布,原本在星河銀行擔任副總的林佳慧升任總經理。", "林佳慧", "星河銀行"),
    ("zh-Hans", "人事\n星河银行宣布,此前在星河银行担任副行长的林佳慧接任行长。", "林佳慧", "星河银行"),
    ("zh-Hans", "人事\n星河公会原任总秘书陈立远,当选成为星河公会新任总会长。", "陈立远", "星河公会"),
    ("en", "People\nOrbis Labs named Ana Ruiz, who had been the company's finance director, as CEO.", "Ana Ruiz",
     "Orbis Labs"),
    ("en", "People\nOrbis Labs appointed Ana Ruiz as CEO. Ruiz spent ten years at Orbis Labs.", "Ana Ruiz",
     "Orbis Labs"),
    # (joined from elsewhere years ago: already inside now)
    ("en", "People\nOrbis Labs promoted Ana Ruiz, who joined from Quorra Foods in 2021, to chief technology officer.",
     "Ana Ruiz", "Orbis Labs"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,org", INSIDERS)
def test_an_appointee_already_inside_stays_promoted(lang, text, person, org):
    r = run(text, published=DAY, lang=lang)
    got = [(e.type, e.org, e.counterparty) for e in r.events if e.person == person and e.type in ("hire", "promotion")]
    assert got == [("promotion", org, None)]


@pytest.mark.origin("realnews-dev")
def test_years_spent_elsewhere_before_joining_the_company_are_no_origin_of_a_later_promotion():
    r = run("People\nOrbis Labs appointed Ana Ruiz as CEO. Ruiz spent ten years at Quorra Foods before joining Orbis "
            "Labs in 2015.", published=DAY, lang="en")
    assert [(e.type, e.counterparty) for e in r.events if e.person == "Ana Ruiz" and e.role] == \
        [("promotion", None)]


# -- where an appointee comes from, told where the finders of names and titles miss the organisation ----------------
# (the short articles of tests/phenomena that show each way: a title read with an unknown company's name, a long
# paragraph before the later mention, a hyphenated firm's name, a maker's name opening with a common word, a former
# employer after what the person is now, a name that goes on after "&")
FROM_ELSEWHERE_IN_PHENOMENA = [
    ("current-head-of-unknown-company-in-apposition.en.txt", date(2025, 1, 14), "Tomas Brandt", "Halvern Telecom",
     "Kestrova"),
    ("most-recently-told-a-paragraph-later.en.txt", date(2025, 2, 11), "Alan Ferris", "Dunmore Metals Ltd",
     "Carrow Coal"),
    ("former-post-of-a-hyphenated-firm-in-apposition.en.txt", date(2025, 4, 14), "Rhea Jansen", "Tessaly Capital",
     "K-Ventures"),
    ("post-elsewhere-at-a-pvt-limited-maker.en.txt", date(2025, 3, 7), "Salman Darr", "Orbis Business Council",
     "National Wafer Manufacturers"),
    ("consultant-and-former-employer-in-apposition.en.txt", date(2025, 5, 12), "Owen Marsh", "Brightwell Bank",
     "Carrow Bank"),
    ("ampersand-in-an-employer-name.en.txt", date(2025, 6, 5), "Lena Oyelaran", "Halden Chamber of Commerce",
     "Orbis Investments & Finance"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("name,day,person,org,origin", FROM_ELSEWHERE_IN_PHENOMENA)
def test_an_appointee_from_an_organisation_the_finders_miss_is_hired_from_there(name, day, person, org, origin):
    text = (Path(__file__).resolve().parents[1] / "phenomena" / name).read_text(encoding="utf-8")
    r = run(text, published=day, lang="en")
    got = [(e.type, e.org, e.counterparty) for e in r.events if e.person == person and e.type in ("hire", "promotion")]
    assert got == [("hire", org, origin)]


@pytest.mark.origin("realnews-dev")
def test_a_joining_dated_then_told_from_where_is_a_hire_from_there():
    r = run("People\nTellan Motors said Kenji Arata will become president. Arata came to Tellan Motors only "
            "recently: he joined the company in March 2023 from Vossen Electronics.", published=DAY, lang="en")
    assert [(e.org, e.counterparty, e.date) for e in r.events if e.person == "Kenji Arata" and
            e.type == "hire"] == [("Tellan Motors", "Vossen Electronics", "2023-03-01")]
