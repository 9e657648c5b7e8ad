"""Text normalisation shared by every extractor: NFKC, script detection, Traditional/Simplified folding."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import ne

_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
_NOT_HAN = re.compile(r"[^\u3400-\u9fff\U00020000-\U0003134f]+")
# Han characters outside the Basic Multilingual Plane (CJK extensions B to G: rare characters of Hong Kong and
# Taiwanese given names, 王𤨢燊-style); the folded copy writes each as ``ASTRAL_HAN_STAND_IN``, one rare character of
# the Basic Plane, so every finder's test for a Han character (U+3400-U+9FFF) takes it as one, offsets unchanged
# (a name shown to users is cut from the original text, with its own character).
_ASTRAL_HAN = re.compile(r"[\U00020000-\U0003134f]")
ASTRAL_HAN_STAND_IN = "\u3400"


def longest_first(word: str) -> tuple:
    """Sort key for word lists: longest first, then alphabetical, so the order never depends on a set's hash
    order (code that takes the first word of a list that occurs must give the same answer in every process)."""
    return (-len(word), word)


def normalise(text: str) -> str:
    """NFKC (full-width letters, digits and punctuation become half-width), one kind of newline, no BOM."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # lazy: only extraction needs it

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


_SURROGATE = re.compile("([\ud800-\udfff])")


def to_simplified(text: str) -> str:
    """Fold Traditional characters to Simplified (character for character, so offsets are kept)."""
    try:
        return _t2s().convert(text)
    except UnicodeEncodeError:  # a lone surrogate (a str decoded with errors="surrogateescape"): OpenCC takes UTF-8
        return "".join(p if _SURROGATE.fullmatch(p) else _t2s().convert(p) for p in _SURROGATE.split(text) if p)


def detect_lang(text: str) -> str:
    """zh-Hant, zh-Hans or en, from the share of Han characters and which folding changes them: Traditional text has
    characters that folding to Simplified changes, Simplified text ones that folding to Traditional changes. (Both
    are counted: Malaysian and Singaporean Chinese press writes Simplified with a few Traditional forms, and a page's
    menus can be in the other script.)"""
    han = _NOT_HAN.sub("", text)  # the Han characters, in order (one C pass, no list of one-character strings)
    if len(han) < max(5, 0.05 * len(text.strip() or " ")):
        return "en"
    sample = han[:4000]
    traditional = _changed(sample, to_simplified(sample))
    if traditional <= 0.02 * len(sample):
        return "zh-Hans"
    return "zh-Hant" if traditional > _changed(sample, _to_traditional(sample)) else "zh-Hans"


def _to_traditional(text: str) -> str:
    try:
        return _s2t().convert(text)
    except UnicodeEncodeError:  # (a lone surrogate, as in to_simplified)
        return "".join(p if _SURROGATE.fullmatch(p) else _s2t().convert(p) for p in _SURROGATE.split(text) if p)


def _changed(sample: str, folded: str) -> int:
    """How many characters of ``sample`` the folding changed."""
    if len(folded) == len(sample):
        # characters that differ, counted in C: the XOR of the two UTF-32 codes is zero where they agree
        a, b = sample.encode("utf-32-le"), folded.encode("utf-32-le")
        diff = (int.from_bytes(a, "little") ^ int.from_bytes(b, "little")).to_bytes(len(a), "little")
        return len(sample) - memoryview(diff).cast("I").tolist().count(0)
    return sum(map(ne, sample, folded))  # (as a zip: pairs up to the shorter one)


# --- folding with offsets kept, sentences and clauses (used by the rule-based engine) ---------------------------

_CHAR_CACHE: dict[str, str] = {}
# Full-width ASCII (，（）：０-９Ａ-Ｚ) and the ideographic space, narrowed one character for one character.
_NARROW = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_NARROW[0x3000] = 0x20
# A pinyin gloss in brackets right after a Han character, as mirror pages print them inside words ("現(xiàn)任",
# "擔(dān)任"): lower-case letters with at least one tone mark.
_PINYIN_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]")


def without_pinyin_glosses(text: str, asides: re.Pattern | None = None) -> tuple[str, list[int] | None]:
    """``text`` with the pinyin glosses inside its words taken out, so "現(xiàn)任行政長(zhǎng)官" reads "現任行政長官",
    and with the bracketed ``asides`` a filing puts between a name and its verb ("選舉林志遠同志(簡歷附後)擔任": matched
    on the folded, same-length text, as the lexicon's words are Simplified), and where each kept character was in ``text`` (None, and ``text`` itself, when it has neither)."""
    cuts = sorted([m.span() for m in _PINYIN_GLOSS.finditer(text)] +
                  ([m.span() for m in asides.finditer(fold(text))] if asides is not None else []))
    if not cuts:
        return text, None
    kept, where, last = [], [], 0
    for start, end in cuts:
        if start < last:
            continue  # (overlapping cuts: the first one wins)
        kept.append(text[last:start])
        where.extend(range(last, start))
        last = end
    kept.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(kept), where


def span_before_glosses(text: str, plain: str, where: list[int], piece: str) -> str:
    """The stretch of ``text`` (with its glosses) that ``piece`` of ``plain`` (``without_pinyin_glosses``) comes from."""
    i = plain.find(piece) if piece else -1
    if i < 0:
        return piece
    return text[where[i]:where[i + len(piece) - 1] + 1]


_WIDE = re.compile("[\uff01-\uff5e\u3000]")


def narrow(text: str) -> str:
    """``text`` with full-width ASCII made half-width; same length, so offsets are kept (for text not NFKC'd)."""
    if text.isascii() or _WIDE.search(text) is None:
        return text  # nothing to narrow (the common case: text already NFKC'd), and translate is slow
    return text.translate(_NARROW)


def fold(text: str) -> str:
    """Simplified-script, same-length copy of ``text`` (see ``_fold``); short strings (names, sentences, lexicon
    words) come back again and again, so their folding is remembered."""
    if len(text) <= 256:
        return _fold_short(text)
    return _fold(text)


def _fold(text: str) -> str:
    """Simplified-script, same-length copy of ``text``, so a span found in it is the same span in ``text``.

    OpenCC's t2s is nearly always length-preserving; when it is not (phrase conversions), fall back to
    converting character by character and keep any character whose conversion would change the length.
    """
    text = narrow(text)
    out = to_simplified(text)
    if len(out) == len(text):
        return _astral_han_stood_in(out)
    chars = []
    for ch in text:
        f = _CHAR_CACHE.get(ch)
        if f is None:
            f = to_simplified(ch)
            if len(f) != 1:
                f = ch
            _CHAR_CACHE[ch] = f
        chars.append(f)
    return _astral_han_stood_in("".join(chars))


def _astral_han_stood_in(text: str) -> str:
    """``text`` with each Han character outside the Basic Plane written as ``ASTRAL_HAN_STAND_IN`` (same length)."""
    return text if text.isascii() or _ASTRAL_HAN.search(text) is None else _ASTRAL_HAN.sub(ASTRAL_HAN_STAND_IN, text)


_fold_short = lru_cache(maxsize=16384)(_fold)


def lower_same_length(text: str) -> str:
    """``text.lower()`` when that keeps every offset, else a per-character lowering that does."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_OPEN = "(（[「『“‘《【"
_CLOSE = ")）]」』”’》】"
_CLOSERS = "」』”’\"')）》】"
# Each pattern opens with one character class (the alternatives re-check which character it was), so the regex
# engine skips ahead to the next such character instead of trying every position: same matches, far fewer tries.
# (a space between Han characters ends a sentence, as in a headline "成立綠能基金 接下來還會成立健康基金", but not one
# space before a short word of one to four characters that a space or a mark closes, nor after one that a space
# opened (a name set apart on both sides, "由總經理 蔡明哲 接任"): Taiwanese press sets a title, a
# name and a courtesy title apart so, "創辦人兼董事長 張忠謀 博士,將於…", and a name can carry a stray space,
# "董事長王志 強、總經理…")
_ZH_END = re.compile(r"[。!?;！？；…\n ](?:(?<=[。!?;！？；…])[。!?;！？；…]*[" + re.escape(_CLOSERS) + r"]*|(?<=\n)\n*|"
                     r"(?<=[\u3400-\u9fff] ) *(?=[\u3400-\u9fff])"
                     r"(?<![\u3400-\u9fff] (?=[\u3400-\u9fff]{1,4}[ 、,，。:：]))"
                     r"(?<! [\u3400-\u9fff]{1} )(?<! [\u3400-\u9fff]{2} )(?<! [\u3400-\u9fff]{3} )(?<! [\u3400-\u9fff]{4} ))")
# (the same without the space between Han characters, for text with no Han character at all)
_ZH_END_LATIN = re.compile(r"[。!?;！？；…\n](?:(?<=[。!?;！？；…])[。!?;！？；…]*[" + re.escape(_CLOSERS) + r"]*|(?<=\n)\n*)")
_EN_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[" + re.escape(_CLOSERS) + r"]*(?=\s+[\"“'‘(\[A-Z0-9\u3400-\u9fff]|\s*$)|"
                     r"(?<=\n)\n*)")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Inc|Corp|Co|Ltd|vs|etc|No|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|a\.m|p\.m)|\b[A-Z])$"
)


_SENT_FINAL = set("。!?;！？；….:：") | set(_CLOSERS)


def _soft_wrap(text: str, nl: int) -> bool:
    """A single line break inside a sentence (text re-wrapped at a fixed width), not a paragraph or title end:
    the line before is long and does not end a sentence, and the next line goes on."""
    line_start = text.rfind("\n", 0, nl) + 1
    line = text[line_start:nl].rstrip()
    if len(line) < 30 or not line or line[-1] in _SENT_FINAL:
        return False
    nxt = text[nl + 1:nl + 2]
    return bool(nxt) and not nxt.isspace()


def _goes_on_lower(text: str, nl: int) -> bool:
    """The line after the break opens in lower case ("appointed chief\\nexecutive officer"): the first line was no
    headline but the start of a wrapped sentence."""
    return text[nl + 1:nl + 2].islower()


def _looks_wrapped(text: str) -> bool:
    """Whether a Latin-script text was re-wrapped at a fixed width (a wire's 60-80 character lines): its typical
    line is short. A page of long paragraphs is not, and a line there that does not end a sentence is a headline or
    a caption ("Riot Games invested in the studio as part of a $5m round led by Galaxy Interactive"), not half of
    one."""
    lines = sorted(len(line) for line in text.split("\n") if len(line.strip()) >= 30)
    return not lines or lines[len(lines) // 2] <= 100


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of ``text``, trimmed of surrounding whitespace.

    Chinese ends at 。!?;… (with any closing quotes) or a line break; English at . ! ? followed by a space and a
    capital letter, a digit or a quote, except after common abbreviations and initials.
    """
    cuts = set()
    first_nl = text.find("\n")
    han = _HAN.search(text)
    wrapped = bool(han) or _looks_wrapped(text)
    for m in (_ZH_END if han else _ZH_END_LATIN).finditer(text):
        a, b = m.span()
        if b - a == 1 and text[a] == "\n" and (a != first_nl or _goes_on_lower(text, a)) and wrapped and \
                _soft_wrap(text, a):
            continue  # (a match that opens with a line break is all line breaks)
        cuts.add(b)
    for m in _EN_END.finditer(text):
        a = m.start()
        if text[a] == "\n":
            continue  # the same runs of line breaks as the pattern above matches, decided there
        if text[a] == "." and _ABBREV.search(text[max(0, a - 6):a]):
            continue
        cuts.add(m.end())
    cuts.add(len(text))
    spans = []
    start = 0
    for end in sorted(cuts):
        if end <= start:
            continue
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        if s + 1 < e and text[s] in _BULLETS and text[s + 1] in " \t":
            s += 2  # ("- Founded in 2014 by Ana Ruiz, Quorra…": a list item's bullet is no part of its sentence)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        start = end
    return spans


_CLAUSE_PUNCT = set(",;:，；：")
_BULLETS = "-–•*·●■▪◆"  # open a list item ("Highlights\n- Quorra raised…"), when a space follows


_CLAUSE_MARK = re.compile(r"[(（\[)）\],;:，；：「『“”」』]")


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans inside the sentence ``text[start:end]``: cut at , ; : outside brackets, and at quote marks
    (not inside numbers such as 4,500, nor around a short quoted word such as “天才少年”)."""
    spans = []
    depth = 0
    s = start
    for m in _CLAUSE_MARK.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch in "(（[":
            depth += 1
        elif ch in ")）]":
            depth = max(0, depth - 1)
        elif ch == "," and 0 < i < len(text) - 2 and text[i - 1].isdigit() and (
                text[i + 1].isdigit() or (text[i + 1] == " " and text[i + 2:i + 6].isdigit())):
            continue  # 4,500萬 / $1,000 / June 3, 2024
        elif ch == "," and _in_an_age(text, i) and not _RELATIVE_AFTER.match(text, i + 1):
            continue  # "promote Ana Ruiz, 58, to president": an age told in passing is no clause of its own
            # (but "replace Ana Ruiz, 58, who has led it since 2019": the relative clause after the age is one)
        elif ch in "「『“" and _short_quote(text, i, end):
            continue  # “天才少年”: a quoted word, not speech
        elif ch in "」』”" and i > start and _short_quote_end(text, i, start):
            continue
        elif (ch in _CLAUSE_PUNCT and depth == 0) or ch in "「『“”」』":
            if i > s:
                spans.append((s, i))
            s = i + 1
    if end > s:
        spans.append((s, end))
    return spans or [(start, end)]


_RELATIVE_AFTER = re.compile(r"\s*(?:who|whom|whose|which)\b")
_AGE_OPENS = re.compile(r", ?\d{1,3},")
_AGE_CLOSES = re.compile(r"[A-Za-z.], ?\d{1,3}$")


def _in_an_age(text: str, i: int) -> bool:
    """Whether the comma at ``i`` opens or closes an age after an English name ("Ana Ruiz, 58, was named")."""
    return (i > 0 and text[i - 1].isalpha() and _AGE_OPENS.match(text, i) is not None) or \
        _AGE_CLOSES.search(text, max(0, i - 7), i) is not None


_PAIRS = {"「": "」", "『": "』", "“": "”"}
_SPEECHY = re.compile(r"[,.;:!?，。；：！？]")


def _short_quote(text: str, i: int, end: int) -> bool:
    close = text.find(_PAIRS[text[i]], i + 1, min(end, i + 14))
    return close > 0 and not _SPEECHY.search(text, i + 1, close)


def _short_quote_end(text: str, i: int, start: int) -> bool:
    opener = {v: k for k, v in _PAIRS.items()}[text[i]]
    o = text.rfind(opener, max(start, i - 13), i)
    return o >= 0 and not _SPEECHY.search(text, o + 1, i)


_QUOTED = re.compile(r"「[^「」]*」|『[^『』]*』|“[^“”]*”|\"[^\"\n]*\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks 「」『』“” (and straight double quotes), where speakers, not the article, talk."""
    spans = []
    for m in _QUOTED.finditer(text):
        if m.end() - m.start() <= 14 and not _SPEECHY.search(m.group()):
            continue  # a quoted word, not speech
        spans.append((m.start(), m.end()))
    return spans
