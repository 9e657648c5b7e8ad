"""Organisations the lexicon does not know, named in Chinese: found because the article names them more than once,
in its headline, right before a title or an event word, or right after what they are ("人形機器人公司智元星辰").

Finders, in this order: ``han_suffix_orgs``, ``registered_names``, ``head_noun_orgs``, ``headline_short_name``,
``titled_headline_names``. Each judges a name once: what one of them added or refused (``ctx.judged_orgs``) the
later ones leave alone. Whether a name before an organisation word is used as a name is ``REPEAT_EVIDENCE``.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from talentdb.extract.names.chars import CLAUSE_OPENERS, _is_han, _SENTENCE_PUNCT
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.segmenter import describing_word
from talentdb.extract.validate import fix_org

_SUBSIDIARY_TAILS = ("子公司", "附属公司", "分公司")
_REGISTERED_NAME = re.compile(r"([\u4e00-\u9fff]{2,12})[((]([\u4e00-\u9fff]{2,3})[))]"
                              r"(?:[\u4e00-\u9fff]{0,6}?)(?:股份有限公司|有限责任公司|有限責任公司|有限公司)")
_SUBSIDIARY_WORDS = ("子公司", "附属公司", "附屬公司", "公司", "旗下", "其", "成立", "设立", "設立", "宣布")
# "合資企業——南京金陵雙層客車製造有限公司" (the name cut at the dash): a legal form alone is no name
_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任|責任)?公司")


# ------------------------------------------------------------------ a name before an organisation word
def han_suffix_orgs(ctx: NameContext) -> None:
    """"雲帆科技…雲帆科技副總裁": before each organisation word ([shape] han_suffixes), the longest name of two to five
    Han characters with the most uses that ``REPEAT_EVIDENCE`` shows used as a name; not one whose every use is
    followed by what a company is ("服務型機器人新創艾博智動": a descriptor)."""
    if not ctx.has_han():
        return
    f = ctx.folded
    scan = SuffixScan(ctx)
    for i, suf_end in ctx.find(ctx.lex.org_suffix_matcher):
        if i == 0 or not "\u3400" <= f[i - 1] <= "\u9fff" or _event_word_before_a_sum(ctx, i, suf_end):
            continue
        best = _best_name_before_suffix(ctx, i, suf_end, scan)
        if best is None or best[1] in ctx.judged_orgs:
            continue
        s, name = best
        ctx.judged_orgs.add(name)
        if _cut_from_a_longer_name(ctx, s, name) or _LEGAL_FORM.fullmatch(name) or _no_company_name(name):
            continue
        if not (_only_descriptor(ctx, name) or _only_descriptor(ctx, name, ctx.lex.org_unit_words, 0.5)):
            ctx.orgs.add(ctx.text[s:s + len(name)], None, name)


def _no_company_name(name: str) -> bool:
    """"近日收到公司董事長…的辭職報告" (a filing: received, the company's own 公司), "成立合資公司": a run before 公司
    that the final check refuses names no company; left unregistered, the company of the post is found as if it
    were not there."""
    return name.endswith("公司") and fix_org(name) is None


# a sum right after: "3亿元", "30 亿美元", "15%"
_SUM_AFTER = re.compile(r"\s*\d[\d.,]*\s*(?:[亿万千百]|%|美元|元)")


def _event_word_before_a_sum(ctx: NameContext, i: int, e: int) -> bool:
    """"杭州市政府投資30億元參與": an organisation word that is also an event word (投資 "invests"), a sum right after
    it: the verb, its subject before it; no company named …投資 there."""
    return (i, e) in ctx.trigger_spans and bool(_SUM_AFTER.match(ctx.folded, e))


def _cut_from_a_longer_name(ctx: NameContext, s: int, name: str) -> bool:
    """"五洲傳播出版社" read as 洲傳播出版社, "北京市文化投資發展集團" as 化投資發展集團: every use of the name has the
    same character before it, one a name may hold (no function word, no former mark, no word's end, not 現任); so it is a
    piece of a longer name, and no name is better than the piece."""
    f = ctx.folded
    return s > 0 and _is_han(f[s - 1]) and f[s - 1] not in ctx.not_in_org and \
        ctx.count(f[s - 1] + name) == ctx.count(name) and not any(f.endswith(fm, 0, s) for fm in ctx.han_former_marks) \
        and not any(b == s for _, b in ctx.trigger_spans) and s not in ctx.role_ends() and \
        not ctx.lex.rx(r"(?:<<role_intro>>|<<came_from_just_before>>|<<came_from_role>>|<<current_post_marks>>)$").search(
            f[max(0, s - 5):s]) and not giver_after_received(ctx, s, s + len(name), 1)


class SuffixScan:
    """What ``han_suffix_orgs`` reads at every organisation word, taken once per article."""

    def __init__(self, ctx: NameContext):
        self.known = ctx.shape_cover()
        self.bad_prefix: dict[str, bool] = {}  # prefix -> whether a generic word begins or ends it


def _best_name_before_suffix(ctx: NameContext, i: int, suf_end: int, scan: SuffixScan) -> tuple[int, str] | None:
    """(start, name) of the best name ending in the organisation word folded[i:suf_end]: two to five characters
    before it, no function word among them, the most used; a fragment of a generic word ("工智慧公司") resets it and a
    former mark ("委任前港富銀行") ends the search."""
    f, generic = ctx.folded, ctx.lex.org_generic_set
    lo = i
    while lo > 0 and i - lo < 5 and "\u3400" <= f[lo - 1] <= "\u9fff" and f[lo - 1] not in ctx.not_in_org:
        lo -= 1
    best, best_count = None, 0
    for k in range(2, 6):
        s = i - k
        if s < lo:
            break
        cand, prefix = f[s:suf_end], f[s:i]
        if prefix in generic or cand in generic:
            best, best_count = None, 0
            continue
        if k > 2 and any(prefix.startswith(fm) for fm in ctx.han_former_marks):
            break
        if _not_a_name_before_suffix(ctx, s, suf_end, prefix, scan):
            continue
        n = ctx.count(cand)
        if n >= best_count and _used_as_a_name(ctx, s, suf_end, n):
            best, best_count = (s, cand), n
    return best


def _verb_before_org_word(ctx: NameContext, s: int, i: int) -> bool:
    """Whether an event word or a word that takes a title (grammar.toml role_intro) ends right at ``i`` (辭去公司), or
    a word that takes a title opens the name at ``s`` (擔任東岳出版社) or ends in its first character (任東岳出版社)."""
    return any(b == i for _, b in ctx.trigger_spans) or \
        bool(ctx.lex.rx(r"(?:<<role_intro>>)$").search(ctx.folded[max(0, i - 4):i])) or \
        bool(ctx.lex.rx(r"(?:<<role_intro>>)").match(ctx.folded, s)) or \
        bool(ctx.lex.rx(r"(?:<<role_intro>>)$").search(ctx.folded[max(0, s - 3):s + 1]))  # (擔|任東岳: its end)


def _not_a_name_before_suffix(ctx: NameContext, s: int, e: int, prefix: str, scan: SuffixScan) -> bool:
    """"電池子公司": a subsidiary word, a generic word inside the prefix, a character no name starts with, a person's
    name or a span already found; "辭去公司董事長", "擔任公司董事": an event word or a word that takes a title right
    before the organisation word (the company is the one the story is about, not one named 辭去公司)."""
    bad = scan.bad_prefix.get(prefix)
    if bad is None:
        generic = ctx.lex.org_generic_set
        bad = scan.bad_prefix[prefix] = any(prefix[-n:] in generic or prefix[:n] in generic
                                            for n in range(2, len(prefix) + 1))
    cand = ctx.folded[s:e]
    if ctx.lex.rx(r"<<received_marks>>").search(prefix, 2):
        return True  # "瀾汐獲北辰資本…投資": a name, what it received, then who gave: the name is 北辰資本
    if s > 0 and ctx.folded[s - 1].isdigit():
        return True  # "加碼15億元投資": what follows a number is its unit, a sum, not a name
    return (cand[0] in ctx.not_first_in_org and not _opens_with_place(ctx, cand) and not _new_opening_a_name(ctx, s, cand)) \
        or bad or \
        cand.endswith(_SUBSIDIARY_TAILS) or cand in ctx.people.keys or scan.known.hit(s, e) or \
        _verb_before_org_word(ctx, s, s + len(prefix)) or _career_mark_opens(ctx, s)


def _career_mark_opens(ctx: NameContext, s: int) -> bool:
    """"曾任星河科技副總裁的林佳慧" / "現任月光電子董事": a mark of a post held before or now (曾任, 此前擔任, 原任, 現任)
    opens the span: the name starts after it."""
    return bool(ctx.lex.rx(r"(?:<<came_from_role>>|<<came_from_just_before>>|<<current_post_marks>>)").match(
        ctx.folded, s))


def _opens_with_place(ctx: NameContext, name: str) -> bool:
    """"上海商業銀行", "新竹物流": a place name opens it ([place_openers]), so its first character (上, 新) is no
    function word here."""
    return any(name.startswith(p) and len(p) < len(name) for p in ctx.lex.grammar.get("place_openers", ()))


def _new_opening_a_name(ctx: NameContext, s: int, cand: str) -> bool:
    """"新城證券昨日宣布" / "由新華保險領投": 新 opens the name, not "new" before one, where it opens a clause (or
    follows a word that stands before a name, [chars] before_name) and the article never writes the rest without it
    (加盟新公司, 成立新能源公司 are left: a verb before, a generic word inside)."""
    f = ctx.folded
    if cand[0] != "新" or len(cand) < 4 or describing_word(cand[:2]) or any(a == s for a, _ in ctx.trigger_spans):
        return False  # (新增資本, 新興科技公司: a word that describes; 新任星河科技總經理: an event word)
    return ctx.count(cand[1:]) == ctx.count(cand) and \
        (s == 0 or not _is_han(f[s - 1]) or f[s - 1] in ctx.lex.chars.get("before_name", frozenset()))


def _used_as_a_name(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """Whether any of ``REPEAT_EVIDENCE`` shows folded[s:e] (named ``n`` times) used as a name."""
    for evidence in REPEAT_EVIDENCE:
        if evidence(ctx, s, e, n):
            return True
    return False


def named_twice(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"雲帆科技…雲帆科技": named more than once."""
    return n >= 2


def in_headline(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """Named in the headline (a first line shorter than 80 characters), where a name opens (not "分析指公司減債…":
    a word cut in two, 析指公司)."""
    f = ctx.folded
    return s < ctx.headline_end() and (s == 0 or not _is_han(f[s - 1]) or f[s - 1] in ctx.not_in_org or
                                       s in ctx.role_ends() or s in {b for _, b in ctx.trigger_spans})


def opening_before_title(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"雲帆科技副總裁王立": right before a title, at the start of a Han run (not inside a list), after a former
    mark, after a word of holding a post ("此前任銀河科技副總裁", "現任銀河科技副總裁") or of giving one up
    ("王立辭去雲帆科技總經理職務", "卸任雲帆科技董事長"): the title's employer."""
    f = ctx.folded
    if e not in ctx.role_starts():
        return False
    return (s == 0 or (not _is_han(f[s - 1]) and f[s - 1] not in ctx.lex.chars.get("list_marks", frozenset()))) or \
        bool(ctx.lex.rx(r"<<role_leave_intro>>$").search(f[max(0, s - 5):s])) or \
        bool(ctx.lex.rx(r"<<former_marks>>$").search(f[max(0, s - 3):s])) or _opens_a_listed_item(ctx, s) or \
        bool(ctx.lex.rx(r"(?:<<came_from_just_before>>|<<came_from_role>>|<<role_intro>>|<<current_post_marks>>)$").search(
            f[max(0, s - 5):s]))


def _opens_a_listed_item(ctx: NameContext, s: int) -> bool:
    """"選出三名副會長,依序是星河科技副總裁林佳慧、月光銀行總裁王志強,以及…": right after a word that opens a list of
    people ([grammar] list_openers), or after the 、 or the comma and 以及 that bring in its next item (the opener
    earlier in the sentence)."""
    f = ctx.folded
    if ctx.lex.rx(r"<<list_openers>>$").search(f[max(0, s - 6):s]):
        return True
    if not ctx.lex.rx(r"(?:、|[,;]\s*(?:以及|及))$").search(f[max(0, s - 4):s]):
        return False
    lo = max(0, s - 120)
    stop = max(f.rfind(c, lo, s) for c in "。!?\n")
    return bool(ctx.lex.rx(r"<<list_openers>>").search(f, max(lo, stop + 1), s))


def after_new_holder_mark(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"拍板由銀河光電董事長王立出任…": after a new holder's mark (由), right before a title, and the holder's name and
    an event word follow within a few characters: the employer of a post held elsewhere when named (not "由銀河大學
    教授王立與…共同創立": no event word right after the name); a former mark may stand before the title (由銀河光電前
    總經理王立出任: a post held there before)."""
    f = ctx.folded
    t = e + _former_mark_len(ctx, e)
    if t not in ctx.role_starts() or not ctx.lex.rx(r"<<new_holder_marks>>$").search(f[max(0, s - 3):s]):
        return False
    title_end = max(b for a, b in ctx.role_spans if a == t)
    starts = ctx.trigger_start_list()
    j = bisect_left(starts, title_end + 2)
    return j < len(starts) and starts[j] - title_end <= 5 and not _SENTENCE_PUNCT.search(f[title_end:starts[j]])


def _former_mark_len(ctx: NameContext, e: int) -> int:
    """The length of a former mark right at ``e`` ([former_marks_after_org]: 銀河光電前總經理), 0 if none."""
    m = ctx.lex.rx(r"<<former_marks_after_org>>").match(ctx.folded, e)
    return m.end() - e if m else 0


def moved_from(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"由銀河科技調任的林佳慧" / "從銀河科技轉任": after 從/自/由 and before a word of moving from it."""
    f = ctx.folded
    return bool(ctx.lex.rx(r"(?:<<from_marks>>|由)$").search(f[max(0, s - 1):s])) and \
        bool(ctx.lex.rx(r"<<moved_from_after>>").match(f, e))


def where_someone_worked(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"原本在月光金控擔任副總的林佳慧" / "曾在星河科技任職" / "出身於月光電子的林佳慧" / "月光電子出身的林佳慧": between a
    mark of where someone was and a word of working there, after a mark of where they came up, or before one: the
    place someone worked."""
    f, rx = ctx.folded, ctx.lex.rx
    if rx(r"<<worked_at_before>>$").search(f[max(0, s - 5):s]) and rx(r"<<worked_at_after>>").match(f, e):
        return True
    return bool(rx(r"<<former_marks>>$").search(f[max(0, s - 3):s]) and f.startswith("的", e)) or \
        bool(rx(r"<<former_marks_after_org_name>>的").match(f, e))


def opening_an_event_clause(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"星圖智能完成5億元B輪融資": opening a clause that goes on to an event word (its subject), not inside a title."""
    return _opens_event_clause(ctx, s, e) and not ctx.cover("roles").hit(s, e)


def giver_after_received(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"星河微電子獲北辰資本注資1億元": right after a "received" mark and right before a word told of the investor
    (注資, 領投, 投資): who gave the money the subject received."""
    f = ctx.folded
    if not ctx.lex.rx(r"<<received_marks>>$").search(f[max(0, s - 3):s]):
        return False
    return any(r.type == "funding" and r.direction == "investor"
               for a, b in ctx.trigger_spans if a == e for r in ctx.lex.triggers.get(ctx.lowered[a:b], []))


def opening_an_announcement(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"恆星銀行宣布,財務長王立晉升為營運長" / "星河物流今日公告,聘任…": opening a clause with an announcement word
    (grammar announce_verbs) right after it (a few characters of time between at most) and an event word later in
    the sentence: the company announcing its appointments, though a comma cuts the clause (a word of people's moves
    only: "北辰資本宣布,完成對澜汐的投資" names an investor, not the one funded)."""
    f = ctx.folded
    if s > 0 and f[s - 1] not in ",;:。!?\n」”":
        return False
    m = ctx.lex.rx(r"[^,;:。!?\n]{0,4}?(?:<<announce_verbs>>|<<filing_verbs>>)").match(f, e)
    if m is None:
        return False
    for a, b in ctx.trigger_spans:
        if a >= m.end() and a - m.end() <= 30 and not _SENTENCE_END.search(f, m.end(), a):
            return any(r.type in _PEOPLE_MOVES for r in ctx.lex.triggers.get(ctx.lowered[a:b], []))
    return False


_PEOPLE_MOVES = ("promotion", "hire", "departure")


_SENTENCE_END = re.compile(r"[。!?\n]")


# Any one of these shows a name before an organisation word used as a name.
def object_of_a_funding_word(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"星河電子以3億元轉增資月嶺置業公司" / "向月岭科技注资1亿元" is not this one: right after a word that funds
    (增資, 注资, 投資), the name ending in an organisation word up to the clause's end is the company funded."""
    f = ctx.folded
    if e < len(f) and (_is_han(f[e]) or f[e].isalnum()):
        return False  # (the name must end its clause: "投資月嶺置業公司股權" names a stake, "入股數據公司Orbis" a kind)
    return any(b == s and any(r.type == "funding" for r in ctx.lex.triggers.get(ctx.lowered[a:b], []))
               for a, b in ctx.trigger_spans)


def after_an_investor_label(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"…完成天使輪融資,投資方為星辰資本": right after a label that the investors' names follow ([grammar]
    investor_labels): an investor named."""
    return bool(ctx.lex.rx(r"(?:<<investor_labels>>)\s*$").search(ctx.folded[max(0, s - 8):s]))


def left_or_joined(ctx: NameContext, s: int, e: int, n: int) -> bool:
    """"宋嘉怡離開雲帆資本,加入星火基金擔任合夥人": right after a word of leaving or joining ([grammar]
    move_org_words), the clause ending after the name or a word that takes a title following it (role_intro): the
    organisation left or joined."""
    f, rx = ctx.folded, ctx.lex.rx
    return bool(rx(r"(?:<<move_org_words>>)了?$").search(f[max(0, s - 4):s])) and \
        (e == len(f) or f[e] in ",，。;；、\n" or bool(rx(r"(?:<<role_intro>>)").match(f, e)))


REPEAT_EVIDENCE = (named_twice, in_headline, opening_before_title, opening_an_event_clause, moved_from,
                   where_someone_worked, after_new_holder_mark, giver_after_received, opening_an_announcement,
                   object_of_a_funding_word, after_an_investor_label, left_or_joined)


def _opens_event_clause(ctx: NameContext, s: int, e: int) -> bool:
    """Whether folded[s:e] opens a clause that goes on, within 16 characters and no punctuation, to an event word."""
    f = ctx.folded
    if s > 0 and f[s - 1] not in ",;:。!?\n」”":
        return False
    starts = ctx.trigger_start_list()
    j = bisect_left(starts, e)
    return j < len(starts) and starts[j] - e <= 16 and not _SENTENCE_PUNCT.search(f[e:starts[j]])


def _only_descriptor(ctx: NameContext, cand: str, heads=None, share: float = 1.0) -> bool:
    """Each time (or ``share`` of the times) ``cand`` is named, one of ``heads`` follows: what a company is (新創),
    or a unit of one (事業群)."""
    heads = ctx.lex.org_descriptor_heads if heads is None else heads
    if not heads:
        return False
    f = ctx.folded
    n = hit = 0
    i = f.find(cand)
    while i >= 0:
        j = i + len(cand)
        while j < len(f) and f[j] == " ":
            j += 1
        n += 1
        hit += ctx.lowered.startswith(heads, j)
        i = f.find(cand, i + 1)
    return n > 0 and hit >= 1 and hit >= share * n


# ------------------------------------------------------------------ registered names
def _may_hold_registered_name(f: str) -> bool:
    """Whether ``f`` has the bracket and the company form that ``_REGISTERED_NAME`` needs (a cheap test that spares
    the regex's backtracking over every Han run)."""
    return "(" in f and ("有限公司" in f or "有限责任公司" in f or "有限責任公司" in f)


def registered_names(ctx: NameContext) -> None:
    """"全資子公司恒岳智藥(上海)有限公司": a registered name with its place in brackets (not its short name: often the
    parent's too)."""
    f = ctx.folded
    if not ctx.has_han() or not _may_hold_registered_name(f):
        return
    for m in _REGISTERED_NAME.finditer(f):
        s0, e0 = m.start(1), m.end()
        pre = f[s0:m.start(2) - 1]
        for w in _SUBSIDIARY_WORDS:
            i = pre.rfind(w)
            if i >= 0:
                s0 = max(s0, m.start(1) + i + len(w))
        if m.start(2) - 1 - s0 < 2:
            continue
        full = f[s0:e0]
        if full in ctx.judged_orgs or f[s0:m.start(2) - 1] in ctx.lex.org_generic_set:
            continue
        ctx.judged_orgs.add(full)
        ctx.orgs.add(ctx.text[s0:e0], None, full)


# "近日,上海循曜生物科技有限公司宣布…" / "他創辦的上海沈德無創時代醫療科技有限公司(下稱「沈德無創時代」)": a company's
# registered name opening a clause (or after 的, 、, a dateline's 】), and the short name it is given in brackets
_LEGAL_NAME = re.compile(r"(?:^|(?<=[,.;:!?。,;:!?\n「“ 的、】]))((?:(?!的)[\u4e00-\u9fff]){2,20}?"
                         r"(?:股份有限公司|有限责任公司|有限責任公司|有限公司))")
_SHORT_NAME = re.compile(r"\s*[((]\s*(?:以下|下)?(?:简称|簡稱|称|稱)?\s*[“「\"]([^”」\"]{2,12})[”」\"]\s*[))]")


def legal_names(ctx: NameContext) -> None:
    """A registered company name (…有限公司) that opens a clause, and the short name it is given right after
    ("(下稱「沈德無創時代」)"): the short name stands for it. (A name an earlier finder read, as a filing's
    "(以下简称“公司”)", is left to it: that short name is only a word for the company.)"""
    f = ctx.folded
    if not ctx.has_han() or "有限" not in f:
        return
    for m in _LEGAL_NAME.finditer(f):
        s, e = m.start(1), m.end(1)
        # (a clause that opens with who acts: "王立辭去雲帆科技股份有限公司總經理職務" names the company after the word)
        # (nor one that opens with who founds it: "星嵐電子週一成立星橋動力股份有限公司" names the company founded;
        # nor one that opens with the event word itself, its subject said before: "…獲准以3億元，認購星橋動力股份有限公司")
        s = max([b for a, b in ctx.trigger_spans if s < b < e - 4 and (_after_a_person(ctx, a) or a == s or
                                                                       _a_founding_word(ctx, a, b))] + [s])
        s += 1 if s > m.start(1) and f[s] == "了" else 0  # ("成立了星橋動力有限公司": the particle after the word)
        s = _after_a_filing_opener(ctx, s, e)
        full = f[s:e]
        head = full[:full.find("有限")].removesuffix("股份")
        if full in ctx.judged_orgs or full in ctx.orgs.keys or \
                (full[0] in ctx.not_first_in_org and not _opens_with_place(ctx, full) and
                 not _new_opening_a_name(ctx, s, full)) or \
                any(c in ctx.not_in_org for c in head) \
                or len(head) < 2:
            continue
        ctx.judged_orgs.add(full)
        short = _SHORT_NAME.match(f, e)
        if _short_name_known(ctx, full) or (not short and _named_another_way(f, full, head)):
            continue  # (named another way too, by a short name: the finders of those read it)
        if short:
            name = ctx.text[short.start(1):short.end(1)]
            ctx.orgs.add(name, ctx.text[s:e], short.group(1))
            ctx.orgs.add(name, None, full)
        else:
            ctx.orgs.add(ctx.text[s:e], None, full)


def _after_a_filing_opener(ctx: NameContext, s: int, e: int) -> int:
    """Where a legal name starts after a regulator's line opening it: "第五案通過" ([grammar] filing_openers, an
    ordinal case before) and "英屬維京群島商" (a registry place and 商: [grammar] foreign_company_places)."""
    m = ctx.lex.rx(r"(?:第[\d一二三四五六七八九十]{1,3}[案件项])?(?:<<filing_openers>>)").match(ctx.folded, s, e)
    s = m.end() if m else s
    m = ctx.lex.rx(r"(?:<<foreign_company_places>>)商").match(ctx.folded, s, e)
    return m.end() if m and e - m.end() >= 6 else s


def _named_another_way(f: str, full: str, head: str) -> bool:
    """Whether the article names the company by its head's first characters other than in ``full`` and than in the
    head with a plain "公司" ("星橋動力經典公司" for 星橋動力經典股份有限公司: the same name, its legal form shortened)."""
    return f.count(head[:4]) > f.count(full) + f.count(head + "公司")


def _a_founding_word(ctx: NameContext, a: int, b: int) -> bool:
    """Whether the event word at folded[a:b] founds (成立, 組建, 設立): no registered name holds one."""
    return any(r.type == "founding" for r in ctx.lex.triggers.get(ctx.lowered[a:b], ()))


def _after_a_person(ctx: NameContext, a: int) -> bool:
    """Whether a person's name ends right before ``a`` (or one character before: 王立已辭去)."""
    f = ctx.folded
    return any(f.endswith(k, 0, a) or f.endswith(k, 0, a - 1) for k in ctx.people.keys)


def _short_name_known(ctx: NameContext, full: str) -> bool:
    """Whether the article gives ``full`` a short name somewhere ("恆岳生物醫藥股份有限公司(以下簡稱「恆岳生物」)")
    that an earlier finder has registered."""
    f, i = ctx.folded, ctx.folded.find(full)
    while i >= 0:
        short = _SHORT_NAME.match(f, i + len(full))
        if short and short.group(1) in ctx.orgs.keys:
            return True
        i = f.find(full, i + 1)
    return False


# ------------------------------------------------------------------ a name after what it is
def head_noun_orgs(ctx: NameContext) -> None:
    """"人形機器人公司智元星辰" / "新創耀光": after what a company is, the longest name the article uses again to open a
    clause; "具身智能公司遠航智造…遠航表示": with the full name that ends in an organisation word, the short one is its
    alias."""
    if not ctx.has_han():
        return
    f, n_f = ctx.folded, len(ctx.folded)
    opens: dict[str, bool] = {}
    covers = (ctx.shape_cover(), ctx.cover("roles"), ctx.cover("triggers"))
    for _, i in ctx.find(ctx.lex.head_noun_matcher):
        while i < n_f and f[i].isspace():
            i += 1
        best = _longest_reused_after(ctx, i, opens, covers)
        if not best or best in ctx.judged_orgs or best[0] in ctx.not_first_in_org:
            continue
        ctx.judged_orgs.add(best)
        full = _full_name_after(ctx, i, best)
        if full:
            canon = ctx.text[i:i + len(full)]
            ctx.orgs.add(canon, None, full)
            ctx.orgs.add(canon, ctx.text[i:i + len(best)], best)
        else:
            ctx.orgs.add(ctx.text[i:i + len(best)], None, best)


def _longest_reused_after(ctx: NameContext, i: int, opens: dict, covers) -> str | None:
    """The longest name of two to six Han characters at ``i`` that is named twice and opens a clause somewhere,
    stopping at a function word, a word that ends names, or a generic word, title, event word or name already
    found (``covers``: of the names found by shape, the titles, the event words)."""
    f, n_f, not_in_org = ctx.folded, len(ctx.folded), ctx.not_in_org
    # (a name of at least two characters ends in a Han character that is no function word: tested first, it is
    # cheaper than looking for a word that ends names right here, after which no name starts either)
    if i + 2 > n_f or not "\u3400" <= f[i + 1] <= "\u9fff" or f[i + 1] in not_in_org or ctx.ender_at(i):
        return None
    if not "\u3400" <= f[i] <= "\u9fff":
        return None  # (an opening quote mark: "新創「星樞」" is the quoted-name finder's, and no name opens with one)
    known, role_cov, trigger_cov = covers
    generic = ctx.lex.org_generic_set
    best = None
    for k in range(2, 7):
        cand = f[i:i + k]
        if len(cand) < k or not _is_han(cand[-1]) or cand[-1] in not_in_org or ctx.ender_at(i + k - 1):
            break
        if cand in generic or known.hit(i, i + k) or role_cov.hit(i, i + k) or trigger_cov.hit(i, i + k) or \
                cand in ctx.people.keys:
            break
        used = opens.get(cand)
        if used is None:
            used = opens[cand] = _opens_a_clause(f, cand)
        if (used and ctx.count(cand) >= 2) or (k >= 3 and _founded_or_funded_right_after(ctx, i + k, cand)):
            best = cand
    return best


# between a name and the word that founds or funds it: "則於二○一七年", "于2019年", "已" (a time said before the verb)
_BEFORE_ITS_VERB = re.compile(r"(?:则|也|亦|已|均|皆)?(?:于|在)?[0-9〇○零一二三四五六七八九十年月日底初中 ]{0,12}")
_ACTS_ON_A_COMPANY = ("founding", "funding")


def _founded_or_funded_right_after(ctx: NameContext, e: int, cand: str) -> bool:
    """"自動駕駛公司星瀾智行則於二○一八年成立": a name used once after what a company is, when the word that founds or
    funds it follows (a time between them at most; not a word told of the investor, 注資); not a common word of jieba's dictionary (正式成立), nor a clause
    holding a function word or a person's name ("該公司由林大明有份創立")."""
    from talentdb.extract.names.segmenter import dictionary_word

    if any(c in ctx.not_in_org for c in cand) or any(k in cand for k in ctx.people.keys) or \
            any(cand[:j].endswith(ctx.lex.org_han_suffixes) for j in range(2, len(cand))):
        return False  # (nor one read on past its organisation word: "投資機構星暉資本合共注資")
    m = _BEFORE_ITS_VERB.match(ctx.folded, e)
    at = m.end() if m else e
    return any(a == at and any(r.type in _ACTS_ON_A_COMPANY and r.direction != "investor"
                               for r in ctx.lex.triggers.get(ctx.lowered[a:b], ()))
               for a, b in ctx.trigger_spans) and not dictionary_word(cand)


def _opens_a_clause(f: str, cand: str) -> bool:
    """Whether ``cand`` opens the text, a sentence or a clause somewhere (spaces before it aside)."""
    i = f.find(cand)
    while i >= 0:
        j = i
        while j > 0 and f[j - 1] == " ":
            j -= 1
        if j == 0 or f[j - 1] in CLAUSE_OPENERS:
            return True
        i = f.find(cand, i + 1)
    return False


def _full_name_after(ctx: NameContext, i: int, best: str) -> str | None:
    """The longest name of at most eight Han characters at ``i``, longer than ``best``, ending in an organisation
    word, with no function word and no title or event word in it."""
    f = ctx.folded
    role_cov, trigger_cov = ctx.cover("roles"), ctx.cover("triggers")
    for k in range(min(8, len(f) - i), len(best), -1):
        cand = f[i:i + k]
        if all(_is_han(c) and c not in ctx.not_in_org for c in cand) and cand.endswith(ctx.lex.org_han_suffixes) and \
                not (role_cov.hit(i, i + k) or trigger_cov.hit(i, i + k)):
            return cand
    return None


# ------------------------------------------------------------------ names the headline uses
def headline_short_name(ctx: NameContext) -> None:
    """"晶泰高層異動…\\n晶泰昨(16)日公告…": the short name (four, three or two Han characters) that opens the
    headline and opens a sentence or clause of the story; not a three-character one that starts with a surname."""
    f = ctx.folded
    nl = ctx.headline_end()
    if not ctx.has_han() or not nl or not _is_han(f[0]) or ctx.shape_cover().hit(0, 2) or ctx.ender_len(0) >= 2:
        return  # ("當場請辭…", "今日…": a headline opening with a word that ends names opens with no name)
    for k in (4, 3, 2):
        cand = f[:k]
        if _takes_a_post_right_after(ctx, k):
            return  # ("費南多任星河電視主席": the headline opens with the name of a post's holder)
        if _not_a_headline_name(ctx, cand) or (k == 3 and cand[0] in ctx.lex.surnames) or \
                any(t[0] < k for t in ctx.trigger_spans) or ctx.shape_cover().hit(0, k) or _cuts_a_title(ctx, k):
            continue
        if _opens_a_story_clause(f, cand, nl):
            ctx.judged_orgs.add(cand)
            ctx.orgs.add(ctx.text[:k], None, cand)
            return


def _cuts_a_title(ctx: NameContext, k: int) -> bool:
    """"星澄會董事長懸缺…" / "月嵐總經理請辭…": a title starts inside the first ``k`` characters and runs on past them,
    so a name cut there ends in part of the title ("星澄會董"); the name, if any, ends before the title."""
    return any(0 < a < k < b for a, b in ctx.role_spans)  # (not a title read with its holder: "星河副總裁")


def _takes_a_post_right_after(ctx: NameContext, k: int) -> bool:
    """"費南多任星河電視主席": right after the name, a word by which a person takes or gives up a post (a promotion
    word that needs a title, or [grammar] leave_words): the name is its holder's, no company's."""
    for a, b in ctx.trigger_spans:
        if a == k:
            word = ctx.lowered[a:b]
            return word in ctx.lex.grammar.get("leave_words", ()) or any(
                r.type == "promotion" and r.needs_role and r.direction == "subject" for r in ctx.lex.triggers.get(word, []))
    return False


def _not_a_headline_name(ctx: NameContext, cand: str) -> bool:
    """Not Han, a function word in it, a character no name starts with, a generic word, a person's name or a name
    already judged."""
    return not all(_is_han(c) and c not in ctx.not_in_org for c in cand) or cand[0] in ctx.not_first_in_org or \
        cand in ctx.lex.org_generic_set or cand in ctx.people.keys or cand in ctx.judged_orgs


def _opens_a_story_clause(f: str, cand: str, nl: int) -> bool:
    """Whether ``cand`` opens a sentence or clause after the headline (which ends at ``nl``)."""
    i = f.find(cand, nl)
    while i >= 0:
        j = i
        while j > 0 and f[j - 1] == " ":
            j -= 1
        if f[j - 1] in CLAUSE_OPENERS:
            return True
        i = f.find(cand, i + 1)
    return False


def titled_headline_names(ctx: NameContext) -> None:
    """"宏瀚財務長陳立群…宏瀚昨日公告": a short name opening a clause right before a title, in the headline and used
    again, is an organisation even without an organisation word (the longest of four, three or two characters that
    could be one decides, named again or not)."""
    f = ctx.folded
    nl = ctx.headline_end()
    if not ctx.has_han() or not nl:
        return
    title = f[:nl]
    list_marks = ctx.lex.chars.get("list_marks", ())
    for rs, _ in ctx.role_spans:
        for k in (4, 3, 2):
            s = rs - k
            if s < 0 or (s > 0 and (_is_han(f[s - 1]) or f[s - 1] in list_marks)):
                continue
            if s > 0 and f[s - 1].isascii() and f[s - 1].isalnum():
                continue  # "前Gentoris腫瘤研發副總裁": the field of a title at the Latin name before it
            cand = f[s:rs]
            if cand not in title or _not_a_titled_name(ctx, cand, s, rs):
                continue
            if ctx.count(cand) >= 2:
                ctx.judged_orgs.add(cand)
                ctx.orgs.add(ctx.text[s:rs], None, cand)
            break


def _not_a_titled_name(ctx: NameContext, cand: str, s: int, rs: int) -> bool:
    """Not Han, a function word, a generic word, a span already found, a person's name or a name already judged,
    a word that ends names; "錢峰升任CTO": an event word before the title; "王建國首席…": a surname and one or two
    characters, which could be a person."""
    return not all(_is_han(c) for c in cand) or any(c in ctx.not_in_org for c in cand) or \
        cand[0] in ctx.not_first_in_org or cand in ctx.lex.org_generic_set or ctx.shape_cover().hit(s, rs) or \
        cand in ctx.people.keys or cand in ctx.judged_orgs or ctx.ender_at(s) or \
        any(a < rs and s < b for a, b in ctx.trigger_spans) or (cand[:1] in ctx.lex.surnames and len(cand) <= 3)


# ------------------------------------------------------------------ a name between an event word and a title
def names_between_word_and_title(ctx: NameContext) -> None:
    """"馬紹祥辭任新世界發展行政總裁…新世界發展今日停牌": the words between an event word and the title it gives or
    takes name the title's organisation, even with no organisation word (and a first character such as 新 that
    seldom opens one), when the article uses them again on their own, not before a title."""
    if not ctx.has_han():
        return
    f = ctx.folded
    role_starts = sorted(a for a, _ in ctx.role_spans)
    for _, te in ctx.trigger_spans:
        k = bisect_left(role_starts, te + 2)
        if k >= len(role_starts) or role_starts[k] - te > 6:
            continue
        rs = role_starts[k]
        cand = f[te:rs]
        if cand in ctx.judged_orgs or not _bare_name(ctx, cand, te, rs):
            continue
        ctx.judged_orgs.add(cand)
        ctx.orgs.add(ctx.text[te:rs], None, cand)


def _bare_name(ctx: NameContext, cand: str, s: int, e: int) -> bool:
    """Three or more Han characters with no function word; not a generic word, a word that may stand before a title
    (共同, 代理), a unit of a company (到家事業群), a person, a word that ends names, an event word or a span already
    found; and used again somewhere not right before a title (else it is part of the title: 資深副總)."""
    lex = ctx.lex
    if len(cand) < 3 or not all(_is_han(c) and c not in ctx.not_in_org for c in cand) or \
            cand in lex.org_generic_set or cand.startswith(tuple(lex.grammar.get("role_modifiers", ()))) or \
            cand.endswith(lex.org_unit_words + _SUBSIDIARY_TAILS) or cand in ctx.people.keys or ctx.ender_at(s) or \
            ctx.shape_cover().hit(s, e) or ctx.cover("roles").hit(s, e) or ctx.cover("triggers").hit(s, e):
        return False
    starts = ctx.role_starts()
    i, alone = ctx.folded.find(cand), 0
    while i >= 0:
        if i != s and i + len(cand) not in starts:
            alone += 1
        i = ctx.folded.find(cand, i + 1)
    return alone >= 1
