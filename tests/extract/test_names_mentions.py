"""list_mentions: every mention in text order, and whom each pronoun means (PRONOUN_RULES, the first that applies)."""
import pytest

from talentdb.extract.names.mentions import (PRONOUN_RULES, PersonTrail, not_the_kin_named, not_the_possessor,
                                             object_pronoun, subject_of_relative_clause, the_former, the_last_named,
                                             the_speaker_himself)

from tests.extract.names_support import entities


def _pronouns(text):
    e = entities(text)
    return [(e.text[m.start:m.end], m.key) for m in e.mentions if m.pronoun]


def test_a_pronoun_means_the_last_person_named():
    assert _pronouns("Maya Lund resigned in May. She will rest.") == [("She", "Maya Lund")]


def test_a_pronoun_with_no_one_named_before_is_dropped():
    assert _pronouns("She will rest.") == []


def test_the_former_is_the_first_of_the_two_named_last():
    assert _pronouns("王志強與李美玲上月離職,前者已加盟星樞科技。") == [("前者", "王志強")]


def test_a_pronoun_with_a_self_mark_is_the_first_person_of_its_sentence():
    assert _pronouns("星樞科技執行長王志強宣布,由李美玲出任執行長,他本人轉任董事長。") == [("他", "王志強")]


def test_a_pronoun_after_a_relative_clause_is_the_one_the_clause_is_about():
    assert _pronouns("Harold Brisco, who co-founded the firm with Lena Ostrova, told investors that he will retire.") \
        == [("he", "Harold Brisco")]


def test_a_pronoun_after_an_apposition_of_kin_is_the_one_it_describes():
    assert _pronouns("Nadia Ferro, daughter of the magnate Pietro Ferro, ran Corvel, a post she held until 2014.") \
        == [("she", "Nadia Ferro")]


def test_a_pronoun_after_a_name_told_as_someones_kin_is_that_someone():
    assert _pronouns("方慧敏为集团董事长方建国的女儿。她2013年起担任财务总监。") == [("她", "方慧敏")]


def test_an_object_pronoun_is_not_the_person_of_its_own_clause_unless_someone_said_it():
    assert _pronouns("Maya Lund resigned in May. The board named Raj Patel to replace her.") == [("her", "Maya Lund")]
    assert _pronouns("Maya Lund resigned in May. Raj Patel said the board pushed her out.") == [("her", "Raj Patel")]


def test_a_pronoun_after_a_possessor_of_a_leaving_is_the_one_named_before():
    assert _pronouns("創辦人陳建宏證實,王志遠已離職。隨著王志遠的離開,他將出任執行長。") == [("他", "陳建宏")]
    assert _pronouns("Maya Lund said Raj Patel resigned. After Patel's resignation, she became CEO.") == \
        [("she", "Maya Lund")]


def test_the_rules_are_tried_in_order_and_the_last_named_comes_last():
    assert PRONOUN_RULES == (the_former, the_speaker_himself, subject_of_relative_clause, object_pronoun,
                             not_the_possessor, not_the_kin_named, the_last_named)
    e = entities("Maya Lund resigned in May. She will rest.")
    trail = PersonTrail(e, set())
    she = next(m for m in e.mentions if m.pronoun)
    assert the_last_named(e, trail, she) is None  # nobody named yet on this trail
    trail.named(next(m for m in e.mentions if not m.pronoun))
    assert [rule(e, trail, she) for rule in PRONOUN_RULES] == [None, None, None, None, None, None, "Maya Lund"]


def test_mentions_are_in_text_order_and_a_first_word_stands_for_its_registered_name():
    e = entities("Analysts like Brightline Pay. Brightline said sales grew.")
    assert [(e.text[m.start:m.end], m.key) for m in e.mentions] == [("Brightline Pay", "Brightline Pay"),
                                                                  ("Brightline", "Brightline Pay")]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    # (boeing-calhoun-to-step-down: the group named alone all through, its unit named late)
    "Brightline shares fell. Brightline said sales grew. Brightline Pay chief Ana Ruiz will retire.",
    # (a short form in the headline does not count: the story names the longer name first)
    "Brightline grows\nAnalysts like Brightline Pay. Brightline said sales grew.",
])
def test_a_first_word_used_alone_before_its_longer_name_is_its_own_organisation(text):
    e = entities(text)
    keys = {e.text[m.start:m.end]: m.key for m in e.mentions if m.kind == "org"}
    want = "Brightline" if "\n" not in text else "Brightline Pay"
    assert keys["Brightline"] == want and keys["Brightline Pay"] == "Brightline Pay"


@pytest.mark.origin("realnews-dev")
def test_the_first_word_of_a_place_phrase_stands_for_no_longer_name():
    # (new-world-adrian-cheng-resigns-fashionnetwork: "Hong" of a "Hong Kong …" name read in "Hong Kong's")
    e = entities("Analysts in Santa Clara expect more. Santa Clara Robotics said sales grew.")
    assert not [m for m in e.mentions if e.text[m.start:m.end] == "Santa"]
