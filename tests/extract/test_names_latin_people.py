"""latin_people: people named in Latin script, and the capitalised pairs that COMPANY_SLOTS place where a company
goes instead."""
import pytest

from talentdb.extract.names.latin_people import (COMPANY_SLOTS, _company_slot, _name_groups, after_an_event_word,
                                                 before_a_title_after_article, before_company_appositive,
                                                 before_which, hires_a_name_after, latin_people, owner_of_a_title,
                                                 raises_after, where_a_title_is_held, where_someone_went)

from tests.extract.names_support import context_before, span


def _found(text):
    ctx = context_before(text, latin_people)
    latin_people(ctx)
    return ctx


def test_two_capitalised_words_are_a_person_known_also_by_the_last_one():
    ctx = _found("Maya Lund joined the firm in May.")
    assert ctx.people.keys == {"Maya Lund": "Maya Lund", "Lund": "Maya Lund"}


def test_accented_letters_and_an_apostrophe_after_the_first_capital_are_in_the_name():
    ctx = _found("Timothée Lacroix and Frank D'Amelio joined the firm in May.")
    assert ctx.people.keys["Timothée Lacroix"] == "Timothée Lacroix"
    assert ctx.people.keys["Frank D'Amelio"] == "Frank D'Amelio"


def test_a_name_after_a_lowercase_title_is_a_person_and_a_capitalised_title_alone_is_not():
    # (a title's span may run on over the words after it: "head of research Ivo Brandt left")
    assert "Ivo Brandt" in _found("Zorblax Dynamics head of research Ivo Brandt left on Friday.").people.keys
    assert "Non-Executive Directors" not in _found(
        "The board said the following Non-Executive Directors have resigned: Ana Ruiz and Ben Tao.").people.keys


def test_a_romanised_chinese_name_is_known_by_its_family_name_written_first():
    ctx = _found("Orbis named Wei Che-chia chief executive. Liu and Wei are now co-chief operating officers of Orbis.")
    assert ctx.people.keys["Wei"] == "Wei Che-chia"


def test_a_headline_adjective_and_a_stock_exchange_are_no_names():
    ctx = _found("Longtime Corvel CEO will step down, according to an announcement by Bursa Malaysia.")
    assert not [k for k in ctx.people.keys if "Longtime" in k or "Bursa" in k]


def test_a_run_is_split_at_words_no_name_holds():
    ctx = context_before("Former Quorvex CTO Lena Ostrova left.", latin_people)
    groups = [[w for *_, w in g] for start, run in ctx.latin_runs() for g in _name_groups(ctx, start, run, set())]
    assert groups == [["Quorvex"], ["Lena", "Ostrova"]]


def test_a_headline_event_word_and_what_a_company_is_end_a_group():
    ctx = context_before("Quantel Bio Raises $30M. Orbis Spinout Viela Lands $250m.", latin_people)
    groups = [[w for *_, w in g] for start, run in ctx.latin_runs() for g in _name_groups(ctx, start, run, set())]
    assert ["Quantel", "Bio", "Raises"] not in groups and ["Orbis", "Spinout", "Viela"] not in groups
    assert ["Orbis"] in groups and ["Viela"] in groups


@pytest.mark.parametrize("slot, name, text", [
    (before_which, "Anthem Humanoids", "Anthem Humanoids, which raised money, grew."),
    (raises_after, "Tarsel Compute", "Tarsel Compute closed a $100 million Series B."),
    (before_a_title_after_article, "Tandem Rowe", "He is a former Tandem Rowe executive."),
    (before_company_appositive, "Tangent Motion", "At Tangent Motion, a startup building robots, sales grew."),
    (where_someone_went, "Hanseatic Landesbank", "Lund, who left in September for Hanseatic Landesbank, said so."),
    (after_an_event_word, "Tangent Motion", "She founded Tangent Motion in May."),
    (owner_of_a_title, "Marlow Fenn", "Marlow Fenn's chief operating officer resigned."),
    (where_a_title_is_held, "Corbel Data", "She was named chief financial officer of Corbel Data."),
    (hires_a_name_after, "Kestrel Grid", "Kestrel Grid hired Maya Lund as chief executive."),
])
def test_each_slot_places_a_company_and_the_pair_is_registered_as_one(slot, name, text):
    ctx = context_before(text, latin_people)
    assert slot(ctx, *span(ctx, name)) is True
    ctx = _found(text)
    assert ctx.orgs.keys.get(name) == name and name not in ctx.people.keys


@pytest.mark.parametrize("slot", COMPANY_SLOTS)
def test_no_slot_says_a_company_goes_where_a_person_is_the_subject(slot):
    ctx = context_before("Maya Lund joined the firm in May.", latin_people)
    assert slot(ctx, *span(ctx, "Maya Lund")) is None


def test_an_event_word_whose_object_is_a_person_decides_before_the_title_that_follows():
    text = "Tom Reyes succeeded Maya Lund's chief operating officer in May."
    ctx = context_before(text, latin_people)
    s, e = span(ctx, "Maya Lund")
    assert owner_of_a_title(ctx, s, e) is True and after_an_event_word(ctx, s, e) is False
    assert _company_slot(ctx, s, e) is False
    assert "Maya Lund" in _found(text).people.keys


def test_a_hiring_person_whose_family_name_stands_alone_is_no_company():
    text = "Harold Brisco hired Lena Ostrova as chief executive. Brisco said so."
    ctx = context_before(text, latin_people)
    assert hires_a_name_after(ctx, *span(ctx, "Harold Brisco")) is None
    assert "Harold Brisco" in _found(text).people.keys


def test_a_pair_whose_first_word_stands_alone_is_a_companys_short_name_not_a_person():
    ctx = _found("Lumenar Velo makes drones for farms and ports across the region, its founders say. "
                 "Lumenar said sales grew.")
    assert "Lumenar Velo" not in ctx.people.keys


def test_but_a_first_name_now_and_then_or_a_family_name_written_first_stays_a_person():
    assert "Nadia Hassan" in _found("Nadia Hassan, a research director at the firm, left. Nadia is moving on.").people.keys
    assert "Tan Kok" in _found("Tan Kok joined the board in May after a long career in shipping and trade finance. "
                               "Tan, who oversaw sales, left.").people.keys


def test_a_name_marked_as_a_company_anywhere_is_no_person_anywhere():
    ctx = _found("Anthem Humanoids\nAnthem Humanoids, which raised money, grew.")
    assert "Anthem Humanoids" not in ctx.people.canon and ctx.orgs.keys["Anthem Humanoids"] == "Anthem Humanoids"


def test_honours_of_two_words_and_honorifics_before_a_name_are_no_part_of_it():
    ctx = _found("The bank named Tan Sri Mohd Azlan Ismail chairman. Alhaji Musa Bello and Dato' Sri Rosnah Kamal left.")
    assert {"Mohd Azlan Ismail", "Musa Bello", "Rosnah Kamal"} <= set(ctx.people.canon)
    assert not [k for k in ctx.people.keys if k.startswith(("Tan Sri", "Sri", "Alhaji"))]


def test_a_hereditary_title_is_part_of_the_name_and_of_its_short_form():
    ctx = _found("Tengku Zafrul Aziz resigned in July. Tengku Zafrul's departure was a surprise. Raja Azmi left.")
    assert ctx.people.keys["Tengku Zafrul"] == "Tengku Zafrul Aziz"
    assert list(ctx.people.canon) == ["Tengku Zafrul Aziz", "Raja Azmi"]


def test_a_fathers_name_after_bin_or_a_l_is_in_the_name_and_the_person_is_known_by_the_words_before_it():
    ctx = _found("Ahmad Faizal bin Hamzah and Ravi Kumar a/l Subramaniam joined the board in May.")
    assert ctx.people.keys["Ahmad Faizal"] == "Ahmad Faizal bin Hamzah"
    assert ctx.people.keys["Ravi Kumar"] == "Ravi Kumar a/l Subramaniam"
    assert "Hamzah" not in ctx.people.keys  # (the father's name)


def test_lower_case_particles_and_a_glued_article_are_inside_a_name_never_at_its_ends():
    ctx = _found("Ursula van der Berg, Maria de la Cruz and Tariq al-Hashimi joined the board in May.")
    assert {"Ursula van der Berg", "Maria de la Cruz", "Tariq al-Hashimi"} == set(ctx.people.canon)
    assert "Banco de Chile" not in _found("Maya Lund left Banco de Chile in May.").people.canon


def test_a_suffix_closes_a_name_without_counting_as_one_of_its_words():
    ctx = _found("The bank appointed Jose Maria Reyes III as chief executive.")
    assert ctx.people.keys["Jose Maria Reyes III"] == "Jose Maria Reyes III"
    assert ctx.people.keys["Reyes"] == "Jose Maria Reyes III"


def test_initials_and_one_word_are_a_name_unless_the_initials_are_a_countrys_or_end_a_capitalised_word():
    assert "K.V. Ramesh" in _found("The bank said K.V. Ramesh has resigned.").people.canon
    assert "N. Raghunathan" in _found("The bank appointed N. Raghunathan as chairman.").people.canon
    assert not _found("Shares of U.S. Steel fell. It raised a Series A. Kestrel plans to grow.").people.canon
    assert not _found("It made machine learning a foundation of its R&D. Recursion said so.").people.canon


def test_four_words_are_a_name_after_a_courtesy_title_known_also_by_the_first_two():
    ctx = _found("Senator Ras Adiba Mohd Radzi is the new chairman. Ras Adiba was appointed a senator in May.")
    assert ctx.people.keys["Ras Adiba"] == "Ras Adiba Mohd Radzi"
    assert "Kestrel Names Maya Lund" not in _found("Kestrel Names Maya Lund Chief Executive").people.canon


def test_a_chinese_name_written_family_name_first_is_known_by_the_family_name_and_a_place_word_does_not_cut_it():
    ctx = _found("Harbour Press promoted Wong Wei Kong to chief executive, the Hong Kong publisher said. Wong succeeds "
                 "Lim Boon Kiat.")
    assert ctx.people.keys["Wong"] == "Wong Wei Kong" and ctx.people.keys["Lim"] == "Lim Boon Kiat"
    assert "Kong" not in ctx.people.keys


def test_four_words_with_a_chinese_family_name_second_are_an_english_and_a_chinese_name():
    ctx = _found("The bank said Peter Tan Kok Leong has resigned. Mr Tan left on Friday.")
    assert ctx.people.keys["Tan"] == "Peter Tan Kok Leong" and ctx.people.keys["Peter Tan"] == "Peter Tan Kok Leong"


def test_letters_beyond_latin_1_are_inside_names():
    ctx = _found("Nguyễn Văn Minh, Łukasz Nowak and Emre Doğan joined the board in May.")
    assert {"Nguyễn Văn Minh", "Łukasz Nowak", "Emre Doğan"} == set(ctx.people.canon)


def test_a_chinese_family_name_in_capitals_is_a_word_of_the_name_other_capitals_are_not():
    ctx = _found("Kestrel appointed Lin WANG as chief executive. TAN Kok Leong resigned.")
    assert {"Lin WANG", "TAN Kok Leong"} == set(ctx.people.canon)
    assert ctx.people.keys["TAN"] == "TAN Kok Leong"
    assert not _found("HONG KONG (Reuters) - KESTREL Bank said AI LEE shares rose.").people.canon


@pytest.mark.parametrize("text", [
    "Quorvex chief retires after a decade\nBy Lena Ostrova, Staff Writer\nTom Reyes is retiring, the company said.",
    "Tom Reyes is retiring, the company said. (Reporting by Lena Ostrova; Editing by Tom Dale)",
])
def test_a_byline_or_a_wire_credit_names_the_writer_whom_no_event_is_about(text):
    keys = _found(text).people.keys
    assert "Tom Reyes" in keys and "Lena Ostrova" not in keys


def test_by_in_a_sentence_is_no_byline():
    assert "Lena Ostrova" in _found("Quorvex, founded by Lena Ostrova, raises a seed round.").people.keys


def test_a_hyphenated_title_is_no_part_of_the_name_after_it():
    keys = _found("Harrow Foods Vice-Chairman Dario Celis is retiring.").people.keys
    assert "Dario Celis" in keys and not any("Vice" in k for k in keys)


def test_a_newsroom_post_in_a_headline_is_no_name():
    assert "Editor Calls" not in _found("Orbis Daily Top Editor Calls It Quits").people.keys


@pytest.mark.origin("realnews-dev")
def test_a_name_after_a_title_or_a_courtesy_before_a_hiring_word_is_a_person():
    text = "Orbis Bank chairman Cy Park named Ben Tao as chief executive."
    ctx = context_before(text, latin_people)
    assert hires_a_name_after(ctx, *span(ctx, "Cy Park")) is None
    assert "Cy Park" in _found(text).people.keys


@pytest.mark.origin("realnews-dev")
def test_a_for_that_ends_a_word_of_another_event_marks_no_destination():
    text = "Orbis chairman Tove Aaland will retire this month to make way for Cato Wrenfield."
    ctx = context_before(text, latin_people)
    assert where_someone_went(ctx, *span(ctx, "Cato Wrenfield")) is None
    assert "Cato Wrenfield" in _found(text).people.keys
