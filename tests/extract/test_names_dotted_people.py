"""dotted_people: foreign names written in Chinese with name dots and no Latin gloss (wire copy)."""
from talentdb.extract.names.dotted_people import dotted_names

from tests.extract.names_support import context_before, entities


def _people(text):
    ctx = context_before(text, dotted_names)
    before = set(ctx.people.keys)
    dotted_names(ctx)
    return {k: c for k, c in ctx.people.keys.items() if k not in before}


def test_a_dotted_transliteration_after_a_title_is_a_person_with_its_last_part_as_a_short_name():
    found = _people("該公司首席執行官帕特·格爾辛格於12月1日退休。")
    assert found == {"帕特·格尔辛格": "帕特·格爾辛格", "格尔辛格": "帕特·格爾辛格"}


def test_two_dotted_names_joined_by_and_are_two_people_and_a_verb_after_the_name_ends_it():
    found = _people("戴維·津斯納和米歇爾·約翰斯頓·霍爾特豪斯將擔任臨時聯席首席執行官。")
    assert set(found.values()) == {"戴維·津斯納", "米歇爾·約翰斯頓·霍爾特豪斯"}


def test_a_dotted_pair_of_ordinary_words_is_no_name():
    assert _people("本報記者在中國·上海報導。") == {}
    assert _people("會議在北京·國家會議中心舉行。") == {}


def test_the_short_name_is_a_mention_of_the_same_person_later_in_the_article():
    ents = entities("該公司首席執行官帕特·格爾辛格於12月1日退休。格爾辛格於1979年首次加入英特爾。")
    assert [m.key for m in ents.person_mentions] == ["帕特·格爾辛格", "帕特·格爾辛格"]


def test_common_given_name_characters_of_the_transliteration_table_make_a_dotted_name():
    from tests.extract.names_support import entities
    assert "彼得‧琼斯" in entities("星瀚科技宣布由彼得‧瓊斯出任執行長。").people.keys
