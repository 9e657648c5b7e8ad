"""The strategies of talentdb/extract/events/founding.py, one test each, on invented sentences: the company founded
(FOUNDED_ORG_STRATEGIES), its founders (FOUNDER_STEPS) and where each founder came from (FOUNDER_ORIGIN_STRATEGIES)."""
from talentdb.extract.events import founding as F
from talentdb.extract.events.site import NOTHING
from talentdb.extract.events.subjects import _subjects
from tests.extracting import ev, run, site_at


def foundings(text):
    return [(e.person, e.org) for e in ev(run(text), "founding")]


# -- FOUNDED_ORG_STRATEGIES ------------------------------------------------------------------------------------------
def test_company_before_passive():
    assert foundings("Quorra Robotics was co-founded in 2022 by Ana Ruiz and Ben Tao.") == [
        ("Ana Ruiz", "Quorra Robotics"), ("Ben Tao", "Quorra Robotics")]
    assert foundings("Quorra was founded by Ana Ruiz in 2019.") == [("Ana Ruiz", "Quorra")]


def test_company_before_comma():
    assert foundings("Oslo-based Quorra, founded last year by former Orbis Capital engineers Ana Ruiz and Ben Tao, said "
                     "this month that it had raised $9 million.") == [("Ana Ruiz", "Quorra"), ("Ben Tao", "Quorra")]


def test_new_unit_described_is_no_founding():
    site = site_at("前星河科技首席架構師林佳慧轉投銀河科技新成立的量子計算實驗室。", "成立")
    assert F.new_unit_described(site, _subjects(site)) is NOTHING
    assert not foundings("前星河科技首席架構師林佳慧轉投銀河科技新成立的量子計算實驗室。")


def test_company_just_founded():
    text = ("Ana Ruiz resigned from Brightline Labs last week. Her new venture, Fathom Systems, was incorporated in May. "
            "She founded the company with Ben Okafor.")
    assert foundings(text) == [("Ana Ruiz", "Fathom Systems"), ("Ben Okafor", "Fathom Systems")]


def test_company_described_then_named_not_the_one_its_founders_left():
    text = ("A Lisbon start-up founded last year by former Orbis Capital engineers has raised $5 million. Quorra "
            "Robotics plans to hire ten engineers.")
    assert foundings(text) == [(None, "Quorra Robotics")]
    assert foundings("A Lisbon start-up founded last year by former Orbis Capital engineers has raised $5 million.") == []


def test_company_the_which_clause_is_about():
    assert foundings("Ana Ruiz and Ben Tao now run Quorra Robotics, which Orrin Vale founded in 1987.") == [
        ("Orrin Vale", "Quorra Robotics")]


def test_company_named_after_its_description():
    assert foundings("Ana Ruiz and Ben Okafor announced the creation of their own company, Lanternfly Studios.") == [
        ("Ana Ruiz", "Lanternfly Studios"), ("Ben Okafor", "Lanternfly Studios")]


def test_company_after_word():
    assert foundings("2021年,林佳慧與柯文瀚共同創立星途機器人。") == [("林佳慧", "星途機器人"), ("柯文瀚", "星途機器人")]


def test_company_opening_the_clause():
    assert foundings("星河生物今日宣布,其全資子公司星河智藥(上海)有限公司已於8月25日在上海正式成立。") == [
        (None, "星河智藥(上海)有限公司")]


def test_company_opening_the_clause_read_in_two_is_the_glossed_one():
    text = "星河投資近年活躍。星河投資者網絡(Galaxy Investors Network, GIN)上月初正式成立。"
    assert foundings(text) == [(None, "Galaxy Investors Network")]


def test_company_opening_the_clause_dated_by_a_clause_opening_the_sentence():
    text = "星途科技的兩位創辦人\n\n2012年,作為合夥人,他們註冊的星途科技公司成立。"
    assert foundings(text) == [(None, "星途科技")]
    # (a date inside another clause, not opening the sentence, dates nothing here)
    assert not foundings("星途科技的兩位創辦人\n\n作為合夥人,他們在2012年相識,註冊的星途科技公司成立。")


def test_company_the_clause_describes():
    assert foundings("Ana Ruiz left Orbis Capital's management board in 2021 and now runs Carbonly, a carbon-accounting "
                     "startup she launched the following year.") == [("Ana Ruiz", "Carbonly")]


def test_company_after_fronted_clause():
    site = site_at("云帆科技员工破百\n\n2019年成立于苏州,云帆科技是一家工业软件公司。", "成立")
    assert F.company_after_fronted_clause(site, _subjects(site)) == ("云帆科技", [])
    assert foundings("藍鯨物流擴大版圖\n\n創立於2017年,藍鯨物流是台灣主要的冷鏈配送平台之一。") == [(None, "藍鯨物流")]
    # (the clause with a name of its own, or a subject, is no fronted clause)
    site = site_at("云帆科技员工破百\n\n林佳慧2019年成立于苏州的工作室,云帆科技是其客户。", "成立")
    assert F.company_after_fronted_clause(site, _subjects(site)) is None


def test_company_a_founder_dates_before_de():
    site = site_at("設計師林佳慧是連續創業者,她在2012年創立的晴川設計,三年後被收購。", "創立")
    assert F.company_a_founder_dates_before_de(site, _subjects(site)) == ("晴川設計", None)


def test_company_named_after_its_kind():
    # (a summary and the body that tell it twice: the name found by no finder, told again)
    site = site_at("创始人柯文瀚2016年5月创立二手图书交易平台书虫圈。\n\n创始人柯文瀚2016年5月创立二手图书交易平台书虫圈。", "创立")
    assert F.company_named_after_its_kind(site, _subjects(site)) == ("书虫圈", None)


def test_company_the_sentence_opens_with():
    site = site_at("星河科技營收創新高\n\n星河科技是一家機器人公司,於2015年創立,總部在台北。", "創立")
    assert F.company_the_sentence_opens_with(site, _subjects(site)) == ("星河科技", [])
    # (another company between: the clause is told of that one, or of no one sure)
    assert not foundings("星河科技營收創新高\n\n星河科技收購了銀河科技,後者成立於2015年。")


def test_company_since_its_founding_named_before():
    assert foundings("星河科技營收創新高\n\n星河科技自2015年成立以來,營收成長十倍。") == [(None, "星河科技")]


def test_company_before_by():
    assert foundings("星河科技由林佳慧與柯文瀚於2010年共同創辦。") == [("林佳慧", "星河科技"), ("柯文瀚", "星河科技")]
    assert foundings("星途機器人成立於2023年,由林佳慧和柯文瀚共同創立。") == [("林佳慧", "星途機器人"), ("柯文瀚", "星途機器人")]


# -- FOUNDER_STEPS -----------------------------------------------------------------------------------------------------
def test_founders_before_by():
    site = site_at("星途機器人成立於2023年,由林佳慧和柯文瀚共同創立。", "共同創立")
    assert [p.key for p in F.founders_before_by(site, [])] == ["林佳慧", "柯文瀚"]


def test_founders_announcing():
    site = site_at("Veteran banker Ana Ruiz and two partners announced the launch of a new advisory firm on Tuesday.",
                   "the launch of")
    assert [p.key for p in F.founders_announcing(site, [])] == ["Ana Ruiz"]
    # (someone named before a comma is no announcer: "Ana Ruiz, said the group, announced…")
    site = site_at("Orbis said on Monday that Ana Ruiz joined. The group announced the launch of a new firm.",
                   "the launch of")
    assert F.founders_announcing(site, []) == []


def test_cofounder_named_with():
    assert foundings("Ana Ruiz co-founded Quorra Robotics in 2021 with chief executive Ben Tao.") == [
        ("Ana Ruiz", "Quorra Robotics"), ("Ben Tao", "Quorra Robotics")]


def test_cofounder_before_with():
    assert foundings("林佳慧上月離開星河科技,與前美術總監柯文瀚聯合創立星途遊戲。") == [
        ("林佳慧", "星途遊戲"), ("柯文瀚", "星途遊戲")]


# -- FOUNDER_ORIGIN_STRATEGIES -----------------------------------------------------------------------------------------
def test_former_employer_just_before():
    r = run("前銀河科技工程師林佳慧去年創立了具身智能公司遠航智造。")
    assert [(e.person, e.counterparty) for e in ev(r, "founding")] == [("林佳慧", "銀河科技")]


def test_origin_of_the_first_in_the_list():
    r = run("Quorra Robotics was founded last year by former Quillbank engineers Ana Ruiz and Ben Tao.")
    assert [(e.person, e.counterparty) for e in ev(r, "founding")] == [("Ana Ruiz", "Quillbank"), ("Ben Tao", "Quillbank")]


def test_origin_after_the_name():
    r = run("Corvane Bio was co-founded in March 2024 by Ana Ruiz, a chemist who previously ran discovery at Orbis "
            "Pharma, and Ben Tao.")
    assert [(e.person, e.counterparty) for e in ev(r, "founding")] == [("Ana Ruiz", "Orbis Pharma"), ("Ben Tao", None)]
