"""People named in Chinese (楊植麟): a surname and one or two characters where a name is expected, after a
title, a person noun or a word whose object is a person, or before a courtesy title, a speech verb or an event word.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from talentdb.extract.names.chars import _is_han, _SENTENCE_PUNCT
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


class HanPeople:
    """Chinese personal names."""

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
                    f[end].isdigit() or  # "李明2024年加入…": a written date ends the name
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

    def _han_title_aliases(self) -> None:
        """"王志成…。王先生上週宣布離職" / "鄧氏": a family name with a courtesy title (grammar.toml person_titles) stands
        for the one person of that family name named in the article, never when two share it."""
        f = self.folded
        titles = [t for t in self.lex.grammar.get("person_titles", []) if t in f]
        if not titles:
            return
        sur2 = self.lex.compound_surnames
        for key, canon in list(self.people.keys.items()):
            family = key[:2] if key[:2] in sur2 else key[:1]
            if key[len(family):] in titles and not self.people.canon.get(canon):
                del self.people.keys[key]  # "王氏" found as a name of its own: the family name and a title
                if not any(c == canon for c in self.people.keys.values()):
                    self.people.canon.pop(canon, None)
        by_family: dict[str, set] = {}
        for key, canon in self.people.keys.items():
            if 2 <= len(key) <= 4 and all("\u3400" <= c <= "\u9fff" for c in key):
                by_family.setdefault(key[:2] if key[:2] in sur2 else key[:1], set()).add(canon)
        for family, canons in by_family.items():
            if len(canons) != 1:
                continue
            canon = next(iter(canons))
            for t in titles:
                alias = family + t
                if alias not in self.people.keys and f.find(alias) >= 0:
                    self.people.add(canon, None, alias)

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
