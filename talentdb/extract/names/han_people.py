"""People named in Chinese (羅文博): a surname and one or two characters where a name is expected, after a
title, a person noun or a word whose object is a person, or before a courtesy title, a speech verb or an event word.

Finders: ``han_people``, then (after the organisations' aliases) ``han_title_aliases``.

Where a name may start comes from ``NAME_PLACES``; each place says where names start and, where it knows, where they
must end (``ANY_END``: the name is free to end at its natural length; ``CHECKED_END``: what follows the name must end
one, see ``_ends_well``). A candidate is then refused by any of ``NOT_A_NAME``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from talentdb.extract.names.chars import _is_han, _SENTENCE_PUNCT
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.segmenter import dictionary_word, inside_a_segmented_word, splits_a_segmented_word
from talentdb.extract.names.spans import _starting_with


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


_WEEKDAY_RE = re.compile(r"[周週][一二三四五六日天]")  # 上週三 is a day, not a person named 週三

# "羅文博博士", "謝國棟先生": a courtesy title right after a name ends it
_HAN_HONORIFICS = ("博士", "先生", "女士", "教授", "医生", "醫生", "院士")

_JOINERS = frozenset("和与與及")  # join two names ("王明和李華"), or end a given name (洪余和)

ANY_END = None   # a place that lets the name end at its natural length
CHECKED_END = -1  # a place after which what follows the name must end it (see _ends_well)


# ------------------------------------------------------------------ where a name may start
# Each gives (start, end) pairs: ``end`` is where the name must end, or ANY_END / CHECKED_END.
def after_title(ctx: NameContext):
    """"執行長羅文博": right after a title, or after one space as Taiwanese press sets a name apart ("董事長 張忠謀")."""
    f, n = ctx.folded, len(ctx.folded)
    return [(e + (f[e] == " "), ANY_END) for _, e in ctx.role_spans
            if e < n and ("\u3400" <= f[e] <= "\u9fff" or f[e] == " " and e + 1 < n and "\u3400" <= f[e + 1] <= "\u9fff")]


def after_person_noun(ctx: NameContext):
    """"與前同事梁嘉慧": right after a word for a person."""
    f, n = ctx.folded, len(ctx.folded)
    return [(e, ANY_END) for _, e in ctx.find(ctx.lex.person_noun_matcher) if e < n and "\u3400" <= f[e] <= "\u9fff"]


def before_speech_verb(ctx: NameContext):
    """"王志強表示": two to four characters before a speech verb, at the start of a Han run or right after a title."""
    f, role_ends = ctx.folded, ctx.role_ends()
    out = []
    for vs, _ in ctx.find(ctx.lex.speech_verbs):
        for k in (3, 2, 4):
            i = vs - k
            if i >= 0 and (i == 0 or not "\u3400" <= f[i - 1] <= "\u9fff" or i in role_ends):
                out.append((i, ANY_END))
    return out


def _courtesy_titles(ctx: NameContext) -> tuple[str, ...]:
    """The courtesy titles that end a name: 博士, 先生 … and grammar.toml courtesy_after_name (牧師, 律師)."""
    return _HAN_HONORIFICS + tuple(ctx.lex.grammar.get("courtesy_after_name", ()))


def before_courtesy_title(ctx: NameContext):
    """"由前FDA審評員陳立群博士與…": a name of two or three characters ends where a courtesy title starts."""
    f = ctx.folded
    out = []
    for hon in _courtesy_titles(ctx):
        h = f.find(hon)
        while h >= 0:
            for k in (3, 2):
                if h - k >= 0 and "\u3400" <= f[h - k] <= "\u9fff":
                    out.append((h - k, h))
            h = f.find(hon, h + 1)
    return out


def before_event_word(ctx: NameContext):
    """"張三離職": a name of two or three characters right before an event word, at the start of a Han run, after a
    character that comes before names (not a relative one) or after a title."""
    f, role_ends = ctx.folded, ctx.role_ends()
    before_name = ctx.lex.chars.get("before_name", frozenset())
    relative = ctx.lex.chars.get("relative", frozenset())
    title_ends = ctx.lex.title_end_chars
    passive = _passive_chars(ctx)
    out = []
    for ts, _ in ctx.trigger_spans:
        if ts > 0 and f[ts - 1] in passive:
            ts -= 1  # ("王志強被免去…", "遭撤換": the one the event befalls, before its passive mark)
        for k in (3, 2):
            i = ts - k
            if i >= 0 and (i == 0 or not "\u3400" <= f[i - 1] <= "\u9fff" or
                           (f[i - 1] in before_name and f[i - 1] not in relative) or i in role_ends or
                           (k == 3 and (f[i - 1] in title_ends or _time_word_ends_at(ctx, i)))):
                # ("政務參事林大明辭職": after a post the lexicon does not list, named by its last character;
                # "上月林大明被免去…": after a time word; only a full three-character name there)
                out.append((i, ts))
    return out


def _passive_chars(ctx: NameContext) -> frozenset:
    """The one-character passive marks (grammar.toml passive_marks: 被, 遭)."""
    return frozenset(w for w in ctx.lex.grammar.get("passive_marks", ()) if len(w) == 1 and _is_han(w))


def _time_word_ends_at(ctx: NameContext, i: int) -> bool:
    """Whether a word of two or three characters that ends names ([han] name_enders: 上月, 昨日, 同日) ends at ``i``;
    not an announcement word (宣布: ``after_announce_verb`` is that place)."""
    verbs = ctx.lex.grammar.get("announce_verbs", ())
    return any(i - k >= 0 and ctx.ender_len(i - k) == k and ctx.folded[i - k:i] not in verbs for k in (2, 3))


def before_time_word_before_event(ctx: NameContext):
    """"前交通部次長林美珍昨日起加入…": a three-character name right before a time word or adverb that leads to an
    event word ("錢立和鄭佳本月…": after a function character, 和 joins and 鄭佳 is the name)."""
    f = ctx.folded
    stops = ctx.not_in_name | ctx.lex.chars.get("before_name", frozenset())
    out = []
    for a, _ in _enders_before_triggers(ctx):
        if a >= 3 and not _WEEKDAY_RE.match(f, a - 3):  # (a full three-character name: weaker evidence)
            if f[a - 3] not in stops:
                out.append((a - 3, a))
            elif not _WEEKDAY_RE.match(f, a - 2):
                out.append((a - 2, a))
    return out


def _enders_before_triggers(ctx: NameContext) -> list[tuple[int, int]]:
    """Words of two or more characters that end a name ([han] name_enders: 昨日, 上週, 正式) and stand at most three
    characters before an event word, with no punctuation between (a one-character ender such as 因 is too often
    inside a word: 原因)."""
    rx = ctx.lex.name_enders.regex
    if rx is None:
        return []
    f, low = ctx.folded, ctx.lowered
    out = []
    for ts in ctx.trigger_start_list():
        if ts < 3 or not _is_han(f[ts - 1]):
            continue
        for m in rx.finditer(low, max(0, ts - 9), ts):
            a, b = m.span()
            if b - a >= 2 and 0 <= ts - b <= 3 and not _SENTENCE_PUNCT.search(f[b:ts]):
                out.append((a, b))
                break
    return out


def after_object_word(ctx: NameContext):
    """"聘請羅文博擔任…" / "任命王志強為…" / "林大明接替王志強出任…": right after a word whose object is the person, the
    one appointed or the one replaced."""
    f, n, triggers = ctx.folded, len(ctx.folded), ctx.lex.triggers
    return [(te, CHECKED_END) for ts, te in ctx.trigger_spans
            if te < n and "\u3400" <= f[te] <= "\u9fff" and
            any(r.direction == "object" or r.succession for r in triggers.get(ctx.lowered[ts:te], []))]


def after_name_mark(ctx: NameContext):
    """"由王志強接任": a surname right after a character that comes before names ([chars] before_name)."""
    f = ctx.folded
    before_name = ctx.lex.chars.get("before_name", frozenset())
    sur, sur2 = ctx.lex.surnames, ctx.lex.compound_surnames
    opener = _surname_openers(sur, sur2)
    if not (before_name and opener):  # (no surname in the lexicon: no name to start anywhere)
        return []
    return [(m.end(), CHECKED_END) for m in _chars_before(before_name, opener).finditer(f)
            if f[m.end()] in sur or f[m.end():m.end() + 2] in sur2]


def opening_a_clause_to_event(ctx: NameContext):
    """"張三已於上週離職": a surname opening a clause that goes on, within twenty characters and no punctuation, to an
    event word."""
    f = ctx.folded
    sur, sur2 = ctx.lex.surnames, ctx.lex.compound_surnames
    opener = _surname_openers(sur, sur2)
    starts = ctx.trigger_start_list()
    if not (starts and opener):
        return []
    out = []
    for m in _clause_opening_before(opener).finditer(f):
        i = m.end()
        if f[i] not in sur and f[i:i + 2] not in sur2:
            continue
        j = bisect_left(starts, i + 2)
        if j < len(starts) and starts[j] - i <= 20 and not _SENTENCE_PUNCT.search(f, i, starts[j]):
            out.append((i, CHECKED_END))
    return out


def after_speech_verb(ctx: NameContext):
    """"領展又指出宋俊彥將獲委任為…": right after a speech verb of two or more characters, whose report names its
    subject first (the name must end as a checked end requires: before 將, an event word…)."""
    if ctx.lex.speech_verbs is None:
        return []
    f, n = ctx.folded, len(ctx.folded)
    return [(b, CHECKED_END) for a, b in ctx.find(ctx.lex.speech_verbs) if b - a >= 2 and b < n and _is_han(f[b])]


def after_announce_verb(ctx: NameContext):
    """"澄川科技宣布鄭佳和辭去總經理職務": right after an announcement word (grammar.toml announce_verbs), whose news
    names its subject first (the name must end as a checked end requires)."""
    f, n = ctx.folded, len(ctx.folded)
    out = []
    for w in ctx.lex.grammar.get("announce_verbs", []):
        b = f.find(w)
        while b >= 0:
            b += len(w)
            if b < n and _is_han(f[b]):
                out.append((b, CHECKED_END))
            b = f.find(w, b)
    return out


_ENGLISH_GIVEN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+ (?=[\u3400-\u9fff])")


def after_english_given_name(ctx: NameContext):
    """"宣布,Peter 陳大文將出任…": the Hong Kong press writes an English given name, a space and the Chinese name;
    the Chinese name starts after the space (the name must end as a checked end requires)."""
    f = ctx.folded
    return [(m.end(), CHECKED_END) for m in _ENGLISH_GIVEN_NAME.finditer(f)
            if m.start() == 0 or not f[m.start() - 1].isalnum() or _is_han(f[m.start() - 1])]


def before_title_after_event_modifier(ctx: NameContext):
    """"向圓滿卸任的林大明總會長與王小華會長致意" / "新任的張國強總會長": after an event word and 的, a name of two or three
    characters that a title follows, and the next name joined to it (與, 和, 、) that a title follows too."""
    f, n = ctx.folded, len(ctx.folded)
    role_starts, role_end_of = ctx.role_starts(), {a: b for a, b in ctx.role_spans}
    out = []
    for _, te in ctx.trigger_spans:
        i = te + 1
        while te < n and f[te] == "的" and i < n:
            end = next((i + k for k in (3, 2) if i + k in role_starts), None)
            if end is None:
                break
            out.append((i, end))
            j = role_end_of.get(end, end)
            if j >= n or f[j] not in "与與和及、":
                break
            i = j + 1
    return out


def next_appointee_in_a_list(ctx: NameContext):
    """"聘任王小明為總經理、李大同為財務長" / "選任A為董事長,B為總經理": after a post given with 為 (為, then a title, then
    、 , or ;), the next item of the list of appointees: a name of two or three characters followed by 為 and a title
    (within a few characters: 為公司財務長). The places above read only the first, the verb's object."""
    f, n = ctx.folded, len(ctx.folded)
    role_starts = ctx.role_starts()
    out = []
    for a, b in ctx.role_spans:
        if b >= n or f[b] not in "、,;" or "为" not in f[max(0, a - 6):a]:
            continue
        i = b + 1
        for k in (2, 3):
            if f[i + k:i + k + 1] == "为" and any(i + k + d in role_starts for d in range(1, 5)):
                out.append((i, i + k))
    return out


# Where a name may start (the order does not matter: a start is a candidate if any place gives it).
def after_list_opener(ctx: NameContext):
    """"卸任的董事包括林大明及王志強" / "三名董事辭任,分別為王志強、陳美玲": right after a word that opens a list of people
    (grammar.toml list_openers: 包括, 分別為), its first item (the name must end as a checked end requires)."""
    f, n = ctx.folded, len(ctx.folded)
    if not ctx.lex.grammar.get("list_openers"):
        return []
    return [(m.end(), CHECKED_END) for m in ctx.lex.rx(r"<<list_openers>>").finditer(ctx.lowered)
            if m.end() < n and "\u3400" <= f[m.end()] <= "\u9fff"]


# "(企業發展與風險管理)": the field a title is for, in brackets right after it
_FIELD_IN_BRACKETS = re.compile(r"\s*[(（][^()（）\n]{1,20}[)）]\s*")


def after_title_and_its_field(ctx: NameContext):
    """"高級副總裁(企業發展)吳修明": after a title and the field it covers in brackets, the name that holds it."""
    f, n = ctx.folded, len(ctx.folded)
    out = []
    for _, e in ctx.role_spans:
        m = _FIELD_IN_BRACKETS.match(f, e)
        if m and m.end() < n and "\u3400" <= f[m.end()] <= "\u9fff":
            out.append((m.end(), ANY_END))
    return out


# "(40歲)", "（45岁）": a person's age in brackets right after the name
_AGE_IN_BRACKETS = re.compile(r"[(（]\s*\d{2}\s*[岁歲][)）]")


def before_an_age(ctx: NameContext):
    """"陳炜明(40歲)": two to four Han characters right before an age in brackets (the name must end at the bracket;
    four for a compound family name or a married woman's two: the finder's shape checks decide which)."""
    f = ctx.folded
    return [(m.start() - k, m.start()) for m in _AGE_IN_BRACKETS.finditer(f) for k in (2, 3, 4)
            if m.start() - k >= 0 and all("\u3400" <= c <= "\u9fff" for c in f[m.start() - k:m.start()])]


NAME_PLACES = (after_title, after_person_noun, before_speech_verb, before_courtesy_title, before_event_word,
               before_time_word_before_event, after_object_word, after_name_mark, opening_a_clause_to_event,
               after_speech_verb, after_announce_verb, after_english_given_name, before_title_after_event_modifier,
               next_appointee_in_a_list, after_list_opener, after_title_and_its_field, before_an_age)


# ------------------------------------------------------------------ the finder
def han_people(ctx: NameContext) -> None:
    """Each surname where ``NAME_PLACES`` say a name may start, read to its natural end (``_han_name_at``), kept when
    it ends as its place requires and nothing in ``NOT_A_NAME`` refuses it."""
    if not ctx.has_han():
        return  # every name found here is Han characters
    f, n = ctx.folded, len(ctx.folded)
    sur, sur2 = ctx.lex.surnames, ctx.lex.compound_surnames
    free: set[int] = set()             # starts whose name may end anywhere
    ends: dict[int, set] = {}          # start -> where its name may end (or CHECKED_END)
    for place in NAME_PLACES:
        for i, end in place(ctx):
            if end is ANY_END:
                free.add(i)
            else:
                ends.setdefault(i, set()).add(end)
    found = sorted(i for i in free | set(ends) if i < n and (f[i] in sur or f[i:i + 2] in sur2))
    if not found:
        return
    scan = HanScan(ctx)
    kept = []
    for i in found:
        end = _across_a_stray_space(ctx, i, _han_name_at(ctx, i))
        end = _through_a_joiner_before_a_title(ctx, i, end, ends.get(i, ()))
        if i in free:  # (after a title or a person noun: not 安全評估 after 的)
            end = _with_a_husbands_family_name(ctx, i, end)
        if end <= i + 1 or end > n:
            continue
        if i in ends and i not in free and not _ends_well(ctx, end, ends[i]):
            continue
        if not _refused(ctx, scan, i, end):
            ctx.people.add(ctx.text[i:end].replace(" ", ""), None, f[i:end])  # (shown without a stray space)
            kept.append(i)
    _names_opening_a_list(ctx, scan, kept)
    _names_continuing_a_list(ctx, scan)


def _refused(ctx: NameContext, scan: "HanScan", i: int, end: int) -> bool:
    return any(refuse(ctx, scan, i, end) for refuse in NOT_A_NAME)


def _names_opening_a_list(ctx: NameContext, scan: "HanScan", kept: list[int]) -> None:
    """"而何建宗、劉國明及余惠賢的任期": a name of two or three characters right before 、 and a name found is the
    list's first (or next) item, when what comes before it ends a word: no Han character, one never in a name, a
    title."""
    f, sur, sur2 = ctx.folded, ctx.lex.surnames, ctx.lex.compound_surnames
    todo = list(kept)
    while todo:
        i = todo.pop()
        if i < 3 or f[i - 1] not in _LIST_MARKS:
            continue
        for k in (3, 2):
            j = i - 1 - k
            if j < 0 or not (f[j] in sur or f[j:j + 2] in sur2) or _han_name_at(ctx, j) != i - 1:
                continue
            # (before 和, 與, 及, only right after a list opener: "包括林佳慧和王志強"; 和 may end a given name)
            if (f[i - 1] == "、" and (j == 0 or not _is_han(f[j - 1]) or f[j - 1] in ctx.not_in_name or
                                     j in ctx.role_ends()) or _after_a_list_opener(ctx, j)) and \
                    not _refused(ctx, scan, j, i - 1):
                ctx.people.add(ctx.text[j:i - 1], None, f[j:i - 1])
                todo.append(j)
            break


def _after_a_list_opener(ctx: NameContext, j: int) -> bool:
    """"選出三名副會長,包括林佳慧、王志強…" / "另兩人是王志強和陳美玲": right after a word that opens a list of people
    ([grammar] list_openers: 包括, 依序是, 分別是) or a count of them and 是 / 為, which ends the word before the list's
    first name."""
    return bool(ctx.lex.rx(r"(?:<<list_openers>>|(?:另外|另|其余|其他|这)?[0-9两二三四五六七八九十]+(?:人|位|名)(?:是|为|分别为))$").search(
        ctx.folded, max(0, j - 8), j))


_LIST_MARKS = "、和与及"


def _names_continuing_a_list(ctx: NameContext, scan: "HanScan") -> None:
    """"王明、王華和王強三兄弟", "董事劉大成、陳美玲及吳志偉": after a person's name found and a list mark (、 和 與 及),
    the next name is the list's next item when it ends as an item ends (``_ends_a_list_item``: another list mark, a
    word for the group, punctuation …); the places above only read the first, whose title or verb it shares."""
    f, n, sur, sur2 = ctx.folded, len(ctx.folded), ctx.lex.surnames, ctx.lex.compound_surnames
    todo = [e for key in list(ctx.people.keys) if _is_han(key[0]) for _, e, in _spans_of(f, key)]
    while todo:
        b = todo.pop()
        j = b + 1
        if j >= n or f[b] not in _LIST_MARKS or not (f[j] in sur or f[j:j + 2] in sur2):
            continue
        end = _short_before_a_group(ctx, j, _han_name_at(ctx, j))
        if end > j + 1 and _ends_a_list_item(ctx, end) and not _refused(ctx, scan, j, end):
            ctx.people.add(ctx.text[j:end], None, f[j:end])
            todo.append(end)


def _spans_of(f: str, key: str) -> list[tuple[int, int]]:
    """Where ``key`` stands in ``f``."""
    out, i = [], f.find(key)
    while i >= 0:
        out.append((i, i + len(key)))
        i = f.find(key, i + 1)
    return out


def _group_words(ctx: NameContext) -> tuple[str, ...]:
    """The Han words for what listed people are to one another or how many they are ([kin_groups], [group_back])."""
    words = ctx.lex.grammar.get("kin_groups", []) + ctx.lex.grammar.get("group_back", [])
    return tuple(w for w in words if w and _is_han(w[0]))


def _short_before_a_group(ctx: NameContext, j: int, end: int) -> int:
    """"王強三兄弟": a three-character reading whose last character starts a word for the group (三兄弟, 兩人) is a
    two-character name; else ``end``."""
    if end == j + 3 and ctx.folded[j + 1:j + 3] not in ctx.lex.compound_surnames and \
            ctx.folded.startswith(_group_words(ctx), end - 1):
        return end - 1
    return end


def _ends_a_list_item(ctx: NameContext, end: int) -> bool:
    """What follows a name ends a list's item: the end of the text, punctuation, another list mark before a family
    name, a word for what the listed people are to one another ([kin_groups] 三兄弟) or for how many they are
    ([group_back] 三人), a courtesy title."""
    f = ctx.folded
    if end >= len(f) or f[end] in ",。;:!?)）\n" or f.startswith(_courtesy_titles(ctx), end):
        return True
    if f[end] in _LIST_MARKS:
        return end + 1 < len(f) and (f[end + 1] in ctx.lex.surnames or f[end + 1:end + 3] in ctx.lex.compound_surnames)
    return f.startswith(_group_words(ctx), end)


class HanScan:
    """What the refusals read, taken once per article (no organisation is added while people are found)."""

    def __init__(self, ctx: NameContext):
        self.org_keys = sorted(ctx.orgs.keys)
        self.shape, self.triggers, self.roles = ctx.shape_cover(), ctx.cover("triggers"), ctx.cover("roles")


def _han_name_at(ctx: NameContext, i: int) -> int:
    """End of a Chinese personal name starting at folded[i] (surname + one or two characters), or -1."""
    f, lex = ctx.folded, ctx.lex
    n = 0
    if f[i:i + 2] in lex.compound_surnames:
        n = 2
    elif i < len(f) and f[i] in lex.surnames:
        n = 1
    g1 = i + n + 1
    if not n or g1 > len(f) or not _is_han(f[i + n]):
        return -1
    if ctx.ender_len(i + n) >= 2:
        return -1  # "於去年", "于本月": a time word that ends names cannot begin the given name
    if g1 >= len(f) or not _is_han(f[g1]) or g1 in ctx.trigger_starts:
        return g1
    if ctx.ender_at(g1):
        # "由總經理洪余和代為履行…": a joining character right before an event word ends no list, it ends the name;
        # "王志強調任…": a word that ends names (強調) read across the start of an event word is no such word
        if g1 + 1 in ctx.trigger_starts and (f[g1] in _JOINERS or ctx.ender_len(g1) >= 2):
            return g1 + 1
        return g1
    return g1 + 1


def _with_a_husbands_family_name(ctx: NameContext, i: int, end: int) -> int:
    """"董事陳方安生辭任…": a Hong Kong woman's name with her husband's family name before her own (two family names
    and a given name of two) is four characters, when the fourth is no word that ends names and what follows ends
    one; else ``end`` unchanged (asked only where a name is sure to start: after a title, a person noun…)."""
    f, k = ctx.folded, end  # (k: where the fourth character stands)
    if end != i + 3 or k >= len(f) or f[i + 1] not in ctx.lex.surnames or f[i] not in ctx.lex.surnames or \
            not _is_han(f[k]) or ctx.ender_at(k) or f[k] in ctx.not_in_name or k in ctx.trigger_starts or \
            _WEEKDAY_RE.match(f, i + 1):  # (於週二晚: a day, not a name)
        return end
    j = k + 1
    ends = j == len(f) or not _is_han(f[j]) or ctx.ender_at(j) or j in ctx.trigger_starts or \
        f.startswith(_courtesy_titles(ctx), j)
    return j if ends else end


def _through_a_joiner_before_a_title(ctx: NameContext, i: int, end: int, exact_ends) -> int:
    """"已故前主席林志和博士": a two-character reading cut before a joining character (和, 與, 及: a word that ends
    names) is three characters when a courtesy title follows the third (``before_courtesy_title`` gave that end) and
    the two are no common word ("由高校和教授共同…": a university and professors); else ``end`` unchanged."""
    f = ctx.folded
    if end == i + 2 and end + 1 in exact_ends and f[end] in _JOINERS and \
            f.startswith(_courtesy_titles(ctx), end + 1) and not dictionary_word(f[i:end]):
        return end + 1
    return end


def _across_a_stray_space(ctx: NameContext, i: int, end: int) -> int:
    """"總經理王志 強已於上週離職": a two-character name, a space and one character that a word ending names, an event
    word or no Han character follows is a three-character name with a stray space (text copied from a page laid
    out in columns); else ``end`` unchanged."""
    f = ctx.folded
    j = end + 2  # (after the space and the character)
    if end != i + 2 or j > len(f) or f[end] != " " or not _is_han(f[end + 1]) or ctx.ender_at(end + 1) or \
            f[end + 1] in ctx.not_in_name or (end + 1) in ctx.trigger_starts:
        return end
    return j if j == len(f) or not _is_han(f[j]) or ctx.ender_at(j) or j in ctx.trigger_starts else end


def _ends_well(ctx: NameContext, end: int, allowed: set) -> bool:
    """Whether a name ending at ``end`` ends where its places require: at one of ``allowed``, or (CHECKED_END among
    them) before the end of the text, a character that comes before names, a written date ("李明2024年加入…"), a
    courtesy title, a word that ends names, an event word or the post held (``_title_post_after``)."""
    if end in allowed:
        return True
    if CHECKED_END not in allowed:
        return False
    f = ctx.folded
    return end >= len(f) or f[end] in ctx.lex.chars.get("before_name", frozenset()) or f[end] in ",。;以共" or \
        ctx.ender_at(end) or f[end].isdigit() or f.startswith(_courtesy_titles(ctx), end) or end in ctx.trigger_starts or \
        _title_post_after(ctx, end)


def _title_post_after(ctx: NameContext, end: int) -> bool:
    """"解除曾子章董事長職務": a title and a word for the post (grammar.toml vacated_marks) right after the name: the
    post it held (a title alone may follow an organisation's short name: "高雄銀董事長")."""
    marks = tuple(ctx.lex.grammar.get("vacated_marks", ()))
    return bool(marks) and any(a == end and ctx.folded.startswith(marks, b) for a, b in ctx.role_spans)


# ------------------------------------------------------------------ what is no name
# Each is (ctx, scan, start, end) -> True when folded[start:end] is no person's name.
def covered(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """Not all Han (a stray space aside), or inside a name found by shape, an organisation of the lexicon, an event word or a title."""
    return not all("\u3400" <= c <= "\u9fff" or c == " " for c in ctx.folded[i:end]) or scan.shape.hit(i, end) or \
        scan.triggers.hit(i, end) or scan.roles.hit(i, end)


def after_a_number(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """"3名高管", "1,200人": right after a digit or a digit's separator."""
    f = ctx.folded
    return i > 0 and (f[i - 1].isdigit() or (f[i - 1] in ",." and (i < 2 or f[i - 2].isdigit() or f[i - 1] == ".")))


def known_name(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """A person's name already registered (the first finder to register it keeps it)."""
    return ctx.folded[i:end] in ctx.people.keys


def org_stem(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """"和岭生物(Heling Bio)…和岭聘请…": a known organisation's name without its organisation word is that
    organisation's short name, not a person's."""
    name, sufs = ctx.folded[i:end], ctx.lex.org_han_suffix_set
    return any(k[len(name):] in sufs for k in _starting_with(scan.org_keys, name))


def company_word(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """"從一家德系車企加盟": 車企 is what a company is, not Mr Che."""
    return ctx.folded[i:end] in ctx.not_people()


def segmented_shorter(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """"汪晓申请辞去": jieba reads a two-character name before a word that the third character starts, or "任职资格":
    the candidate is part of one word (see ``names.segmenter``); ``segmented_people`` registers what is a name."""
    return splits_a_segmented_word(ctx, i, end) or inside_a_segmented_word(ctx, i, end)


def short_name_glossing_an_org(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """"中華航空(華航)10日召開董事會…華航總經理": a word the article gives in brackets right after an organisation's
    name (a known one, or a Han name ending in an organisation word) is that organisation's short name, anywhere."""
    f, name = ctx.folded, ctx.folded[i:end]
    for m in re.finditer(r"[(（]" + re.escape(name) + r"[)）]", f):
        run = f[max(0, m.start() - 12):m.start()]
        if run.endswith(ctx.lex.org_han_suffixes) or any(run.endswith(k) for k in scan.org_keys if len(k) >= 2):
            return True
    return False


def common_word(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """"具備豐富的管理和審計專長", "部門文告說": a word jieba's dictionary counts as common and tags as no name is that
    word, in either script (``names.segmenter.dictionary_word``)."""
    return dictionary_word(ctx.folded[i:end])


def opens_with_a_list_opener(ctx: NameContext, scan: HanScan, i: int, end: int) -> bool:
    """"董事包括林大明": a reading that opens with a word that opens a list (grammar.toml list_openers: 包括, whose 包 is
    a family name too) is that word and the list's first name after it (``after_list_opener``)."""
    return any(ctx.lowered.startswith(w, i) for w in ctx.lex.grammar.get("list_openers", ()))


# Any one of these refuses a candidate (the segmenter last: it is the one that costs).
NOT_A_NAME = (covered, after_a_number, known_name, org_stem, company_word, short_name_glossing_an_org, common_word,
              opens_with_a_list_opener, segmented_shorter)


# ------------------------------------------------------------------ 王先生, 鄧氏
def han_title_aliases(ctx: NameContext) -> None:
    """"王志成…。王先生上週宣布離職" / "鄧氏": a family name with a courtesy title (grammar.toml person_titles) stands
    for the one person of that family name named in the article, never when two share it."""
    f = ctx.folded
    titles = [t for t in ctx.lex.grammar.get("person_titles", []) if t in f]
    if not titles:
        return
    _drop_titled_family_names(ctx, titles)
    for family, canons in _people_by_family(ctx).items():
        if len(canons) != 1:
            continue
        canon = next(iter(canons))
        for t in titles:
            alias = family + t
            if alias not in ctx.people.keys and f.find(alias) >= 0:
                ctx.people.add(canon, None, alias)


def _family_of(ctx: NameContext, key: str) -> str:
    """The family name a Han name starts with: a compound one ("歐陽") or one character."""
    return key[:2] if key[:2] in ctx.lex.compound_surnames else key[:1]


def _drop_titled_family_names(ctx: NameContext, titles: list[str]) -> None:
    """"王氏" found as a name of its own (no other spelling) is a family name and a title: no person."""
    people = ctx.people
    for key, canon in list(people.keys.items()):
        if key[len(_family_of(ctx, key)):] in titles and not people.canon.get(canon):
            del people.keys[key]
            if not any(c == canon for c in people.keys.values()):
                people.canon.pop(canon, None)


def _people_by_family(ctx: NameContext) -> dict[str, set]:
    """Family name -> the people whose Han name (two to four characters) begins with it."""
    by_family: dict[str, set] = {}
    for key, canon in ctx.people.keys.items():
        if 2 <= len(key) <= 4 and all("\u3400" <= c <= "\u9fff" for c in key):
            by_family.setdefault(_family_of(ctx, key), set()).add(canon)
    return by_family
