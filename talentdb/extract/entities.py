"""People and organisations named in an article: discovery by shape and lexicon, then every mention.

All matching runs on the folded (Simplified, same length) text; spans are shared with the original text, and
names shown to users are cut from the original text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache

from talentdb.extract.lexicon import Lexicon

HAN = "\u3400-\u9fff"
DOTS = "·・‧•"
_DOT_RE = re.compile(f"[{DOTS}]")

# 米拉·穆拉蒂(Mira Murati) / 約翰舒爾曼(John Schulman) / 尤里卡實驗室(Eureka Labs)
_PAREN_LATIN = re.compile(
    r"[(（][ \t]*([A-Za-z][A-Za-z0-9'’.&\-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’.&\-]*){0,5})[ \t]*[)）]"
)
_HAN_OR_DOT = re.compile(rf"[{HAN}{DOTS}]")


class _ParenMatch:
    """A Han run followed by a Latin name in brackets: group(1) the Han run, group(2) the Latin name."""

    def __init__(self, hs: int, he: int, m):
        self._spans = {1: (hs, he), 2: m.span(1)}
        self._text = {1: m.string[hs:he], 2: m.group(1)}
        self._end = m.end()

    def start(self, g: int = 0) -> int:
        return self._spans[1][0] if g in (0, 1) else self._spans[g][0]

    def end(self, g: int = 0) -> int:
        return self._end if g == 0 else self._spans[g][1]

    def group(self, g: int = 0) -> str:
        return self._text[g]


def _paren_names(f: str):
    """米拉·穆拉蒂(Mira Murati): find the bracket first, then walk back over the Han run (at most 40 characters)."""
    for m in _PAREN_LATIN.finditer(f):
        he = m.start()
        while he > 0 and f[he - 1] in " \t":
            he -= 1
        hs = he
        while hs > 0 and he - hs < 40 and (_is_han(f[hs - 1]) or f[hs - 1] in DOTS):
            hs -= 1
        if hs < he:
            yield _ParenMatch(hs, he, m)
_TOKEN = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+|-[a-z]+)?)"
# (the same token with its "no letter or digit before" test put after the first capital: a pattern that starts with
# a character class lets the regex engine skip ahead to the next capital instead of trying every position)
_FIRST_TOKEN = r"(?:[A-Z](?<![A-Za-z0-9][A-Z])[a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+|-[a-z]+)?)"
_LATIN_RUN = re.compile(rf"{_FIRST_TOKEN}(?:[ ](?:[A-Z]\.[ ])?{_TOKEN})*(?![A-Za-z0-9])")
_LATIN_ORG_RUN = re.compile(r"(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9&\-]*[ ]){1,3})([A-Z][A-Za-z]*\.?)(?![A-Za-z0-9])")


@lru_cache(maxsize=8)
def _latin_org_regex(suffixes: tuple):
    """Up to three capitalised words ending in an organisation word: "Halvorsen Bank" in "Halvorsen Bank CFO Rita…"."""
    alts = "|".join(re.escape(s) for s in sorted(set(suffixes), key=len, reverse=True))
    # (?<![A-Za-z0-9]) before the first word, written after its capital so that the regex engine can skip ahead
    return re.compile(r"((?:[A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9&\-]*[ ])(?:[A-Z][A-Za-z0-9&\-]*[ ]){0,2})(" + alts +
                      r")(?![A-Za-z0-9])")


_PERSON_APPOSITIVE = re.compile(r",\s+(?:(?:previously|formerly|most recently|until recently)\s+(?:(?:a|an|the)\s+)?|"
                                r"(?:a|an|the|its|their)\s+)(?:[a-z\-]+\s+){0,3}$")
_CAP_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&\-]+) $")


_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_SPACE_CAPITAL = re.compile(r" [A-Z]")
_CAPITAL_WORD_END = re.compile(r"[A-Z][a-z]* ?$")
_NEXT_LATIN_WORD = re.compile(r"[ ]+([A-Z][A-Za-z]*\.?)")
_WHICH_AFTER = re.compile(r",\s+which\b")
_ARTICLE_OR_FORMER_BEFORE = re.compile(r"\b(?:a|an|the|former|ex-)\s+$")
_CLAUSE_PUNCT = re.compile(r"[,;.]")
_SENTENCE_PUNCT = re.compile(r"[,;:。!?\n]")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=8)
def _surname_openers(surnames: frozenset, compound: frozenset) -> str:
    """The Han characters a surname can start with, as the inside of a regex character class."""
    first = {c for c in surnames if len(c) == 1} | {w[0] for w in compound if w}
    return re.escape("".join(sorted(c for c in first if "\u3400" <= c <= "\u9fff")))


@lru_cache(maxsize=8)
def _clause_opening_before(opener: str):
    """Where a clause opens on one of the characters ``opener`` (the lookahead only drops the matches that end
    elsewhere: what the whitespace run consumes is the same)."""
    return re.compile(r"(?:^|[,;:。!?\n」”])\s*(?=[%s])" % opener)


@lru_cache(maxsize=8)
def _chars_before(chars: frozenset, opener: str):
    """One of ``chars`` right before one of the characters ``opener``."""
    return re.compile("[%s](?=[%s])" % (re.escape("".join(sorted(chars))), opener))

_CAP_WORD_BEFORE_LOWER = re.compile(r"([A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9&\-]+)(?:'s)? (?=[a-z])")
_A_OR_AN_END = re.compile(r"(?:^|\s)(?:a|an)$")
_FULL_STOP = re.compile(r"[.!?。]")
_OBJECT_PRONOUN_TAIL = re.compile(r"\s*(?:[,.;:!?)]|$|as\b|at\b|in\b|on\b)")
_TWO_LETTERS = re.compile(r"[A-Za-z\u3400-\u9fff]{2}")


# "London-based", "Shenzhen-headquartered", "SoftBank-backed": a descriptor before a name, never part of it
# (each starts with "-": a word without one skips the test)
_DESCRIPTOR_ENDS = ("-based", "-headquartered", "-born", "-backed", "-listed", "-owned", "-funded", "-focused")


_WEEKDAY_RE = re.compile(r"[周週][一二三四五六日天]")  # 上週三 is a day, not a person named 週三
_NAME_AFTER_HEAD = re.compile(r"[ ]?([A-Z][A-Za-z0-9&\-]*[a-z0-9][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]+){0,2})(?![A-Za-z0-9])")
_APPOSITIVE_COMMA = re.compile(r",\s+an?\s+")
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?<![A-Za-z0-9&\-])([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,2})$")
_QUOTED_NAME = re.compile(r"[“「『\"]([^”」』\"\n,,。]{2,12})[”」』\"](?:[(（]([A-Za-z][A-Za-z0-9 .&\-]{1,40})[)）])?")

# "羅文博博士", "謝國棟先生": a courtesy title right after a name ends it
_HAN_HONORIFICS = ("博士", "先生", "女士", "教授", "医生", "醫生", "院士")


_SUBSIDIARY_TAILS = ("子公司", "附属公司", "分公司")
_REGISTERED_NAME = re.compile(r"([\u4e00-\u9fff]{2,12})[((]([\u4e00-\u9fff]{2,3})[))]"
                              r"(?:[\u4e00-\u9fff]{0,6}?)(?:股份有限公司|有限责任公司|有限責任公司|有限公司)")


def _may_hold_registered_name(f: str) -> bool:
    """Whether ``f`` has the bracket and the company form that ``_REGISTERED_NAME`` needs (a cheap test that spares
    the regex's backtracking over every Han run)."""
    return "(" in f and ("有限公司" in f or "有限责任公司" in f or "有限責任公司" in f)


_SUBSIDIARY_WORDS = ("子公司", "附属公司", "附屬公司", "公司", "旗下", "其", "成立", "设立", "設立", "宣布")


def _alias_spans(text: str, keys) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of ``keys`` in ``text``, leftmost first and longest at a position (what a trie
    alternation's ``finditer`` gives), found with ``str.find`` loops: no regex is compiled per article.

    A key ending in a Latin letter or digit only counts before a non-alphanumeric character.
    """
    hits = []
    append = hits.append
    find = text.find
    n = len(text)
    for k in keys:
        if not k:
            continue
        i = find(k)
        if i < 0:
            continue
        L = len(k)
        if k[-1] in _ASCII_ALNUM:
            while i >= 0:
                j = i + L
                if j >= n or text[j] not in _ASCII_ALNUM:
                    append((i, -L, k))
                i = find(k, i + 1)
        else:
            while i >= 0:
                append((i, -L, k))
                i = find(k, i + 1)
    hits.sort()
    out = []
    cursor = 0
    for i, negl, k in hits:
        if i >= cursor:
            out.append((i, i - negl, k))
            cursor = i - negl
    return out


@dataclass(slots=True)  # (read many times over by the engine: slots make that and creating one cheaper)
class Mention:
    start: int
    end: int
    kind: str            # "person" | "org"
    key: str             # canonical name
    pronoun: bool = False
    ref: bool = False    # "該公司", "the company": points back to the last organisation


@dataclass
class Registry:
    canon: dict = field(default_factory=dict)       # canonical -> set of displayed aliases
    keys: dict = field(default_factory=dict)        # folded alias -> canonical

    def add(self, canonical: str, alias: str | None = None, key: str | None = None) -> None:
        shown = self.canon.get(canonical)
        if shown is None:
            shown = self.canon[canonical] = set()
        if alias and alias != canonical:
            shown.add(alias)
        if key and key not in self.keys:
            self.keys[key] = canonical


def _starting_with(ordered: list[str], prefix: str) -> list[str]:
    """The strings of the sorted list ``ordered`` that start with ``prefix`` (a run of it, found by bisection)."""
    i = j = bisect_left(ordered, prefix)
    while j < len(ordered) and ordered[j].startswith(prefix):
        j += 1
    return ordered[i:j]


@lru_cache(maxsize=4096)
def _suffixes_ending_in(suffixes: tuple, ch: str) -> tuple:
    """Those of ``suffixes`` (in their order) that a word ending in ``ch`` can end with."""
    return tuple(x for x in suffixes if not x or x[-1] == ch)


_DERIVED: dict = {}


def _derived(kind: str, source, build):
    """``build(source)`` for a lexicon list, made once per list (the lexicon is loaded once and not changed)."""
    key = (kind, id(source))
    got = _DERIVED.get(key)
    if got is None or got[0] is not source:
        got = _DERIVED[key] = (source, build(source))  # (holding ``source`` keeps its id from being reused)
    return got[1]


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


class _Cover:
    """Which characters some span already covers: O(length) overlap tests instead of O(spans)."""

    def __init__(self, n: int, spans=()):
        self.bits = bytearray(n + 1)
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        if b > a:
            self.bits[a:b] = b"\x01" * (b - a)

    def hit(self, a: int, b: int) -> bool:
        return 1 in self.bits[a:b]


def _overlaps(spans, s, e) -> bool:
    return any(a < e and s < b for a, b in spans)


class Entities:
    """Discovers people and organisations in one article and lists their mentions in text order."""

    def __init__(self, text: str, folded: str, lowered: str, lex: Lexicon, role_spans, trigger_spans, sentences=None):
        self._sentences = sentences
        chars = lex.chars
        self._not_in_name = chars.get("not_in_name", frozenset())
        self._not_in_org = chars.get("not_in_org", frozenset())
        self._not_first_in_org = chars.get("not_first_in_org", frozenset())
        self._han_former_marks = [w for w in lex.grammar.get("former_marks", []) if w and _is_han(w[0])]
        self.text, self.folded, self.lowered, self.lex = text, folded, lowered, lex
        self.role_spans = role_spans
        self.trigger_spans = trigger_spans
        self._trigger_starts = {s for s, _ in trigger_spans}
        self._found: dict = {}
        self._alone_starts: dict[str, list[int]] = {}  # word -> where it stands alone (see _alone_count)
        self.people = Registry()
        self.orgs = Registry()
        self.weak_orgs: set[str] = set()   # organisations known only from a repeated capitalised name
        self.fixed: list[Mention] = []     # mentions found by shape (full spans)
        self._discover_orgs()
        self._discover_paren_names()
        self._discover_marked_orgs()
        self._discover_latin_people()
        self._discover_han_people()
        self._discover_frequent_orgs()
        self._short_forms()
        self._subsidiary_names()
        self._rehome_short_names()
        self._latin_canon_for_tails()
        self.mentions = self._all_mentions()
        self.person_mentions = [m for m in self.mentions if m.kind == "person"]
        self.org_mentions = [m for m in self.mentions if m.kind == "org"]
        self._resolve_refs()
        self._org_starts = [m.start for m in self.org_mentions]
        self._person_starts = [m.start for m in self.person_mentions]

    # -- organisations -------------------------------------------------------------------------------------
    def _discover_orgs(self) -> None:
        lex = self.lex
        self.known_org_spans = []
        f = self.folded
        alias_of = lex.org_alias.get
        add = self.orgs.add
        for s, e in self._find(lex.org_matcher):
            word = f[s:e]
            canon = alias_of(word)
            if not canon:
                continue
            if e - s == 2 and s >= 2 and _is_han(f[s]) and f[e - 1] in self._not_in_name and \
                    f[s - 2] in lex.surnames and _is_han(f[s - 1]) and f[s - 1] not in self._not_in_name:
                continue  # "黃建華為營運長": the end of a name and a particle, not 華為
            add(canon, self.text[s:e], word)
            self.known_org_spans.append((s, e))
        # Latin names ending in an organisation word: "Eureka Labs", "Reflection AI", "Brightline Capital"
        suffixes = set(lex.org_latin_suffixes)
        for m in _latin_org_regex(lex.org_latin_suffixes).finditer(self.folded):
            last = m.group(2)
            if last not in suffixes and last.endswith(".") and last[:-1] in suffixes:
                last = last[:-1]  # "…left Brexa Capital.": the full stop ends the sentence
            if last not in suffixes:
                continue
            words = m.group(1).split()
            # drop leading words that cannot start a name ("The", "At", ...)
            while words and words[0].lower().endswith(_DESCRIPTOR_ENDS):
                words.pop(0)  # "Paris-based Kestrel Labs"
            while words and words[0] in lex.latin_not_name and words[0] not in suffixes:
                popped = words.pop(0)
                if not words and popped not in lex.latin_function_words:
                    words = [popped]  # "Boston Dynamics": a place word can start a name
                    break
            if not words:
                continue
            name = " ".join(words + [last])
            start = m.start(2) + len(last) - len(name)
            if _overlaps(self.known_org_spans, start, m.end()):
                continue
            canon = lex.org_alias.get(name, name)
            self.orgs.add(canon, None, name)

    # -- 米拉·穆拉蒂(Mira Murati) ---------------------------------------------------------------------------------
    def _trim_han_name(self, s: int, e: int) -> int:
        """Start of the name inside the Han run folded[s:e]: after any title, organisation or function word."""
        start = s
        for p in range(e, s, -1):  # the last title or organisation ending inside the run
            if p in self._role_ends or p in self._org_ends:
                start = p
                break
        for i in range(e - 1, start - 1, -1):
            if self.folded[i] in self._not_in_name and not _DOT_RE.match(self.folded[min(i + 1, e - 1)]):
                start = max(start, i + 1)
                break
        return start

    def _discover_paren_names(self) -> None:
        lex = self.lex
        self._role_ends = {b for _, b in self.role_spans}
        self._org_ends = {b: a for a, b in self.known_org_spans}
        for m in _paren_names(self.folded):
            latin = " ".join(m.group(2).split())
            hs, he = m.start(1), m.end(1)
            words = latin.split()
            if len(words) >= 3 and words[0].rstrip(".") in ("Dr", "Mr", "Ms", "Mrs", "Prof", "Sir"):
                # "羅文博博士(Dr. Wenbo Luo)": the name without the courtesy title on either side
                words = words[1:]
                latin = " ".join(words)
                for hon in _HAN_HONORIFICS:
                    if self.folded.endswith(hon, hs, he) and he - len(hon) - hs >= 2:
                        he -= len(hon)
                        break
            han_run = self.folded[hs:he]
            is_org = (latin in lex.org_alias or words[-1] in lex.latin_org_words or words[-1] in lex.org_latin_suffixes
                      or any(han_run.endswith(suf) for suf in lex.org_han_suffixes)
                      or self._org_ends.get(he, -1) >= hs
                      or (len(words) == 1 and not _DOT_RE.search(han_run) and latin[:1].isupper())
                      or self._org_context_before(hs, he) or self._head_noun_inside(hs, he)
                      or (not _DOT_RE.search(han_run) and any(han_run.endswith(g) for g in lex.org_generic
                                                              if len(g) >= 2 and _is_han(g[0]))))
            if is_org:
                # 專注於教育的人工智慧新創公司尤里卡實驗室(Eureka Labs): the alias is what follows the last generic word
                start = hs
                seg = self.folded[hs:he]
                for g in lex.org_generic:
                    i = seg.rfind(g)
                    if i >= 0 and hs + i + len(g) < he:
                        start = max(start, hs + i + len(g))
                for _, b in self.trigger_spans:  # "加盟國泰人壽(…)": the name starts after the trigger
                    if start <= b < he:
                        start = b
                for i in range(he - 1, start - 1, -1):
                    if self.folded[i] in self._not_in_org:
                        if self.lex.rx(r"<<head_nouns>>$").search(self.lowered, max(0, i - 4), i):
                            start = i  # "藥企和嶼生物(Heyu…)": right after what the company is, 和 begins its name
                            break
                        start = i + 1
                        break
                # "匯泓銀行委任前滙豐(HSBC)…": a former mark inside the run starts the name after it (not "前海…")
                for fm in self._han_former_marks:
                    i = self.folded.rfind(fm, start if start > hs else start + 2, he - 2)
                    if i >= 0:
                        start = i + len(fm)
                        break
                known = [k for a, b in self.known_org_spans if hs <= a and b == he
                         for k in [lex.org_alias.get(self.folded[a:b])] if k]
                if known:
                    self.orgs.add(known[0], None, latin)
                    continue
                canon = lex.org_alias.get(latin, latin)
                self.orgs.add(canon, None, latin)
                if he - start >= 2:
                    self.orgs.add(canon, self.text[start:he], self.folded[start:he])
                    self.fixed.append(Mention(start, m.end(), "org", canon))
                continue
            if len(words) < 2 or not all(w[0].isupper() for w in words):
                continue
            if any(w in lex.latin_org_words for w in words):
                continue
            start = self._trim_han_name(hs, he)
            for _, b in self.trigger_spans:  # "聘請林安琪(Angela Lin)": the name starts after the trigger
                if start <= b < he:
                    start = b
            han = self.folded[start:he]
            parts = [p for p in _DOT_RE.split(han) if p]
            if not parts:
                continue
            if len(parts) > 1 and len(parts[0]) > 4:
                start += len(parts[0]) - 4
                han = self.folded[start:he]
                parts = [p for p in _DOT_RE.split(han) if p]
            elif len(parts) == 1 and len(han) > 6:
                start = he - 6
                han = self.folded[start:he]
            if not any(_is_han(c) for c in han):
                continue
            canon = latin
            self.people.add(canon, None, latin)
            self.people.add(canon, self.text[start:he], han)
            last = words[-1]
            if len(last) >= 3 and last not in lex.latin_not_name:
                self.people.add(canon, None, last)
            if len(parts) > 1 and len(parts[-1]) >= 2:
                pe = he
                self.people.add(canon, self.text[pe - len(parts[-1]):pe], parts[-1])
            elif len(parts) == 1 and len(han) >= 3:
                # 約翰舒爾曼 … 舒爾曼: a tail of the name that the article uses on its own
                for k in range(2, len(han)):
                    tail = han[-k:]
                    if tail in lex.org_generic_set or tail.endswith(lex.org_han_suffixes):
                        continue  # "人工智慧" elsewhere is not this person
                    if self._occurs_alone(tail, start, m.end()):
                        self.people.add(canon, self.text[he - k:he], tail)
            self.fixed.append(Mention(start, m.end(), "person", canon))

    def _find(self, matcher) -> list[tuple[int, int]]:
        """``matcher``'s words in the whole text, found once per article."""
        got = self._found.get(id(matcher))
        if got is None:
            got = self._found[id(matcher)] = matcher.find(self.folded, self.lowered)
        return got

    def _shape_cover(self) -> _Cover:
        """What the names found by shape and the lexicon's organisations cover. Built once, on first use (after
        ``_discover_paren_names``, the last step that adds to either)."""
        got = self.__dict__.get("_shape_cover_bits")
        if got is None:
            got = self._shape_cover_bits = _Cover(len(self.folded), [(m.start, m.end) for m in self.fixed] +
                                                  self.known_org_spans)
        return got

    def _cover(self, what: str) -> _Cover:
        """What the titles ("roles") or the event words ("triggers") cover, built once per article."""
        covers = self.__dict__.setdefault("_covers", {})
        got = covers.get(what)
        if got is None:
            got = covers[what] = _Cover(len(self.folded), self.role_spans if what == "roles" else self.trigger_spans)
        return got

    def _discover_marked_orgs(self) -> None:
        """Names that their context marks as an organisation's: a Latin name right after what a company is
        ("跨境電商子公司ShopLoop", "chip startup Tessera Compute", "chipmaker Aster Semiconductor"), and a quoted name
        glossed in Latin or right after a founding word or what a company is ("聯合創辦AI社交應用「微光」(Lumo)")."""
        f, lex = self.folded, self.lex
        cover = self._shape_cover()
        heads = [b for _, b in self._find(lex.head_noun_matcher)] + [b for _, b in self._find(lex.org_subsidiary_matcher)]
        for b in heads:
            m = _NAME_AFTER_HEAD.match(f, b)
            if not m or (m.start(1) - b != 0 and not (b > 0 and f[b - 1].isascii())):
                continue  # "公司ShopLoop" / "startup Tessera": glued in Chinese, one space in English
            words = m.group(1).split()
            while words and (words[-1] in lex.latin_not_name or words[-1].lower() in ("the", "and", "of")):
                words.pop()
            if not words or words[0] in lex.latin_not_name or cover.hit(m.start(1), m.end(1)):
                continue
            name = " ".join(words)
            if len(name) < 3 or f.startswith("'s", m.start(1) + len(name)) or self._before_capital(name):
                continue  # ("maker Gripwell" for "Gripwell Robotics": the short form of a longer name, found later)
            canon = lex.org_alias.get(name, name)
            self.orgs.add(canon, None, name)
        for c in _APPOSITIVE_COMMA.finditer(f):
            m = _NAME_BEFORE_APPOSITIVE.search(f, max(0, c.start() - 60), c.start())
            if not m:
                continue
            hm = lex.rx(r"(?:[a-z\-]+\s+){0,3}?<<head_nouns>>(?![\w'’])(?!\s+(?:founder|co-founder|cofounder|executive|investor))"
                        ).match(self.lowered, c.end())
            name = m.group(1)
            if not hm or name.split()[0] in lex.latin_not_name or cover.hit(m.start(1), m.end(1)) or len(name) < 3:
                continue
            self.orgs.add(lex.org_alias.get(name, name), None, name)  # "Ledgerleaf, a carbon-accounting startup"
        sufs = self._find(lex.org_suffix_matcher) if self._has_han() else []
        suffix_starts = [a for a, _ in sufs]
        for b in heads if sufs else ():
            # "新加坡投資機構星暉資本合共注資": a name ending in an organisation word right after what it is
            if b >= len(f) or not _is_han(f[b]):
                continue
            k = bisect_left(suffix_starts, b + 2)
            if k >= len(sufs) or sufs[k][0] >= b + 8:
                continue
            e = b
            while e < len(f) and e - b < 8 and _is_han(f[e]) and f[e] not in self._not_in_org:
                e += 1
            if sufs[k][0] >= e or cover.hit(b, b + 2):
                continue
            best = sufs[k][1]
            name = f[b:best]
            if self._ender_at(b) or any(self._ender_at(x) and self._ender_len(x) >= 2 for x in range(b, best - 1)) or \
                    any(fm in name for fm in self._han_former_marks):
                continue  # ("公司宣布原智能駕駛總監…": a verb and a former mark, not a name)
            if name in lex.org_generic_set or name in self.people.keys or name.startswith(
                    _derived("long_generic", lex.org_generic, lambda ws: tuple(g for g in ws if len(g) >= 2))) or \
                    self.lowered.startswith(_derived("head_nouns", lex.grammar.get("head_nouns", ()), tuple), b):
                continue
            self.orgs.add(self.text[b:best], None, name)
        trig_ends = None
        for m in _QUOTED_NAME.finditer(f):
            if trig_ends is None:
                trig_ends = {b for a, b in self.trigger_spans if any(
                    r.type == "founding" for r in lex.triggers.get(self.lowered[a:b], []))}
            qs = m.start()
            inner = m.group(1)
            gloss = m.group(2)
            near = any(0 <= qs - b <= 6 for b in trig_ends) or any(0 <= qs - b <= 1 for b in heads) or \
                bool(lex.rx(r"<<head_nouns>>\s*$").search(self.lowered, max(0, qs - 6), qs))
            if not (near or (gloss and all(_is_han(c) for c in inner))) or cover.hit(m.start(1), m.end(1)):
                continue
            canon = lex.org_alias.get(gloss, gloss) if gloss else inner
            self.orgs.add(canon, self.text[m.start(1):m.end(1)], inner)
            if gloss:
                self.orgs.add(canon, None, gloss)

    def _before_capital(self, name: str) -> bool:
        """``name`` somewhere right before a space and a capital letter ("Gripwell Robotics" for "Gripwell")."""
        f = self.folded
        i = f.find(name + " ")
        while i >= 0:
            j = i + len(name) + 1
            if j < len(f) and "A" <= f[j] <= "Z":
                return True
            i = f.find(name + " ", i + 1)
        return False

    def _head_noun_inside(self, hs: int, he: int) -> bool:
        """"手遊開發商星宇互娛(Nova Playworks)": what a company is, then its name, inside the run before the bracket."""
        if _DOT_RE.search(self.folded[hs:he]):
            return False
        for a, b in self._find(self.lex.head_noun_matcher):
            if not (hs <= a and b <= he):
                continue
            if 2 <= he - b <= 6 and not any(b <= x < he or b < y <= he for x, y in self.role_spans) and \
                    not any(c in self._not_in_org for c in self.folded[b:he]):
                return True
        return False

    def _org_context_before(self, hs: int, he: int) -> bool:
        """"新創公司星樞智慧(Astra Minds)", "加盟國泰人壽(Cathay Life)": a bracketed name right after what a company is
        or after a word that joins, founds or funds one names an organisation, not a person."""
        if _DOT_RE.search(self.folded[hs:he]):
            return False
        head = self.lowered[max(0, hs - 8):hs]
        if self.lex.rx(r"(?:<<head_nouns>>|<<name_intro>>)\s*$").search(head):
            return True
        return any((hs <= b < he and not any(b <= y <= he for _, y in self.role_spans) and
                    not any(c in self.lex.chars.get("relative", ()) for c in self.folded[b:he])) or
                   (b < hs and hs - b <= 1 and self.folded[b:hs] in self.lex.chars.get("relative", ()))
                   for a, b in self.trigger_spans if b < he and not any(
                       r.direction == "object" for r in self.lex.triggers.get(self.lowered[a:b], [])))

    def _occurs_alone(self, needle: str, skip_s: int, skip_e: int) -> bool:
        i = self.folded.find(needle)
        while i >= 0:
            if not (skip_s <= i < skip_e):
                return True
            i = self.folded.find(needle, i + 1)
        return False

    # -- Tim Brooks ----------------------------------------------------------------------------------------
    def _discover_latin_people(self) -> None:
        lex = self.lex
        self._role_starts = {a for a, _ in self.role_spans}
        fixed_cov = self._shape_cover()
        org_keys = set(self.orgs.keys)
        marked: set[str] = set()
        not_name, org_words = lex.latin_not_name, lex.latin_org_words
        for start, run in self._latin_runs():
            if " " not in run:
                continue  # one word: never a name of two or three
            # the run's words are separated by single spaces
            toks = []
            for word in run.split(" "):
                toks.append((start, start + len(word), word))
                start += len(word) + 1
            # split the run at words that cannot be part of a name
            groups, cur = [], []
            for tok in toks:
                word = tok[2]
                if word in not_name or word in org_keys or word in org_words or \
                        ("-" in word and word.lower().endswith(_DESCRIPTOR_ENDS)) or fixed_cov.hit(tok[0], tok[1]):
                    if cur:
                        groups.append(cur)
                    cur = []
                else:
                    cur.append(tok)
            if cur:
                groups.append(cur)
            for g in groups:
                real = [t for t in g if len(t[2]) > 2 or not t[2].endswith(".")]
                if not 2 <= len(real) <= 3:
                    continue
                s, e = g[0][0], g[-1][1]
                after = self.folded[e:e + 12]
                nxt = _NEXT_LATIN_WORD.match(after)
                if nxt and (nxt.group(1) in lex.latin_org_words or nxt.group(1) in lex.org_latin_suffixes):
                    continue
                name = self.folded[s:e]
                if name in self.orgs.keys:
                    continue
                if self._org_slot(s, e):
                    self.orgs.add(name, None, name)
                    continue
                if _WHICH_AFTER.match(self.folded[e:e + 10]) or self._raises_after(e) or (
                        e + 1 in self._role_starts and self.folded[e:e + 1] == " " and
                        _ARTICLE_OR_FORMER_BEFORE.search(self.lowered[max(0, s - 8):s])):
                    # "Anthem Humanoids, which raised…" / "a former Tandem Aerospace executive": a company's name
                    self.orgs.add(name, None, name)
                    marked.add(name)
                    continue
                # "Lumenar Photonics … Lumenar": a name whose first word is used alone is an organisation
                first_alone = self._alone_count(g[0][2], s)
                last_alone = self._alone_count(g[-1][2], s)
                if first_alone >= 1 and first_alone > last_alone and (
                        first_alone >= 3 * (last_alone + 1) or not self._titled_appositive(e)):
                    # (not "Nadia Hassan, a research director … Nadia is": a person called by first name now and
                    # then; but a first word that stands alone far more often than the last is a company's)
                    continue
                canon = name
                self.people.add(canon, None, name)
                last = g[-1][2]
                if len(last) >= 3:
                    self.people.add(canon, None, last)
        for name in marked & set(self.people.canon):
            # a name its context marked as a company somewhere ("X closed a round") is no person elsewhere
            self.people.canon.pop(name, None)
            for k in [k for k, c in self.people.keys.items() if c == name]:
                del self.people.keys[k]

    def _latin_runs(self) -> list[tuple[int, str]]:
        """(start, text) of each run of capitalised Latin words, found once per article."""
        got = self.__dict__.get("_latin_run_list")
        if got is None:
            got = self._latin_run_list = [(m.start(), m.group()) for m in _LATIN_RUN.finditer(self.folded)]
        return got

    def _raises_after(self, e: int) -> bool:
        """"Tarsel Compute closed a $100 million Series B": a name right before a word that raises money is a company's."""
        j = e
        while j < len(self.folded) and self.folded[j] == " " and j - e < 2:
            j += 1
        if j == e:
            return False
        for a, b in self.trigger_spans:
            if a == j:
                return any(r.type == "funding" and r.direction == "recipient"
                           for r in self.lex.triggers.get(self.lowered[a:b], []))
        return False

    def _titled_appositive(self, e: int) -> bool:
        """"X Y, a research director who…": a job title in apposition right after the name makes it a person's."""
        for a, _ in self.role_spans:
            if e < a <= e + 40 and _PERSON_APPOSITIVE.match(self.lowered, e, a):
                return True
        return False

    def _org_slot(self, s: int, e: int) -> bool:
        """"founded Tangent Motion", "Tangent Motion, a startup building…": a capitalised pair where a company goes."""
        lex = self.lex
        if lex.rx(r"^,\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}<<head_nouns>>(?!['’])").match(self.lowered[e:e + 40]):
            return True
        j = s
        while j > 0 and self.folded[j - 1] == " ":
            j -= 1
        dm = lex.rx(r"(?<![a-z])<<destination_marks>>$").search(self.lowered, max(0, j - 12), j)
        if dm:
            # "who left in September for Hanseatic Landesbank": where someone leaving went
            for a, b in self.trigger_spans:
                if 0 <= dm.start() - b <= 30 and not _CLAUSE_PUNCT.search(self.folded[b:dm.start()]) and any(
                        r.type == "departure" for r in lex.triggers.get(self.lowered[a:b], [])):
                    return True
        for a, b in self.trigger_spans:
            if b == j and j < s:
                rules = lex.triggers.get(self.lowered[a:b], [])
                return any(r.type in ("founding", "hire") and r.direction == "subject" for r in rules)
        return False

    def _alone_count(self, word: str, skip: int) -> int:
        """How often ``word`` stands alone (not inside a longer capitalised name) elsewhere in the text."""
        starts = self._alone_starts.get(word)
        if starts is None:
            starts = self._alone_starts[word] = self._alone_starts_of(word)
        return sum(1 for i in starts if not skip <= i < skip + 60)

    def _alone_starts_of(self, word: str) -> list[int]:
        """Where ``word`` stands as a whole word (as ``finditer`` of ``(?<![A-Za-z0-9])word(?![A-Za-z0-9])`` would
        find it) with no capitalised word glued to it; found with ``str.find``, so no regex is compiled per name."""
        f = self.folded
        n = len(f)
        size = len(word)
        out = []
        i = f.find(word)
        while i >= 0:
            j = i + size
            if (i > 0 and f[i - 1] in _ASCII_ALNUM) or (j < n and f[j] in _ASCII_ALNUM):
                i = f.find(word, i + 1)
                continue
            before = f[max(0, i - 2):i]
            if not (_SPACE_CAPITAL.match(f[j:j + 2]) or _CAPITAL_WORD_END.search(before) and before.strip()):
                out.append(i)
            i = f.find(word, j)  # matches do not overlap
        return out

    # -- 楊植麟 (a Chinese name after a title, or before 表示) --------------------------------------------------
    def _han_name_at(self, i: int) -> int:
        """End of a Chinese personal name starting at folded[i] (surname + one or two characters), or -1."""
        f = self.folded
        lex = self.lex
        n = 0
        if f[i:i + 2] in lex.compound_surnames:
            n = 2
        elif i < len(f) and f[i] in lex.surnames:
            n = 1
        g1 = i + n + 1
        if not n or g1 > len(f) or not _is_han(f[i + n]):
            return -1
        if self._ender_len(i + n) >= 2:
            return -1  # "於去年", "于本月": a time word that ends names cannot begin the given name
        if g1 >= len(f) or not _is_han(f[g1]) or self._ender_at(g1) or g1 in self._trigger_starts:
            return g1
        return g1 + 1

    def _ender_len(self, pos: int) -> int:
        rx = self.lex.name_enders.regex
        m = rx.match(self.lowered, pos) if rx is not None else None
        return m.end() - pos if m else 0

    def _ender_at(self, pos: int) -> bool:
        rx = self.lex.name_enders.regex
        if rx is None:
            return False
        m = rx.match(self.lowered, pos)
        return bool(m and m.end() > pos)

    def _discover_han_people(self) -> None:
        f = self.folded
        if not self._has_han():
            return  # every name found here is Han characters
        n = len(f)
        lowered = self.lowered
        cands = set()
        role_ends = {b for _, b in self.role_spans}
        for rs, re_ in self.role_spans:
            if re_ < n and "\u3400" <= f[re_] <= "\u9fff":
                cands.add(re_)
        for _, pe in self._find(self.lex.person_noun_matcher):
            if pe < n and "\u3400" <= f[pe] <= "\u9fff":
                cands.add(pe)  # "與前同事梁嘉慧"
        hon_at: set[int] = set()
        for hon in _HAN_HONORIFICS:
            i = f.find(hon)
            while i >= 0:
                hon_at.add(i)  # "由前FDA審評員陳立群博士與…": a name ends where a courtesy title starts
                i = f.find(hon, i + 1)
        for vs, _ in self._find(self.lex.speech_verbs):
            for k in (3, 2, 4):
                i = vs - k
                if i >= 0 and (i == 0 or not "\u3400" <= f[i - 1] <= "\u9fff" or i in role_ends):
                    cands.add(i)
        exact_end: dict[int, set] = {}
        for h in hon_at:
            for k in (3, 2):
                if h - k >= 0 and "\u3400" <= f[h - k] <= "\u9fff":
                    exact_end.setdefault(h - k, set()).add(h)
        before_name = self.lex.chars.get("before_name", frozenset())
        relative = self.lex.chars.get("relative", frozenset())
        for ts, _ in self.trigger_spans:
            for k in (3, 2):
                i = ts - k
                if i >= 0 and (i == 0 or not "\u3400" <= f[i - 1] <= "\u9fff" or
                               (f[i - 1] in before_name and f[i - 1] not in relative) or i in role_ends):
                    exact_end.setdefault(i, set()).add(ts)
        # "前國發會副主委劉素芬昨日起加入…": a name right before a time word or adverb that leads to an event word
        ender_rx = self.lex.name_enders.regex
        for a, b in self._enders_before_triggers(ender_rx):
            if a >= 3 and not _WEEKDAY_RE.match(f, a - 3):  # (a full three-character name: weaker evidence)
                if f[a - 3] in self._not_in_name or f[a - 3] in before_name:
                    if not _WEEKDAY_RE.match(f, a - 2):
                        exact_end.setdefault(a - 2, set()).add(a)  # "錢立和鄭佳本月…": 和 joins, 鄭佳 is the name
                else:
                    exact_end.setdefault(a - 3, set()).add(a)
        # "聘請羅文博擔任…" / "任命王志強為…": a name right after a word whose object is the person
        triggers = self.lex.triggers
        for ts, te in self.trigger_spans:
            if te < n and "\u3400" <= f[te] <= "\u9fff" and any(
                    r.direction == "object" for r in triggers.get(lowered[ts:te], [])):
                exact_end.setdefault(te, set()).add(-1)
        # (the two scans below keep only places where a surname starts: no name is looked for anywhere else)
        sur, sur2 = self.lex.surnames, self.lex.compound_surnames
        opener = _surname_openers(sur, sur2)
        if before_name and opener:  # (no surname in the lexicon: no name to start anywhere)
            for m in _chars_before(before_name, opener).finditer(f):
                i = m.end()
                if f[i] in sur or f[i:i + 2] in sur2:
                    exact_end.setdefault(i, set()).add(-1)
        # "張三已於上週離職": a name opening a clause that goes on to a trigger
        trig_starts = self._trigger_start_list()
        n_trig = len(trig_starts)
        for m in _clause_opening_before(opener).finditer(f) if trig_starts and opener else ():
            i = m.end()
            if f[i] not in sur and f[i:i + 2] not in sur2:
                continue
            j = bisect_left(trig_starts, i + 2)
            if j < n_trig and trig_starts[j] - i <= 20 and not _SENTENCE_PUNCT.search(f, i, trig_starts[j]):
                exact_end.setdefault(i, set()).add(-1)
        found = sorted(i for i in cands | set(exact_end) if i < n and (f[i] in sur or f[i:i + 2] in sur2))
        if not found:
            return
        shape_cov, trigger_cov, role_cov = self._shape_cover(), self._cover("triggers"), self._cover("roles")
        org_keys = sorted(self.orgs.keys)  # (no organisation is added below)
        trigger_starts = self._trigger_starts
        for i in found:
            end = self._han_name_at(i)
            if end <= i + 1 or end > n:
                continue
            if i in exact_end and i not in cands:
                ok = end in exact_end[i] or (-1 in exact_end[i] and (
                    end >= n or f[end] in before_name or f[end] in ",以共" or self._ender_at(end) or
                    f.startswith(_HAN_HONORIFICS, end) or end in trigger_starts))
                if not ok:
                    continue
            if not all("\u3400" <= c <= "\u9fff" for c in f[i:end]) or shape_cov.hit(i, end) or \
                    trigger_cov.hit(i, end) or (i > 0 and (f[i - 1].isdigit() or (
                        f[i - 1] in ",." and (i < 2 or f[i - 2].isdigit() or f[i - 1] == ".")))):
                continue
            if role_cov.hit(i, end):
                continue
            name = f[i:end]
            if name in self.people.keys or self._org_stem(name, org_keys) or name in self._not_people:
                continue  # ("從一家德系車企加盟": 車企 is what a company is, not Mr Che)
            self.people.add(self.text[i:end], None, name)

    def _has_han(self) -> bool:
        """Whether the article has any Han character (an English one has none: no Han name can be found in it)."""
        got = self.__dict__.get("_has_han_char")
        if got is None:
            got = self._has_han_char = _HAN_CHAR.search(self.folded) is not None
        return got

    def _trigger_start_list(self) -> list[int]:
        """Where event words start, in text order (computed once per article)."""
        got = self.__dict__.get("_sorted_trigger_starts")
        if got is None:
            got = self._sorted_trigger_starts = sorted(self._trigger_starts)
        return got

    @property
    def _not_people(self) -> frozenset:
        got = self.__dict__.get("_not_people_set")
        if got is None:
            got = self._not_people_set = frozenset(self.lex.grammar.get("head_nouns", [])) | self.lex.org_generic_set
        return got

    def _org_stem(self, name: str, org_keys: list[str]) -> bool:
        """"和屿生物(Heyu Biotherapeutics)…和屿聘请…": a known organisation's name without its organisation word is
        that organisation's short name, not a person's (``org_keys``: the organisations' keys, sorted)."""
        sufs = self.lex.org_han_suffix_set
        return any(k[len(name):] in sufs for k in _starting_with(org_keys, name))

    def _enders_before_triggers(self, rx) -> list[tuple[int, int]]:
        """Words of two or more characters that end a name ([han] name_enders: 昨日, 上週, 正式) and stand at most three
        characters before an event word, with no punctuation between (a one-character ender such as 因 is too often
        inside a word: 原因)."""
        if rx is None:
            return []
        f, low = self.folded, self.lowered
        out = []
        for ts in sorted(self._trigger_starts):
            if ts < 3 or not _is_han(f[ts - 1]):
                continue
            for m in rx.finditer(low, max(0, ts - 9), ts):
                a, b = m.span()
                if b - a >= 2 and 0 <= ts - b <= 3 and not _SENTENCE_PUNCT.search(f[b:ts]):
                    out.append((a, b))
                    break
        return out

    # -- organisations the lexicon does not know, named more than once ---------------------------------------------

    def _opens_clause(self, cand: str) -> bool:
        cache = self.__dict__.setdefault("_opens_cache", {})
        if cand not in cache:
            cache[cand] = self._opens_clause_uncached(cand)
        return cache[cand]

    def _opens_clause_uncached(self, cand: str) -> bool:
        f = self.folded
        i = f.find(cand)
        while i >= 0:
            j = i
            while j > 0 and f[j - 1] == " ":
                j -= 1
            if j == 0 or f[j - 1] in ",.;:!?。,;:!?\n「“":
                return True
            i = f.find(cand, i + 1)
        return False

    def _discover_frequent_orgs(self) -> None:
        lex = self.lex
        f = self.folded
        if not self._has_han():
            self._latin_repeat_orgs()  # (the other ways below all find Han names)
            return
        known = self._shape_cover()
        generic = set(lex.org_generic)
        seen = set()
        counts: dict[str, int] = {}
        bad_prefix: dict[str, bool] = {}
        title_end = f.find("\n") if 0 < f.find("\n") < 80 else 0
        role_starts = {a for a, _ in self.role_spans}  # "雲帆科技副總裁": a name right before a title is an employer
        role_cov = self._cover("roles")
        list_marks = self.lex.chars.get("list_marks", frozenset())
        not_in_org = self._not_in_org
        for i, suf_end in self._find(lex.org_suffix_matcher):
            if i == 0 or not "\u3400" <= f[i - 1] <= "\u9fff":
                continue
            if True:
                best = None
                best_count = 0
                # the name before the suffix is Han characters that are not function words: at most five of them
                lo = i
                while lo > 0 and i - lo < 5 and "\u3400" <= f[lo - 1] <= "\u9fff" and f[lo - 1] not in not_in_org:
                    lo -= 1
                for k in range(2, 6):
                    s = i - k
                    if s < lo:
                        break
                    cand = f[s:suf_end]
                    prefix = f[s:i]
                    if prefix in generic or cand in generic:
                        best, best_count = None, 0  # a fragment of a generic word ("工智慧公司")
                        continue
                    if k > 2 and any(prefix.startswith(fm) for fm in self._han_former_marks):
                        break  # "委任前港富銀行…": a former mark starts the name after it
                    bad = bad_prefix.get(prefix)
                    if bad is None:
                        bad = bad_prefix[prefix] = any(prefix[-n:] in generic or prefix[:n] in generic
                                                       for n in range(2, len(prefix) + 1))
                    if cand[0] in self._not_first_in_org or bad or cand.endswith(_SUBSIDIARY_TAILS):
                        continue  # ("電池子公司": the battery subsidiary, not a company called 池子)
                    if cand in self.people.keys or known.hit(s, suf_end):
                        continue
                    n = counts.get(cand)
                    if n is None:
                        n = counts[cand] = f.count(cand)
                    if n < best_count:
                        continue
                    # named twice, or in the headline, or once: right before a title, or opening a clause with an event
                    ok = n >= 2 or s < title_end
                    if not ok:
                        e_ = suf_end
                        if e_ in role_starts:
                            ok = (s == 0 or (not _is_han(f[s - 1]) and f[s - 1] not in list_marks)) or \
                                bool(self.lex.rx(r"<<former_marks>>$").search(f[max(0, s - 3):s]))
                        if not ok:
                            ok = self._opens_event_clause(s, e_) and not role_cov.hit(s, e_)
                    if ok:
                        best, best_count = (s, cand), n
                if best and best[1] not in seen and (self._only_descriptor(best[1]) or
                                                     self._only_descriptor(best[1], self.lex.org_unit_words, 0.5)):
                    seen.add(best[1])  # "服務型機器人新創艾博智動": what the company is, each time it is named
                    best = None
                if best and best[1] not in seen:
                    seen.add(best[1])
                    s0 = best[0]
                    self.orgs.add(self.text[s0:s0 + len(best[1])], None, best[1])
        # "全資子公司恒岳智藥(上海)有限公司": a registered name with its place in brackets
        for m in (_REGISTERED_NAME.finditer(f) if _may_hold_registered_name(f) else ()):
            s0, e0 = m.start(1), m.end()
            pre = f[s0:m.start(2) - 1]
            for w in _SUBSIDIARY_WORDS:
                i = pre.rfind(w)
                if i >= 0:
                    s0 = max(s0, m.start(1) + i + len(w))
            if m.start(2) - 1 - s0 < 2:
                continue
            full = f[s0:e0]
            short = f[s0:m.start(2) - 1]
            if full in seen or short in generic:
                continue
            seen.add(full)
            self.orgs.add(self.text[s0:e0], None, full)  # not the short name: often the parent's too
        self._head_noun_orgs(known, generic, seen, counts)
        self._titled_repeat_orgs(known, generic, seen, counts)
        self._latin_repeat_orgs()

    def _only_descriptor(self, cand: str, heads=None, share: float = 1.0) -> bool:
        """Each time (or ``share`` of the times) ``cand`` is named, one of ``heads`` follows: what a company is (新創),
        or a unit of one (事業群)."""
        heads = self.lex.org_descriptor_heads if heads is None else heads
        if not heads:
            return False
        f = self.folded
        n = hit = 0
        i = f.find(cand)
        while i >= 0:
            j = i + len(cand)
            while j < len(f) and f[j] == " ":
                j += 1
            n += 1
            hit += self.lowered.startswith(heads, j)
            i = f.find(cand, i + 1)
        return n > 0 and hit >= 1 and hit >= share * n

    def _short_forms(self) -> None:
        """"极驰汽车…极驰曾获得…极驰前三季度": a Han name without its organisation word ([shape] han_suffixes), used on
        its own at least twice, is that organisation's short name (on a clash, ``_rehome_short_names`` keeps the one
        introduced first: "晶毅科技…晶毅旗下子公司晶毅車電" leaves 晶毅 to 晶毅科技)."""
        from talentdb.extract.validate import fix_org

        f = self.folded
        keys = self.orgs.keys
        generic = set(self.lex.org_generic)
        ordered = sorted(keys)  # the keys that start with a given one are a run of this list
        for k in list(keys):
            if not (k and _is_han(k[0]) and _is_han(k[-1])):
                continue
            suf = next((x for x in _suffixes_ending_in(self.lex.org_han_suffixes, k[-1])
                        if k.endswith(x) and len(k) - len(x) >= 2), None)
            if suf is None:
                continue
            short = k[:-len(suf)]
            glossed = keys[k].isascii()  # "和嶼生物(Heyu Biotherapeutics)": a sure name, whatever its first character
            if short in keys or short in generic or short in self.people.keys or fix_org(short) is None or \
                    (not glossed and (short[0] in self._not_first_in_org or any(c in self._not_in_org for c in short))):
                continue
            longer = [o for o in _starting_with(ordered, short) if o != short]
            alone = 0
            i = f.find(short)
            while i >= 0 and alone < 2:
                if not any(f.startswith(o, i) for o in longer) and not (i > 0 and _is_han(f[i - 1]) and
                                                                         f[i - 1] not in self._not_in_org):
                    alone += 1
                i = f.find(short, i + 1)
            if alone >= 2:
                self.orgs.add(keys[k], self.text[f.find(short):f.find(short) + len(short)], short)
                insort(ordered, short)  # (not a key before: see above)

    def _subsidiary_names(self) -> None:
        """"晶毅旗下子公司晶毅車電今年1月完成…": after a subsidiary word, a known short name with more to it, up to a
        word that ends a name, is the subsidiary's own name, not the parent's."""
        f = self.folded
        keys = self.orgs.keys
        for _, i in self._find(self.lex.org_subsidiary_matcher):
            short = next((k for k in sorted(keys, key=len, reverse=True) if len(k) >= 2 and f.startswith(k, i)), None)
            if short is None:
                continue
            for k in range(len(short) + 1, len(short) + 5):
                e = i + k
                if e > len(f) or not _is_han(f[e - 1]) or f[e - 1] in self._not_in_org or self._ender_at(e - 1):
                    break
                if e == len(f) or not _is_han(f[e]) or self._ender_at(e) or f[e] in self._not_in_org:
                    cand = f[i:e]
                    if cand not in keys and cand not in self.people.keys:
                        self.orgs.add(self.text[i:e], None, cand)
                    break

    def _latin_canon_for_tails(self) -> None:
        """"匯泓銀行…虛擬銀行匯泓銀行(WeHong Bank)": a Han name found on its own that ends a longer span registered
        with its Latin name is that organisation (the Latin name is canonical), not a second one."""
        keys = self.orgs.keys
        backwards = None  # the keys spelt backwards, sorted: those that end with a given one are a run of it
        for k, canon in list(keys.items()):
            if len(k) < 2 or not _is_han(k[0]) or canon.isascii():
                continue
            if backwards is None:
                backwards = sorted(o[::-1] for o in keys)  # (the loop changes what keys point to, not which keys)
            enders = [b[::-1] for b in _starting_with(backwards, k[::-1])]
            latin = {keys[o] for o in enders if len(o) > len(k) and keys[o].isascii()}
            if len(latin) != 1:
                continue
            target = latin.pop()
            for o, c in list(keys.items()):
                if c == canon:
                    keys[o] = target
            self.orgs.canon.setdefault(target, set()).update(self.orgs.canon.pop(canon, set()) | {canon})

    def _rehome_short_names(self) -> None:
        """A short name that begins two registered full names ("母公司甲乙科技…子公司甲乙電子…甲乙表示") stands for the
        one introduced first (on a tie, the longer one), not whichever was found last."""
        from talentdb.extract.text import fold
        f = self.folded
        keys = self.orgs.keys
        ordered = sorted(keys)  # the loop changes what keys point to, never which keys there are
        for short, canon in list(keys.items()):
            if len(short) < 2:
                continue
            i = bisect_left(ordered, short)  # (where ``short`` itself is: the longer keys it begins follow it)
            if i + 1 >= len(ordered) or not ordered[i + 1].startswith(short):
                continue
            fulls = [k for k in _starting_with(ordered, short) if len(k) > len(short)]
            alone = _is_han(short[0]) and fold(canon) == short
            if len(fulls) < (1 if alone else 2):
                continue
            placed = [(f.find(k), -len(k), k) for k in fulls if f.find(k) >= 0]
            if not placed:
                continue
            best = min(placed)[2]
            if alone:
                # "晶毅科技…晶毅表示": a Han name found on its own that begins a full name named earlier is its alias
                i = f.find(short)
                while i >= 0 and any(f.startswith(k, i) for k in fulls):
                    i = f.find(short, i + 1)
                if keys[best] == canon or 0 <= i < f.find(best):
                    continue  # the short name was used first: a name of its own
                keys[short] = keys[best]
                shown = self.orgs.canon.pop(canon, set())
                self.orgs.canon.setdefault(keys[best], set()).update(shown | {self.text[f.find(short):f.find(short) + len(short)]})
                continue
            if keys[best] != canon:
                keys[short] = keys[best]
                alias = self.orgs.canon.get(canon, set())
                shown = [a for a in alias if fold(a) == short]
                for a in shown:
                    alias.discard(a)
                    self.orgs.canon.setdefault(keys[best], set()).add(a)

    def _titled_repeat_orgs(self, known, generic, seen, counts) -> None:
        """"聯詠財務長陳立群…聯詠昨日公告": a short name opening a clause right before a title, used again, is an
        organisation even without an organisation word."""
        f = self.folded
        nl = f.find("\n")
        title = f[:nl] if 0 < nl < 80 else ""
        if not title:
            return
        # "緯創高層大風吹…\n緯創昨(16)日公告…": the short name opening the headline and a sentence of the story
        if _is_han(f[0]) and not known.hit(0, 2):
            for k in (4, 3, 2):
                cand = f[:k]
                if not all(_is_han(c) and c not in self._not_in_org for c in cand) or cand[0] in self._not_first_in_org \
                        or cand in generic or cand in self.people.keys or cand in seen:
                    continue
                if k == 3 and cand[0] in self.lex.surnames:
                    continue
                if any(t[0] < k for t in self.trigger_spans) or known.hit(0, k):
                    continue
                i = f.find(cand, nl)
                opened = False
                while i >= 0:
                    j = i
                    while j > 0 and f[j - 1] == " ":
                        j -= 1
                    if f[j - 1] in ",.;:!?。,;:!?\n「“":
                        opened = True
                        break
                    i = f.find(cand, i + 1)
                if opened:
                    seen.add(cand)
                    self.orgs.add(self.text[:k], None, cand)
                    break
        for rs, _ in self.role_spans:
            for k in (4, 3, 2):
                s = rs - k
                if s < 0 or (s > 0 and (_is_han(f[s - 1]) or f[s - 1] in self.lex.chars.get("list_marks", ()))):
                    continue
                if s > 0 and f[s - 1].isascii() and f[s - 1].isalnum():
                    continue  # "前Gentoris腫瘤研發副總裁": the field of a title at the Latin name before it
                cand = f[s:rs]
                if cand not in title:
                    continue
                if not all(_is_han(c) for c in cand) or any(c in self._not_in_org for c in cand) or \
                        cand[0] in self._not_first_in_org or cand in generic or known.hit(s, rs) or \
                        cand in self.people.keys or cand in seen or self._ender_at(s):
                    continue
                if any(a < rs and s < b for a, b in self.trigger_spans):
                    continue  # "錢峰升任CTO": a name and an event word before the title, no organisation
                if cand[:1] in self.lex.surnames and k <= 3:
                    continue  # "王建國首席…": could be a person
                n = counts.get(cand)
                if n is None:
                    n = counts[cand] = f.count(cand)
                if n >= 2 and cand in title:  # named in the headline and again in the story
                    seen.add(cand)
                    self.orgs.add(self.text[s:rs], None, cand)
                break

    def _opens_event_clause(self, s: int, e: int) -> bool:
        """"星圖智能完成5億元B輪融資": a name that opens a clause which goes on to an event word is its subject."""
        f = self.folded
        if s > 0 and f[s - 1] not in ",;:。!?\n」”":
            return False
        starts = self._trigger_start_list()
        j = bisect_left(starts, e)
        return j < len(starts) and starts[j] - e <= 16 and not _SENTENCE_PUNCT.search(f[e:starts[j]])

    def _head_noun_orgs(self, known, generic, seen, counts) -> None:
        """A name right after what it is: "人形機器人公司智元星辰" / "新創耀光": the longest part used again."""
        f = self.folded
        role_cov, trigger_cov = self._cover("roles"), self._cover("triggers")
        for _, i in self._find(self.lex.head_noun_matcher):
            while i < len(f) and f[i].isspace():
                i += 1
            best = None
            # (a word that ends names right here: no name starts here)
            for k in range(2, 7) if not self._ender_at(i) else ():
                cand = f[i:i + k]
                if len(cand) < k or not _is_han(cand[-1]) or cand[-1] in self._not_in_org or self._ender_at(i + k - 1):
                    break
                if cand in generic or known.hit(i, i + k) or role_cov.hit(i, i + k) or trigger_cov.hit(i, i + k) or \
                        cand in self.people.keys:
                    break
                if not self._opens_clause(cand):
                    continue  # never opens a sentence or clause: not used as a name
                n = counts.get(cand)
                if n is None:
                    n = counts[cand] = f.count(cand)
                if n >= 2:
                    best = cand
            if best and best not in seen and best[0] not in self._not_first_in_org:
                seen.add(best)
                # "具身智能公司遠航智造…遠航表示": the full name here is the name, the short one its alias
                full = None
                for k in range(min(8, len(f) - i), len(best), -1):
                    cand = f[i:i + k]
                    if all(_is_han(c) and c not in self._not_in_org for c in cand) and \
                            cand.endswith(self.lex.org_han_suffixes) and \
                            not (role_cov.hit(i, i + k) or trigger_cov.hit(i, i + k)):
                        full = cand
                        break
                if full:
                    canon = self.text[i:i + len(full)]
                    self.orgs.add(canon, None, full)
                    self.orgs.add(canon, self.text[i:i + len(best)], best)
                else:
                    self.orgs.add(self.text[i:i + len(best)], None, best)

    def _latin_repeat_orgs(self) -> None:
        """Latin names used more than once (or right before a title) and not a person's: "Brightline"."""
        f = self.folded
        lex = self.lex
        people_words = set()
        for k in self.people.keys:
            people_words.update(k.split())
        counts = {}
        firsts: dict[str, str] = {}
        # "Genentech researchers", "Acme's CEO": a capitalised word right before a title names the employer
        role_starts = {a for a, _ in self.role_spans}
        titled = set()
        for m in _CAP_WORD_BEFORE_LOWER.finditer(f) if role_starts else ():
            if m.end() in role_starts and m.group(1) not in lex.latin_not_name and m.group(1) not in people_words:
                titled.add(m.group(1))
        # "Orbis hired…", "Veltra raised…": a capitalised word right before a word that hires, appoints or raises
        acts = {"hire", "promotion", "funding"}
        for a, b in self.trigger_spans:
            if a < 4 or f[a - 1] != " " or not f[a - 2].isalnum():
                continue
            m = _CAP_WORD_BEFORE.search(f, max(0, a - 40), a)
            if not m:
                continue
            w = m.group(1)
            if w not in lex.latin_not_name and w not in people_words and len(w) >= 3 and w not in self.people.keys:
                if any(r.type in acts and (r.type != "promotion" or r.direction == "object" or r.needs_role)
                       for r in lex.triggers.get(self.lowered[a:b], [])):
                    titled.add(w)
        initial: dict[str, int] = {}
        head_after = self.lex.rx(r"\s<<head_nouns>>\b")
        not_name, org_keys = lex.latin_not_name, self.orgs.keys
        for m_start, m_text in self._latin_runs():
            j = m_start
            while j > 0 and f[j - 1].isspace():
                j -= 1
            prev = f[j - 1] if j > 0 else ""
            toks = m_text.split(" ")
            if (not prev or not (prev.isalnum() or prev in ",，")) and toks[0] not in titled:
                # a capital at the start of a sentence or quote says little: it only adds to a name seen mid-sentence
                w = toks[0]
                initial[w] = initial.get(w, 0) + 1
                continue
            if _A_OR_AN_END.search(f[max(0, j - 4):j]) and head_after.match(self.lowered, m_start + len(m_text)):
                continue  # "a Pittsburgh startup": what the company is, not its name
            run = []
            for t in toks + [None]:
                if t is None or t in not_name or t in people_words or t in org_keys:
                    if run:
                        name = " ".join(run[:3])
                        counts[run[0]] = counts.get(run[0], 0) + 1
                        if len(name) > len(firsts.get(run[0], "")):
                            firsts[run[0]] = name
                    run = []
                else:
                    run.append(t)
        firsts_of_known = {k.split(" ")[0] for k in self.orgs.keys if " " in k}
        for first, n in counts.items():
            if first in firsts_of_known:
                continue  # "Brexa" for a registered "Brexa Capital"
            if (n + initial.get(first, 0) >= 2 or first in titled) and len(first) >= 3 and first not in self.orgs.keys:
                name = firsts[first]
                if name in self.people.keys:
                    continue
                self.orgs.add(name, None, name)
                self.weak_orgs.add(name)
                if name != first:
                    self.orgs.add(name, first, first)

    # -- mentions ------------------------------------------------------------------------------------------
    def _all_mentions(self) -> list[Mention]:
        f = self.folded
        mentions = list(self.fixed)
        cover = bytearray(len(f) + 1)
        for m in mentions:
            cover[m.start:m.end] = b"\x01" * (m.end - m.start)

        def taken(s, e):
            return 1 in cover[s:e]

        table = {}
        for k, c in self.people.keys.items():
            table[k] = ("person", c)
        for k, c in self.orgs.keys.items():
            table.setdefault(k, ("org", c))
        # "Brightline" for a registered "Brightline Pay": a first word used alone
        for k, c in list(self.orgs.keys.items()):
            first = k.split(" ")[0]
            if " " in k and len(first) >= 4 and first[0].isupper() and first not in table and first not in self.lex.latin_not_name:
                table[first] = ("org", c)
        if table:
            for ms, me, key in _alias_spans(f, table):
                if 1 in cover[ms:me] or (ms > 0 and f[ms] in _ASCII_ALNUM and f[ms - 1] in _ASCII_ALNUM):
                    continue
                kind, canon = table[key]
                mentions.append(Mention(ms, me, kind, canon))
                cover[ms:me] = b"\x01" * (me - ms)
        not_before = self.lex.chars.get("not_before_pronoun", ())
        not_after = self.lex.chars.get("not_after_pronoun", ())
        for matcher, _ in ((self.lex.he_she, "he"), (self.lex.latter, "latter")):
            for s, e in self._find(matcher):
                if taken(s, e):
                    continue
                if _is_han(f[s]) and ((s > 0 and f[s - 1] in not_before) or (e < len(f) and f[e] in not_after)):
                    continue
                mentions.append(Mention(s, e, "person", "", pronoun=True))
        for s, e in self._find(self.lex.org_refs):
            if not taken(s, e):
                mentions.append(Mention(s, e, "org", "", ref=True))
        mentions.sort(key=lambda m: (m.start, -m.end))
        # resolve pronouns: the last person named before; an object pronoun ("named Raj Patel to replace her") is not
        # the person its own clause is about, so it is the one named before them (unless someone said it: "Mehta said
        # the board pushed him out")
        last = None
        prev = None  # (key, end) of the person named before the last one, and the last one's start
        last_start = -1
        for m in mentions:
            if m.kind != "person":
                continue
            if m.pronoun:
                if last is not None:
                    m.key = last
                    if prev is not None and self._object_pronoun(m) and \
                            not _FULL_STOP.search(f[last_start:m.start]) and \
                            not self.lex.speech_verbs.find(f[last_start:m.start], self.lowered[last_start:m.start]):
                        m.key = prev
            else:
                if last is not None and m.key != last:
                    prev = last
                last, last_start = m.key, m.start
        return [m for m in mentions if m.key or m.ref]

    def _object_pronoun(self, m) -> bool:
        """"to replace her." / "succeed him,": an English object pronoun at the end of its clause."""
        word = self.lowered[m.start:m.end]
        return word in ("him", "her") and bool(_OBJECT_PRONOUN_TAIL.match(self.folded[m.end:m.end + 4]))

    def _resolve_refs(self) -> None:
        """"該公司" / "the company": the organisation that opened the current sentence, else the last sentence that
        opened with one (the subject, not the investor or rival named in passing)."""
        from talentdb.extract.text import split_sentences

        sents = self._sentences if self._sentences is not None else split_sentences(self.folded)
        firsts = []  # (sentence start, first org key)
        j = 0
        real = [m for m in self.org_mentions if not m.ref]
        real_starts = [m.start for m in real]
        named = [p.start for p in self.person_mentions if not p.pronoun]
        for ss, se in sents:
            j = bisect_left(real_starts, ss, j)  # the first organisation named from here on
            if j < len(real) and real[j].start < se and not (
                    bisect_left(named, real[j].start) > bisect_left(named, ss)) and (
                    real[j].start - ss <= 12 or not _TWO_LETTERS.search(self.folded[ss:real[j].start]
                                                              .replace("the", "").replace("The", ""))):
                firsts.append((ss, real[j].start, real[j].key))
        self._sentence_subjects = firsts
        self._sentences = sents
        dominant = self.dominant_org()
        self._dominant = dominant
        new_refs = self.lex.org_new_refs
        for m in self.org_mentions:
            if not m.ref:
                continue
            if self.lowered[m.start:m.end] in new_refs or self._after_founding_word(m.start):
                # "founded Parallax Labs in July… The startup announced…": the organisation last founded
                founded = self._last_founded_before(m.start, real)
                if founded:
                    m.key = founded
                    self.orgs.add(m.key)
                    continue
            # "…共同創立了一家名為X的新創公司,專注於…。該公司本週一…": the company just founded, when nothing was
            # named since
            i = bisect_left(real_starts, m.start) - 1
            if i >= 0 and m.start - real[i].end <= 120:
                founded = self._last_founded_before(m.start, real)
                if founded and founded == real[i].key:
                    m.key = founded
                    self.orgs.add(m.key)
                    continue
            m.key = self.company_meant(m.start) or ""
            if m.key:
                self.orgs.add(m.key)
        self.org_mentions = [m for m in self.org_mentions if m.key]
        self._ob_starts = [m.start for m in self.org_mentions]
        # what dominant_org() gives from now on: the references just resolved do not count, the rest is as it was
        self._dominant_for = (self.org_mentions, len(self.org_mentions), dominant)

    def _after_founding_word(self, pos: int) -> bool:
        """"Brooks co-founded the company with…": a reference right after a founding word is the company founded."""
        for a, b in self.trigger_spans:
            if b <= pos <= b + 1 and any(r.type == "founding" for r in self.lex.triggers.get(self.lowered[a:b], [])):
                return True
        return False

    def _last_founded_before(self, pos: int, real) -> str | None:
        """The organisation named within a few words of a founding word, latest before ``pos`` (at most ~2 sentences)."""
        found = []
        for a, b in self.trigger_spans:
            if a >= pos or pos - a > 400:
                continue
            rules = self.lex.triggers.get(self.lowered[a:b], [])
            if any(r.type == "founding" for r in rules):
                found.append((a, b))
        best = None
        for a, b in found:
            for m in real:
                if m.start >= pos:
                    break
                if (b <= m.start <= b + 12) or (0 <= a - m.end <= 12 and "," not in self.folded[m.end:a]):
                    if best is None or m.start > best[0]:
                        best = (m.start, m.key)
        return best[1] if best else None

    def company_meant(self, pos: int) -> str | None:
        """"The company" / "該公司" at ``pos``: the article's main organisation when it was just named (this or the
        previous sentence), else the organisation that opened the latest sentence, else the main one."""
        dom = getattr(self, "_dominant", None)
        sents = getattr(self, "_sentences", [])
        if dom:
            k = self._sentences_ended_by(pos)
            lo = sents[max(0, k - 3)][0] if sents else 0
            if any(m.key == dom and not m.ref for m in self.orgs_between(lo, pos)):
                return dom
        return self.subject_org_before(pos, strict=True) or dom

    def _sentences_ended_by(self, pos: int) -> int:
        """How many sentences, from the first on, end at or before ``pos``."""
        sents = self._sentences
        ends = self.__dict__.get("_sentence_ends")
        if ends is None or len(ends) != len(sents):
            ends = self._sentence_ends = [e for _, e in sents]
            self._ends_sorted = ends == sorted(ends)
        if self._ends_sorted:
            return bisect_right(ends, pos)
        k = 0
        while k < len(sents) and sents[k][1] <= pos:
            k += 1
        return k

    def orgs_between(self, s: int, e: int):
        starts = [m.start for m in self.org_mentions] if not hasattr(self, "_ob_starts") else self._ob_starts
        self._ob_starts = starts
        i = bisect_left(starts, s)
        return self.org_mentions[i:bisect_left(starts, e, i)]

    def subject_org_before(self, pos: int, strict: bool = False) -> str | None:
        """The organisation that opened the latest sentence before ``pos`` that opened with one (``strict``: as its
        very first word)."""
        for ss, opos, k in reversed(getattr(self, "_sentence_subjects", [])):
            if opos < pos and (not strict or opos - ss <= 1):
                return k
        return None

    # -- queries -------------------------------------------------------------------------------------------
    def persons_in(self, s: int, e: int) -> list[Mention]:
        i = bisect_left(self._person_starts, s)
        return self.person_mentions[i:bisect_left(self._person_starts, e, i)]

    def orgs_in(self, s: int, e: int) -> list[Mention]:
        i = bisect_left(self._org_starts, s)
        return self.org_mentions[i:bisect_left(self._org_starts, e, i)]

    def dominant_org(self) -> str | None:
        known = self.__dict__.get("_dominant_for")
        if known is not None and known[0] is self.org_mentions and known[1] == len(self.org_mentions):
            return known[2]
        counts: dict[str, int] = {}
        for m in self.org_mentions:
            if not m.ref:
                counts[m.key] = counts.get(m.key, 0) + 1
        if not counts:
            return None
        first: dict[str, int] = {}
        for m in self.org_mentions:
            if not m.ref:
                first.setdefault(m.key, m.start)
        # what the article is about opens its sentences: each sentence it opens counts twice more
        for ss, opos, k in getattr(self, "_sentence_subjects", []):
            if opos - ss <= 1 and k in counts:
                counts[k] += 2
        # and is named in its headline
        nl = self.folded.find("\n")
        if 0 < nl < 120:
            for k in {m.key for m in self.org_mentions if not m.ref and m.end <= nl}:
                counts[k] += 2
        return max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]]))[0]
