"""names.announcers: an organisation named bare, with no organisation word, as the one that announces."""
import pytest

from tests.extract.names_support import entities


@pytest.mark.parametrize("text, name", [
    ("9月3日,云栖出行宣布完成C轮融资。云栖出行CEO温博表示,将用于研发。", "云栖出行"),
    ("智能汽车品牌驰度今日(9月4日)宣布完成A轮融资。驰度方面表示,将加快量产。", "驰度"),  # after what it is
    ("云栖出行7月10日晚发布人事变动公告。云栖出行表示,将尽快补选。", "云栖出行"),  # a bare date, the part of the day
    ("云栖出行官方宣布总经理温博离任。云栖出行表示,感谢温博。", "云栖出行"),  # its official channel announces
    ("成立仅3个月的星澜智航宣布完成天使轮融资。星澜智航表示,将用于研发。", "星澜智航"),  # after a 的 modifier
])
def test_a_bare_name_announcing_and_named_again_is_an_organisation(text, name):
    assert name in entities(text).orgs.keys


@pytest.mark.parametrize("text, word", [
    ("9月3日,云栖出行宣布完成C轮融资。", "云栖出行"),                       # named once: no evidence
    ("温博宣布辞职。温博表示,将休息一段时间。", "温博"),                     # a person
])
def test_what_announces_without_evidence_of_a_company_is_not_one(text, word):
    assert word not in entities(text).orgs.keys


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, org, head", [
    ("灵犀AI获投资\n11月11日,灵犀AI宣布完成1亿美元B轮融资。", "灵犀AI", "灵犀"),
    ("星河Tech今日宣布完成融资。星河Tech是一家公司。", "星河Tech", "星河"),
])
def test_a_brand_with_a_latin_tail_announcing_is_read_whole(text, org, head):
    keys = {m.key for m in entities(text).org_mentions}
    assert org in keys and head not in keys
