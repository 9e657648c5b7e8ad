"""Small invented articles in the three scripts that tests of several mechanisms read, and the day they are
read as published."""
from datetime import date

from tests.extracting import run

# The three small articles are read as published on this day (a Wednesday).
PUBLISHED = date(2024, 12, 4)

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

EN_ROUND = """Vantage AI raises $200 million at $2 billion valuation; CTO departs
Vantage AI, the enterprise agent startup, has raised $200 million at a $2 billion valuation in a Series C round led by Thrive Capital, the company announced Thursday.
The startup also said its chief technology officer, Rohan Mehta, has stepped down. Mehta, who co-founded the company in 2021 with chief executive Tom Avery, plans to start a new venture.
Vantage's revenue tripled last year to $90 million, Avery said.
"""


def read(text, lang=None):
    """The events of ``text`` read as published on PUBLISHED."""
    return run(text, published=PUBLISHED, lang=lang)
