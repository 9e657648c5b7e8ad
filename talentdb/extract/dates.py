"""Find and resolve time expressions in one sentence (Traditional Chinese, Simplified Chinese, English).

Every mention is resolved to the FIRST day of what it names and a precision:
``day``, ``week`` (weeks start on Monday), ``month``, ``quarter`` or ``year``.
Relative expressions are anchored on the article's publication date ``published`` (P below);
with ``published=None`` they are still returned, with ``date=None, precision=None``.

Supported forms:

Chinese (Traditional text is folded to Simplified first, so 週/周, 禮拜/礼拜, 這/这, 兩/两 all work;
numbers may be digits or Chinese numerals: 五月, 十一月, 二〇二四年, 兩週前):
  * 2024年2月15日 / 2024年2月15號 → day;  2024年2月 → month;  2021年 → year (never dateparser's "year 3")
  * 2021年第三季度 / 2021年第一季 / 2021年三季度 / 2021年Q3 → quarter
  * 2021年初 / 年中 / 年底 / 年末 / 上半年 / 下半年 / 前三季度 → year, dated the part's first day (see below)
  * 2024年2月初 / 中 / 底 / 上旬 / 中旬 / 下旬 → month, dated the part's first day (see below)
  * 今年 / 本年 / 去年 / 前年 (P-2) / 明年 → year, and the same followed by a month, a day, a quarter or a
    part of the year: 今年5月, 今年五月, 去年11月, 今年5月14日, 今年初, 去年底, 去年第三季度
  * 5月 alone → month (P's year, or the year before if that month is after P's month);
    5月14日 alone → day (the most recent such day on or before P)
  * 上週 / 上周 / 上星期 / 上個禮拜 → week (Monday of the previous week); 本週 / 這週 → this week; 下週 → next week
  * 上週四 / 上周四 / 上星期四 / 上禮拜四 → that weekday of the previous week (day); 本週三, 下週一 likewise
  * 週三 / 星期三 / 禮拜三 alone → the most recent such weekday on or before P (day)
  * 上個月 / 上月 / 本月 / 這個月 / 下個月, optionally with 初 / 中 / 底 (本月初, 上月底) → month
  * 昨天 / 昨日 (P-1), 今天 / 今日 (P), 前天 (P-2), 明天 / 明日 (P+1) → day
  * 昨(11)日 / 今(12)日 (Taiwanese papers) → day; the written day of the month wins if it disagrees
  * 三天前 (day), 兩週前 / 2個星期前 (week), 3個月前 (month), 五年前 (year)
  * 第三季度 / Q3 alone → quarter (P's year, or the year before if that quarter has not begun at P)
  * 日前 / 近日 ("a few days ago", "recently") → week: the Monday of the week before P's week

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
  * two weeks ago / 3 days ago / a month ago / five years ago → week / day / month / year
  * Q3 2024 / 2024 Q3 / the third quarter of 2024 / the third quarter → quarter
  * early 2024 / mid-2023 / late 2023 / the end of 2023 / the first half of 2024 / H2 2024 / summer 2023 → year,
    dated the part's first day
  * in 2021 / since 2021 / by 2021 → year (a bare 4-digit year 1900-2099 after such a word only;
    never "2,021 employees", "2021 employees" nor "$2021")

Every language: ISO dates 2024-05-14 (also 2024/05/14, 2024.05.14) → day.

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

from talentdb.extract.text import fold, longest_first

_MIN_YEAR, _MAX_YEAR = 1900, 2099  # written 4-digit years we believe are years


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str  # == sentence[start:end]
    date: datetime.date | None  # first day of the period; None when it cannot be resolved
    precision: str | None  # "day" | "week" | "month" | "quarter" | "year"


# A handler turns a regex match into (date, precision), or (date, precision, start) when the mention
# begins before the match ("last" in "last Thursday"); (None, None) keeps the mention unresolved
# (a relative date without a publication date); raising says "this was not a date after all".
_Resolution = tuple[datetime.date | None, str | None]
_UNRESOLVED: _Resolution = (None, None)
_Handler = Callable[[re.Match, "datetime.date | None"], object]


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


def _guarded_alternation(words, blocked_words) -> str:
    """Each word, not right after a character that makes a blocked word with its first one (成+本: 成本年增)."""
    out = []
    for w in sorted(set(words), key=longest_first):
        before = {b[-2] for b in blocked_words if len(b) >= 2 and b[-1] == w[0]}
        out.append((f"(?<!{_char_class(before)})" if before else "") + re.escape(w))
    return "|".join(out)


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


@lru_cache(maxsize=1)
def _chinese_grammar():
    lex = _fold_lexicon(_load("dates.zh.toml"))
    numbers = _ChineseNumbers(lex["numerals"])
    words = lex["words"]
    digit_chars = "".join(k for k in numbers.digits if k != "两")
    number = f"[0-9]{{1,2}}|{_char_class(numbers.chars)}{{1,3}}"
    year4 = f"(?<![0-9])[0-9]{{4}}(?![0-9])|(?<!{_char_class(digit_chars)}){_char_class(digit_chars)}{{4}}"
    day_suffix = _char_class(words["day"])
    not_after_number = _char_class(set(numbers.chars) | set("0123456789") | set(words["count_preceders"]))
    relative_guard = _char_class(words["relative_blocked_preceders"])
    year_guard_before = _char_class(words["relative_year_blocked_preceders"])
    relative_year = _guarded_alternation(lex["relative_year"], words["relative_year_blocked_words"])
    year_guard_after = _char_class(words["year_blocked_followers"])
    week_words = _alternation(words["week"])
    week_guard_after = _char_class(words["week_blocked_followers"])
    week_allowed = _alternation(words.get("week_allowed_followers", [])) or "(?!)"
    weekday_chars = _char_class(lex["weekdays"])
    month_parts = f"(?P<monthpart>{_alternation(lex['month_parts'])})"
    year_parts = f"(?P<yearpart>{_alternation(lex['year_parts'])})"
    quarter_digit = "[1-4一二三四]"
    quarter_forms = [f.replace("{n}", quarter_digit) for f in lex["quarters"]["forms"]]
    quarter_any = "|".join(sorted(quarter_forms, key=longest_first))
    # Alone, 第三季 could be a television season; only the forms with 季度 or Q are read as quarters.
    quarter_alone = "|".join(f for f in quarter_forms if "季度" in f or "Q" in f.upper())
    ago_units = _alternation(lex["ago_units"])

    def month_number(text: str) -> int:
        month = numbers.value(text)
        if not 1 <= month <= 12:
            raise ValueError("month")
        return month

    def quarter_number(text: str) -> int:
        digit = re.search(quarter_digit, text).group(0)
        return numbers.value(digit)

    def month_part_day(m: re.Match) -> int:
        """本月初 → 1, 上月底 → 21: the day the named part of the month begins on."""
        return lex["month_parts"][m.group("monthpart")] if m.group("monthpart") else 1

    def year_tail(m: re.Match, year: int) -> object:
        """What follows 年: a month (and day), a quarter, a part of the year, or nothing."""
        if m.group("month"):
            month = month_number(m.group("month"))
            if m.group("day"):
                return datetime.date(year, month, numbers.value(m.group("day"))), "day"
            return datetime.date(year, month, month_part_day(m)), "month"
        if m.group("quarter"):
            return _quarter_start(year, quarter_number(m.group("quarter"))), "quarter"
        if m.group("yearpart"):  # 年初, 年底, 下半年: the first day of the part, precision year
            return datetime.date(year, lex["year_parts"][m.group("yearpart")], 1), "year"
        return datetime.date(year, 1, 1), "year"

    tail = (
        f"(?:(?P<month>{number})月(?:(?P<day>{number}){day_suffix}|(?:{month_parts}))?"
        f"|(?P<quarter>{quarter_any})|(?:{year_parts}))?"
    )

    def on_written_year(m, published):
        return year_tail(m, _written_year(numbers.value(m.group("year"))))

    def on_relative_year(m, published):
        if published is None:
            # Still validate the month and day, so 去年13月 is dropped whether or not P is known.
            if m.group("month"):
                month_number(m.group("month"))
            return _UNRESOLVED
        return year_tail(m, published.year + lex["relative_year"][m.group("relyear")])

    def on_month_alone(m, published):
        month = month_number(m.group("month"))
        if m.group("day"):
            day = numbers.value(m.group("day"))
            datetime.date(2000, month, day)  # 2000 is a leap year: rejects 2月30日, keeps 2月29日
            if published is None:
                return _UNRESOLVED
            return _day_without_year(month, day, published), "day"
        if published is None:
            return _UNRESOLVED
        return _month_without_year(month, published).replace(day=month_part_day(m)), "month"

    def on_relative_month(m, published):
        if published is None:
            return _UNRESOLVED
        first, precision = _this_period(published, "month", lex["relative_month"][m.group("relmonth")])
        if m.group("day"):  # 本月31日, 下月15日: the day of that month
            return first.replace(day=numbers.value(m.group("day"))), "day"
        return first.replace(day=month_part_day(m)), precision

    def on_relative_week(m, published):
        if published is None:
            return _UNRESOLVED
        monday = _monday(published) + datetime.timedelta(weeks=lex["relative_week"][m.group("relweek")])
        if m.group("weekday"):
            return monday + datetime.timedelta(days=lex["weekdays"][m.group("weekday")]), "day"
        return monday, "week"

    def on_weekday_alone(m, published):
        if published is None:
            return _UNRESOLVED
        return _weekday_on_or_before(published, lex["weekdays"][m.group("weekday")]), "day"

    def on_relative_day(m, published):
        if published is None:
            return _UNRESOLVED
        return published + datetime.timedelta(days=lex["relative_day"][m.group(0)]), "day"

    def on_ago(m, published):
        count = numbers.value(m.group("count"))
        if published is None:
            return _UNRESOLVED
        return _ago(published, count, lex["ago_units"][m.group("unit")])

    def on_quarter_alone(m, published):
        quarter = quarter_number(m.group(0))
        if published is None:
            return _UNRESOLVED
        return _quarter_without_year(quarter, published), "quarter"

    def on_vague(m, published):
        if published is None:
            return _UNRESOLVED
        return _monday(published) - datetime.timedelta(weeks=1), "week"

    def on_dated_relative_day(m, published):
        """昨(11)日: yesterday, which the paper says was the 11th; the written day wins if they disagree."""
        day = numbers.value(m.group("day"))
        if not 1 <= day <= 31:
            raise ValueError("day")
        if published is None:
            return _UNRESOLVED
        relative = published + datetime.timedelta(days=lex["dated_relative_day"][m.group("relday")])
        if relative.day == day:
            return relative, "day"
        year, month = relative.year, relative.month
        if day > relative.day:
            year, month = _shift_month(year, month, -1)
        return datetime.date(year, month, day), "day"

    patterns: list[tuple[str, _Handler]] = [
        (f"(?P<year>{year4})年(?!{year_guard_after}){tail}", on_written_year),
        (
            f"(?<!{year_guard_before})(?<!{relative_guard})(?P<relyear>{relative_year})"
            f"年(?!{year_guard_after}){tail}",
            on_relative_year,
        ),
        (
            f"(?<!{not_after_number})(?P<month>{number})月(?:(?P<day>{number}){day_suffix}|(?:{month_parts}))?",
            on_month_alone,
        ),
        (
            f"(?<!{relative_guard})(?P<relmonth>{_alternation(lex['relative_month'])})月"
            f"(?:(?P<day>{number}){day_suffix}|(?:{month_parts}))?",
            on_relative_month,
        ),
        (
            f"(?<!{relative_guard})(?P<relweek>{_alternation(lex['relative_week'])})(?:{week_words})"
            f"(?:(?P<weekday>{weekday_chars})|(?={week_allowed})|(?!{week_guard_after}))",
            on_relative_week,
        ),
        (f"(?<!{not_after_number})(?:{week_words})(?P<weekday>{weekday_chars})", on_weekday_alone),
        (f"(?<!{relative_guard})(?:{_alternation(lex['relative_day'])})", on_relative_day),
        (f"(?<!{not_after_number})(?P<count>{number})(?P<unit>{ago_units}){re.escape(words['ago'])}", on_ago),
        (f"(?<![0-9A-Za-z])(?<!{not_after_number})(?:{quarter_alone})(?![0-9A-Za-z])", on_quarter_alone),
        (
            f"(?P<relday>{_alternation(lex['dated_relative_day'])})[(（](?P<day>{number})[)）]日",
            on_dated_relative_day,
        ),
        (f"(?<!{not_after_number})(?:{_alternation(lex['vague']['words'])})", on_vague),
    ]
    # A word each pattern cannot match without (most sentences have no 年, no 月…): a pattern whose word is not in
    # the sentence is skipped. The patterns open with look-behinds, so a scan that cannot match still tries every
    # position; these look-ups skip ahead to their word.
    nian, yue, ri = re.compile("年"), re.compile("月"), re.compile("日")
    week = re.compile(week_words)
    needs = [nian, re.compile(f"(?:{_alternation(lex['relative_year'])})年"),
             yue, re.compile(f"(?:{_alternation(lex['relative_month'])})月"),
             week, week, re.compile(_alternation(lex["relative_day"])), re.compile(re.escape(words["ago"])),
             re.compile(quarter_alone), ri, re.compile(_alternation(lex["vague"]["words"]))]
    compiled = [(re.compile(p), h, need) for (p, h), need in zip(patterns, needs, strict=True)]
    excluded = re.compile(_alternation(lex["exclude"]["phrases"])) if lex["exclude"]["phrases"] else None
    return compiled, excluded


# ---------------------------------------------------------------- English grammar


@lru_cache(maxsize=1)
def _english_grammar():
    lex = _load("dates.en.toml")
    months = {**lex["month_abbreviations"], **lex["months"]}
    any_month = _alternation(months)
    # A full name, or an abbreviation with its optional full stop ("Sept."), but never the sentence's full stop.
    month_token = rf"(?:{_alternation(lex['months'])})\b|(?:{_alternation(lex['month_abbreviations'])})\b\.?"
    weekdays = _alternation(lex["weekdays"])
    relative = _alternation(lex["relative"])
    units = _alternation(lex["units"])
    numbers = lex["numbers"]
    ordinals = _alternation(lex["quarters"])
    year_parts = _alternation(lex["year_parts"])
    month_parts = _alternation(lex["month_parts"])
    bare_months = set(lex["bare_months"]["names"])
    year_part_month = {k.lower(): v for k, v in lex["year_parts"].items()}
    full_month_names = set(lex["months"])
    suffix = r"(?:st|nd|rd|th)?"
    year = r"(?:19|20)[0-9]{2}(?![0-9])"

    # Each pattern is anchored on its key word (a month, a weekday, a year); the words that may precede it
    # ("in", "last", "early") are looked up behind the match, which keeps the scan fast.
    def behind(words: str) -> re.Pattern:
        return re.compile(rf"\b(?P<word>{words})[\s-]*$", re.IGNORECASE)

    month_context_behind = behind(f"{_alternation(lex['bare_months']['context'])}|{year_parts}")
    direction_behind = behind("last|previous|this|next")
    year_part_behind = behind(year_parts)
    month_part_behind = behind(month_parts)
    year_context_behind = behind(_alternation(lex["year_context"]["words"]))

    def word_behind(pattern: re.Pattern, m: re.Match) -> re.Match | None:
        return pattern.search(m.string, max(0, m.start() - 25), m.start())

    def month_number(name: str) -> int:
        if not name[0].isupper():  # "may" is a verb; news capitalises months
            raise ValueError("lower-case month")
        return months[name.lower().rstrip(".")]

    def on_month(m, published):
        """June 12, 2024 · June 12 · May 2023 · last May · in May · September."""
        name = m.group("month")
        month = month_number(name)
        if m.group("day"):
            day = int(m.group("day"))
            if m.group("year"):
                return datetime.date(int(m.group("year")), month, day), "day"
            datetime.date(2000, month, day)  # 2000 is a leap year: rejects June 31, keeps February 29
            return (_day_without_year(month, day, published), "day") if published else _UNRESOLVED
        part = word_behind(month_part_behind, m)
        if m.group("monthyear"):
            first = _month_start(int(m.group("monthyear")), month)
            return with_month_part(first, part, m.start())
        if name.lower() not in full_month_names:
            raise ValueError("an abbreviation alone is too ambiguous (Jan Leike)")
        direction = word_behind(direction_behind, m)
        if direction:
            if published is None:
                return None, None, direction.start()
            offset = lex["relative"][direction.group("word").lower()]
            if offset < 0:  # last May: the most recent May strictly before P's month
                year_ = published.year if month < published.month else published.year - 1
            elif offset > 0:
                year_ = published.year if month > published.month else published.year + 1
            else:
                year_ = published.year
            return _month_start(year_, month), "month", direction.start()
        if word_behind(month_context_behind, m) is None and name.lower() not in bare_months:
            raise ValueError("May, March, June… alone are words or names")
        if published is None:
            return None, None, part.start() if part else m.start()
        return with_month_part(_month_without_year(month, published), part, m.start())

    def with_month_part(first: datetime.date, part: re.Match | None, start: int):
        """late May → May 21, precision month, and the mention starts at "late"."""
        if part is None:
            return first, "month", start
        return first.replace(day=lex["month_parts"][part.group("word").lower()]), "month", part.start()

    def on_day_first(m, published):
        """12 June 2024 · 12 June."""
        month, day = month_number(m.group("month")), int(m.group("day"))
        if m.group("year"):
            return datetime.date(int(m.group("year")), month, day), "day"
        datetime.date(2000, month, day)
        return (_day_without_year(month, day, published), "day") if published else _UNRESOLVED

    def on_weekday(m, published):
        """last Thursday · this Thursday · next Thursday · (on) Thursday."""
        name = m.group("weekday")
        if not name[0].isupper():
            raise ValueError("lower-case weekday")
        direction = word_behind(direction_behind, m)
        start = direction.start() if direction else m.start()
        if published is None:
            return None, None, start
        weekday = lex["weekdays"][name.lower()]
        offset = lex["relative"][direction.group("word").lower()] if direction else None
        if offset is None:
            day = _weekday_on_or_before(published, weekday)
        elif offset < 0:
            day = _weekday_strictly_before(published, weekday)
        elif offset > 0:
            day = _weekday_strictly_after(published, weekday)
        else:
            day = _monday(published) + datetime.timedelta(days=weekday)
        return day, "day", start

    def on_relative_unit(m, published):
        if published is None:
            return _UNRESOLVED
        rel = re.sub(r"\s+", " ", m.group("rel").lower())
        unit = lex["units"][m.group("unit").lower()]
        first, precision = _this_period(published, unit, lex["relative"][rel])
        # "late last year" → Nov 1 of last year, "early this month" → the 1st (as 去年底, 本月初)
        if unit == "year":
            part = word_behind(year_part_behind, m)
            if part:
                return first.replace(month=year_part_month[part.group("word").lower()]), precision, part.start()
        elif unit == "month":
            part = word_behind(month_part_behind, m)
            if part:
                return first.replace(day=lex["month_parts"][part.group("word").lower()]), precision, part.start()
        return first, precision

    def on_relative_day(m, published):
        if published is None:
            return _UNRESOLVED
        return published + datetime.timedelta(days=lex["relative_days"][m.group(0).lower()]), "day"

    def on_ago(m, published):
        count_text = m.group("count").lower()
        count = int(count_text) if count_text.isdigit() else numbers[count_text]
        if published is None:
            return _UNRESOLVED
        return _ago(published, count, lex["units"][m.group("unit").lower()])

    def on_quarter(m, published):
        groups = m.groupdict()
        quarter = int(groups["q"]) if groups.get("q") else lex["quarters"][groups["ordinal"].lower()]
        if groups.get("year"):
            return _quarter_start(int(groups["year"]), quarter), "quarter"
        if published is None:
            return _UNRESOLVED
        return _quarter_without_year(quarter, published), "quarter"

    def on_year(m, published):
        """late 2023 · mid-2023 · the first half of 2024 (span includes the words) · in 2021 (year only)."""
        year_ = _written_year(int(m.group("year")))
        part = word_behind(year_part_behind, m)
        if part:
            return datetime.date(year_, year_part_month[part.group("word").lower()], 1), "year", part.start()
        if word_behind(year_context_behind, m):
            return datetime.date(year_, 1, 1), "year"
        raise ValueError("a number that may not be a year (2021 employees)")

    patterns: list[tuple[str, _Handler, str]] = [
        (rf"\b(?P<month>{month_token})(?:\s+(?P<day>[0-9]{{1,2}}){suffix}\b(?:,?\s+(?P<year>{year}))?(?![,.]?[0-9])"
         rf"|,?\s+(?:of\s+)?(?P<monthyear>{year}))?", on_month, "month"),
        (rf"\b(?:the\s+)?(?P<day>[0-9]{{1,2}}){suffix}\s+(?:of\s+)?(?P<month>{month_token})(?:,?\s+(?P<year>{year}))?",
         on_day_first, "month"),
        # "Thursday, October 3, 2024": the weekday only repeats the date that follows it; not a mention.
        (rf"\b(?P<weekday>{weekdays})\b(?!,?\s+(?:the\s+)?(?:{any_month}|[0-9]))", on_weekday, "weekday"),
        (rf"\b(?P<rel>{relative})\s+(?P<unit>{units})\b", on_relative_unit, "relative"),
        (rf"\b(?:{_alternation(lex['relative_days'])})\b", on_relative_day, "relative_day"),
        (rf"\b(?P<count>[0-9]{{1,3}}|{_alternation(numbers)})\s+(?P<unit>{units})s?\s+ago\b", on_ago, "ago"),
        (rf"\bQ(?P<q>[1-4])(?:\s+of)?\s*(?P<year>{year})", on_quarter, "year"),
        (rf"(?<![0-9$€£¥.,])(?P<year>{year})\s*Q(?P<q>[1-4])\b", on_quarter, "year"),
        (rf"\b(?:the\s+)?(?P<ordinal>{ordinals})\s+quarter(?:\s+(?:of\s+)?(?P<year>{year}))?", on_quarter, "quarter"),
        (rf"(?<![0-9$€£¥,.])(?P<year>{year})(?![.,][0-9]|%|-[0-9])", on_year, "year"),
    ]
    # Cheap look-ups that tell which patterns could match at all: most sentences name no month,
    # and skipping those patterns keeps a typical sentence well under 100 µs.
    triggers = {
        "month": rf"\b(?:{any_month})\b",
        "weekday": rf"\b(?:{weekdays})\b",
        "relative": rf"\b(?:{relative})\s",
        "relative_day": rf"\b(?:{_alternation(lex['relative_days'])})\b",
        "ago": r"\bago\b",
        "year": r"(?:19|20)[0-9]{2}",
        "quarter": r"\bquarter\b",
    }
    # The same look-ups, case-sensitive, for the lower-cased sentence: a case-blind pattern gets no help from the
    # regex engine (it tries every position), and "\b" in front hides the first letters; checked after the first
    # letter instead, the engine skips to those letters. They find a word exactly where the case-blind ones do,
    # unless the sentence holds a letter that case-blind matching equates with an ASCII one (İ ı ſ K): see
    # _candidates.
    def lower_twin(words, tail: str) -> str:
        ws = sorted({w.lower() for w in words}, key=longest_first)
        if ws and all(w[:1].isascii() and w[:1].isalpha() for w in ws):
            return "(?:" + "|".join(re.escape(w[0]) + r"(?<!\w.)" + re.escape(w[1:]) for w in ws) + ")" + tail
        return r"\b(?:" + "|".join(re.escape(w) for w in ws) + ")" + tail

    twins = {
        "month": lower_twin(months, r"\b"),
        "weekday": lower_twin(lex["weekdays"], r"\b"),
        "relative": lower_twin(lex["relative"], r"\s"),
        "relative_day": lower_twin(lex["relative_days"], r"\b"),
        "ago": lower_twin(["ago"], r"\b"),
        "year": triggers["year"],
        "quarter": lower_twin(["quarter"], r"\b"),
    }
    compiled_triggers = {name: _CaseBlindTrigger(re.compile(t, re.IGNORECASE), re.compile(twins[name]))
                         for name, t in triggers.items()}
    # Case-insensitive so "Last week" and "EARLY 2024" work; capitalisation is checked where it matters.
    return [(re.compile(p, re.IGNORECASE), h, compiled_triggers[t]) for p, h, t in patterns], None


# ---------------------------------------------------------------- shared forms and the scanner

_ISO_DATE = re.compile(r"(?<![0-9\-/.])(?P<year>[0-9]{4})(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})(?![0-9])")
_ISO_TRIGGER = re.compile(r"[0-9]{4}[-/.][0-9]")


def _on_iso_date(m: re.Match, published) -> _Resolution:
    year = _written_year(int(m.group("year")))
    return datetime.date(year, int(m.group("month")), int(m.group("day"))), "day"


@dataclass(frozen=True, eq=False)
class _CaseBlindTrigger:
    """A case-blind look-up and its case-sensitive twin for lower-cased text (see _english_grammar)."""
    blind: re.Pattern
    lower: re.Pattern


# The non-ASCII letters that a case-blind pattern matches for an ASCII one (İ ı ſ K); and İ is the one character
# whose lower case is longer.
_CASE_BLIND_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def _candidates(sentence: str, published, lang: str):
    if lang.startswith("zh"):
        grammar, excluded = _chinese_grammar()
        haystack = fold(sentence)  # same length, so spans carry over to the original
    else:
        grammar, excluded = _english_grammar()
        haystack = sentence
    blocked = [m.span() for m in excluded.finditer(haystack)] if excluded else []
    seen_triggers: dict = {}
    lowered = None
    for pattern, handler, trigger in [*grammar, (_ISO_DATE, _on_iso_date, _ISO_TRIGGER)]:
        if trigger is not None:
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
                resolved = handler(m, published)
            except (ValueError, OverflowError):  # a handler's "not a date after all": 2月30日, "2021 employees", a
                continue  # year out of range; dropping it is safer than guessing
            if len(resolved) == 3:  # the handler found a word behind the match that belongs to it ("last")
                *resolved, start = resolved
            yield start, end, tuple(resolved)


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


def find_dates(sentence: str, published: datetime.date | None, lang: str) -> list[DateMention]:
    """Every time expression in `sentence`, in order, non-overlapping (the longest wins)."""
    if not isinstance(sentence, str) or not sentence:
        return []
    if not isinstance(published, datetime.date):
        published = None
    elif isinstance(published, datetime.datetime):
        published = published.date()
    found = sorted(_candidates(sentence, published, lang or "en"), key=lambda c: (c[0] - c[1], c[0]))
    chosen: list[tuple[int, int, _Resolution]] = []
    for start, end, resolved in found:
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, resolved))
    chosen.sort(key=lambda c: c[0])
    following = _following_year_regex(lang or "en")
    if following is not None and chosen:
        for m in following.finditer(sentence):  # (the words are the same in either Chinese script)
            start, end = m.span()
            if any(s < end and start < e for s, e, _ in chosen):
                continue
            # "left in 2021 … launched the following year" / "2019年離職,次年創辦": a year after the one told before
            before = [c for c in chosen if c[1] <= start and c[2][0] is not None]
            resolved = (datetime.date(before[-1][2][0].year + 1, 1, 1), "year") if before else _UNRESOLVED
            chosen.append((start, end, resolved))
        chosen.sort(key=lambda c: c[0])
    return [DateMention(s, e, sentence[s:e], r[0], r[1] if r[0] is not None else None) for s, e, r in chosen]


def resolve_date(expression: str, published: datetime.date | None, lang: str) -> tuple[datetime.date | None, str | None]:
    """One time expression → (first day, precision); (None, None) when it names no date we can resolve."""
    mentions = find_dates(expression.strip() if isinstance(expression, str) else "", published, lang)
    if not mentions:
        return None, None
    first = max(mentions, key=lambda m: m.end - m.start)
    return first.date, first.precision
