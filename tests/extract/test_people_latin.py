"""Latin-script personal names: honorifics, family names written first, a name glossed in brackets, a person
later called by a first name.

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run


@pytest.mark.origin("heldout3")
def test_a_bracketed_latin_name_with_dr_after_a_hiring_word_is_the_person():
    r = run("澄川科技同时聘任罗文博博士(Dr. Wenbo Luo)为首席技术官。", lang="zh-Hans")
    h = ev(r, "hire", "Wenbo Luo")
    assert h and h[0].org == "澄川科技" and h[0].role == "Chief Technology Officer"
    r = run("此外,澄川生物宣布聘请葛安琪博士(Dr. Angela Ge)担任公司首席医学官。", lang="zh-Hans")
    h = ev(r, "hire", "Angela Ge")
    assert h and h[0].org == "澄川生物" and h[0].role == "Chief Medical Officer"


@pytest.mark.origin("heldout4")
def test_a_person_later_called_by_first_name_stays_a_person():
    r = run("Orbis reshuffle\nOrbis moved quickly, and on Monday promoted Nadia Farouk, a research director who has been "
            "at the lab since 2017, to head its robotics group. \"Nadia is the right person to lead,\" the memo said.",
            lang="en")
    assert ev(r, "promotion", "Nadia Farouk")


@pytest.mark.origin("round11")
def test_an_honorific_between_a_title_and_a_name_is_neither():
    r = run("Seraya Holdings\nSeraya Holdings Bhd said on Monday that group chief executive officer Datuk Seri Hamid "
            "Rosli will retire on March 31.", published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Hamid Rosli")
    assert d and d[0].role == "Chief Executive Officer"


@pytest.mark.origin("round11")
def test_a_family_name_written_first_and_used_alone_later_is_still_a_person():
    r = run("Seraya Holdings\nOng Mei Ling, head of treasury, was appointed chief financial officer of Seraya "
            "Holdings. Ms. Ong joined the group in 2019.", published=date(2025, 5, 2), lang="en")
    assert ev(r, "promotion", "Ong Mei Ling") or ev(r, "hire", "Ong Mei Ling")
    r = run("Seraya Holdings\nTwo vice presidents, Goh Wen Kai and Priya Raman, left Seraya Holdings in March. "
            "Goh, who ran the cable unit, has not said where he is going.", published=date(2025, 5, 2), lang="en")
    assert ev(r, "departure", "Goh Wen Kai")


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, person", [
    ('Orbis Holdings\nOrbis Holdings said Marco Antonio Velarde de Soto will step down as CEO.',
     "Marco Antonio Velarde de Soto"),
    ('Orbis Holdings\nOrbis Holdings said Ana Lucia Reyes del Monte will step down as CEO.',
     "Ana Lucia Reyes del Monte"),
    ('Orbis Holdings\nOrbis Holdings said Ramon "Mon" Bautista will step down as CEO.', "Ramon Bautista"),
    ('Orbis Holdings\nOrbis Holdings said Teodora “Dora” Maglaya will step down as CEO.', "Teodora Maglaya"),
])
def test_long_hispanic_names_and_quoted_nicknames_are_one_person(text, person):
    assert [e.person for e in ev(run(text, lang="en"), "departure")] == [person]
