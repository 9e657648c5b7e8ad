"""One person, several moves in one article: each dated step of a line of a career is an event of its own
(tests/realnews/README.md rules 3 and 4), and one move told twice stays one. Invented people and companies, all
three scripts; each case lists every event of its people the extractor must give, as (type, person, org, role,
date) with the date cut to what the text tells (a year, a month or a day)."""
import pytest

from tests.extracting import run


def _events(text):
    r = run(text)
    return [(e.type, e.person, e.org, e.role, e.date) for e in r.events]


def _told(got, want):
    """Whether ``got`` holds exactly the events of ``want``, one each, every date starting as the one wanted."""
    left = list(got)
    for w in want:
        g = next((g for g in left if g[:4] == w[:4] and (g[4] or "").startswith(w[4] or "")), None)
        if g is None:
            return False
        left.remove(g)
    return not left


# Each case: the article, then every event it tells (dates cut to the year, "YYYY-MM" or the day when so told).
CAREER_LINES = [
    # English: posts listed after the word with their verb left out, each with its time
    ("Halvern Foods named Mara Quist chief executive on Tuesday. Quist became Halvern's finance director in 2012 "
     "and COO in 2019.",
     [("promotion", "Mara Quist", "Halvern Foods", "Chief Executive Officer", "2025-04-29"),
      ("promotion", "Mara Quist", "Halvern Foods", "Director of Finance", "2012"),
      ("promotion", "Mara Quist", "Halvern Foods", "Chief Operating Officer", "2019")]),
    ("Tidewell Bank appointed Oren Baptiste as chairman on Monday. Baptiste joined Tidewell Bank in 1998, was named "
     "treasurer in 2004, chief risk officer in 2009 and president in 2016.",
     [("promotion", "Oren Baptiste", "Tidewell Bank", "Chairman", "2025-04-28"),
      ("hire", "Oren Baptiste", "Tidewell Bank", None, "1998"),
      ("promotion", "Oren Baptiste", "Tidewell Bank", "Treasurer", "2004"),
      ("promotion", "Oren Baptiste", "Tidewell Bank", "Chief Risk Officer", "2009"),
      ("promotion", "Oren Baptiste", "Tidewell Bank", "President", "2016")]),
    ("Tidewell Bank appointed Oren Baptiste as chairman on Monday. Baptiste served as CFO from 2003 to 2008 and as "
     "president from 2010 to 2015.",
     [("promotion", "Oren Baptiste", "Tidewell Bank", "Chairman", "2025-04-28"),
      ("promotion", "Oren Baptiste", "Tidewell Bank", "Chief Financial Officer", "2003"),
      ("departure", "Oren Baptiste", "Tidewell Bank", "Chief Financial Officer", "2008"),
      ("promotion", "Oren Baptiste", "Tidewell Bank", "President", "2010"),
      ("departure", "Oren Baptiste", "Tidewell Bank", "President", "2015")]),
    # English: the end of a post told with a time, a return, heading a company since a time
    ("Corvel Mining named Ilse Varga chairman on Monday. Varga rose to become chief executive of Corvel Mining in "
     "2006, a position she held until 2014.",
     [("promotion", "Ilse Varga", "Corvel Mining", "Chairman", "2025-04-28"),
      ("promotion", "Ilse Varga", "Corvel Mining", "Chief Executive Officer", "2006"),
      ("departure", "Ilse Varga", "Corvel Mining", "Chief Executive Officer", "2014")]),
    ("Corvel Mining named Ilse Varga chairman on Monday. Varga left the company in 2009 after a dispute with the "
     "board, but returned in 2013.",
     [("promotion", "Ilse Varga", "Corvel Mining", "Chairman", "2025-04-28"),
      ("departure", "Ilse Varga", "Corvel Mining", None, "2009"),
      ("hire", "Ilse Varga", "Corvel Mining", None, "2013")]),
    ("Ferro Group named Luca Bianchi as chief executive on Monday. Nadia Ferro, daughter of the group's founder "
     "Pietro Ferro, served as its chief executive until 2018.",
     [("promotion", "Luca Bianchi", "Ferro Group", "Chief Executive Officer", "2025-04-28"),
      ("departure", "Nadia Ferro", "Ferro Group", "Chief Executive Officer", "2018")]),
    ("Quorra Bank named Ana Ruiz chairman on Monday. Ruiz was chairman of Helix Insurance from 2012 to 2018 and of "
     "Tidewell Bank from 2019 to 2023.",
     [("promotion", "Ana Ruiz", "Quorra Bank", "Chairman", "2025-04-28"),
      ("promotion", "Ana Ruiz", "Helix Insurance", "Chairman", "2012"),
      ("departure", "Ana Ruiz", "Helix Insurance", "Chairman", "2018"),
      ("promotion", "Ana Ruiz", "Tidewell Bank", "Chairman", "2019"),
      ("departure", "Ana Ruiz", "Tidewell Bank", "Chairman", "2023")]),
    # Chinese: a post held before (曾任), told with its time or span, is a line of a career too
    ("星河科技今日宣布林佳慧出任技術長。林佳慧自2003年7月至2013年5月曾任月光半導體亞太區技術長,月光半導體為全球前十大晶圓廠。",
     [("promotion", "林佳慧", "星河科技", "Chief Technology Officer", "2025-05-02"),
      ("promotion", "林佳慧", "月光半導體", "Chief Technology Officer", "2003-07"),
      ("departure", "林佳慧", "月光半導體", "Chief Technology Officer", "2013-05")]),
    ("星河科技今日宣布林佳慧出任技術長。此前2016年,林佳慧曾擔任月光半導體獨立董事。",
     [("promotion", "林佳慧", "星河科技", "Chief Technology Officer", "2025-05-02"),
      ("promotion", "林佳慧", "月光半導體", "Independent Director", "2016")]),
    ("云岭科技今日宣布方慧敏出任总经理。方慧敏曾于2014至2018年期间出任云岭科技董事会秘书。",
     [("promotion", "方慧敏", "云岭科技", "General Manager", "2025-05-02"),
      ("promotion", "方慧敏", "云岭科技", "Board Secretary", "2014"),
      ("departure", "方慧敏", "云岭科技", "Board Secretary", "2018")]),
    # Traditional Chinese: a line of a career, joinings and a return each with its year, the title of each step its own
    ("星澄電子今日宣布,由總經理許文傑升任董事長。許文傑自1999年進入星澄集團服務,2007年重返星澄集團,2012年9月起擔任"
     "星澄電子副總經理,2016年升任星澄電子總經理。",
     [("promotion", "許文傑", "星澄電子", "Chairman", "2025-05-02"),
      ("hire", "許文傑", "星澄集團", None, "1999"),
      ("hire", "許文傑", "星澄集團", None, "2007"),
      ("promotion", "許文傑", "星澄電子", "Vice President", "2012-09"),
      ("promotion", "許文傑", "星澄電子", "General Manager", "2016")]),
    # … about someone named as another's kin: the son, not the father
    ("星澄電子今日宣布,由總經理許文傑升任董事長。至於星澄電子方面,許文傑為集團創辦人許大同之子,自1999年進入星澄集團"
     "服務,2004年赴美進修,2007年重返星澄集團服務,2016年升任星澄電子總經理。",
     [("promotion", "許文傑", "星澄電子", "Chairman", "2025-05-02"),
      ("hire", "許文傑", "星澄集團", None, "1999"),
      ("hire", "許文傑", "星澄集團", None, "2007"),
      ("promotion", "許文傑", "星澄電子", "General Manager", "2016")]),
    # Simplified Chinese: the same
    ("云岭科技董事会今日宣布,聘任副总经理方慧敏为总经理。方慧敏2008年加入云岭科技。她2013年起担任财务总监,2019年升任副总经理。",
     [("promotion", "方慧敏", "云岭科技", "General Manager", "2025-05-02"),
      ("hire", "方慧敏", "云岭科技", None, "2008"),
      ("promotion", "方慧敏", "云岭科技", "Director of Finance", "2013"),
      ("promotion", "方慧敏", "云岭科技", "Vice President", "2019")]),
    ("云岭科技董事会今日宣布,聘任副总经理方慧敏为总经理。方慧敏为集团董事长方建国的女儿,2013年起担任云岭科技财务总监,"
     "2019年升任副总经理。",
     [("promotion", "方慧敏", "云岭科技", "General Manager", "2025-05-02"),
      ("promotion", "方慧敏", "云岭科技", "Director of Finance", "2013"),
      ("promotion", "方慧敏", "云岭科技", "Vice President", "2019")]),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,want", CAREER_LINES, ids=[f"line{i}" for i in range(len(CAREER_LINES))])
def test_each_dated_step_of_a_career_is_an_event_of_its_own(text, want):
    assert _told(_events(text), want), _events(text)


# One move told twice (or a time that is no move) stays one event.
TOLD_ONCE = [
    ("Halvern Foods named Mara Quist chief executive on Tuesday. Quist, the new chief executive, was finance director "
     "of the group before.",
     [("promotion", "Mara Quist", "Halvern Foods", "Chief Executive Officer", "2025-04-29")]),
    ("Halvern Foods named Mara Quist chief executive on Tuesday. Quist joined Halvern Foods in 2012. The board said "
     "Quist, who joined Halvern Foods in 2012, knows the business well.",
     [("promotion", "Mara Quist", "Halvern Foods", "Chief Executive Officer", "2025-04-29"),
      ("hire", "Mara Quist", "Halvern Foods", None, "2012")]),
    ("星河科技今日宣布林佳慧出任技術長。林佳慧曾任月光半導體獨立董事。",
     [("promotion", "林佳慧", "星河科技", "Chief Technology Officer", "2025-05-02")]),
    ("云岭科技今日宣布方慧敏出任总经理。方慧敏表示,出任总经理是新的挑战。",
     [("promotion", "方慧敏", "云岭科技", "General Manager", "2025-05-02")]),
    # (年次 after a year is a birth cohort, not a time of taking the post)
    ("星澄電子今日宣布,由總經理許文傑升任董事長。62年次的許文傑擔任總經理期間,推動多項改革。",
     [("promotion", "許文傑", "星澄電子", "Chairman", "2025-05-02")]),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,want", TOLD_ONCE, ids=[f"once{i}" for i in range(len(TOLD_ONCE))])
def test_one_move_told_twice_stays_one_event(text, want):
    assert _told(_events(text), want), _events(text)


# Two posts left at one organisation, told in one sentence at two times (one in a relative clause): two departures
TWO_POSTS_LEFT_IN_ONE_SENTENCE = [
    ("en", "Orbis Air said on Monday that Ana Ruiz, who quit as CEO of Orbis Air last year after eight years in the "
           "job, is to retire as chairman on June 30.",
     "Ana Ruiz", "Orbis Air", "Chief Executive Officer", "Chairman"),
    ("zh-Hans", "星河航空周一宣布，去年卸任星河航空总经理的林佳慧，将于6月30日卸任董事长。",
     "林佳慧", "星河航空", "General Manager", "Chairman"),
    ("zh-Hant", "星河航空週一宣布，去年卸任星河航空總經理的林佳慧，將於6月30日卸任董事長。",
     "林佳慧", "星河航空", "General Manager", "Chairman"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,org,first,then", TWO_POSTS_LEFT_IN_ONE_SENTENCE)
def test_two_posts_left_in_one_sentence_at_two_times_are_two_departures(lang, text, person, org, first, then):
    r = run(text, lang=lang)
    got = sorted((e.role, e.date[:4]) for e in r.events if e.type == "departure" and e.person == person
                 and e.org == org)
    assert got == sorted([(first, "2024"), (then, "2025")])


# A Chinese career sentence that opens with the person and runs on past a list of degrees to a joining with its time:
# the joining is the person's (no one else is named before it), though the list lies between them
CAREER_SENTENCE_JOINING = [
    ("zh-Hant", "星河娛樂今日宣佈委任林佳慧為主席。\n林佳慧持有星澄大學電機工程學系學士學位、企業管理研究所碩士學位及財務金融博士學位﹐1998 年加入星河娛樂。",
     "林佳慧", "星河娛樂"),
    ("zh-Hans", "星河娱乐今日宣布委任林佳慧为主席。\n林佳慧持有星澄大学电机工程学系学士学位、企业管理研究所硕士学位及财务金融博士学位﹐1998 年加入星河娱乐。",
     "林佳慧", "星河娱乐"),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("lang,text,person,org", CAREER_SENTENCE_JOINING)
def test_a_joining_in_a_long_career_sentence_is_the_persons(lang, text, person, org):
    r = run(text, lang=lang)
    got = sorted((e.type, e.role, (e.date or "")[:7]) for e in r.events if e.person == person and e.org == org)
    assert got == [("hire", None, "1998-01"), ("promotion", "Chairman", "2025-05")]


# (a step up years after a joining, its title read as the joining's; a joining with no title long before a return)
YEARS_AFTER_THE_JOINING = [
    ("星澜环保委任王立群为董事会主席\n星澜环保董事会今日宣布,由执行董事王立群出任董事会主席。"
     "王立群于2012年5月加入星澜环保出任执行董事,2019年6月晋升为执行董事兼总裁。",
     [("promotion", "王立群", "星澜环保", "Chairman", "2025-05-02"),
      ("hire", "王立群", "星澜环保", "Executive Director", "2012-05"),
      ("promotion", "王立群", "星澜环保", "Executive Director", "2019-06")]),
    ("People\nVarrow Tools said its chief executive Owen Brandt would retire on June 30. Brandt began his career at "
     "Varrow Tools in 1991 as an apprentice.\nHe came back to Varrow Tools as its chief executive on 3 March 2014.",
     [("departure", "Owen Brandt", "Varrow Tools", "Chief Executive Officer", "2025-06-30"),
      ("hire", "Owen Brandt", "Varrow Tools", None, "1991"),
      ("hire", "Owen Brandt", "Varrow Tools", "Chief Executive Officer", "2014-03-03")]),
]


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text,want", YEARS_AFTER_THE_JOINING, ids=["zh-step-up", "en-return"])
def test_a_step_or_a_return_years_after_the_joining_is_an_event_of_its_own(text, want):
    got = _events(text)
    assert _told(got, want), got
