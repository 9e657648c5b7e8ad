"""What the name finders produce and how they place it: mentions and the registry of canonical names,
covers of the text already taken, whole-word alias occurrences, and prefix runs of sorted keys.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from talentdb.extract.names.chars import _ASCII_ALNUM


def _alias_spans(text: str, keys) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of ``keys`` in ``text``, leftmost first and longest at a position (what a trie
    alternation's ``finditer`` gives), found with ``str.find`` loops: no regex is compiled per article.

    A key ending in a Latin letter or digit only counts before a non-alphanumeric character.
    """
    hits = []
    append = hits.append
    find = text.find
    n = len(text)
    for k in keys:
        if not k:
            continue
        i = find(k)
        if i < 0:
            continue
        L = len(k)
        if k[-1] in _ASCII_ALNUM:
            while i >= 0:
                j = i + L
                if j >= n or text[j] not in _ASCII_ALNUM:
                    append((i, -L, k))
                i = find(k, i + 1)
        else:
            while i >= 0:
                append((i, -L, k))
                i = find(k, i + 1)
    hits.sort()
    out = []
    cursor = 0
    for i, negl, k in hits:
        if i >= cursor:
            out.append((i, i - negl, k))
            cursor = i - negl
    return out


@dataclass(slots=True)  # (read many times over by the engine: slots make that and creating one cheaper)
class Mention:
    start: int
    end: int
    kind: str            # "person" | "org"
    key: str             # canonical name
    pronoun: bool = False
    ref: bool = False    # "該公司", "the company": points back to the last organisation


@dataclass
class Registry:
    canon: dict = field(default_factory=dict)       # canonical -> set of displayed aliases
    keys: dict = field(default_factory=dict)        # folded alias -> canonical

    def add(self, canonical: str, alias: str | None = None, key: str | None = None) -> None:
        shown = self.canon.get(canonical)
        if shown is None:
            shown = self.canon[canonical] = set()
        if alias and alias != canonical:
            shown.add(alias)
        if key and key not in self.keys:
            self.keys[key] = canonical


def _starting_with(ordered: list[str], prefix: str) -> list[str]:
    """The strings of the sorted list ``ordered`` that start with ``prefix`` (a run of it, found by bisection)."""
    i = j = bisect_left(ordered, prefix)
    while j < len(ordered) and ordered[j].startswith(prefix):
        j += 1
    return ordered[i:j]


class _Cover:
    """Which characters some span already covers: O(length) overlap tests instead of O(spans)."""

    def __init__(self, n: int, spans=()):
        self.bits = bytearray(n + 1)
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        if b > a:
            self.bits[a:b] = b"\x01" * (b - a)

    def hit(self, a: int, b: int) -> bool:
        return 1 in self.bits[a:b]


def _overlaps(spans, s, e) -> bool:
    return any(a < e and s < b for a, b in spans)
