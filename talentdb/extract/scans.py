"""The lexicon scans of one article, shared by the name finders (``Entities``) and the event rules (``_Article``):
each word list is scanned once per article, whoever asks first.

A finder that reads every match has the whole text scanned. The event rules mostly ask whether a word lies in a
clause or sentence of the few that hold an event word; for those, the text is scanned piece by piece between clause
marks that no word of the list holds, only where asked. No word found can cross such a mark, so the scan of a piece
finds exactly what the whole-text scan finds there (``Matcher.find`` with ``lo`` and ``hi``).
"""
from __future__ import annotations

import re
from bisect import bisect_left

_MARKS = "。!?;\n."
_MARK_RX = re.compile("[" + re.escape(_MARKS) + "]")
_MARK_SET = frozenset(_MARKS)


class Scans:
    """Where the words of each lexicon list lie in one article (folded and lower-cased texts of the same length)."""

    def __init__(self, folded: str, lowered: str):
        self.folded, self.lowered = folded, lowered
        self._whole: dict = {}   # id(matcher) -> (spans, their starts): the whole text scanned
        self._pieces: dict = {}  # id(matcher) -> (cuts, spans of each piece, None until scanned)
        self._marks: list[int] | None = None

    def all(self, matcher) -> list[tuple[int, int]]:
        """``matcher``'s words in the whole text."""
        got = self._whole.get(id(matcher))
        if got is None:
            found = matcher.find(self.folded, self.lowered)
            got = self._whole[id(matcher)] = (found, [a for a, _ in found])
        return got[0]

    def _piece_table(self, matcher):
        got = self._pieces.get(id(matcher))
        if got is None:
            if self._marks is None:
                self._marks = [m.start() for m in _MARK_RX.finditer(self.folded)]
            cuts = self._marks
            if matcher.chars & _MARK_SET:  # (a mark some word holds cuts nothing for this list)
                cuts = [p for p in cuts if self.folded[p] not in matcher.chars]
            got = self._pieces[id(matcher)] = (cuts, [None] * (len(cuts) + 1))
        return got

    def _piece(self, matcher, cuts, pieces, k) -> list[tuple[int, int]]:
        got = pieces[k]
        if got is None:
            lo = cuts[k - 1] + 1 if k else 0
            hi = cuts[k] if k < len(cuts) else len(self.folded)
            got = pieces[k] = matcher.find(self.folded, self.lowered, lo, hi)
        return got

    def within(self, matcher, s: int, e: int) -> list[tuple[int, int]]:
        """The words lying wholly inside [s, e), in text order."""
        if e <= s:
            return []
        whole = self._whole.get(id(matcher))
        out = []
        if whole is not None:
            found, starts = whole
            i = bisect_left(starts, s)
            while i < len(found) and found[i][0] < e:
                if found[i][1] <= e:
                    out.append(found[i])
                i += 1
            return out
        cuts, pieces = self._piece_table(matcher)
        for k in range(bisect_left(cuts, s), bisect_left(cuts, e - 1) + 1):
            for a, b in self._piece(matcher, cuts, pieces, k):
                if s <= a and b <= e:
                    out.append((a, b))
        return out

    def any_within(self, matcher, s: int, e: int) -> bool:
        """Whether ``within`` would find anything (without building the list)."""
        if e <= s:
            return False
        whole = self._whole.get(id(matcher))
        if whole is not None:
            found, starts = whole
            i = bisect_left(starts, s)
            while i < len(found) and found[i][0] < e:
                if found[i][1] <= e:
                    return True
                i += 1
            return False
        cuts, pieces = self._piece_table(matcher)
        for k in range(bisect_left(cuts, s), bisect_left(cuts, e - 1) + 1):
            for a, b in self._piece(matcher, cuts, pieces, k):
                if s <= a and b <= e:
                    return True
        return False

    def around(self, matcher, s: int, e: int) -> list[tuple[int, int]]:
        """Every word of the pieces that [s, e) touches: all those that overlap [s, e), and maybe a few more."""
        if e <= s:
            return []
        if id(matcher) in self._whole:
            return self._whole[id(matcher)][0]
        cuts, pieces = self._piece_table(matcher)
        out = []
        for k in range(bisect_left(cuts, s), bisect_left(cuts, e - 1) + 1):
            out.extend(self._piece(matcher, cuts, pieces, k))
        return out
