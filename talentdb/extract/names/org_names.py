"""Organisations the lexicon knows, Latin names ending in an organisation word ("Eureka Labs"), and names
their context marks as an organisation's ("chip startup Tessera Compute", "新加坡投資機構星暉資本").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from talentdb.extract.names.chars import _derived, _is_han
from talentdb.extract.names.latin_people import _DESCRIPTOR_ENDS
from talentdb.extract.names.spans import _overlaps
from talentdb.extract.text import longest_first


@lru_cache(maxsize=8)
def _latin_org_regex(suffixes: tuple):
    """Up to three capitalised words ending in an organisation word: "Halvorsen Bank" in "Halvorsen Bank CFO Rita…"."""
    alts = "|".join(re.escape(s) for s in sorted(set(suffixes), key=longest_first))
    # (?<![A-Za-z0-9]) before the first word, written after its capital so that the regex engine can skip ahead
    return re.compile(r"((?:[A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9&\-]*[ ])(?:[A-Z][A-Za-z0-9&\-]*[ ]){0,2})(" + alts +
                      r")(?![A-Za-z0-9])")


_NAME_AFTER_HEAD = re.compile(r"[ ]?([A-Z][A-Za-z0-9&\-]*[a-z0-9][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]+){0,2})(?![A-Za-z0-9])")
_APPOSITIVE_COMMA = re.compile(r",\s+an?\s+")
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?<![A-Za-z0-9&\-])([A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+){0,2})$")
_QUOTED_NAME = re.compile(r"[“「『\"]([^”」』\"\n,,。]{2,12})[”」』\"](?:[(（]([A-Za-z][A-Za-z0-9 .&\-]{1,40})[)）])?")


class OrgNames:
    """Organisations named by the lexicon, by their shape or by what their context says they are."""

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
