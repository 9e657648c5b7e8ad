"""latin_repeat_orgs: a capitalised word used twice mid-sentence, or once where EMPLOYER_PLACES put an employer, is a
weak organisation."""
import pytest

from talentdb.extract.names.latin_repeats import (after_title_of, announcing_its_round, before_acting_word,
                                                  before_title, coined_names_before_acting_word, latin_repeat_orgs,
                                                  name_set_off_after_head_noun, saying_of_its_people)

from tests.extract.names_support import context_before


def _found(text):
    ctx = context_before(text, latin_repeat_orgs)
    before = set(ctx.orgs.keys)
    latin_repeat_orgs(ctx)
    return {k for k in ctx.orgs.keys if k not in before}, ctx.weak_orgs


def test_a_capitalised_word_used_twice_mid_sentence_is_a_weak_organisation():
    assert _found("Analysts like Brightline, and investors backed Brightline last year.") == \
        ({"Brightline"}, {"Brightline"})


def test_once_is_not_enough_but_a_use_opening_a_sentence_adds_to_a_use_mid_sentence():
    assert _found("Analysts like Brightline.") == (set(), set())
    assert _found("Brightline grew fast. Analysts like Brightline.") == ({"Brightline"}, {"Brightline"})


def test_a_word_right_before_a_title_names_the_employer():
    text = "The study by Corvane researchers was published."
    assert before_title(context_before(text, latin_repeat_orgs), set()) == {"Corvane"}
    assert _found(text) == ({"Corvane"}, {"Corvane"})


def test_a_word_right_before_a_word_that_hires_names_the_employer():
    text = "Analysts said Orbis hired two engineers."
    assert before_acting_word(context_before(text, latin_repeat_orgs), set()) == {"Orbis"}
    assert _found(text) == ({"Orbis"}, {"Orbis"})


def test_a_persons_word_is_no_employer():
    ctx = context_before("Analysts said Orbis hired two engineers.", latin_repeat_orgs)
    assert before_acting_word(ctx, {"Orbis"}) == set()


def test_the_first_word_of_a_known_organisation_is_left_to_it():
    assert _found("She left Brexa Capital. Analysts like Brexa and funds back Brexa.") == (set(), set())


def test_a_coined_name_before_a_word_that_raises_is_an_organisation_even_opening_a_sentence():
    text = "Q3Sense raised $3 million. iCarvex has raised $15 million. Data startup nuvia.ai closed a round."
    assert coined_names_before_acting_word(context_before(text, latin_repeat_orgs), set()) == \
        {"Q3Sense", "iCarvex", "nuvia.ai"}
    assert _found("Q3Sense raised $3 million.") == ({"Q3Sense"}, {"Q3Sense"})
    assert coined_names_before_acting_word(context_before("The CEO raised $3 million.", latin_repeat_orgs), set()) == \
        set()


def test_a_place_word_alone_is_no_organisation():
    assert _found("Pellico Inc., of South San Francisco, and Orbis Labs, of South San Francisco, grew.")[0] == set()


def test_a_word_announcing_its_own_round_names_the_company():
    text = "Velloria today announced $12 million in funding. Brenlow said on Monday that it has secured $9 million."
    assert announcing_its_round(context_before(text, latin_repeat_orgs), set()) == {"Velloria", "Brenlow"}
    # (someone else's round: the word announces no round of its own)
    assert announcing_its_round(context_before("Reuters said Velloria raised $12 million.", latin_repeat_orgs),
                                set()) == set()


def test_a_name_after_a_place_descriptor_opens_its_run():
    assert _found("Lisbon-based Quillmark has landed $6 million.") == ({"Quillmark"}, {"Quillmark"})


def test_a_name_set_off_by_commas_after_what_a_company_is_before_a_word_that_raises():
    text = "Nigerian fintech startup, Kudora, has raised $3 million."
    assert name_set_off_after_head_noun(context_before(text, latin_repeat_orgs), set()) == {"Kudora"}
    assert _found(text) == ({"Kudora"}, {"Kudora"})
    assert name_set_off_after_head_noun(context_before("Analysts, Kudora, said so.", latin_repeat_orgs), set()) == set()


def test_a_word_after_a_title_and_of_names_the_employer():
    text = "Ana Ruiz will step down as chief executive of Zentrix in April."
    assert after_title_of(context_before(text, latin_repeat_orgs), set()) == {"Zentrix"}
    assert _found(text) == ({"Zentrix"}, {"Zentrix"})
    # a place, then what the company is, is no employer
    text = "Ines Carvalho, chief design officer of Lisbon wearables startup Okto Labs, left."
    assert after_title_of(context_before(text, latin_repeat_orgs), set()) == set()


def test_a_word_that_says_something_of_its_people_names_the_employer():
    for text in ("Zentrix said on Thursday its chief executive Ana Ruiz was stepping down.",
                 "Orbis said Thursday that Ana Ruiz will step down as chief executive."):
        word = text.split()[0]
        assert saying_of_its_people(context_before(text, latin_repeat_orgs), set()) == {word}
    # not a plural noun that reports on someone else
    assert saying_of_its_people(context_before("Analysts said Orbis hired two engineers.", latin_repeat_orgs),
                                set()) == set()


@pytest.mark.origin("realnews-dev")
def test_a_title_case_headlines_verb_ends_the_stretch_a_word_opens():
    found, _ = _found("Analysts like Brightline. Brightline Gets New Chief, and investors backed Brightline.")
    assert "Brightline" in found and not any("Gets" in k for k in found)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, name", [
    # (air-nz-luxon-resigns-scoop, san-miguel-ang-ceo-bilyonaryo: a word no name holds alone opens the name)
    ("Analysts like San Verano, and investors backed San Verano last year.", "San Verano"),
    # (alexander-forbes-cfo-quits-businesslive: such a word closes it)
    ("Ana Ruiz left Ambrose Forbes in May. Analysts said Ambrose Forbes would hire.", "Ambrose Forbes"),
    # (a2-milk-hrdlicka-steps-down-smh: a word with a digit opens it)
    ("The board of B7 Dairy met. Shares in B7 Dairy fell.", "B7 Dairy"),
])
def test_a_word_always_written_inside_the_same_capitalised_run_takes_the_whole_run(text, name):
    found, _ = _found(text)
    assert name in found


def test_a_word_written_inside_different_runs_keeps_its_own_stretch():
    found, _ = _found("Analysts like San Verano, and investors backed Verano last year.")
    assert "San Verano" not in found and "Verano" in found


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang, text, name", [
    ("zh-Hant", "訪問QuickGoVan創辦人林大明，談公司下一步。", "QuickGoVan"),
    ("zh-Hans", "R2D3创始人王明介绍了公司的产品。", "R2D3"),
    ("zh-Hant", "星河旗下 Lumo9 執行長王明表示。", "Lumo9"),
    ("en", "In an interview, QuickGoVan founder Maya Lund said the firm had grown.", "QuickGoVan"),
    ("en", "R2D3 founder Maya Lund said the robots sell well.", "R2D3"),
])
def test_a_brand_of_any_shape_right_before_a_title_is_the_employer(lang, text, name):
    from talentdb.extract.names.latin_repeats import latin_brand_before_title
    ctx = context_before(text, latin_brand_before_title, lang)
    latin_brand_before_title(ctx)
    assert name in ctx.orgs.keys and name in ctx.weak_orgs


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang, text", [
    ("zh-Hans", "据悉,AI创始人王明离职。"),             # (an acronym alone in a Chinese text names no one here)
    ("en", "The NBA commissioner Adam Lund said."),    # (capitals alone: an acronym, acronym_orgs reads those)
    ("en", "Former Acme founder Maya Lund said."),     # (a plain capitalised word is latin_repeat_orgs's)
])
def test_a_word_that_is_no_brand_before_a_title_is_left_alone(lang, text):
    from talentdb.extract.names.latin_repeats import latin_brand_before_title
    ctx = context_before(text, latin_brand_before_title, lang)
    before = set(ctx.orgs.keys)
    latin_brand_before_title(ctx)
    assert set(ctx.orgs.keys) == before


@pytest.mark.origin("realnews-dev")
def test_a_run_of_place_words_used_often_is_no_organisation():
    orgs, _ = _found("Investors like South African startups, and several South African funds backed Quorvex, a "
                     "South African lender.")
    assert not any("South" in k for k in orgs)
