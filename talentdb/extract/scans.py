"""The lexicon scans of one article, shared by the name finders (``Entities``) and the event rules (``_Article``):
each word list is scanned over the whole text once per article, whoever asks first (the speech verbs, for one, are
read by both).

(Scanning only the sentences a rule asks about, cut at marks no word holds, finds the same words with a third of the
regex work, but the calls per sentence cost as much again in Python: no faster, measured.)
"""
from __future__ import annotations

from bisect import bisect_left


class Scans:
    """Where the words of each lexicon list lie in one article (folded and lower-cased texts of the same length)."""

    def __init__(self, folded: str, lowered: str, latin_text: bool = False):
        self.folded, self.lowered = folded, lowered
        self.latin_text = latin_text  # an English article: how the matchers scan it fastest (see lexicon.Matcher)
        self._found: dict = {}  # id(matcher) -> (spans, their starts)

    def _get(self, matcher):
        got = self._found.get(id(matcher))
        if got is None:
            found = matcher.find(self.folded, self.lowered, self.latin_text)
            got = self._found[id(matcher)] = (found, [a for a, _ in found])
        return got

    def all(self, matcher) -> list[tuple[int, int]]:
        """``matcher``'s words in the whole text."""
        return self._get(matcher)[0]

    def within(self, matcher, s: int, e: int) -> list[tuple[int, int]]:
        """The words lying wholly inside [s, e), in text order."""
        if e <= s:
            return []
        found, starts = self._get(matcher)
        out = []
        i = bisect_left(starts, s)
        while i < len(found) and found[i][0] < e:
            if found[i][1] <= e:
                out.append(found[i])
            i += 1
        return out

    def any_within(self, matcher, s: int, e: int) -> bool:
        """Whether ``within`` would find anything (without building the list)."""
        if e <= s:
            return False
        found, starts = self._get(matcher)
        i = bisect_left(starts, s)
        while i < len(found) and found[i][0] < e:
            if found[i][1] <= e:
                return True
            i += 1
        return False
