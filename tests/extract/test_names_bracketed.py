"""bracketed_names: a Han name glossed in Latin, "莉娜·奧斯卓娃(Lena Ostrova)" (a person) or "澄星實驗室(Clearstar Labs)"
(an organisation); which signs make a gloss an organisation's, and where its Han name starts."""
import pytest

from talentdb.extract.names.bracketed import (ORG_GLOSS_SIGNS, _glosses, after_event_word, after_former_mark,
                                              after_function_word, after_last_generic_word, bracketed_names,
                                              han_generic_end, han_org_suffix, head_noun_inside,
                                              capitals_gloss_a_long_run, known_org_ends_the_run, latin_org_name,
                                              one_latin_word,
                                              org_context_before, titles_of_a_name_after)

from tests.extract.names_support import context_before


def _gloss(text):
    ctx = context_before(text, bracketed_names)
    return ctx, next(_glosses(ctx.folded))


def test_a_person_glossed_in_latin_is_one_person_with_both_names_and_the_han_family_name():
    ctx = context_before("公司聘請莉娜·奧斯卓娃(Lena Ostrova)出任技術長。", bracketed_names)
    bracketed_names(ctx)
    assert ctx.people.canon["Lena Ostrova"] == {"莉娜·奧斯卓娃", "奧斯卓娃"}
    assert ctx.people.keys["Ostrova"] == "Lena Ostrova" and not ctx.orgs.keys
    assert [(ctx.text[m.start:m.end], m.kind) for m in ctx.fixed] == [("莉娜·奧斯卓娃(Lena Ostrova)", "person")]


def test_a_courtesy_title_on_either_side_is_no_part_of_the_name():
    ctx = context_before("羅文博博士(Dr. Wenbo Luo)表示將留任。", bracketed_names)
    bracketed_names(ctx)
    assert ctx.people.canon == {"Wenbo Luo": {"羅文博"}}


def test_a_tail_of_a_han_name_the_article_uses_alone_is_an_alias():
    ctx = context_before("馬克漢威爾(Mark Hanwell)上月離職。漢威爾表示將休息一段時間。", bracketed_names)
    bracketed_names(ctx)
    assert ctx.people.keys["汉威尔"] == "Mark Hanwell"


def test_an_organisation_glossed_in_latin_keeps_the_latin_name_and_its_han_name_as_alias():
    ctx = context_before("她加入澄星實驗室(Clearstar Labs)。", bracketed_names)
    bracketed_names(ctx)
    assert ctx.orgs.canon == {"Clearstar Labs": {"澄星實驗室"}} and not ctx.people.canon


def test_no_sign_marks_a_persons_gloss_as_an_organisation():
    ctx, g = _gloss("董事會聘請林安琪(Angela Lin)。")
    assert not any(sign(ctx, g) for sign in ORG_GLOSS_SIGNS)


@pytest.mark.parametrize("sign, text, latin, canon", [
    (latin_org_name, "澄星(Clearstar Labs)宣布擴張。", "Clearstar Labs", "Clearstar Labs"),
    (han_org_suffix, "匯泓銀行(We Hong)宣布擴張。", "We Hong", "We Hong"),
    (known_org_ends_the_run, "她曾任職於谷歌(Gugo Brain)。", "Gugo Brain", "Google"),
    (one_latin_word, "星樞(Astra)宣布。", "Astra", "Astra"),
    (org_context_before, "她加盟安泰(Antai Life)。", "Antai Life", "Antai Life"),
    (head_noun_inside, "手遊開發商星宇互娛(Nova Playworks)宣布。", "Nova Playworks", "Nova Playworks"),
    (han_generic_end, "星樞人工智慧(Astra Minds)宣布。", "Astra Minds", "Astra Minds"),
])
def test_each_sign_alone_makes_a_gloss_an_organisations(sign, text, latin, canon):
    ctx, g = _gloss(text)
    assert [s for s in ORG_GLOSS_SIGNS if s(ctx, g)] == [sign]
    bracketed_names(ctx)
    assert ctx.orgs.keys[latin] == canon and latin not in ctx.people.keys


@pytest.mark.parametrize("step, text, name", [
    (after_last_generic_word, "專注於教育的人工智慧新創公司澄星實驗室(Clearstar Labs)宣布。", "澄星實驗室"),
    (after_event_word, "她加盟安泰人壽(Antai Life)。", "安泰人壽"),
    (after_function_word, "藥企和嶺生物(Heling Bio)宣布。", "和嶺生物"),  # 和 right after 藥企 begins the name
    (after_function_word, "投資方為澄星生物(Clearstar Bio)。", "澄星生物"),
    (after_former_mark, "匯泓銀行委任前恒邦(Hengbang)主管。", "恒邦"),
])
def test_each_step_moves_the_start_of_an_organisations_han_name_past_what_is_not_its_name(step, text, name):
    ctx, g = _gloss(text)
    assert ctx.text[step(ctx, g, g.hs):g.he] == name
    bracketed_names(ctx)
    assert [ctx.text[m.start:m.end].split("(")[0] for m in ctx.fixed] == [name]


def test_a_chinese_name_after_a_title_glossed_with_one_english_given_name_is_a_person_not_an_organisation():
    from talentdb.extract.names.bracketed import bracketed_names
    from tests.extract.names_support import context_before
    ctx = context_before("滙豐香港區總裁馮婉眉(Anita)將會退任恒生非執行董事一職。", bracketed_names)
    bracketed_names(ctx)
    assert ctx.people.keys == {"冯婉眉": "馮婉眉"} and "Anita" not in ctx.orgs.canon
    ctx = context_before("他曾任諾華(Novartis)研發主管。", bracketed_names)
    bracketed_names(ctx)
    assert not ctx.people.keys


def test_a_gloss_followed_by_titles_and_a_name_is_an_organisation():
    ctx, g = _gloss("董事長將由晨光機器人(Dawnlight Robotics)共同創辦人、副董事長林佳慧出任。")
    assert titles_of_a_name_after(ctx, g)
    ctx, g = _gloss("張大明(David Chang)董事長表示,營運穩健。")
    assert not titles_of_a_name_after(ctx, g)


@pytest.mark.origin("realnews")
def test_a_gloss_with_its_short_form_after_a_comma_is_still_a_gloss():
    ctx, g = _gloss("星河投資者網絡(Galaxy Investors Network, GIN)上月初正式成立。")
    assert g.latin == "Galaxy Investors Network" and g.han_run == "星河投资者网络"  # (folded)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", ["星海參與了星動經由特殊目的收購公司(SPAC)掛牌的私募增資(PIPE)。",
                                  "星海参与了星动经由特殊目的收购公司(SPAC)挂牌的私募增资(PIPE)。"])
def test_a_kind_of_deal_glossed_in_brackets_is_no_organisation(text):
    ctx = context_before(text, bracketed_names)
    bracketed_names(ctx)
    assert not {"SPAC", "PIPE"} & set(ctx.orgs.keys)


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, org", [
    ("藍鯨咖啡(BLUEWHALE COFFEE)昨天對外宣布。", True),
    ("蓝鲸咖啡（BLUEWHALE COFFEE）今天对外宣布。", True),
    ("董事會聘請林安琪(ANGELA LIN)出任總經理。", False),       # a three-character Han name is a person's
    ("董事會聘請歐陽安琪(ANGELA OUYANG)出任總經理。", False),  # a compound surname
    ("董事會聘請陳林安琪(ANGELA LIN)出任總經理。", False),     # a married woman's two surnames
    ("藍鯨咖啡(Bluewhale Coffee Roasters)宣布。", False),     # not in capitals: other signs decide
])
def test_a_gloss_in_capitals_of_four_or_more_han_characters_is_a_brand(text, org):
    ctx, g = _gloss(text)
    assert capitals_gloss_a_long_run(ctx, g) is org
