"""Per-article lookups the name finders share, each computed once on first use: lexicon scans of the whole
text, covers of what titles, event words and shape-found names take, whether the text has Han at all, and the
words that end a Chinese name.
"""
from __future__ import annotations

from talentdb.extract.names.chars import _HAN_CHAR
from talentdb.extract.names.spans import _Cover


class ArticleLookups:
    """Lookups over one article shared by the finders (``Entities`` sets the attributes they read)."""

    def _find(self, matcher) -> list[tuple[int, int]]:
        """``matcher``'s words in the whole text, found once per article (and shared with the event rules)."""
        return self._scans.all(matcher)

    def _shape_cover(self) -> _Cover:
        """What the names found by shape and the lexicon's organisations cover. Built once, on first use (after
        ``_discover_paren_names``, the last step that adds to either)."""
        got = self.__dict__.get("_shape_cover_bits")
        if got is None:
            got = self._shape_cover_bits = _Cover(len(self.folded), [(m.start, m.end) for m in self.fixed] +
                                                  self.known_org_spans)
        return got

    def _cover(self, what: str) -> _Cover:
        """What the titles ("roles") or the event words ("triggers") cover, built once per article."""
        covers = self.__dict__.setdefault("_covers", {})
        got = covers.get(what)
        if got is None:
            got = covers[what] = _Cover(len(self.folded), self.role_spans if what == "roles" else self.trigger_spans)
        return got

    def _has_han(self) -> bool:
        """Whether the article has any Han character (an English one has none: no Han name can be found in it)."""
        got = self.__dict__.get("_has_han_char")
        if got is None:
            got = self._has_han_char = _HAN_CHAR.search(self.folded) is not None
        return got

    def _trigger_start_list(self) -> list[int]:
        """Where event words start, in text order (computed once per article)."""
        got = self.__dict__.get("_sorted_trigger_starts")
        if got is None:
            got = self._sorted_trigger_starts = sorted(self._trigger_starts)
        return got

    def _founding_spans(self) -> list[tuple[int, int]]:
        """The event words that found something ("co-founded", "創立"), in the order of ``trigger_spans``."""
        got = self.__dict__.get("_founding_span_list")
        if got is None:
            triggers, low = self.lex.triggers, self.lowered
            got = self._founding_span_list = [
                (a, b) for a, b in self.trigger_spans
                if any(r.type == "founding" for r in triggers.get(low[a:b], []))]
        return got

    def _ender_len(self, pos: int) -> int:
        """Length of the word that ends a Chinese name ([han] name_enders: 昨日, 於, 正式) at ``pos``, or 0."""
        rx = self.lex.name_enders.regex
        m = rx.match(self.lowered, pos) if rx is not None else None
        return m.end() - pos if m else 0

    def _ender_at(self, pos: int) -> bool:
        """Whether a word that ends a Chinese name starts at ``pos``."""
        rx = self.lex.name_enders.regex
        if rx is None:
            return False
        m = rx.match(self.lowered, pos)
        return bool(m and m.end() > pos)
