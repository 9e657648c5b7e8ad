"""Find amounts of money in one sentence (Traditional Chinese, Simplified Chinese, English).

Each mention gives the amount in units of its currency (66億美元 → 6600000000.0) and the ISO 4217 code.
Traditional text is folded to Simplified before matching (億/亿, 萬/万, 幣/币, 臺/台, 圓/圆), so one
lexicon serves both scripts. Vocabulary lives in ``talentdb/lexicon/currency.toml`` (with the files of
``$TALENTDB_LEXICON_DIR`` named ``currency.*.toml`` merged on top, see :mod:`talentdb.extract.lexicon_files`).

Supported forms:
  * Chinese scale characters: 66億美元 (6.6e9), 4,500萬美元 (4.5e7), 1.5萬億 (1.5e12), 5百萬美元 (5e6)
  * Chinese numbers, read whole with their 萬/億: 五億美元, 兩千萬美元, 十億美元, 二十五万三千二百泰铢 (253,200),
    三亿五千万元 (3.5e8), 一千零五十万元, 12億5000萬元 (1.25e9), 三亿五 / 两万五 (a lone digit after 億/萬 is
    tenths of it), and the financial numerals of contracts: 壹万贰仟元, 壹萬貳仟元
  * "more than" after a number: 3000多欧元, 3000余欧元, 1000余万元, 十多億美元 → the stated floor (3000, 1e7, 1e9)
  * a measure word before 億/萬: 两个亿人民币, 兩個億美元 (2e8)
  * two neighbouring digits, "eight or nine": 八九亿元 (8e8), 三四十万元 (3e5), 十七八亿 (1.7e9): a range, whose
    lower bound is kept
  * Taiwanese spacing: 新台幣 5 億元, 1.5 億 美元, 新台幣 12 億 5000 萬元
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
  * Ranges ("$5–10 million", "5億至10億美元", "两到三万港元") keep the lower bound: the amount was at least that.
    A lower number without a scale takes the upper one's only when it is the smaller number ($5–10 million =
    5e6); otherwise it stands alone (从8500到3万港元 = 8,500, never 85,000,000; "$500,000 to $1 million" = 5e5).
    A range that cannot hold (5億至3億, or bounds more than 1000 times apart: 9000至1億) has no amount: it is
    money of an untold sum (``find_vague_amounts``).
  * Vague amounts are not amounts: 數億美元, 數十億, 幾十億, 上百億; ``find_vague_amounts`` gives their place and
    currency (a round of 數億元 is still a round, of a null amount). A scale with no number after a word of
    approximation is one of it: 近億元 and 逾億元 are 1億.
  * A Chinese numeral counts only with 十/百/千 or a scale (五億美元, 十元), so 二元論 and 一元化 are not money;
    a run of digits (二〇二四) is a year, not an amount: a number that cannot be read whole is none.
  * An English currency word alone ("200 pounds", "5 dollars") needs a scale word to count,
    since "200 pounds" is as often a weight as money.
  * Percentages and plain numbers without a currency are never matched.

Bounds: a sum that is not finite or is worth more than 10^13 US dollars ([bounds] and the rough [usd_per_unit]
rates in the lexicon) is no amount: "$1e400", 1e400億美元, "$20 trillion", 5000兆日圓 are money of an untold sum
(``find_vague_amounts``, their text kept), never a wrong value ("$1e400" was 1 dollar).

Every amount ``find_amounts`` gives is a finite float ≥ 0 below that bound.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from talentdb.extract import rxcache
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


# The shapes of a mention, as regex templates whose <<slots>> are filled from the lexicon (see _fragments) or
# from the other shapes. Words are data (currency.toml); these say how the words combine.
_SHAPES = {
    # digits, with thousands separators, decimals, and an exponent ($1e400 is read, then found absurd)
    "digits": r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,15}(?:\.[0-9]+)?)(?:[eE][+-]?[0-9]{1,4})?",
    # 12億5000萬, 1亿2000万, 14億2,800萬 (a filing's thousands separator): digits on either side of 亿/万 are one number
    "digit_number": r"(?:<<digits>>)(?:\s?<<zh_big>>\s?(?:[0-9],[0-9]{3}|[0-9]{1,4})(?![0-9,.]))*",
    # 二十五万三千二百, 三亿五千, 壹万贰仟: 万/亿 inside a Chinese number belong to it (one at its end is its scale)
    "zh_numeral": "<<zh_lead>>(?:<<zh_body>>|<<zh_big>>+(?=<<zh_body>>))*",
    # 数十亿, 几十亿, 上百亿 are vague; the check is on Chinese numerals only, so 完成1.2亿 still counts.
    "number": r"(?:(?<![0-9.,])(?:<<digit_number>>)|(?<![0-9.,<<vague_chars>>])(?:<<zh_numeral>>))",
    "zh_scale": "<<zh_scale_char>>{1,3}",
    "en_scale": r"(?:<<en_scale_words>>)(?![A-Za-z])",
    # 两个亿: a measure word may stand between a number and 亿/万
    "scale": r"(?:(?:<<measure_words>>)(?=<<zh_big>>))?(?:<<zh_scale>>|<<en_scale>>)",
    "more_than": "(?:<<more_than_words>>)",
    "range_separator": r"(?:\s?(?:<<range_symbols>>)\s?|\s+(?:<<range_words>>)\s+)",
    "prefix": r"(?<![A-Za-z])(?P<prefix><<prefixes>>)\s?",
    # A word suffix must end at a word boundary ("dollars", not "dollarsign"); 美元 may run into
    # Latin letters, as in 1.2億美元B輪融資.
    "suffix": r"\s?(?P<suffix><<suffixes>>)(?:(?<![A-Za-z])|(?![A-Za-z]))",
}

# An amount: [currency] number [more than] [scale] [– [currency] number [more than] [scale]] [currency]. The upper
# bound names a currency before it only when the lower does: "in 2019 — $50 million" is a year, then a sum.
_AMOUNT = (
    r"(?:<<prefix>>)?"
    r"(?P<number><<number>>)(?:<<more_than>>)?(?:\s?(?P<scale><<scale>>))?"
    r"(?:<<range_separator>>(?(prefix)(?P<upper_prefix><<prefixes>>)?)\s?(?P<upper><<number>>)(?:<<more_than>>)?"
    r"(?:\s?(?P<upper_scale><<scale>>))?)?"
    r"(?:<<suffix>>)?"
    r"(?![0-9]|\s?%)"
)
# "近億元", "逾亿元": a scale with no number after a word of approximation is one of it (1億).
_IMPLICIT_ONE = r"(?:<<approximations>>)(?P<body>(?:<<prefix>>)?(?P<scale><<zh_scale>>)<<suffix>>)"
# "數億元", "上亿元人民币": money of a currency whose sum is not told. (Not English: "have raised hundreds of
# millions of dollars" is background about others far more often than a round.) Not after a number: 十多亿 is
# "more than 1 billion", an amount.
_VAGUE = r"(?:<<prefix>>)?(?<![0-9<<zh_numeral_chars>>])[<<vague_chars>>](?:[十百千])?(?P<scale><<zh_scale>>)<<suffix>>"
# "億元級", "千萬美元級": a scale with no digit, then a word of order (级), is an order of size, not a sum.
_MAGNITUDE = (r"(?:<<prefix>>)?(?<![0-9.<<zh_numeral_chars>><<vague_chars>>])(?:[十百千])?(?P<scale><<zh_scale>>)"
              r"<<suffix>>(?=<<magnitudes>>)")

_SLOT = re.compile(r"<<(\w+)>>")


def _fill(template: str, fragments: dict[str, str]) -> str:
    """Replace every <<name>> by its fragment, itself filled (a shape may be built of others)."""
    return _SLOT.sub(lambda m: _fill(fragments[m.group(1)], fragments), template)


def _char_class(chars) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


# ---------------------------------------------------------------- reading a number

# One piece of a number: digits (with separators, decimals, exponent) or one character.
_PIECE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|\S")


class _NumberReader:
    """Reads a number with its Chinese scale as one value: 1.5萬億 (1.5e12), 二十五万三千二百 (253,200), 12億5000萬
    (1.25e9), 三亿五千万 (3.5e8), 三亿五 (3.5e8: a lone digit after 亿/万 is tenths of it), 八九亿 (8e8: two
    neighbouring digits are a range, and a range keeps its lower bound). Raises on what it cannot read whole
    (二〇二四: a run of digits is a year, not an amount)."""

    def __init__(self, digits: dict[str, int], small: dict[str, int], big: dict[str, int]):
        self.digits, self.small, self.big = digits, small, big

    def value(self, text: str) -> Decimal:
        return self._read(self._pieces(text.replace(" ", "")))

    def _pieces(self, text: str) -> list[tuple[str, Decimal]]:
        """('n', value) for a number, ('u', 10…1000) for 十百千, ('b', 10^4…) for 万亿兆; 零 is left out."""
        out: list[tuple[str, Decimal]] = []
        for piece in _PIECE.findall(text):
            if piece[0].isdigit():
                out.append(("n", Decimal(piece.replace(",", ""))))
            elif piece in self.digits:
                digit = self.digits[piece]
                if digit == 0:
                    continue  # 一千零五十: 零 only holds a place
                if out and out[-1][0] == "n" and out[-1][1] + 1 == digit and len(text) > 1:
                    continue  # 八九亿, 三四十万: "eight or nine": the lower bound
                out.append(("n", Decimal(digit)))
            elif piece in self.small:
                out.append(("u", Decimal(self.small[piece])))
            else:
                out.append(("b", Decimal(self.big[piece])))  # KeyError: not a number
        return out

    def _read(self, pieces: list[tuple[str, Decimal]]) -> Decimal:
        bigs = [p[1] for p in pieces if p[0] == "b"]
        if not bigs:
            return self._section(pieces)
        top = max(bigs)
        at = max(i for i, p in enumerate(pieces) if p == ("b", top))
        left, right = pieces[:at], pieces[at + 1:]
        high = (self._read(left) if left else Decimal(1)) * top
        if len(right) == 1 and right[0][0] == "n" and right[0][1] < 10:
            return high + right[0][1] * top / 10  # 三亿五, 两万五: tenths of the unit before
        return high + (self._read(right) if right else 0)

    @staticmethod
    def _section(pieces: list[tuple[str, Decimal]]) -> Decimal:
        total, current = Decimal(0), None
        for kind, value in pieces:
            if kind == "n":
                if current is not None:
                    raise ValueError("a run of digits (二〇二四) is not an amount")
                current = value
            else:
                total += (1 if current is None else current) * value
                current = None
        return total + (current or 0)


# ---------------------------------------------------------------- the lexicon


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
        self.money_after_bare_scale = tuple(fold(w) for w in context.get("money_after_bare_scale", []))
        self.bare_unit_default_words = [fold(w).lower() for w in context.get("bare_unit_default_words", [])]
        self.article_bare_units = set(context.get("article_bare_units", []))
        self.us_dollar_marks = list(context.get("us_dollar_marks", []))
        self.local_dollar_signs = [w for w in context.get("local_dollar_signs", []) if w in self.prefixes]
        self.zh_scale_chars = frozenset(self.zh_scales)  # (no such character: neither form can be there)
        self.absurd_above_usd = float(data["bounds"]["absurd_above_usd"])
        self.usd_per_unit = {k.upper(): float(v) for k, v in data["usd_per_unit"].items()}
        small = {**{k: v for k, v in self.zh_scales.items() if v < 10_000}, **self.units}
        self.big_units = {k: v for k, v in self.zh_scales.items() if v >= 10_000}
        self.numbers = _NumberReader(self.digits, small, self.big_units)

        fragments = self._fragments(data)
        self.pattern = rxcache.compile(_fill(_AMOUNT, fragments), re.IGNORECASE)
        self.implicit_one = rxcache.compile(_fill(_IMPLICIT_ONE, fragments))
        self.vague = rxcache.compile(_fill(_VAGUE, fragments), re.IGNORECASE)
        self.magnitude_words = [fold(w) for w in data["numerals"].get("magnitude_suffixes", [])]
        self.magnitude = rxcache.compile(_fill(_MAGNITUDE, fragments), re.IGNORECASE)

    def _fragments(self, data: dict) -> dict[str, str]:
        """The lexicon's words as regex pieces, by the names the shapes use."""
        separators = data["ranges"]["separators"]
        words = [s for s in separators if s.isascii() and s.isalpha()]
        numerals = data["numerals"]
        placeholders = {c for c, v in self.digits.items() if v == 0}
        return {
            **_SHAPES,
            "vague_chars": "".join(re.escape(fold(c)) for c in numerals["vague_preceders"]),
            "zh_numeral_chars": "".join(re.escape(c) for c in {**self.digits, **self.units}),
            "zh_lead": _char_class(set(self.digits) - placeholders | set(self.units)),
            "zh_body": _char_class({**self.digits, **self.units}),
            "zh_big": _char_class(self.big_units),
            "zh_scale_char": "[" + "".join(re.escape(c) for c in self.zh_scales) + "]",
            "en_scale_words": _alternation(self.en_scales),
            "more_than_words": _alternation([fold(w) for w in numerals["more_than"]]),
            "measure_words": _alternation([fold(w) for w in numerals["measure_words"]]),
            "range_symbols": _alternation([s for s in separators if s not in words]),
            "range_words": _alternation(words),
            "prefixes": _alternation(self.prefixes),
            "suffixes": _alternation(self.suffixes),
            "magnitudes": _alternation([fold(w) for w in numerals.get("magnitude_suffixes", [])]) or "(?!)",
            "approximations": _alternation([fold(w) for w in numerals.get("implicit_one_preceders", [])]) or "(?!)",
        }

    def magnitude_after(self, rest: str) -> bool:
        return any(rest.startswith(w) for w in self.magnitude_words)

    def is_a_word_not_an_amount(self, m: re.Match) -> bool:
        """二元论 (dualism) and 一元化 (unification) are words: a Chinese numeral needs 十/百/千 or a scale."""
        number = m.group("number")
        if number[0].isascii() or m.group("scale") or m.group("upper_scale"):
            return False
        return not any(ch in self.units or ch in self.big_units for ch in number)

    def scale_value(self, text: str | None) -> Decimal:
        if not text:
            return Decimal(1)
        if text.lower() in self.en_scales:
            return Decimal(self.en_scales[text.lower()])
        value = Decimal(1)
        for ch in text:
            value *= self.zh_scales[ch]
        return value

    def value(self, number: str, scale: str | None) -> Decimal:
        """A number with its scale: Chinese scales are read with the number (三亿五千 + 万), English ones multiply."""
        scale = (scale or "").strip()
        if scale.lower() in self.en_scales:
            return self.numbers.value(number) * Decimal(self.en_scales[scale.lower()])
        return self.numbers.value(number + "".join(ch for ch in scale if ch in self.zh_scales))

    def lower_bound(self, m: re.Match) -> Decimal | None:
        """The amount a match states: the number, or a range's lower bound. A lower number without a scale shares
        the upper one's when it is the smaller number ($5–10 million, 两到三万); otherwise it stands alone
        (从8500到3万, $500,000 to $1 million). None when the range cannot hold (5亿至3亿, 9000至1亿)."""
        number, scale, upper = m.group("number"), m.group("scale"), m.group("upper")
        if upper is None:
            return self.value(number, scale)
        upper_scale = m.group("upper_scale")
        high = self.value(upper, upper_scale)
        if scale or not upper_scale or self.value(number, None) > self.value(upper, None):
            low = self.value(number, scale)
        else:
            low = self.value(number, upper_scale)
        return low if 0 < low <= high <= 1000 * low else None

    def absurd(self, amount: float, currency: str) -> bool:
        """Not finite, or worth more than any sum a company has raised or been worth."""
        return not math.isfinite(amount) or amount * self.usd_per_unit.get(currency, 1.0) > self.absurd_above_usd

    def article_bare_unit(self, text: str) -> str | None:
        """The currency a bare unit of ``text`` (an article) is when its sentence names none: the first word of
        bare_unit_context it says whose currency is one of article_bare_units, unless it says one of
        bare_unit_default_words (then None: the default)."""
        folded = fold(text)
        if any(w in folded.lower() for w in self.bare_unit_default_words):
            return None
        found = [(folded.find(w), code) for w, code in self.bare_unit_context.items()
                 if w in folded and code in self.article_bare_units]
        return min(found)[1] if found else None

    def article_dollar(self, text: str) -> str | None:
        """The currency a bare "$" of ``text`` (an article) is: the one local dollar it names by its sign
        (local_dollar_signs), when it also writes US dollars with a mark of their own (us_dollar_marks); else None
        (USD)."""
        if not any(w in text for w in self.us_dollar_marks):
            return None
        codes = {self.prefixes[w] for w in self.local_dollar_signs
                 if re.search(r"(?<![A-Za-z])" + re.escape(w) + r"\s?\d", text)}
        return codes.pop() if len(codes) == 1 else None

    def currency(self, m: re.Match, folded_sentence: str, article_unit: str | None = None,
                 article_dollar: str | None = None) -> str | None:
        g = m.groupdict()
        prefix, suffix = g.get("prefix") or g.get("upper_prefix"), g.get("suffix")
        if prefix == "$" and article_dollar and not suffix:
            return article_dollar  # ("$21 million" in a paper that writes "US$" for US dollars and "S$" once)
        by_prefix = self._by_prefix(prefix)
        by_suffix = self._by_suffix(suffix, g, by_prefix)
        if by_suffix and by_suffix != _BARE_UNIT:
            return by_suffix
        if by_prefix == "JPY" and prefix == "¥" and any(w in folded_sentence for w in self.yen_sign_cny_context):
            return "CNY"
        if by_prefix:
            return by_prefix
        if by_suffix is None and self._money_after_bare_scale(m, folded_sentence):
            return self._bare_unit(folded_sentence, article_unit)  # ("完成第一輪1.5億融資")
        return self._bare_unit(folded_sentence, article_unit) if by_suffix == _BARE_UNIT else None

    def _money_after_bare_scale(self, m: re.Match, folded_sentence: str) -> bool:
        """A sum with a Chinese scale of 万 or more and no unit, right before a word of money_after_bare_scale."""
        scale = m.groupdict().get("scale") or ""
        return bool(self.money_after_bare_scale) and any(ch in self.big_units for ch in scale) and \
            folded_sentence.startswith(self.money_after_bare_scale, m.end())

    def _by_prefix(self, prefix: str | None) -> str | None:
        if not prefix:
            return None
        code = self.prefixes.get(prefix)
        return code if code is not None else self.prefixes.get(prefix.upper())

    def _by_suffix(self, suffix: str | None, g: dict, by_prefix: str | None) -> str | None:
        if not suffix:
            return None
        code = self.suffixes.get(suffix) or self.suffixes_lower.get(suffix.lower())
        is_word = suffix.isascii() and not (len(suffix) == 3 and suffix.isupper())  # not a code like USD
        if is_word and not by_prefix and not g.get("scale") and not g.get("upper_scale"):
            return None  # "30 million dollars" counts, "200 pounds" does not: a currency word needs a scale
        return code

    def _bare_unit(self, folded_sentence: str, article_unit: str | None) -> str:
        """A bare 元: the currency its sentence names, else the article's, else the default (CNY)."""
        for word, code in self.bare_unit_context.items():
            if word in folded_sentence:
                return code
        return article_unit or self.bare_unit_default


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    from talentdb.extract.lexicon_files import load_group

    return _Lexicon(load_group("currency"))


def find_amounts(sentence: str, article_unit: str | None = None, article_dollar: str | None = None) -> list[MoneyMention]:
    """Every amount of money in `sentence`, in order of position (a bare 元 is ``article_unit`` when the sentence
    names no currency for it and that is given: see ``article_bare_unit``)."""
    if not isinstance(sentence, str) or not sentence:
        return []
    return list(_scan(sentence, article_unit, article_dollar)[0])


def article_bare_unit(text: str) -> str | None:
    """"台灣AI新創…(新台幣)…獲得超過億元的募資": the currency a bare 元 of this article is when its sentence names none
    (the one currency of a bare unit the article names), else None (the default, CNY)."""
    return _lexicon().article_bare_unit(text) if isinstance(text, str) else None


def article_dollar(text: str) -> str | None:
    """"US$6.2 million (S$8.4 million)… $15 million": the currency a bare "$" of this article is (a local dollar
    named by its sign, in an article that marks US dollars as such), else None (USD)."""
    return _lexicon().article_dollar(text) if isinstance(text, str) else None


@dataclass(frozen=True)
class VagueMoney:
    """Money whose sum is not told ("數億元", "新台幣數十億元"), cannot be read whole ("5億至3億美元") or believed
    ("$1e400", "$20 trillion"): where, and its currency."""
    start: int
    end: int
    text: str
    currency: str


def find_vague_amounts(sentence: str, article_unit: str | None = None,
                       article_dollar: str | None = None) -> list[VagueMoney]:
    """Every amount of money in `sentence` that names a currency but no sum we can state, in order of position."""
    if not isinstance(sentence, str) or not sentence:
        return []
    return list(_scan(sentence, article_unit, article_dollar)[1])


def _untold_shapes(lexicon: _Lexicon, folded: str) -> list:
    """數億元 (a vague number) and 億元級 (an order of size): a currency with no sum."""
    return [*lexicon.vague.finditer(folded), *lexicon.magnitude.finditer(folded)]


def _an_order_of_size(lexicon: _Lexicon, m: re.Match, folded: str) -> bool:
    """千萬美元級: a number of 十/百/千 alone, then a word of order, is a magnitude, not the sum 10^7."""
    rest = folded[m.end():]
    return (not m.group("number")[0].isascii() and lexicon.magnitude_after(rest)
            and all(ch in lexicon.units for ch in m.group("number")))


@lru_cache(maxsize=64)
def _scan(sentence: str, article_unit: str | None = None,
          article_dollar: str | None = None) -> tuple[tuple[MoneyMention, ...], tuple[VagueMoney, ...]]:
    """(amounts, untold sums) of a sentence; kept for the next call, since both are asked of the same sentence."""
    lexicon = _lexicon()
    folded = fold(sentence)
    amounts: list[MoneyMention] = []
    untold: list[VagueMoney] = []
    has_zh_scale = not lexicon.zh_scale_chars.isdisjoint(folded)
    for m in (lexicon.implicit_one.finditer(folded) if has_zh_scale else ()):
        try:
            currency = lexicon.currency(m, folded, article_unit, article_dollar)
            if currency is None:
                continue
            amount = float(lexicon.scale_value(m.group("scale")))
        except (ValueError, KeyError, InvalidOperation, ArithmeticError):
            continue
        a, b = m.span("body")
        amounts.append(MoneyMention(a, b, sentence[a:b], amount, currency))
    for m in lexicon.pattern.finditer(folded):
        try:
            currency = lexicon.currency(m, folded, article_unit, article_dollar)
            if currency is None or lexicon.is_a_word_not_an_amount(m) or _an_order_of_size(lexicon, m, folded):
                continue
            stated = lexicon.lower_bound(m)
            amount = None if stated is None else float(stated)
        except (ValueError, KeyError, InvalidOperation, ArithmeticError):
            continue
        start, end = m.span()
        if currency == _BARE_UNIT:
            continue
        if amount is None or amount < 0 or lexicon.absurd(amount, currency):
            untold.append(VagueMoney(start, end, sentence[start:end], currency))  # no sum, never a wrong one
        else:
            amounts.append(MoneyMention(start, end, sentence[start:end], amount, currency))
    for m in _untold_shapes(lexicon, folded) if has_zh_scale else ():
        currency = lexicon.currency(m, folded, article_unit, article_dollar)
        if currency and currency != _BARE_UNIT:
            untold.append(VagueMoney(m.start(), m.end(), sentence[m.start():m.end()], currency))
    untold.sort(key=lambda v: v.start)
    return tuple(amounts), tuple(untold)
