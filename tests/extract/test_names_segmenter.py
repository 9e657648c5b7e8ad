"""names.segmenter: jieba's person tags as one more name finder (segmented_people), and the refusals han_people asks
of it (a candidate that cuts a word jieba reads otherwise)."""
import subprocess
import sys

import pytest

from talentdb.extract.names.han_people import han_people
from talentdb.extract.names.segmenter import common_word_orgs, segmented_people

from tests.extract.names_support import context_before, entities


def _found_by_segmenter(text):
    ctx = context_before(text, segmented_people)
    before = set(ctx.people.keys)
    segmented_people(ctx)
    return set(ctx.people.keys) - before


def test_a_name_opening_a_clause_far_from_its_event_word_is_found():
    # the rules' places need the event word in the same clause; the tagger does not
    text = "据鼎衡医药公告,詹永祥因工作安排需要,辞去公司总经理职务。"
    assert "詹永祥" in _found_by_segmenter(text)
    assert "詹永祥" in entities(text).people.keys


@pytest.mark.parametrize("text, word", [
    ("记者多次拨打民生银行董秘与民生银行总部的办公室电话。", "董秘"),      # a title abbreviation glued to a bank
    ("本轮融资由张江高科联合社会资本组建的专项基金进行投资。", "张江"),    # a company's name
    ("本轮融资由张江高科联合社会资本组建的专项基金进行投资。", "高科"),
    ("据传,公司开给部分研究人员的薪酬方案高达2亿美元。", "高达"),        # "as much as", before a sum
    ("投资方为红杉中国、高榕创投和小米产投。", "高榕"),                  # before an organisation word
])
def test_words_tagged_as_names_that_are_parts_of_something_else_are_not_people(text, word):
    assert word not in entities(text).people.keys


@pytest.mark.parametrize("text, name, wrong", [
    ("4月6日,华川银行发布公告,郭浩任华川银行党委书记。", "郭浩", "郭浩任"),   # 任 "takes the post"
    ("由副董事长洪崎代为履行董事长职责。", "洪崎", "洪崎代"),
])
def test_a_name_is_not_read_into_the_verb_after_it(text, name, wrong):
    keys = entities(text).people.keys
    assert name in keys and wrong not in keys


def test_a_surname_that_starts_a_longer_word_is_no_name():
    text = "董事会选举方合英为董事长,其任职资格尚需监管机构核准。"
    ctx = context_before(text, han_people)
    han_people(ctx)
    assert "任职资" not in ctx.people.keys


def test_an_english_article_never_imports_the_segmenter():
    code = ("import sys\nfrom talentdb.extract.engine import extract_and_clean\n"
            "extract_and_clean('Orbis Labs named Ana Ruiz chief executive on Monday.', '2025-05-02', 'en')\n"
            "print('jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_candidate_across_two_words_is_no_name_but_one_after_a_title_is():
    # 工程|学院: 程学院 is the end of one word and the start of the next; 财务长顾大维: jieba glues the title's last
    # character to the name (长顾|大维), which says nothing against it
    keys = entities("上海交通大学生物医学工程学院教授沈国峰创办了这家公司。").people.keys
    assert "沈国峰" in keys and "程学院" not in keys
    assert "顾大维" in entities("任职长达十二年的财务长顾大维届龄退休,遗缺由副财务长林雅婷接任。").people.keys


@pytest.mark.origin("realnews round 8")
def test_an_organisation_that_is_a_common_verb_or_time_word_is_dropped_but_not_a_company_named_by_one():
    ctx = context_before("后来公司开始扩张,星岚集团开始调整架构。转转CEO王立表示,转转开始盈利。", common_word_orgs,
                         lang="zh-Hans")
    for word in ("开始", "至今", "转转"):
        ctx.orgs.add(word, None, word)
    common_word_orgs(ctx)
    assert "开始" not in ctx.orgs.keys and "至今" not in ctx.orgs.keys
    assert "转转" in ctx.orgs.keys  # (a verb, but written right before a title: a company's name)
