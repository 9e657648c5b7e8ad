"""One article as the rules read it: the folded and lower-cased text, its sentences, the people and organisations it
names, the trigger words and titles found in it, its quotations; and the look-ups every rule shares (words of a
lexicon list in a span, the chain of people listed together, the dates and sums of a sentence).
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from talentdb.extract.dates import find_dates
from talentdb.extract.entities import Entities, Mention, _HAN_HONORIFICS, _is_han
from talentdb.extract.events.patterns import _COMMA_OR_STOP, _SEMI_OR_STOP
from talentdb.extract.events.roles import Role, TitleFinding
from talentdb.extract.lexicon import lexicon
from talentdb.extract.money import article_bare_unit, article_dollar, find_amounts, find_vague_amounts
from talentdb.extract.scans import Scans
from talentdb.extract.text import fold, lower_same_length, narrow, quoted_spans, split_sentences


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_COORD = r"^(?:\s|<<coordinators>>)*$"
# "by A, a biologist who led design at X, B, a former head of Y, and C": a list whose names carry appositives
_APPOSITIVE_GAP = r"^,\s*(?:a|an|the|its|their)\s[^,;()]{3,110},\s*(?:<<coordinators>>\s*)?$"
_STOCK_CODE = re.compile(r" ?<[0-9A-Z.]{1,10}>")  # a wire's stock code after a company: "Hitachi Ltd. <6501>"
_GAP_LIMIT = 30
# "named Ana Ruiz as president and Ben Tao as COO": each name of a list followed by its own title (removed from the gap)
_EACH_AS_TITLE = re.compile(r"^\s+(?:as|to)\s+(?:(?:the|its|their|a|an|new)\s+)*,?\s*(?:and\s+)?$")
_NAME_LIST_GAP = re.compile(r"[,，、;；:：。与與和及跟同\s]")
# "A, founder and managing partner of X, and B, partner at Y, were appointed": a list back whose names carry a title
_TITLED_APPOSITIVE_GAP = r"^,\s*[^,;()]{3,110},\s*<<coordinators>>\s*$"
# "A, head of sales, and head of audit, B, have quit": the next name's title set before it
_TITLE_BEFORE_NEXT = r"^,\s*[^,;()]{3,110},\s*<<coordinators>>\s*([^,;()]{3,80}),\s*$"
_DATELINE = re.compile(r"\s*\((?:[A-Z][A-Za-z.&]*\s?){1,3}\)\s*[-–—]")
# (compiled once: a module-level re.search would look its pattern up in re's cache at every call)
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_EN_CLAUSE_END = re.compile(r"[,;:!?\n]|\.(?:\s|$)")
_CLAUSE_MARKS = re.compile("[,;:。!?\n「」“”]")


def _not_excluded(found: list[tuple[int, int]], excl: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The trigger words ``found`` that no excluded phrase overlaps without lying inside them ("離職率" is no
    departure). Both lists are in text order and without overlaps, so the phrases that may overlap a word are
    found by bisection."""
    if not excl:
        return list(found)
    starts, ends = [a for a, _ in excl], [b for _, b in excl]
    out = []
    for s, e in found:
        near = excl[bisect_right(ends, s):bisect_left(starts, e)]
        if not any(not (s <= a and b <= e) for a, b in near):
            out.append((s, e))
    return out


def _hidden_by_an_excluded_word(folded: str, lowered: str, lex, found: list, kept: list) -> list:
    """The trigger words ``kept``, and those a dropped one hid: "接替6月任期屆滿的王大明" is read first as 月任 (a
    post taken in a month), which 月任期 excludes, so 任期屆滿 starting inside it was never seen. Read again with the
    dropped words' first characters blanked, a word starting inside a dropped one and running past it is kept."""
    dropped = sorted(set(found) - set(kept))
    f, lo = list(folded), list(lowered)
    for a, _ in dropped:
        f[a] = lo[a] = " "
    f2, lo2 = "".join(f), "".join(lo)
    again = _not_excluded(lex.trigger_matcher.find(f2, lo2), lex.trigger_exclude.find(f2, lo2))
    extra = [(s, e) for s, e in again if any(a < s < b < e for a, b in dropped) and
             not any(s < kb and ka < e for ka, kb in kept)]
    return sorted(kept + extra) if extra else kept


def _unwrapped(text: str, sentences: list[tuple[int, int]], lang: str) -> str:
    """An English text whose sentences run over line breaks (a wire re-wrapped at a fixed width: "appointed
    chief\\nexecutive officer") with those breaks read as spaces, so a title, a name or a date split by one is whole
    (same length: the offsets stay those of the text)."""
    if lang != "en" or "\n" not in text:
        return text
    chars = None
    for a, b in sentences:
        i = text.find("\n", a, b)
        while i != -1:
            if chars is None:
                chars = list(text)
            chars[i] = " "
            i = text.find("\n", i + 1, b)
    return text if chars is None else "".join(chars)


class _Article(TitleFinding):
    """One article as the rules read it (see the module's docstring); built once per article, then read by
    every rule. Its titles and who holds them come from ``TitleFinding``."""

    def __init__(self, text: str, published, lang: str):
        self.text = text
        self.published = published
        self.lang = lang
        self.lex = lexicon()
        # rx(template, flags=re.I): a regex template of the lexicon (see Lexicon.rx), compiled once per process; this
        # article's own cache in front of it answers the ~200 look-ups of an article without Python code
        self.rx = lru_cache(maxsize=None)(self.lex.rx)
        self._date_cache: dict = {}
        self._bare_unit: tuple | None = None
        self.sentences = split_sentences(text)
        self.narrow = _unwrapped(narrow(text), self.sentences, lang)  # what the date and money finders read
        self.folded = _unwrapped(fold(text), self.sentences, lang)  # (both with the same offsets as ``text``)
        self.lowered = lower_same_length(self.folded)
        self.scans = Scans(self.folded, self.lowered, lang == "en")  # (shared with the name finders)
        # matches(matcher, s, e): the words of a lexicon list lying wholly inside [s, e) (found once per article);
        # has(matcher, s, e): whether there is one. (The scans' own methods: the rules call them ~50,000 times in
        # 400 articles, and a method around each would add a call to every one.)
        self.matches = self.scans.within
        self.has = self.scans.any_within
        self._clause_breaks = [m.end() for m in _CLAUSE_MARKS.finditer(self.folded)]  # (see _clause_start)
        lex = self.lex
        found = lex.trigger_matcher.find(self.folded, self.lowered)
        kept = _not_excluded(found, lex.trigger_exclude.find(self.folded, self.lowered))
        if len(kept) < len(found):
            kept = _hidden_by_an_excluded_word(self.folded, self.lowered, lex, found, kept)
        self.triggers = self._side_duties_kept(self._second_part_told(kept))
        self.last_date = None
        self.last_funding: tuple | None = None  # (sentence, recipient) of the latest funding told
        self.sentence_dates: dict[int, tuple] = {}  # the date the events of a sentence took last
        self.last_group: list = []
        self._trigger_starts = [t[0] for t in self.triggers]
        self._trigger_ends = {t[1] for t in self.triggers}
        self._relative = lex.chars.get("relative", frozenset())
        self._relative_rx = re.compile("[" + "".join(re.escape(c) for c in sorted(self._relative)) + "]") \
            if self._relative else None
        self._list_marks = lex.chars.get("list_marks", frozenset())
        self._name_stops = lex.chars.get("not_in_name", frozenset())
        self.roles = self._find_roles()  # (in text order)
        self._role_starts = [r.start for r in self.roles]
        self.titles = [r for r in self.roles if r.kind != "verb"]  # the roles that are titles, not verbs
        self._drop_name_openings()
        self._title_starts = [r.start for r in self.titles]
        self._titles_by_end = sorted(self.titles, key=lambda r: -r.end)
        self._title_end_keys = [-r.end for r in self._titles_by_end]
        self._sentence_starts = [a for a, _ in self.sentences]
        self.ents = Entities(text, self.folded, self.lowered, lex,
                             [(r.start, r.end) for r in self.roles if r.kind != "verb"], self.triggers,
                             self.sentences, self.scans, lang)
        self._drop_board_heads()
        self.quotes = quoted_spans(self.folded)
        self._quote_starts = [a for a, _ in self.quotes]
        self.dominant = self.ents.dominant_org()
        self.person_roles: dict[str, list[tuple[int, Role]]] = {}
        self.founders: dict[str, set] = {}  # person -> the organisations they founded, as told so far
        self.founded: list[tuple[int, str]] = []  # (sentence, organisation) of each founding told so far
        self.affiliation: dict[str, list[tuple[int, str]]] = {}
        self._attach_roles()

    def _after_name_only(self, t: tuple[int, int]) -> bool:
        """Whether every rule of trigger span ``t`` reads it only right after a person's name (``after_name``)."""
        rules = self.lex.triggers.get(self.lowered[t[0]:t[1]], [])
        return bool(rules) and all(r.after_name for r in rules)

    def _drop_name_openings(self) -> None:
        """Drop the words read only after a name (任) that rather open one: after a title ("副總裁任嘉"), or with no
        title soon after them in their clause ("任嘉從字節跳動離職", "負責人任思捷與…"); so the name finders see them
        only in "郭浩任中原銀行黨委書記"."""
        drop = [t for t in self.triggers if self._after_name_only(t) and not self._title_follows(t)]
        if drop:
            self.triggers = [t for t in self.triggers if t not in drop]
            self._trigger_starts = [t[0] for t in self.triggers]
            self._trigger_ends = {t[1] for t in self.triggers}

    def _title_follows(self, t: tuple[int, int]) -> bool:
        """A title starts soon after ``t`` with no break, list mark or other event word between, and none ends
        right before it."""
        if any(r.end == t[0] for r in self.titles):
            return False
        r = next((r for r in self.titles if t[1] < r.start <= t[1] + 14), None)
        return r is not None and not _NAME_LIST_GAP.search(self.folded, t[1], r.start) and \
            not any(t[1] <= a < r.start for a, _ in self.triggers)

    def _side_duties_kept(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The trigger words but a departure word whose object is duties kept apart from the post: "Ana Ruiz exits
        her non-Orbis commitments", "will keep the chair but relinquish other roles", 退出非星河事務 (grammar
        side_duties, side_duty_nouns after a "non-" word that is not "non-executive")."""
        rx = self.lex.rx(r"^(?:\s*(?:his|her|their|its|all|of|from|the)\b)*\s*"
                         r"(?:<<side_duties>>|(?:non-(?!exec)[\w-]+|非(?!执行)[^\s,，。;；、]{1,6}?)\s*<<side_duty_nouns>>)"
                         r"(?![a-z])")
        out = []
        for s, e in found:
            rules = self.lex.triggers.get(self.lowered[s:e], [])
            if rules and all(r.type == "departure" for r in rules) and rx.match(self.lowered[e:e + 60]):
                continue
            out.append((s, e))
        return out

    def _second_part_told(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The trigger words but an English one whose every rule needs a second part ("has been…since") that its
        clause lacks: "Ana Ruiz had been one of its first engineers but left" holds no trigger at "had been", so no
        rule takes it for one (a Chinese gap is checked on the clause as its rule reads it, see _rule_applies)."""
        # (its later words may open another trigger the first part hid: "Orbis has led a $19 million investment")
        out = []
        for i, (s, e) in enumerate(found):
            rules = self.lex.triggers.get(self.lowered[s:e], [])
            if rules and self.lowered[s].isascii() and all(r.gap for r in rules):
                m = _EN_CLAUSE_END.search(self.lowered, e)
                ce = m.start() if m else len(self.lowered)
                if not any(re.search(rf"\b{re.escape(r.gap)}\b", self.lowered[e:ce]) for r in rules):
                    k = self.lowered.find(" ", s, e) + 1
                    nxt = found[i + 1][0] if i + 1 < len(found) else len(self.lowered)
                    if k > 0:
                        out += [(k + a, k + b) for a, b in self.lex.trigger_matcher.find(self.folded[k:nxt], self.lowered[k:nxt])
                                if k + a < e]
                    continue
            out.append((s, e))
        return out

    def _org_before(self, pos: int, lo: int) -> str | None:
        ms = [m for m in self.ents.orgs_in(lo, pos) if m.end <= pos]
        if not ms:
            return None
        last = ms[-1]
        # "Orbis Atlas項目": a name known only by repetition right after a known organisation is a part of it
        if last.key in self.ents.weak_orgs and len(ms) > 1 and last.start - ms[-2].end <= 2 and \
                ms[-2].key not in self.ents.weak_orgs:
            return ms[-2].key
        return last.key

    def _org_before_mention(self, pos: int, lo: int):
        ms = [m for m in self.ents.orgs_in(lo, pos) if m.end <= pos]
        return ms[-1] if ms else None

    def _clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` starts: just after the last clause mark before it (or 0)."""
        i = bisect_right(self._clause_breaks, pos) - 1
        return self._clause_breaks[i] if i >= 0 else 0

    def _sentence_end(self, ss: int) -> int:
        i = bisect_left(self._sentence_starts, ss)
        return self.sentences[i][1] if i < len(self.sentences) and self.sentences[i][0] == ss else ss

    def _drop_board_heads(self) -> None:
        """"選舉林立為公司第七屆董事會董事長": 董事 is only the head of the board's name (董事會) when a title held on the
        board follows it; that title is the one taken ("離開星河董事會" alone still tells a director's seat). (Dropped
        after the names are read: as a title it still ends the names before it.)"""
        board = self.rx(r"<<board_words>>")
        starts = {r.start for r in self.titles}

        def head(r) -> bool:
            b = board.match(self.lowered, r.start)
            return b is not None and b.end() > r.end and b.end() in starts and \
                "\u4e00" <= self.folded[r.start] <= "\u9fff"
        if not any(head(r) for r in self.titles):
            return
        self.roles = [r for r in self.roles if r.kind == "verb" or not head(r)]
        self._role_starts = [r.start for r in self.roles]
        self.titles = [r for r in self.roles if r.kind != "verb"]
        self._title_starts = [r.start for r in self.titles]
        self._titles_by_end = sorted(self.titles, key=lambda r: -r.end)
        self._title_end_keys = [-r.end for r in self._titles_by_end]

    # -- helpers -------------------------------------------------------------------------------------------
    def leaves_at(self, a: int, b: int) -> bool:
        """Whether the trigger word at ``[a, b)`` is a departure word there: one of its departure rules needs nothing
        else, or one of the words it requires stands in its clause ("直至" is a departure word only with 擔任 told)."""
        for r in self.lex.triggers.get(self.lowered[a:b], []):
            if r.type != "departure":
                continue
            if not r.requires:
                return True
            cs = self._clause_start(a)
            m = _CLAUSE_MARKS.search(self.folded, b)
            if any(w in self.lowered[cs:m.start() if m else len(self.lowered)] for w in r.requires):
                return True
        return False

    def triggers_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The trigger words that start in [lo, hi), in text order."""
        starts = self._trigger_starts
        return self.triggers[bisect_left(starts, lo):bisect_left(starts, hi)]

    def roles_in(self, lo: int, hi: int) -> list:
        """The roles (titles and role verbs) that start in [lo, hi), in text order."""
        starts = self._role_starts
        return self.roles[bisect_left(starts, lo):bisect_left(starts, hi)]

    def titles_in(self, lo: int, hi: int) -> list:
        """The titles (not role verbs) that start in [lo, hi), in text order."""
        starts = self._title_starts
        return self.titles[bisect_left(starts, lo):bisect_left(starts, hi)]

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation."""
        if not self.quotes:
            return False
        i = bisect_left(self._quote_starts, pos) - 1
        return i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]

    def gap_len(self, s: int, e: int) -> int:
        """How long the text from ``s`` to ``e`` is, as a distance between a person and a word: a wire's stock code
        ("Sumitomo Chemical Co. <4005>") is not counted, it says nothing."""
        if self.lang != "en" or "<" not in self.folded[s:e]:
            return e - s
        return e - s - sum(len(m.group()) for m in _STOCK_CODE.finditer(self.folded, s, e))

    def gap_ok(self, s: int, e: int) -> bool:
        """Text between a person and a trigger that still lets the person be its subject."""
        limit = _GAP_LIMIT * 2 if self.lang == "en" else _GAP_LIMIT
        if self.gap_len(s, e) > limit and (self.lang == "en" or e - s - self._dates_len(s, e) > limit):
            return False
        for a, _ in self.matches(self.lex.group_nouns, s, e):
            # "在朋友圈宣布", "told employees": a group after a preposition is not who acts
            if not self.rx(r"<<group_after_preposition>>[^,;:。]{0,4}$").search(self.lowered[max(s, a - 8):a]):
                return False
        return True

    def _dates_len(self, s: int, e: int) -> int:
        """How much of [s, e) its times fill: "林佳慧於2011年1月至2014年3月以及2015年1月至2020年9月擔任" is a person and
        a word no farther apart than "林佳慧於…擔任" (the spans of a line of a career are no distance)."""
        return sum(b - a for a, b, _ in self.dates_for(s, e))

    def chain_back(self, first: Mention, lo: int) -> list[Mention]:
        """``first`` and the people listed before it (A、B以及C / A, B and C)."""
        group = [first]
        cur = first
        prev = [p for p in self.ents.persons_in(lo, cur.start) if p.end <= cur.start and not p.pronoun]
        while prev:
            p = prev.pop()
            gap_s, gap_e = p.end, cur.start
            gap = self.folded[gap_s:gap_e]
            if self._titled_apposition(gap_s, gap_e):
                group.insert(0, p)
                cur = p
                continue
            for r in self.roles_in(gap_s, gap_e):
                if r.end <= gap_e:
                    gap = gap.replace(self.folded[r.start:r.end], "")
            had_role = len(gap) != gap_e - gap_s
            if had_role and self.lang == "en":
                # "Rita Gomes, Zed Corp's CFO, and Paul Kim": the employer of an appositive title is part of it
                for o in self.ents.orgs_in(gap_s, gap_e):
                    gap = gap.replace(self.folded[o.start:o.end], "")
                gap = self.rx(r"(?:'s\b|\b<<possessives>>\b)").sub("", gap)
            gap = _BRACKETED.sub("", gap)
            hon = next((h for h in _HAN_HONORIFICS if gap.startswith(h)), None)
            if hon:
                gap = gap[len(hon):]  # "林佳慧博士與柯文瀚": a courtesy title ends the name before
            if _is_han(self.folded[gap_s - 1]) and self.rx(r"\s*<<han_coordinators>>[\u4e00-\u9fff]{0,6}").fullmatch(gap) \
                    and not self.ents.orgs_in(gap_s, gap_e) and not self.triggers_in(gap_s, gap_e):
                gap = ""  # "林佳慧與藥物化學家柯文瀚": a coordinator and what the next person is
            if not self.rx(_COORD).match(gap.strip()) and not self.rx(_COORD).match(gap):
                # "…林佳慧以及供應鏈副總裁柯文瀚": a coordinator, then the next person's title with its field
                m = self.rx(r"\s*<<coordinators>>\s*").match(gap)
                if not (had_role and m and len(gap) - m.end() <= 14 and not _COMMA_OR_STOP.search(gap[m.end():])):
                    break
            group.insert(0, p)
            cur = p
        return group

    def _titled_apposition(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` between two names is an English appositive with a title, then a coordinator (and, in
        British and wire style, the next name's own title set before it with a comma)."""
        if self.lang != "en" or self.triggers_in(a, b):
            return False
        if self.rx(_TITLED_APPOSITIVE_GAP).match(self.folded[a:b]):
            return any(a < r.start and r.end < b for r in self.roles_in(a, b))
        m = self.rx(_TITLE_BEFORE_NEXT).match(self.folded[a:b])
        return bool(m) and any(a + m.start(1) <= r.start for r in self.roles_in(a, b)) and \
            any(r.end < a + m.start(1) for r in self.roles_in(a, b))

    def chain_forward(self, first: Mention, hi: int) -> list[Mention]:
        group = [first]
        cur = first
        nxt = [p for p in self.ents.persons_in(cur.end, hi) if not p.pronoun]
        for p in nxt:
            gap = self.folded[cur.end:p.start]
            for r in self.roles_in(cur.end, p.start):
                if r.end <= p.start:
                    gap = gap.replace(self.folded[r.start:r.end], "")
            if not self.rx(_COORD).match(gap) and not (self.lang == "en" and _EACH_AS_TITLE.match(gap) and
                                                       self.roles_in(cur.end, p.start)):
                m = self.rx(r"\s*<<list_joiners>>\s*").match(gap)
                if not (m and len(gap) - m.end() <= 40 and not _SEMI_OR_STOP.search(gap[m.end():]) or
                        self.rx(_APPOSITIVE_GAP).match(gap)) or \
                        self.triggers_in(cur.end, p.start):
                    break
            group.append(p)
            cur = p
        return group

    def dates_for(self, sent_s: int, sent_e: int):
        key = (sent_s, sent_e)
        if key not in self._date_cache:
            self._date_cache[key] = self._dates_for(sent_s, sent_e)
        return self._date_cache[key]

    def _dates_for(self, sent_s: int, sent_e: int):
        out = []
        for d in find_dates(self.narrow[sent_s:sent_e], self.published, self.lang):
            if d.date is not None and not isinstance(d.date, _dt.date):
                continue
            if not (0 <= d.start < d.end <= sent_e - sent_s):
                continue
            if _DATELINE.match(self.narrow, sent_s + d.end):
                continue  # "LISBON, March 25 (Newswire) -": when the story was filed, not when it happened
            out.append((sent_s + d.start, sent_s + d.end, d))
        return out

    def amounts_for(self, sent_s: int, sent_e: int):
        """The sums of money in [sent_s, sent_e): (start, end, amount, currency), in text order; a sum that is not
        told ("數億元") has amount None."""
        out = []
        if self._bare_unit is None:
            # (once: "新台幣" told once, "億元" after; "S$" and "US$" told once, "$21 million" after)
            self._bare_unit = (article_bare_unit(self.narrow), article_dollar(self.narrow))
        for m in find_amounts(self.narrow[sent_s:sent_e], *self._bare_unit):
            amt = float(m.amount)
            if amt < 0 or amt != amt or not m.currency:
                continue
            out.append((sent_s + m.start, sent_s + m.end, amt, str(m.currency).upper()))
        # "完成數億元B輪融資": a round whose sum is not told still is one; its amount stays null
        vague = find_vague_amounts(self.narrow[sent_s:sent_e], *self._bare_unit)
        if vague:
            out.extend((sent_s + v.start, sent_s + v.end, None, str(v.currency).upper()) for v in vague)
            out.sort(key=lambda a: a[0])
        return out
