"""names.title_marked: an outlet named between title marks, next to a title or a word that takes one."""
import pytest

from tests.extract.names_support import entities


@pytest.mark.parametrize("text, name", [
    ("林美華將接任《星島通訊社》社長一職。《星島通訊社》董事會今日通過人事案。", "星岛通讯社"),  # a word that takes a title
    ("前《海峽電視》副總經理林美華宣布退休。", "海峡电视"),                                 # a title right after
])
def test_an_outlet_in_title_marks_next_to_a_title_is_an_organisation(text, name):
    assert name in entities(text).orgs.keys  # (keys are folded: Simplified)


def test_a_book_in_title_marks_is_not_one():
    assert "风起时" not in entities("林美華的新書《風起時》上月出版。").orgs.keys
