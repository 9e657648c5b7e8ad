"""The strategies of talentdb/extract/events/roles.py, one test each, on invented sentences: the titles an article
gives (TITLE_FINDERS) and who holds which (HOLDER_STEPS, MENTION_TITLE_STRATEGIES), as the article the extractor reads
them holds them."""
from datetime import date

import pytest

from talentdb.extract.events.article import _Article
from talentdb.extract.text import detect_lang, normalise


def article(text):
    text = normalise(text)
    return _Article(text, date(2025, 5, 2), detect_lang(text))


def titles(text):
    return [(r.raw, r.canon) for r in article(text).roles]


def held(text):
    """Who holds which title: {person: [(title as written, canonical, organisation named with it)]}."""
    return {k: [(r.raw, r.canon, r.org) for _, r in v] for k, v in article(text).person_roles.items()}


# -- TITLE_FINDERS -------------------------------------------------------------------------------------------------
def test_titles_the_lexicon_lists_with_what_is_led_and_its_qualifier():
    assert titles("Sora影片生成專案負責人林佳慧離職。") == [("Sora影片生成專案負責人", "Lead")]
    assert titles("星河科技代理執行長林佳慧離職。") == [("代理執行長", "Chief Executive Officer")]
    assert titles("林佳慧擔任亞洲區債券主管。") == [("亞洲區債券主管", "Head")]


def test_chief_officer_shape():
    assert titles("Brightline Labs named Ana Ruiz chief revenue officer.") == [
        ("chief revenue officer", "Chief Revenue Officer")]
    assert titles("星河科技任命林佳慧為首席增長官。") == [("首席增長官", None)]


def test_head_of_something():
    assert titles("Ana Ruiz was named head of developer relations at Brightline Labs.") == [
        ("head of developer relations", "Head of Developer Relations")]


# -- MENTION_TITLE_STRATEGIES, HOLDER_STEPS ------------------------------------------------------------------------
def test_titles_chained_before_name_with_their_organisation():
    assert held("星河科技首席技術長林佳慧上週離職。") == {"林佳慧": [("首席技術長", "Chief Technology Officer", "星河科技")]}


def test_title_in_apposition_the_whole_chain():
    assert held("Ana Ruiz, the co-founder and chief executive of Quorra Robotics, resigned.") == {
        "Ana Ruiz": [("co-founder and chief executive", "Co-founder and Chief Executive Officer", None)]}
    assert held("Ana Ruiz, Brightline Labs's chief technology officer, resigned.") == {
        "Ana Ruiz": [("chief technology officer", "Chief Technology Officer", None)]}


def test_title_of_each_mention():
    assert held("星河科技首席技術長林佳慧上週離職。")["林佳慧"]
    assert held("Ana Ruiz, Brightline Labs's chief technology officer, resigned.")["Ana Ruiz"]


def test_titles_told_once_for_a_list():
    assert held("副總裁林佳慧、柯文瀚上週離職。") == {"林佳慧": [("副總裁", "Vice President", None)],
                                                  "柯文瀚": [("副總裁", "Vice President", None)]}
    assert held("Ana Ruiz and Ben Tao, both vice presidents at Brightline Labs, left in March.") == {
        "Ana Ruiz": [("vice presidents", "Vice President", None)], "Ben Tao": [("vice presidents", "Vice President", None)]}


def test_role_verb_holders():
    got = held("技術長柯文瀚曾共同領導星河科技的工程團隊。")["柯文瀚"]
    assert ("共同領導星河科技的工程團隊", "Co-lead", None) in got


@pytest.mark.origin("realnews-dev")
def test_not_a_capacity_drops_a_title_word_telling_how_a_post_is_held():
    art = _Article("Ben Tao takes over in an executive role; Ana Ruiz is an executive at Orbis.", date(2025, 5, 2), "en")
    assert [art.folded[r.start:r.end] for r in art.titles] == ["executive"]  # (the second, a post)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, raw", [
    ("星河電信首席財務總監林佳慧已辭職。", "首席財務總監"),
    ("星河电信首席财务总监林佳慧已辞职。", "首席财务总监"),
    ("星河汽車同意監事會主席林佳慧的辭職申請。", "監事會主席"),
    ("星河汽车同意监事会主席林佳慧的辞职申请。", "监事会主席"),
])
def test_titles_keep_the_words_written_before_them_as_part_of_them(text, raw):
    # (singtel-cfo-resigns-altis99, conch-baic-chairmen-change-liuan8: 財務總監 / 主席 alone is a title kept in part)
    assert [r for r, _ in titles(text)] == [raw]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "林佳慧領導銀河集團已有四十年。", "林佳慧领导银河集团已有四十年。", "柯文瀚曾帶領銀河隊成功保級。", "柯文瀚曾带领银河队成功保级。",
])
def test_a_verb_of_leading_without_a_team_tells_no_post(text):
    # (cp-group-dhanin-sons-succeed-zhuwang, csl-coach-changes-lanjing6: "領導正大集團" was read as the role "Lead")
    assert titles(text) == []
