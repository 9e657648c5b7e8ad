"""Behaviour a user notices, on small original articles in the three scripts."""
from datetime import date

import pytest

from talentdb.extract import extract
from talentdb.extract.text import normalise, to_simplified

HANT = """星辰智能高層變動 兩位主管離職
總部位於台北的新創公司星辰智能今日證實,首席技術長王建國與研究副總裁林美華已於上週離職,其中林美華已加入輝達。
星辰智能同時宣布,將工程總監張立德晉升為首席技術長。
另一位共同創辦人陳思遠上月曾威脅要辭職,但目前仍留任。
星辰智能去年11月完成新台幣8億元B輪融資,由台積電領投。該公司預計今年營收將達到新台幣3億元。
"""

HANS = """深空科技完成5亿元A轮融资
国内大模型创业公司深空科技日前宣布完成5亿元人民币A轮融资,由红杉中国领投,腾讯跟投。
深空科技于2023年由前百度首席科学家刘振东和前阿里巴巴工程师赵敏共同创立。
据传,深空科技首席执行官刘振东将离职,公司予以否认。
本月初,研究副总裁孙浩离职,加入月之暗面。公司计划明年投入10亿元用于研发。
"""

EN = """Former Meta chief scientist launches AI lab
Jane Doe, who spent a decade as chief scientist at Meta, has left the company to found Orbital Labs, a startup building reasoning models. Orbital Labs raised $120 million in a seed round led by Sequoia Capital and Nvidia, the company said on Monday.
Doe left Meta in March. Meta's vice president of research, John Roe, threatened to resign last year but stayed.
Meta promoted Alice Wong to chief scientist last week. Orbital Labs expects revenue of $10 million next year and is in talks to raise more.
"""


def run(text, published=date(2024, 12, 4), lang=None):
    return extract(normalise(text), published=published, lang=lang)


def by(result, etype):
    return [e for e in result.events if e.type == etype]


# -- Traditional Chinese ----------------------------------------------------------------------------------------
def test_two_executives_named_before_one_departure_word_both_leave_with_their_titles():
    r = run(HANT)
    deps = {e.person: e for e in by(r, "departure")}
    assert deps["王建國"].role == "Chief Technology Officer" and deps["王建國"].role_raw == "首席技術長"
    assert deps["林美華"].role == "Vice President of Research"
    assert deps["王建國"].org == deps["林美華"].org == "星辰智能"
    assert deps["王建國"].date == "2024-11-25" and deps["王建國"].date_precision == "week"


def test_departure_records_where_the_person_went():
    r = run(HANT)
    deps = {e.person: e for e in by(r, "departure")}
    assert deps["林美華"].counterparty == "Nvidia"


def test_threatening_to_resign_is_not_a_departure():
    r = run(HANT)
    assert "陳思遠" not in {e.person for e in r.events}


def test_promotion_inside_the_company_gets_the_new_title():
    r = run(HANT)
    (p,) = by(r, "promotion")
    assert (p.person, p.org, p.role) == ("張立德", "星辰智能", "Chief Technology Officer")


def test_funding_in_new_taiwan_dollars_with_lead_investor_and_no_revenue():
    r = run(HANT)
    (f,) = by(r, "funding")
    assert (f.org, f.amount, f.currency, f.counterparty) == ("星辰智能", 8e8, "TWD", "TSMC")
    assert f.date == "2023-11-01" and f.date_precision == "month"


# -- Simplified Chinese -----------------------------------------------------------------------------------------
def test_simplified_round_with_lead_and_follow_investors():
    r = run(HANS)
    (f,) = by(r, "funding")
    assert f.org == "深空科技" and f.amount == 5e8 and f.currency == "CNY"
    # 红杉中国 is HongShan (Sequoia Capital China, independent since 2024), not Sequoia Capital
    assert "HongShan" in f.counterparty and "Tencent" in f.counterparty


def test_simplified_founding_names_each_founder():
    r = run(HANS)
    founders = {e.person for e in by(r, "founding") if e.org == "深空科技"}
    assert founders == {"刘振东", "赵敏"}
    assert all(e.date == "2023-01-01" for e in by(r, "founding"))


def test_a_denied_rumour_is_not_a_departure_and_spending_is_not_funding():
    r = run(HANS)
    assert all(e.person != "刘振东" for e in by(r, "departure"))
    assert all(e.amount != 1e9 for e in r.events)


def test_simplified_departure_to_a_rival_dated_early_this_month():
    r = run(HANS)
    (d,) = by(r, "departure")
    assert (d.person, d.org, d.counterparty, d.date) == ("孙浩", "深空科技", "Moonshot AI", "2024-12-01")


def test_simplified_article_gives_the_same_events_as_its_traditional_twin():
    from talentdb.extract.text import _s2t

    hant = _s2t().convert(HANS)
    a = [(e.type, e.person, e.org, e.role, e.date, e.amount) for e in run(HANS).events]
    b = [(e.type, to_simplified(e.person or "") or None, to_simplified(e.org or "") or None, e.role, e.date, e.amount)
         for e in run(hant).events]
    assert a == b
    t2 = [(e.type, e.person, e.org, e.role, e.date, e.amount) for e in run(to_simplified(HANT)).events]
    t1 = [(e.type, to_simplified(e.person or "") or None, to_simplified(e.org or "") or None, e.role, e.date, e.amount)
          for e in run(HANT).events]
    assert t1 == t2


# -- English ----------------------------------------------------------------------------------------------------
def test_english_chief_scientist_leaves_to_found_a_startup_that_raises_money():
    r = run(EN, lang="en")
    (d,) = by(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("Jane Doe", "Meta", "Chief Scientist", "2024-03-01")
    (fo,) = by(r, "founding")
    assert (fo.person, fo.org) == ("Jane Doe", "Orbital Labs")
    (fu,) = by(r, "funding")
    assert (fu.org, fu.amount, fu.currency) == ("Orbital Labs", 1.2e8, "USD")
    assert fu.counterparty == "Sequoia Capital, Nvidia"
    assert fu.date == "2024-12-02"


def test_english_object_promotion_threat_revenue_and_talks():
    r = run(EN, lang="en")
    (p,) = by(r, "promotion")
    assert (p.person, p.org, p.role) == ("Alice Wong", "Meta", "Chief Scientist")
    assert "John Roe" not in {e.person for e in r.events}
    assert len(by(r, "funding")) == 1


def test_a_person_merely_quoted_with_a_title_is_not_an_event():
    text = "OpenAI上週宣布完成融資。麻省理工學院教授西蒙·約翰遜(Simon Johnson)對此表示:「人才離開公司是問題。」"
    r = run(text, published=date(2024, 10, 9))
    assert all(e.person != "Simon Johnson" for e in r.events)


def test_later_mentions_by_surname_and_pronoun_resolve_to_the_canonical_name():
    text = ("OpenAI聯合創始人伊利亞·蘇茨克維(Ilya Sutskever)是公司的靈魂人物。"
            "今年5月,他離職創立了自己的公司Safe Superintelligence。蘇茨克維隨後發表聲明。")
    r = run(text, published=date(2024, 10, 9))
    (d,) = by(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("Ilya Sutskever", "OpenAI", "Co-founder", "2024-05-01")
    (f,) = by(r, "founding")
    assert (f.person, f.org, f.date) == ("Ilya Sutskever", "Safe Superintelligence", "2024-05-01")


def test_users_can_extend_the_lexicon_without_code(tmp_path, monkeypatch):
    from talentdb.extract import lexicon as lx

    (tmp_path / "orgs.local.toml").write_text('[orgs]\n"Zorblax Dynamics" = ["佐布拉克斯"]\n', encoding="utf-8")
    (tmp_path / "triggers.local.toml").write_text('[[departure]]\nwords = ["掛冠求去"]\n', encoding="utf-8")
    monkeypatch.setenv("TALENTDB_LEXICON_DIR", str(tmp_path))
    lx.lexicon.cache_clear()
    try:
        r = run("佐布拉克斯首席技術長王建國上週掛冠求去。", published=date(2024, 10, 9))
        (d,) = by(r, "departure")
        assert (d.person, d.org) == ("王建國", "Zorblax Dynamics")
    finally:
        monkeypatch.delenv("TALENTDB_LEXICON_DIR")
        lx.lexicon.cache_clear()


@pytest.mark.parametrize("text", ["", "   ", "。。。", "(((", "离职", "Mr. left.", "加入", "\x00\ud7ff"])
def test_degenerate_inputs_give_no_events_and_no_error(text):
    assert run(text).events == [] or all(e.evidence in text for e in run(text).events)


EN_ROUND = """Vantage AI raises $200 million at $2 billion valuation; CTO departs
Vantage AI, the enterprise agent startup, has raised $200 million at a $2 billion valuation in a Series C round led by Thrive Capital, the company announced Thursday.
The startup also said its chief technology officer, Rohan Mehta, has stepped down. Mehta, who co-founded the company in 2021 with chief executive Tom Avery, plans to start a new venture.
Vantage's revenue tripled last year to $90 million, Avery said.
"""


def test_a_round_priced_at_a_valuation_is_funded_with_the_money_raised_not_the_valuation():
    r = run(EN_ROUND, published=date(2024, 11, 15), lang="en")
    (f,) = by(r, "funding")
    assert (f.org, f.amount, f.counterparty, f.date) == ("Vantage AI", 2e8, "Thrive Capital", "2024-11-14")


def test_the_company_refers_to_the_one_the_article_is_about():
    r = run(EN_ROUND, published=date(2024, 11, 15), lang="en")
    (d,) = by(r, "departure")
    assert (d.person, d.org, d.role) == ("Rohan Mehta", "Vantage AI", "Chief Technology Officer")
    assert {e.person for e in by(r, "founding") if e.org == "Vantage AI"} == {"Rohan Mehta", "Tom Avery"}
    assert all(e.type != "founding" or e.org == "Vantage AI" for e in r.events)  # "plans to start" is not done


def test_full_width_punctuation_gives_the_same_events_as_half_width():
    half = normalise(HANT)
    full = half.replace(",", "，").replace("(", "（").replace(")", "）")
    a = [(e.type, e.person, e.org, e.role, e.date, e.amount) for e in extract(half, published=date(2024, 12, 4)).events]
    r = extract(full, published=date(2024, 12, 4))
    assert [(e.type, e.person, e.org, e.role, e.date, e.amount) for e in r.events] == a
    assert all(e.evidence in full for e in r.events)


def test_people_listed_under_one_plural_title_leave_the_same_place_for_the_same_destination():
    text = ("Quillon Bio is hiring. Three other Genentech researchers, Emily Ross, Kenji Watanabe and Carla Mendes, "
            "resigned in April to join Quillon Bio.")
    r = run(text, published=date(2024, 9, 18), lang="en")
    deps = {e.person: e for e in by(r, "departure")}
    assert set(deps) == {"Emily Ross", "Kenji Watanabe", "Carla Mendes"}
    for e in deps.values():
        assert (e.org, e.role, e.counterparty, e.date) == ("Genentech", "Researcher", "Quillon Bio", "2024-04-01")


def test_a_company_named_only_by_the_text_is_recognised_and_funded():
    text = ("智元星辰获8亿元A+轮融资\n人形机器人公司智元星辰今日宣布完成8亿元人民币A+轮融资,本轮融资由高瓴资本领投。"
            "智元星辰由前华为“天才少年”项目成员彭志辉于2023年2月创立。")
    r = run(text, published=date(2024, 11, 14))
    (f,) = by(r, "funding")
    assert (f.org, f.amount, f.currency, f.counterparty) == ("智元星辰", 8e8, "CNY", "Hillhouse")
    (fo,) = by(r, "founding")
    assert (fo.person, fo.org, fo.date) == ("彭志辉", "智元星辰", "2023-02-01")


def test_a_dateline_is_not_the_date_of_the_event_and_a_board_appointment_is_a_promotion():
    text = ("Stability AI CEO resigns\nLONDON, March 25 (Reuters) - Stability AI founder Emad Mostaque has resigned as "
            "chief executive of the startup, the company said on Friday. The board appointed chief operating officer "
            "Shan Shan Wong and chief technology officer Christian Laforte as interim co-CEOs.")
    r = run(text, published=date(2024, 3, 25), lang="en")
    (d,) = by(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("Emad Mostaque", "Stability AI", "Chief Executive Officer", "2024-03-22")
    promoted = {e.person: e.role for e in by(r, "promotion")}
    assert promoted == {"Shan Shan Wong": "Co-Chief Executive Officer", "Christian Laforte": "Co-Chief Executive Officer"}


def test_a_company_someone_will_found_is_not_founded_and_a_total_raised_is_not_a_round():
    text = ("百川智能聯合創始人焦可此前曾在搜狗擔任高級副總裁,2023年與王小川共同創立百川智能。離職後,他將創辦一家專注AI教育的公司。"
            "The company has raised over $100 million since 2022.")
    r = run(text, published=date(2024, 8, 20))
    assert {(e.person, e.org) for e in by(r, "founding")} == {("焦可", "Baichuan"), ("王小川", "Baichuan")}
    assert by(r, "funding") == []


def test_a_group_after_a_preposition_does_not_hide_who_resigned():
    text = "8月12日,百川智能聯合創始人焦可在朋友圈宣布辭去公司全部職務。"
    r = run(text, published=date(2024, 8, 20))
    (d,) = by(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("焦可", "Baichuan", "Co-founder", "2024-08-12")


def test_a_name_without_title_opening_a_sentence_leaves_the_company_in_the_headline():
    text = "星河科技高层变动\n张立新已于上周离职,加入字节跳动。王芳也在本月初辞职。\n金额已于上周到账。"
    r = run(text, published=date(2024, 11, 14))
    deps = {e.person: e for e in by(r, "departure")}
    assert set(deps) == {"张立新", "王芳"}
    assert (deps["张立新"].org, deps["张立新"].counterparty, deps["张立新"].date) == ("星河科技", "ByteDance", "2024-11-04")
    assert (deps["王芳"].org, deps["王芳"].date) == ("星河科技", "2024-11-01")


def test_an_open_english_title_and_a_company_named_twice_are_recognised():
    text = "Meanwhile, Genentech promoted Leo Zhang to head of early research in immunology in March. Genentech declined to comment."
    r = run(text, published=date(2024, 9, 18), lang="en")
    (p,) = by(r, "promotion")
    assert (p.person, p.org, p.role_raw, p.date) == ("Leo Zhang", "Genentech", "head of early research in immunology", "2024-03-01")


def test_a_promotion_by_an_unnamed_board_keeps_the_person_and_leaves_the_organisation_null():
    r = run("The board promoted Leo Zhang to chief scientist last week.", published=date(2024, 10, 9), lang="en")
    (p,) = by(r, "promotion")
    assert (p.person, p.org, p.role, p.date) == ("Leo Zhang", None, "Chief Scientist", "2024-09-30")


def test_a_successor_takes_the_title_given_up_and_a_former_employer_is_not_the_new_one():
    text = ("商湯科技人事\n商湯科技(SenseTime)昨日公布,聯合創始人徐立將辭任首席執行官一職,由聯合創始人兼執行董事楊帆接任。"
            "公司又宣布,前阿里巴巴達摩院視覺實驗室負責人王剛已正式加盟,出任首席科學家。")
    r = run(text, published=date(2024, 12, 5))
    (d,) = by(r, "departure")
    assert (d.person, d.org, d.role, d.date) == ("徐立", "SenseTime", "Chief Executive Officer", "2024-12-04")
    (p,) = by(r, "promotion")
    assert (p.person, p.org, p.role) == ("楊帆", "SenseTime", "Chief Executive Officer")
    (h,) = by(r, "hire")
    assert (h.person, h.org, h.role) == ("王剛", "SenseTime", "Chief Scientist")
