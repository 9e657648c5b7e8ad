"""resolve_references: what "the company" / "該公司" means (REFERENCE_RULES, the first that answers); and the
look-ups the event rules ask: the article's main organisation, the organisation that opened a sentence."""
import pytest

from talentdb.extract.names.references import (REFERENCE_RULES, NamedOrgs, just_founded, meant_company, newly_founded,
                                             the_announcer_before)

from tests.extract.names_support import entities


def _references(text):
    e = entities(text)
    return [(e.text[m.start:m.end], m.key) for m in e.org_mentions if m.ref]


def test_a_reference_saying_the_organisation_is_new_means_the_one_last_founded():
    assert _references("Maya Lund founded Parallax Labs in July. Kestrel Capital invested. "
                       "The startup announced a hire.") == [("The startup", "Parallax Labs")]


def test_a_reference_right_after_a_founding_word_means_the_one_founded():
    assert _references("Kestrel Capital invested in Parallax Labs. Maya Lund co-founded the company with Raj Patel "
                       "in 2023.") == [("the company", "Parallax Labs")]


def test_a_reference_means_the_company_just_founded_when_nothing_was_named_since():
    founded = "王志強與李美玲去年共同創立了一家名為星樞科技(Astra Tech)的新創公司,專注於機器人。"
    assert _references(founded + "該公司本週一宣布融資。") == [("該公司", "Astra Tech")]
    assert _references(founded + "晶泰資本(Jingtai Capital)領投。該公司本週一宣布融資。") == \
        [("該公司", "Jingtai Capital")]


def test_otherwise_the_company_is_the_main_organisation_just_named_not_the_last_one_named():
    assert _references("Maya Lund founded Parallax Labs in July. Kestrel Capital invested. "
                       "The company announced a hire.") == [("The company", "Kestrel Capital")]
    assert _references("Kestrel Capital hired Maya Lund. Corbel Labs praised the move. The company will grow.") == \
        [("The company", "Kestrel Capital")]


def test_each_rule_answers_only_for_its_case_and_they_are_tried_in_order():
    assert REFERENCE_RULES == (newly_founded, just_founded, the_announcer_before, meant_company)
    e = entities("Kestrel Capital hired Maya Lund. Corbel Labs praised the move. The company will grow.")
    named = NamedOrgs([m for m in e.org_mentions if not m.ref])
    ref = next(m for m in e.org_mentions if m.ref)
    assert [rule(e, ref, named) for rule in REFERENCE_RULES] == [None, None, None, "Kestrel Capital"]


def test_the_main_organisation_is_the_one_named_most_with_sentences_it_opens_and_the_headline_counting_more():
    story = "Analysts praised Kestrel Capital. Investors like Kestrel Capital. "
    assert entities(story + "Maya Lund joined Corbel Labs.").dominant_org() == "Kestrel Capital"
    assert entities(story + "Corbel Labs hired Maya Lund.").dominant_org() == "Corbel Labs"
    assert entities("Corbel Labs grows\n" + story + "Maya Lund joined Corbel Labs.").dominant_org() == "Corbel Labs"


def test_the_organisation_that_opened_the_latest_sentence_before_a_place():
    e = entities("Kestrel Capital hired Maya Lund. Corbel Labs praised the move. Analysts expect more.")
    end = len(e.text)
    assert e.subject_org_before(end) == "Corbel Labs"
    assert e.subject_org_before(e.text.index("Corbel")) == "Kestrel Capital"


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, meant", [
    # the organisation that announces right before the reference, in its sentence, not the one named most
    ("月光銀行業績平平,月光銀行表示支持星澄銀行。月光銀行董事長王志強出席。1月14日晚間,星澄銀行發布公告稱,該行行長林志遠辭任。",
     "星澄銀行"),
    ("Corbel Labs grows. Analysts praised Corbel Labs. Kestrel Capital said on Monday that the company hired Maya Lund.",
     "Kestrel Capital"),
])
def test_a_reference_after_an_announcing_organisation_means_it(text, meant):
    assert _references(text)[-1][1] == meant
