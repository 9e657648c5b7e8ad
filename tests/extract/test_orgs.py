"""Organisations: which words name a company (unknown names, short forms, subsidiaries, glosses), where the name
starts and ends, and what is never one (a sector word, a person's name).

Invented sentences with invented people and companies, in the three scripts. A test's `origin` marker names the
round or article set whose misses first prompted it (see tests/extract/README.md)."""
from datetime import date

import pytest

from talentdb.extract.text import normalise

from tests.extracting import ev, run


EN_STORY = """Talent war heats up as Helix loses research chief
Helix Robotics' head of research, Amara Obi, has left the company to join Boston Dynamics, Helix said on Wednesday.
Her departure follows that of Helix co-founder Victor Sandoval, who stepped down in June and later founded Tangent Motion, a startup building warehouse robots. Tangent Motion was incorporated in July and has raised $18 million in seed funding from Lux Capital.
Separately, Helix hired former Amazon robotics director Chen Wei as its chief operating officer, effective Oct. 1.
Two engineers, Jonas Berg and Keiko Sato, were let go in a restructuring in August.
"""


@pytest.mark.origin("rules")
def test_a_company_named_only_by_the_text_is_recognised_and_funded():
    text = ("智元星辰获8亿元A+轮融资\n人形机器人公司智元星辰今日宣布完成8亿元人民币A+轮融资,本轮融资由高瓴资本领投。"
            "智元星辰由前华为“天才少年”项目成员彭志辉于2023年2月创立。")
    r = run(text, published=date(2024, 11, 14))
    (f,) = ev(r, "funding")
    assert (f.org, f.amount, f.currency, f.counterparty) == ("智元星辰", 8e8, "CNY", "Hillhouse")
    (fo,) = ev(r, "founding")
    assert (fo.person, fo.org, fo.date) == ("彭志辉", "智元星辰", "2023-02-01")


@pytest.mark.origin("generality")
def test_a_sector_word_before_a_startup_name_is_not_the_organisation():
    r = run("創業\n前聯發科工程師葉建宏去年創立了電源管理IC新創晶瀚科技。", lang="zh-Hant")
    assert [e.org for e in ev(r, "founding")] == ["晶瀚科技"]
    r = run("创业\n前百度工程师戴磊创立了具身智能公司远航智造。", lang="zh-Hans")
    assert [e.org for e in ev(r, "founding")] == ["远航智造"]


@pytest.mark.origin("generality")
def test_a_company_named_once_right_before_a_title_is_the_employer():
    r = run("人事\n云帆科技副总裁贺明以健康原因辞职。", lang="zh-Hans")
    d = ev(r, "departure")[0]
    assert d.person == "贺明" and d.org == "云帆科技"


@pytest.mark.origin("generality")
def test_a_short_company_named_in_the_headline_and_the_story_is_the_employer_and_destination():
    r = run("聯詠財務長陳立群請辭 轉戰瑞昱\n聯詠昨(12)日公告,財務長陳立群因個人生涯規劃請辭,即日起生效。據了解,陳立群將加盟瑞昱。",
            published=date(2025, 6, 13), lang="zh-Hant")
    d = ev(r, "departure", "陳立群")
    assert len(d) == 1 and d[0].org == "聯詠" and d[0].counterparty == "瑞昱" and d[0].date == "2025-06-12"


@pytest.mark.origin("generality")
def test_a_sector_word_alone_is_never_an_organisation():
    for text, lang in (("創業\n前聯發科工程師葉建宏去年創立了IC。", "zh-Hant"), ("创业\n张伟去年创立了具身智能。", "zh-Hans")):
        assert not run(text, lang=lang).events


@pytest.mark.origin("generality")
def test_the_full_name_of_a_startup_wins_over_its_short_form_used_later():
    r = run("创业\n前百度工程师戴磊去年创立了具身智能公司远航智造。远航此前已获得两轮融资。远航创始人戴磊表示,公司将扩大团队。",
            lang="zh-Hans")
    assert [e.org for e in ev(r, "founding")] == ["远航智造"]


@pytest.mark.origin("generality")
def test_a_company_name_ending_in_an_organisation_word_before_a_title_is_not_a_person():
    r = run("People\nHalvorsen Bank CFO Rita Gomes will leave the bank at the end of March.", lang="en")
    assert [(e.person, e.org) for e in r.events] == [("Rita Gomes", "Halvorsen Bank")]


@pytest.mark.origin("generality")
def test_a_short_company_opening_the_headline_and_a_story_sentence_is_the_employer():
    text = ("緯創高層大風吹 財務長林俊男請辭\n緯創昨(16)日公告重大人事異動。財務長林俊男因個人生涯規劃請辭,4月8日起生效,"
            "財務長一職由財務處長高嘉雯接任。\n另一方面,前緯創工程師鄭偉倫與兩名前同事共同創辦了新創公司智鏈科技(ChainWise)。")
    r = run(text, published=date(2025, 3, 17), lang="zh-Hant")
    d = ev(r, "departure", "林俊男")[0]
    assert d.org == "緯創" and d.date == "2025-04-08"
    p = ev(r, "promotion", "高嘉雯")[0]
    assert p.org == "緯創" and p.role == "Chief Financial Officer"
    f = ev(r, "founding")[0]
    assert (f.person, f.org, f.counterparty) == ("鄭偉倫", "ChainWise", "緯創")


@pytest.mark.origin("generality")
def test_a_bracketed_company_name_ending_in_a_sector_word_is_not_a_person_elsewhere():
    text = ("AI\n前DeepMind研究員周子衡與兩名前同事於去年創立星樞智慧(Astra Minds)。人工智慧競賽日益激烈,他表示公司將擴大招聘。"
            "星樞智慧近日完成2000萬美元種子輪融資。")
    r = run(text, published=date(2025, 2, 10), lang="zh-Hant")
    assert all(e.person != "Astra Minds" for e in r.events)
    assert [(e.person, e.org) for e in ev(r, "founding")] == [("周子衡", "Astra Minds")]
    assert [(e.org, e.amount) for e in ev(r, "funding")] == [("Astra Minds", 20_000_000)]


@pytest.mark.origin("generality")
def test_an_english_story_keeps_companies_and_people_apart():
    r = run(EN_STORY, published=date(2025, 9, 18), lang="en")
    d = ev(r, "departure", "Amara Obi")
    assert len(d) == 1 and d[0].org == "Helix Robotics" and d[0].counterparty == "Boston Dynamics"
    assert d[0].role == "Head of Research"
    f = ev(r, "founding")
    assert [(e.person, e.org, e.date) for e in f] == [("Victor Sandoval", "Tangent Motion", "2025-07-01")]
    assert ("Tangent Motion", 18_000_000) in [(e.org, e.amount) for e in ev(r, "funding")]
    h = ev(r, "hire", "Chen Wei")[0]
    assert h.role == "Chief Operating Officer" and h.date == "2025-10-01"
    assert {e.org for e in ev(r, "departure") if e.person in ("Jonas Berg", "Keiko Sato")} == {"Helix Robotics"}
    assert all(e.person not in ("Tangent Motion", "Boston Dynamics") for e in r.events)


@pytest.mark.origin("heldout3")
def test_alias_spans_prefers_the_longest_alias_leftmost_and_respects_latin_word_ends():
    from talentdb.extract.entities import _alias_spans

    text = "Quorvex Labs hired Quorvexian staff; Quorvex Labs again."
    spans = _alias_spans(text, {"Quorvex": 1, "Quorvex Labs": 1})
    assert [(text[a:b]) for a, b, _ in spans] == ["Quorvex Labs", "Quorvex Labs"]
    assert _alias_spans("星澜科技与星澜", {"星澜科技": 1, "星澜": 1}) == [(0, 4, "星澜科技"), (5, 7, "星澜")]


@pytest.mark.origin("heldout3")
def test_a_sector_word_as_employer_falls_back_to_the_company_the_article_is_about():
    r = run("澄川科技调整\n澄川科技宣布组织调整。澄川科技表示,电商事业群总裁葛文涛因个人原因离职。"
            "澄川科技今年营收增长。", lang="zh-Hans")
    assert ev(r, "departure", "葛文涛")[0].org == "澄川科技"
    r = run("澄川科技調整\n澄川科技宣布組織調整。澄川科技表示,電商事業群總裁葛文濤因個人原因離職。"
            "澄川科技今年營收增長。", lang="zh-Hant")
    assert ev(r, "departure", "葛文濤")[0].org == "澄川科技"


@pytest.mark.origin("heldout3")
def test_a_name_followed_by_an_event_word_and_a_title_in_the_headline_is_not_an_organisation():
    r = run("澄川科技高管调整,钱立升任CTO\n澄川科技宣布,技术副总裁钱立升任首席技术官(CTO)。", lang="zh-Hans")
    assert ev(r, "promotion", "钱立")[0].role == "Chief Technology Officer"


@pytest.mark.origin("round5")
def test_a_short_name_stands_for_the_full_name_introduced_first_not_a_later_subsidiary():
    r = run("碩騰光電人事大調整\n光學元件廠碩騰光電昨(1)日召開董事會,通過多項人事案。\n"
            "資本市場動作方面,碩騰轉投資的子公司碩騰精密電子日前已完成新台幣5億元現金增資。\n"
            "另外,碩騰財務長吳美玲因個人生涯規劃請辭,將於本月31日卸任。", lang="zh-Hant")
    deps = ev(r, "departure", "吳美玲")
    assert deps and deps[0].org == "碩騰光電"
    assert ev(r, "funding")[0].org == "碩騰精密電子"


@pytest.mark.origin("round5")
def test_a_han_short_name_used_alone_is_the_alias_of_the_full_name_named_before_it():
    r = run("嘉碩科技董座退休 陳建宏接任總經理\nIC設計廠嘉碩科技昨(26)日召開董事會,通過多項人事案。"
            "嘉碩表示,總經理一職由技術長陳建宏升任,即日起生效。嘉碩不會因為交棒而放慢腳步。",
            published=date(2025, 3, 27), lang="zh-Hant")
    assert {e.org for e in r.events} <= {"嘉碩科技"}
    assert ev(r, "promotion", "陳建宏")[0].org == "嘉碩科技"


@pytest.mark.origin("heldout4")
def test_a_short_name_used_alone_stands_for_the_company_with_its_suffix():
    r = run("瀚星汽车人事\n瀚星汽车总裁王立新已离职。瀚星今年销量下滑。今年4月,瀚星曾获得地方国资平台注资20亿元。", lang="zh-Hans")
    f = ev(r, "funding")
    assert f and f[0].org == "瀚星汽车" and f[0].amount == 2_000_000_000


@pytest.mark.origin("heldout4")
def test_a_company_word_or_time_word_is_no_part_of_an_opening_name():
    r = run("启明医药\n启明医药由张华创立。公司上周宣布完成1亿元A轮融资。", lang="zh-Hans")
    assert [e.org for e in ev(r, "funding")] == ["启明医药"]


@pytest.mark.origin("heldout4")
def test_a_former_employer_in_brackets_starts_after_the_former_mark():
    from talentdb.extract.engine import _Article
    text = normalise("宏匯銀行人事\n另外,宏匯銀行委任前花旗(Citi)信貸主管李德明(Daniel Lee)為風險總監。")
    art = _Article(text, date(2025, 5, 2), "zh-Hant")
    citi = [m for m in art.ents.org_mentions if m.key == "Citi"]
    assert citi and text[citi[0].start:citi[0].start + 2] == "花旗"


@pytest.mark.origin("heldout4")
def test_a_subsidiary_named_after_the_parents_short_name_is_its_own_company():
    r = run("晶鴻科技人事\n晶鴻科技昨日召開董事會。晶鴻表示營運穩定。財務方面,晶鴻旗下子公司晶鴻車電今年1月完成新台幣12億元的"
            "私募增資,由國發基金認購。", published=date(2025, 3, 27), lang="zh-Hant")
    f = ev(r, "funding")
    assert f and f[0].org == "晶鴻車電" and f[0].amount == 1_200_000_000


@pytest.mark.origin("heldout5")
def test_a_two_word_company_called_by_its_first_word_is_no_person_despite_a_descriptor():
    r = run("Quarrel Optics names new chief\nQuarrel Optics, a Boston-based maker of lidar sensors, said on Tuesday "
            "that Chief Executive Hana Velde had resigned. Quarrel closed a $40 million round last month. Quarrel "
            "promoted Ivo Brandt to CEO. Quarrel expects growth.", published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Hana Velde")
    assert d and d[0].org == "Quarrel Optics"
    assert not [e for e in r.events if e.person == "Quarrel Optics"]


@pytest.mark.origin("heldout5")
def test_a_name_after_what_a_company_is_is_a_company():
    r = run("Fenwick Labs\nFenwick Labs hired Oda Lunde last week. Oda Lunde previously worked at drone maker "
            "Skyrill Aero. Separately, Marten Falk departed last Tuesday to join logistics operator Tarrow Freight.",
            published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Marten Falk")
    assert d and d[0].counterparty == "Tarrow Freight"


@pytest.mark.origin("heldout5")
def test_a_name_before_which_is_a_company():
    r = run("Brisket AI\nBrisket AI said its CTO, Lars Oberg, left last week to join rival Kelvane Dynamix, which "
            "raised $90 million last year.", published=date(2025, 5, 2), lang="en")
    f = ev(r, "funding")
    assert f and f[0].org == "Kelvane Dynamix" and f[0].amount == 90_000_000 and f[0].date == "2024-01-01"
    assert not [e for e in r.events if e.person == "Kelvane Dynamix"]


@pytest.mark.origin("heldout5")
def test_a_glossed_company_is_not_split_at_a_function_character():
    r = run("和瀾科技完成融資\n杭州軟體企業和瀾科技(Helan Soft)近日完成3億元B輪融資。和瀾此前於2021年完成1億元A輪融資。"
            "本月初,和瀾聘請前恒達證券董事總經理鄭佳敏出任財務長。",
            published=date(2025, 5, 2), lang="zh-Hant")
    amounts = {e.amount for e in ev(r, "funding", org="Helan Soft")}
    assert {300_000_000, 100_000_000} <= amounts
    h = ev(r, "hire", "鄭佳敏")
    assert h and h[0].org == "Helan Soft"
    assert not [e for e in r.events if e.person == "和瀾"]


@pytest.mark.origin("heldout5")
def test_a_sector_word_before_a_startup_word_is_no_company():
    r = run("醫療機器人新創佑康智動完成募資\n醫療機器人新創佑康智動(Youkang Robotics)昨(1)日宣布完成新台幣2億元A輪募資,"
            "由鼎立創投領投。佑康同步延攬前台達電處長何志明出任營運長。",
            published=date(2025, 5, 2), lang="zh-Hant")
    assert all(e.org != "醫療機器人" for e in r.events)
    f = ev(r, "funding")
    assert len(f) == 1 and f[0].org == "Youkang Robotics" and f[0].currency == "TWD"


@pytest.mark.origin("heldout5")
def test_a_battery_subsidiary_is_no_company_called_after_half_a_word():
    r = run("远舟汽车电池子公司获20亿元融资\n远舟汽车(Yuanzhou Auto)旗下电池子公司远能科技上周完成20亿元战略融资,由合肥星源产业基金领投。",
            published=date(2025, 5, 20), lang="zh-Hans")
    f = ev(r, "funding")
    assert len(f) == 1 and f[0].org == "远能科技"


@pytest.mark.origin("round11")
def test_a_company_named_alone_in_the_headline_is_no_person_once_someone_joins_it():
    r = run("Kestrel Grid\nTom Reyes joined Kestrel Grid in April as chief technology officer. He left Samsung in "
            "February.", published=date(2025, 5, 2), lang="en")
    h = ev(r, "hire", "Tom Reyes")
    assert h and h[0].org == "Kestrel Grid"
    assert not [e for e in r.events if e.person == "Kestrel Grid"]


@pytest.mark.origin("round11")
def test_a_capitalised_pair_that_hires_a_named_person_is_a_company():
    r = run("Kestrel Grid hires COO\nKestrel Grid hired Maya Lund as chief operating officer in April.",
            published=date(2025, 5, 2), lang="en")
    h = ev(r, "hire", "Maya Lund")
    assert h and h[0].org == "Kestrel Grid" and h[0].role == "Chief Operating Officer"


@pytest.mark.origin("round11")
def test_the_company_after_a_title_and_of_is_the_organisation():
    r = run("Corbel Data\nNadia Ross was named chief financial officer of Corbel Data last week.",
            published=date(2025, 5, 2), lang="en")
    p = ev(r, "promotion", "Nadia Ross") + ev(r, "hire", "Nadia Ross")
    assert p and p[0].org == "Corbel Data"


@pytest.mark.origin("round11")
def test_a_name_ending_in_telecom_is_a_company():
    r = run("Norvale Telecom\nNorvale Telecom said on Monday that chief executive Ian Roe will step down.",
            published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Ian Roe")
    assert d and d[0].org == "Norvale Telecom"


@pytest.mark.origin("round11")
def test_a_company_named_like_a_person_before_its_officers_title_or_a_health_word():
    r = run("Quill Arden\nQuill Arden's chief operating officer, Ken Ito, is leaving the company at the end of June.",
            published=date(2025, 5, 2), lang="en")
    d = ev(r, "departure", "Ken Ito")
    assert d and d[0].org == "Quill Arden"
    assert not [e for e in r.events if e.person == "Quill Arden"]
    r = run("Marlow Health\nMarlow Health has appointed former Pfizer executive Dana Kerr as its chief medical "
            "officer.", published=date(2025, 5, 2), lang="en")
    h = ev(r, "hire", "Dana Kerr") + ev(r, "promotion", "Dana Kerr")
    assert h and h[0].org == "Marlow Health"


@pytest.mark.origin("realnews")
@pytest.mark.parametrize("text,org", [
    ("Designer Ana Ruiz founded Moonfern Productions in 2005.", "Moonfern Productions"),
    ("Ben Tao founded the Harbour Angels Network in 2019.", "Harbour Angels Network"),
    ("Tomas Verhoeven launched his party, Lakeshore Renewal Party, in March.", "Lakeshore Renewal Party"),
])
def test_a_latin_name_ending_in_what_an_organisation_is_is_no_person(text, org):
    r = run(text, lang="en")
    assert org in {e.org for e in r.events} and org not in {e.person for e in r.events}


@pytest.mark.origin("realnews round 7")
def test_the_words_before_an_organisation_word_and_of_are_its_name():
    r = run("Ana Ruiz joined the Central Bank of Kenya in 2019. The National University of Singapore hired Ben Tao.",
            lang="en")
    assert ev(r, "hire", "Ana Ruiz")[0].org == "Central Bank of Kenya"
    assert ev(r, "hire", "Ben Tao")[0].org == "National University of Singapore"


@pytest.mark.origin("probe 2026-12-07")
@pytest.mark.parametrize("text,person,org", [
    ("星河港口管理局行政總裁鄺俊熙辭任,即時生效。", "鄺俊熙", "星河港口管理局"),
    ("青禾医疗管理局总干事罗以宁将于五月退休。", "罗以宁", "青禾医疗管理局"),
    ("星河證券監察委員會行政總裁林慧文辭任,即時生效。", "林慧文", "星河證券監察委員會"),
])
def test_a_statutory_body_headed_by_a_chief_executive_is_the_organisation(text, person, org):
    r = run(text)
    assert ev(r, "departure", person)[0].org == org


@pytest.mark.origin("probe 2026-12-07")
def test_a_filings_delivery_clause_and_a_seats_kind_are_no_organisation():
    r = run("晨帆新材料股份有限公司董事会于2025年6月9日收到副总经理梁书豪先生提交的书面辞任报告,辞任报告自送达公司董事会之日起生效。"
            "晨帆新材料于同日召开职工代表大会,选举梁书豪先生为职工代表董事。")
    orgs = {e.org for e in r.events}
    assert not any(o and ("送达" in o or o.startswith("职工")) for o in orgs)
    r = run("星岳港務於2023年7月24日公布:柯明遠先生於2023年7月24日辭任本公司董事會主席。")
    assert all(e.org is None or "辭任" not in e.org for e in r.events)


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text,lang", [
    ("星港昨日發布董事異動。星港以外,瀚川、嵐洋兩公司同日亦發布人事命令。瀚川原總經理彭家豪因退休卸任;"
     "嵐洋現任總經理溫啟明申請退休。", "zh-Hant"),
    ("星港昨日发布董事异动。星港以外,瀚川、岚洋两公司同日亦发布人事命令。瀚川原总经理彭家豪因退休卸任;"
     "岚洋现任总经理温启明申请退休。", "zh-Hans")])
def test_each_executive_of_several_bare_named_companies_takes_his_own(text, lang):
    r = run(text, lang=lang)
    assert ev(r, "departure", "彭家豪")[0].org == "瀚川"
    assert ev(r, "departure", "溫啟明" if lang == "zh-Hant" else "温启明")[0].org in ("嵐洋", "岚洋")


@pytest.mark.origin("realnews round 8")
def test_a_short_number_inside_a_name_and_a_hyphenated_opener_are_the_name():
    r = run("Robotics startup Vela 7 Robotics said it raised $4 million in a seed round led by Orrin Capital.", lang="en")
    assert ev(r, "funding")[0].org == "Vela 7 Robotics"
    r = run("Co-operative Bank of Marenia Board of Directors has appointed Tomas Arlen chairman in place of Ruth Keswick.",
            lang="en")
    assert ev(r, "promotion", "Tomas Arlen")[0].org == "Co-operative Bank of Marenia"


@pytest.mark.origin("realnews round 8")
def test_a_persons_initials_are_no_organisation():
    r = run("TRK takes over as Halden Corp. chief executive\nHalden Corp. has named Tomas R. Kellan as chief executive.\n"
            "Oskar Brandt, who became chairman of the group in 2015, remains in his post.", lang="en")
    assert all(e.org != "TRK" for e in r.events)
    assert ev(r, "promotion", "Oskar Brandt")[0].org == "Halden Corp."


@pytest.mark.origin("realnews round 8")
def test_a_name_ending_in_what_an_investor_or_office_is_is_an_organisation():
    r = run("Velan Biopharmaceuticals said it had raised $12 million in a round led by Orrin Investment. Separately, "
            "Marta Quell, deputy director general of the Debt Management Office, has been promoted to director general.",
            lang="en")
    assert (ev(r, "funding")[0].org, ev(r, "funding")[0].counterparty) == ("Velan Biopharmaceuticals", "Orrin Investment")
    assert ev(r, "promotion", "Marta Quell")[0].org == "Debt Management Office"


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, lang, org", [
    ("政府宣布委任陳英明出任北灣藝術管理局董事局主席,任期兩年。", "zh-Hant", "北灣藝術管理局"),
    ("政府宣布委任陈英明出任北湾艺术管理局董事会主席,任期两年。", "zh-Hans", "北湾艺术管理局"),
    ("政府宣布委任陳英明出任北灣管理局董事局副主席。", "zh-Hant", "北灣管理局"),
])
def test_a_statutory_bodys_board_chair_is_held_at_the_body(text, lang, org):
    p = ev(run(text, published=date(2024, 3, 18), lang=lang), "promotion")
    assert [(e.person[:1], e.org) for e in p] == [("陳" if lang == "zh-Hant" else "陈", org)]
