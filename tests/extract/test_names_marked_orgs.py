"""marked_orgs: names that their context marks as an organisation's, one test per way in MARKS."""
import pytest

from talentdb.extract.names.marked_orgs import (MARKS, _head_ends, full_name_before_short_name_note,
                                                han_name_after_head_noun, han_name_before_stock_code,
                                                latin_name_after_head_noun, latin_name_before_appositive,
                                                latin_name_apposed_to_head_noun, latin_name_before_which_founded,
                                                marked_orgs,
                                                name_after_stock_name_label, quoted_name)

from tests.extract.names_support import context_before


def _found_by(mark, text):
    """The organisation keys ``mark`` alone adds to what the finders before marked_orgs found."""
    ctx = context_before(text, marked_orgs)
    before = set(ctx.orgs.keys)
    mark(ctx, _head_ends(ctx))
    return {k: c for k, c in ctx.orgs.keys.items() if k not in before}


def test_a_latin_name_right_after_what_a_company_is_names_it_in_english_and_in_chinese():
    assert _found_by(latin_name_after_head_noun, "The chip startup Tessera Compute raised money.") == \
        {"Tessera Compute": "Tessera Compute"}
    assert _found_by(latin_name_after_head_noun, "跨境電商子公司ShopLoop宣布裁員。") == {"ShopLoop": "ShopLoop"}


def test_the_short_form_of_a_longer_capitalised_name_is_left_for_later():
    assert _found_by(latin_name_after_head_noun, "The maker Gripwell said it grew.") == {"Gripwell": "Gripwell"}
    assert _found_by(latin_name_after_head_noun, "The maker Gripwell said Gripwell Robotics will grow.") == {}


def test_a_name_before_an_appositive_saying_what_a_company_is_is_an_organisation_but_not_a_founder():
    assert _found_by(latin_name_before_appositive, "Ledgerleaf, a carbon-accounting startup, said it grew.") == \
        {"Ledgerleaf": "Ledgerleaf"}
    assert _found_by(latin_name_before_appositive, "Nadia Hassan, a startup founder, said it grew.") == {}
    assert _found_by(latin_name_before_appositive, "Brightmesh (a Denver-based payments company) secures $8 million.") \
        == {"Brightmesh": "Brightmesh"}


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "Lorin Dade, a founder of the group and chairman since 2016, was named executive chairman.",
    "Mara Quist, a director at the company, has been named chief executive.",
    "Pim Acker, a partner with the firm, was appointed managing partner.",
])
def test_a_title_then_a_preposition_in_the_appositive_is_a_post_at_a_company_not_what_the_name_is(text):
    assert _found_by(latin_name_before_appositive, text) == {}


def test_a_name_before_an_appositive_saying_it_is_a_part_of_a_company_is_an_organisation():
    assert _found_by(latin_name_before_appositive, "Orbis invested in Harrowgate Nordic, its Scandinavian arm, "
                                                   "last year.") == {"Harrowgate Nordic": "Harrowgate Nordic"}
    assert _found_by(latin_name_before_appositive, "KKR bought into Telvo Fibre, the group's fibre unit.") == \
        {"Telvo Fibre": "Telvo Fibre"}


def test_a_name_after_what_a_company_is_and_a_naming_word_is_an_organisation():
    assert _found_by(latin_name_after_head_noun, "They work on a stealth company called Plinkett.") == \
        {"Plinkett": "Plinkett"}


def test_a_name_set_off_by_commas_after_what_a_company_is_is_an_organisation():
    assert _found_by(latin_name_apposed_to_head_noun, "The startup, Parvane, raised $4 million.") == \
        {"Parvane": "Parvane"}
    assert _found_by(latin_name_apposed_to_head_noun, "The company, which makes robots, grew.") == {}


def test_a_name_before_a_which_clause_telling_its_founding_is_an_organisation_but_not_a_place():
    assert _found_by(latin_name_before_which_founded, "Lumevo, which was founded in 2019, raised money.") == \
        {"Lumevo": "Lumevo"}
    assert _found_by(latin_name_before_which_founded, "She moved to Boston, which was founded in 1630.") == {}


def test_a_han_name_ending_in_an_organisation_word_right_after_what_it_is_is_an_organisation():
    assert _found_by(han_name_after_head_noun, "新加坡投資機構星暉資本合共注資。") == {"星晖资本": "星暉資本"}


def test_organisation_words_in_a_row_all_end_the_name_after_what_it_is():
    assert _found_by(han_name_after_head_noun, "機器人研發商深庭紀智能科技完成融資。") == {"深庭纪智能科技": "深庭紀智能科技"}


def test_a_verb_and_a_former_mark_after_what_a_company_is_are_no_name():
    assert _found_by(han_name_after_head_noun, "公司宣布原智能駕駛總監離職。") == {}


def test_a_quoted_name_glossed_in_latin_after_a_founding_word_takes_the_latin_name():
    assert _found_by(quoted_name, "她聯合創辦AI社交應用「微光」(Lumo)。") == {"微光": "Lumo", "Lumo": "Lumo"}


def test_a_quoted_name_listed_after_a_quoted_name_taken_is_one_too():
    assert _found_by(quoted_name, "投資新創企業「晶耀」、「新川」。") == {"晶耀": "晶耀", "新川": "新川"}


def test_a_quoted_name_keeps_the_spelling_the_article_writes():
    assert _found_by(quoted_name, "全資子公司「晶耀車電」已完成設立登記。") == {"晶耀车电": "晶耀車電"}


def test_a_quoted_phrase_nowhere_near_a_founding_word_or_a_company_is_no_name():
    assert _found_by(quoted_name, "她聯合創辦了「微光」。") == {"微光": "微光"}
    assert _found_by(quoted_name, "他說「微光」很好。") == {}


@pytest.mark.parametrize("text, found", [
    ("聯電（2303）今(25)日舉行董事會。", {"联电": "聯電"}),
    ("她上月出任宏聯(0399)主席。", {"宏联": "宏聯"}),
    ("宏達星 (3456-TW) 執行長宣布。", {"宏达星": "宏達星"}),
])
def test_a_han_name_right_before_a_stock_code_is_a_listed_company(text, found):
    assert _found_by(han_name_before_stock_code, text) == found


def test_a_long_run_before_a_stock_code_gives_the_short_name_the_article_uses_again():
    text = "晶圓代工廠啟芯（6712）今日舉行董事會。啟芯表示將擴產。"
    assert _found_by(han_name_before_stock_code, text) == {"启芯": "啟芯"}
    assert _found_by(han_name_before_stock_code, "晶圓代工大廠甲乙丙丁戊己（6712）今日舉行董事會。") == {}


def test_a_name_before_a_stock_code_may_end_in_a_word_that_ends_a_persons_name():
    # (所 ends a person's name, "…所說", not a company's: 港交所 is the whole name)
    assert _found_by(han_name_before_stock_code, "林佳慧上月出任港交所(0388)主席。") == {"港交所": "港交所"}


def test_on_a_name_two_ways_find_the_first_in_marks_gives_the_canonical_form():
    text = "投資機構星暉資本「星暉資本」(Starglow)獲投資。"
    assert _found_by(han_name_after_head_noun, text)["星晖资本"] == "星暉資本"
    assert _found_by(quoted_name, text)["星晖资本"] == "Starglow"
    assert MARKS.index(han_name_after_head_noun) < MARKS.index(quoted_name)
    ctx = context_before(text, marked_orgs)
    marked_orgs(ctx)
    assert ctx.orgs.keys["星晖资本"] == "星暉資本"


@pytest.mark.parametrize("text, key", [
    ("The chip startup Tessera Compute raised money.", "Tessera Compute"),
    ("Ledgerleaf, a carbon-accounting startup, said it grew.", "Ledgerleaf"),
    ("新加坡投資機構星暉資本合共注資。", "星晖资本"),
    ("她聯合創辦AI社交應用「微光」(Lumo)。", "微光"),
    ("聯電（2303）今日舉行董事會。", "联电"),
])
def test_the_finder_runs_every_way(text, key):
    ctx = context_before(text, marked_orgs)
    assert key not in ctx.orgs.keys
    marked_orgs(ctx)
    assert key in ctx.orgs.keys


def test_a_six_digit_mainland_stock_code_marks_the_name_before_it():
    assert _found_by(han_name_before_stock_code, "澜石能源(601999.SH)5月14日晚间公告。") == {"澜石能源": "澜石能源"}


def test_the_full_name_before_a_filings_short_name_note_is_a_company_however_long():
    text = "澜湾环境科技集团股份有限公司(以下简称“公司”)董事会收到辞职报告。"
    assert _found_by(full_name_before_short_name_note, text) == {"澜湾环境科技集团股份有限公司": "澜湾环境科技集团股份有限公司"}
    # the short name, when it is a name, is its alias; a descriptor before the name is no part of it
    text = "创新药企业岚岳生物医药股份有限公司(以下简称“岚岳生物”)今日宣布。"
    assert _found_by(full_name_before_short_name_note, text) == {"岚岳生物医药股份有限公司": "岚岳生物医药股份有限公司",
                                                                 "岚岳生物": "岚岳生物医药股份有限公司"}
    # a place in brackets inside the name; an organisation word alone is no name
    assert "岚岳智药(上海)有限公司" in _found_by(full_name_before_short_name_note, "其子公司岚岳智药(上海)有限公司(以下简称“岚岳智药”)成立。")
    assert _found_by(full_name_before_short_name_note, "股份有限公司(以下简称“公司”)成立。") == {}


def test_a_filings_stock_name_label_gives_a_listed_companys_short_name():
    assert _found_by(name_after_stock_name_label, "证券代码:603917 证券简称:澜湾环境 公告编号:临2025-031") == \
        {"澜湾环境": "澜湾环境"}


def test_a_government_body_before_the_title_of_its_head_and_a_name_is_an_organisation():
    from talentdb.extract.names.marked_orgs import body_before_its_head_title
    from talentdb.extract.entities import FINDERS
    after = FINDERS[FINDERS.index(body_before_its_head_title) + 1]

    def found(text):
        ctx = context_before(text, after)
        return set(ctx.orgs.keys)
    assert "国营司" in found("經濟部指派國營司副司長劉起孝暫代董事長一職。")
    assert "民航西南局" in found("民航西南局副局长王建国出任蓝天航空公司董事长。")
    assert not any(k.endswith("司") for k in found("財政司司長法團已委任歐陽伯權為主席。"))  # (no name after it)
    # Hong Kong's bureaux: 及 inside the name; after an event word the title needs no name after it
    assert {"商务及经济发展局", "政制及内地事务局"} <= found(
        "現任商務及經濟發展局常任秘書長黃少華明日起出任政制及內地事務局常任秘書長。")


def test_a_name_in_title_marks_right_before_a_title_is_an_organisation_but_not_a_document():
    from talentdb.extract.names.marked_orgs import book_quoted_name_before_a_title
    assert _found_by(book_quoted_name_before_a_title, "前《星光新聞》傳播群副總經理林佳慧出任《晨報》社長。") == \
        {"星光新闻": "星光新聞", "晨报": "晨報"}
    assert _found_by(book_quoted_name_before_a_title, "依《公司章程》《總經理工作細則》履行職責。") == {}


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, found", [
    # (norinco-intl-chairman-resigns-stockstar: a dateline, 丨, then the name and its code)
    ("财经社5月21日丨星河电子(000123.SZ)公布,董事长辞职。", {"星河电子": "星河电子"}),
    ("財經社5月21日丨星河電子(000123.SZ)公布,董事長辭職。", {"星河电子": "星河電子"}),
])
def test_a_dateline_separator_is_no_part_of_the_name_before_a_stock_code(text, found):
    assert _found_by(han_name_before_stock_code, text) == found


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, full, short", [
    # the place the registered name opens with stays in it when the short name leaves it out
    ("星河基金4月28日向苏州星澜动力科技有限公司(以下简称“星澜动力”)投资5000万元。", "苏州星澜动力科技有限公司", "星澜动力"),
    ("星河基金本月向台北星瀾動力科技有限公司（以下簡稱「星瀾動力」）投資。", "台北星澜动力科技有限公司", "星澜动力"),
    # the lead-in before it (向旗下控股子公司) is no part of it when the short name is not inside it
    ("月桥创投决定向旗下控股子公司江西岭南恒安制药有限公司(以下简称“江西恒安”)增资1亿元。", "江西岭南恒安制药有限公司", "江西恒安"),
    ("月橋創投決定向旗下控股子公司江西嶺南恆安製藥有限公司（以下簡稱「江西恆安」）增資。", "江西岭南恒安制药有限公司", "江西恒安"),
])
def test_a_full_name_before_a_short_name_note_keeps_its_place_and_drops_its_lead_in(text, full, short):
    found = _found_by(full_name_before_short_name_note, text)
    assert found.get(full) is not None and found.get(short) == found[full]
