"""A Han run followed by a Latin name in brackets: "米拉·穆拉蒂(Mira Murati)" is a person with both names,
"尤里卡實驗室(Eureka Labs)" an organisation with both.
"""
from __future__ import annotations

import re

from talentdb.extract.names.chars import _DOT_RE, DOTS, _is_han
from talentdb.extract.names.han_people import _HAN_HONORIFICS
from talentdb.extract.names.spans import Mention


# 米拉·穆拉蒂(Mira Murati) / 約翰舒爾曼(John Schulman) / 尤里卡實驗室(Eureka Labs)
_PAREN_LATIN = re.compile(
    r"[(（][ \t]*([A-Za-z][A-Za-z0-9'’.&\-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'’.&\-]*){0,5})[ \t]*[)）]"
)


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


class BracketedNames:
    """Names glossed in brackets: a person or an organisation, and where its Han name starts."""

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
