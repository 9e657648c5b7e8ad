"""The one article the name finders share: its texts, lexicon and scans, the spans of titles and event words, the
registries of people and organisations the finders fill, and look-ups over the article that several finders read
(each computed once, on first use).

A finder reads and writes only this context: what one finder leaves for a later one (the shape-found mentions, the
lexicon's organisation spans, the names the repeat finders have judged) is a field here, named for what it holds.
"""
from __future__ import annotations

from talentdb.extract.lexicon import Lexicon
from talentdb.extract.names.chars import _HAN_CHAR, _is_han
from talentdb.extract.names.latin_words import alone_starts, latin_runs, person_runs
from talentdb.extract.names.spans import Mention, Registry, _Cover
from talentdb.extract.scans import Scans


class NameContext:
    """One article as the name finders read it, and what they have found in it so far."""

    def __init__(self, text: str, folded: str, lowered: str, lex: Lexicon, role_spans, trigger_spans,
                 sentences=None, scans: Scans | None = None, lang: str | None = None):
        self.text, self.folded, self.lowered, self.lex = text, folded, lowered, lex
        self.lang = lang                      # the article's script (None: not told)
        self.role_spans = role_spans          # the titles ("副總裁", "chief executive"), (start, end)
        self.trigger_spans = trigger_spans    # the event words ("離職", "hired"), (start, end), in text order
        self.trigger_starts = {s for s, _ in trigger_spans}
        self.sentences = sentences            # (start, end) of each sentence; split on demand when None
        self.scans = scans if scans is not None else Scans(folded, lowered)  # (the article's, when it has them)
        chars = lex.chars
        self.not_in_name = chars.get("not_in_name", frozenset())
        self.not_in_org = chars.get("not_in_org", frozenset())
        self.not_first_in_org = chars.get("not_first_in_org", frozenset())
        self.relative = chars.get("relative", frozenset())  # (的: ends a modifier before a name)
        self.han_former_marks = [w for w in lex.grammar.get("former_marks", []) if w and _is_han(w[0])]
        # what the finders fill
        self.people = Registry()
        self.orgs = Registry()
        self.weak_orgs: set[str] = set()          # organisations known only from a repeated capitalised name
        self.fixed: list[Mention] = []            # mentions found by shape (full spans): see add_fixed
        self.known_org_spans: list[tuple[int, int]] = []  # where the lexicon names organisations: add_known_org_spans
        self.judged_orgs: set[str] = set()        # Han names a repeat finder added or refused: not judged again
        self.segmented: list[tuple[int, int, str]] | None = None  # jieba's words and tags: names.segmenter.segments
        # what the mention stage fills (see names.mentions and names.references)
        self.mentions: list[Mention] = []
        self.person_mentions: list[Mention] = []
        self.org_mentions: list[Mention] = []
        self.org_starts: list[int] = []           # where each of ``org_mentions`` starts
        self.sentence_subjects: list[tuple[int, int, str]] = []  # (sentence start, org start, org key)
        self.sentence_ends: list[int] = []        # where each of ``sentences`` ends
        self.sentence_ends_sorted = True
        self.dominant: str | None = None          # the article's main organisation, once references are resolved
        # the look-ups below, each built on first use
        self._shape_cover: _Cover | None = None
        self._known_org_ends: dict[int, int] | None = None
        self._covers: dict[str, _Cover] = {}
        self._has_han: bool | None = None
        self._headline_end: int | None = None
        self._trigger_start_list: list[int] | None = None
        self._founding_spans: list[tuple[int, int]] | None = None
        self._role_starts: set[int] | None = None
        self._role_ends: set[int] | None = None
        self._latin_runs: list[tuple[int, str]] | None = None
        self._person_runs: list[tuple[int, str]] | None = None
        self._phrase_cover: _Cover | None = None
        self._alone_starts: dict[str, list[int]] = {}
        self._counts: dict[str, int] = {}
        self._not_people: frozenset | None = None

    # ------------------------------------------------------------------ scans and covers
    def find(self, matcher) -> list[tuple[int, int]]:
        """``matcher``'s words in the whole text, found once per article (and shared with the event rules)."""
        return self.scans.all(matcher)

    def add_fixed(self, mention: Mention) -> None:
        """A mention found by its shape: no alias search will look inside it, and later finders skip what it covers."""
        self.fixed.append(mention)
        self._shape_cover = None

    def add_known_org_spans(self, spans: list[tuple[int, int]]) -> None:
        """Where the lexicon names organisations: later finders skip them."""
        self.known_org_spans.extend(spans)
        self._shape_cover = self._known_org_ends = None

    def shape_cover(self) -> _Cover:
        """What the names found by shape (``fixed``) and the lexicon's organisations cover."""
        got = self._shape_cover
        if got is None:
            got = self._shape_cover = _Cover(len(self.folded), [(m.start, m.end) for m in self.fixed] +
                                             self.known_org_spans)
        return got

    def known_org_ends(self) -> dict[int, int]:
        """Where each of ``known_org_spans`` ends -> where it starts (the last one ending there)."""
        got = self._known_org_ends
        if got is None:
            got = self._known_org_ends = {b: a for a, b in self.known_org_spans}
        return got

    def cover(self, what: str) -> _Cover:
        """What the titles ("roles") or the event words ("triggers") cover."""
        got = self._covers.get(what)
        if got is None:
            got = self._covers[what] = _Cover(len(self.folded),
                                              self.role_spans if what == "roles" else self.trigger_spans)
        return got

    # ------------------------------------------------------------------ the article's shape
    def has_han(self) -> bool:
        """Whether the article has any Han character (an English one has none: no Han name can be found in it)."""
        if self._has_han is None:
            self._has_han = _HAN_CHAR.search(self.folded) is not None
        return self._has_han

    def headline_end(self) -> int:
        """Where the headline ends: the first line break when it comes within 80 characters, else 0 (no headline)."""
        if self._headline_end is None:
            nl = self.folded.find("\n")
            self._headline_end = nl if 0 < nl < 80 else 0
        return self._headline_end

    def trigger_start_list(self) -> list[int]:
        """Where event words start, in text order."""
        if self._trigger_start_list is None:
            self._trigger_start_list = sorted(self.trigger_starts)
        return self._trigger_start_list

    def founding_spans(self) -> list[tuple[int, int]]:
        """The event words that found something ("co-founded", "創立"), in the order of ``trigger_spans``."""
        if self._founding_spans is None:
            triggers, low = self.lex.triggers, self.lowered
            self._founding_spans = [(a, b) for a, b in self.trigger_spans
                                    if any(r.type == "founding" for r in triggers.get(low[a:b], []))]
        return self._founding_spans

    def role_starts(self) -> set[int]:
        """Where titles start."""
        if self._role_starts is None:
            self._role_starts = {a for a, _ in self.role_spans}
        return self._role_starts

    def role_ends(self) -> set[int]:
        """Where titles end."""
        if self._role_ends is None:
            self._role_ends = {b for _, b in self.role_spans}
        return self._role_ends

    def ender_len(self, pos: int) -> int:
        """Length of the word that ends a Chinese name ([han] name_enders: 昨日, 於, 正式) at ``pos``, or 0."""
        rx = self.lex.name_enders.regex
        m = rx.match(self.lowered, pos) if rx is not None else None
        return m.end() - pos if m else 0

    def ender_at(self, pos: int) -> bool:
        """Whether a word that ends a Chinese name starts at ``pos``."""
        rx = self.lex.name_enders.regex
        if rx is None:
            return False
        m = rx.match(self.lowered, pos)
        return bool(m and m.end() > pos)

    def count(self, word: str) -> int:
        """How often ``word`` occurs in the folded text."""
        n = self._counts.get(word)
        if n is None:
            n = self._counts[word] = self.folded.count(word)
        return n

    def latin_runs(self) -> list[tuple[int, str]]:
        """(start, text) of each run of capitalised Latin words."""
        if self._latin_runs is None:
            self._latin_runs = latin_runs(self.folded)
        return self._latin_runs

    def person_runs(self) -> list[tuple[int, str]]:
        """(start, text) of each run of capitalised Latin words as a person's name may be written (with particles,
        opening initials, a closing suffix: ``latin_words.person_runs``)."""
        if self._person_runs is None:
            lex = self.lex
            self._person_runs = person_runs(self.folded, lex.latin_particles, tuple(lex.latin_name_suffixes))
        return self._person_runs

    def phrase_cover(self) -> _Cover:
        """Where the phrases that are no part of a name stand ([latin] not_name_phrases: "Hong Kong", "Tan Sri")."""
        if self._phrase_cover is None:
            f, spans = self.folded, []
            for ph in self.lex.latin_not_name_phrases:
                i = f.find(ph)
                while i >= 0:
                    spans.append((i, i + len(ph)))
                    i = f.find(ph, i + len(ph))
            self._phrase_cover = _Cover(len(f), spans)
        return self._phrase_cover

    def alone_starts(self, word: str) -> list[int]:
        """Where the Latin ``word`` stands as a whole word with no capitalised word glued to it."""
        got = self._alone_starts.get(word)
        if got is None:
            got = self._alone_starts[word] = alone_starts(self.folded, word)
        return got

    def not_people(self) -> frozenset:
        """Words that say what a company is (grammar.toml head_nouns, the lexicon's generic organisation words):
        never a person's name."""
        if self._not_people is None:
            self._not_people = frozenset(self.lex.grammar.get("head_nouns", [])) | self.lex.org_generic_set
        return self._not_people
