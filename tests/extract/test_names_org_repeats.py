"""The Han repeat finders: han_suffix_orgs (with REPEAT_EVIDENCE), registered_names, head_noun_orgs,
headline_short_name and titled_headline_names."""
import pytest

from talentdb.extract.names.org_repeats import (REPEAT_EVIDENCE, after_new_holder_mark, han_suffix_orgs, head_noun_orgs, headline_short_name,
                                                legal_names,
                                                in_headline, named_twice, names_between_word_and_title,
                                                opening_an_event_clause, opening_before_title, registered_names,
                                                titled_headline_names)

from tests.extract.names_support import context_before, entities, span


def _found_by(finder, text):
    """The organisation keys ``finder`` adds to what the finders before it found."""
    ctx = context_before(text, finder)
    before = set(ctx.orgs.keys)
    finder(ctx)
    return {k: c for k, c in ctx.orgs.keys.items() if k not in before}


@pytest.mark.parametrize("evidence, text", [
    (named_twice, "雲帆科技今年擴張。分析師看好雲帆科技。"),
    (in_headline, "雲帆科技擴張\n公司今年營收成長。"),
    (opening_before_title, "今年,雲帆科技副總裁王立出席論壇。"),
    (opening_an_event_clause, "報導指出,雲帆科技完成5億元B輪融資。"),
])
def test_a_name_before_an_organisation_word_is_an_organisation_on_each_kind_of_evidence_alone(evidence, text):
    ctx = context_before(text, han_suffix_orgs)
    s, e = span(ctx, "云帆科技")
    assert [ev for ev in REPEAT_EVIDENCE if ev(ctx, s, e, ctx.count("云帆科技"))] == [evidence]
    assert _found_by(han_suffix_orgs, text) == {"云帆科技": "雲帆科技"}


def test_a_word_cut_in_two_in_the_headline_is_no_name_there():
    text = "馬紹祥辭任行政總裁 分析指公司減債進程受關注\n集團今日停牌。"
    ctx = context_before(text, han_suffix_orgs)
    s, e = span(ctx, "析指公司")
    assert not in_headline(ctx, s, e, 1)
    assert _found_by(han_suffix_orgs, text) == {}


def test_a_place_opens_a_name_whose_first_character_otherwise_never_does():
    text = "上海商業銀行上月初公布,行政總裁林永德辭任。上海商業銀行未有評論。"
    assert _found_by(han_suffix_orgs, text) == {"上海商业银行": "上海商業銀行"}


def test_a_bare_name_between_an_event_word_and_a_title_used_again_alone_is_an_organisation():
    text = "馬紹祥辭任新世界發展行政總裁\n新世界發展今日中途停牌。"
    assert _found_by(names_between_word_and_title, text) == {"新世界发展": "新世界發展"}


@pytest.mark.parametrize("text", [
    "她升任資深副總經理。公司另一位資深副總經理退休。",   # always before a title: part of the title
    "林佳慧出任共同執行長。共同執行長制度將檢討。",         # a word that stands before titles
    "王立出任到家事業群總裁。到家事業群營收成長。",         # a unit of a company
])
def test_words_before_a_title_that_name_no_company_are_left_alone(text):
    assert _found_by(names_between_word_and_title, text) == {}


def test_a_name_named_once_in_passing_has_no_evidence():
    text = "分析師看好雲帆科技的前景。"
    ctx = context_before(text, han_suffix_orgs)
    s, e = span(ctx, "云帆科技")
    assert not any(evidence(ctx, s, e, 1) for evidence in REPEAT_EVIDENCE)
    assert _found_by(han_suffix_orgs, text) == {}


def test_a_name_always_followed_by_what_the_company_is_is_a_descriptor_judged_once_and_refused():
    text = "公司表示,服務型機器人新創艾博智動今年擴張。服務型機器人新創獲投資。"
    ctx = context_before(text, han_suffix_orgs)
    han_suffix_orgs(ctx)
    assert "服务型机器人" in ctx.judged_orgs and "服务型机器人" not in ctx.orgs.keys


def test_a_registered_name_with_its_place_in_brackets_is_one_organisation_after_the_subsidiary_word():
    assert _found_by(registered_names, "公司設立全資子公司恒岳智藥(上海)有限公司。") == \
        {"恒岳智药(上海)有限公司": "恒岳智藥(上海)有限公司"}


def test_after_what_a_company_is_the_full_name_is_canonical_and_the_short_one_used_again_its_alias():
    ctx = context_before("具身智能公司遠航智造宣布擴張。遠航表示將招聘。", head_noun_orgs)
    head_noun_orgs(ctx)
    assert ctx.orgs.keys["远航"] == "遠航智造" and "远航" in ctx.judged_orgs


def test_a_name_after_what_a_company_is_that_never_opens_a_clause_is_not_taken():
    assert _found_by(head_noun_orgs, "具身智能公司遠航宣布擴張。分析師看好遠航。") == {}


def test_the_short_name_opening_the_headline_and_a_sentence_of_the_story_is_an_organisation():
    assert _found_by(headline_short_name, "晶泰高層異動\n晶泰昨(16)日公告新任總經理。") == {"晶泰": "晶泰"}
    assert _found_by(headline_short_name, "晶泰高層異動\n公司昨日公告新任總經理。") == {}


def test_a_short_name_before_a_title_in_the_headline_and_used_again_is_an_organisation():
    assert _found_by(titled_headline_names, "快訊:晶瀚財務長陳立群請辭\n晶瀚昨日公告人事。") == {"晶瀚": "晶瀚"}
    assert _found_by(titled_headline_names, "快訊:晶瀚財務長陳立群請辭\n公司昨日公告人事。") == {}


def test_a_name_after_what_a_company_is_never_opens_with_a_quote_mark():
    ctx = _found_by(head_noun_orgs, "他宣布成立另一初創企業「星樞共創社」。「星樞共創社」將投資新創。")
    assert not any(k.startswith("「") for k in ctx)


@pytest.mark.origin("probe 2026-12-07")
@pytest.mark.parametrize("text", ["行政院昨日拍板,由銀河光電公司董事長林大明出任星河電信董事長。",
                                  "行政院昨日拍板,由银河光电公司董事长林大明出任星河电信董事长。"])
def test_a_name_after_a_new_holders_mark_before_a_title_is_that_posts_organisation(text):
    ctx = context_before(text, han_suffix_orgs)
    s, e = span(ctx, "银河光电公司")
    assert [ev for ev in REPEAT_EVIDENCE if ev(ctx, s, e, 1)] == [after_new_holder_mark]


@pytest.mark.origin("probe 2026-12-07")
def test_a_name_after_a_founders_mark_before_a_title_has_no_evidence_of_it():
    ctx = context_before("該公司由銀河大學藥學院教授王立與林大明共同創立。", han_suffix_orgs)
    s, e = span(ctx, "银河大学药学院")
    assert not after_new_holder_mark(ctx, s, e, 1)


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text", [
    "星辰公司董事會週一決議,認購星橋經典股份有限公司新股。星橋經典公司將用於擴建廠房。",
    "星辰公司董事会周一决议,认购星桥经典股份有限公司新股。星桥经典公司将用于扩建厂房。"])
def test_a_legal_name_after_the_event_word_opening_its_clause_starts_after_the_word(text):
    # (the same name with its legal form shortened, 星橋經典公司, is no other name for it)
    assert set(_found_by(legal_names, text)) == {"星桥经典股份有限公司"}


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text", ["杭州市政府投资30亿元参与本轮融资。杭州市政府表示看好。",
                                  "杭州市政府投資30億元參與本輪融資。杭州市政府表示看好。"])
def test_an_organisation_word_that_is_an_event_word_before_a_sum_is_the_verb(text):
    assert not any(k.endswith("投资") for k in _found_by(han_suffix_orgs, text))


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, key, canon", [
    ("星聯會董事長懸缺 評議會宣布林佳慧代理\n星聯會今日公布,董事長一職由林佳慧代理。", "星联会", "星聯會"),
    ("瑞穗總經理請辭獲准\n瑞穗昨日公告,總經理林佳慧已請辭。", "瑞穗", "瑞穗"),
    ("瑞穗总经理请辞获准\n瑞穗昨日公告,总经理林佳慧因个人原因请辞。", "瑞穗", "瑞穗"),
])
def test_a_headline_name_ends_before_a_title_that_follows_it_not_inside_it(text, key, canon):
    # (straits-exchange-acting-chair-cna, taisugar-gm-wang-resigns-cna: "X會董" cut inside 董事長, "X總經" inside 總經理)
    assert _found_by(headline_short_name, text) == {key: canon}


def _after_head_noun(text):
    ctx = context_before(text, head_noun_orgs)
    head_noun_orgs(ctx)
    return set(ctx.orgs.keys)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, name", [
    ("報告指,自動駕駛研發公司星瀾智行則於二○一八年成立。", "星澜智行"),
    ("医疗科技公司月岚生技于2019年成立,专注基因检测。", "月岚生技"),
    ("人工智能公司星迪智驾获投1亿元。", "星迪智驾"),
])
def test_a_name_used_once_after_what_a_company_is_when_the_word_that_founds_or_funds_it_follows(text, name):
    assert name in _after_head_noun(text)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "新創平台正式成立於2019年。",          # (a common word before the verb: 正式 "formally")
    "这家公司于2019年成立,专注基因检测。",  # (nothing between what it is and the verb)
])
def test_no_name_is_read_from_a_common_word_before_the_founding_word(text):
    assert _after_head_noun(text) == set()


@pytest.mark.origin("realnews-dev")
def test_a_clause_after_a_reference_to_the_company_is_no_name_before_its_founding_word():
    assert not any("林大明" in k for k in _after_head_noun("這家公司由林大明參與創立。"))


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, name", [
    ("投審會通過星河電子以新台幣14億元轉增資月嶺置業公司，以供經營不動產業務。", "月岭置业公司"),
    ("星河基金再加碼15億元投資月嶺科技。", "月岭科技"),
    ("星河基金本月再增资月岭科技,金额未披露。", "月岭科技"),
])
def test_the_object_of_a_word_that_funds_is_the_company_funded(text, name):
    from talentdb.extract.names.org_repeats import object_of_a_funding_word
    ctx = context_before(text, han_suffix_orgs)
    s, e = span(ctx, name)
    assert object_of_a_funding_word(ctx, s, e, 1)
    assert name in context_before(text, registered_names).orgs.keys


@pytest.mark.origin("realnews-dev")
def test_a_stake_after_a_word_that_funds_is_no_evidence_of_the_name():
    from talentdb.extract.names.org_repeats import object_of_a_funding_word
    ctx = context_before("星河基金投資月嶺科技股權。", han_suffix_orgs)
    s, e = span(ctx, "月岭科技")
    assert not object_of_a_funding_word(ctx, s, e, 1)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, org", [
    ("新澄医疗公告,董事长柯振邦因个人原因请辞。", "新澄医疗"),
    ("新城證券昨日宣布,馮子健加盟出任投資總監。", "新城證券"),
    ("星瀾醫藥完成F輪融資 新增資本7,000萬美元", None),   # 新增 "add": a word, no name
    ("新任星河科技總經理林佳慧表示。", None),            # 新任: an event word
])
def test_a_name_opening_with_xin_is_read_whole(text, org):
    orgs = {m.key for m in entities(text).org_mentions}
    if org is None:
        assert not any(o.startswith("新") for o in orgs)
    else:
        assert org in orgs


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, org", [
    ("跃动科技完成3000万元天使轮融资,投资方为星辰资本。", "星辰资本"),
    ("躍動科技完成3000萬元天使輪融資,投資方為星辰資本。", "星辰資本"),
    ("10月14日,宋嘉怡离开云帆资本,加入星火基金担任合伙人。", "云帆资本"),
    ("宋嘉怡離開星河科技,加入月光科技。", "星河科技"),
])
def test_a_name_used_once_after_an_investor_label_or_a_leaving_word_is_an_org(text, org):
    assert org in {m.key for m in entities(text).org_mentions}
