"""Founding: the new company and every founder, where the founders came from, joint ventures and
subsidiaries set up; what is no founding (an office, a new unit elsewhere, a venture fund's name).

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from tests.extracting import ev, run
from tests.extract.small_articles import HANS, EN, read


@pytest.mark.origin("rules")
def test_simplified_founding_names_each_founder():
    r = read(HANS)
    founders = {e.person for e in ev(r, "founding") if e.org == "深空科技"}
    assert founders == {"刘振东", "赵敏"}
    assert all(e.date == "2023-01-01" for e in ev(r, "founding"))


@pytest.mark.origin("rules")
def test_english_chief_scientist_leaves_to_found_a_startup_that_raises_money():
    r = read(EN, lang="en")
    (d,) = ev(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("Jane Doe", "Meta", "Chief Scientist", "2024-03-01")
    (fo,) = ev(r, "founding")
    assert (fo.person, fo.org) == ("Jane Doe", "Orbital Labs")
    (fu,) = ev(r, "funding")
    assert (fu.org, fu.amount, fu.currency) == ("Orbital Labs", 1.2e8, "USD")
    assert fu.counterparty == "Sequoia Capital, Nvidia"
    assert fu.date == "2024-12-02"


@pytest.mark.origin("generality")
def test_a_founder_with_former_colleagues_is_attached_to_the_new_startup():
    r = run("創業\n前Google研究員魏子豪與兩名前同事共同創辦了新創公司星衍智能(Stellar Minds)。", lang="zh-Hant")
    f = ev(r, "founding")
    assert [(e.person, e.org) for e in f] == [("魏子豪", "Stellar Minds")]


@pytest.mark.origin("generality")
def test_incorporated_later_dates_the_founding_without_a_second_founderless_row():
    r = run("Startup\nFormer Stripe engineer Lena Marsh started a company called Quorra, backed by Naval Ravikant. "
            "Quorra was incorporated in October.", published=date(2025, 6, 13), lang="en")
    f = ev(r, "founding")
    assert [(e.person, e.org) for e in f] == [("Lena Marsh", "Quorra")]
    assert f[0].date == "2024-10-01"


@pytest.mark.origin("generality")
def test_a_registration_date_later_in_the_sentence_dates_the_founding():
    r = run("創業\n工商資料顯示,前鴻海工程師魏國豪與友人共同創辦了新創公司光譜動力,新公司已於上月底完成註冊。",
            published=date(2025, 6, 13), lang="zh-Hant")
    f = ev(r, "founding")
    assert f and f[0].org == "光譜動力" and f[0].date is not None and f[0].date.startswith("2025-05")


@pytest.mark.origin("generality")
def test_a_founder_from_a_former_employer_records_where_they_came_from():
    r = run("创业\n前华为工程师梁博与两位前同事创办了初创公司深度视界。", published=date(2025, 6, 13), lang="zh-Hans")
    f = ev(r, "founding")
    assert [(e.person, e.org, e.counterparty) for e in f] == [("梁博", "深度视界", "Huawei")]


@pytest.mark.origin("generality")
def test_a_newly_formed_unit_at_the_destination_is_not_a_founding():
    r = run("人事\n原小米首席架构师王磊转投谷歌新成立的量子计算实验室。", lang="zh-Hans")
    assert not ev(r, "founding")
    assert ev(r, "departure", "王磊")[0].counterparty == "Google"


@pytest.mark.origin("generality")
def test_a_company_introduced_by_名為_is_founded():
    r = run("AI\n前字节跳动工程师罗毅离职后创办了一家名为深空引擎的公司。", lang="zh-Hans")
    assert [(e.person, e.org) for e in ev(r, "founding")] == [("罗毅", "深空引擎")]


@pytest.mark.origin("generality")
def test_an_unknown_latin_company_before_由_or_a_passive_is_founded_by_the_agents():
    r = run("金融科技\nBitVault由蕭子朗與陳嘉欣於2019年共同創立。", lang="zh-Hant")
    assert sorted(e.person for e in ev(r, "founding", org="BitVault")) == ["蕭子朗", "陳嘉欣"]
    r = run("x\nQuorra was founded by Lena Marsh and Ian Holt in 2023.", lang="en")
    assert sorted(e.person for e in ev(r, "founding", org="Quorra")) == ["Ian Holt", "Lena Marsh"]


@pytest.mark.origin("generality")
def test_a_cofounder_named_after_a_colleague_word_is_a_founder_too():
    r = run("金融科技\n曾任職高盛的區塊鏈專家蕭志明,2022年與前同事梁嘉慧共同創立ChainBridge。", lang="zh-Hant")
    assert sorted(e.person for e in ev(r, "founding", org="ChainBridge")) == ["梁嘉慧", "蕭志明"]


@pytest.mark.origin("heldout3")
def test_a_company_founded_by_in_apposition_with_a_descriptor_prefix():
    r = run("Rivals are circling. Oslo-based Brindlewave, founded last year by former Google engineers Ana Ruiz "
            "and Femi Adeyemi, said this month that it had raised $9 million.", published=date(2026, 10, 2), lang="en")
    fs = ev(r, "founding")
    assert {e.person for e in fs} == {"Ana Ruiz", "Femi Adeyemi"}
    assert all(e.org == "Brindlewave" and e.counterparty == "Google" for e in fs)
    assert not [p for p in r.entities if p.kind == "person" and "based" in p.name]


@pytest.mark.origin("heldout3")
def test_a_subsidiary_with_its_place_in_brackets_is_founded():
    r = run("澄川生物今日宣布,其全资子公司澄川智药(上海)有限公司已于8月25日在上海正式成立。",
            published=date(2026, 8, 27), lang="zh-Hans")
    f = ev(r, "founding")
    assert f and f[0].org == "澄川智药(上海)有限公司" and f[0].date == "2026-08-25"
    r = run("澄川銀行亦拓展澳門市場。其全資附屬公司澄川(澳門)數字金融有限公司已於8月獲批准並正式成立。",
            published=date(2026, 9, 9), lang="zh-Hant")
    f = ev(r, "founding")
    assert f and f[0].org == "澄川(澳門)數字金融有限公司"
    r = run("澄川生物宣布设立全资子公司澄川智药(上海)有限公司。", lang="zh-Hans")
    assert ev(r, "founding")[0].org == "澄川智药(上海)有限公司"


@pytest.mark.origin("heldout3")
def test_opening_an_office_is_not_a_founding():
    r = run("澄川科技宣布設立蘇黎世辦公室,由葛文濤負責。", lang="zh-Hant")
    assert not ev(r, "founding")


@pytest.mark.origin("heldout4")
def test_founders_listed_with_appositives_are_all_founders_with_their_origins():
    r = run("Corvane Bio launches\nCorvane Bio was co-founded in March 2024 by Lena Brandt, a chemist who previously ran "
            "discovery at Pfizer, Tomas Ruiz, a former head of data at Novartis, and Ada Quinn, an engineer who spent "
            "five years at Google.", lang="en")
    got = {(e.person, e.counterparty) for e in ev(r, "founding") if e.org == "Corvane Bio"}
    assert got == {("Lena Brandt", "Pfizer"), ("Tomas Ruiz", "Novartis"), ("Ada Quinn", "Google")}


@pytest.mark.origin("heldout4")
def test_a_founder_who_left_in_the_same_sentence_came_from_there():
    r = run("Lab news\nOn Monday, Mia Torres, a researcher at OpenAI, said she had left OpenAI to start Vireo Labs.",
            lang="en")
    f = ev(r, "founding", "Mia Torres")
    assert f and f[0].org == "Vireo Labs" and f[0].counterparty == "OpenAI"


@pytest.mark.origin("heldout4")
def test_co_founded_the_company_is_the_company_just_founded_not_the_one_left():
    r = run("Lab news\nMia Torres left OpenAI on Monday to start Vireo Labs. Torres co-founded the company with Ivo Berg, "
            "a former Anthropic engineer.", lang="en")
    assert {e.org for e in ev(r, "founding")} == {"Vireo Labs"}
    assert ev(r, "founding", "Ivo Berg")[0].counterparty == "Anthropic"


@pytest.mark.origin("heldout4")
def test_a_founder_said_later_to_have_held_a_post_elsewhere_came_from_there():
    r = run("星澜机器人融资\n星澜机器人成立于2023年5月,由周明和孙浩共同创立。创始人兼CEO周明曾任百度(Baidu)研发总监。", lang="zh-Hans")
    f = ev(r, "founding", "周明")
    assert f and f[0].counterparty == "Baidu"


@pytest.mark.origin("heldout5")
def test_a_quoted_name_after_a_founding_word_is_the_new_company_and_gets_its_round():
    r = run("锐影前高管创业\n本月初,锐影前产品副总裁邓若溪与前同事林川联合创办AI写作应用“墨迹”(Inkwell),并获得500万美元天使轮融资。",
            published=date(2025, 5, 20), lang="zh-Hans")
    f = ev(r, "founding")
    assert f and {e.org for e in f} == {"Inkwell"}
    assert ev(r, "funding", org="Inkwell")


@pytest.mark.origin("heldout5")
def test_the_new_company_named_in_apposition_and_a_cofounder_after_with():
    r = run("Dunmore Games\nLena Roy, 39, co-founded the new company, Quillhaven Studios, earlier this month with Theo "
            "Marsh, a longtime Dunmore producer who left the studio in January.",
            published=date(2025, 5, 20), lang="en")
    f = ev(r, "founding")
    assert {e.org for e in f} == {"Quillhaven Studios"} and {e.person for e in f} == {"Lena Roy", "Theo Marsh"}
    d = ev(r, "departure", "Theo Marsh")
    assert d and d[0].role == "Producer"


@pytest.mark.origin("heldout5")
def test_a_name_before_an_appositive_startup_is_what_was_launched_the_following_year():
    r = run("Varro Bank\nMika Berg left Varro's management board in 2021 and now runs Carbonly, a carbon-accounting "
            "startup he launched the following year.", published=date(2024, 12, 4), lang="en")
    f = ev(r, "founding", "Mika Berg")
    assert f and f[0].org == "Carbonly" and f[0].date == "2022-01-01"
    d = ev(r, "departure", "Mika Berg")
    assert d and "board" in (d[0].role_raw or "").lower()


@pytest.mark.origin("round11")
def test_a_venture_fund_named_for_startups_is_no_founding():
    r = run("雲杉金融\n雲杉金融上月完成2億港元A輪融資,由數碼港投資創業基金跟投。", published=date(2025, 5, 2),
            lang="zh-Hant")
    assert not ev(r, "founding")
    assert ev(r, "funding")


@pytest.mark.origin("round11")
def test_forming_a_joint_venture_is_a_founding_and_how_long_since_founding_is_none():
    r = run("翠島電訊\n翠島電訊上月與中國移動香港合組合營公司「灣區雲聯」。", published=date(2025, 5, 2), lang="zh-Hant")
    assert ev(r, "founding")
    r = run("驭光汽车\n2021年,邵振宇与司马骏共同创立驭光汽车。成立不到四年,驭光已推出两款车型。",
            published=date(2025, 5, 2), lang="zh-Hans")
    assert {e.org for e in ev(r, "founding")} == {"驭光汽车"}


def test_a_length_of_time_after_the_founding_word_is_no_company():
    assert ev(run("鹿川机器人成立一年,已有三家机构入股。"), "founding") == []
    assert ev(run("鹿川机器人成立两个多月。"), "founding") == []


def test_a_founding_told_in_the_clause_after_the_company_named_is_its_founding():
    r = run("全資子公司「晶耀車電」，已於本月初完成設立登記。")
    assert [(e.org, e.person) for e in ev(r, "founding")] == [("晶耀車電", None)]


def test_a_han_company_named_after_a_naming_word_is_the_one_founded_not_a_word_of_its_description():
    r = run("星河集团进入智能电动汽车领域,组建一家名为晨曦汽车的新电动汽车制造公司。")
    assert [e.org for e in ev(r, "founding")] == ["晨曦汽车"]  # (not 电动汽车, a word of the description)
    r = run("星河集團宣布成立一家名為晨曦智能的人工智慧公司。")
    assert [e.org for e in ev(r, "founding")] == ["晨曦智能"]
    r = run("林佳慧去年創辦了一家名叫「雲杉數據」的新創公司。")
    assert [(e.org, e.person) for e in ev(r, "founding")] == [("雲杉數據", "林佳慧")]


@pytest.mark.origin("generality")
@pytest.mark.parametrize("text,lang", [
    ("銀河科技今日正式成立上海分公司,負責華東業務。", "zh-Hant"),
    ("银河科技去年成立北京办事处,由林佳慧负责。", "zh-Hans"),
    ("星河銀行於2019年在台中設立分行。", "zh-Hant"),
    ("Orbis Freight set up Orbis Freight Berlin Branch in 2019 to serve German clients.", "en"),
])
def test_a_branch_or_office_opened_is_no_founding(text, lang):
    assert not ev(run(text, lang=lang), "founding")


@pytest.mark.origin("generality")
@pytest.mark.parametrize("text,lang", [
    ("銀河創投預計2025年下半年成立第2檔生技基金,規模上看百億元。", "zh-Hant"),
    ("银河科技计划明年在深圳成立星途机器人公司。", "zh-Hans"),
    ("Ana Ruiz plans to set up a new company, Quorra Labs, next year.", "en"),
    ("Ben Tao said he hopes to launch Brenlow Labs once the patent is granted.", "en"),
])
def test_a_founding_planned_is_not_yet_one(text, lang):
    assert not ev(run(text, lang=lang), "founding")


@pytest.mark.origin("review")
@pytest.mark.parametrize("text", [
    "In May Ana Ruiz founded Quorra Labs, a robotics startup.",
    "Last May Ana Ruiz founded Quorra Labs.",
])
def test_may_the_month_before_a_founding_is_no_plan(text):
    (f,) = ev(run(text, lang="en"), "founding")
    assert (f.org, f.person) == ("Quorra Labs", "Ana Ruiz") and f.date.endswith("-05-01")


@pytest.mark.origin("generality")
@pytest.mark.parametrize("text,lang", [
    ("銀河科技周三宣布正式成立天文業務BU,首款產品明年推出。", "zh-Hant"),
    ("银河科技宣布正式成立机器人业务单元,由柯文瀚领导。", "zh-Hans"),
    ("Ana Ruiz, a former colonel, established the Inspector-General's Office to improve safety.", "en"),
])
def test_a_unit_set_up_inside_an_organisation_founds_no_company(text, lang):
    assert not ev(run(text, lang=lang), "founding")


@pytest.mark.origin("generality")
def test_the_company_set_up_by_former_engineers_is_not_their_old_employer():
    r = run("Orbis Freight ships parcels. The company, set up in 2021 by former Orbis Freight engineers Ana Ruiz and "
            "Ben Tao, makes sensors.", lang="en", published=date(2024, 1, 2))
    assert all(e.org != "Orbis Freight" for e in ev(r, "founding"))


@pytest.mark.origin("generality")
@pytest.mark.parametrize("text,lang,org", [
    ("星途機器人於2019年成立,總部位於台北。", "zh-Hant", "星途機器人"),
    ("星途机器人于2019年注册成立,公司位于上海。", "zh-Hans", "星途机器人"),
    ("深空科技2018年在杭州創立,主攻工業機器人。", "zh-Hant", "深空科技"),
])
def test_a_dated_clause_ending_in_the_word_founds_its_opening_company(text, lang, org):
    (f,) = ev(run(text, lang=lang, published=date(2024, 1, 2)), "founding")
    assert f.org == org and f.date is not None and f.date[:4] in ("2018", "2019")


@pytest.mark.origin("generality")
@pytest.mark.parametrize("text,lang,org,founders", [
    ("由前銀河科技研究員林佳慧,以及柯文瀚共同創辦的AI新秀,名為 Quorra,正在籌集資金。", "zh-Hant", "Quorra", {"林佳慧", "柯文瀚"}),
    ("由林佳慧创办的机器人公司,名叫深空引擎,今年完成首轮融资。", "zh-Hans", "深空引擎", {"林佳慧"}),
    ("A startup co-founded by Ana Ruiz and Ben Tao, called Quorra, is raising money.", "en", "Quorra",
     {"Ana Ruiz", "Ben Tao"}),
    ("A new firm founded by former Orbis engineers Ana Ruiz and Ben Tao, named Brenlow Labs, raised $3 million.", "en",
     "Brenlow Labs", {"Ana Ruiz", "Ben Tao"}),
])
def test_a_company_described_after_the_word_then_called_is_the_one_founded(text, lang, org, founders):
    f = ev(run(text, lang=lang), "founding")
    assert {e.org for e in f} == {org} and {e.person for e in f} == founders


@pytest.mark.origin("generality")
@pytest.mark.parametrize("text,lang", [
    ("Ana Ruiz joined Orbis Freight, which was founded in 1990.", "en"),
    ("Ana Ruiz joined the Green Futures Party, which was formed in 1998.", "en"),
    ("林佳慧加入成立於1990年的銀河科技。", "zh-Hant"),
    ("林佳慧加入成立于1990年的银河科技。", "zh-Hans"),
])
def test_a_company_age_told_in_passing_has_no_founder(text, lang):
    f = ev(run(text, lang=lang), "founding")
    assert all(e.person is None for e in f)


@pytest.mark.origin("generality")
@pytest.mark.parametrize("text,org", [
    ("Ben Tao set up the Tao Family Foundation in 2015 to fund schools.", "Tao Family Foundation"),
    ("Ana Ruiz established the Orbis Sailing Association in 2001.", "Orbis Sailing Association"),
])
def test_an_association_or_foundation_set_up_is_a_founding(text, org):
    (f,) = ev(run(text, lang="en"), "founding")
    assert f.org == org and f.person in ("Ben Tao", "Ana Ruiz")


@pytest.mark.origin("generality")
def test_an_alliance_formed_with_a_company_founds_nothing():
    assert not ev(run("Orbis Freight formed a strategic alliance with Quorra Labs in 2015.", lang="en"), "founding")


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text,org,founder", [
    ("Dalia Okonkwo launched a new political party on Sunday. The party has been named as ‘Harvest Union Forum’.",
     "Harvest Union Forum", "Dalia Okonkwo"),
    ("Tomas Verhoeven officially launched his party, Lakeshore Renewal Party (LRP), in March.", "Lakeshore Renewal Party",
     "Tomas Verhoeven"),
    ("Elsie Marchetti launched her own party by the name of Coastal Voices Caucus in April.", "Coastal Voices Caucus",
     "Elsie Marchetti"),
    ("It is a different story for Quillmore, another Osaka-based startup co-founded by Haruto Ishida.", "Quillmore",
     "Haruto Ishida"),
])
def test_a_party_or_startup_described_then_named_is_founded(text, org, founder):
    assert [(e.person, e.org) for e in ev(run(text, lang="en"), "founding")] == [(founder, org)]


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text", [
    "The party has been launched ahead of the state elections later this year.",
    "Ana Ruiz co-founded the firm with a former colleague named Ben Tao.",
])
def test_a_party_meant_or_a_partner_named_is_no_new_name(text):
    assert all(e.org not in ("State", "Ben Tao") for e in ev(run(text, lang="en"), "founding"))


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text,lang,org", [
    ("云帆科技员工破百\n\n2019年成立于苏州,云帆科技是一家工业软件公司。", "zh-Hans", "云帆科技"),
    ("藍鯨物流擴大版圖\n\n創立於2017年,藍鯨物流是台灣主要的冷鏈配送平台之一。", "zh-Hant", "藍鯨物流"),
])
def test_a_fronted_founding_clause_founds_the_company_after_it(text, lang, org):
    assert [(e.person, e.org) for e in ev(run(text, lang=lang), "founding")] == [(None, org)]


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text,lang,org,founder", [
    ("金融科技公司Pelora寶拉支付創立於二○一六年。", "zh-Hant", "Pelora", None),
    ("設計師林佳慧是連續創業者,她在2012年創立的晴川設計,三年後被收購。", "zh-Hant", "晴川設計", "林佳慧"),
    ("创始人柯文瀚是一名连续创业者,2016年5月创立二手图书交易平台书虫圈。书虫圈目前有注册用户三十万。", "zh-Hans", "书虫圈",
     "柯文瀚"),
])
def test_a_company_of_no_known_shape_founded(text, lang, org, founder):
    assert [(e.person, e.org) for e in ev(run(text, lang=lang), "founding")] == [(founder, org)]


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text", [
    "設計師林佳慧是連續創業者,她在2012年創立的公司,三年後被收購。",
    "创始人柯文瀚2016年5月创立二手图书交易平台书虫圈。",  # (a name told once, with no shape: not sure enough)
])
def test_a_bare_word_or_a_name_told_once_is_no_company(text):
    assert all(e.org in (None, "") for e in ev(run(text), "founding"))


@pytest.mark.origin("realnews")
def test_a_launch_announced_then_the_new_firm_named_a_few_sentences_on():
    text = ("Veteran banker Ana Ruiz and two partners announced the launch of a new financial advisory firm on Tuesday. "
            "Ruiz, 51, is one of several bankers to strike out on their own. "
            "She will be chairwoman of the new firm, Kestrel Harbour Advisors.")
    assert [(e.person, e.org) for e in ev(run(text, lang="en"), "founding")] == [("Ana Ruiz", "Kestrel Harbour Advisors")]


@pytest.mark.origin("realnews round 7")
@pytest.mark.parametrize("text,lang,org", [
    ("星嵐機器人營收創新高\n\n星嵐機器人是一家倉儲機器人公司,於2016年創立,總部在新竹。", "zh-Hant", "星嵐機器人"),
    ("云岭储能营收创新高\n\n云岭储能是一家储能公司,成立于2018年,总部在合肥。", "zh-Hans", "云岭储能"),
    ("云岭储能营收创新高\n\n云岭储能自2018年成立以来,已为三百多家工厂提供储能系统。", "zh-Hans", "云岭储能"),
])
def test_a_dated_founding_clause_with_no_name_is_the_sentence_subjects(text, lang, org):
    assert [(e.person, e.org) for e in ev(run(text, lang=lang), "founding")] == [(None, org)]


@pytest.mark.origin("probe 2026-12-07")
@pytest.mark.parametrize("text,lang,org", [
    ("星嵐電子與月橋汽車週一簽署合資經營合同,擬在新竹共同組建星橋動力科技股份有限公司。", "zh-Hant", "星橋動力科技股份有限公司"),
    ("星岚电子与月桥汽车周一签署合资经营合同,拟在合肥共同组建星桥动力科技有限公司。", "zh-Hans", "星桥动力科技有限公司"),
    ("月橋精密與雲帆投資於2024年3月12日就擬成立月帆表面簽訂合資協議。", "zh-Hant", "月帆表面"),
    ("Orbis Freight and Kestrel Motors signed a joint venture contract on Monday and plan to set up Harbourline Batteries.",
     "en", "Harbourline Batteries"),
])
def test_a_joint_venture_agreement_signed_founds_the_company_it_plans(text, lang, org):
    assert [e.org for e in ev(run(text, lang=lang), "founding")] == [org]


@pytest.mark.origin("probe 2026-12-07")
@pytest.mark.parametrize("text,lang", [
    ("星嵐電子與海藍物流擬簽署合資協議,約定共同出資設立藍嵐倉儲股份有限公司。", "zh-Hant"),
    ("星岚电子与山海创投签署合作备忘录,拟共同组建山岚动力有限公司。", "zh-Hans"),
    ("Kestrel signed a memorandum of understanding with Tessaly Power and plans to set up Tessaly Kestrel Grid.", "en"),
])
def test_a_signing_planned_or_a_memorandum_founds_nothing(text, lang):
    assert ev(run(text, lang=lang), "founding") == []


@pytest.mark.origin("probe 2026-12-07")
@pytest.mark.parametrize("text,lang,org", [
    ("星岚电子周一成立星桥动力有限公司,专注储能。", "zh-Hans", "星桥动力有限公司"),
    ("星嵐電子週一成立了星橋動力股份有限公司,專注儲能。", "zh-Hant", "星橋動力股份有限公司"),
    ("月桥汽车与云帆投资共同组建了云桥智行科技有限公司。", "zh-Hans", "云桥智行科技有限公司"),
])
def test_a_registered_name_after_a_company_and_its_founding_word(text, lang, org):
    assert [e.org for e in ev(run(text, lang=lang), "founding")] == [org]


@pytest.mark.origin("realnews round 8")
def test_a_time_since_the_founding_up_to_now_founds_no_company_called_now():
    r = run("車企\n星澜汽车从创立至今,一直坚持自建工厂。云帆汽車自2018年創辦至今,已交付新车20万辆。",
            published=date(2024, 6, 12), lang="zh-Hans")
    assert [(e.org, e.date) for e in ev(r, "founding")] == [("云帆汽車", "2018-01-01")]


@pytest.mark.origin("realnews round 8")
def test_a_firm_that_started_out_as_something_else_is_no_founding():
    r = run("Carrier\nOrbis Telecom, which started out as a paging operator, moved into broadband in 2004.",
            published=date(2024, 6, 12), lang="en")
    assert ev(r, "founding") == []


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text,lang,org,parent", [
    ("銀河銀行今年初宣布於新加坡設立金融科技子公司「銀河數科」。", "zh-Hant", "銀河數科", "銀河銀行"),
    ("星河银行日前宣布成立全资子公司星河科技。", "zh-Hans", "星河科技", "星河银行"),
    ("2019年,星海电子与远洋电子合并组建天海电子有限公司。", "zh-Hans", "天海电子有限公司", "星海电子"),
    ("Orbis Bank said on Monday it has set up a wholly owned subsidiary called Orbis Digital.", "en", "Orbis Digital",
     "Orbis Bank"),
])
def test_a_company_founded_by_a_company_has_it_as_counterparty(text, lang, org, parent):
    f = ev(run("新聞\n" + text if lang != "en" else "News\n" + text, published=date(2025, 6, 13), lang=lang), "founding")
    assert [(e.person, e.org, e.counterparty) for e in f] == [(None, org, parent)]


@pytest.mark.origin("realnews round 8")
def test_founders_former_employer_is_no_parent_company():
    r = run("Studio\nA group of former Vantix engineers are launching a small games studio in Lisbon called Quorra Inc.",
            published=date(2025, 6, 13), lang="en")
    assert [(e.org, e.counterparty) for e in ev(r, "founding")] == [("Quorra Inc.", None)]


# How news tells a founding, a matrix of invented sentences in the three scripts (families 2026-12-07): each
# (text, lang, {(founder, company)} or none, year of the founding or None); a founding told with no founder
# (empty set and a year) is one founderless row of that year; empty set and None: no founding at all (a product
# launched, an office opened, a plan, an anniversary, a founder named by title only).
_FOUNDING_FORMS = [
    ('Startup\nQuillon Robotics was founded in 2015 by Mara Delgado and Ivo Brandt. It makes warehouse arms.', 'en', {('Ivo Brandt', 'Quillon Robotics'), ('Mara Delgado', 'Quillon Robotics')}, '2015'),
    ('Startup\nMara Delgado and Ivo Brandt co-founded Quillon Robotics in 2015. It makes warehouse arms.', 'en', {('Ivo Brandt', 'Quillon Robotics'), ('Mara Delgado', 'Quillon Robotics')}, '2015'),
    ('Startup\nMara Delgado, who founded Quillon Robotics in 2015, said the firm makes warehouse arms.', 'en', {('Mara Delgado', 'Quillon Robotics')}, '2015'),
    ('Startup\nFounded in 2015 by Mara Delgado, Quillon Robotics makes warehouse arms.', 'en', {('Mara Delgado', 'Quillon Robotics')}, '2015'),
    ('Startup\nMara Delgado launched Quillon Robotics in 2015 after a decade at the university.', 'en', {('Mara Delgado', 'Quillon Robotics')}, '2015'),
    ('Startup\nMara Delgado set up Quillon Robotics after leaving Brantel Systems in 2015.', 'en', {('Mara Delgado', 'Quillon Robotics')}, '2015'),
    ('Startup\nFounder and chief executive Mara Delgado started Quillon Robotics in her garage in 2015.', 'en', {('Mara Delgado', 'Quillon Robotics')}, '2015'),
    ('Startup\nQuillon Robotics was established in 2015 by engineer Mara Delgado.', 'en', {('Mara Delgado', 'Quillon Robotics')}, '2015'),
    ('Startup\nQuillon Robotics, founded in 2015, makes warehouse arms.', 'en', set(), '2015'),
    ('Startup\nQuillon Robotics co-founder Mara Delgado said the company would hire forty engineers.', 'en', set(), None),
    ('Startup\nMara Delgado, the founder of Quillon Robotics, said the company would hire forty engineers.', 'en', set(), None),
    ('Products\nQuillon Robotics launched a new warehouse arm in March, chief executive Mara Delgado said.', 'en', set(), None),
    ('Expansion\nQuillon Robotics opened an office in Singapore, chief executive Mara Delgado said.', 'en', set(), None),
    ('Plans\nMara Delgado plans to set up a new robotics company next year, she said.', 'en', set(), None),
    ('Anniversary\nQuillon Robotics celebrated its tenth anniversary on Monday, chief executive Mara Delgado said.', 'en', set(), None),
    ('新創\n由林宜蓁於2015年創立的晨曦機器人,專攻倉儲機械手臂。', 'zh-Hant', {('林宜蓁', '晨曦機器人')}, '2015'),
    ('新創\n晨曦機器人成立於2015年,專攻倉儲機械手臂,執行長林宜蓁表示將擴大招聘。', 'zh-Hant', set(), '2015'),
    ('新創\n林宜蓁在2015年創辦了晨曦機器人,專攻倉儲機械手臂。', 'zh-Hant', {('林宜蓁', '晨曦機器人')}, '2015'),
    ('新創\n林宜蓁與周子豪於2015年共同創立晨曦機器人,專攻倉儲機械手臂。', 'zh-Hant', {('周子豪', '晨曦機器人'), ('林宜蓁', '晨曦機器人')}, '2015'),
    ('新創\n晨曦機器人由林宜蓁一手創辦,專攻倉儲機械手臂。', 'zh-Hant', {('林宜蓁', '晨曦機器人')}, None),
    ('新創\n林宜蓁離開鼎泰電子後創辦晨曦機器人,專攻倉儲機械手臂。', 'zh-Hant', {('林宜蓁', '晨曦機器人')}, None),
    ('新創\n晨曦機器人於2015年正式成立,由林宜蓁擔任執行長。', 'zh-Hant', set(), '2015'),
    ('新創\n2015年成立的晨曦機器人,專攻倉儲機械手臂。', 'zh-Hant', set(), '2015'),
    ('新創\n晨曦機器人由林宜蓁於2015年創立,專攻倉儲機械手臂。', 'zh-Hant', {('林宜蓁', '晨曦機器人')}, '2015'),
    ('新創\n林宜蓁於2015年創立晨曦機器人,專攻倉儲機械手臂。', 'zh-Hant', {('林宜蓁', '晨曦機器人')}, '2015'),
    ('新創\n晨曦機器人創辦人林宜蓁表示,公司今年將擴大招聘。', 'zh-Hant', set(), None),
    ('產品\n晨曦機器人昨日推出新款機械手臂,執行長林宜蓁出席發表會。', 'zh-Hant', set(), None),
    ('擴張\n晨曦機器人在新加坡設立辦事處,執行長林宜蓁表示看好東南亞市場。', 'zh-Hant', set(), None),
    ('計畫\n林宜蓁計畫明年創辦一家新的機器人公司。', 'zh-Hant', set(), None),
    ('慶祝\n晨曦機器人昨日慶祝成立十週年,執行長林宜蓁致詞。', 'zh-Hant', set(), None),
    ('创业\n由林宜蓁于2015年创立的晨曦机器人,专攻仓储机械臂。', 'zh-Hans', {('林宜蓁', '晨曦机器人')}, '2015'),
    ('创业\n晨曦机器人成立于2015年,专攻仓储机械臂,首席执行官林宜蓁表示将扩大招聘。', 'zh-Hans', set(), '2015'),
    ('创业\n林宜蓁在2015年创办了晨曦机器人,专攻仓储机械臂。', 'zh-Hans', {('林宜蓁', '晨曦机器人')}, '2015'),
    ('创业\n林宜蓁与周子豪于2015年共同创立晨曦机器人,专攻仓储机械臂。', 'zh-Hans', {('周子豪', '晨曦机器人'), ('林宜蓁', '晨曦机器人')}, '2015'),
    ('创业\n晨曦机器人由林宜蓁一手创办,专攻仓储机械臂。', 'zh-Hans', {('林宜蓁', '晨曦机器人')}, None),
    ('创业\n林宜蓁离开鼎泰电子后创办晨曦机器人,专攻仓储机械臂。', 'zh-Hans', {('林宜蓁', '晨曦机器人')}, None),
    ('创业\n晨曦机器人于2015年正式成立,由林宜蓁担任首席执行官。', 'zh-Hans', set(), '2015'),
    ('创业\n2015年成立的晨曦机器人,专攻仓储机械臂。', 'zh-Hans', set(), '2015'),
    ('创业\n晨曦机器人由林宜蓁于2015年创立,专攻仓储机械臂。', 'zh-Hans', {('林宜蓁', '晨曦机器人')}, '2015'),
    ('创业\n晨曦机器人创始人林宜蓁表示,公司今年将扩大招聘。', 'zh-Hans', set(), None),
    ('创业\n晨曦机器人联合创始人周子豪表示,公司今年将扩大招聘。', 'zh-Hans', set(), None),
    ('产品\n晨曦机器人昨日发布新款机械臂,首席执行官林宜蓁出席发布会。', 'zh-Hans', set(), None),
    ('扩张\n晨曦机器人在新加坡设立办事处,首席执行官林宜蓁表示看好东南亚市场。', 'zh-Hans', set(), None),
    ('计划\n林宜蓁计划明年创办一家新的机器人公司。', 'zh-Hans', set(), None),
    ('庆祝\n晨曦机器人昨日庆祝成立十周年,首席执行官林宜蓁致辞。', 'zh-Hans', set(), None),
]


@pytest.mark.origin("families 2026-12-07")
@pytest.mark.parametrize("text, lang, founders, year", _FOUNDING_FORMS)
def test_how_news_tells_a_founding(text, lang, founders, year):
    f = ev(run(text, lang=lang), "founding")
    if founders:
        assert {(e.person, e.org) for e in f} == founders
    elif year:
        assert f and all(e.person is None for e in f)
    else:
        assert not f
    assert year is None or all((e.date or "").startswith(year) for e in f)


# How real news names a company it tells the founding of, when the name has no organisation word, or the founding is
# told as what the company is (each row: text, script, the company founded or None for no founding, its year).
_BARE_NAME_FOUNDINGS = [
    ("餐饮\n据行业资料,2003年4月澜味餐饮成立于宁波,由林佳慧创立。澜味餐饮旗下有多个品牌。", "zh-Hans", "澜味餐饮", "2003"),
    ("餐饮\n栖茶早在2011年就已创立,栖茶如今门店超过300家。", "zh-Hans", "栖茶", "2011"),
    ("餐饮\n星澜餐饮于1998年在杭州创立。星澜餐饮有名。", "zh-Hans", "星澜餐饮", "1998"),
    ("餐饮\n2019年,星澜餐饮在杭州正式成立。星澜餐饮有名。", "zh-Hans", "星澜餐饮", "2019"),
    ("名單\n發言人表示,線上旅遊平台星遊成立於二○一五年。", "zh-Hant", "星遊", "2015"),
    ("名單\n智能物流研發公司途迅智運則於二○一八年成立,專注無人配送。", "zh-Hant", "途迅智運", "2018"),
    ("機構\n星創機構是市政府2015年成立的創投平台,投資早期公司。星創機構總裁周文彬表示…", "zh-Hant", "星創機構", "2015"),
    ("医疗\n2018年成立的元星智能科技公司,现以深圳为总部。", "zh-Hans", "元星智能科技公司", "2018"),
    ("Fund\nMs Ruiz joined Orbis Investment Council when it was created in 2008.", "en", "Orbis Investment Council", "2008"),
    ("Fund\nThe Quorra Fund was created in 2015 by Orbis Bank.", "en", "Quorra Fund", "2015"),
    ("Biotech\nBoston – Quillmesh Bio launched with a $60 million Series A round.", "en", "Quillmesh Bio", None),
    ("Robots\nOrbis Robotics emerged from stealth with $12 million in seed funding.", "en", "Orbis Robotics", None),
    ("Rail\nThe two groups announced the formation of Siemens Alstom Rail, a joint venture.", "en", "Siemens Alstom Rail",
     None),
    ("Land\nThe partners issued a statement on the formation of Orbis Tessel Systems Land, based in Leeds.", "en",
     "Orbis Tessel Systems Land", None),
    # no founding: a place after 成立於, a bare word, a product launched, a launch with no money
    ("餐饮\n星澜餐饮成立于杭州。", "zh-Hans", None, None),
    ("教育\n学校成立于1950年,学校现有学生三千人。", "zh-Hans", None, None),
    ("Maps\nAna Ruiz, a former Orbis executive, oversaw the launch of Orbis Maps in Latin America.", "en", None, None),
    ("Games\nThe game studio Lantern Works launched with a bang last year.", "en", None, None),
    ("Phones\nOrbis launched with a $5 million marketing push its new phone.", "en", None, None),
    ("The role\nThe role of chief AI officer was created in 2019.", "en", None, None),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang, org, year", _BARE_NAME_FOUNDINGS)
def test_a_company_named_bare_or_told_as_founded_is_founded(text, lang, org, year):
    f = ev(run(text, lang=lang), "founding")
    if org is None:
        assert not f
        return
    assert org in {e.org for e in f}
    assert year is None or all((e.date or "").startswith(year) for e in f if e.org == org)


@pytest.mark.origin("realnews-dev")
def test_an_engineer_of_a_company_founded_then_is_no_founder():
    (f,) = ev(run("星河\n林佳慧是2016年成立的星河科技的工程師。", lang="zh-Hant"), "founding")
    assert (f.org, f.person) == ("星河科技", None)


@pytest.mark.origin("realnews-dev")
def test_the_company_of_a_fronted_participle_is_the_one_whose_round_was_just_told():
    r = run("Desks\nDubai co-working marketplace Deskora raised $2.1 million in a seed round. Its main product, "
            "the Deskora Pass, is a monthly subscription.\nEstablished in 2019 by Omar Haddad and Lina Farouk, the "
            "company lists desks and meeting rooms across the Gulf.", lang="en")
    assert {(e.org, e.person) for e in ev(r, "founding")} == {("Deskora", "Omar Haddad"), ("Deskora", "Lina Farouk")}


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, founders", [
    ("1957年,林大明的祖父林月火和祖伯林金火合创了星河摩托。", {"林月火", "林金火"}),
    ("1957年,林大明的祖父林月火和祖伯林金火合創了星河摩托。", {"林月火", "林金火"}),
    ("2010年,林月火與王志強聯手創辦了星河摩托。", {"林月火", "王志強"}),
    ("2010年,林月火与王志强携手创立了星河摩托。", {"林月火", "王志强"}),
])
def test_founded_together_in_one_word_by_those_named_after_a_kin_word(text, founders):
    r = run(text)
    assert {e.person for e in ev(r, "founding")} == founders
    assert {e.org for e in ev(r, "founding")} == {"星河摩托"}


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "星河科技總經理林大明是月光科技的聯合創始人。",
    "林大明充當紅娘,撮合創客與投資者。",
    "星河科技推动综合创新。",
])
def test_he_chuang_inside_another_word_is_no_founding(text):
    assert not ev(run(text), "founding")


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang", [
    ("出訪\n行政長官週一啟程前往曼谷，出席在當地召開的亞太經合組織峰會。", "zh-Hant"),
    ("出访\n行政长官周一启程前往曼谷，出席在当地召开的亚太经合组织峰会。", "zh-Hans"),
    ("合作\n大使建議兩國探討成立地方層面的合作機制。", "zh-Hant"),
    ("合作\n大使建议两国探索成立地方层面的合作机制。", "zh-Hans"),
    ("Envoy\nHe said both countries were exploring setting up a joint mechanism at the local level.", "en"),
])
def test_a_founding_word_inside_a_name_or_a_founding_explored_founds_nothing(text, lang):
    assert not ev(run(text, lang=lang), "founding")


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang, org", [
    ("北灣大學與星樞集團今日宣布成立「香港醫療科技基金」,以推動醫療創新為目標。", "zh-Hant", "香港醫療科技基金"),
    ("北湾大学与星枢集团今日宣布成立“香港医疗科技基金”,以推动医疗创新为目标。", "zh-Hans", "香港医疗科技基金"),
    ("北灣大學與星樞集團今日宣布成立香港醫療科技基金,以推動醫療創新為目標。", "zh-Hant", None),  # unquoted: generic words
])
def test_a_quoted_name_of_generic_words_ending_in_an_org_word_is_the_new_organisation(text, lang, org):
    f = ev(run(text, lang=lang), "founding")
    assert [e.org for e in f] == ([org] if org else [])


@pytest.mark.origin("realnews-dev")
def test_a_latin_name_glued_to_its_chinese_one_is_the_company_founded():
    r = run("旅遊\n線上旅行平台QUORVO途瀾成立於二○一六年,總部位於深圳。", lang="zh-Hant")
    assert [e.org for e in ev(r, "founding")] == ["QUORVO途瀾"]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, org", [
    ("Startup\nAna Ruiz started Plomvik in 2019 with two friends from university.", "Plomvik"),
    ("Startup\nBen Tao set up Kestrova after leaving Harrow Capital in 2021.", "Kestrova"),
    ("Startup\nBen Tao formed Kestrova.io in 2021, the company said.", "Kestrova.io"),
])
def test_a_one_word_company_right_after_a_founders_word_is_the_one_founded(text, org):
    assert {e.org for e in ev(run(text, lang="en"), "founding")} == {org}


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "Startup\nAna Ruiz started Monday as chief executive of Orbis Freight.",
    "Startup\nBen Tao launched Windows in 1985 at Orbis Systems.",  # (a product: launched, a name no one knows)
    "Startup\nShe set up Plomvik's Berlin office in 2019.",
])
def test_what_is_not_a_company_founded_after_a_founders_word_founds_nothing(text):
    assert ev(run(text, lang="en"), "founding") == []


@pytest.mark.origin("realnews-dev")
def test_a_company_founded_in_the_passive_by_people_has_them_as_founders():
    r = run("Payments\nPlomvik was set up in 2019 by Ana Ruiz and Ben Tao.", lang="en")
    assert {(e.org, e.person) for e in ev(r, "founding")} == {("Plomvik", "Ana Ruiz"), ("Plomvik", "Ben Tao")}
    r = run("Payments\nLydvo was launched in July 2013 by Ana Ruiz.", lang="en")
    assert {(e.org, e.person) for e in ev(r, "founding")} == {("Lydvo", "Ana Ruiz")}


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    "Payments\nThe meeting was started by Ana Ruiz with a speech.",
    "Payments\nAna Ruiz launched Zapp, a map used by Ben Tao.",
    "Payments\nWindows was launched in 1985 by Orbis Systems.",
    "Payments\nThe Berlin office was set up in 2019 by Ana Ruiz.",
])
def test_a_word_with_by_after_it_founds_nothing_outside_the_passive_or_without_people(text):
    assert ev(run(text, lang="en"), "founding") == []


@pytest.mark.origin("realnews-dev")
def test_a_which_clause_of_a_founders_name_and_a_plain_founding_verb_founds_the_company_before_it():
    # (a probe of invented sentences: "started", "set up" read after a name found a company after them, or here
    # the one the which-clause is about)
    r = run("Lumio, which Nadia Rahman started in 2019 from her apartment in Dhaka, now employs 300 people.",
            published=date(2025, 3, 12), lang="en")
    assert [(e.person, e.org, e.date) for e in ev(r, "founding")] == [("Nadia Rahman", "Lumio", "2019-01-01")]
    r = run("Kestrel Freight, which Tariq Aziz set up in 2011, now runs 40 trucks.", published=date(2025, 3, 12), lang="en")
    assert [(e.person, e.org) for e in ev(r, "founding")] == [("Tariq Aziz", "Kestrel Freight")]
    # a clause of what the person does there founds nothing
    r = run("Ana Ruiz works at Lumio, which Nadia Rahman runs.", published=date(2025, 3, 12), lang="en")
    assert not ev(r, "founding")


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, org, founders", [
    ("由陳建宏創辦的綠源農業,今年推出有機蔬果訂閱服務。", "綠源農業", {"陳建宏"}),
    ("由陈建宏创办的绿源农业,是一家有机农产品公司。", "绿源农业", {"陈建宏"}),
    ("由柯美華與王志遠共同創辦的晨光烘焙,如今有五家門市。", "晨光烘焙", {"柯美華", "王志遠"}),
])
def test_founders_after_you_before_the_word_tell_the_founding_undated(text, org, founders):
    f = ev(run(text), "founding")
    assert {e.org for e in f} == {org} and {e.person for e in f} == founders
