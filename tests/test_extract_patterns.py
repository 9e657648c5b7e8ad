"""Patterns from the fourth former held-out set, on invented sentences with invented people and companies.

Each test asserts what a general mechanism does on text no article contains (three scripts)."""
from datetime import date

from talentdb.extract import extract
from talentdb.extract.text import normalise


def run(text, published=date(2025, 5, 2), lang=None):
    return extract(normalise(text), published=published, lang=lang)


def ev(result, etype, person=None, org=None):
    return [e for e in result.events if e.type == etype and (person is None or e.person == person)
            and (org is None or e.org == org)]


# dates of follow-ups in one sentence -----------------------------------------------------------------------------
def test_a_second_move_in_the_sentence_takes_the_day_of_the_first():
    r = run("Halvard Systems shake-up\nHalvard Systems' board dismissed Chief Executive Oskar Lindgren on Monday "
            "and named Chief Operating Officer Mara Quist as interim CEO.", published=date(2025, 5, 2), lang="en")
    assert ev(r, "departure", "Oskar Lindgren")[0].date == "2025-04-28"
    p = ev(r, "promotion", "Mara Quist")
    assert p and p[0].date == "2025-04-28"


def test_an_announcement_day_before_a_colon_dates_the_moves_after_it():
    r = run("澄星科技人事\n澄星科技執行長吳柏霖週二在內部信中宣布:研發副總裁蔡佳蓉將升任技術長,而資深總監許志遠則接任研發主管一職。",
            published=date(2025, 5, 2), lang="zh-Hant")
    for name in ("蔡佳蓉", "許志遠"):
        p = ev(r, "promotion", name)
        assert p and p[0].date == "2025-04-29", name


def test_a_successor_after_a_semicolon_takes_the_date_of_the_first_half():
    r = run("宏遠電子人事\n宏遠電子昨(1)日召開董事會。董事長林振輝退休,董事長一職由總經理黃志明接任;總經理遺缺則由技術長許家豪升任。",
            published=date(2025, 5, 2), lang="zh-Hant")
    assert ev(r, "promotion", "黃志明")[0].date == "2025-05-01"
    assert ev(r, "promotion", "許家豪")[0].date == "2025-05-01"


def test_an_opening_left_by_someone_who_retires_is_their_title():
    r = run("拓銳半導體人事\n拓銳半導體董事會昨(8)日通過,現任財務長周文彬將於今年底退休,遺缺由副財務長郭怡君升任。",
            published=date(2025, 5, 9), lang="zh-Hant")
    p = ev(r, "promotion", "郭怡君")
    assert p and p[0].role == "Chief Financial Officer"
