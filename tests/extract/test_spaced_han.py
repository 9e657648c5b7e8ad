"""One space between Han characters, as Taiwanese and Hong Kong press set titles and names apart (text.split_sentences)."""
from talentdb.extract.text import split_sentences


def _sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_spaced_title_name_and_courtesy_title_stay_one_sentence():
    text = "晶采光電宣布,創辦人兼董事長 吳承翰 博士,將於 2024 年 6 月退休。"
    assert _sentences(text) == [text]


def test_a_name_set_apart_on_both_sides_stays_with_its_verb():
    text = "由總經理 蔡明哲 接任董事長。"
    assert _sentences(text) == [text]


def test_a_headline_space_before_a_long_clause_still_ends_it():
    assert _sentences("星澄創投去年成立綠能基金 接下來還會成立健康基金") == ["星澄創投去年成立綠能基金", "接下來還會成立健康基金"]


def test_two_spaces_end_a_sentence():
    assert _sentences("甲乙丙丁戊己  庚辛壬癸子丑寅") == ["甲乙丙丁戊己", "庚辛壬癸子丑寅"]
