"""The rule-based extractor: sentences, mentions, triggers, then one event per person and trigger.

Vocabulary lives in ``talentdb/lexicon/*.toml`` (see :mod:`talentdb.extract.lexicon`); this module holds only the
mechanisms: who is the subject of a trigger, which organisation and title go with them, which date governs the
trigger, and which cues cancel it. ``extract_events`` never raises: on an internal error it returns no events.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from copy import copy
from dataclasses import dataclass, replace
from functools import lru_cache

from talentdb.extract.entities import _HAN_HONORIFICS, Entities, Mention, _is_han
from talentdb.extract.lexicon import TriggerRule, lexicon
from talentdb.extract.model import Entity, Event, Extraction
from talentdb.extract.text import (detect_lang, fold, lower_same_length, narrow, quoted_spans, split_clauses,
                                   split_sentences)

# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_COORD = r"^(?:\s|<<coordinators>>)*$"
_SKIP_AFTER = r"^(?:\s|<<skip_after_trigger>>)*"
_RECIPIENT_MARK = r"<<recipient_marks>>\s*$"
_INVESTOR_MARK = r"<<investor_marks>>\s*$"
_PASSIVE = r"<<passive_marks>>\s*$"
_ROLE_INTRO = r"<<role_intro>>\s*(?:(?:<<role_modifiers>>|[\w.&\-]+'s)\s*)*$"
_ROLE_INTRO_ADJ = r"<<role_intro>>\s+(?:(?:<<role_modifiers>>|[\w.&\-]+'s)\s+)*([a-z]{3,}\s+)$"
_ROLE_LEAVE = (r"^\s*(?:<<role_leave_intro>>\s+(?:(?:<<role_modifiers>>|[\w.&\- ]{1,30}'s)\s+)?|"
               r"[A-Z][\w.&\- ]{0,30}'s\s+)(?:[a-z\-]+ ){0,2}$")  # "resigned as its CEO" / "left Kontor's management board"
_ROLE_WAS = r"<<role_was>>\s+(?:<<role_modifiers>>\s+)?$"
# "by A, a biologist who led design at X, B, a former head of Y, and C": a list whose names carry appositives
_APPOSITIVE_GAP = r"^,\s*(?:a|an|the|its|their)\s[^,;()]{3,110},\s*(?:<<coordinators>>\s*)?$"
_APPOSITIVE_AFTER = re.compile(r",\s*(?:a|an|the)\s[^,;()]{3,110},\s*(?:to\s+|as\s+)?(?:the\s+)?")
_RELATIVE_PERSON_GAP = 14
_GAP_LIMIT = 30
_EN_OF_TITLE = (r"\b<<en_title_heads>> of (?:the )?[\"“]?[a-z][a-z\-]*[\"”]?(?: (?:of |in |and )?[\"“]?[a-z][a-z\-]*[\"”]?){0,4}?"
                r"(?=,|\.|;| <<en_title_ends>>| in (?:19|20)\d\d| in [a-z]+ (?:19|20)\d\d|$)")
_DATELINE = re.compile(r"\s*\((?:[A-Z][A-Za-z.&]*\s?){1,3}\)\s*[-–—]")
_LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3})\s*$")
# (the word boundary before "chief" is written as a look-behind after its "c", so the pattern opens with two
# literals and the regex engine skips to them instead of trying every position)
_CHIEF_SHAPE = re.compile(r"c(?<!\w.)hief (?:[a-z]+ ){1,2}officer\b|首席[\u4e00-\u9fff]{1,4}?官(?![\u4e00-\u9fff]{0,1}员)")
_LATIN_NAME_AT = re.compile(r"\s*([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3})(?= (?:was|were|has been|is)\b)")
_OPENING_LATIN = re.compile(r"\s*(?:[A-Z][A-Za-z]+-based\s+)?([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3}),")
# Patterns used inline below, compiled once (a module-level re.search looks its pattern up in re's cache each time).
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_COMMA_OR_STOP = re.compile(r"[,;。]")
_SEMI_OR_STOP = re.compile(r"[;。]")
_ON_GAP = re.compile(r"\s+(?:on\s+)?")
_HAS_YEAR = re.compile(r"\d{4}|[年'’]")
_HAS_MONTH = re.compile(r"月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_RELATIVE_WORD = re.compile(r"[昨今上本去前下]|last|this|next")
_TO_AND_END = re.compile(r"(?:\bto|\band)\s*$")
_COMMA_GAP = re.compile(r"\s*[,，(（]\s*$")
_POSSESSIVE_S = re.compile(r"^'s\b")
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&.\-]*(?:[ ][A-Z][A-Za-z0-9&.\-]*){0,3})")
_NAME_STOP = re.compile(r"[,;:。!?()\s]")
_COMMA_BEFORE_END = re.compile(r"[A-Za-z0-9)],\s*(?:and\s+)?(?:was\s+)?$")
_BY_WORD = re.compile(r"\bby\b")
_OWNER_S_END = re.compile(r"([\w.&\- ]{1,30})'s\s+(?:[a-z\-]+ ){0,2}$")
_FROM_AT_END = re.compile(r"\b(?:from|at)\s+$")
_CAPITALISED = re.compile(r"([A-Z][A-Za-z0-9&\-]+)")
_LATIN_NAME_AHEAD = re.compile(r"\s*([A-Z][A-Za-z0-9&]+(?: [A-Z][A-Za-z0-9&]+)?)")
_ANY_PUNCT = re.compile(r"[,，、;；:：。]")
# The non-ASCII letters that a case-blind pattern matches for an ASCII one (İ ı ſ K)
_CASE_BLIND_ODD = re.compile("[\u0130\u0131\u017f\u212a]")
_CLAUSE_MARKS = re.compile("[,;:。!?\n「」“”]")
_CLAUSE_STOP = re.compile(r"[,;:。!?\n]")
PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "quarter": 2, "year": 1, None: 0}


def _finders():
    """The date and money finders, imported lazily so the engine works while those modules are being written."""
    try:
        from talentdb.extract.dates import find_dates
    except Exception:  # noqa: BLE001
        find_dates = None
    try:
        from talentdb.extract.money import find_amounts
    except Exception:  # noqa: BLE001
        find_amounts = None
    return find_dates, find_amounts


@dataclass
class Role:
    start: int
    end: int
    canon: str | None
    raw: str
    kind: str
    org: str | None = None


@dataclass
class Cand:
    """An event under construction, with what the rules needed to decide it."""
    event: Event
    pos: int
    sent: int
    person_pos: int | None = None
    org_explicit: bool = False
    own_date: bool = False
    tend: int = 0
    external: bool = False  # a promotion of someone who comes from elsewhere: a hire
    replaces: str | None = None  # "will succeed Lund as CFO": the person whose departure dates the succession
    registered: bool = False  # a founding dated by its registration ("was incorporated in July")
    relative: bool = False  # told in a relative clause about its person ("X, who joined Google in 2019, …")


class _Article:
    def __init__(self, text: str, published, lang: str):
        self.text = text
        self.published = published
        self.lang = lang
        self.lex = lexicon()
        self._spans: dict = {}
        self._date_cache: dict = {}
        self.narrow = narrow(text)  # what the date and money finders read: same offsets as ``text``
        self.folded = fold(text)
        self.lowered = lower_same_length(self.folded)
        self._clause_breaks = [m.end() for m in _CLAUSE_MARKS.finditer(self.folded)]  # (see _clause_start)
        lex = self.lex
        self.triggers = []
        excl = lex.trigger_exclude.find(self.folded, self.lowered)
        for s, e in lex.trigger_matcher.find(self.folded, self.lowered):
            if any(a < e and s < b and not (s <= a and b <= e) for a, b in excl):
                continue
            self.triggers.append((s, e))
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
        self.roles = self._find_roles()
        self._titles_by_end = sorted((r for r in self.roles if r.kind != "verb"), key=lambda r: -r.end)
        self._title_end_keys = [-r.end for r in self._titles_by_end]
        self.sentences = split_sentences(text)
        self._sentence_starts = [a for a, _ in self.sentences]
        self.ents = Entities(text, self.folded, self.lowered, lex,
                             [(r.start, r.end) for r in self.roles if r.kind != "verb"], self.triggers,
                             self.sentences)
        self.quotes = quoted_spans(self.folded)
        self._quote_starts = [a for a, _ in self.quotes]
        self.dominant = self.ents.dominant_org()
        self.find_dates, self.find_amounts = _finders()
        self.person_roles: dict[str, list[tuple[int, Role]]] = {}
        self.affiliation: dict[str, list[tuple[int, str]]] = {}
        self._attach_roles()

    # -- roles ---------------------------------------------------------------------------------------------
    def _find_roles(self) -> list[Role]:
        out = []
        f = self.folded
        under = self.lex.rx(r"<<under_marks>>$")
        for s, e in self.lex.role_matcher.find(f, self.lowered):
            canon, kind = self.lex.role_title.get(self.lowered[s:e], (None, "title"))
            rs, re_ = s, e
            if kind == "lead":
                # keep what is led: "Sora AI影片生成專案負責人"
                rs = s
                while rs > 0 and s - rs < 24:
                    ch = f[rs - 1]
                    if ch in ",;:。!?()「」“”\n—-" or ch in self._list_marks or ch in self._relative or \
                            under.search(f[max(0, rs - 4):rs]):
                        break
                    if ch.isspace() and not (rs >= 2 and f[rs - 2].isascii() and f[rs].isascii()):
                        break
                    if rs in self._trigger_ends:
                        break
                    rs -= 1
                while rs < s and f[rs].isspace():
                    rs += 1
            elif kind == "verb":
                end = e
                for vs, ve in self.lex.role_verb_ends.find(f[e:e + 40], self.lowered[e:e + 40]):
                    end = e + ve
                    break
                else:
                    m = _CLAUSE_STOP.search(f, e, e + 40)
                    end = m.start() if m else e + min(40, len(f) - e)
                re_ = end
            raw = self.text[rs:re_]
            if kind == "title" and canon in self.lex.bare_field_titles and _is_han(f[s]):
                # "亞洲區債券主管": a title whose field the lexicon does not know keeps its field in role_raw
                q = s
                while q > 0 and s - q < 6 and _is_han(f[q - 1]) and f[q - 1] not in self._name_stops and \
                        q not in self._trigger_ends and not f.endswith(self.lex.org_han_suffixes, max(0, q - 4), q):
                    q -= 1
                raw = self.text[q:re_]
                if s - q <= 4:
                    rs = q  # the title with a short field: "擔任創意總監" takes the whole of it
            out.append(Role(rs, re_, canon, raw, kind))
        # "chief revenue officer" / "首席增長官": a chief-officer title the lexicon does not list
        taken = [(r.start, r.end) for r in out]
        for m in _CHIEF_SHAPE.finditer(self.lowered):
            a, b = m.span()
            if any(x < b and a < y for x, y in taken):
                continue
            raw = self.text[a:b]
            canon = " ".join(w[:1].upper() + w[1:] for w in raw.split()) if raw.isascii() else None
            out.append(Role(a, b, canon, raw, "title"))
        out.sort(key=lambda r: r.start)
        if self.lang == "en":
            for m in self._en_of_titles():
                a, b = m.span()
                if any(r.start == a and r.end >= b for r in out):
                    continue
                out = [r for r in out if not (r.start < b and a < r.end)]
                raw = self.text[a:b]
                words = [w for w in raw.split() if w.lower() not in ("its", "the", "their", "our")]
                words = [w.strip('"“”') for w in words]
                out.append(Role(a, b, " ".join(w if w in ("of", "in", "and", "for") else w[:1].upper() + w[1:]
                                               for w in words), raw, "title"))
            out.sort(key=lambda r: r.start)
        return out

    def _en_of_titles(self) -> list:
        """``finditer`` of ``_EN_OF_TITLE`` over the lowered text. The pattern opens with look-behinds, so the regex
        engine would try each of its head words at every position; it is tried only where a head word followed by
        " of " starts, which it needs. (Its case-blind letters are exact on lowered text unless the text holds one
        of the four non-ASCII letters that match ASCII ones case-blind: then the plain scan.)"""
        full = self.lex.rx(_EN_OF_TITLE)
        heads = self.lex.grammar.get("en_title_heads", [])
        low = self.lowered
        if not heads or not all(h.isascii() for h in heads) or _CASE_BLIND_ODD.search(low):
            return list(full.finditer(low)) if heads else []
        ahead = self.lex.words_rx("en_title_heads", " of ")
        out = []
        pos = 0
        while True:
            k = ahead.search(low, pos)
            if k is None:
                return out
            m = full.match(low, k.start())
            if m is None:
                pos = k.start() + 1
            else:
                out.append(m)
                pos = m.end()

    def _roles_before(self, pos: int, clause_start: int) -> list[Role]:
        """The chain of titles that ends right before ``pos`` (首席技術長米拉… / 共同創辦人兼研究科學家約翰…)."""
        chain = []
        cur = pos
        # the titles ending in [clause_start - 2, pos], the last-ending first
        lo = clause_start - 2
        for r in self._titles_by_end[bisect_left(self._title_end_keys, -pos):]:
            if r.end < lo:
                break
            gap = self.folded[r.end:cur]
            plural_head = not chain and gap in (", ", ": ") and (self.lowered[r.end - 1:r.end] == "s" or (
                self.lang == "en" and self.lex.rx(r"(?:<<possessives>>|'s|s') (?:[a-z\-]+ )?$").search(
                                                self.lowered[max(0, r.start - 24):r.start])))
            ok = (gap.strip() == "" or gap.strip() in self._relative or plural_head) if not chain else \
                self.lex.rx(r"\s*<<title_joiners>>?\s*").fullmatch(gap)
            if not ok:
                break
            chain.append(r)
            cur = r.start
        return list(reversed(chain))

    def _org_before(self, pos: int, lo: int) -> str | None:
        ms = [m for m in self.ents.orgs_in(lo, pos) if m.end <= pos]
        if not ms:
            return None
        last = ms[-1]
        # "Tesla Optimus項目": a name known only by repetition right after a known organisation is a part of it
        if last.key in self.ents.weak_orgs and len(ms) > 1 and last.start - ms[-2].end <= 2 and \
                ms[-2].key not in self.ents.weak_orgs:
            return ms[-2].key
        return last.key

    def _attach_roles(self) -> None:
        for m in self.ents.person_mentions:
            cs = self._clause_start(m.start)
            chain = self._roles_before(m.start, cs)
            if chain:
                # (the first title's raw may reach back over its field: "美術總監" for the title 總監)
                raw = chain[0].raw + self.text[chain[0].end:chain[-1].end]
                canon = " and ".join(dict.fromkeys(r.canon for r in chain if r.canon)) or None
                org = self._org_before(chain[0].start + 1, self._clause_start(chain[0].start))
                role = Role(chain[0].start, chain[-1].end, canon, raw, "title", org)
                self.person_roles.setdefault(m.key, []).append((m.start, role))
                om = self._org_before_mention(chain[0].start + 1, self._clause_start(chain[0].start)) if org else None
                if org and not (om is not None and _former(self, om)):  # "前富邦金控副總經理X": not where X is now
                    self.affiliation.setdefault(m.key, []).append((m.start, org))
                continue
            # English apposition: "Rachel Kim, OpenAI's chief technology officer," / "Li, a partner at X"
            tail = self.lowered[m.end:m.end + 60]
            if self.lex.rx(r",\s+<<present_appositive>>").match(tail):
                continue  # a present title, not the one held where the person comes from
            am = self.lex.rx(r",\s+(?:who [^,]{0,40}?\bas |<<appositive_intro>> )*(?:([a-z0-9][\w.&\- ]{0,30}?)'s )?").match(tail)
            if am and self.lang == "en" and not any(r.start == m.end + am.end() for r in self.roles):
                # "Mei Tanaka, a longtime Halcyon producer": a word or two and an employer before the title
                am2 = self.lex.rx(r",\s+(?:a|an|the|its|their)\s+(?:[a-z\-]+\s+)?(?:[A-Z][\w&\-]*\s+){0,2}", 0).match(
                    self.folded[m.end:m.end + 60])
                if am2:
                    am = am2
            if am:
                at = m.end + am.end()
                for i_r, r in enumerate(self.roles):
                    if r.start == at and r.kind != "verb":
                        # "Sabine Hartmann, the co-founder and chief executive of…": the whole chain of titles
                        chain = [r]
                        for r2 in self.roles[i_r + 1:]:
                            if r2.kind == "verb" or not self.lex.rx(r"\s*<<title_joiners>>\s*").fullmatch(
                                    self.folded[chain[-1].end:r2.start]):
                                break
                            chain.append(r2)
                        if len(chain) > 1:
                            r = Role(chain[0].start, chain[-1].end, " and ".join(
                                dict.fromkeys(x.canon for x in chain if x.canon)) or None,
                                self.text[chain[0].start:chain[-1].end], "title")
                        self.person_roles.setdefault(m.key, []).append((m.start, r))
                        break
        # role verbs: "後者曾共同領導…團隊" -> the person named last before the verb in the clause
        for r in self.roles:
            if r.kind != "verb":
                continue
            cs = self._clause_start(r.start)
            ps = [p for p in self.ents.persons_in(cs, r.start)]
            if ps:
                self.person_roles.setdefault(ps[-1].key, []).append((r.start, r))

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

    def role_for(self, person: str, pos: int, org: str | None) -> Role | None:
        items = self.person_roles.get(person, [])
        before = [r for p, r in items if p <= pos and (r.org is None or org is None or r.org == org)]
        if before:
            return before[-1]
        after = [r for p, r in items if p > pos and (r.org is None or org is None or r.org == org)]
        return after[0] if after else None

    # -- helpers -------------------------------------------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        i = bisect_left(self._quote_starts, pos) - 1
        return i >= 0 and self.quotes[i][0] < pos < self.quotes[i][1]

    def matches(self, matcher, s: int, e: int) -> list[tuple[int, int]]:
        """The words of ``matcher`` lying wholly inside [s, e) (matches found once per article)."""
        if e <= s:
            return []
        spans = self._spans.get(id(matcher))
        if spans is None:
            found = matcher.find(self.folded, self.lowered)
            spans = (found, [a for a, _ in found])
            self._spans[id(matcher)] = spans
        found, starts = spans
        out = []
        i = bisect_left(starts, s)
        while i < len(found) and found[i][0] < e:
            if found[i][1] <= e:
                out.append(found[i])
            i += 1
        return out

    def has(self, matcher, s: int, e: int) -> bool:
        """Whether ``matches`` would find anything (without building the list)."""
        if e <= s:
            return False
        spans = self._spans.get(id(matcher))
        if spans is None:
            self.matches(matcher, s, e)
            spans = self._spans[id(matcher)]
        found, starts = spans
        i = bisect_left(starts, s)
        while i < len(found) and found[i][0] < e:
            if found[i][1] <= e:
                return True
            i += 1
        return False

    def gap_ok(self, s: int, e: int) -> bool:
        """Text between a person and a trigger that still lets the person be its subject."""
        if e - s > (_GAP_LIMIT * 2 if self.lang == "en" else _GAP_LIMIT):
            return False
        for a, _ in self.matches(self.lex.group_nouns, s, e):
            # "在朋友圈宣布", "told employees": a group after a preposition is not who acts
            if not self.lex.rx(r"<<group_after_preposition>>[^,;:。]{0,4}$").search(self.lowered[max(s, a - 8):a]):
                return False
        return True

    def chain_back(self, first: Mention, lo: int) -> list[Mention]:
        """``first`` and the people listed before it (A、B以及C / A, B and C)."""
        group = [first]
        cur = first
        prev = [p for p in self.ents.persons_in(lo, cur.start) if p.end <= cur.start and not p.pronoun]
        while prev:
            p = prev.pop()
            gap_s, gap_e = p.end, cur.start
            gap = self.folded[gap_s:gap_e]
            for r in self.roles:
                if gap_s <= r.start and r.end <= gap_e:
                    gap = gap.replace(self.folded[r.start:r.end], "")
            had_role = len(gap) != gap_e - gap_s
            if had_role and self.lang == "en":
                # "Rita Gomes, Zed Corp's CFO, and Paul Kim": the employer of an appositive title is part of it
                for o in self.ents.orgs_in(gap_s, gap_e):
                    gap = gap.replace(self.folded[o.start:o.end], "")
                gap = self.lex.rx(r"(?:'s\b|\b<<possessives>>\b)").sub("", gap)
            gap = _BRACKETED.sub("", gap)
            hon = next((h for h in _HAN_HONORIFICS if gap.startswith(h)), None)
            if hon:
                gap = gap[len(hon):]  # "陳立群博士與黃博文": a courtesy title ends the name before
            if _is_han(self.folded[gap_s - 1]) and self.lex.rx(r"\s*<<han_coordinators>>[\u4e00-\u9fff]{0,6}").fullmatch(gap) \
                    and not self.ents.orgs_in(gap_s, gap_e) and not any(gap_s <= t[0] < gap_e for t in self.triggers):
                gap = ""  # "陳立群與藥物化學家黃博文": a coordinator and what the next person is
            if not self.lex.rx(_COORD).match(gap.strip()) and not self.lex.rx(_COORD).match(gap):
                # "…唐雪以及供應鏈副總裁錢永剛": a coordinator, then the next person's title with its field
                m = self.lex.rx(r"\s*<<coordinators>>\s*").match(gap)
                if not (had_role and m and len(gap) - m.end() <= 14 and not _COMMA_OR_STOP.search(gap[m.end():])):
                    break
            group.insert(0, p)
            cur = p
        return group

    def chain_forward(self, first: Mention, hi: int) -> list[Mention]:
        group = [first]
        cur = first
        nxt = [p for p in self.ents.persons_in(cur.end, hi) if not p.pronoun]
        for p in nxt:
            gap = self.folded[cur.end:p.start]
            for r in self.roles:
                if cur.end <= r.start and r.end <= p.start:
                    gap = gap.replace(self.folded[r.start:r.end], "")
            if not self.lex.rx(_COORD).match(gap):
                m = self.lex.rx(r"\s*<<list_joiners>>\s*").match(gap)
                if not (m and len(gap) - m.end() <= 40 and not _SEMI_OR_STOP.search(gap[m.end():]) or
                        self.lex.rx(_APPOSITIVE_GAP).match(gap)) or \
                        any(cur.end <= t[0] < p.start for t in self.triggers):
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
        if self.find_dates is None:
            return []
        try:
            ds = self.find_dates(self.narrow[sent_s:sent_e], self.published, self.lang)
        except Exception:  # noqa: BLE001 - a date bug must not lose the events
            return []
        out = []
        for d in ds:
            try:
                if d.date is not None and not isinstance(d.date, _dt.date):
                    continue
                if not (0 <= d.start < d.end <= sent_e - sent_s):
                    continue
                if _DATELINE.match(self.narrow, sent_s + d.end):
                    continue  # "LONDON, March 25 (Reuters) -": when the story was filed, not when it happened
                out.append((sent_s + d.start, sent_s + d.end, d))
            except Exception:  # noqa: BLE001
                continue
        return out

    def amounts_for(self, sent_s: int, sent_e: int):
        if self.find_amounts is None:
            return []
        try:
            ms = self.find_amounts(self.narrow[sent_s:sent_e])
        except Exception:  # noqa: BLE001
            return []
        out = []
        for m in ms:
            try:
                amt = float(m.amount)
                if amt < 0 or amt != amt or not m.currency:
                    continue
                out.append((sent_s + m.start, sent_s + m.end, amt, str(m.currency).upper()))
            except Exception:  # noqa: BLE001
                continue
        return out


def _as_date(published):
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    try:
        return _dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def extract_events(text, published=None, lang=None) -> Extraction:
    """Events (departure, promotion, funding, founding, hire) found in ``text``; never raises."""
    try:
        text = "" if text is None else str(text)
    except Exception:  # noqa: BLE001
        text = ""
    try:
        lang = lang if lang in ("zh-Hant", "zh-Hans", "en") else detect_lang(text)
    except Exception:  # noqa: BLE001
        lang = "en"
    try:
        return _extract(text, _as_date(published), lang)
    except Exception:  # noqa: BLE001 - the contract: extraction never fails an ingest
        return Extraction(lang=lang, events=[], entities=[])


def _extract(text: str, published, lang: str) -> Extraction:
    if not text.strip():
        return Extraction(lang=lang)
    art = _Article(text, published, lang)
    cands: list[Cand] = []
    starts, n = art._trigger_starts, len(art._trigger_starts)
    for si, (ss, se) in enumerate(art.sentences):
        i = bisect_left(starts, ss)
        if i < n and starts[i] < se:  # (a sentence with no trigger in it gives nothing)
            cands.extend(_sentence_events(art, si, ss, se))
    nl = text.find("\n")
    events = _merge(cands, headline_end=nl if 0 < nl < 120 else -1)
    events = _no_sector_orgs(art, events)
    events = _home_org_fallback(art, events)
    _founders_left_from(events)
    events = _promotion_that_is_the_hire(events)
    return Extraction(lang=lang, events=events, entities=_entities(art, events))


# --------------------------------------------------------------------------------------------------------------
def _sentence_events(art: _Article, si: int, ss: int, se: int) -> list[Cand]:
    lex = art.lex
    f, low = art.folded, art.lowered
    i = bisect_left(art._trigger_starts, ss)
    trig = []
    while i < len(art.triggers) and art.triggers[i][0] < se:
        s_, e_ = art.triggers[i]
        if e_ <= se and not art.in_quote(s_):
            trig.append((s_, e_))
        i += 1
    if not trig:
        return []
    clauses = split_clauses(f, ss, se)
    dates: list = []
    amounts = None
    out: list[Cand] = []
    evidence = art.text[ss:se]

    def clause_of(pos):
        for cs, ce in clauses:
            if cs <= pos < ce:
                return cs, ce
        return ss, se

    def leading_date():
        if not dates:
            return None
        # "本周一,X发布内部信,宣布…离职" / "媒体获悉,本周一,…": a date in a clause of its own before the first event
        t0 = min(t[0] for t in trig)
        for cs, ce in clauses:
            if cs >= t0:
                break
            first = [d for d in dates if cs <= d[0] and d[1] <= ce]
            if first and not art.ents.persons_in(cs, ce) and not any(cs <= t[0] < ce for t in trig):
                return first[0]
        return None

    def date_for(ts, te):
        cs, ce = clause_of(ts)
        # "said on Monday that X will retire, effective March 3": the effective date after the word governs
        for d in dates:
            if d[0] >= te and art.has(lex.effective_words, max(ss, d[0] - 12), min(se, d[1] + 6)) and \
                    not any(te < t[0] < d[0] for t in trig):
                own_dates.add(ts)
                return d
        before = [d for d in dates if cs <= d[0] and d[1] <= ts]
        if before:
            own_dates.add(ts)
            return before[-1]
        after = [d for d in dates if te <= d[0] < ce]
        if after:
            own_dates.add(ts)
            return after[0]
        # "…出任營運長,7月3日起生效" / "自6月1日起,由…接任" / "effective March 3": the effective date
        for d in dates:
            if art.has(lex.effective_words, max(ss, d[0] - 12), min(se, d[1] + 6)):
                own_dates.add(ts)
                return d
        lead = leading_date()
        if lead:
            return lead
        if art.lang == "en":
            # "…raised $180 million in a Series B led by X, the company said on Tuesday."
            nxt = [t[0] for t in trig if t[0] > ts]
            later = [d for d in dates if te <= d[0] and (not nxt or d[0] < nxt[0])]
            if later:
                return later[0]
            # "X is stepping down as CEO and will become executive chair, the company said Monday": the day it was
            # told dates every move of the sentence before it
            told = [d for d in dates if te <= d[0] and any(
                _ON_GAP.fullmatch(low[b:d[0]]) for _, b in art.matches(lex.speech_verbs, max(ss, d[0] - 14), d[0]))]
            if told:
                return told[0]
        return None

    sentence_last = None
    own_dates: set = set()

    def same_time(ts):
        return art.has(lex.same_time, ss, ts) or (art.lang == "en" and art.has(lex.same_time, ts, se))

    for ts, te in trig:
        key = low[ts:te]
        rules: list[TriggerRule] = lex.triggers.get(key, [])
        cs, ce = clause_of(ts)
        if not rules:
            continue
        if (art.has(lex.hedges, cs, ts) and not _reported_future(art, ss, cs, ts)) or art.has(lex.rumours, ss, ts) or \
                art.has(lex.rumours, te, ce):
            continue
        if _conditional(art, te, ce):
            continue  # "will invest a further $40 million if the chip meets its targets": not done
        if _hedged_before(art, clauses, cs, ts):
            continue
        for rule in rules:
            if rule.gap and rule.gap not in low[te:ce]:
                continue
            if rule.requires and not any(r in low[cs:ce] or r in low[ss:se] for r in rule.requires):
                continue
            if rule.type == "funding":
                if amounts is None:
                    amounts = art.amounts_for(ss, se)
                c = _funding(art, rule, ts, te, cs, ce, ss, se, amounts, None, evidence, si)
                new = [c] if c else []
                if c is not None:
                    new.extend(_earlier_rounds(art, c, ss, se, amounts, evidence, si))
            else:
                new = _people_event(art, rule, ts, te, cs, ce, ss, se, None, evidence, si)
            for c in new:
                c.tend = c.tend or te
            out.extend(new)
    if not out:
        return out
    # dates, only for sentences that gave events (finding them is the costly part)
    dates.extend(art.dates_for(ss, se))
    for ts in sorted({c.pos for c in out}):
        here = [c for c in out if c.pos == ts]
        d = date_for(ts, here[0].tend)
        if d is None and same_time(ts):
            d = sentence_last or art.last_date
            if d is None or (art.published and d[2].date and d[2].date > art.published):
                d = _told_day_before(art, si) or d
        if d is None:
            d = _sentence_date_before(art, dates, ts, ss)
        if d is None and not dates and si > 0 and art.text[art.sentences[si - 1][1] - 1] in ";；":
            d = art.sentence_dates.get(si - 1)  # "…由總經理吳佩珊接任;總經理遺缺則由…升任。": one sentence, two halves
        if d is None and not dates and si > 0:
            d = _previous_sentence_date(art, si, here)
        if d is None and not dates and si > 0 and art.has(lex.announcement_refs, ss, se):
            d = _told_day_before(art, si)  # "內部郵件顯示,…離職": the day the memo was sent
        if d is not None:
            d = _future_effective(art, d, ss, se, ts)
        for c in here:
            _set_date(c.event, d)
        if d is not None:
            sentence_last = d
            art.sentence_dates[si] = d
            if d[2].precision in ("day", "week") and not (
                    art.published and d[2].date and d[2].date > art.published and art.last_date is not None):
                # "11月26日宣布…自2026年1月1日起生效。同日,…": the day it was told, not the day it takes effect
                art.last_date = d
    for c in out:
        c.own_date = c.pos in own_dates
        if c.event.type == "founding" and c.event.date and art.has(lex.registered_words, c.pos, c.tend):
            c.registered = True  # "Quorra was incorporated in October"
        if c.event.type == "founding" and not c.event.date:
            # "…共同創辦了固鋰科技,新公司已於上月底完成註冊": the registration date
            for d in dates:
                if d[0] > c.pos and art.has(lex.registered_words, max(ss, d[0] - 10), min(se, d[1] + 8)):
                    _set_date(c.event, d)
                    c.registered = True
                    break
    _link(out)
    return out


def _reported_future(art: _Article, ss: int, cs: int, ts: int) -> bool:
    """"said on Monday that Maya Tran would join as COO": a future told in reported speech, not a hedge; only when
    every hedge before the word is such a word (grammar.toml reported_future) and a speech verb comes before it."""
    hs = art.matches(art.lex.hedges, cs, ts)
    if not hs or not all(art.lowered[a:b] in art.lex.reported_future for a, b in hs):
        return False
    return art.has(art.lex.speech_verbs, ss, hs[0][0])


def _told_day_before(art: _Article, si: int):
    """The latest day or week already past that the last few sentences tell ("昨(5)日召開董事會…。…4月1日起生效。
    董事會同時擢升…": "at the same time" is the day of the meeting, not the day a change takes effect)."""
    for j in range(si - 1, max(-1, si - 4), -1):
        ps, pe = art.sentences[j]
        ds = [d for d in art.dates_for(ps, pe) if d[2].precision in ("day", "week") and d[2].date and
              (art.published is None or d[2].date <= art.published)]
        if ds:
            return ds[-1]
    return None


def _conditional(art: _Article, te: int, ce: int) -> bool:
    """A condition word ([conditions]) after the event word in its clause, as a whole word."""
    rx = art.lex.conditions.regex
    if rx is None:
        return False
    low = art.lowered
    for m in rx.finditer(low, te, ce):
        a, b = m.span()
        if not ((low[a - 1:a].isascii() and low[a - 1:a].isalnum()) or (low[b:b + 1].isascii() and low[b:b + 1].isalnum())):
            return True
    return False


def _hedged_before(art: _Article, clauses, cs: int, ts: int) -> bool:
    """"公司计划明年赴港上市,募资约10亿港元": a clause that opens with its event word has the subject, and the plan or
    threat, of the clause before it in the sentence."""
    if ts - cs > 4 or art.ents.persons_in(cs, ts) or art.ents.orgs_in(cs, ts):
        return False
    prev = [c for c in clauses if c[1] <= cs]
    if not prev:
        return False
    ps, pe = prev[-1]
    return art.has(art.lex.hedges, ps, pe) and not art.dates_for(cs, ts)


@lru_cache(maxsize=4096)
def _folded_lower(s: str) -> str:
    return fold(s).lower()


def _no_sector_orgs(art: _Article, events: list[Event]) -> list[Event]:
    """A sector word alone ("具身智能", "IC", "人工智慧") is never an organisation: such a founding or funding is dropped,
    such an employer or destination left unknown."""
    generic = art.lex.org_generic_set
    out = []
    for e in events:
        if e.org and _folded_lower(e.org) in generic:
            if e.type in ("founding", "funding"):
                continue
            e.org = None
        if e.counterparty and _folded_lower(e.counterparty) in generic:
            e.counterparty = None
        out.append(e)
    return out


def _fix_org(name):
    from talentdb.extract.validate import fix_org

    return fix_org(name)


def _home_org_fallback(art: _Article, events: list[Event]) -> list[Event]:
    """A person's employer that is no organisation (a sector "电商", a title "CTO", a news outlet) or not found, in
    an article about one company ("公司" / "该公司" stand for it): that company, the one the article names most
    often, when it is named at least three times and is not where the person went."""
    from talentdb.extract.validate import fix_org

    home = art.dominant
    if not home:
        return events
    n = sum(1 for m in art.ents.org_mentions if not m.ref and m.key == home)
    if n < 3:
        return events
    for e in events:
        if e.type not in ("departure", "promotion"):
            continue
        if e.org and fix_org(e.org) is not None:
            continue
        if e.counterparty and _folded_lower(home) in _folded_lower(e.counterparty):
            continue
        e.org = home
    return events


def _sentence_date_before(art: _Article, dates: list, ts: int, ss: int) -> tuple | None:
    """"The board removed X on Tuesday and named Y interim CEO" / "霍爾週一宣布:…將升任…,而…則接任…": a trigger
    with no date of its own takes the day, week or month said earlier in its sentence (the announcement or the
    move it goes on from). A year ("who joined in 2019") is background, not the time of what follows; a date
    inside a relative or appositive clause ("who left in March") belongs to that clause."""
    before = [d for d in dates if d[1] <= ts and d[2].precision in ("day", "week", "month")]
    if not before:
        return None
    d = before[-1]
    low = art.lowered
    cut = max(low.rfind(ch, ss, d[0]) for ch in ",;:，；：(（")
    if art.lex.rx(r"<<relative_intro>>").search(low, max(ss, cut + 1), d[0]):
        return None
    return d


def _promotion_that_is_the_hire(events: list[Event]) -> list[Event]:
    """"匯泓委任前滙豐X為風險總監…他將接替羅凱琳" / "…新任營運長X在台積電服務逾20年": taking the very title they were
    hired into is the hire told again, not a promotion."""
    hires = {(e.person, e.role) for e in events if e.type == "hire" and e.person and e.role}
    return [e for e in events if not (e.type == "promotion" and (e.person, e.role) in hires)]


def _founders_left_from(events: list[Event]) -> None:
    """"She had left OpenAI to start Fermat AI": a founder whose leaving is told in the same sentence as the founding
    (or whose departure names the new company as where they went) came from the organisation they left."""
    for e in events:
        if e.type != "founding" or not e.person or e.counterparty:
            continue
        for d in events:
            if d.type == "departure" and d.person == e.person and d.org and d.org != e.org and \
                    (d.evidence == e.evidence or d.counterparty == e.org):
                e.counterparty = d.org
                break


def _previous_sentence_date(art: _Article, si: int, here: list) -> tuple | None:
    """"某公司昨(9)日公告人事異動。財務長某某將退休。": a sentence with no date of its own that goes on with the
    story of the one before (same organisation or person, no new subject) takes that sentence's date."""
    ps, pe = art.sentences[si - 1]
    if pe - ps > 120:  # an announcing sentence is short; a long one tells a story of its own
        return None
    keys = {m.key for m in art.ents.orgs_in(ps, pe)} | {m.key for m in art.ents.persons_in(ps, pe)}
    cs_ = art.sentences[si][0]
    if not any(c.event.org in keys or c.event.person in keys for c in here) and \
            not any(m.key in keys for m in art.ents.persons_in(cs_, cs_ + 12)) and \
            not art.lex.rx(r"\s*<<its_marks>>(?![a-z])").match(art.lowered, cs_):
        # ("…will succeed Hartmann effective Jan. 1. His deputy, Yasmin Okoye, has been named interim CFO": the
        # sentence opens with someone of the sentence before)
        return None
    ds = [d for d in art.dates_for(ps, pe) if d[2].precision in ("day", "week", "month")]
    return _future_effective(art, ds[0], ps, pe, ds[0][0]) if len(ds) == 1 else None


def _future_effective(art: _Article, d, ss: int, se: int, ts: int):
    """A date without a year in a sentence about what will happen ("will retire, effective March 3", "7月3日起生效",
    published in December) is the next such date, not the one already past."""
    dm = d[2]
    pub = art.published
    if pub is None or dm.date is None or dm.precision not in ("day", "month") or (pub - dm.date).days < 60:
        return d
    text = (dm.text or "").lower()
    # only a calendar month and day, not a year and not a relative word (昨日, 上月, last month)
    if _HAS_YEAR.search(text) or not _HAS_MONTH.search(text) \
            or _RELATIVE_WORD.search(text):
        return d
    if not (art.has(art.lex.effective_words, ss, se) or
            art.lex.rx(r"<<future_marks>>").search(art.lowered, max(ss, ts - 24), min(se, ts + 12))):
        return d
    try:
        nd = dm.date.replace(year=dm.date.year + 1)
    except ValueError:
        return d
    if (nd - pub).days > 366:
        return d
    return (d[0], d[1], replace(dm, date=nd))


_GROUP_BACK = r"<<group_back>>"


def _possessive(art: _Article, p: Mention) -> bool:
    """"Elon Musk's xAI": a person named as an owner, not one who acts."""
    return not p.pronoun and art.folded[p.end:p.end + 2] in ("'s", "’s")


def _subjects(art: _Article, rule: TriggerRule, ts, te, cs, ce, ss) -> tuple[list[Mention], bool]:
    """The people a trigger is about, and whether none can be (a group, a relative clause about others)."""
    f = art.folded
    # "三人隨後共同創辦了…" / "the three later founded…": the group named in the sentence before
    # (the cheap tests first: there is seldom a group to go back to)
    if art.last_group and art.last_group[0].start < ss and ss - art.last_group[-1].end < 200 and \
            art.lex.rx(_GROUP_BACK).search(art.lowered, cs, ts) and not art.ents.persons_in(cs, ts):
        return list(art.last_group), False
    after = [p for p in art.ents.persons_in(te, ce)]
    before = [p for p in art.ents.persons_in(cs, ts) if p.end <= ts and not _possessive(art, p)]
    if rule.type == "hire" and rule.direction != "object" and not (before and art.gap_ok(before[-1].end, ts)):
        leaver = _chained_leaver(art, ts, ss)
        if leaver is not None:
            return art.chain_back(leaver, ss), False
    # relative clause: "即將擔任首席科學家的雅庫布·帕喬基" / "今年離職的另一位重要人物是X"
    rel = art._relative_rx.search(f, te, ce) if art._relative_rx is not None else None
    de = rel.start() if rel else -1
    if de >= 0 and rule.succession and any(te <= t[0] < de for t in art.triggers):
        de = -1  # "接替上月離任的風險總監X": the clause before 的 is about X leaving; X is the one replaced
    if de >= 0 and (not after or de < after[0].start):
        nxt = [p for p in after if p.start > de]
        if nxt and nxt[0].start - de <= _RELATIVE_PERSON_GAP and not art.has(art.lex.group_nouns, de, nxt[0].start):
            return art.chain_forward(nxt[0], ce), False
        if de - te <= 1 or art.has(art.lex.group_nouns, de, min(ce, de + 8)):
            if not before or art.has(art.lex.speech_verbs, before[-1].end, ts) or \
                    art.has(art.lex.group_nouns, before[-1].end, ts):
                return [], True
    if rule.direction == "object" and not after and ce < len(f) and f[ce:ce + 1] in ",，" and \
            any(r.end <= ce and ce - r.end <= 1 and r.start >= te for r in art.roles):
        # "fired its CFO, Ann Park,": the person in apposition to the title after the word
        app = [p for p in art.ents.persons_in(ce, min(ce + 3, len(f))) if not p.pronoun]
        if app:
            after = app
    if rule.direction == "object" and not after and f[ce:ce + 1] in (":", "：") and not before:
        # "hired three engineers from Meta: Ana Li, Bo Chen and Cy Park": the list after the colon
        nxt = [p for p in art.ents.persons_in(ce + 1, min(len(f), ce + 6)) if not p.pronoun]
        if nxt:
            return art.chain_forward(nxt[0], art._sentence_end(ss)), False
    if rule.direction == "object" and after and not art.lex.rx(_PASSIVE).search(f[max(cs, ts - 8):ts]):
        return art.chain_forward(after[0], max(ce, after[0].end)), False
    if rule.succession and after and art.lex.rx(_PASSIVE).search(f[max(cs, ts - 10):ts]) and \
            art.lex.rx(r"^\s*<<agent_marks>>\s*$").match(f[te:after[0].start]):
        return art.chain_forward(after[0], ce), False  # "Hale was replaced by Sara Quinn": the one after "by"
    if rule.succession and after and (after[0].start - te <= 3 or not art.lex.rx(r"<<agent_marks>>").search(
            art.lowered, te, after[0].start)):
        # "will succeed Lund as CFO" / "接替林俊男" / "接替將於3月底屆齡退休的創辦人許文雄": the person after is the one
        # replaced
        after = []
    if rule.type in ("promotion", "hire") and after and after[0].start - te <= (40 if art.lang == "en" else 25) and \
            (not before or art.ents.orgs_in(before[-1].end, ts) or _object_of_earlier(art, before[-1], cs)) and \
            (art.ents.orgs_in(cs, ts) or (not before and rule.needs_role)) and \
            not art.has(art.lex.speech_verbs, te, after[0].start) and \
            not (art.lang == "en" and art.lex.rx(_PASSIVE).search(f[max(cs, ts - 8):ts]) and
                 not art.lex.rx(r"(?<![a-z])<<agent_marks>>(?![a-z])").search(art.lowered, te, after[0].start)):
        # (not "Wojcik … was elevated to CTO to replace him": after a passive, the one named after is someone else)
        # "Brightline promoted deputy CFO Ana Ruiz to…" / "公司宣布…晉升": the organisation acts on the person
        return art.chain_forward(after[0], ce), False
    if before:
        p = before[-1]
        if art.gap_ok(p.end, ts):
            # "Ana Ruiz, Ben Tao and Carl Wu resigned": a list may run across the commas that split clauses
            return art.chain_back(p, ss if not p.pronoun else p.start), False
        return [], True
    if any(not art.lex.rx(r"<<co_marks>>[^,;:。]{0,4}$").search(art.lowered[max(cs, a - 8):a])
           for a, _ in art.matches(art.lex.group_nouns, cs, ts)):
        return [], True  # "員工紛紛離職": a group acts ("與兩名前同事共同創立" names who acts with them)
    # no one in this clause: the last person earlier in the sentence ("他曾在特斯拉…,2022年重返OpenAI,但…離開")
    prev = [p for p in art.ents.persons_in(ss, cs) if p.end <= cs and not _possessive(art, p)]
    if prev:
        p = prev[-1]
        gap_s = p.end
        if ts - gap_s <= 90 and not art.has(art.lex.speech_verbs, gap_s, ts) and \
                not any(not art.lex.rx(r"<<co_marks>>[^,;:。]{0,4}$").search(art.lowered[max(cs, a - 8):a])
                        for a, _ in art.matches(art.lex.group_nouns, cs, ts)) and not art.in_quote(ts):
            return art.chain_back(p, ss), False
    return [], False


def _object_of_earlier(art: _Article, p: Mention, cs: int) -> bool:
    """"The board removed CEO X on Monday and named Y interim CEO": X undergoes an earlier word of the clause, so the
    one who acts on the later word is whoever acted on the first (the organisation), not X."""
    for t0s, t0e in art.triggers:
        if t0e > p.start:
            break
        if t0s >= cs and p.start - t0e <= 40 and not art.ents.persons_in(t0e, p.start) and any(
                rr.direction == "object" for rr in art.lex.triggers.get(art.lowered[t0s:t0e], [])):
            return True
    return False


def _chained_leaver(art: _Article, ts: int, ss: int):
    """"Wei, who left A's lab in June to join B" / "left A … and returned to B": a move chained by "to"/"and"
    to a leaving just before it is made by the one who left."""
    if not _TO_AND_END.search(art.lowered[max(ss, ts - 5):ts]):
        return None
    for t0s, t0e in reversed(art.triggers):
        if t0e > ts or t0s < ss:
            continue
        if ts - t0e > 60 or art.ents.persons_in(t0e, ts):
            return None
        if not any(rr.type == "departure" for rr in art.lex.triggers.get(art.lowered[t0s:t0e], [])):
            return None
        prev = [q for q in art.ents.persons_in(ss, t0s) if q.end <= t0s and not _possessive(art, q)]
        if prev and t0s - prev[-1].end <= (130 if art.lang == "en" else 80) and not art.has(art.lex.speech_verbs, prev[-1].end, t0s):
            return prev[-1]
        return None
    return None


def _org_after(art: _Article, te: int, ce: int, allow_shape: bool = True) -> tuple[str | None, int]:
    """The organisation a trigger points to: the first named after it (skipping "X的" possessives)."""
    f = art.folded
    orgs = [o for o in art.ents.orgs_in(te, ce)]
    if orgs and orgs[0].ref and orgs[0].start - te <= 2:
        named = [o for o in art.ents.orgs_in(orgs[0].end, orgs[0].end + 4) if not o.ref]
        if named and _COMMA_GAP.match(f[orgs[0].end:named[0].start]):
            return named[0].key, named[0].start  # "co-founded the new company, Lanternfall Games,": the name given
        return orgs[0].key, orgs[0].start  # "co-founded the company": the reference as resolved (the one founded)
    if art.lex.rx(r"(?:<<skip_after_trigger>>)?<<bare_company>>").match(art.lowered[te:te + 16].lstrip()):
        key = art.ents.company_meant(te)
        if key:
            return key, te
    for o in orgs:
        if f[o.end:o.end + 1] in art._relative and o.end < len(f) and any(x.start > o.end for x in orgs):
            continue
        if _POSSESSIVE_S.match(f[o.end:o.end + 2]) and any(x.start > o.end for x in orgs):
            continue
        return o.key, o.start
    if not allow_shape:
        return None, -1
    return _org_by_shape(art, te, ce)


@lru_cache(maxsize=4)
def _suffix_index(suffixes: tuple) -> tuple[dict, list]:
    """The positions in ``suffixes`` of those opening with each character, and of the empty one if any."""
    by_first: dict = {}
    empty = []
    for k, suf in enumerate(suffixes):
        if suf:
            by_first.setdefault(suf[0], []).append(k)
        else:
            empty.append(k)
    return by_first, empty


def _suffixes_in(suffixes: tuple, seg: str) -> list[str]:
    """The suffixes that may occur in ``seg`` (their first character does), in their order in ``suffixes``."""
    by_first, empty = _suffix_index(suffixes)
    ks = [k for c in set(seg) for k in by_first.get(c, ())]
    ks.extend(empty)
    ks.sort()
    return [suffixes[k] for k in ks]


def _org_by_shape(art: _Article, te: int, ce: int) -> tuple[str | None, int]:
    """An organisation the lexicon does not know, named right after a founding/funding/hire trigger."""
    f = art.folded
    seg = f[te:ce]
    lex = art.lex
    # Latin name: "公司Safe Superintelligence", "a startup called Quillon Bio"
    m = _LATIN_NAME.search(seg)
    if m:
        name = m.group(1).rstrip(".")
        words = [w for w in name.split() if w not in lex.latin_not_name or w in lex.org_latin_suffixes]
        if len(words) == 1 and (len(words[0]) < 3 or words[0] in lex.latin_org_words or words[0].isupper()) \
                and words[0] not in art.ents.orgs.keys:
            words = []  # "專注AI教育的公司": a lone short word or acronym is not a name
        if words and name not in art.ents.people.keys:
            name = " ".join(name.split()[name.split().index(words[0]):])
            return name, te + m.start()
    # Han name ending in an organisation word: "成立了星河智能" / "固態電池公司固鋰科技" / "名為深空科技的公司"
    stop = _NAME_STOP.search(seg)
    seg = seg[:stop.start()] if stop else seg
    best = None
    present = _suffixes_in(lex.org_han_suffixes, seg)
    for suf in present:
        i = seg.find(suf)
        while i >= 0:
            end = i + len(suf)
            start = 0
            head = seg[:i]
            for g in list(lex.org_generic) + lex.grammar.get("name_intro", []):
                j = head.rfind(g)
                if j >= 0 and j + len(g) > start:
                    start = j + len(g)
            for suf2 in present:
                j = seg.rfind(suf2, start, i)
                if j >= 0 and i - (j + len(suf2)) >= 2:
                    start = j + len(suf2)  # "虛擬銀行眾星銀行": what it is, then its name
            residue = seg[start:i]
            name = seg[start:end]
            if len(residue) >= 2 and all(_is_han(c) for c in name) and name not in lex.org_generic and \
                    (best is None or end > best[1]):
                best = (start, end)
            i = seg.find(suf, i + 1)
    if best:
        return art.text[te + best[0]:te + best[1]], te + best[0]
    # "創辦了初創公司深度視界": a name with no organisation word, right after what the company is
    hm = lex.rx(r"^(?:\s|<<name_intro>>)*?(?:<<naming_words>>|<<head_nouns>>(?:<<head_nouns>>)?)").match(
        art.lowered[te:te + len(seg)])
    if hm:
        a = b = hm.end()
        stop_chars = art.ents._not_in_org
        while b < len(seg) and b - a < 6 and _is_han(seg[b]) and seg[b] not in stop_chars:
            b += 1
        name = seg[a:b]
        if 2 <= len(name) <= 6 and name not in lex.org_generic and not art.ents.persons_in(te + a, te + b) and \
                not any(r.start < te + b and te + a < r.end for r in art.roles) and \
                not any(t[0] < te + b and te + a < t[1] for t in art.triggers) and \
                not lex.rx(r"^<<role_intro>>").match(art.lowered[te + a:te + b]):
            return art.text[te + a:te + b], te + a
    # "陳立群將加盟瑞昱。": a short name that is all that follows the word, up to the end of the clause
    sk = lex.rx(_SKIP_AFTER).match(art.lowered[te:te + len(seg)])
    a = sk.end() if sk else 0
    name = seg[a:]
    if 2 <= len(name) <= 4 and all(_is_han(c) and c not in art.ents._not_in_org for c in name) and \
            name[0] not in art.ents._not_first_in_org and name not in lex.org_generic and \
            not art.ents.persons_in(te + a, te + len(seg)) and not any(te + a <= r.start < te + len(seg) for r in art.roles) \
            and not any(te + a <= t[0] < te + len(seg) for t in art.triggers):
        return art.text[te + a:te + len(seg)], te + a
    return None, -1


def _people_event(art: _Article, rule, ts, te, cs, ce, ss, se, d, evidence, si) -> list[Cand]:
    f = art.folded
    etype = rule.type
    subjects, blocked = _subjects(art, rule, ts, te, cs, ce, ss)
    role_after, succeeded = _vacated_role(art, ts, cs, ss, subjects) if etype in ("promotion", "hire") else (None, None)
    if role_after is None and (rule.needs_role or etype in ("promotion", "hire")):
        for r in art.roles:
            if te <= r.start < ce and r.kind != "verb" and \
                    art.lex.rx(r"<<former_marks>>\s*$").search(art.lowered, max(te, r.start - 8), r.start):
                continue  # "延攬前製作人X加盟,擔任創意總監": the title held before is not the one taken
            if te <= r.start < ce and r.kind != "verb" and (r.start - te <= 12 or (
                    r.start - te <= 40 and art.lex.rx(_ROLE_INTRO).search(f[te:r.start]))):
                role_after = r
                break
            if art.lang == "en" and te <= r.start < ce and r.kind != "verb" and r.start - te <= 40:
                am = art.lex.rx(_ROLE_INTRO_ADJ).search(f, te, r.start)
                if am:
                    # "to succeed Calloway as creative head of…": a qualifier before the title is part of it
                    a = am.start(1)
                    role_after = replace(r, start=a, raw=art.text[a:r.end])
                    break
        if role_after is None and etype in ("hire", "promotion") and \
                not art.lex.rx(r"\s*(?:who|which|whom)\b").match(art.lowered, cs):
            # (not "X, who joined Google in 2019, was promoted to CTO": the title after the relative clause is the
            # main clause's)
            nxt = [t for t in art.triggers if te < t[0] < se]
            for r in art.roles:
                if ce <= r.start < se and r.kind != "verb" and (not nxt or r.start < nxt[0][0] or
                                                                 art.lex.rx(_ROLE_INTRO).search(f[max(te, r.start - 4):r.start])) and \
                        art.lex.rx(_ROLE_INTRO).search(f[max(te, r.start - 20):r.start]) and \
                        not any(q.key not in {s_.key for s_ in subjects} for q in art.ents.persons_in(te, r.start)):
                    role_after = r
                    break
        if role_after is None and art.lang == "en" and subjects and not subjects[-1].pronoun:
            # "named Daniel Ortiz, a longtime researcher at its lab, head of a new team" / "promoted X, a research
            # director, to head Y": the title taken comes after the appositive that describes the person
            m = _APPOSITIVE_AFTER.match(f, subjects[-1].end, se)
            if m:
                role_after = next((r for r in art.roles if m.end() <= r.start <= m.end() + 1 and r.kind != "verb"), None)
        own_title = None
        if rule.succession and role_after is not None and subjects and not subjects[0].pronoun and \
                0 <= subjects[0].start - role_after.end <= 2 and role_after.end <= subjects[0].start:
            # "will be succeeded by Treasurer Maria Esposito": the successor's present title, not the one taken over
            own_title, role_after = role_after, None
        if rule.needs_role and role_after is None:
            # "新任研究高級副總裁的馬克·陳" has the title after; "X升任CTO" too; "named X CEO": after the person
            if subjects:
                for r in art.roles:
                    if subjects[-1].end <= r.start < ce and r.start >= te and r.kind != "verb" and \
                            r.start - subjects[-1].end <= 12:
                        role_after = r
                        break
            if role_after is None and art.lang == "en" and subjects:
                for r in art.roles:
                    if subjects[-1].end <= r.start < se and r.kind != "verb" and \
                            art.lex.rx(_ROLE_INTRO).search(f[max(te, r.start - 30):r.start]):
                        role_after = r
                        break
            if role_after is None and rule.succession:
                # "徐立將辭任首席執行官…,由楊帆接任": the title given up earlier in the sentence
                for r in art.roles:
                    if ss <= r.start < ts and r.kind != "verb" and \
                            art.lex.rx(r"(?:<<role_leave_intro>>|<<leave_words>>)\s*$").search(f[max(ss, r.start - 4):r.start]):
                        role_after = r
            if role_after is None and rule.succession and subjects:
                # "財務長黃仁昭將退休,由副財務長莊子壽接任": the title of the one who leaves earlier in the sentence
                skeys = {q.key for q in subjects}
                for q in reversed(art.ents.persons_in(ss, subjects[0].start)):
                    if q.key in skeys or q.pronoun:
                        continue
                    leaves = q.end <= ts and any(q.end <= t[0] < subjects[0].start and any(
                        rr.type == "departure" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], [])) for t in art.triggers)
                    held = art.role_for(q.key, q.start, None)
                    replaced = q.end <= ts < subjects[0].start  # "Hale was replaced by Quinn"
                    if (leaves or replaced) and held is not None and held.end <= q.start:
                        role_after = held
                        succeeded = q.key
                    break
            if role_after is None and rule.succession and subjects:
                # "Moretti will succeed Hartmann effective Jan. 1": the office of the one succeeded, as told before
                skeys = {q.key for q in subjects}
                rep = [q for q in art.ents.persons_in(te, min(ce, te + 4)) if q.key and q.key not in skeys]
                if rep:
                    held = art.role_for(rep[0].key, rep[0].start, None)
                    if held is not None and held.start < rep[0].start:  # ("to replace her": as she held it)
                        role_after = _office(art, held)
                        succeeded = rep[0].key
            if role_after is None:
                role_after = own_title
            if role_after is None:
                return []
    out = []
    org = None
    org_explicit = False
    counter = None
    if etype == "founding":
        if art.lex.rx(r"<<future_marks>>\s*<<co_adverbs>>?\s*$").search(art.lowered[max(cs, ts - 8):ts]):
            return []  # "他將創辦…", "will found": not done yet
        org = None
        if art.lex.rx(_PASSIVE).search(f[max(cs, ts - 12):ts]) or art.lex.rx(r"<<passive_past>>").search(f[max(ss, ts - 30):ts]):
            # "Lumenar was co-founded in 2022 by A and B": the company before, the founders after "by"
            ob = [o for o in art.ents.orgs_in(ss, ts)]
            if not ob:
                # "Quorra was founded by…": an unknown name opening the sentence, before the passive
                lm = _LATIN_NAME_AT.match(f, ss, ts)
                if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
                        not any(w in art.lex.latin_not_name for w in lm.group(1).split()):
                    ob = [Mention(lm.start(1), lm.end(1), "org", lm.group(1))]
            if ob:
                org = ob[-1].key
                byp = [p for p in art.ents.persons_in(te, se) if art.lex.rx(r"<<agent_marks>>").search(f[te:p.start])]
                if byp:
                    subjects = art.chain_forward(byp[0], se)
        if org is None and art.lang == "en" and _COMMA_BEFORE_END.search(f[max(ss, ts - 8):ts]) \
                and _BY_WORD.search(f[te:min(se, te + 30)]):
            # "London-based Haloframe, founded last year by former Meta engineers A and B": the name before the comma
            comma = f.rfind(",", ss, ts)
            ob = [o for o in art.ents.orgs_in(ss, comma) if comma - o.end <= 1]
            if ob:
                org = ob[-1].key
            else:
                lm = _LATIN_NAME_BEFORE.search(f, ss, comma)
                if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
                        not all(w in art.lex.latin_not_name for w in lm.group(1).split()):
                    org = lm.group(1)
            if org is not None:
                byp = [p for p in art.ents.persons_in(te, se) if art.lex.rx(r"<<agent_marks>>").search(f[te:p.start])]
                if byp:
                    subjects = art.chain_forward(byp[0], se)
        if org is None:
            if te < len(f) and f[te] in art._relative and (
                    not subjects or art.lex.rx(r"<<new_marks>>\s*$").search(art.lowered[max(cs, ts - 3):ts])):
                return []  # "轉投谷歌新成立的量子實驗室": what the new unit is, not a founding
            org, opos = _org_after(art, te, ce)
            if org is None and art.lang != "en" and not subjects and \
                    art.lex.rx(r"(?:已|正式)").search(f[cs:ts]) and not art.ents.persons_in(cs, ts):
                # "子公司恒岳智藥(上海)有限公司已於8月25日正式成立": the company that opens the clause
                from talentdb.extract.validate import fix_org
                ob = [o for o in art.ents.orgs_in(cs, ts) if o.start - cs <= 10 and fix_org(o.key) is not None]
                if ob:
                    org = ob[0].key
        if org is None and cs > ss:
            # "now runs Ledgerleaf, a carbon-accounting startup he launched the following year": the company the clause
            # describes
            lim = subjects[0].start if subjects and subjects[0].start >= cs else ts
            prevo = [o for o in art.ents.orgs_in(ss, cs) if 0 <= cs - o.end <= 2 and not o.ref]
            if prevo and art.lex.rx(r"\s*(?:a|an|the)\s[^,;]{0,40}?<<head_nouns>>\s+(?:(?:that|which)\s+)?").fullmatch(
                    art.lowered, cs, lim):
                org = prevo[-1].key
        agents = list(art.lex.rx(r"<<agent_marks>>").finditer(f, ss, ts))
        by_pos = agents[-1].start() if agents else -1
        if org is None and by_pos >= 0:
            # "星河智能於2023年3月由A、B和C共同創立": the company comes first, founders after 由
            orgs_b = [o for o in art.ents.orgs_in(ss, by_pos)]
            if orgs_b:
                org = orgs_b[0].key
            else:
                org, _ = _org_by_shape_before(art, ss, by_pos)
            if org is None:
                # "BitVault由A與B共同創立": a Latin name right before 由
                lm = _LATIN_NAME_BEFORE.search(f, ss, by_pos)
                if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
                        not all(w in art.lex.latin_not_name for w in lm.group(1).split()):
                    org = lm.group(1)
        if org is None:
            return []
        by = [p for p in art.ents.persons_in(cs, ts) if art.lex.rx(r"<<agent_marks>>").search(f, cs, p.start)]
        if by:
            subjects = art.chain_back(by[-1], cs)
        if subjects and len(subjects) == 1:
            # "who co-founded the company in 2021 with chief executive Tom Avery" / "與X共同創辦"
            w = [q for q in art.ents.persons_in(te, se) if not q.pronoun and q.key != subjects[0].key and (
                 (q.start < ce and art.lex.rx(r"<<co_marks>>[^,;]*$").search(f[te:q.start])) or
                 # "co-founded the new company, Lanternfall Games, earlier this month with Mei Tanaka"
                 (art.lex.rx(r"(?<![a-z])<<co_marks>>\s*$").search(art.lowered, max(te, q.start - 16), q.start) and
                  not any(te < t[0] < q.start for t in art.triggers) and not _SEMI_OR_STOP.search(f[te:q.start])))]
            if w:
                subjects = subjects + art.chain_forward(w[0], ce)
        if subjects and (art.lex.rx(r"<<co_marks>>\s*(?:<<person_nouns>>)?\s*$").search(
                art.lowered[max(cs, subjects[0].start - 14):subjects[0].start]) or (
                # "…離職,與今年第三季離開星宇的前美術總監徐蕾娜聯合創立": a clause that opens with "with"
                _is_han(f[subjects[0].start]) and art.lex.rx(r"\s*<<co_marks>>").match(art.lowered, cs) and
                not _COMMA_OR_STOP.search(f[cs:subjects[0].start]))) \
                and not art.ents.persons_in(cs, subjects[0].start):
            prev = [q for q in art.ents.persons_in(ss, cs) if q.end <= cs]
            if prev and prev[-1].key not in [q.key for q in subjects]:
                subjects = [prev[-1]] + subjects
        people = subjects if subjects else [None]
        if len(subjects) > 1:
            art.last_group = list(subjects)
        group_came = None
        for i_p, p in enumerate(people):
            came = None
            if p is not None and not p.pronoun:
                # "前Google研究員魏子豪…創辦": where the founder came from
                fo = [o for o in art.ents.orgs_in(max(ss, p.start - 20), p.start) if _former(art, o) and o.key != org]
                came = fo[-1].key if fo else None
                if i_p == 0:
                    group_came = came
                elif came is None and group_came and not art.ents.orgs_in(people[0].end, p.start):
                    came = group_came  # "former Meta engineers A and B": both came from Meta
                if came is None:
                    # "by A, a biologist who previously led design at Genentech," / "A曾任大疆研发总监"
                    came = _came_from_org(art, p, org, se)
            ev = Event(type="founding", person=p.key if p else None, org=org, evidence=evidence, counterparty=came,
                       confidence=rule.confidence * (0.9 if p is not None and p.pronoun else 1.0))
            _set_date(ev, d)
            out.append(Cand(ev, ts, si, p.start if p else None, True))
        return out
    if not subjects:
        return []
    if len(subjects) > 1:
        art.last_group = list(subjects)
    shared = None
    if len(subjects) > 1:
        first_role = art.role_for(subjects[0].key, subjects[0].start, None)
        if first_role is not None and first_role.end <= subjects[0].start and \
                art.lowered[first_role.end - 1:first_role.end] == "s":
            shared = first_role
    if shared is None and len(subjects) > 1 and art.lang == "en" and etype == "departure":
        # "three researchers from X - A, B and C - resigned" / "A and B, both researchers at X, left": a plural title
        # said of the whole list, before its first name or between its last name and the event word
        lo, hi = max(ss, subjects[0].start - 70), subjects[-1].end
        for r in art.roles:
            if r.kind == "verb" or not art.lowered[r.end - 1:r.end] == "s":
                continue
            if (lo <= r.start and r.end <= subjects[0].start and not art.ents.persons_in(r.end, subjects[0].start)) or \
                    (hi <= r.start and r.end <= ts and not art.ents.persons_in(hi, r.start)):
                shared = r
                break
    group_org = None
    for p in subjects:
        org, org_explicit, counter = None, False, None
        hire_guessed = False
        if etype == "departure":
            org, org_explicit = _departure_org(art, rule, p, ts, te, cs, ce)
            if rule.direction == "moves" and org and not org_explicit and _org_after(art, te, ce)[0] == org:
                continue  # "2022年由傳統銀行跳槽至匯泓": the move was to the company of the story, not away from it
            if org_explicit and group_org is None:
                group_org = org
            elif not org_explicit and group_org is not None:
                org, org_explicit = group_org, True  # listed together, leaving the same place
        elif etype == "hire":
            passive = art.lex.rx(r"<<passive_marks>>").search(art.lowered, max(cs, ts - 16), ts) \
                if rule.direction == "object" else None
            if rule.direction == "object" and not art.lex.rx(_PASSIVE).search(f[max(cs, ts - 8):ts]) and passive is None:
                # "蘋果從Google延攬了X": the organisation after 從 is where they came from, not who hires
                obs = [o for o in art.ents.orgs_in(ss, ts) if o.end <= ts]
                came = [o for o in obs if art.lex.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start])]
                obs = [o for o in obs if o not in came and not _former(art, o)]
                inc = [o for o in obs if o.start >= cs]
                org = inc[-1].key if inc else (obs[-1].key if obs else None)
                if org is None:
                    org = _it_subject(art, ss, cs, ts)  # "It hired Aoife Brennan…": the company the story is about
                if org is None and _external(art, p, cs, ts):
                    # "董事會通過聘任前台積電處長X為營運長" / "公司延攬前鼎新電機副總X出任營運長": the company told of
                    org = _company_acting(art, ss, ts, p)
                if org is None and art.lang != "en":
                    # "台達電宣布延攬…": a short name that opens the clause, before its verb
                    ends = art.matches(art.lex.name_enders, cs, ts)
                    org = _opening_name(art, cs, ends[0][0] if ends else ts)
                if came and org and came[-1].key != org:
                    counter = came[-1].key
            elif passive is not None and [o for o in art.ents.orgs_in(passive.end(), ts)]:
                # "後者則被華為聘為首席科學家": the organisation after 被 hires
                org = art.ents.orgs_in(passive.end(), ts)[-1].key
            else:
                org, _ = _org_after(art, te, ce, allow_shape=True)
                if org is None:
                    # "Quillon also said Susan Oduya joined last week as…" / "…的邵峰,上週正式回歸"
                    hire_guessed = True
                    org = art._org_before(p.start, ss) if not _former(art, art._org_before_mention(p.start, ss)) else None
                    org = org or _affiliation(art, p.key, ts)
                    if org is None and role_after is not None:
                        org = art.dominant
            resp = [o for o in art.ents.orgs_in(te, ce)]
            if len(subjects) > 1 and len(resp) == len(subjects) and art.lex.rx(r"<<respectively>>").search(f[ss:se]):
                org = resp[subjects.index(p)].key
            org_explicit = org is not None and not hire_guessed
            if org is None:
                continue
        elif etype == "promotion":
            ob = [o for o in art.ents.orgs_in(cs, ts) if o.end <= ts and not _former(art, o) and
                  not art.lex.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start]) and
                  _fix_org(o.key) is not None]
            org = ob[-1].key if ob else None
            if org is None:
                o2, opos = _org_after(art, te, ce, allow_shape=False)
                if o2 and opos >= 0 and art.lex.rx(r"<<former_marks>>\s*$").search(art.lowered[max(0, opos - 7):opos]):
                    o2 = None  # "任命前字節跳動高管X為…": where X used to be, not who appoints
                org = o2
            if org is None:
                # "OpenAI同時宣布,將…Kevin Park擢升為…": the organisation that opens the sentence
                first = art.ents.orgs_in(ss, ts)
                if first and first[0].start - ss <= 4:
                    org = first[0].key
            org_explicit = org is not None
            if org is None and _external(art, p, cs, ts):
                org = _company_acting(art, ss, ts, p)  # "集團同時委任前阿里巴巴副總裁X為…": the company told of
                if org is None:
                    continue  # someone from elsewhere taking a title, and no word of where: too weak to tell
            if org is None:
                org = _affiliation(art, p.key, ts) or art.ents.company_meant(ts)
        if org is None and etype == "hire":
            continue  # joining, with nowhere named to join, is too weak to tell
        if etype == "departure" and rule.direction != "moves" and counter is None:
            # "…, who left in September for Hanseatic Landesbank": the organisation after "for" is where they went
            for o in art.ents.orgs_in(te, ce):
                if not o.ref and o.key != org and art.lex.rx(r"(?<![a-z])<<destination_marks>>\s+$").search(
                        art.lowered, max(te, o.start - 6), o.start) and not any(te < t[0] < o.start for t in art.triggers):
                    counter = o.key
                    break
        dep_as = None
        if etype == "departure":
            for r in art.roles:
                if te <= r.start < ce and r.kind != "verb" and (
                        art.lex.rx(_ROLE_LEAVE).match(f[te:r.start]) or (r.start - te <= 1 and not f[te:r.start].strip()) or
                        # "辭去公司董事職務": a title given up, after a word for the company
                        (art.lang != "en" and art.lex.rx(r"(?:<<role_modifiers>>)").fullmatch(f[te:r.start]))):
                    dep_as = r
                    om = _OWNER_S_END.search(f[te:r.start])
                    if om:
                        for o in art.ents.orgs_in(te, r.start):
                            org, org_explicit = o.key, True
                    break
        new_role = None
        if etype == "promotion" or (etype == "hire" and rule.direction == "object"):
            for r in art.roles:
                if p.end <= r.start < ce and r.kind != "verb" and art.lex.rx(_ROLE_INTRO).search(f[p.end:r.start]) \
                        and not any(p.end <= t[0] < r.start and t[0] != ts and t[0] != p.end for t in art.triggers) \
                        and not any(p.end <= t[0] < r.start and t[0] == p.end and not art.lex.rx(
                            r"\s*(?:<<role_modifiers>>\s*)*").fullmatch(art.lowered, t[1], r.start) for t in art.triggers):
                    # ("任命副總X接任營運長": the word right before the title only says it is taken)
                    new_role = r
                    break
        if new_role is not None:
            role = new_role
        elif etype in ("promotion", "hire") and role_after is not None:
            role = role_after
        elif dep_as is not None:
            role = dep_as
        elif etype == "departure" and art.lang == "en":
            role = None
            at_mention = art.role_for(p.key, p.start, org)
            stop = min([t[0] for t in art.triggers if te < t[0] < se and
                        any(rr.type == "hire" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], []))] + [se])
            for r in ([] if at_mention is not None else art.roles):
                if r.start >= stop:
                    break
                if te <= r.start < se and r.kind != "verb" and \
                        art.lex.rx(_ROLE_WAS).search(f[max(te, r.start - 40):r.start]):
                    role = r
                    break
            if role is None:
                role = at_mention
        else:
            role = art.role_for(p.key, p.start, org) if etype != "hire" else None
        if role is None and etype == "hire":
            # "上月已回鍋xAI,重新領導工程團隊": what the person leads after joining
            for r in art.roles:
                if te <= r.start < se and r.kind == "verb" and not any(
                        q.key != p.key for q in art.ents.persons_in(te, r.start)) and \
                        not any(te < t[0] < r.start for t in art.triggers):
                    role = r
                    break
        if role is None and shared is not None:
            role = shared
        external = etype == "promotion" and _external(art, p, cs, ts)
        if (etype == "hire" or external) and counter is None and not p.pronoun:
            # "前Shopee副總裁陳思遠加盟…" / "former Stripe engineer Ravi Shah joined…": where the hire came from
            fo = [o for o in art.ents.orgs_in(max(ss, p.start - 40), p.start) if _former(art, o) and o.key != org]
            if fo and not art.ents.persons_in(fo[-1].end, p.start) and (p.start - fo[-1].end <= 20 or not _ANY_PUNCT.search(
                    f[fo[-1].end:p.start])) and not any(fo[-1].end <= t[0] < p.start for t in art.triggers):
                counter = fo[-1].key
        if (etype == "hire" or external) and counter is None and not p.pronoun:
            counter = _came_from_org(art, p, org, se)
        conf = rule.confidence * (0.9 if p.pronoun else 1.0) * (1.0 if org_explicit else 0.85)
        ev = Event(type=etype, person=p.key, org=org, role=role.canon if role else None,
                   role_raw=role.raw if role else None, counterparty=counter, evidence=evidence,
                   confidence=round(min(1.0, conf), 2))
        _set_date(ev, d)
        c = Cand(ev, ts, si, p.start, org_explicit, external=external)
        c.relative = bool(art.lex.rx(r"\s*(?:who|which|whom)\b").match(art.lowered, cs)) and p.start < cs
        if rule.succession:
            rep = [q for q in art.ents.persons_in(te, min(ce, te + 4)) if q.key != p.key]
            c.replaces = rep[0].key if rep else succeeded
            if c.replaces is None:
                # "總經理柯富仁將於6月退休,由…接任": the one leaving earlier in the sentence
                for q in reversed(art.ents.persons_in(ss, p.start)):
                    if q.key != p.key and not q.pronoun and any(q.end <= t[0] < p.start and any(
                            rr.type == "departure" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], []))
                            for t in art.triggers):
                        c.replaces = q.key
                        break
        out.append(c)
        if etype == "hire" and org:
            art.affiliation.setdefault(p.key, []).append((ts, org))
    if etype == "departure" and group_org is None and len(out) > 1 and art.lang == "en":
        # "three researchers from X's team - A, B and C - resigned": the place the list is introduced with
        first = subjects[0].start
        obs = [o for o in art.ents.orgs_in(max(ss, first - 80), first)
               if _FROM_AT_END.search(f[max(ss, o.start - 6):o.start])
               and not art.ents.persons_in(o.end, first)]
        if obs:
            group_org = obs[-1].key
    if etype == "departure" and group_org is not None and len(out) > 1:
        # "researchers from X - A, B and C - resigned": the place said for one of the list is the list's
        for c in out:
            if not c.org_explicit and c.event.org != group_org:
                c.event.org, c.org_explicit = group_org, True
    return out


def _office(art: _Article, role: Role) -> Role:
    """"co-founder and chief executive": the office one can hand over, without the founder title that stays."""
    if not role.canon or " and " not in role.canon:
        return role
    parts = [c for c in role.canon.split(" and ") if c not in art.lex.founder_titles]
    if not parts or len(parts) == len(role.canon.split(" and ")):
        return role
    return replace(role, canon=" and ".join(parts))


def _vacated_role(art: _Article, ts: int, cs: int, ss: int, subjects) -> tuple[Role | None, str | None]:
    """"董事長一職由總經理X接任" / "總經理遺缺則由技術長Y升任": the title left open before the successor, not the
    successor's own title; "其職務由X接任": the title of the person named before in the sentence. Also the one
    whose title it was, when that is said."""
    if not subjects:
        return None, None
    first = subjects[0].start
    f = art.folded
    for m in art.lex.rx(r"<<vacated_marks>>").finditer(art.lowered, cs, first):
        a = m.start()
        its = art.lex.rx(r"(?:<<its_marks>>|(<<relative_words>>))\s*(?:<<former_marks>>)?\s*$").search(
            art.lowered, max(ss, a - 4), a)
        if its:
            # "其(原)職務由X接任" / "許哲的職務由X接任": the title of the person meant, as they held it
            named = [q for q in art.ents.persons_in(ss, its.start()) if not q.pronoun]
            if its.group(1) is not None:
                named = [q for q in named if q.end == its.start()]
            elif not named and art.sentences.index((ss, art._sentence_end(ss))) > 0:
                ps, pe = art.sentences[art.sentences.index((ss, art._sentence_end(ss))) - 1]
                named = [q for q in art.ents.persons_in(ps, pe) if not q.pronoun]
            if named:
                q = named[-1]
                held = art.role_for(q.key, q.start, None)
                if held is not None and any(m.key == q.key and 0 <= m.start - held.end <= 2
                                            for m in art.ents.persons_in(held.end, held.end + 3)):
                    return held, q.key
            if its.group(1) is None:
                held = [r for r in art.roles if ss <= r.end <= a and r.kind != "verb" and r.end <= cs]
                if held:
                    return held[-1], None
            continue
        for r in art.roles:
            if cs <= r.start and r.kind != "verb" and 0 <= a - r.end <= 1 and f[r.end:a] in ("", *art._relative):
                return r, None
        if a - cs <= 1 and not any(cs <= r.start < a for r in art.roles):
            # "總經理張志明將於年底退休,遺缺由林佳慧升任": the mark opens its clause, so the opening is the one
            # left by the last person in the sentence who leaves
            held = _leaver_role(art, ss, cs)
            if held is not None:
                return held, None
    return None, None


def _leaver_role(art: _Article, ss: int, lim: int) -> Role | None:
    """The title held by the last person named in ``[ss, lim)`` who leaves there (a departure word after them)."""
    for q in reversed(art.ents.persons_in(ss, lim)):
        if q.pronoun:
            continue
        if not any(q.end <= t[0] and t[1] <= lim and any(
                rr.type == "departure" for rr in art.lex.triggers.get(art.lowered[t[0]:t[1]], [])) for t in art.triggers):
            return None
        held = art.role_for(q.key, q.start, None)
        return held if held is not None and held.end <= q.start else None
    return None


def _company_acting(art: _Article, ss: int, ts: int, p: Mention) -> str | None:
    """"董事會通過聘任…" / "公司…引入了…" / "集團同時委任…": the company of the story acts through its board or as
    "the company"; not where the person came from (named between the word and the person)."""
    if not art.lex.rx(r"(?:^|[,;:，；：]\s*)(?:<<bare_company>>|<<board_words>>)").search(art.lowered[ss:ts]) and \
            not art.lex.rx(r"<<board_words>>").search(art.lowered, ss, ts):
        return None
    org = art.ents.company_meant(ts)
    if org is None or any(o.key == org for o in art.ents.orgs_in(ts, p.start)):
        return None
    return org


def _external(art: _Article, p: Mention, cs: int, ts: int) -> bool:
    """"延攬前富邦金控副總經理X", "從微軟延攬X", "X, previously at Y,": someone who comes from another organisation."""
    f = art.folded
    lo = max(cs, p.start - 20)
    for o in art.ents.orgs_in(lo, p.start):
        if _former(art, o) or art.lex.rx(r"<<from_marks>>\s*$").search(f[max(0, o.start - 2):o.start]):
            return True
    # "引入了前中金公司投行部執行總經理X": a former mark, then a name with an organisation word, then the person
    for m in art.lex.rx(r"<<former_marks>>").finditer(art.lowered, lo, p.start):
        seg = f[m.end():p.start]
        if _is_han(seg[:1]) and 2 <= len(seg) <= 16 and m.group() not in art.lex.grammar.get("inhouse_former_marks", []) \
                and not any(c in art._relative for c in seg) and \
                not art.ents.persons_in(m.end(), p.start) and any(r.end == p.start and r.start > m.end() + 1
                                                                  for r in art.roles):
            return True  # "延攬前鼎新電機事業群副總羅建宏": a title held somewhere before, right before the name
        if _is_han(seg[:1]) and not art.ents.persons_in(m.end(), p.start) and \
                not any(c in art._relative for c in seg) and any(
                0 < seg.find(suf) <= 8 for suf in art.lex.org_han_suffixes):
            return True
    if art.lex.rx(r"^,\s*<<came_from>>").match(art.lowered[p.end:p.end + 30]):
        return True
    # "Joan Miller, a former Citigroup banker,": a former employer in apposition that is not the one naming her
    fa = art.lex.rx(r"^,\s*<<former_appositive>>\s*").match(art.lowered[p.end:p.end + 20])
    if fa:
        here = art._org_before(ts, cs)
        at = p.end + fa.end()
        named = [o for o in art.ents.orgs_in(at, at + 30) if not o.ref]
        if any(o.key != here for o in named):
            return True
        cap = _CAPITALISED.match(f[at:at + 30])
        if not named and cap and cap.group(1) not in art.lex.latin_not_name and not (here or "").startswith(cap.group(1)):
            return True
    # "Orbis appointed Jamie Cole as CEO. Cole was previously at Snowflake." / "施建安此前任職於富邦金控"
    for q in art.ents.persons_in(p.end, p.end + 240):
        if q.key == p.key and art.lex.rx(r"^\s*<<came_from>>").match(art.lowered[q.end:q.end + 30]):
            return True
    return False


def _came_from_org(art: _Article, p: Mention, org: str | None, se: int) -> str | None:
    """Where a hire worked before, said after the name: "X, a former vice president of sales at Y," /
    "X, previously at Y," / a later "X此前担任Y…负责人" or "X was previously at Y"."""
    low = art.lowered

    def first_other(a, b):
        for o in art.ents.orgs_in(a, b):
            if o.key != org and not o.ref and not (org and (o.key in org or org in o.key)):
                return o.key
        # "…who previously led protein design at Genentech,": a capitalised name after "at" is where they worked
        m = art.lex.rx(r"(?<![a-z])<<at_marks>>\s+([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,3})", 0).search(
            art.folded, a, b)
        if m and not art.ents.persons_in(m.start(1), m.end(1)) and \
                not any(w in art.lex.latin_not_name for w in m.group(1).split()) and m.group(1) != org:
            return m.group(1)
        return None

    fa = art.lex.rx(r"^,\s*(?:<<former_appositive>>|<<came_from>>)\s*").match(low[p.end:p.end + 30]) or \
        art.lex.rx(r"^,\s*(?:a|an)\s[^,;]{0,50}?<<appositive_past>>\s").match(low[p.end:p.end + 90])
    if fa:
        at = p.end + fa.end()
        stop = low.find(",", at, at + 80)
        got = first_other(at, stop if stop >= 0 else min(se, at + 60))
        if got:
            return got
    later = [(q.start, q.end) for q in art.ents.persons_in(p.end, min(len(low), p.end + 400)) if q.key == p.key]
    sur = art.text[p.start]
    if _is_han(sur):
        # "罗文博博士…。罗博士此前担任Y…": the family name with a title stands for the one named before
        for hon in art.lex.grammar.get("person_titles", []):
            i = art.folded.find(sur + hon, p.end, p.end + 300)
            if i >= 0 and not [q for q in art.ents.persons_in(p.end, i) if q.key != p.key and not q.pronoun]:
                later.append((i, i + 1 + len(hon)))
    for qs, qe in sorted(later):
        m = art.lex.rx(r"^\s*(?:<<came_from>>|<<came_from_role>>)\s*").match(low[qe:qe + 30])
        if m:
            at = qe + m.end()
            for o in art.ents.orgs_in(qs, at + 25):
                if o.end > at and o.key != org and not o.ref and not (org and (o.key in org or org in o.key)):
                    return o.key
    return None


def _org_by_shape_before(art, cs, ts):
    """An unknown organisation ending in an organisation word before ``ts``: "…由A、B共同創立" after "深空科技於…"."""
    f = art.folded
    stop = art.ents._not_in_org
    for suf in art.lex.org_han_suffixes:
        i = f.rfind(suf, cs, ts)
        if i >= 0:
            s = i
            while s > cs and _is_han(f[s - 1]) and f[s - 1] not in stop and i - s < 6:
                s -= 1
            while s < i and f[s] in art.ents._not_first_in_org:
                s += 1  # "此前該公司": not a name
            residue = f[s:i]
            if len(residue) >= 2 and not any(g in residue for g in art.lex.org_generic if len(g) >= 2):
                return art.text[s:i + len(suf)], s
    return None, -1


def _opening_name(art: _Article, cs: int, lim: int) -> str | None:
    """"深空引擎完成3億元A輪融資": a short Han name that is all there is between the clause start and the verb."""
    f = art.folded
    a = cs
    while a < lim and f[a].isspace():
        a += 1
    name = f[a:lim]
    if 2 <= len(name) <= 6 and all(_is_han(c) and c not in art.ents._not_in_org for c in name) and \
            name[0] not in art.ents._not_first_in_org and name not in art.lex.org_generic_set and \
            not art.ents.persons_in(a, lim) and not any(r.start < lim and a < r.end for r in art.roles) and \
            not art.has(art.lex.hedges, a, lim) and not any(a <= t[0] < lim for t in art.triggers) and \
            not art.lex.rx(r"<<bare_company>>").match(art.lowered, a) and not art.has(art.lex.name_enders, a + 1, lim):
        return art.text[a:lim]  # not "公司上周宣布": a reference, a time word or a verb is no part of a name
    return None


def _former(art: _Article, o) -> bool:
    """"前Google工程師", "former Google researcher": an organisation someone used to work at."""
    if o is None:
        return False
    if art.lex.rx(r"<<former_marks>>\s*$").search(art.lowered[max(0, o.start - 7):o.start]):
        return True
    # "前渣打銀行(Standard Chartered)": a span read with its mark in it, the name it stands for without
    m = art.lex.rx(r"^<<former_marks>>").match(art.lowered[o.start:o.end])
    if m and not _folded_lower(o.key).startswith(m.group(0)):
        return True
    # "前比亚迪(BYD)": the gloss in brackets is as former as the name it glosses
    if o.start > 0 and art.folded[o.start - 1] in "(（":
        prev = [q for q in art.ents.orgs_in(max(0, o.start - 40), o.start - 1) if q.end == o.start - 1 and q.key == o.key]
        return bool(prev) and _former(art, prev[-1])
    return False


def _affiliation(art: _Article, person: str, pos: int) -> str | None:
    items = [o for p, o in art.affiliation.get(person, []) if p <= pos]
    return items[-1] if items else None


def _departure_org(art: _Article, rule, p: Mention, ts, te, cs, ce) -> tuple[str | None, bool]:
    f = art.folded
    if rule.direction == "moves":
        # "轉戰英特爾": the organisation after the word is where they went; where they left is said elsewhere
        return _departure_org(art, TriggerRule(type="departure", direction="none"), p, ts, ts, cs, ts)
    # 1. "離開OpenAI", "left Brightline", "resigned from Google"
    skip = art.lex.rx(_SKIP_AFTER).match(f[te:ce])
    at = te + (skip.end() if skip else 0)
    ref_after = None
    for o in art.ents.orgs_in(at, min(ce, at + 2)):
        if not o.ref:
            return o.key, True
        ref_after = o.key
        break
    if ref_after is None and art.lex.rx(r"<<bare_company>>").match(art.lowered[at:at + 12]):
        ref_after = art.ents.company_meant(at)
    if rule.direction in ("subject", "moves"):
        sm = _LATIN_NAME_AHEAD.match(f[at:ce])
        if sm and f[te:at].strip().lower() in ("", "from") and sm.group(1) not in art.lex.latin_not_name \
                and sm.group(1) not in art.ents.people.keys:
            name = sm.group(1)
            for k, c in art.ents.orgs.keys.items():
                if k.startswith(name):
                    return c, True
    # 2. "從OpenAI離職"
    orgs_b = [o for o in art.ents.orgs_in(cs, ts) if o.end <= ts]
    if orgs_b and art.lex.rx(r"<<from_marks>>\s*$").search(f[max(cs, orgs_b[-1].start - 3):orgs_b[-1].start]):
        return orgs_b[-1].key, True
    # 3. the title's organisation or one named before the person in the clause ("OpenAI旗下…負責人 Tim Brooks")
    role = art.role_for(p.key, p.start, None)
    if role is not None and role.org and role.start <= p.start:
        return role.org, True
    ob = art._org_before(p.start, cs)
    if ob:
        return ob, True
    if ref_after:
        return ref_after, True
    if p.pronoun or p.start < cs:
        ob = [o for o in art.ents.orgs_in(p.end, ts)]
        if ob and not any(ob[-1].end <= t[0] < ts and any(r.type == "hire" for r in art.lex.triggers.get(art.lowered[t[0]:t[1]], []))
                          for t in art.triggers):
            return ob[-1].key, True
    # 4. where the article last put the person, 5. the article's main organisation
    aff = _affiliation(art, p.key, ts)
    if aff:
        return aff, False
    return art.ents.company_meant(ts), False


def _funding(art: _Article, rule, ts, te, cs, ce, ss, se, amounts, d, evidence, si) -> Cand | None:
    f = art.folded
    lex = art.lex
    ams = [a for a in amounts if cs <= a[0] and a[1] <= ce]
    # a sum next to "valuation", "revenue", "target"… is not money received ("at a $1 billion valuation")
    ams = [a for a in ams if not art.has(lex.money_not_funding, max(cs, a[0] - 14), min(ce, a[1] + 12))]
    if not ams and rule.direction == "recipient":
        # "完成C輪融資,集資5億港元" / "closed its Series B, totalling $40 million": the sum opens the next clause
        ams = [a for a in amounts if ce <= a[0] <= ce + 6 and a[0] < se and not _CLAUSE_STOP.search(f[ce + 1:a[0]])
               and not art.has(lex.money_not_funding, max(ce, a[0] - 6), min(se, a[1] + 12))
               and not any(ce <= t[0] < a[0] for t in art.triggers)]
    if not ams:
        return None
    if art.has(lex.money_not_funding, cs, ts) and art.has(lex.money_not_funding, max(cs, ts - 8), ts):
        return None  # "營收融資"…: the trigger itself is qualified
    amt = min(ams, key=lambda a: abs(a[0] - ts))
    org = None
    investors: list[str] = []
    # a recipient marked by 为/向/into: "為OpenAI注入", "invested $X in Foo"
    for o in art.ents.orgs_in(cs, ce):
        if art.lex.rx(_RECIPIENT_MARK).search(f[max(cs, o.start - 6):o.start]) and (rule.direction == "investor" or o.start < ts):
            org = o.key
            for x in art.ents.persons_in(cs, o.start) + art.ents.orgs_in(cs, o.start):
                if x.key != org and x.key not in investors:
                    investors.append(x.key)
            break
    if org is None and rule.direction == "investor":
        o2, opos = _org_after(art, te, ce, allow_shape=bool(art.lex.rx(r"^\s*<<head_nouns>>").match(art.lowered[te:te + 6])))
        before = art.ents.orgs_in(cs, ts) + art.ents.persons_in(cs, ts)
        if o2 and not art.lex.rx(r"<<received_marks>>\S{0,12}$").search(f[cs:ts]):
            org = o2
            investors = [x.key for x in sorted(before, key=lambda m: m.start) if x.key != org]
    if org is None:
        if True:
            def investor_marked(o):
                return bool(art.lex.rx(_INVESTOR_MARK).search(f[max(ss, o.start - 12):o.start]) or
                            art.lex.rx(r"\s*(?:<<relative_words>>)?<<investor_verbs>>").match(f[o.end:o.end + 6]))
            # "獲得騰訊及小米…注資": what follows "received" gave the money
            got = list(art.lex.rx(r"<<received_marks>>").finditer(f, cs, ts))
            lim = got[0].start() if got else ts
            ob = [o for o in art.ents.orgs_in(cs, lim) if not investor_marked(o) and not _former(art, o)]
            it = _it_subject(art, ss, cs, ts) if not ob else None
            if it is not None:
                ob = []  # "Gripwell Robotics, a Pittsburgh startup…, said it had raised": who "it" is, not the last name
            elif not ob:
                ob = [o for o in art.ents.orgs_in(ss, lim) if not investor_marked(o) and not _former(art, o)]
            # "商湯旗下的醫療子公司": the money went to an unnamed part of it, not to it
            ob = [o for o in ob if not art.lex.rx(r"^\s*<<under_marks>>").match(f[o.end:o.end + 4])]
            if ob:
                org = ob[-1].key
            elif it is None:
                org, _ = _org_by_shape_before(art, ss, ts)
            if org is None and got:
                org = _opening_name(art, cs, got[0].start())
            if org is None and art.lex.rx(r"<<it_refs>>").match(art.lowered[ss:ss + 4]):
                org = art.ents.company_meant(ss)
            if org is None:
                org = it if it is not None else _it_subject(art, ss, cs, ts)
            if org is None and art.lex.rx(r"(?:^|[,;:]\s*)<<bare_company>>").search(art.lowered[cs:ts]):
                # "今年3月,公司完成5000萬元Pre-A輪融資": the company the article is about
                org = art.ents.company_meant(ts)
            if org is None and art.last_funding and si - art.last_funding[0] <= 1 and \
                    not art.ents.orgs_in(ss, ts) and not art.ents.persons_in(ss, ts):
                # "Foo raised $18 million last week. That comes on top of a $4.5 million seed round in April": the
                # round told just before was received by the same company
                org = art.last_funding[1]
            if org is None:
                return None
    # investors named after the trigger: "led by X", "由X領投", "investors including X"
    if not investors:
        investors = _investors_by_shape(art, ss, se, org)
    if not investors and rule.direction == "investor":
        # "獲韓國發行商Nexlight Games策略投資" / "已獲母公司泓通金融及星暉資本合共注資": who gave, between "received"
        # and the word
        got = list(art.lex.rx(r"<<received_marks>>").finditer(f, cs, ts))
        lo = got[-1].end() if got else ts
        near = [o.key for o in art.ents.orgs_in(lo, ts) if o.key != org and not o.ref]
        if not near:
            near = [o.key for o in art.ents.orgs_in(cs, ts) if o.key != org and not o.ref and ts - o.end <= 6][-1:]
        investors = list(dict.fromkeys(near))
    if not investors:
        seg_lo = cs
        for m in art.ents.orgs_in(seg_lo, se) + art.ents.persons_in(seg_lo, se):
            prefix = f[max(ss, m.start - 40):m.start]
            if art.lex.rx(r"<<investor_marks>>[^,;。]*$").search(prefix) \
                    or art.lex.rx(r"\s*<<investor_verbs>>").match(f[m.end:m.end + 12]):
                if m.key != org and m.key not in investors:
                    investors.append(m.key)
    ev = Event(type="funding", org=org, amount=amt[2], currency=amt[3], evidence=evidence,
               counterparty=", ".join(investors) if investors else None, confidence=rule.confidence)
    _set_date(ev, d)
    art.last_funding = (si, org)
    return Cand(ev, ts, si, None, True)


def _it_subject(art: _Article, ss: int, cs: int, ts: int) -> str | None:
    """"In March, it secured $1.2 billion" / "Haloframe, founded last year by…, said that it had raised $15 million":
    "it" as the subject of a funding word is the organisation that said so in this sentence, else the company the
    story is about."""
    m = art.lex.rx(r"(?<![a-z])<<it_subject>>\s*$").search(art.lowered, max(cs, ts - 16), ts)
    if not m:
        return None
    sp = art.matches(art.lex.speech_verbs, ss, m.start())
    if not sp:
        return art.ents.company_meant(m.start())
    said = [o for o in art.ents.orgs_in(ss, sp[0][0]) if not o.ref and not _former(art, o)]
    if said and not art.ents.persons_in(said[0].end, sp[0][0]):
        return said[0].key
    # "London-based Haloframe, founded last year by…, said": the name that opens the sentence before its comma
    lm = _OPENING_LATIN.match(art.folded, ss, sp[0][0])
    if lm and not art.ents.persons_in(lm.start(1), lm.end(1)) and \
            not any(w in art.lex.latin_not_name for w in lm.group(1).split()):
        return art.text[lm.start(1):lm.end(1)]
    return None  # someone else said it: whoever "it" is, not surely the company of the story


def _earlier_rounds(art: _Article, main: Cand, ss: int, se: int, amounts, evidence, si) -> list[Cand]:
    """"…months after a $30 million Series B earlier this year": another round named in passing, by its round word."""
    out = []
    for a in amounts:
        if a[2] == main.event.amount and a[3] == main.event.currency:
            continue
        if not art.lex.rx(r"^\s*(?:<<round_words>>)").match(art.lowered[a[1]:a[1] + 6]) and \
                not art.lex.rx(r"^[^,;。]{0,4}?<<round_words>>").match(art.lowered[a[1]:a[1] + 14]):
            continue
        if art.has(art.lex.money_not_funding, max(ss, a[0] - 14), min(se, a[1] + 12)):
            continue
        ev = Event(type="funding", org=main.event.org, amount=a[2], currency=a[3], evidence=evidence,
                   confidence=round(main.event.confidence * 0.9, 2))
        c = Cand(ev, a[0], si, None, True)
        c.tend = a[1]
        out.append(c)
    return out


_LEAD_INVESTORS = (r"<<agent_marks>>([^,;。:]{2,60}?)<<co_adverbs>>?<<lead_investor_verbs>>|<<investor_marks>>"
                   r"\s+([A-Z][^;:]{1,80}?)(?=,|;|\.(?:\s|$)|$| (?:with|at|to|in|on|which|who|while|as|the company)\b)")
_FOLLOW_INVESTORS = r"(?:^|[,、])([^,;。:]{2,40}?)(?:等)?<<follow_investor_verbs>>"


def _investors_by_shape(art: _Article, ss: int, se: int, org: str | None) -> list[str]:
    """Investors the lexicon may not know: "由國家發展基金與鴻海…共同領投", "led by Ribbit Capital"."""
    f = art.folded
    seg = f[ss:se]
    out: list[str] = []
    spans = []
    for m in art.lex.rx(_LEAD_INVESTORS).finditer(seg):
        g = 1 if m.group(1) else 2
        spans.append((m.start(g), m.end(g)))
    for m in art.lex.rx(_FOLLOW_INVESTORS).finditer(seg):
        spans.append((m.start(1), m.end(1)))
    for a, b in spans:
        for part in art.lex.rx(r",?\s*<<coordinators>>\s*").split(seg[a:b]):
            part = part.strip()
            if len(part) < 2:
                continue
            st = ss + seg.find(part, a - 0 if a else 0)
            known = [o.key for o in art.ents.orgs_in(st, st + len(part))] + \
                    [p.key for p in art.ents.persons_in(st, st + len(part)) if not p.pronoun]
            name = known[0] if known else art.text[st:st + len(part)]
            if name != org and name not in out:
                out.append(name)
    return out


def _set_date(ev: Event, d) -> None:
    """The governing date; when it cannot be resolved (上週 without a publication date) only its words are kept."""
    if not d:
        return
    dm = d[2]
    ev.date_text = dm.text
    if dm.date is None:
        return
    ev.date = dm.date.isoformat()
    ev.date_precision = dm.precision if dm.precision in ("day", "week", "month", "quarter", "year") else None


def _link(cands: list[Cand]) -> None:
    """Within a sentence: "X left A to join B" gives the departure its destination; a founding after a departure
    by the same person takes its date when it has none, and its origin; "重返X,出任Y" is one hire with title Y."""
    for p in list(cands):
        if p.event.type != "promotion":
            continue
        for h in cands:
            if h.event.type in ("hire", "departure") and h.event.person == p.event.person and h.pos < p.pos and \
                    not h.relative:  # ("X, who joined Google in 2019, was promoted to CTO": two moves, not one)
                target = next((c for c in cands if c.event.type == "hire" and c.event.person == p.event.person
                               and c.pos < p.pos), None)
                if target is not None:
                    target.event.role, target.event.role_raw = p.event.role, p.event.role_raw
                    if not target.event.date and p.event.date:
                        target.event.date, target.event.date_precision, target.event.date_text = \
                            p.event.date, p.event.date_precision, p.event.date_text
                elif h.event.type == "departure" and p.org_explicit and p.event.org and h.event.org and \
                        p.event.org != h.event.org:
                    p.event.type = "hire"  # "X離職,出任Y副總裁": the title taken at another place is the move
                    break
                cands.remove(p)
                break
    for c in list(cands):
        # "X離職,回歸家庭": a return with nowhere named is not a hire at the place just left
        if c.event.type == "hire" and not c.org_explicit and not c.own_date and any(
                d.event.type == "departure" and d.event.person == c.event.person and d.event.org == c.event.org
                for d in cands):
            cands.remove(c)
    for c in cands:
        if c.external and c.event.type == "promotion":
            c.event.type = "hire"
    for c in cands:
        ev = c.event
        if ev.type != "departure":
            continue
        for h in cands:
            if h.event.type == "hire" and h.event.person == ev.person and h.pos >= c.pos and \
                    h.event.org == ev.org and not c.org_explicit:
                ev.org = None  # "X離職,加入Y": a guessed origin cannot be the destination
            if h.event.type == "hire" and h.event.person == ev.person and h.pos >= c.pos and h.event.org != ev.org:
                ev.counterparty = ev.counterparty or h.event.org
                if ev.org and not h.event.counterparty:
                    h.event.counterparty = ev.org  # where the hire came from
                if ev.date and not h.own_date:  # "left A last week to join B": the move is one date
                    h.event.date, h.event.date_precision, h.event.date_text = ev.date, ev.date_precision, ev.date_text
                break
        for fo in cands:
            if fo.event.type == "founding" and fo.event.person == ev.person and fo.pos > c.pos:
                if not fo.event.date and ev.date:
                    fo.event.date, fo.event.date_precision, fo.event.date_text = ev.date, ev.date_precision, ev.date_text
                if c.org_explicit and fo.event.counterparty is None and ev.org != fo.event.org:
                    fo.event.counterparty = ev.org


def _merge(cands: list[Cand], headline_end: int = -1) -> list[Event]:
    """One event per (type, person, org) — per (org, person) for foundings, per (org, amount) for funding."""
    if headline_end > 0:
        # a headline event told again in the story is the story's one (which has the date and the full names)
        body = [c for c in cands if c.pos > headline_end]
        keep = []
        for c in cands:
            e = c.event
            twin = None
            if c.pos < headline_end and e.type in ("departure", "hire", "promotion") and e.person:
                twin = next((b for b in body if b.event.type == e.type and b.event.person == e.person), None)
            elif c.pos < headline_end and e.type == "funding" and e.amount:
                # "艾博智動完成A輪3億元募資" over "完成新台幣3億元A輪募資": the same round, its currency said in the story
                twin = next((b for b in body if b.event.type == "funding" and b.event.amount == e.amount and (
                             b.event.org == e.org or b.event.currency == e.currency)), None)
            if twin is None:
                keep.append(c)
                continue
            t = twin.event
            if not t.role and e.role:
                t.role, t.role_raw = e.role, e.role_raw
            if not t.counterparty and e.counterparty and e.counterparty != t.org:
                t.counterparty = e.counterparty
        cands = keep
    for c in cands:
        e = c.event
        if e.type == "departure" and not e.counterparty and e.person:
            for h in cands:
                if h.event.type == "hire" and h.event.person == e.person and c.sent <= h.sent <= c.sent + 1 \
                        and h.event.org != e.org and (h.sent > c.sent or h.pos > c.pos):
                    e.counterparty = h.event.org
                    break
    # "Ethan Cole will succeed Lund as CFO": the succession takes the date of Lund's departure
    for c in cands:
        if c.replaces and (not c.event.date or not c.own_date):
            dep = next((d for d in cands if d.event.type == "departure" and d.event.person == c.replaces and d.event.date), None)
            if dep is not None:
                e = c.event
                e.date, e.date_precision, e.date_text = dep.event.date, dep.event.date_precision, dep.event.date_text
    for c in cands:
        # "高翔已離職。其職務由許佳接任": the successor takes over at the organisation the one replaced left
        if c.replaces and c.event.type == "promotion" and not c.org_explicit:
            dep = next((d for d in cands if d.event.type == "departure" and d.event.person == c.replaces and
                        d.org_explicit and d.event.org), None)
            if dep is not None:
                c.event.org = dep.event.org
    # a departure (hire, promotion) told again without its organisation is the one already told
    told: dict = {}
    for c in cands:
        e = c.event
        if e.type in ("departure", "hire", "promotion") and c.org_explicit:
            told.setdefault((e.type, e.person), e.org)
    for c in cands:
        e = c.event
        if e.type in ("departure", "hire", "promotion") and not c.org_explicit and (e.type, e.person) in told:
            e.org = told[(e.type, e.person)]
    named_foundings = {c.event.org for c in cands if c.event.type == "founding" and c.event.person}
    for c in cands:
        e = c.event
        if e.type == "founding" and not e.person and e.org in named_foundings:
            # "Quorra was incorporated in October": the date of the founding already told with its founders
            for o in cands:
                if o.event.type == "founding" and o.event.org == e.org and o.event.person and e.date and \
                        (not o.event.date or (c.registered and not o.registered)):
                    o.event.date, o.event.date_precision, o.event.date_text = e.date, e.date_precision, e.date_text
    cands = [c for c in cands if not (c.event.type == "founding" and not c.event.person and c.event.org in named_foundings)]
    groups: dict = {}
    order = []
    for c in cands:
        e = c.event
        if e.type == "funding":
            k = ("funding", e.org, round(e.amount or 0, -3), e.currency)
        elif e.type == "founding":
            k = ("founding", e.org, e.person)
        else:
            k = (e.type, e.person, e.org)
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(c)
    events = []
    for k in order:
        cs = groups[k]
        best = max(cs, key=lambda c: (PRECISION_RANK.get(c.event.date_precision, 0) if c.event.date else -1,
                                      bool(c.event.role), bool(c.event.counterparty), c.event.confidence))
        ev = copy(best.event)  # (a shallow copy, as dataclasses.replace with no changes, at a fraction of the cost)
        if ev.person and ev.person not in ev.evidence:
            # the evidence a reader can check: a sentence that names the person, not one that refers back
            named = next((c for c in cs if ev.person in c.event.evidence), None)
            if named is not None:
                ev.evidence = named.event.evidence
        for c in cs:
            o = c.event
            if not ev.role and o.role:
                ev.role, ev.role_raw = o.role, o.role_raw
            if not ev.role_raw and o.role_raw:
                ev.role_raw = o.role_raw
            if not ev.counterparty and o.counterparty:
                ev.counterparty = o.counterparty
            if not ev.date and o.date:
                ev.date, ev.date_precision, ev.date_text = o.date, o.date_precision, o.date_text
            elif not ev.date and not ev.date_text and o.date_text:
                ev.date_text = o.date_text
        conf = ev.confidence + (0.05 if len(cs) > 1 else 0.0)  # told twice: surer
        ev.confidence = round(max(0.0, min(0.99, conf)), 2)
        events.append(ev)
    return events


def _entities(art: _Article, events: list[Event]) -> list[Entity]:
    out = []
    seen = set()
    for ev in events:
        for kind, name in (("person", ev.person), ("org", ev.org)):
            if not name or (kind, name) in seen:
                continue
            seen.add((kind, name))
            reg = art.ents.people if kind == "person" else art.ents.orgs
            aliases = sorted(a for a in reg.canon.get(name, set()) if a and a != name)
            out.append(Entity(kind=kind, name=name, aliases=aliases))
        if ev.counterparty:
            for name in ev.counterparty.split(", "):
                kind = "person" if name in art.ents.people.canon else "org"
                if (kind, name) in seen:
                    continue
                seen.add((kind, name))
                reg = art.ents.people if kind == "person" else art.ents.orgs
                out.append(Entity(kind=kind, name=name, aliases=sorted(a for a in reg.canon.get(name, set()) if a != name)))
    return out
