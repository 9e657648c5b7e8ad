"""Find and resolve time expressions in one sentence (Traditional Chinese, Simplified Chinese, English).

Every mention is resolved to the FIRST day of what it names and a precision:
``day``, ``week`` (weeks start on Monday), ``month``, ``quarter`` or ``year``.
Relative expressions are anchored on the article's publication date ``published`` (P below);
with ``published=None`` they are still returned, with ``date=None, precision=None``.

Supported forms:

Chinese (Traditional text is folded to Simplified first, so 週/周, 禮拜/礼拜, 這/这, 兩/两 all work;
numbers may be digits or Chinese numerals: 五月, 十一月, 二〇二四年, 兩週前):
  * 2024年2月15日 / 2024年2月15號 → day;  2024年2月 → month;  2021年 → year (never dateparser's "year 3")
  * Taiwanese spacing reads like the unspaced form: 2018 年 6 月, 110 年 3 月 1 日, 今年 7 月 1 日, 3 個月前
  * short years (the rule is data: [short_years] in dates.zh.toml): 民國110年 / 民國一百一十年3月 → 1911 + n in
    either script; in Traditional (Taiwanese) text 110年3月 → 2021-03, 99年底 → 2010; in Simplified (mainland)
    text 15年3月2日 → 2015-03-02, 98年4月 → 1998-04, 零七年八月二十九号 → 2007-08-29, 19年底 → 2019.
    A bare short year (99年 with nothing after) is a year only in Taiwanese text opening a clause or after
    於/在/自/從 (服務了30年 is a duration). What cannot be read surely (110年3月 in mainland text; 15年3月 in
    Taiwanese text, ROC 1926 or Hong Kong's 2015) is a mention without a date, never the publication year.
  * 今(110)年7月1日 / 去(2023)年 (Taiwanese papers): the year written in brackets wins (2-3 digits: ROC)
  * 2021年第三季度 / 2021年第一季 / 2021年三季度 / 2021年Q3 → quarter
  * 2021年初 / 年中 / 年底 / 年末 / 上半年 / 下半年 / 前三季度 / 2021年年底 → year, dated the part's first day
    (see below); 年初 / 年底 / 年末 / 上半年 / 下半年 with no year before them → that part of P's year
    (not after 每 / 當 / 那 / a number: 每年底, 當年底 are other years)
  * 2024年2月初 / 中 / 底 / 上旬 / 中旬 / 下旬 → month, dated the part's first day (see below)
  * 今年 / 本年 / 去年 / 上一年 / 前年 (P-2) / 明年 / 下一年 → year, and the same followed by a month, a day, a
    quarter or a part of the year: 今年5月, 今年五月, 去年11月, 今年5月14日, 今年初, 去年底, 去年第三季度
  * 上個季度 / 上季度 / 上季 / 本季度 / 下一季度 → quarter
  * 5月 alone → month (P's year, or the year before if that month is after P's month);
    5月14日 alone → day (the most recent such day on or before P)
  * 上週 / 上周 / 上星期 / 上個禮拜 → week (Monday of the previous week); 本週 / 這週 → this week; 下週 → next week
  * 上週四 / 上周四 / 上星期四 / 上禮拜四 → that weekday of the previous week (day); 本週三, 下週一 likewise
  * 週三 / 星期三 / 禮拜三 alone → the most recent such weekday on or before P (day); right after a marker of
    what is to come (將於週三, 預計週三) → the first such weekday on or after P
  * 上個月 / 上月 / 本月 / 這個月 / 下個月, optionally with 初 / 中 / 底 (本月初, 上月底) → month
  * 昨天 / 昨日 (P-1), 今天 / 今日 (P), 前天 (P-2), 明天 / 明日 (P+1) → day
  * 昨(11)日 / 今(12)日 (Taiwanese papers) → day; the written day of the month wins if it disagrees
  * 三天前 (day), 兩週前 / 2個星期前 (week), 3個月前 (month), 五年前 (year); 一個多月前, 十多年前, 十多天前
    ("more than"): the period that many units before P
  * 第三季度 / Q3 alone → quarter (P's year, or the year before if that quarter has not begun at P)
  * 日前 / 近日 ("a few days ago", "recently") → week: the Monday of the week before P's week
  * news-agency datelines (中央社記者王小明台北5日電) / 【中央社台北5日電】 → day: that day of P's month (of the
    month before, if it is still to come); the mention is "5日電"
  * 即日起 / 即日 → day: the announcement's day told before it in the sentence (昨(11)日公告…即日生效 → the 11th);
    without one, no mention (see "effective immediately" below)

English:
  * June 12, 2024 / 12 June 2024 / the 3rd of May, 2023 / Sept. 5, 2024 → day;
    June 12 / 12 June → day (the most recent one on or before P)
  * "Thursday, October 3, 2024" gives one mention (the date); the weekday only repeats it
  * May 2023 / in May 2023 / Feb. 2024 → month;  early / mid- / late May (2023) → month, dated the part's first day
  * in May / since March / September → month (the most recent such month on or before P's month);
    May, March, April, June and August need a word before them ("in May", "early June"), because they are
    also words or names; month names must be capitalised ("may" is a verb); "Jan" alone is not January
  * last May (the most recent May strictly before P's month) / this May / next May → month
  * last Thursday (the most recent Thursday strictly before P), on Thursday / Thursday (on or before P),
    this Thursday (in P's week), next Thursday (the first one after P) → day
  * yesterday / today / tomorrow → day;  last week / this week / earlier this week → week;
    last month / this month / earlier this month → month;  last quarter / this quarter → quarter;
    last year / this year / earlier this year / next year → year
  * two weeks ago / 3 days ago / a month ago / five years ago → week / day / month / year; "more than a month
    ago", "over two weeks ago", "nearly a year ago": the words are the mention, the date the period N units before P
  * July 1 this year / March last year / January 15 next year / July of last year → day or month of that year
  * Q3 2024 / 2024 Q3 / the third quarter of 2024 / the third quarter → quarter
  * early 2024 / mid-2023 / late 2023 / the end of 2023 / the first half of 2024 / H2 2024 / summer 2023 → year,
    dated the part's first day
  * in 2021 / since 2021 / by 2021 → year (a bare 4-digit year 1900-2099 after such a word only;
    never "2,021 employees", "2021 employees" nor "$2021")
  * effective immediately / with immediate effect → day: the announcement's day told before it in the sentence
    ("said on Monday … effective immediately" → Monday). Without one, no mention: the article's running date
    says the day better than P (Taiwanese and mainland papers print the day after: 昨日宣布…即日生效).

Every language: ISO dates 2024-05-14 (also 2024/05/14, 2024.05.14, and a page timestamp 2024-11-08 19:31) → day.
``resolve_date`` reads one expression: the same forms, a bare "2018" → that year, and "effective immediately" /
即日起 alone → P (day).

Bounds: a date outside 1900-2100 is no date. "December 31, 9999", 0001年1月1日, 9999-12-31, 2101年3月 and
"999 years ago" stay mentions with their words and no date (never a wrong one, never the publication year).

Choices where the spec was silent or a phrase is vaguer than the calendar:
  * Parts of a period keep the coarser precision and take the first day of the part:
    年初 → Jan 1, 年中 → Jun 1, 下半年 → Jul 1, 年底 / 年末 / "late 2023" → Nov 1 (precision year);
    月初 → the 1st, 月中 / 中旬 → the 11th, 月底 / 月末 / 下旬 / "late May" → the 21st (precision month).
    These match the project's gold convention (本月初 = days 1-10, 上月底 = days 21-end, 去年底 = Nov-Dec).
  * 日前 / 近日 mean "within the last two weeks" (the gold convention: the 14 days up to P). The Monday of
    the previous week always lies in that window, so it is returned with precision week.
  * Durations (過去幾年間, 幾個月, 最近幾週, "the past year"), counts (31位作者), percentages and ranges
    of months (1至10月) give nothing: no date is better than a wrong one.
  * 周 is also a surname: 周一鸣 reads as a Monday (a known limit; a name list would be the fix, not a rule).
  * dateparser is not used: every supported form is parsed here, faster and without dateparser's
    inventions (a day for "May 2023", year 3 for "2021年").

Vocabulary lives in ``talentdb/lexicon/dates.zh.toml`` and ``dates.en.toml``, with the files of
``$TALENTDB_LEXICON_DIR`` named ``dates.zh.*.toml`` / ``dates.en.*.toml`` merged on top (loaded once, see
:mod:`talentdb.extract.lexicon_files`); this module holds only the mechanism. A candidate that would need an
impossible calendar date (2月30日, month 13) is dropped.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from talentdb.extract import rxcache
from talentdb.extract.text import fold, longest_first

# Dates outside these years are no dates: "December 31, 9999" and 0001年1月1日 keep their words and get no date
# (never a wrong one); and a bare 4-digit number outside them is not read as a year at all.
_MIN_YEAR, _MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str  # == sentence[start:end]
    date: datetime.date | None  # first day of the period; None when it cannot be resolved
    precision: str | None  # "day" | "week" | "month" | "quarter" | "year"


# A resolver turns a rule's regex match into (date, precision), or (date, precision, start) when the mention
# begins before the match ("last" in "last Thursday"); (None, None) keeps the mention unresolved
# (a relative date without a publication date); raising says "this was not a date after all".
_Resolution = tuple[datetime.date | None, str | None]
_UNRESOLVED: _Resolution = (None, None)
_Resolver = Callable[[object, re.Match, "datetime.date | None"], object]  # (vocabulary, match, published)


# ---------------------------------------------------------------- calendar arithmetic


def _month_start(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, 1)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _quarter_start(year: int, quarter: int) -> datetime.date:
    if not 1 <= quarter <= 4:
        raise ValueError("quarter")
    return datetime.date(year, 3 * (quarter - 1) + 1, 1)


def _quarter_of(day: datetime.date) -> int:
    return (day.month - 1) // 3 + 1


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def _weekday_on_or_before(anchor: datetime.date, weekday: int) -> datetime.date:
    return anchor - datetime.timedelta(days=(anchor.weekday() - weekday) % 7)


def _weekday_strictly_before(anchor: datetime.date, weekday: int) -> datetime.date:
    return anchor - datetime.timedelta(days=(anchor.weekday() - weekday) % 7 or 7)


def _weekday_strictly_after(anchor: datetime.date, weekday: int) -> datetime.date:
    return anchor + datetime.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)


def _month_without_year(month: int, published: datetime.date) -> datetime.date:
    """A month named without a year is the most recent one on or before the publication month."""
    year = published.year if month <= published.month else published.year - 1
    return _month_start(year, month)


def _day_without_year(month: int, day: int, published: datetime.date) -> datetime.date:
    """A day named without a year is the most recent one on or before the publication date."""
    candidate = datetime.date(published.year, month, day)
    if candidate > published:
        candidate = datetime.date(published.year - 1, month, day)
    return candidate


def _quarter_without_year(quarter: int, published: datetime.date) -> datetime.date:
    year = published.year if quarter <= _quarter_of(published) else published.year - 1
    return _quarter_start(year, quarter)


def _ago(published: datetime.date, count: int, unit: str) -> _Resolution:
    if unit == "day":
        return published - datetime.timedelta(days=count), "day"
    if unit == "week":
        return _monday(published - datetime.timedelta(weeks=count)), "week"
    if unit == "month":
        return _month_start(*_shift_month(published.year, published.month, -count)), "month"
    if unit == "quarter":
        year, month = _shift_month(published.year, published.month, -3 * count)
        return _quarter_start(year, (month - 1) // 3 + 1), "quarter"
    return datetime.date(published.year - count, 1, 1), "year"


def _this_period(published: datetime.date, unit: str, offset: int) -> _Resolution:
    """The period `unit` that is `offset` periods from the one containing P (last week = -1)."""
    if unit == "day":
        return published + datetime.timedelta(days=offset), "day"
    if unit == "week":
        return _monday(published) + datetime.timedelta(weeks=offset), "week"
    if unit == "month":
        return _month_start(*_shift_month(published.year, published.month, offset)), "month"
    if unit == "quarter":
        year, month = _shift_month(published.year, 3 * (_quarter_of(published) - 1) + 1, 3 * offset)
        return _quarter_start(year, (month - 1) // 3 + 1), "quarter"
    return datetime.date(published.year + offset, 1, 1), "year"


def _written_year(year: int) -> int:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValueError("not a year we believe")
    return year


# ---------------------------------------------------------------- lexicons


def _load(name: str) -> dict:
    """The lexicon group of the file ``name`` (``dates.zh.toml`` → ``dates.zh``): built in, overlays merged on top."""
    from talentdb.extract.lexicon_files import load_group

    return load_group(name.removesuffix(".toml"))


def _alternation(words) -> str:
    """Longest first, so 上个 is tried before 上."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=longest_first))


def _guarded_alternation(words, blocked_words, unless: str = "") -> str:
    """Each word, not right after a character that makes a blocked word with its first one (成+本: 成本年增), unless
    what follows the word matches ``unless`` (至今年12月31日 is "until this year's 31 December", not 至今)."""
    out = []
    for w in sorted(set(words), key=longest_first):
        before = {b[-2] for b in blocked_words if len(b) >= 2 and b[-1] == w[0]}
        guard = f"(?<!{_char_class(before)})" if before else ""
        if guard and unless:
            guard = f"(?:{guard}|(?={re.escape(w)}{unless}))"
        out.append(guard + re.escape(w))
    return "|".join(out)


# 至今年12月 / 至今年底: a relative year word followed by a month number or the year's end is a date even after a
# character that would otherwise make a blocked word with it (至今, 迄今).
_YEAR_MONTH_AHEAD = "年(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月|年底"


def _char_class(chars) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def _fold_lexicon(value):
    """Fold lexicon entries to Simplified too, so a Traditional entry added by hand still matches."""
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, list):
        return [_fold_lexicon(v) for v in value]
    if isinstance(value, dict):
        return {_fold_lexicon(k): _fold_lexicon(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------- rule tables
#
# A grammar is an ordered table of rules. Each rule is a name, a regex template whose <<fragment>> slots are
# filled from the language's vocabulary (words from the lexicon, turned into alternations and character classes),
# a resolver (small function: vocabulary, match, publication date → date and precision), and the name of a cheap
# look-up the rule cannot match without (most sentences have no 年, no month name…: a rule whose look-up finds
# nothing is skipped). Every rule runs over the sentence; where mentions overlap the longest wins, and where two
# rules read the very same span, the one earlier in its table wins: the order of a table is its priority.

_SLOT = re.compile(r"<<(\w+)>>")


def _fill(template: str, fragments: dict[str, str]) -> str:
    """Replace every <<name>> by its fragment, itself filled (a fragment may be built of others)."""
    return _SLOT.sub(lambda m: _fill(fragments[m.group(1)], fragments), template)


@dataclass(frozen=True)
class _Rule:
    name: str
    template: str  # a regex with <<fragment>> slots
    resolve: _Resolver
    needs: str  # the look-up (by name) without which the rule cannot match


@dataclass(frozen=True)
class _Grammar:
    vocabulary: object  # what the resolvers read: the lexicon and helpers built from it
    rules: list  # (name, compiled pattern, resolver, compiled look-up), in priority order
    excluded: re.Pattern | None  # phrases that hold a date word but are no date (今日头条)


def _compile_rules(rules: list[_Rule], fragments: dict, triggers: dict, flags: int = 0) -> list:
    return [(r.name, rxcache.compile(_fill(r.template, fragments), flags), r.resolve, triggers[r.needs]) for r in rules]


def _on_immediately(vocabulary, m: re.Match, published) -> _Resolution:
    """即日起 · effective immediately: the publication day (find_dates anchors it on a day told before
    it); a rule of either language."""
    return (published, "day") if published else _UNRESOLVED


# ---------------------------------------------------------------- Chinese grammar


_DIGITS = re.compile(r"[0-9]+")


class _ChineseNumbers:
    def __init__(self, lexicon: dict):
        self.digits: dict[str, int] = lexicon["digits"]
        self.units: dict[str, int] = lexicon["units"]
        self.chars = "".join(self.digits) + "".join(self.units)

    def value(self, text: str) -> int:
        """'11' → 11, '十一' → 11, '二十三' → 23, '二〇二四' → 2024, '两' → 2. Raises on anything else."""
        if _DIGITS.fullmatch(text):
            return int(text)
        if not any(ch in self.units for ch in text):
            digits = [self.digits[ch] for ch in text]  # KeyError → not a number
            return int("".join(map(str, digits)))
        total, current = 0, None
        for ch in text:
            if ch in self.digits:
                current = self.digits[ch]
            else:
                total += (1 if current is None else current) * self.units[ch]
                current = None
        return total + (current or 0)


_QUARTER_DIGIT = "[1-4一二三四]"

# Shapes built of other fragments (the rest come from the lexicon, see _chinese_fragments).
_CHINESE_SHAPES = {
    # Taiwanese papers put a space between numbers and 年/月/日 (2018 年 6 月, 110 年 3 月 1 日): one is allowed
    "sp": "[ \t\u00a0\u3000]?",
    # a day or month number: 1-2 digits or 1-3 Chinese numerals (十一, 二十三)
    "number": "[0-9]{1,2}|<<numeral_char>>{1,3}",
    # a written year: 4 digits, or 4 Chinese digits (二〇二四)
    "year4": "(?<![0-9])[0-9]{4}(?![0-9])|(?<!<<digit_char>>)<<digit_char>>{4}",
    # a year of the Republic of China after 民國: 110, 99, 一百一十
    "roc_number": "[0-9]{1,3}|<<numeral_char>>{1,5}",
    # a year written with two or three digits (110年, 15年, 零七年), not the end of a longer number
    "short_year": "(?<!<<short_year_guard>>)(?:[0-9]{2,3}|<<digit_char>>{2,3})",
    # what may follow 年: a month (and a day, or a part of the month), a quarter, or a part of the year
    "tail": (
        "(?:<<sp>>(?P<month><<number>>)<<sp>>月(?:<<sp>>(?P<day><<number>>)<<sp>><<day_suffix>>|(?:<<month_parts>>))?"
        "|<<sp>>(?P<quarter><<quarter_any>>)|年?(?:<<year_parts>>))?"
    ),
    "month_tail": "(?:<<sp>>(?P<day><<number>>)<<sp>><<day_suffix>>|(?:<<month_parts>>))?",
}


def _chinese_fragments(lex: dict, numbers: _ChineseNumbers) -> dict[str, str]:
    """The lexicon's words as regex pieces, by the names the rule templates use."""
    words = lex["words"]
    digit_chars = "".join(k for k in numbers.digits if k != "两")
    quarter_forms = [f.replace("{n}", _QUARTER_DIGIT) for f in lex["quarters"]["forms"]]
    return {
        **_CHINESE_SHAPES,
        "numeral_char": _char_class(numbers.chars),
        "digit_char": _char_class(digit_chars),
        "short_year_guard": _char_class(set(numbers.chars) | set("0123456789.第")),
        "roc_marker": _alternation(lex["short_years"]["roc_markers"]),
        "day_suffix": _char_class(words["day"]),
        "not_after_number": _char_class(set(numbers.chars) | set("0123456789") | set(words["count_preceders"])),
        "relative_guard": _char_class(words["relative_blocked_preceders"]),
        "year_guard_before": _char_class(words["relative_year_blocked_preceders"]),
        "year_guard_after": _char_class(words["year_blocked_followers"]),
        "relative_year": _guarded_alternation(lex["relative_year"], words["relative_year_blocked_words"],
                                              _YEAR_MONTH_AHEAD),
        "relative_year_words": _alternation(lex["relative_year"]),
        "relative_month": _alternation(lex["relative_month"]),
        "relative_week": _alternation(lex["relative_week"]),
        "relative_day": _alternation(lex["relative_day"]),
        "dated_relative_day": _alternation(lex["dated_relative_day"]),
        "week_words": _alternation(words["week"]),
        "week_guard_after": _char_class(words["week_blocked_followers"]),
        "week_allowed": _alternation(words.get("week_allowed_followers", [])) or "(?!)",
        "weekday_chars": _char_class(lex["weekdays"]),
        "month_parts": f"(?P<monthpart>{_alternation(lex['month_parts'])})",
        "year_parts": f"(?P<yearpart>{_alternation(lex['year_parts'])})",
        "quarter_any": "|".join(sorted(quarter_forms, key=longest_first)),
        # Alone, 第三季 could be a television season; only the forms with 季度 or Q are read as quarters.
        "quarter_alone": "|".join(f for f in quarter_forms if "季度" in f or "Q" in f.upper()),
        "ago_units": _alternation(lex["ago_units"]),
        "ago": re.escape(words["ago"]),
        "vague": _alternation(lex["vague"]["words"]),
        "relative_quarter": _alternation(lex["relative_quarter"]),
        "quarter_words": _alternation(lex["quarter_words"]["words"]),
        "bare_year_part": _alternation(lex["bare_year_parts"]["words"]),
        "bare_year_part_guard": _char_class(lex["bare_year_parts"]["blocked_preceders"]),
        "dateline_words": _alternation(lex["dateline"]["words"]),
        "bare_day_words": _alternation(lex["bare_day"]["words"]),
        "immediately": _alternation(lex["immediately"]["words"]),
    }


# What may stand right before a bare short year for it to open a clause (99年他加入公司).
_CLAUSE_OPENERS = frozenset("，,。.；;：:、！!？?（(「『\n")


class _Chinese:
    """The Chinese vocabulary the resolvers read, and the small readings they share. `taiwanese`: the text is in
    Traditional script, whose short years are Republic-of-China years (see [short_years] in dates.zh.toml)."""

    def __init__(self, lex: dict, taiwanese: bool):
        self.lex = lex
        self.numbers = _ChineseNumbers(lex["numerals"])
        self.taiwanese = taiwanese
        short = lex["short_years"]
        self.roc_offset: int = short["roc_offset"]
        self.mainland_pivot: int = short["mainland_pivot"]
        self.roc_two_digit_from: int = short["roc_two_digit_from"]
        self.bare_preceders = tuple(short["bare_preceders"])
        self.bare_blocked_followers = tuple(short["bare_blocked_followers"])

    def surely_roc(self, written: str, n: int) -> bool:
        """In Taiwanese text: 110年 surely is ROC 110 (2021); 99年 is ROC 99 (2010); 15年 might be 2015."""
        return len(written) > 2 or n >= self.roc_two_digit_from

    def bare_year_stands_alone(self, m: re.Match) -> bool:
        """A short year with nothing after it is a year only in Taiwanese text, opening a clause or after 於/在/自…
        and not before 來/間/多… (服務了30年, 30年來 are durations)."""
        if not self.taiwanese or m.string.startswith(self.bare_blocked_followers, m.end()):
            return False
        before = m.string[:m.start()].rstrip()
        return not before or before[-1] in _CLAUSE_OPENERS or before.endswith(self.bare_preceders)

    def month_number(self, text: str) -> int:
        month = self.numbers.value(text)
        if not 1 <= month <= 12:
            raise ValueError("month")
        return month

    def quarter_number(self, text: str) -> int:
        return self.numbers.value(re.search(_QUARTER_DIGIT, text).group(0))

    def month_part_day(self, m: re.Match) -> int:
        """本月初 → 1, 上月底 → 21: the day the named part of the month begins on."""
        return self.lex["month_parts"][m.group("monthpart")] if m.group("monthpart") else 1

    def year_tail(self, m: re.Match, year: int) -> _Resolution:
        """What follows 年: a month (and day), a quarter, a part of the year, or nothing."""
        if m.group("month"):
            month = self.month_number(m.group("month"))
            if m.group("day"):
                return datetime.date(year, month, self.numbers.value(m.group("day"))), "day"
            return datetime.date(year, month, self.month_part_day(m)), "month"
        if m.group("quarter"):
            return _quarter_start(year, self.quarter_number(m.group("quarter"))), "quarter"
        if m.group("yearpart"):  # 年初, 年底, 下半年: the first day of the part, precision year
            return datetime.date(year, self.lex["year_parts"][m.group("yearpart")], 1), "year"
        return datetime.date(year, 1, 1), "year"


def _zh_written_year(zh: _Chinese, m, published):
    """2024年, 2024年2月15日, 二〇二一年第三季度, 2021年底."""
    return zh.year_tail(m, zh.numbers.value(m.group("year")))


def _zh_roc_year(zh: _Chinese, m, published):
    """民國110年, 民國99年底, 民國一百一十年3月: 1911 + n, in either script."""
    return zh.year_tail(m, zh.roc_offset + zh.numbers.value(m.group("year")))


def _zh_short_year(zh: _Chinese, m, published):
    """110年3月, 99年 (Taiwanese: ROC years) · 15年3月2日, 98年4月, 19年底 (mainland: 2015, 1998, 2019)."""
    written = m.group("year")
    n = zh.numbers.value(written)
    told = m.group("month") or m.group("quarter") or m.group("yearpart")
    if not told and not (zh.bare_year_stands_alone(m) and zh.surely_roc(written, n)):
        raise ValueError("a number of years (服務了30年), not a year")
    if zh.taiwanese and zh.surely_roc(written, n):
        return zh.year_tail(m, zh.roc_offset + n)
    if zh.taiwanese or len(written) > 2:  # a year was written, and we cannot tell which: no date, never P's year
        if m.group("month"):
            zh.month_number(m.group("month"))
        return _UNRESOLVED
    return zh.year_tail(m, (2000 if n < zh.mainland_pivot else 1900) + n)


def _zh_relative_year_written(zh: _Chinese, m, published):
    """今(110)年7月1日, 去(2023)年: Taiwanese papers write the year itself in brackets; the written year wins."""
    written = m.group("year")
    year = int(written) if len(written) == 4 else zh.roc_offset + int(written)
    return zh.year_tail(m, year)


def _zh_relative_year(zh: _Chinese, m, published):
    """今年, 去年11月, 今年5月14日, 去年底, 去年第三季度."""
    if published is None:
        # Still validate the month and day, so 去年13月 is dropped whether or not P is known.
        if m.group("month"):
            zh.month_number(m.group("month"))
        return _UNRESOLVED
    return zh.year_tail(m, published.year + zh.lex["relative_year"][m.group("relyear")])


def _zh_month_alone(zh: _Chinese, m, published):
    """5月 (the most recent May on or before P), 5月14日, 5月底."""
    month = zh.month_number(m.group("month"))
    if m.group("day"):
        day = zh.numbers.value(m.group("day"))
        datetime.date(2000, month, day)  # 2000 is a leap year: rejects 2月30日, keeps 2月29日
        if published is None:
            return _UNRESOLVED
        return _day_without_year(month, day, published), "day"
    if published is None:
        return _UNRESOLVED
    return _month_without_year(month, published).replace(day=zh.month_part_day(m)), "month"


def _zh_relative_month(zh: _Chinese, m, published):
    """上個月, 本月初, 下月15日."""
    if published is None:
        return _UNRESOLVED
    first, precision = _this_period(published, "month", zh.lex["relative_month"][m.group("relmonth")])
    if m.group("day"):  # 本月31日, 下月15日: the day of that month
        return first.replace(day=zh.numbers.value(m.group("day"))), "day"
    return first.replace(day=zh.month_part_day(m)), precision


def _zh_relative_week(zh: _Chinese, m, published):
    """上週 (week), 上週四 (day)."""
    if published is None:
        return _UNRESOLVED
    monday = _monday(published) + datetime.timedelta(weeks=zh.lex["relative_week"][m.group("relweek")])
    if m.group("weekday"):
        return monday + datetime.timedelta(days=zh.lex["weekdays"][m.group("weekday")]), "day"
    return monday, "week"


def _zh_weekday_alone(zh: _Chinese, m, published):
    """週三: the most recent Wednesday on or before P; 將於週三 (a marker of what is to come right before it): the
    first Wednesday on or after P."""
    if published is None:
        return _UNRESOLVED
    weekday = zh.lex["weekdays"][m.group("weekday")]
    if _ahead_marked(zh, m):
        return published + datetime.timedelta(days=(weekday - published.weekday()) % 7), "day"
    return _weekday_on_or_before(published, weekday), "day"


def _ahead_marked(zh: _Chinese, m) -> bool:
    """Whether a marker of what is to come (將於, 預計; dates.zh.toml weekday_ahead_markers) ends right before ``m``."""
    before = m.string[max(0, m.start() - 6):m.start()].rstrip()
    return any(before.endswith(w) for w in zh.lex["words"].get("weekday_ahead_markers", ()))


def _zh_relative_day(zh: _Chinese, m, published):
    """昨天, 今日, 前天, 明天."""
    if published is None:
        return _UNRESOLVED
    return published + datetime.timedelta(days=zh.lex["relative_day"][m.group(0)]), "day"


def _zh_ago(zh: _Chinese, m, published):
    """三天前, 兩週前, 3個月前, 五年前."""
    count = zh.numbers.value(m.group("count"))
    if published is None:
        return _UNRESOLVED
    return _ago(published, count, zh.lex["ago_units"][m.group("unit")])


def _zh_quarter_alone(zh: _Chinese, m, published):
    """第三季度, Q3: P's year, or the year before if that quarter has not begun at P."""
    quarter = zh.quarter_number(m.group(0))
    if published is None:
        return _UNRESOLVED
    return _quarter_without_year(quarter, published), "quarter"


def _zh_dated_relative_day(zh: _Chinese, m, published):
    """昨(11)日: yesterday, which the paper says was the 11th; the written day wins if they disagree."""
    day = zh.numbers.value(m.group("day"))
    if not 1 <= day <= 31:
        raise ValueError("day")
    if published is None:
        return _UNRESOLVED
    relative = published + datetime.timedelta(days=zh.lex["dated_relative_day"][m.group("relday")])
    if relative.day == day:
        return relative, "day"
    if m.group("month"):  # 明日(2月12日): the written month and day, in the year that puts it nearest the relative day
        month = zh.numbers.value(m.group("month"))
        days = [datetime.date(y, month, day) for y in (relative.year - 1, relative.year, relative.year + 1)]
        return min(days, key=lambda d: abs((d - relative).days)), "day"
    year, month = relative.year, relative.month
    if day > relative.day:
        year, month = _shift_month(year, month, -1)
    return datetime.date(year, month, day), "day"


def _zh_relative_quarter(zh: _Chinese, m, published):
    """上個季度, 本季, 下一季度."""
    if published is None:
        return _UNRESOLVED
    return _this_period(published, "quarter", zh.lex["relative_quarter"][m.group("relquarter")])


def _zh_bare_year_part(zh: _Chinese, m, published):
    """年底, 年初, 下半年 with no year before them: that part of the publication year."""
    if published is None:
        return _UNRESOLVED
    word = m.group(0)
    part = word[1:] if word.startswith("年") else word  # 年底 → 底, 上半年 → 上半年 (as in [year_parts])
    return datetime.date(published.year, zh.lex["year_parts"][part], 1), "year"


def _zh_dateline(zh: _Chinese, m, published):
    """(中央社記者王小明台北5日電): the 5th of the publication month, or of the month before if that is to come."""
    day = zh.numbers.value(m.group("day"))
    if not 1 <= day <= 31:
        raise ValueError("day")
    if published is None:
        return None, None, m.start("day")
    year, month = published.year, published.month
    if day > published.day:
        year, month = _shift_month(year, month, -1)
    return datetime.date(year, month, day), "day", m.start("day")


def _zh_vague(zh: _Chinese, m, published):
    """日前, 近日, "recently": the Monday of the week before P's week, precision week."""
    if published is None:
        return _UNRESOLVED
    return _monday(published) - datetime.timedelta(weeks=1), "week"


_CHINESE_RULES = [
    _Rule("written year", "(?P<year><<year4>>)<<sp>>年(?!<<year_guard_after>>)<<tail>>", _zh_written_year, "year"),
    _Rule("ROC year", "(?:<<roc_marker>>)<<sp>>(?P<year><<roc_number>>)<<sp>>年(?!<<year_guard_after>>)<<tail>>",
          _zh_roc_year, "year"),
    _Rule("short year", "(?P<year><<short_year>>)<<sp>>年(?!<<year_guard_after>>)<<tail>>", _zh_short_year, "year"),
    _Rule("relative year with its written year",
          "(?P<relyear><<relative_year_words>>)[(（](?P<year>[0-9]{2,4})[)）]年<<tail>>", _zh_relative_year_written,
          "year"),
    _Rule("relative year",
          "(?<!<<year_guard_before>>)(?<!<<relative_guard>>)(?P<relyear><<relative_year>>)年(?!<<year_guard_after>>)"
          "<<tail>>", _zh_relative_year, "relative year"),
    _Rule("month", "(?<!<<not_after_number>>)(?P<month><<number>>)<<sp>>月<<month_tail>>", _zh_month_alone, "month"),
    _Rule("relative month", "(?<!<<relative_guard>>)(?P<relmonth><<relative_month>>)月<<month_tail>>",
          _zh_relative_month, "relative month"),
    _Rule("relative week",
          "(?<!<<relative_guard>>)(?P<relweek><<relative_week>>)(?:<<week_words>>)"
          "(?:(?P<weekday><<weekday_chars>>)|(?=<<week_allowed>>)|(?!<<week_guard_after>>))",
          _zh_relative_week, "week"),
    _Rule("weekday", "(?<!<<not_after_number>>)(?:<<week_words>>)(?P<weekday><<weekday_chars>>)",
          _zh_weekday_alone, "week"),
    _Rule("relative day", "(?<!<<relative_guard>>)(?:<<relative_day>>)", _zh_relative_day, "relative day"),
    _Rule("immediately", "<<immediately>>", _on_immediately, "immediately"),
    _Rule("ago", "(?<!<<not_after_number>>)(?P<count><<number>>)<<sp>>(?P<unit><<ago_units>>)<<ago>>", _zh_ago, "ago"),
    _Rule("quarter", "(?<![0-9A-Za-z])(?<!<<not_after_number>>)(?:<<quarter_alone>>)(?![0-9A-Za-z])",
          _zh_quarter_alone, "quarter"),
    # (昨(11)日, and the forms that write 日 inside the brackets or a month too: 今(11日), 明日(2月12日), 昨天(3月5號))
    _Rule("dated relative day", "(?P<relday><<dated_relative_day>>)(?:日|天)?[(（](?:(?P<month><<number>>)月)?"
          "(?P<day><<number>>)(?P<inner>日|号)?[)）](?(inner)|日)", _zh_dated_relative_day, "day"),
    _Rule("vague", "(?<!<<not_after_number>>)(?:<<vague>>)", _zh_vague, "vague"),
    _Rule("relative quarter", "(?<!<<relative_guard>>)(?P<relquarter><<relative_quarter>>)(?:<<quarter_words>>)",
          _zh_relative_quarter, "quarter word"),
    _Rule("part of this year", "(?<!<<not_after_number>>)(?<!<<bare_year_part_guard>>)(?:<<bare_year_part>>)",
          _zh_bare_year_part, "year"),
    _Rule("dateline", "[(（【][^()（）【】\n]{0,30}?(?P<day><<number>>)日(?:<<dateline_words>>)(?=[)）】])",
          _zh_dateline, "day"),
    # (not inside 6月14日, 昨(24)日, 2024年5日 or a count: only a day written alone before a news verb)
    _Rule("bare day", "(?<![0-9０-９月年(（)）一二三四五六七八九十〇零两兩百第每数數几幾续續期共近约約逾超前后後])(?P<day>[0-9]{1,2})日(?=<<bare_day_words>>)",
          _zh_dateline, "day"),
]

# The look-ups: a word each rule cannot match without. The rules open with look-behinds, so a scan that cannot
# match still tries every position; these look-ups skip ahead to their word.
_CHINESE_TRIGGERS = {
    "year": "年",
    "relative year": "(?:<<relative_year_words>>)年",
    "month": "月",
    "relative month": "(?:<<relative_month>>)月",
    "week": "<<week_words>>",
    "relative day": "<<relative_day>>",
    "ago": "<<ago>>",
    "quarter": "<<quarter_alone>>",
    "day": "日",
    "vague": "<<vague>>",
    "quarter word": "<<quarter_words>>",
    "immediately": "<<immediately>>",
}


@lru_cache(maxsize=2)
def _chinese_grammar(taiwanese: bool) -> _Grammar:
    lex = _fold_lexicon(_load("dates.zh.toml"))
    zh = _Chinese(lex, taiwanese)
    fragments = _chinese_fragments(lex, zh.numbers)
    triggers = {name: re.compile(_fill(t, fragments)) for name, t in _CHINESE_TRIGGERS.items()}
    excluded = re.compile(_alternation(lex["exclude"]["phrases"])) if lex["exclude"]["phrases"] else None
    return _Grammar(zh, [*_compile_rules(_CHINESE_RULES, fragments, triggers), *_SHARED_RULES], excluded)


# ---------------------------------------------------------------- English grammar


class _English:
    """The English vocabulary the resolvers read. Each rule is anchored on its key word (a month, a weekday, a
    year); the words that may precede it ("in", "last", "early") are looked up behind the match, which keeps the
    scan fast."""

    def __init__(self, lex: dict):
        self.lex = lex
        self.months = {**lex["month_abbreviations"], **lex["months"]}
        self.full_month_names = set(lex["months"])
        self.bare_months = set(lex["bare_months"]["names"])
        self.year_part_month = {k.lower(): v for k, v in lex["year_parts"].items()}
        year_parts = _alternation(lex["year_parts"])
        self.month_context_behind = _behind(f"{_alternation(lex['bare_months']['context'])}|{year_parts}")
        self.direction_behind = _behind("last|previous|this|next")
        self.year_part_behind = _behind(year_parts)
        self.month_part_behind = _behind(_alternation(lex["month_parts"]))
        self.year_context_behind = _behind(_alternation(lex["year_context"]["words"]))

    def month_number(self, name: str) -> int:
        if not name[0].isupper():  # "may" is a verb; news capitalises months
            raise ValueError("lower-case month")
        return self.months[name.lower().rstrip(".")]

    def with_month_part(self, first: datetime.date, part: re.Match | None, start: int):
        """late May → May 21, precision month, and the mention starts at "late"."""
        if part is None:
            return first, "month", start
        return first.replace(day=self.lex["month_parts"][part.group("word").lower()]), "month", part.start()


def _behind(words: str) -> re.Pattern:
    return re.compile(rf"\b(?P<word>{words})[\s-]*$", re.IGNORECASE)


def _word_behind(pattern: re.Pattern, m: re.Match) -> re.Match | None:
    return pattern.search(m.string, max(0, m.start() - 25), m.start())


def _en_day(en: _English, m, month: int, published):
    """The day a match names: with its year, or the most recent such day on or before P."""
    day = int(m.group("day"))
    if m.group("year"):
        return datetime.date(int(m.group("year")), month, day), "day"
    datetime.date(2000, month, day)  # 2000 is a leap year: rejects June 31, keeps February 29
    return (_day_without_year(month, day, published), "day") if published else _UNRESOLVED


def _en_month(en: _English, m, published):
    """June 12, 2024 · June 12 · May 2023 · last May · in May · September."""
    name = m.group("month")
    month = en.month_number(name)
    if m.group("day"):
        return _en_day(en, m, month, published)
    part = _word_behind(en.month_part_behind, m)
    if m.group("monthyear"):
        return en.with_month_part(_month_start(int(m.group("monthyear")), month), part, m.start())
    if name.lower() not in en.full_month_names:
        raise ValueError("an abbreviation alone is too ambiguous (Jan Leike)")
    direction = _word_behind(en.direction_behind, m)
    if direction:
        return _en_directed_month(en, month, direction, published)
    if _word_behind(en.month_context_behind, m) is None and name.lower() not in en.bare_months:
        raise ValueError("May, March, June… alone are words or names")
    if published is None:
        return None, None, part.start() if part else m.start()
    return en.with_month_part(_month_without_year(month, published), part, m.start())


def _en_directed_month(en: _English, month: int, direction: re.Match, published):
    """last May (the most recent May strictly before P's month) · this May · next May."""
    if published is None:
        return None, None, direction.start()
    offset = en.lex["relative"][direction.group("word").lower()]
    if offset < 0:
        year = published.year if month < published.month else published.year - 1
    elif offset > 0:
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year
    return _month_start(year, month), "month", direction.start()


def _en_month_of_relative_year(en: _English, m, published):
    """July 1 this year · March last year · January 15 next year · July of last year."""
    month = en.month_number(m.group("month"))
    day = int(m.group("day")) if m.group("day") else None
    if day:
        datetime.date(2000, month, day)  # rejects June 31 whatever the year
    if published is None:
        return _UNRESOLVED
    year = published.year + en.lex["relative"][re.sub(r"\s+", " ", m.group("rel").lower())]
    return (datetime.date(year, month, day), "day") if day else (_month_start(year, month), "month")


def _en_day_first(en: _English, m, published):
    """12 June 2024 · 12 June."""
    return _en_day(en, m, en.month_number(m.group("month")), published)


def _en_weekday(en: _English, m, published):
    """last Thursday · this Thursday · next Thursday · (on) Thursday."""
    name = m.group("weekday")
    if not name[0].isupper():
        raise ValueError("lower-case weekday")
    direction = _word_behind(en.direction_behind, m)
    start = direction.start() if direction else m.start()
    if published is None:
        return None, None, start
    weekday = en.lex["weekdays"][name.lower()]
    offset = en.lex["relative"][direction.group("word").lower()] if direction else None
    if offset is None:
        day = _weekday_on_or_before(published, weekday)
    elif offset < 0:
        day = _weekday_strictly_before(published, weekday)
    elif offset > 0:
        day = _weekday_strictly_after(published, weekday)
    else:
        day = _monday(published) + datetime.timedelta(days=weekday)
    return day, "day", start


def _en_relative_unit(en: _English, m, published):
    """last week · this month · earlier this year; "late last year" → Nov 1 of last year (as 去年底)."""
    if published is None:
        return _UNRESOLVED
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = en.lex["units"][m.group("unit").lower()]
    first, precision = _this_period(published, unit, en.lex["relative"][rel])
    if unit == "year":
        part = _word_behind(en.year_part_behind, m)
        if part:
            return first.replace(month=en.year_part_month[part.group("word").lower()]), precision, part.start()
    elif unit == "month":
        part = _word_behind(en.month_part_behind, m)
        if part:
            return first.replace(day=en.lex["month_parts"][part.group("word").lower()]), precision, part.start()
    return first, precision


def _en_relative_day(en: _English, m, published):
    """yesterday · today · tomorrow."""
    if published is None:
        return _UNRESOLVED
    return published + datetime.timedelta(days=en.lex["relative_days"][m.group(0).lower()]), "day"


def _en_ago(en: _English, m, published):
    """two weeks ago · 3 days ago · a month ago."""
    count_text = m.group("count").lower()
    count = int(count_text) if count_text.isdigit() else en.lex["numbers"][count_text]
    if published is None:
        return _UNRESOLVED
    return _ago(published, count, en.lex["units"][m.group("unit").lower()])


def _en_quarter(en: _English, m, published):
    """Q3 2024 · 2024 Q3 · the third quarter (of 2024)."""
    groups = m.groupdict()
    quarter = int(groups["q"]) if groups.get("q") else en.lex["quarters"][groups["ordinal"].lower()]
    if groups.get("year"):
        return _quarter_start(int(groups["year"]), quarter), "quarter"
    if published is None:
        return _UNRESOLVED
    return _quarter_without_year(quarter, published), "quarter"


def _en_year(en: _English, m, published):
    """late 2023 · mid-2023 · the first half of 2024 (span includes the words) · in 2021 (year only)."""
    year = _written_year(int(m.group("year")))
    part = _word_behind(en.year_part_behind, m)
    if part:
        return datetime.date(year, en.year_part_month[part.group("word").lower()], 1), "year", part.start()
    if _word_behind(en.year_context_behind, m):
        return datetime.date(year, 1, 1), "year"
    raise ValueError("a number that may not be a year (2021 employees)")


_ENGLISH_SHAPES = {
    "ordinal_suffix": "(?:st|nd|rd|th)?",
    "year": "(?:19|20)[0-9]{2}(?![0-9])",
    # after a day, any 4 digits are its year: "December 31, 9999" is an absurd date, not December 31 of P's year
    "day_year": "[0-9]{4}(?![0-9])",
    # A full name, or an abbreviation with its optional full stop ("Sept."), but never the sentence's full stop.
    "month_token": r"(?:<<full_months>>)\b|(?:<<month_abbreviations>>)\b\.?",
}

_ENGLISH_RULES = [
    _Rule("month of this year",
          r"\b(?P<month><<month_token>>)(?:\s+(?P<day>[0-9]{1,2})<<ordinal_suffix>>)?,?\s+(?:of\s+)?"
          r"(?P<rel><<relative>>)\s+year\b", _en_month_of_relative_year, "relative year"),
    _Rule("month",
          r"\b(?P<month><<month_token>>)(?:\s+(?P<day>[0-9]{1,2})<<ordinal_suffix>>\b(?:,?\s+(?P<year><<day_year>>))?"
          r"(?![,.]?[0-9])|,?\s+(?:of\s+)?(?P<monthyear><<year>>))?", _en_month, "month"),
    _Rule("day first",
          r"\b(?:the\s+)?(?P<day>[0-9]{1,2})<<ordinal_suffix>>\s+(?:of\s+)?(?P<month><<month_token>>)"
          r"(?:,?\s+(?P<year><<day_year>>))?", _en_day_first, "month"),
    # "Thursday, October 3, 2024": the weekday only repeats the date that follows it; not a mention.
    _Rule("weekday", r"\b(?P<weekday><<weekdays>>)\b(?!,?\s+(?:the\s+)?(?:<<any_month>>|[0-9]))", _en_weekday,
          "weekday"),
    _Rule("relative unit", r"\b(?P<rel><<relative>>)\s+(?P<unit><<units>>)\b", _en_relative_unit, "relative"),
    _Rule("relative day", r"\b(?:<<relative_days>>)\b", _en_relative_day, "relative day"),
    _Rule("immediately", r"\b(?:<<immediately>>)\b", _on_immediately, "immediately"),
    _Rule("vague", r"\b(?:<<vague>>)\b", _zh_vague, "vague"),
    _Rule("ago", r"\b(?:(?:<<ago_qualifiers>>)\s+)?(?P<count>[0-9]{1,3}|<<number_words>>)\s+(?P<unit><<units>>)s?\s+ago\b",
          _en_ago, "ago"),
    _Rule("Q3 2024", r"\bQ(?P<q>[1-4])(?:\s+of)?\s*(?P<year><<year>>)", _en_quarter, "year"),
    _Rule("2024 Q3", r"(?<![0-9$€£¥.,])(?P<year><<year>>)\s*Q(?P<q>[1-4])\b", _en_quarter, "year"),
    _Rule("the third quarter", r"\b(?:the\s+)?(?P<ordinal><<ordinals>>)\s+quarter(?:\s+(?:of\s+)?(?P<year><<year>>))?",
          _en_quarter, "quarter"),
    _Rule("year", r"(?<![0-9$€£¥,.])(?P<year><<year>>)(?![.,][0-9]|%|-[0-9])", _en_year, "year"),
]

# The look-ups (case-blind), and the words of each, for their case-sensitive twins (see _CaseBlindTrigger).
_ENGLISH_TRIGGERS = {
    "month": (r"\b(?:<<any_month>>)\b", "any_month", r"\b"),
    "weekday": (r"\b(?:<<weekdays>>)\b", "weekdays", r"\b"),
    "relative": (r"\b(?:<<relative>>)\s", "relative", r"\s"),
    "relative year": (r"\b(?:<<relative>>)\s+year\b", "relative", r"\s+year\b"),
    "relative day": (r"\b(?:<<relative_days>>)\b", "relative_days", r"\b"),
    "immediately": (r"\b(?:<<immediately>>)\b", "immediately_words", r"\b"),
    "vague": (r"\b(?:<<vague>>)\b", "vague_words", r"\b"),
    "ago": (r"\bago\b", ["ago"], r"\b"),
    "year": ("(?:19|20)[0-9]{2}", None, None),
    "quarter": (r"\bquarter\b", ["quarter"], r"\b"),
}


def _english_fragments(en: _English) -> dict[str, str]:
    lex = en.lex
    return {
        **_ENGLISH_SHAPES,
        "full_months": _alternation(lex["months"]),
        "month_abbreviations": _alternation(lex["month_abbreviations"]),
        "any_month": _alternation(en.months),
        "weekdays": _alternation(lex["weekdays"]),
        "relative": _alternation(lex["relative"]),
        "relative_days": _alternation(lex["relative_days"]),
        "immediately": _alternation(lex["immediately"]["words"]),
        "vague": _alternation(lex.get("vague", {}).get("words", []) or ["(?!)"]),
        "ago_qualifiers": _alternation(lex["ago_qualifiers"]["words"]),
        "units": _alternation(lex["units"]),
        "number_words": _alternation(lex["numbers"]),
        "ordinals": _alternation(lex["quarters"]),
    }


def _lower_twin(words, tail: str) -> str:
    """The case-sensitive look-up for lower-cased text: a case-blind pattern gets no help from the regex engine
    (it tries every position), and "\\b" in front hides the first letters; checked after the first letter
    instead, the engine skips to those letters. It finds a word exactly where the case-blind one does, unless the
    sentence holds a letter that case-blind matching equates with an ASCII one (İ ı ſ K): see _candidates."""
    ws = sorted({w.lower() for w in words}, key=longest_first)
    if ws and all(w[:1].isascii() and w[:1].isalpha() for w in ws):
        return "(?:" + "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in ws) + ")" + tail
    return r"\b(?:" + "|".join(re.escape(w) for w in ws) + ")" + tail


def _english_triggers(en: _English, fragments: dict) -> dict:
    """Cheap look-ups that tell which rules could match at all: most sentences name no month, and skipping those
    rules keeps a typical sentence well under 100 µs."""
    vocab = {**en.lex, "any_month": en.months, "immediately_words": en.lex["immediately"]["words"],
             "vague_words": en.lex.get("vague", {}).get("words", [])}
    out = {}
    for name, (blind, words, tail) in _ENGLISH_TRIGGERS.items():
        blind = _fill(blind, fragments)
        twin = blind if words is None else _lower_twin(vocab[words] if isinstance(words, str) else words, tail)
        out[name] = _CaseBlindTrigger(re.compile(blind, re.IGNORECASE), re.compile(twin))
    return out


@lru_cache(maxsize=1)
def _english_grammar() -> _Grammar:
    lex = _load("dates.en.toml")
    en = _English(lex)
    fragments = _english_fragments(en)
    triggers = _english_triggers(en, fragments)
    # Case-insensitive so "Last week" and "EARLY 2024" work; capitalisation is checked where it matters.
    rules = _compile_rules(_ENGLISH_RULES, fragments, triggers, re.IGNORECASE)
    return _Grammar(en, [*rules, *_SHARED_RULES], None)


# ---------------------------------------------------------------- shared forms and the scanner


def _on_iso_date(vocabulary, m: re.Match, published) -> _Resolution:
    """2024-05-14 · 2024/05/14 · 2024.05.14 · a page's timestamp 2024-11-08 19:31 (the day; the time is kept in the
    mention's words)."""
    return datetime.date(int(m.group("year")), int(m.group("month")), int(m.group("day"))), "day"


# Rules every language reads after its own.
_SHARED_RULES = [
    ("ISO date",
     re.compile(r"(?<![0-9\-/.])(?P<year>[0-9]{4})(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})"
                r"(?:[ T][0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?(?![0-9])"),
     _on_iso_date, re.compile(r"[0-9]{4}[-/.][0-9]")),
]


@dataclass(frozen=True, eq=False)
class _CaseBlindTrigger:
    """A case-blind look-up and its case-sensitive twin for lower-cased text (see _lower_twin)."""
    blind: re.Pattern
    lower: re.Pattern


# The non-ASCII letters that a case-blind pattern matches for an ASCII one (İ ı ſ K); and İ is the one character
# whose lower case is longer.
_CASE_BLIND_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def _candidates(sentence: str, published, lang: str):
    if lang.startswith("zh"):
        grammar = _chinese_grammar(lang == "zh-Hant")
        haystack = fold(sentence)  # same length, so spans carry over to the original
    else:
        grammar = _english_grammar()
        haystack = sentence
    excluded = grammar.excluded
    blocked = [m.span() for m in excluded.finditer(haystack)] if excluded else []
    seen_triggers: dict = {}
    lowered = None
    for name, pattern, resolve, trigger in grammar.rules:
        if trigger not in seen_triggers:
            if isinstance(trigger, _CaseBlindTrigger):
                if lowered is None:
                    lowered = haystack.lower() if _CASE_BLIND_ODD.search(haystack) is None else ""
                found = trigger.lower.search(lowered) if lowered else trigger.blind.search(haystack)
            else:
                found = trigger.search(haystack)
            seen_triggers[trigger] = found is not None
        if not seen_triggers[trigger]:
            continue
        for m in pattern.finditer(haystack):
            start, end = m.span()
            if start == end or any(s <= start and end <= e for s, e in blocked):
                continue
            try:
                resolved = resolve(grammar.vocabulary, m, published)
            except (ValueError, OverflowError):  # a resolver's "not a date after all": 2月30日, "2021 employees",
                continue  # a year out of range; dropping it is safer than guessing
            if len(resolved) == 3:  # the resolver found a word behind the match that belongs to it ("last")
                *resolved, start = resolved
            yield start, end, _within_bounds(tuple(resolved)), name


@lru_cache(maxsize=4)
def _following_year_regex(lang: str):
    """Words for the year after the one just told ("the following year", 次年), from the dates lexicon."""
    lex = _load("dates.zh.toml") if lang.startswith("zh") else _load("dates.en.toml")
    words = lex.get("following_year", {}).get("words", [])
    if not words:
        return None
    if lang.startswith("zh"):
        return re.compile(_alternation(_fold_lexicon(words)))
    return re.compile(rf"\b(?:{_alternation(words)})\b", re.IGNORECASE)


_FIRST_DAY, _LAST_DAY = datetime.date(_MIN_YEAR, 1, 1), datetime.date(_MAX_YEAR, 12, 31)


def _within_bounds(resolved: _Resolution) -> _Resolution:
    """A date outside 1900-2100 is no date: the mention keeps its words, with no date (never a wrong one)."""
    day = resolved[0]
    return resolved if day is None or _FIRST_DAY <= day <= _LAST_DAY else _UNRESOLVED


def _chosen(sentence: str, published, lang: str) -> list[tuple]:
    """The candidates that do not overlap, the longest first (then the earliest), in order of position."""
    found = sorted(_candidates(sentence, published, lang), key=lambda c: (c[0] - c[1], c[0]))
    chosen: list[tuple] = []
    for candidate in found:
        start, end = candidate[0], candidate[1]
        if all(end <= c[0] or start >= c[1] for c in chosen):
            chosen.append(candidate)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _with_following_years(chosen: list[tuple], sentence: str, lang: str) -> list[tuple]:
    """"left in 2021 … launched the following year" / "2019年離職,次年創辦": a year after the one told before."""
    following = _following_year_regex(lang)
    if following is None or not chosen:
        return chosen
    out = list(chosen)
    for m in following.finditer(sentence):  # (the words are the same in either Chinese script)
        start, end = m.span()
        if any(c[0] < end and start < c[1] for c in out):
            continue
        before = [c for c in out if c[1] <= start and c[2][0] is not None]
        resolved = _UNRESOLVED
        if before and before[-1][2][0].year < _MAX_YEAR:
            resolved = (datetime.date(before[-1][2][0].year + 1, 1, 1), "year")
        out.append((start, end, resolved, "following year"))
    out.sort(key=lambda c: c[0])
    return out


def _anchor_immediately(chosen: list[tuple], alone: bool) -> list[tuple]:
    """"said on Monday that X resigned, effective immediately", "昨(11)日公告…即日生效": the day of the announcement,
    told before the words in the sentence. Without such a day the words are left out: an article's running date
    (which the events layer carries from sentence to sentence) says the announcement's day better than the
    publication date would (Taiwanese papers print the day after: read as the publication day, 7 events of
    tests/ got a date one day late). An expression alone (resolve_date) is the publication day."""
    if alone:
        return chosen
    out: list[tuple] = []
    for c in chosen:
        if c[3] != "immediately":
            out.append(c)
            continue
        told = [o for o in out if o[1] <= c[0] and o[2][0] is not None and o[2][1] == "day"]
        if told:
            out.append((c[0], c[1], told[-1][2], c[3]))
    return out


def _mentions(sentence, published, lang: str, alone: bool) -> list[DateMention]:
    if not isinstance(sentence, str) or not sentence:
        return []
    if not isinstance(published, datetime.date):
        published = None
    elif isinstance(published, datetime.datetime):
        published = published.date()
    lang = lang or "en"
    chosen = _anchor_immediately(_with_following_years(_chosen(sentence, published, lang), sentence, lang), alone)
    return [DateMention(s, e, sentence[s:e], r[0], r[1] if r[0] is not None else None) for s, e, r, _ in chosen]


def find_dates(sentence: str, published: datetime.date | None, lang: str) -> list[DateMention]:
    """Every time expression in `sentence`, in order, non-overlapping (the longest wins)."""
    return _mentions(sentence, published, lang, alone=False)


_A_YEAR_ALONE = re.compile(r"[0-9]{4}")


def resolve_date(expression: str, published: datetime.date | None, lang: str) -> tuple[datetime.date | None, str | None]:
    """One time expression → (first day, precision); (None, None) when it names no date we can resolve.
    A 4-digit year alone ("2018") is that year: as a whole expression it cannot be a count."""
    expression = expression.strip() if isinstance(expression, str) else ""
    if _A_YEAR_ALONE.fullmatch(expression):
        year = int(expression)
        return (datetime.date(year, 1, 1), "year") if _MIN_YEAR <= year <= _MAX_YEAR else (None, None)
    mentions = _mentions(expression, published, lang, alone=True)
    if not mentions:
        return None, None
    first = max(mentions, key=lambda m: m.end - m.start)
    return first.date, first.precision
