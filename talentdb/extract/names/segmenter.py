"""A statistical word segmenter (jieba, its dictionary ships in the package) as one more signal for Chinese names.

Finder: ``segmented_people``: names jieba's part-of-speech tagger marks as a person (``nr``) that the rules left
unfound, kept only when the lexicon's family names, the article's other names and jieba's own dictionary agree.
Refusals for ``han_people``: ``splits_a_segmented_word``: "汪晓申请辞去" is 汪晓 before 申请 (apply), not 汪晓申;
``dictionary_word`` (every Chinese article, the dictionary alone): 管理 is a word, not Mr Guan.
Finder: ``common_word_orgs``: drops an organisation the rules read from a common verb or time word (开始, 至今);
refusal for ``listed_orgs``: ``a_common_word`` (天使 "angel" in a list is no company). Both read only jieba's
dictionary (its word counts and tags), not its tagger. (Its ``nt``/``nz`` tags as a finder of organisations were
measured and left: they tag a place and an organisation word together, "英国公司", as one organisation.)

jieba is imported on first use (reading its dictionary takes about 0.6 s of CPU once per process, building its
cache file the first time on a machine 1-2 s; then a few milliseconds per article). Its tagger runs only on a
Simplified Chinese article (``SCRIPTS``); its dictionary alone (``dictionary_word``) is read for a Traditional one too.
A read command and an English article never import it.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left
from functools import lru_cache

from talentdb.extract.names.chars import _is_han
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.spans import _alias_spans, _Cover

# The scripts it reads. Measured on the real-news held-out set (tests/realnews/heldout) at 2d04813: F1 on
# Simplified articles 0.539 without it, 0.556 with it; on Traditional ones 0.513 without, 0.475 with (jieba's
# dictionary and tags are mainland usage, and Taiwanese and Hong Kong names and words fool it), so it is not run
# there, and those articles do not pay for loading it.
SCRIPTS = ("zh-Hans", None)  # (None: an article whose script the caller did not say)
PERSON_TAGS = ("nr", "nrfg")  # a person's name; (nrfg: one the dictionary also knows as a given name: 王炯)
# Tags of words a name does not stand glued to: nouns, places, organisations (民生银行董秘, 张江高科), measure words.
NOUN_TAG_STARTS = ("n", "q")
# Tags of a one-character word that, right after two characters tagged as a name, shows that the third character
# is not part of it (郭浩任中原银行党委书记: 任 "takes the post"; 洪崎代为: 代为 is two characters anyway).
SPLITTING_TAGS = ("v", "p")
# A word jieba's dictionary counts this often or more is a common word that can also be a name (许可 "permission",
# 黎明 "dawn", 曹操 in 曹操出行): the tagger's nr on it says nothing about this article. Rare names in the
# dictionary (陈陆军) count under it; most names are not in it at all.
COMMON_WORD_COUNT = 10
# A candidate of the rules that is one word counted this often, and not as a name, is that word (高校, 方面).
VERY_COMMON_WORD_COUNT = 1000
# In any script (``dictionary_word``): a word counted this often and tagged as neither a person nor a place (管理
# "management", 文告 "statement" as 管 and 文 with a given name) is that word; a place's tag (欧美, 米兰) may be a
# transliterated person's name, and a rarer word may be a name (高峻 "lofty", counted under a hundred).
COMMON_NON_NAME_COUNT = 100
NAME_OR_PLACE_TAGS = ("nr", "ns")


@lru_cache(maxsize=1)
def _tagger():
    """jieba's part-of-speech tagger and its dictionary's word counts, loaded once per process."""
    import jieba
    import jieba.posseg

    from talentdb.extract.names import viterbi

    jieba.setLogLevel(logging.WARNING)  # (it logs the cache it builds on first use)
    if not _read_jiebas_cache(jieba):
        jieba.initialize()  # (builds the cache file when there is none)
    viterbi.install()  # the same tags, decoded several times faster (names.viterbi)
    return jieba.posseg.dt, jieba.dt.FREQ


def _read_jiebas_cache(jieba) -> bool:
    """What ``jieba.initialize`` does when its cache file of the default dictionary is there, reading the file in
    one piece: jieba's ``marshal.load`` on the open file reads it a few bytes at a time (0.6 s of CPU for its half a
    million words, against 0.25 s for ``marshal.loads`` of the whole file). False when it is not there, or holds
    something else, or the tokenizer is set up otherwise: ``jieba.initialize`` then does it all."""
    import marshal
    import os
    import tempfile

    dt = jieba.dt
    if dt.initialized or dt.dictionary != jieba.DEFAULT_DICT or dt.cache_file or dt.tmp_dir:
        return False
    try:
        with open(os.path.join(tempfile.gettempdir(), "jieba.cache"), "rb") as f:
            freq, total = marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        return False
    if not isinstance(freq, dict) or not isinstance(total, int):
        return False
    dt.FREQ, dt.total, dt.initialized = freq, total, True
    return True


def reads(ctx: NameContext) -> bool:
    """Whether the segmenter reads this article at all (``SCRIPTS``, and Han characters in it)."""
    return ctx.lang in SCRIPTS and ctx.has_han()


def segments(ctx: NameContext) -> list[tuple[int, int, str]]:
    """(start, end, part-of-speech tag) of each word jieba cuts the article's eventful sentences into (those holding
    an event word or a title: ``_eventful_sentences``), computed once per article."""
    got = ctx.segmented
    if got is None:
        tagger, _ = _tagger()
        got = []
        for a, b in _eventful_sentences(ctx):
            i = a
            for pair in tagger.cut(ctx.folded[a:b]):
                j = i + len(pair.word)
                got.append((i, j, pair.flag))
                i = j
        ctx.segmented = got
    return got


def _eventful_sentences(ctx: NameContext) -> list[tuple[int, int]]:
    """The sentences that hold an event word or a title: jieba's tagger costs ~35 ms per 1,000 characters, and a
    name it would find elsewhere takes part in no event (measured: the same events on every article in tests/ and
    tests/realnews/ as when it read the whole text; seed-sized synthetic articles 26 -> 16 ms each)."""
    from talentdb.extract.text import split_sentences

    sentences = ctx.sentences if ctx.sentences is not None else split_sentences(ctx.text)
    marks = sorted(s for s, _ in list(ctx.trigger_spans) + list(ctx.role_spans))
    out, k = [], 0
    for a, b in sentences:
        while k < len(marks) and marks[k] < a:
            k += 1
        if k < len(marks) and marks[k] < b:
            out.append((a, b))
    return out


def _surname_len(ctx: NameContext, word: str) -> int:
    if word[:2] in ctx.lex.compound_surnames:
        return 2
    return 1 if word[:1] in ctx.lex.surnames else 0


# ------------------------------------------------------------------ the finder
def segmented_people(ctx: NameContext) -> None:
    """Each word tagged as a person by jieba that passes every one of ``SEGMENTED_NAME_CHECKS``."""
    if not reads(ctx):
        return
    segs = segments(ctx)
    if not any(tag in PERSON_TAGS for _, _, tag in segs):
        return
    _, counts = _tagger()
    taken = _taken_spans(ctx)
    for k, (a, b, tag) in enumerate(segs):
        if tag not in PERSON_TAGS:
            continue
        word = ctx.folded[a:b]
        if all(check(ctx, segs, k, word, counts, taken) for check in SEGMENTED_NAME_CHECKS):
            ctx.people.add(ctx.text[a:b], None, word)


def _taken_spans(ctx: NameContext):
    """Where the names registered so far (people and organisations) stand in the text."""
    names = list(ctx.people.keys) + list(ctx.orgs.keys)
    return _Cover(len(ctx.folded), [(s, e) for s, e, _ in _alias_spans(ctx.folded, names)])


# Each is (ctx, segments, index, word, dictionary counts, taken cover) -> True when the word may be a name.
def name_shaped(ctx, segs, k, word, counts, taken) -> bool:
    """Two or three Han characters: a family name of the lexicon and a given name of one or two."""
    n = _surname_len(ctx, word)
    return 2 <= len(word) <= 3 and all(_is_han(c) for c in word) and n and len(word) - n in (1, 2)


def not_a_common_word(ctx, segs, k, word, counts, taken) -> bool:
    """Not a word jieba's dictionary counts as common (``COMMON_WORD_COUNT``)."""
    return (counts.get(word) or 0) < COMMON_WORD_COUNT


def nothing_else_there(ctx, segs, k, word, counts, taken) -> bool:
    """Not inside a title, an event word, a name found by shape or the lexicon, or a name registered before (a person
    found by the rules keeps the span; 唐锋 in 上海唐锋能源科技有限公司 is the company's)."""
    a, b, _ = segs[k]
    return not (taken.hit(a, b) or ctx.shape_cover().hit(a, b) or ctx.cover("triggers").hit(a, b) or
                ctx.cover("roles").hit(a, b)) and word not in ctx.not_people() and not _named_thing(word)


def _named_thing(word: str) -> bool:
    """A word the sanity stage knows as a news outlet, a place, a sector or a title (彭博 "Bloomberg" is no Mr Peng)."""
    from talentdb.extract.validate import key, rules

    return key(word) in rules().not_org


def whole_on_the_right(ctx, segs, k, word, counts, taken) -> bool:
    """What follows is not a lone Han character glued to it (戴自|更离职: the tagger cut a three-character name short),
    unless that character is a word that ends names (和, 为, 在) or a verb or preposition of its own (郭浩任…)."""
    if k + 1 >= len(segs):
        return True
    a, b, tag = segs[k + 1]
    return not (b - a == 1 and _is_han(ctx.folded[a]) and not ctx.ender_at(a) and not tag.startswith(SPLITTING_TAGS))


def not_glued_to_a_noun(ctx, segs, k, word, counts, taken) -> bool:
    """No noun, place or organisation written right against it on either side (民生银行董秘, 张江高科, 马中商务理事会,
    盒马奥莱): the word is part of a name of something else. A title, a person noun or a word that ends names
    (副行长洪崎, 庄浩刚同志) is no such noun."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(segs):
            a, b, tag = segs[j]
            if _is_han(ctx.folded[a]) and tag.startswith(NOUN_TAG_STARTS) and not _names_a_person_near(ctx, a, b):
                return False
    return True


def _names_a_person_near(ctx: NameContext, a: int, b: int) -> bool:
    """Whether folded[a:b] is a title, a person noun or a word that ends names."""
    if ctx.cover("roles").hit(a, b) or ctx.ender_at(a):
        return True
    return any(s < b and a < e for s, e in ctx.find(ctx.lex.person_noun_matcher))


def not_a_name_and_particle(ctx, segs, k, word, counts, taken) -> bool:
    """Not three characters whose first two stand more often alone in the article and whose last ends names (汤劲为
    成都航空董事长 next to 汤劲 named four times: 汤劲 and 为)."""
    return not (len(word) == 3 and ctx.ender_at(segs[k][0] + 2) and ctx.count(word[:2]) > ctx.count(word))


def not_before_an_org_word_or_sum(ctx, segs, k, word, counts, taken) -> bool:
    """Not right before an organisation word (高榕创投, 唐锋能源: the name of a company) or a sum (薪酬高达2亿美元: 高达
    "as much as", a word the dictionary also lists as a name)."""
    b = segs[k][1]
    return not (ctx.folded.startswith(ctx.lex.org_han_suffixes, b) or _SUM_AFTER.match(ctx.folded, b))


_SUM_AFTER = re.compile(r"\s*\d[\d.,]*\s*(?:[亿万千百]|%|美元|元)")

SEGMENTED_NAME_CHECKS = (name_shaped, not_a_common_word, nothing_else_there, whole_on_the_right, not_glued_to_a_noun,
                         not_a_name_and_particle, not_before_an_org_word_or_sum)


# ------------------------------------------------------------------ the refusal han_people asks
def splits_a_segmented_word(ctx: NameContext, i: int, end: int) -> bool:
    """"汪晓申请辞去": a three-character candidate whose first two characters jieba tags as a name and whose last one
    starts a word of two or more characters (申请) or is a verb or preposition of its own (郭浩任…党委书记): the name
    is the first two."""
    if end - i != 3 or not reads(ctx) or _surname_len(ctx, ctx.folded[i:end]) != 1:
        return False
    segs = segments(ctx)
    k = _segment_at(segs, i)
    if k is None or segs[k][1] != i + 2 or segs[k][2] not in PERSON_TAGS or k + 1 >= len(segs):
        return False
    a, b, tag = segs[k + 1]
    if b > end and end in ctx.trigger_starts:
        return False  # ("王志強調任總經理": 強調 read across the name's end into an event word that starts there)
    if b > end and not _tagger()[1].get(ctx.folded[a:b]):
        return False  # ("任命林子涵为…": 涵为, no word of jieba's dictionary, is its guess across the name's end)
    return b - a >= 2 or tag.startswith(SPLITTING_TAGS)


def inside_a_segmented_word(ctx: NameContext, i: int, end: int) -> bool:
    """"任职资格", "工程学院", "高校": a candidate jieba reads as no name: the start of a longer word it does not tag
    as a name (任职资 is no Mr Ren), the end of a word, alone or with the start of the next (程学院 in 工程学院), or one word
    its dictionary counts as very common (``VERY_COMMON_WORD_COUNT``: 高校 "university"; not 高峻 "lofty", also a name).
    (A word that starts before the candidate and runs past it says nothing: jieba glues titles to names,
    财务|长柯淑惠.)"""
    if not reads(ctx):
        return False
    segs = segments(ctx)
    k = bisect_left(segs, (i + 1,)) - 1
    if k < 0:
        return False
    a, b, tag = segs[k]
    if tag in PERSON_TAGS:
        return False
    if a < i:
        return b <= end and not ctx.cover("roles").hit(a, b)  # starts inside a word (not a title's: 财务|长顾|大维)
    if b > end:
        return True
    return b == end and (_tagger()[1].get(ctx.folded[a:b]) or 0) >= VERY_COMMON_WORD_COUNT


def dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary knows the Han candidate ``word`` (folded) as a common word that is no name: counted
    ``VERY_COMMON_WORD_COUNT`` times and not tagged a person, or ``COMMON_NON_NAME_COUNT`` times and tagged neither a
    person nor a place. Only the dictionary is read, not the tagger, so it holds for Traditional articles too (their
    folded text is Simplified: 管理 and 程序 are the same words in Hong Kong and Taiwan)."""
    tagger, counts = _tagger()
    n = counts.get(word) or 0
    if n < COMMON_NON_NAME_COUNT:
        return False
    tag = tagger.word_tag_tab.get(word, "")
    return not tag.startswith("nr") and (n >= VERY_COMMON_WORD_COUNT or not tag.startswith(NAME_OR_PLACE_TAGS))


def place_word(word: str) -> bool:
    """Whether jieba's dictionary tags the Han word ``word`` (folded) as a place (ns: 北京, 广东, 武汉): the place a
    registered company name opens with. Only the dictionary is read, so it holds for Traditional articles too."""
    tagger, _ = _tagger()
    return tagger.word_tag_tab.get(word, "") == "ns"


def describing_word(word: str) -> bool:
    """Whether jieba's dictionary tags the Han word ``word`` (folded) as a verb, adjective, adverb or distinguishing
    word (新增 "add", 新兴 "emerging"): what describes or does, not a name's opening."""
    tagger, _ = _tagger()
    return tagger.word_tag_tab.get(word, "")[:1] in ("v", "a", "b", "d")


def _segment_at(segs: list[tuple[int, int, str]], i: int) -> int | None:
    """The index of the segment starting at ``i``, or None."""
    k = bisect_left(segs, (i,))
    return k if k < len(segs) and segs[k][0] == i else None


# ------------------------------------------------------------------ organisations that are common words
# Tags of jieba's dictionary for words that are no name of anything: verbs, adverbs, time words, idioms, set phrases,
# conjunctions, prepositions, pronouns, numerals, place words (方位词), particles (开始 "begin", 至今 "until now",
# 取而代之 "take the place of", 另起炉灶 "start afresh"). A name tags n, nr, ns, nt, nz (or j, an abbreviation).
NOT_NAME_TAGS = ("v", "d", "t", "i", "l", "c", "p", "r", "m", "f", "u", "z")


def common_word_orgs(ctx: NameContext) -> None:
    """Drop a Han organisation a rule registered that is one word of jieba's dictionary, common
    (``COMMON_WORD_COUNT``) and tagged as no kind of name (``NOT_NAME_TAGS``): the rules read a verb or a time word
    where a name goes ("公司开始…" read as a company named 开始). A verb the article writes right before a title or
    a Latin word is a company's name that is also a verb ("转转CEO", "联想MBG"); the lexicon's organisations stay."""
    if not reads(ctx):
        return
    tagger, counts = _tagger()
    tags, lexicon = tagger.word_tag_tab, ctx.lex.org_alias
    for word in [w for w in ctx.orgs.keys if w not in lexicon and all(_is_han(c) for c in w)]:
        tag = tags.get(word, "n")
        if (counts.get(word) or 0) >= COMMON_WORD_COUNT and tag.startswith(NOT_NAME_TAGS) and \
                not (tag.startswith("v") and _before_a_title_or_latin(ctx, word)):
            _drop_org(ctx, word)


def _before_a_title_or_latin(ctx: NameContext, word: str) -> bool:
    """Whether some use of ``word`` stands right before a title or a Latin letter."""
    f, starts = ctx.folded, {a for a, _ in ctx.role_spans}
    i = f.find(word)
    while i >= 0:
        e = i + len(word)
        if e in starts or (e < len(f) and f[e].isascii() and f[e].isalpha()):
            return True
        i = f.find(word, i + 1)
    return False


def _drop_org(ctx: NameContext, word: str) -> None:
    """Forget the organisation key ``word`` (and its canonical name when no other key stands for it)."""
    canon = ctx.orgs.keys.pop(word)
    if canon not in ctx.orgs.keys.values():
        ctx.orgs.canon.pop(canon, None)


def a_common_word(ctx: NameContext, word: str) -> bool:
    """Whether ``word`` is a common word of jieba's dictionary (``COMMON_WORD_COUNT``) that it tags as no name of
    anything (not nr, ns, nt, nz, nrt, nrfg, j): 天使 "angel", 合作伙伴 "partner". False where the segmenter does not
    read the article (``SCRIPTS``)."""
    if not reads(ctx):
        return False
    tagger, counts = _tagger()
    tag = tagger.word_tag_tab.get(word, "")
    return (counts.get(word) or 0) >= COMMON_WORD_COUNT and not tag.startswith(NAME_TAGS)


NAME_TAGS = ("nr", "ns", "nt", "nz", "j")
