"""Names that their context marks as an organisation's: right after what a company is ("chip startup Tessera
Compute", "新加坡投資機構星暉資本"), before an appositive that says so ("Ledgerleaf, a carbon-accounting startup"), or
quoted after a founding word ("聯合創辦AI社交應用「微光」(Lumo)"), before a stock code ("聯電（2303）", "(600056.SH)"), before
the note that gives its short name ("…股份有限公司(以下简称“公司”)") or after a filing's stock-name label ("证券简称:…").

Finder: ``marked_orgs``, which runs ``MARKS`` in order.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from talentdb.extract.names.chars import _derived, _is_han
from talentdb.extract.names.context import NameContext

_NAME_AFTER_HEAD = re.compile(r"[ ]?([A-Z][A-Za-z0-9&\-]*[a-z0-9][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]+){0,2})(?![A-Za-z0-9])")
_APPOSITIVE_COMMA = re.compile(r"(?:,|\s?\()\s*an?\s+")  # ("Ledgerleaf, a …" / "Ledgerleaf (a …)")
# "in Meridian Nordic, its Scandinavian arm," / "Telvara Fibre, the group's fibre-network unit,": a part of a company
_PART_APPOSITIVE = r",\s+(?:its|their|the\s+[a-z]+['’]s)\s+(?:[a-z\-]+\s+){0,3}?<<part_nouns>>\b"
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?<![A-Za-z0-9&\-])([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,2})$")
# a listed company's stock code in brackets: (2303), （00005）, (2330-TW), (0388.HK), (NVDA-US)
# (mainland A-shares have six digits: (600056.SH), (002408.SZ))
_STOCK_CODE = re.compile(r"[ ]?[(（][ ]?(?:\d{4,6}(?:[-.][A-Z]{2})?|[A-Z]{1,5}[-.][A-Z]{2})[ ]?[)）]")
# a filing's note giving the short name it uses: (以下简称“公司”), （以下簡稱「本行」）, (简称"国机汽车") (folded: Simplified)
_SHORT_NAME_NOTE = re.compile(r"[(（]\s*(?:以下|下文|下称)?\s*简称\s*[:：]?\s*[“「『\"]([^”」』\"()（）\n]{1,12})[”」』\"]\s*[)）]")
# a filing's header: 证券简称:国机汽车 / 股票简称：农发种业 (the company's short name on the exchange)
_STOCK_NAME_LABEL = re.compile(r"(?:证券|股票)简称\s*[:：]\s*([\u4e00-\u9fff]{2,8})")
_BOOK_NAME = re.compile(r"《([^《》\n,,。、]{2,10})》")
_UNIT_GAP = re.compile(r"[\u4e00-\u9fff]{0,4}")  # ("傳播群": a unit of the outlet, between it and the title)
_MAX_FULL_NAME = 30
_MAX_TICKER_NAME = 8
_QUOTED_NAME = re.compile(r"[“「『\"]([^”」』\"\n,,。]{2,12})[”」』\"](?:[(（]([A-Za-z][A-Za-z0-9 .&\-]{1,40})[)）])?")
# (a head noun that goes on to one of these is what a person is: "a startup founder", not a startup)
_APPOSITIVE_HEAD = (r"(?:[a-z\-]+\s+){0,3}?<<head_nouns>>(?![\w'’])"
                    r"(?!\s+(?:founder|co-founder|cofounder|executive|investor))")


def marked_orgs(ctx: NameContext) -> None:
    """Each way in ``MARKS``, in order (on a name two ways find, the first gives its canonical form)."""
    heads = _head_ends(ctx)
    for mark in MARKS:
        mark(ctx, heads)


def _head_ends(ctx: NameContext) -> list[int]:
    """Where a word saying what a company is ("startup", "投資機構") or a subsidiary word ("子公司") ends."""
    lex = ctx.lex
    return [b for _, b in ctx.find(lex.head_noun_matcher)] + [b for _, b in ctx.find(lex.org_subsidiary_matcher)]


def latin_name_after_head_noun(ctx: NameContext, heads: list[int]) -> None:
    """"跨境電商子公司ShopLoop", "chip startup Tessera Compute", "a company called Plinkett": a Latin name right after
    what a company is (glued in Chinese, one space in English), or after that and a naming word; not "maker Gripwell"
    when "Gripwell Robotics" is named: a longer name's short form, found later."""
    f, lex, cover = ctx.folded, ctx.lex, ctx.shape_cover()
    naming = lex.rx(r"[ ](?:<<naming_words>>)(?=[ ])")
    for b in heads:
        nm = naming.match(ctx.lowered, b)
        b = nm.end() if nm else b  # ("a stealth company called Plinkett")
        m = _NAME_AFTER_HEAD.match(f, b)
        if not m or (m.start(1) - b != 0 and not (b > 0 and f[b - 1].isascii())):
            continue
        words = m.group(1).split()
        while words and (words[-1] in lex.latin_not_name or words[-1].lower() in ("the", "and", "of")):
            words.pop()
        if not words or words[0] in lex.latin_not_name or cover.hit(m.start(1), m.end(1)):
            continue
        name = " ".join(words)
        if len(name) < 3 or _before_capital(f, name):
            continue
        end = m.start(1) + len(name)
        if f.startswith(("'s", "’s"), end):
            if not _brand_ends_in_s(ctx, end + 2):
                continue  # ("chip startup Tessera's chief": whose chief)
            name = f[m.start(1):end + 2]
        ctx.orgs.add(lex.org_alias.get(name, name), None, name)


def _brand_ends_in_s(ctx: NameContext, end: int) -> bool:
    """"edtech firm Plinko's has raised", "Plinko's raised": a name ending in 's that acts (an auxiliary or an event
    word right after it) is the whole name, not a possessor ("Plinko's chief")."""
    if end < len(ctx.folded) and ctx.folded[end].isalnum():
        return False
    j = end + 1 if ctx.folded.startswith(" ", end) else end
    return j in ctx.trigger_starts or bool(ctx.lex.rx(r"(?:<<act_auxiliaries>>)\b").match(ctx.lowered, j))


def _before_capital(f: str, name: str) -> bool:
    """``name`` somewhere right before a space and a capital letter ("Gripwell Robotics" for "Gripwell")."""
    i = f.find(name + " ")
    while i >= 0:
        j = i + len(name) + 1
        if j < len(f) and "A" <= f[j] <= "Z":
            return True
        i = f.find(name + " ", i + 1)
    return False


def latin_name_before_appositive(ctx: NameContext, heads: list[int]) -> None:
    """"Ledgerleaf, a carbon-accounting startup": a capitalised name before an appositive whose head says what a
    company is (not "Nadia Hassan, a startup founder"), or that it is a part of one ("Meridian Nordic, its
    Scandinavian arm,")."""
    f, lex, cover = ctx.folded, ctx.lex, ctx.shape_cover()
    heads = [(c.start(), lex.rx(_APPOSITIVE_HEAD).match(ctx.lowered, c.end())) for c in _APPOSITIVE_COMMA.finditer(f)]
    heads += [(c.start(), c) for c in lex.rx(_PART_APPOSITIVE).finditer(ctx.lowered)]
    for at, head in heads:
        m = _NAME_BEFORE_APPOSITIVE.search(f, max(0, at - 60), at)
        if not m or not head or _post_at_a_company(ctx, head):
            continue
        name = m.group(1)
        if name.split()[0] in lex.latin_not_name or cover.hit(m.start(1), m.end(1)) or len(name) < 3:
            continue
        ctx.orgs.add(lex.org_alias.get(name, name), None, name)


# "a director of the company", "a co-founder at the firm": a title, then a preposition before the head noun
_PREPOSITION = re.compile(r"\s(?:of|at|with|for|in|on)\s")


def _post_at_a_company(ctx: NameContext, head) -> bool:
    """"Lorin Dade, a partner at the firm,": an appositive that opens with a title followed by a
    preposition tells a person's post at a company, not what the name before it is."""
    return any(a == head.start() for a, _ in ctx.role_spans) and \
        bool(_PREPOSITION.search(ctx.lowered, head.start(), head.end()))


# "Lumevo, which was founded in 2019" / "Lumevo, which Ana Ruiz started": a name, then a which-clause up to a founding word
_NAME_BEFORE_WHICH = re.compile(r"(?<![A-Za-z0-9&\-.])([A-Z][A-Za-z0-9&\-.]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&\-]+){0,2}),\s+"
                                r"(?:which|that)\s+[^,;.()]{0,40}$")


# "The startup, Velloria, raised…" / "its new company, Plinkett,": what a company is, then its name set off by commas
_APPOSED_NAME = (r"(?i:(?<![a-z])(?:the|a|an|its|their|his|her)\s+(?:[a-z\-]+\s+){0,2}?<<head_nouns>>),\s+"
                 r"([A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&\-]+){0,2}),")


def latin_name_apposed_to_head_noun(ctx: NameContext, heads: list[int]) -> None:
    """"The startup, Velloria, raised $12 million": a capitalised name set off by commas right after what a company
    is (after "the", "a", "its"…)."""
    lex, cover = ctx.lex, ctx.shape_cover()
    for m in lex.rx(_APPOSED_NAME, 0).finditer(ctx.folded):  # (the name case-sensitive: "the company, which…")
        name = m.group(1)
        if name.split()[0] in lex.latin_not_name or len(name) < 3 or cover.hit(m.start(1), m.end(1)):
            continue
        ctx.orgs.add(lex.org_alias.get(name, name), None, name)


def latin_name_before_which_founded(ctx: NameContext, heads: list[int]) -> None:
    """"Lumevo, which was founded in 2019, …": a capitalised name before a which-clause that tells its founding is a
    company's (not a place's: "Boston, which was founded in 1630")."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    f, lex, cover = ctx.folded, ctx.lex, ctx.shape_cover()
    for a, _ in ctx.founding_spans():
        m = _NAME_BEFORE_WHICH.search(f, max(0, a - 110), a)
        if not m:
            continue
        name = m.group(1)
        if name.split()[0] in lex.latin_not_name or is_place(name) or len(name) < 3 or \
                cover.hit(m.start(1), m.end(1)) or _before_capital(f, name):
            continue  # (nor "Fathom" of a "Fathom Systems" named elsewhere: its short form, found later)
        ctx.orgs.add(lex.org_alias.get(name, name), None, name)


def han_name_after_head_noun(ctx: NameContext, heads: list[int]) -> None:
    """"新加坡投資機構星暉資本合共注資": a Han name ending in an organisation word ([shape] han_suffixes) right after
    what it is."""
    sufs = ctx.find(ctx.lex.org_suffix_matcher) if ctx.has_han() else []
    if not sufs:
        return
    suffix_starts = [a for a, _ in sufs]
    cover = ctx.shape_cover()
    for b in heads:
        end = _suffix_end_after(ctx, b, sufs, suffix_starts, cover)
        if end is None:
            continue
        name = ctx.folded[b:end]
        if not _no_han_org_name(ctx, b, end, name):
            ctx.orgs.add(ctx.text[b:end], None, name)


def _suffix_end_after(ctx: NameContext, b: int, sufs, suffix_starts: list[int], cover) -> int | None:
    """Where the first organisation word ending a name of Han characters started at ``b`` ends (the name at least two
    characters before it, not past a function word, its start not covered by ``cover``), or None."""
    f = ctx.folded
    if b >= len(f) or not _is_han(f[b]):
        return None
    k = bisect_left(suffix_starts, b + 2)
    if k >= len(sufs) or sufs[k][0] >= b + 8:
        return None
    e = b
    while e < len(f) and e - b < 8 and _is_han(f[e]) and f[e] not in ctx.not_in_org:
        e += 1
    if sufs[k][0] >= e or cover.hit(b, b + 2):
        return None
    end = sufs[k][1]
    while k + 1 < len(sufs) and sufs[k + 1][0] == end:
        k += 1  # "研發商深庭紀智能科技": organisation words in a row all end the name
        end = sufs[k][1]
    return end


def _no_han_org_name(ctx: NameContext, b: int, end: int, name: str) -> bool:
    """"公司宣布原智能駕駛總監…": a verb, a time word or a former mark is no name; nor is what a company is (生技公司),
    or a person's name."""
    lex = ctx.lex
    if ctx.ender_at(b) or any(ctx.ender_at(x) and ctx.ender_len(x) >= 2 for x in range(b, end - 1)) or \
            any(fm in name for fm in ctx.han_former_marks) or lex.rx(r"<<received_marks>>").search(name, 2):
        return True  # (nor "星樞獲北辰資本": a name, what it received, then who gave)
    long_generic = _derived("long_generic", lex.org_generic, lambda ws: tuple(g for g in ws if len(g) >= 2))
    return name in lex.org_generic_set or name in ctx.people.keys or name.startswith(long_generic) or \
        ctx.lowered.startswith(_derived("head_nouns", lex.grammar.get("head_nouns", ()), tuple), b)


# "一家名為「Quorra&」的新創公司", "a startup called “Plink’s”": a naming word before the quote, or what a company is
# right after it (glued, or after 的)
_NAMING_BEFORE = r"<<naming_words>>\s*$"
_HEAD_AFTER = r"\s*(?:的|是一家|是家)?\s*(?:[\u4e00-\u9fff]{0,4}?)<<head_nouns>>"


def _named_as_a_company(ctx: NameContext, qs: int, qe: int) -> bool:
    """Whether the quoted name at [qs, qe) is named as a company's: a naming word right before it ("名為「X」"), or
    what a company is right after it ("「X」的新創公司", "「X」公司")."""
    lex, low = ctx.lex, ctx.lowered
    if lex.rx(_NAMING_BEFORE).search(low, max(0, qs - 4), qs):
        return True
    return bool(lex.rx(_HEAD_AFTER).match(low, qe, qe + 12))


def quoted_name(ctx: NameContext, heads: list[int]) -> None:
    """"聯合創辦AI社交應用「微光」(Lumo)": a quoted name right after a founding word or what a company is, or a quoted
    Han name glossed in Latin (the Latin gloss is then its canonical name)."""
    f, lex, cover = ctx.folded, ctx.lex, ctx.shape_cover()
    founding_ends = None
    listed_after = -1  # (where the last quoted name taken ends: "新創企業「晶祈」、「新旭」" lists a second one)
    for m in _QUOTED_NAME.finditer(f):
        if founding_ends is None:
            founding_ends = {b for _, b in ctx.founding_spans()}
        qs, inner, gloss = m.start(), m.group(1), m.group(2)
        near = any(0 <= qs - b <= 6 for b in founding_ends) or any(0 <= qs - b <= 1 for b in heads) or \
            bool(lex.rx(r"<<head_nouns>>\s*$").search(ctx.lowered, max(0, qs - 6), qs)) or \
            _named_as_a_company(ctx, qs, m.end()) or _quoted_body_before_its_head(ctx, inner, m.end()) or \
            (listed_after >= 0 and bool(lex.rx(r"\s*<<han_coordinators>>\s*").fullmatch(f, listed_after, qs)))
        if not (near or (gloss and all(_is_han(c) for c in inner))) or cover.hit(m.start(1), m.end(1)):
            continue
        written = ctx.text[m.start(1):m.end(1)]  # (the name as the article writes it, not folded: 晶耀車電)
        canon = lex.org_alias.get(gloss, gloss) if gloss else lex.org_alias.get(inner, written)
        ctx.orgs.add(canon, written, inner)
        listed_after = m.end()
        if gloss:
            ctx.orgs.add(canon, None, gloss)


def _quoted_body_before_its_head(ctx: NameContext, inner: str, end: int) -> bool:
    """"“星澄院”秘書長", "“月嵐會”主委": a quoted Han name ending in a government body's word, right before a title of
    that body's head ([shape] body_titles), is the body (how Hong Kong and mainland copy quotes Taiwan's bodies)."""
    return len(inner) >= 3 and all(_is_han(c) for c in inner) and \
        any(inner.endswith(b) and ctx.folded.startswith(t, end) for b, t in ctx.lex.org_body_titles)


def han_name_before_stock_code(ctx: NameContext, heads: list[int]) -> None:
    """"聯電（2303）今(25)日舉行董事會", "滙控(00005)": a Han name right before a bracketed stock code is a listed
    company's (the name the article uses elsewhere too, when the Han run before the code is longer than a name)."""
    f, cover = ctx.folded, ctx.shape_cover()
    stops = set(heads) | ctx.role_ends() | {b for _, b in ctx.trigger_spans}
    for m in _STOCK_CODE.finditer(f):
        e = s = m.start()
        while s > 0 and e - s < _MAX_TICKER_NAME and s not in stops and _is_han(f[s - 1]) and \
                f[s - 1] not in ctx.not_in_org and not (ctx.ender_at(s - 1) and s - 1 + ctx.ender_len(s - 1) < e):
            s -= 1  # (a word that ends a person's name ends no company's: 港交所(0388), not cut at 所)
        name = _ticker_name(ctx, s, e)
        if name is None or cover.hit(e - len(name), e):
            continue
        ctx.orgs.add(ctx.lex.org_alias.get(name, ctx.text[e - len(name):e]), None, name)


def _ticker_name(ctx: NameContext, s: int, e: int) -> str | None:
    """The name in the Han run folded[s:e] before a stock code: the longest tail of two or more characters that the
    article also uses elsewhere (not a generic word or an organisation word alone: 銀行), else the whole run when it
    is no longer than a name usually is (five)."""
    run = ctx.folded[s:e]
    for k in range(len(run), 1, -1):
        tail = run[-k:]
        if ctx.count(tail) >= 2 and tail not in ctx.lex.org_generic_set and tail not in ctx.lex.org_han_suffix_set:
            return tail
    return run if 2 <= len(run) <= 5 and run not in ctx.lex.org_generic_set else None


def full_name_before_short_name_note(ctx: NameContext, heads: list[int]) -> None:
    """"棕榈生态城镇发展股份有限公司(以下简称“公司”)原董事…": the Han name ending in an organisation word right
    before a filing's short-name note is the company's full name, however long; the short name in the note is its
    alias unless it is only a word for a company (公司, 本行)."""
    f, lex = ctx.folded, ctx.lex
    for m in _SHORT_NAME_NOTE.finditer(f):
        s, e = _full_name_run(f, m.start())
        short = m.group(1).strip()
        name = _full_name_in(ctx, s, e, short)
        if name is None:
            continue
        cut = e - len(name)
        canon = lex.org_alias.get(name, ctx.text[cut:e])
        ctx.orgs.add(canon, None, name)
        if 2 <= len(short) <= 8 and all(_is_han(c) for c in short) and short not in _company_words(lex):
            ctx.orgs.add(canon, None, short)


def _full_name_run(f: str, e: int) -> tuple[int, int]:
    """The Han run ending at ``e``, through a bracketed place inside it ("恒岳智药(上海)有限公司")."""
    s = e
    while s > 0 and e - s < _MAX_FULL_NAME:
        if _is_han(f[s - 1]):
            s -= 1
        elif f[s - 1] in ")）" and (b := max(f.rfind("(", 0, s), f.rfind("（", 0, s))) > 0 and \
                2 <= s - 1 - b - 1 <= 4 and all(_is_han(c) for c in f[b + 1:s - 1]) and _is_han(f[b - 1]):
            s = b
        else:
            break
    return s, e


def _full_name_in(ctx: NameContext, s: int, e: int, short: str) -> str | None:
    """The company's full name at the end of the run f[s:e]: from the short name when the run holds it
    ("创新药企业恒岳生物医药股份有限公司" for "恒岳生物"), else past the last event or clause word; None when what is
    left is an organisation word with nothing before it ("有限公司")."""
    f, lex = ctx.folded, ctx.lex
    run = f[s:e]
    if not any(run.endswith(x) for x in lex.org_han_suffixes):
        return None
    if short and short in run and short not in _company_words(lex) and len(short) >= 2:
        return run[_with_its_place(run, run.index(short)):]
    cut = max([b for _, b in ctx.trigger_spans if s <= b < e] + [_after_a_company_word(ctx, s, e), s])
    while cut < e and ctx.ender_at(cut):
        cut += 1
    name = f[cut:e]
    core = name
    while core and (suf := next((x for x in lex.org_han_suffixes if core.endswith(x)), None)):
        core = core[:-len(suf)]  # "有限公司" = "有限" + "公司": strip every organisation word
    core = core.rstrip("有限股份责任")
    if len(core) < 2 or core in lex.org_generic_set:
        return None
    return name


def _after_a_company_word(ctx: NameContext, s: int, e: int) -> int:
    """"對公司控股子公司廣東月光融華藥業有限公司": the end of the last "公司" (子公司, 控股公司) or function character
    (對, 為, 與) before the name's own organisation words in f[s:e], or ``s``: the name starts there."""
    f = ctx.folded
    head_end = f.find("有限", s, e)
    head_end = head_end if head_end >= 0 else e
    ends = [k + 1 for k in range(s, head_end) if f[k] in ctx.not_in_org]
    ends += [k + 2 for k in [f.rfind("公司", s, head_end)] if k >= 0]
    return max([k for k in ends if head_end - k >= 3] + [s])


def _with_its_place(run: str, i: int) -> int:
    """Where the full name starts when its short name starts at run[i]: at a place of two or three characters right
    before it ("蘇州星瀾動力科技有限公司" for "星瀾動力"), which the registered name opens with."""
    from talentdb.extract.names.segmenter import place_word

    return next((i - k for k in (3, 2) if i >= k and place_word(run[i - k:i])), i)


def _company_words(lex) -> frozenset:
    """Words that only say "the company" (公司, 本公司, 该行): never a short name of one company."""
    words = set(lex.grammar.get("bare_company", ())) | set(lex.org_han_suffixes)
    return frozenset(words | {p + w for w in words for p in ("本", "该")})


def name_after_stock_name_label(ctx: NameContext, heads: list[int]) -> None:
    """"证券代码:600335 证券简称:国机汽车": the short name a filing's header gives is a listed company's."""
    for m in _STOCK_NAME_LABEL.finditer(ctx.folded):
        name = m.group(1)
        if name not in ctx.lex.org_generic_set and not ctx.shape_cover().hit(m.start(1), m.end(1)):
            ctx.orgs.add(ctx.lex.org_alias.get(name, ctx.text[m.start(1):m.end(1)]), None, name)


def body_before_its_head_title(ctx: NameContext) -> None:
    """"由國營司副司長劉起孝暫代", "民航東北局副局長湯勁出任": a Han run ending in a government body's word right before
    a title of that body's head ([shape] body_titles) and a person's name is the body's name; not a unit of an
    organisation named right before it ("銀河證券投資部部長": the run stops at a known name). (After the people: not
    "財政司司長法團", a title that heads no name.)"""
    if not ctx.has_han() or not ctx.lex.org_body_titles:
        return
    f, cover = ctx.folded, ctx.shape_cover()
    after_word = {b for _, b in ctx.trigger_spans}
    stops = set(_head_ends(ctx)) | ctx.role_ends() | after_word
    for rs, re_ in sorted(set(ctx.role_spans)):
        body = next((b for b, t in ctx.lex.org_body_titles if f.startswith(t, rs) and f.endswith(b, 0, rs)), None)
        if body is None:
            continue
        s = rs - len(body)
        while s > 0 and rs - s < 12 and s not in stops and _is_han(f[s - 1]) and not cover.hit(s - 1, s) and (
                _joins_a_body_name(f, s - 1, stops) or (f[s - 1] not in ctx.not_in_org and not ctx.ender_at(s - 1))):
            s -= 1
        if s not in after_word and not any(f.startswith(k, re_) for k in ctx.people.keys) and \
                not _left_open_after(ctx, re_):
            continue  # (a title that heads no name and follows no event word: "財政司司長法團")
        if s > 0 and cover.hit(s - 1, s):
            continue  # a unit of a named organisation
        while s < rs and f[s] in ctx.not_first_in_org:
            s += 1
        name = f[s:rs]
        if len(name) - len(body) >= 2 and name not in ctx.lex.org_generic_set and name not in ctx.people.keys and \
                name not in ctx.lex.org_han_suffixes:  # (a unit's bare word: "研究院副院長林志遠")
            ctx.orgs.add(ctx.text[s:rs], None, name)


def _left_open_after(ctx: NameContext, end: int) -> bool:
    """Whether the title ending at ``end`` is a post told open before the one who takes it ("星澄部秘書長一職將由…接任",
    "星澄局局長則由…暫代"): the title-first shape of a succession."""
    return bool(ctx.lex.rx(r"(?:<<vacated_marks>>)?(?:<<left_open_marks>>){0,2}由").match(ctx.lowered, end))


def _joins_a_body_name(f: str, i: int, stops: set) -> bool:
    """Whether the 及 at ``i`` joins the two halves of one body's name ("商務及經濟發展局", "政制及內地事務局": Hong
    Kong names its bureaux so), two Han characters on each side and no event word or title ending right before it."""
    return f[i] == "及" and i >= 2 and _is_han(f[i - 1]) and _is_han(f[i - 2]) and i not in stops and \
        i - 1 not in stops and _is_han(f[i + 1:i + 2] or " ")


def book_quoted_name_before_a_title(ctx: NameContext, heads: list[int]) -> None:
    """"《中央社》社長", "前《民視新聞》傳播群副總經理": a name in title marks (《》, how Chinese news names an outlet)
    right before a title (within a unit's few characters) is the organisation the title is held at (not "《公司章程》
    規定": a document)."""
    if "《" not in ctx.folded:
        return
    starts = sorted(a for a, _ in ctx.role_spans)
    cover = ctx.shape_cover()
    for m in _BOOK_NAME.finditer(ctx.folded):
        k = bisect_left(starts, m.end())
        if k < len(starts) and starts[k] - m.end() <= 4 and not cover.hit(m.start(1), m.end(1)) and \
                _UNIT_GAP.fullmatch(ctx.folded, m.end(), starts[k]):
            name = m.group(1)
            ctx.orgs.add(ctx.lex.org_alias.get(name, ctx.text[m.start(1):m.end(1)]), None, name)


# The ways, in order: on a name two of them find, the first gives its canonical form.
MARKS = (latin_name_after_head_noun, latin_name_before_appositive, latin_name_apposed_to_head_noun,
         latin_name_before_which_founded,
         han_name_after_head_noun, quoted_name,
         han_name_before_stock_code, full_name_before_short_name_note, name_after_stock_name_label,
         book_quoted_name_before_a_title)
