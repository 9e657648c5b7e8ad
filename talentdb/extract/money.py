"""Find amounts of money in one sentence (Traditional Chinese, Simplified Chinese, English).

Each mention gives the amount in units of its currency (66億美元 → 6600000000.0) and the ISO 4217 code.
Traditional text is folded to Simplified before matching (億/亿, 萬/万, 幣/币, 臺/台, 圓/圆), so one
lexicon serves both scripts. Vocabulary lives in ``talentdb/lexicon/currency.toml`` (with the files of
``$TALENTDB_LEXICON_DIR`` named ``currency.*.toml`` merged on top, see :mod:`talentdb.extract.lexicon_files`).

Supported forms:
  * Chinese scale characters, multiplied in sequence: 66億美元 (6.6e9), 4,500萬美元 (4.5e7), 1.5萬億 (1.5e12),
    5百萬美元 (5e6), and Chinese numerals: 五億美元, 兩千萬美元, 十億美元
  * currency after the number: 美元/美金 USD, 歐元 EUR, 英鎊 GBP, 日圓/日元 JPY, 港元/港幣 HKD,
    新台幣/台幣 TWD, 人民幣 CNY (10億元人民幣), 韓元 KRW, and more in the lexicon
  * currency before the number: 新台幣5億元, 新臺幣, 人民幣10億元, NT$5億, HK$, US$675 million, $6.6 billion,
    €600m, £1.2bn, $45 million, $1.2B, $500K, USD 30 million, RMB 1 billion, ¥5 billion
  * English currency words after a scale word: "30 million dollars", "2 billion yen", "5 million euros"
  * "a $10 million round", "約66億美元", "逾10億美元", "超過1,000億美元": the words around are allowed
    but kept out of the mention.

Choices:
  * 兆 is 10^12 (Taiwan and Hong Kong usage in money news), the same as 萬億.
  * A bare 元 (or 块) is CNY, unless the sentence names 新台幣/台幣/NT$ (then TWD) or 港幣/港元/HK$ (HKD).
  * "¥" is JPY, unless the sentence names 人民幣, 元, RMB, yuan or CNY (then CNY).
  * "$" is USD; NT$, HK$, S$, A$, C$ are their own dollars.
  * Ranges ("$5–10 million", "5億至10億美元") keep the lower bound: the amount was at least that.
  * Vague amounts are not amounts: 數億美元, 數十億, 幾十億, 上百億; ``find_vague_amounts`` gives their place and
    currency (a round of 數億元 is still a round, of a null amount). A scale with no number after a word of
    approximation is one of it: 近億元 and 逾億元 are 1億.
  * A Chinese numeral counts only with 十/百/千 or a scale (五億美元, 十元), so 二元論 and 一元化 are not money.
  * An English currency word alone ("200 pounds", "5 dollars") needs a scale word to count,
    since "200 pounds" is as often a weight as money.
  * Percentages and plain numbers without a currency are never matched.

Every amount ``find_amounts`` gives is a finite float ≥ 0.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from talentdb.extract.text import fold, longest_first

_BARE_UNIT = "?"  # a suffix such as 元 that says "money" but not which currency


@dataclass(frozen=True)
class MoneyMention:
    start: int
    end: int
    text: str  # == sentence[start:end]
    amount: float  # in units of the currency: 66億美元 → 6600000000.0
    currency: str  # ISO 4217


def _alternation(words) -> str:
    """Longest first, so 新台币 is tried before 台币 and US$ before $."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=longest_first))


class _Lexicon:
    def __init__(self, data: dict):
        self.zh_scales = {fold(k): v for k, v in data["scales"]["zh"].items()}
        self.en_scales = {k.lower(): v for k, v in data["scales"]["en"].items()}
        self.digits = {fold(k): v for k, v in data["numerals"]["digits"].items()}
        self.units = {fold(k): v for k, v in data["numerals"]["units"].items()}
        self.prefixes = {fold(k): v for k, v in data["prefixes"].items()}
        self.suffixes = {fold(k): v for k, v in data["suffixes"].items()}
        self.suffixes_lower = {k.lower(): v for k, v in self.suffixes.items()}
        context = data["context"]
        self.bare_unit_default = context["bare_unit_default"]
        self.bare_unit_context = {fold(k): v for k, v in context["bare_unit_context"].items()}
        self.yen_sign_cny_context = [fold(w) for w in context["yen_sign_cny_context"]]

        vague = "".join(re.escape(fold(c)) for c in data["numerals"]["vague_preceders"])
        approx = data["numerals"].get("implicit_one_preceders", [])
        zh_numeral = "[" + "".join(re.escape(c) for c in {**self.digits, **self.units}) + "]+"
        digits = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,15}(?:\.[0-9]+)?"
        # 数十亿, 几十亿, 上百亿 are vague; the check is on Chinese numerals only, so 完成1.2亿 still counts.
        number = rf"(?:(?<![0-9.,])(?:{digits})|(?<![0-9.,{vague}])(?:{zh_numeral}))"
        zh_scale = "[" + "".join(re.escape(c) for c in self.zh_scales) + "]{1,3}"
        en_scale = rf"(?:{_alternation(self.en_scales)})(?![A-Za-z])"
        scale = rf"(?:{zh_scale}|{en_scale})"
        separators = [s for s in data["ranges"]["separators"] if s.isascii() and s.isalpha()]
        symbols = [s for s in data["ranges"]["separators"] if s not in separators]
        range_separator = rf"(?:\s?(?:{_alternation(symbols)})\s?|\s+(?:{_alternation(separators)})\s+)"
        prefix = rf"(?<![A-Za-z])(?P<prefix>{_alternation(self.prefixes)})\s?"
        # A word suffix must end at a word boundary ("dollars", not "dollarsign"); 美元 may run into
        # Latin letters, as in 1.2億美元B輪融資.
        suffix = rf"\s?(?P<suffix>{_alternation(self.suffixes)})(?:(?<![A-Za-z])|(?![A-Za-z]))"
        self.pattern = re.compile(
            rf"(?:{prefix})?"
            rf"(?P<number>{number})(?:\s?(?P<scale>{scale}))?"
            rf"(?:{range_separator}(?P<upper_prefix>{_alternation(self.prefixes)})?\s?(?P<upper>{number})(?:\s?(?P<upper_scale>{scale}))?)?"
            rf"(?:{suffix})?"
            rf"(?![0-9]|\s?%)",
            re.IGNORECASE,
        )

        # "近億元", "逾亿元": a scale with no number after a word of approximation is one of it (1億)
        self.implicit_one = re.compile(
            rf"(?:{_alternation([fold(w) for w in approx]) or '(?!)'})(?P<body>(?:{prefix})?(?P<scale>{zh_scale}){suffix})")
        # "數億元", "上亿元人民币": money of a currency whose sum is not told. (Not English: "have raised hundreds of
        # millions of dollars" is background about others far more often than a round.)
        self.zh_scale_chars = frozenset(self.zh_scales)  # (no such character: neither form can be there)
        self.vague = re.compile(rf"(?:{prefix})?[{vague}](?:[十百千])?(?P<scale>{zh_scale}){suffix}", re.IGNORECASE)

    def number_value(self, text: str) -> Decimal:
        """'4,500' → 4500, '6.6' → 6.6, '五' → 5, '两千' → 2000, '一百五十' → 150."""
        if text[0].isascii():
            return Decimal(text.replace(",", ""))
        total, current = 0, None
        for ch in text:
            if ch in self.digits:
                if current is not None:  # '二〇二四'-style digit runs are years, not amounts
                    raise ValueError("digit run")
                current = self.digits[ch]
            else:
                total += (1 if current is None else current) * self.units[ch]
                current = None
        return Decimal(total + (current or 0))

    def is_a_word_not_an_amount(self, m: re.Match) -> bool:
        """二元论 (dualism) and 一元化 (unification) are words: a Chinese numeral needs 十/百/千 or a scale."""
        number = m.group("number")
        if number[0].isascii() or m.group("scale"):
            return False
        return not any(ch in self.units for ch in number)

    def scale_value(self, text: str | None) -> Decimal:
        if not text:
            return Decimal(1)
        if text.lower() in self.en_scales:
            return Decimal(self.en_scales[text.lower()])
        value = Decimal(1)
        for ch in text:
            value *= self.zh_scales[ch]
        return value

    def currency(self, m: re.Match, folded_sentence: str) -> str | None:
        g = m.groupdict()
        prefix, suffix = g.get("prefix") or g.get("upper_prefix"), g.get("suffix")
        by_prefix = self.prefixes.get(prefix) if prefix else None
        if by_prefix is None and prefix:
            by_prefix = self.prefixes.get(prefix.upper())
        by_suffix = None
        if suffix:
            by_suffix = self.suffixes.get(suffix) or self.suffixes_lower.get(suffix.lower())
            is_word = suffix.isascii() and not (len(suffix) == 3 and suffix.isupper())  # not a code like USD
            if is_word and not by_prefix:
                # "30 million dollars" counts, "200 pounds" does not: a currency word needs a scale.
                if not g.get("scale") and not g.get("upper_scale"):
                    by_suffix = None
        if by_suffix and by_suffix != _BARE_UNIT:
            return by_suffix
        if by_prefix == "JPY" and prefix == "¥":
            if any(word in folded_sentence for word in self.yen_sign_cny_context):
                return "CNY"
        if by_prefix:
            return by_prefix
        if by_suffix == _BARE_UNIT:
            for word, code in self.bare_unit_context.items():
                if word in folded_sentence:
                    return code
            return self.bare_unit_default
        return None


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    from talentdb.extract.lexicon_files import load_group

    return _Lexicon(load_group("currency"))


def find_amounts(sentence: str) -> list[MoneyMention]:
    """Every amount of money in `sentence`, in order of position."""
    if not isinstance(sentence, str) or not sentence:
        return []
    return list(_amounts(sentence))


@dataclass(frozen=True)
class VagueMoney:
    """Money whose sum is not told ("數億元", "新台幣數十億元"): where, and its currency."""
    start: int
    end: int
    text: str
    currency: str


def find_vague_amounts(sentence: str) -> list[VagueMoney]:
    """Every amount of money in `sentence` that names a currency but no sum, in order of position."""
    if not isinstance(sentence, str) or not sentence:
        return []
    lexicon = _lexicon()
    folded = fold(sentence)
    if lexicon.zh_scale_chars.isdisjoint(folded):
        return []
    out = []
    for m in lexicon.vague.finditer(folded):
        currency = lexicon.currency(m, folded)
        if currency and currency != _BARE_UNIT:
            out.append(VagueMoney(m.start(), m.end(), sentence[m.start():m.end()], currency))
    return out


def _amounts(sentence: str):
    lexicon = _lexicon()
    folded = fold(sentence)
    for m in (() if lexicon.zh_scale_chars.isdisjoint(folded) else lexicon.implicit_one.finditer(folded)):
        try:
            currency = lexicon.currency(m, folded)
            if currency is None:
                continue
            amount = float(lexicon.scale_value(m.group("scale")))
        except (ValueError, KeyError, InvalidOperation, ArithmeticError):
            continue
        a, b = m.span("body")
        yield MoneyMention(a, b, sentence[a:b], amount, currency)
    for m in lexicon.pattern.finditer(folded):
        try:
            currency = lexicon.currency(m, folded)
            if currency is None or lexicon.is_a_word_not_an_amount(m):
                continue
            scale = lexicon.scale_value(m.group("scale") or m.group("upper_scale"))
            amount = float(lexicon.number_value(m.group("number")) * scale)
        except (ValueError, KeyError, InvalidOperation, ArithmeticError):
            continue
        if not math.isfinite(amount) or amount < 0:
            continue
        start, end = m.span()
        yield MoneyMention(start, end, sentence[start:end], amount, currency)
