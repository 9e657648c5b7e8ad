"""The strategies of talentdb/extract/events/orgs.py, one test each, on invented sentences: the organisation a person
leaves (DEPARTURE_ORG_STRATEGIES), an organisation the lexicon does not know (ORG_SHAPES), someone who comes from
elsewhere (OUTSIDER_CUES) and where they came from (ORIGIN_STRATEGIES)."""
import pytest

from talentdb.extract.events import orgs as O
from talentdb.extract.events.subjects import _subjects
from tests.extracting import ev, run, site_at


def answer(strategy, text, word, *more):
    """What ``strategy`` answers for the first person of trigger ``word`` of an invented article."""
    site = site_at(text, word)
    return strategy(site, _subjects(site)[0], *more)


# -- DEPARTURE_ORG_STRATEGIES: (the organisation left, whether the text names it with the departure) -----------------
def test_org_right_after_word():
    assert answer(O.org_right_after_word, "Ana Ruiz left Brightline Labs in March.", "left") == ("Brightline Labs", True)


def test_known_org_by_its_first_words():
    text = "Brightline Labs Inc. lost its chief scientist. Ana Ruiz left Brightline in March."
    assert answer(O.known_org_by_its_first_words, text, "left") == ("Brightline Labs Inc.", True)


def test_org_left_from():
    text = "星河科技今年營收大增。林佳慧今年7月從星河科技離職。"
    assert answer(O.org_left_from, text, "離職") == ("星河科技", True)


def test_org_of_the_persons_title():
    assert answer(O.org_of_the_persons_title, "Brightline Labs chief financial officer Ana Ruiz resigned.",
                  "resigned") == ("Brightline Labs", True)


def test_org_named_before_person():
    assert answer(O.org_named_before_person, "星河科技旗下研究院負責人林佳慧離職。", "離職") == ("星河科技", True)


def test_company_referred_to_after_word():
    text = "今年3月,星河科技共同創辦人、技術長林佳慧因健康原因離開公司。"
    assert answer(O.company_referred_to_after_word, text, "離開") == ("星河科技", True)


def test_org_between_person_and_word():
    text = "星河科技今年營收大增。林佳慧加入星河科技已有28年,退休後將留任公司顧問。"
    assert answer(O.org_between_person_and_word, text, "退休") == ("星河科技", True)
    assert [(e.person, e.org) for e in ev(run(text), "departure")] == [("林佳慧", "星河科技")]


def test_where_the_article_last_put_them():
    r = run("林佳慧2019年加入星河科技。林佳慧上週宣布退休。")
    assert [(e.person, e.org) for e in ev(r, "departure")] == [("林佳慧", "星河科技")]


def test_company_of_the_story():
    r = run("星河科技今年營收大增。財務長林佳慧將退休。")
    assert [(e.person, e.role) for e in ev(r, "departure")] == [("林佳慧", "Chief Financial Officer")]
    assert answer(O.company_of_the_story, "星河科技今年營收大增。財務長林佳慧將退休。", "退休")[1] is False


# -- ORG_SHAPES ------------------------------------------------------------------------------------------------------
def test_latin_name_after_word():
    r = run("Ana Ruiz has since joined Quillbank as head of customer experience.")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("Ana Ruiz", "Quillbank")]


def test_han_name_with_org_word():
    r = run("林佳慧正式加盟星途機器人,出任首席運營官。")
    assert [(e.person, e.org, e.role) for e in ev(r, "hire")] == [("林佳慧", "星途機器人", "Chief Operating Officer")]


def test_han_name_after_what_it_is():
    r = run("前星河科技工程師林佳慧與兩位前同事創辦了初創公司深度視界。")
    assert [(e.person, e.org) for e in ev(r, "founding")] == [("林佳慧", "深度視界")]


def test_short_name_ending_the_clause():
    r = run("據了解,林佳慧將加盟瑞晶。")
    assert [(e.person, e.org) for e in ev(r, "hire")] == [("林佳慧", "瑞晶")]


# -- OUTSIDER_CUES -----------------------------------------------------------------------------------------------------
def test_former_org_before_name():
    assert answer(O.former_org_before_name, "星河科技委任前銀河科技副總裁林佳慧為技術長。", "委任") is True
    assert answer(O.former_org_before_name, "星河科技委任副總裁林佳慧為技術長。", "委任") is False


def test_former_mark_and_org_word_before_name():
    text = "星河科技今年9月引入了前銀河證券投資部執行總經理林佳慧擔任首席財務官。"
    assert answer(O.former_mark_and_org_word_before_name, text, "引入") is True


def test_former_post_at_org_before_name():
    cue = O.former_post_at_org_before_name
    assert answer(cue, "星河科技(2498)今天宣布,任命宏遠電子(2301)原副總裁林大明出任總經理。", "出任") is True
    assert answer(cue, "星河科技(2498)今天宣布,由宏远电子(2301)前任执行长林大明接任总经理。", "接任") is True
    assert answer(cue, "星河科技(2498)今天宣布,任命副總裁林大明出任總經理。", "出任") is False
    r = run("Quorra Foods Inc. on Monday appointed Orbis Brands' former CFO Ana Ruiz as chief executive officer.")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("hire", "Ana Ruiz", "Orbis Brands")]
    r = run("小米集团今天公布:任命宏远电子(2301)原副总裁林大明出任集团副总裁。")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("hire", "林大明", "宏远电子")]


def test_former_post_at_the_same_org_is_inside():
    r = run("星河科技(2498)今天宣布,由星河科技原執行長林大明接任董事長。")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("promotion", "林大明", None)]
    r = run("星河超市(2912)总经理王大同昨日退休,改由此前担任星河超市营运群副总经理的陈小明接任总经理。")
    assert [(e.type, e.person) for e in ev(r, "promotion")] == [("陈小明", )] or \
        [(e.type, e.person) for e in r.events if e.person == "陈小明"] == [("promotion", "陈小明")]


def test_came_from_the_same_company_said_later_is_inside():
    r = run("Orbis Capital appointed Ana Ruiz as chief executive on Monday. Ruiz was previously at Orbis Capital's "
            "Asian arm.")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("promotion", "Ana Ruiz", None)]
    r = run("星河科技(2498)今天宣布,林大明出任總經理。林大明此前任職於星河科技(2498)台灣分公司。")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("promotion", "林大明", None)]
    r = run("星河科技(2498)今天宣布,林大明出任總經理。林大明此前任職於宏遠電子(2301)。")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("hire", "林大明", "宏遠電子")]


def test_came_from_right_after_name():
    r = run("Orbis Capital appointed Ana Ruiz, previously at Brightline Labs, as chief operating officer.")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("hire", "Ana Ruiz", "Brightline Labs")]


def test_former_employer_in_apposition():
    r = run("Orbis Capital named Ana Ruiz, a former Brightline Labs banker, as its new chief executive.")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("hire", "Ana Ruiz", "Brightline Labs")]


def test_came_from_said_later():
    r = run("Orbis Capital appointed Ana Ruiz as chief executive. Ruiz was previously at Brightline Labs.")
    assert [(e.type, e.person, e.counterparty) for e in r.events] == [("hire", "Ana Ruiz", "Brightline Labs")]


# -- ORIGIN_STRATEGIES -------------------------------------------------------------------------------------------------
def test_origin_in_apposition():
    r = run("Orbis Capital hired Ana Ruiz, a former finance director at Brightline Labs, as chief financial officer.")
    assert [(e.person, e.counterparty) for e in ev(r, "hire")] == [("Ana Ruiz", "Brightline Labs")]


def test_origin_said_later():
    r = run("Orbis Capital hired Ana Ruiz as chief financial officer. Ruiz was previously at Brightline Labs.")
    assert [(e.person, e.counterparty) for e in ev(r, "hire")] == [("Ana Ruiz", "Brightline Labs")]


def test_employer_after_title():
    site = site_at("Orbis Capital named Ben Tao, the former chief editor of Northgate Digital, as its editor. "
                   "Orbis Capital grew.", "named")
    art = site.art
    at = art.text.index("the former") + len("the former ")
    assert O.employer_after_title(art, at) == "Northgate Digital"
    site = site_at("Ana Ruiz, formerly president and chief executive of Pellway Biosciences, was appointed chairman.",
                   "appointed")
    at = site.art.text.index("president")
    assert O.employer_after_title(site.art, at) == "Pellway Biosciences"  # (over a chain of titles)


def test_an_origin_told_earlier_does_not_make_a_promoted_insider_an_outsider():
    text = ("Lena Park, a former engineer at Quorra Labs, joined Corvane Labs in 2019. Park, who had been the "
            "company's vice president of research, was promoted to chief scientific officer this month.")
    site = site_at(text, "promoted")
    assert not O.is_outsider(site, _subjects(site)[0])
    assert [(e.person, e.org) for e in ev(run(text), "promotion")] == [("Lena Park", "Corvane Labs")]


def test_public_office_held_when_named():
    assert answer(O.public_office_held_when_named, "政府公布,委任全國人大代表陳家明出任星澄大學校董會主席。", "出任")
    assert answer(O.public_office_held_when_named, "Harbourline Media said that Mr Tan Boon Hock, who is permanent "
                  "secretary for transport, was named chief executive.", "named")
    # (the cabinet and the diplomatic service: 政務委員, 大使)
    assert answer(O.public_office_held_when_named, "政府公布,委任政務委員陳家明出任星澄大學校董會主席。", "出任")
    assert answer(O.public_office_held_when_named, "政府公布,委任政务委员陈家明出任星澄大学校董会主席。", "出任")
    assert answer(O.public_office_held_when_named, "The government named Ambassador Ana Ruiz chairman of Orbis Bank.",
                  "named")
    # (an office taken after one held is no move from outside: 副局長升任局長)
    assert not answer(O.public_office_held_when_named, "海事局今日公布,副局長陳家明升任局長。", "升任")


def test_public_office_held_before_said_later():
    text = "林佳慧去年4月20日上任星河糖業董事長。林佳慧是資深公務人員,並曾擔任銀河市政府副市長。"
    site = site_at(text, "上任")
    p = site.art.ents.persons_in(0, 3)[0]
    assert O.public_office_held_before_said_later(site, p)
    site = site_at("林佳慧去年4月20日上任銀河市長。林佳慧曾擔任銀河市副市長。", "上任")
    assert not O.public_office_held_before_said_later(site, site.art.ents.persons_in(0, 3)[0])  # (office for office)


@pytest.mark.origin("probe 2026-12-07")
def test_origin_right_after_from():
    text = "Halvard Bank has hired Nadia Osei from Brightwell Holdings as its chief financial officer."
    assert answer(O.origin_right_after_from, text, "hired", "Halvard Bank") == "Brightwell Holdings"
    assert answer(O.origin_right_after_from, "Halvard Bank has named Nadia Osei as its chief financial officer from 3 "
                  "March.", "named", "Halvard Bank") is None


# -- the organisation of a move, not that of someone else named with it ----------------------------------------------
@pytest.mark.origin("realnews-dev")
def test_post_taken_by_the_successor():
    text = "常任秘書長調動\n政府新聞處今日公布多項人事調動。\n政府今日宣布,現任商務局常任秘書長黃美珠出任星河事務局常任秘書長,接替下月退休的林小慧。"
    site = site_at(text, "退休")
    p = next(q for q in site.art.ents.persons_in(site.sentence_start, site.sentence_end) if q.key == "林小慧")
    assert O.post_taken_by_the_successor(site, p) == ("星河事務局", True)
    assert [e.org for e in ev(run(text, lang="zh-Hant"), "departure", "林小慧")] == ["星河事務局"]
    # (not the post told of the successor only: "Ida Marsh, a provost at Halden College, is to succeed Lena Vask")
    text = "Orbis Polytechnic said on Friday that Ida Marsh, a provost at Halden College, will replace Lena Vask."
    site = site_at(text, "will replace")
    assert O.post_taken_by_the_successor(site, site.art.ents.persons_in(site.trigger_end, site.sentence_end)[0]) is None


@pytest.mark.origin("realnews-dev")
def test_body_of_another_head_is_not_where_the_post_is_taken():
    text = "星河捷運公司主席人事\n星河捷運公司今日公布新任主席人選。交通局局長林美珍感謝王大同自2019年7月出任星河捷運公司主席以來的貢獻。"
    assert [e.org for e in ev(run(text, lang="zh-Hant"), "promotion", "王大同")] == ["星河捷運公司"]
    text = "月港機場公司董事長交接\n月港機場公司今天為新舊董事長辦理交接,新任董事長王大同在交通部常務次長林美珍的監交下," \
           "從卸任董事長陳國明手中接下印信。"
    assert [e.org for e in ev(run(text, lang="zh-Hant"), "promotion", "王大同")] == ["月港機場公司"]
    # (the body of the person themself is no one else's)
    site = site_at("交通局今日公布,交通局局長林美珍感謝王大同出任星河捷運公司主席。", "出任")
    o = [o for o in site.art.ents.orgs_in(site.sentence_start, site.trigger_start) if o.key == "交通局"][-1]
    people = {q.key: q for q in site.art.ents.persons_in(site.sentence_start, site.trigger_start)}
    assert O.body_of_another_head(site.art, o, people["王大同"])
    assert not O.body_of_another_head(site.art, o, people["林美珍"])
