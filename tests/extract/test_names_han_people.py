"""han_people: Chinese personal names where NAME_PLACES expect one, unless NOT_A_NAME refuses them; and
han_title_aliases: "王先生" for the one 王 the article names."""
import pytest

from talentdb.extract.names.han_people import (ANY_END, CHECKED_END, NAME_PLACES, HanScan, _ends_well,
                                               after_a_number, after_announce_verb, after_english_given_name,
                                               after_name_mark, after_object_word, after_person_noun,
                                               after_speech_verb, after_title, before_courtesy_title,
                                               before_event_word, before_speech_verb, before_time_word_before_event,
                                               company_word, covered, han_people, han_title_aliases, known_name,
                                               opening_a_clause_to_event, org_stem, short_name_glossing_an_org,
                                               after_list_opener, opens_with_a_list_opener)

from tests.extract.names_support import context_before, entities, span


def _people(text):
    ctx = context_before(text, han_people)
    han_people(ctx)
    return ctx.people.keys


@pytest.mark.parametrize("place, text, name, end", [
    (after_title, "執行長羅文博今日出席活動。", "罗文博", ANY_END),
    (after_person_noun, "她與前同事梁嘉慧合作。", "梁嘉慧", ANY_END),
    (before_speech_verb, "王志強表示,公司將擴張。", "王志强", ANY_END),
    (before_courtesy_title, "本案陳立群博士主導。", "陈立群", "exact"),
    (before_event_word, "Acme鄭佳慧離職。", "郑佳慧", "exact"),
    (before_time_word_before_event, "前交通部幕僚林美珍昨日起加入公司。", "林美珍", "exact"),
    (after_object_word, "公司聘請羅文博擔任技術長。", "罗文博", CHECKED_END),
    (after_name_mark, "本案由王志強與團隊完成。", "王志强", CHECKED_END),
    (opening_a_clause_to_event, "公司表示。張曉明已於上週離職。", "张晓明", CHECKED_END),
    (after_speech_verb, "集團又指出簡嘉彥將獲委任為執行董事。", "简嘉彦", CHECKED_END),
    (after_announce_verb, "星瀚電同日宣布鄭佳和辭去總經理職務。", "郑佳和", CHECKED_END),
    (after_list_opener, "公司表示,卸任者包括陳美玲及王志強。", "陈美玲", CHECKED_END),
])
def test_each_place_alone_says_where_a_name_starts_and_how_it_must_end(place, text, name, end):
    ctx = context_before(text, han_people)
    s, e = span(ctx, name)
    assert (s, e if end == "exact" else end) in place(ctx)
    assert [p for p in NAME_PLACES if any(i == s for i, _ in p(ctx))] == [place]  # (the only place for it)
    assert _people(text).get(name) is not None


def test_a_place_that_names_no_one_gives_no_start():
    ctx = context_before("公司今年營收成長三成。", han_people)
    assert not any(place(ctx) for place in NAME_PLACES)
    assert _people("公司今年營收成長三成。") == {}


def test_a_name_must_end_where_its_place_says_or_before_what_ends_names():
    ctx = context_before("公司宣布,鄭佳慧明年離職。", han_people)
    s, e = span(ctx, "郑佳慧")
    assert _ends_well(ctx, e, {e}) and not _ends_well(ctx, e, {e - 1})
    assert _ends_well(ctx, e, {CHECKED_END})  # 明年 ends a name
    ctx = context_before("公司宣布,鄭佳慧很好。", han_people)
    assert not _ends_well(ctx, span(ctx, "郑佳慧")[1], {CHECKED_END})


def test_a_written_date_ends_a_name_that_opens_a_clause():
    assert _people("公司表示。李明2024年已離職。") == {"李明": "李明"}


def _refused(refusal, text, word, before=han_people):
    ctx = context_before(text, before)
    return refusal(ctx, HanScan(ctx), *span(ctx, word))


def test_a_name_inside_a_title_or_with_a_latin_letter_is_refused():
    assert _refused(covered, "執行長羅文博今日出席。", "执行长")
    assert _refused(covered, "A羅文博今日出席。", "A罗文")
    assert not _refused(covered, "執行長羅文博今日出席。", "罗文博")
    assert _people("林董事長表示。") == {}  # not 林董事 (董事長 is a title)


def test_a_name_right_after_a_number_is_refused():
    assert _refused(after_a_number, "公司共3名高管離職。", "名高")
    assert not _refused(after_a_number, "公司宣布,鄭佳慧離職。", "郑佳慧")
    assert _people("共有5萬名員工,3萬人離職。") == {}  # not 萬人


def test_a_name_already_registered_is_refused():
    ctx = context_before("公司宣布,鄭佳慧離職。", han_people)
    ctx.people.add("鄭佳慧", None, "郑佳慧")
    assert known_name(ctx, HanScan(ctx), *span(ctx, "郑佳慧"))
    ctx = context_before("羅文博(Wenbo Luo)上月加盟。執行長羅文博今日出席。", han_people)
    han_people(ctx)
    assert list(ctx.people.canon) == ["Wenbo Luo"]  # one person, not a second one named 羅文博


def test_a_known_organisations_name_without_its_organisation_word_is_no_person():
    text = "藥企和嶺生物(Heling Bio)近日宣布,和嶺聘請新任總監。"
    assert _refused(org_stem, text, "和岭", before=han_people)
    assert "和岭" not in _people(text)


def test_what_a_company_is_is_no_person():
    assert _refused(company_word, "公司宣布,車企加盟。", "车企")
    assert _people("公司宣布,車企加盟。") == {}


def _titled(text):
    ctx = context_before(text, han_title_aliases)
    han_title_aliases(ctx)
    return ctx.people.keys


def test_a_family_name_with_a_courtesy_title_stands_for_the_one_person_of_that_name():
    assert _titled("執行長王志成上月離職。王先生上週宣布創業。")["王先生"] == "王志成"


def test_two_people_of_one_family_name_leave_the_courtesy_title_to_neither():
    assert "王先生" not in _titled("執行長王志成與財務長王建民上月離職。王先生上週宣布創業。")


def test_a_family_name_and_a_title_found_as_a_name_of_its_own_is_no_person():
    assert _titled("公司表示,王氏離職。") == {}


def test_a_word_after_a_speech_verb_that_no_name_ends_is_no_name():
    assert "公司" not in _people("集團表示公司將擴張。")


def test_a_joining_character_right_before_an_event_word_ends_the_name_not_a_list():
    assert "洪余和" in _people("由副董事长、总经理洪余和代为履行董事长职责。")
    people = _people("星河集团公告,王明和李华离职。")
    assert "王明" in people and "李华" in people and "王明和" not in people


def test_a_title_and_its_post_word_end_a_name_a_title_alone_does_not():
    assert "辜振宇" in _people("董事會決議解除辜振宇董事長職務。")
    assert _people("他曾任金管會主委、高雄銀董事長。") == {}  # (高雄銀: a bank's short name before its title)


def test_a_trade_or_courtesy_title_after_a_name_ends_it():
    assert "梁启明" in _people("政府委任梁啟明牧師出任諮議會主席。")
    assert "王大明" in _people("公司聘請王大明律師擔任法律顧問。")


def test_a_malaysian_honour_or_a_sports_post_before_a_name_is_a_word_for_a_person():
    assert "李明辉" in _people("澄川控股宣布,拿督斯里李明輝辭去董事經理職務。")
    assert "陈文华" in _people("澄川控股主席丹斯里陳文華表示,公司將擴張。")
    assert "黄美玲" in _people("執行董事拿汀黃美玲亦同日辭職。")
    assert "曾豪驹" in _people("媒體關注,總教練曾豪駒與投手陳冠宇都將離隊。")


def test_family_names_of_the_regional_press_open_names():
    assert "丘光耀" in _people("理事會首席執行官丘光耀今日宣布辭職。")
    assert "冼家豪" in _people("公司執行董事冼家豪今日宣布辭職。")


def test_a_stray_space_inside_a_three_character_name_is_read_across_and_dropped_from_the_name_shown():
    ctx = context_before("公司同時收到董事長王志 強、總經理邢穎的辭職報告。", han_people)
    han_people(ctx)
    assert ctx.people.keys["王志 强"] == "王志強"
    assert "王志" not in ctx.people.keys
    assert "王志" in _people("董事長王志 表示,公司將擴張。")  # (a word after the space: no name of three)


def test_a_name_before_a_list_mark_and_a_name_found_opens_the_list():
    people = _people("政府委任陳培輝出任成員,而何建宗、劉國明及余惠賢的任期則為兩年。")
    assert {"何建宗", "刘国明", "余惠贤"} <= set(people)
    assert "金融业" not in _people("他表示,金融业、房地产均受影响。")


def test_a_second_name_after_a_joining_character_ends_before_one_more_of_a_series():
    assert "袁精华" in _people("两位副总经理刘玮和袁精华又接连辞职。")


def test_an_english_given_name_before_a_chinese_name_opens_it():
    ctx = context_before("星瀚銀行宣布,Peter 陳大文將出任行政總裁。", han_people)
    assert (span(ctx, "陈大文")[0], CHECKED_END) in after_english_given_name(ctx)
    assert "陈大文" in _people("星瀚銀行宣布,Peter 陳大文將出任行政總裁。")
    assert _people("星瀚銀行宣布,Peter 陳大會很好。") == {}  # (what follows must end a name)


def test_a_hong_kong_womans_name_with_her_husbands_family_name_is_four_characters_after_a_title():
    assert "陈方安生" in _people("星瀚集團宣布,董事陳方安生辭任非執行董事。")
    assert "安全评估" not in _people("後者長期負責模型的安全評估,曾在內部提出警告。")
    assert "于周二晚" not in _people("雷軍於週二晚宣布,公司完成融資。")


def test_a_nickname_of_a_post_is_a_word_for_a_person():
    assert "李志豪" in _people("星瀚金控總座李志豪請辭獲准。")  # (總座: the Taiwanese press's general manager)


def test_a_short_name_glossing_an_organisation_is_no_person():
    text = "華通航空(華航)今天召開董事會。華航表示,營運穩健。"
    assert _refused(short_name_glossing_an_org, text, "华航", before=han_people)
    assert "华航" not in _people(text)


@pytest.mark.parametrize("text, name", [
    ("董事會昨日通過,精算長林思源升任副總經理。", "林思源"),       # a post the lexicon does not list, by its last character
    ("林大明接替王志強出任總經理。", "王志强"),                    # the one replaced, after a succession word
    ("其弟弟林思源請辭獲准。", "林思源"),                          # a relative
    ("前星樞大將陳美玲也在同日辭任。", "陈美玲"),                  # the press's word for a trusted lieutenant
])
def test_a_name_where_a_post_a_succession_or_a_word_for_a_person_says_one_goes(text, name):
    assert name in entities(text, "zh-Hant").people.keys  # (as a Traditional article is read: no segmenter)


def test_a_post_by_its_last_character_needs_a_full_name_and_an_event_word_right_after():
    assert "林思" not in entities("董事會昨日通過,精算長林思升任副總經理。", "zh-Hant").people.keys


@pytest.mark.origin("realnews round 8")
def test_a_list_goes_on_past_a_found_name_to_items_that_end_as_items_end():
    people = _people("星澄集團宣布,由創辦人王明、王華和王強三兄弟共同接掌。")
    assert {"王明", "王华", "王强"} <= set(people)  # (王強, not 王強三: 三兄弟 is the group)
    assert set(_people("執行長王明和高層會面後離職。")) == {"王明"}  # (高層會 ends no item)


@pytest.mark.origin("realnews round 8")
def test_a_common_word_is_no_name_in_a_traditional_article_too():
    assert "管理" not in _people("他具備財務與豐富的管理和審計專長。總裁梁家豪表示,公司將擴張。")
    assert "高峻" in _people("執行長高峻表示,公司將擴張。")  # (a rarer word may be a name)
    assert "高校和" not in _people("这家公司由高校和教授共同创办。")  # (not read on through 和 to 教授)
    assert "林志和" in _people("已故前主席林志和博士創立公司。")


@pytest.mark.origin("realnews-dev")
def test_a_reading_that_opens_with_a_word_opening_a_list_is_refused():
    assert _refused(opens_with_a_list_opener, "公司表示,卸任的董事包括林大明及王志強。", "包括林")
    assert not _refused(opens_with_a_list_opener, "公司表示,卸任的董事包括林大明及王志強。", "林大明")
    assert set(_people("公司表示,卸任的董事包括林大明及王志強。")) == {"林大明", "王志强"}


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang, text, name", [
    ("zh-Hans", "星河集团高级副总裁(产品与市场)吴立明出席会议。", "吴立明"),
    ("zh-Hant", "星河集團高級副總裁（企業發展）吳立明出席會議。", "吴立明"),
])
def test_a_name_after_a_title_and_the_field_it_covers_in_brackets(lang, text, name):
    from talentdb.extract.names.han_people import after_title_and_its_field
    ctx = context_before(text, han_people)
    assert (span(ctx, name)[0], ANY_END) in after_title_and_its_field(ctx)
    assert name in entities(text, lang).people.keys


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang, text, names", [
    ("zh-Hans", "新任董事有月光医疗执行董事陈立明(40岁)和星岚集团财务总监胡立(39岁)。", {"陈立明", "胡立"}),
    ("zh-Hant", "新任董事包括陳立明（40歲）及胡立（39歲）。", {"陈立明", "胡立"}),
])
def test_a_name_right_before_an_age_in_brackets(lang, text, names):
    from talentdb.extract.names.han_people import before_an_age
    ctx = context_before(text, han_people)
    for name in names:
        s, e = span(ctx, name)
        assert (s, e) in before_an_age(ctx)
    assert names <= set(entities(text, lang).people.keys)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang, text, name", [
    ("zh-Hant", "新一屆理事會由會長林大明、理事長王建國及監事長陳志輝組成。", "陈志辉"),
    ("zh-Hans", "新一届理事会选出会长林大明、监事长陈志辉。", "陈志辉"),
    ("zh-Hant", "新任成員容永樂表示，將努力服務會員。", "容永乐"),
    ("zh-Hant", "董事冼家明表示，相信委任合理。", "冼家明"),
])
def test_a_supervisory_boards_head_and_the_rarer_family_names(lang, text, name):
    assert name in entities(text, lang).people.keys


@pytest.mark.origin("realnews-dev")
def test_a_name_is_not_cut_before_a_word_the_segmenter_only_guessed():
    # (jieba reads 林子|涵为: 涵为 is no word of its dictionary, so no reason to cut the name to 林子)
    assert "林子涵" in entities("6月3日,锐思科技宣布,任命林子涵为公司首席运营官。").people.keys
