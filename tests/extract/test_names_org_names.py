"""known_orgs and latin_suffix_orgs: organisations the lexicon lists, and Latin names ending in an organisation word."""
import pytest

from talentdb.extract.names.org_names import capitals_legal_names, known_orgs, latin_of_orgs, latin_suffix_orgs

from tests.extract.names_support import context_before, span


def test_a_lexicon_organisation_is_registered_under_its_canonical_name_where_it_stands():
    ctx = context_before("華為宣布新任技術長。", known_orgs)
    known_orgs(ctx)
    assert ctx.orgs.keys.get("华为") == "Huawei"
    assert ctx.known_org_spans == [span(ctx, "华为")]


def test_the_end_of_a_persons_name_and_a_particle_is_not_the_lexicon_organisation_they_spell():
    ctx = context_before("董事會任命黃建華為營運長。", known_orgs)
    known_orgs(ctx)
    assert "Huawei" not in ctx.orgs.canon and ctx.known_org_spans == []


def test_a_latin_name_ending_in_an_organisation_word_is_an_organisation_without_its_descriptor():
    ctx = context_before("She left Paris-based Kestrel Labs in May.", latin_suffix_orgs)
    latin_suffix_orgs(ctx)
    assert "Kestrel Labs" in ctx.orgs.keys and not any("Paris" in k for k in ctx.orgs.keys)


def test_a_function_word_before_the_name_is_dropped_but_a_place_word_alone_starts_it():
    ctx = context_before("At Harbor Robotics, the team grew. He later joined Boston Robotics.", latin_suffix_orgs)
    latin_suffix_orgs(ctx)
    assert {"Harbor Robotics", "Boston Robotics"} <= set(ctx.orgs.keys)
    assert "At Harbor Robotics" not in ctx.orgs.keys


def test_a_latin_name_over_a_lexicon_organisation_is_left_to_the_lexicon():
    ctx = context_before("He joined Google Research in May.", latin_suffix_orgs)
    latin_suffix_orgs(ctx)
    assert "Google Research" not in ctx.orgs.keys and ctx.orgs.keys["Google"] == "Google"


def test_an_organisation_word_of_a_name_is_an_organisation_without_the_title_after_it():
    ctx = context_before("Bank of Penang Chief Executive Officer Ahmad Rashid will retire.", latin_of_orgs)
    latin_of_orgs(ctx)
    assert ctx.orgs.keys.get("Bank of Penang") == "Bank of Penang"
    assert "Bank of Penang Chief Executive" not in ctx.orgs.keys


def test_a_place_starts_an_organisation_name():
    from talentdb.extract.engine import _Article
    art = _Article("Singapore Post Ltd said its chief executive had resigned.", None, "en")
    assert "Singapore Post Ltd" in {m.key for m in art.ents.org_mentions}


@pytest.mark.origin("realnews-dev")
def test_a_title_case_headlines_verb_ends_an_organisation_name_with_of():
    ctx = context_before("Reserve Bank of Vela Gets New Deputy Governor", latin_of_orgs)
    latin_of_orgs(ctx)
    assert "Reserve Bank of Vela" in ctx.orgs.keys and not any("Gets" in k for k in ctx.orgs.keys)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, name", [
    ("第一案核准星耀精機以6,200萬美元增資越南ORBIS ELECTRONICS（VIETNAM）CO., LTD.，經營組裝業務。",
     "ORBIS ELECTRONICS(VIETNAM)CO., LTD."),
    ("月华光学以1亿元增资新加坡VELA SINGAPORE PTE. LTD.，经营检测。", "VELA SINGAPORE PTE. LTD."),
    ("Orbis approved a $5 million injection into QUORVEX MEDIA LIMITED last week.", "QUORVEX MEDIA LIMITED"),
])
def test_a_legal_name_in_capitals_is_an_organisation_in_any_script(text, name):
    ctx = context_before(text, capitals_legal_names)
    capitals_legal_names(ctx)
    assert name in ctx.orgs.keys


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, name", [
    ("The fund backed o2o Ventures last year.", "o2o Ventures"),
    ("She joined eFarm Labs in May.", "eFarm Labs"),
])
def test_a_name_opening_with_small_letters_before_a_digit_or_capital_ends_in_an_organisation_word(text, name):
    ctx = context_before(text, latin_suffix_orgs)
    latin_suffix_orgs(ctx)
    assert name in ctx.orgs.keys
