"""People and organisations named in an article: discovery by shape and lexicon, then every mention.

All matching runs on the folded (Simplified, same length) text; spans are shared with the original text, and
names shown to users are cut from the original text.

``Entities`` runs the finders of ``talentdb.extract.names`` in order, one module per way of finding a name:

- ``names.org_names``: organisations the lexicon knows, or that their shape or context marks ("Eureka Labs");
- ``names.bracketed``: a Han name glossed in Latin, "米拉·穆拉蒂(Mira Murati)";
- ``names.latin_people`` and ``names.han_people``: people named in Latin script or in Chinese;
- ``names.org_repeats``: organisations the lexicon does not know, named more than once or where one goes;
- ``names.org_aliases``: which organisation a short or partial name stands for;
- ``names.references``: every mention in text order, pronouns and "the company";
- ``names.lookups``, ``names.spans``, ``names.chars``: what they share.
"""
from __future__ import annotations

from bisect import bisect_left

from talentdb.extract.lexicon import Lexicon
from talentdb.extract.names.bracketed import BracketedNames
from talentdb.extract.names.chars import _is_han
from talentdb.extract.names.han_people import _HAN_HONORIFICS, HanPeople
from talentdb.extract.names.latin_people import LatinPeople
from talentdb.extract.names.lookups import ArticleLookups
from talentdb.extract.names.org_aliases import OrgAliases
from talentdb.extract.names.org_names import OrgNames
from talentdb.extract.names.org_repeats import OrgRepeats
from talentdb.extract.names.references import References
from talentdb.extract.names.spans import Mention, Registry, _alias_spans
from talentdb.extract.scans import Scans

# what the engine and the tests import from here
__all__ = ["Entities", "Mention", "Registry", "_HAN_HONORIFICS", "_alias_spans", "_is_han"]


class Entities(ArticleLookups, BracketedNames, LatinPeople, HanPeople, OrgNames, OrgRepeats, OrgAliases, References):
    """Discovers people and organisations in one article and lists their mentions in text order."""

    def __init__(self, text: str, folded: str, lowered: str, lex: Lexicon, role_spans, trigger_spans, sentences=None,
                 scans: Scans | None = None):
        self._sentences = sentences
        chars = lex.chars
        self._not_in_name = chars.get("not_in_name", frozenset())
        self._not_in_org = chars.get("not_in_org", frozenset())
        self._not_first_in_org = chars.get("not_first_in_org", frozenset())
        self._han_former_marks = [w for w in lex.grammar.get("former_marks", []) if w and _is_han(w[0])]
        self.text, self.folded, self.lowered, self.lex = text, folded, lowered, lex
        self.role_spans = role_spans
        self.trigger_spans = trigger_spans
        self._trigger_starts = {s for s, _ in trigger_spans}
        self._scans = scans if scans is not None else Scans(folded, lowered)  # (the article's, when it has them)
        self._alone_starts: dict[str, list[int]] = {}  # word -> where it stands alone (see _alone_count)
        self.people = Registry()
        self.orgs = Registry()
        self.weak_orgs: set[str] = set()   # organisations known only from a repeated capitalised name
        self.fixed: list[Mention] = []     # mentions found by shape (full spans)
        self._discover_orgs()
        self._discover_paren_names()
        self._discover_marked_orgs()
        self._discover_latin_people()
        self._discover_han_people()
        self._discover_frequent_orgs()
        self._short_forms()
        self._subsidiary_names()
        self._rehome_short_names()
        self._latin_canon_for_tails()
        self._han_title_aliases()
        self.mentions = self._all_mentions()
        self.person_mentions = [m for m in self.mentions if m.kind == "person"]
        self.org_mentions = [m for m in self.mentions if m.kind == "org"]
        self._resolve_refs()
        self._org_starts = [m.start for m in self.org_mentions]
        self._person_starts = [m.start for m in self.person_mentions]

    def persons_in(self, s: int, e: int) -> list[Mention]:
        i = bisect_left(self._person_starts, s)
        return self.person_mentions[i:bisect_left(self._person_starts, e, i)]

    def orgs_in(self, s: int, e: int) -> list[Mention]:
        i = bisect_left(self._org_starts, s)
        return self.org_mentions[i:bisect_left(self._org_starts, e, i)]
