"""People and organisations named in an article: the name finders, then every mention.

All matching runs on the folded (Simplified, same length) text; spans are shared with the original text, and
names shown to users are cut from the original text.

``Entities`` is the article's ``NameContext`` (``names.context``: the texts, the lexicon, the spans of titles and
event words, the registries of people and organisations). Each finder is a function of that context alone; they
run in the order of ``FINDERS``, which is their priority: the first to register a spelling keeps it, and each reads
what the ones before it found. The map, one module per way of finding a name:

==========================  ===================================================================================
``names.org_names``          ``known_orgs``: the lexicon's organisations; ``capitals_legal_names``: "ORBIS
                             GLOBAL PTE. LTD."; ``latin_suffix_orgs``: "Clearstar Labs";
                             ``latin_of_orgs``: "Bank of Singapore"
``names.bracketed``          ``bracketed_names``: "莉娜·奧斯卓娃(Lena Ostrova)", "澄星實驗室(Clearstar Labs)"
``names.dotted_people``      ``dotted_names``: "帕特·格爾辛格" (wire copy's dotted foreign names, no gloss)
``names.marked_orgs``        ``marked_orgs``: names their context marks ("chip startup Tessera", "投資機構星暉資本");
                             ``body_before_its_head_title``: "國營司副司長劉起孝", a government body
``names.title_marked``       ``title_marked_orgs``: a name in title marks next to a title ("《中央社》董事長")
``names.latin_people``       ``latin_people``: "Maya Lund" (and the pairs placed where a company goes)
``names.han_people``         ``han_people``: "羅文博"; ``han_title_aliases``: "王先生" for the one 王 named
``names.transliterated``     ``transliterated_people``: "拿督斯里阿都瓦希", "接替丹那巴南的" (no dot, no gloss)
``names.org_repeats``        Han organisations named again or where one goes: ``legal_names``, ``han_suffix_orgs``,
                             ``registered_names``, ``head_noun_orgs``, ``headline_short_name``,
                             ``titled_headline_names``, ``names_between_word_and_title``
``names.announcers``         ``announcing_names``: "曹操出行宣布完成B轮融资", a bare name that announces;
                             ``quoted_announcing_names``: "“快的打车”正式对外宣布", a quoted one
``names.listed_orgs``        ``listed_orgs``: "星樞、月嵐兩公司", bare names a list says are companies
``names.acronym_orgs``       ``acronym_orgs``: "HSBC", "JP Morgan", "HSBC Singapore" (capitals where an employer goes)
``names.latin_repeats``      ``latin_repeat_orgs``: "Brightline" named twice, "Orbis hired…";
                             ``latin_brand_before_title``: "QuickGoVan創辦人", "R2D3 founder" (shapes no run reads)
``names.org_aliases``        which organisation a short name stands for: ``short_forms``, ``subsidiary_names``,
                             ``rehome_short_names``, ``latin_canon_for_tails``
``names.segmenter``          ``segmented_people``: names jieba tags as a person where no rule found a name;
                             ``common_word_orgs``: drops an organisation that is a common verb or time word
``names.mentions``           ``list_mentions``: every mention in text order, and whom each pronoun means
``names.references``         ``resolve_references``: what "the company" / "該公司" means; the main organisation
``names.context``            the shared article and its look-ups; ``names.spans``, ``names.chars``,
                             ``names.latin_words``: what the finders share
==========================  ===================================================================================

A new finder is one function ``finder(ctx: NameContext) -> None`` that registers names in ``ctx.people`` or
``ctx.orgs`` (and, for a name found by its shape, a mention in ``ctx.fixed``), plus one entry in ``FINDERS``.
"""
from __future__ import annotations

from bisect import bisect_left

from talentdb.extract.lexicon import Lexicon
from talentdb.extract.names.acronym_orgs import acronym_orgs
from talentdb.extract.names.announcers import announcing_names, quoted_announcing_names
from talentdb.extract.names.bracketed import bracketed_names
from talentdb.extract.names.chars import _is_han
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.dotted_people import dotted_names
from talentdb.extract.names.han_people import _HAN_HONORIFICS, han_people, han_title_aliases
from talentdb.extract.names.latin_people import latin_people
from talentdb.extract.names.latin_repeats import latin_brand_before_title, latin_repeat_orgs
from talentdb.extract.names.listed_orgs import listed_orgs
from talentdb.extract.names.marked_orgs import body_before_its_head_title, marked_orgs
from talentdb.extract.names.mentions import list_mentions
from talentdb.extract.names.nicknamed_people import nicknamed_people
from talentdb.extract.names.org_aliases import latin_canon_for_tails, rehome_short_names, short_forms, subsidiary_names
from talentdb.extract.names.org_names import capitals_legal_names, known_orgs, latin_of_orgs, latin_suffix_orgs
from talentdb.extract.names.org_repeats import (han_suffix_orgs, head_noun_orgs, headline_short_name, legal_names,
                                                names_between_word_and_title, registered_names, titled_headline_names)
from talentdb.extract.names.segmenter import common_word_orgs, segmented_people
from talentdb.extract.names.references import company_meant, orgs_between, resolve_references, subject_org_before
from talentdb.extract.names.spans import Mention, Registry, _alias_spans
from talentdb.extract.names.title_marked import title_marked_orgs
from talentdb.extract.names.transliterated import transliterated_people
from talentdb.extract.scans import Scans

# what the engine and the tests import from here
__all__ = ["Entities", "FINDERS", "Mention", "NameContext", "Registry", "_HAN_HONORIFICS", "_alias_spans", "_is_han"]


FINDERS = (
    # The lexicon's organisations first: every later finder leaves their spans alone.
    known_orgs,
    # A legal name in capitals whole, though it holds a known name ("ORBIS BRASIL … LTDA.": the subsidiary).
    capitals_legal_names,
    latin_suffix_orgs,
    latin_of_orgs,
    # Names found by their shape next, as mentions of their own ("fixed"): the later finders skip what they cover.
    bracketed_names,
    dotted_names,
    nicknamed_people,
    marked_orgs,
    title_marked_orgs,
    # People after the organisations found so far: a word of a known organisation splits a run of capitals
    # ("Quorvex CTO Lena Ostrova"), and a Han organisation's name without its suffix is no surname and given name.
    latin_people,
    han_people,
    transliterated_people,
    # A government body before the title its head holds, and that person's name ("國營司副司長劉起孝").
    body_before_its_head_title,
    # Organisations known from repetition and position after the people: a person's name is never one of them.
    # Each Han one judges a name once, so the surer ones come first.
    legal_names,
    han_suffix_orgs,
    registered_names,
    head_noun_orgs,
    announcing_names,
    quoted_announcing_names,
    headline_short_name,
    titled_headline_names,
    names_between_word_and_title,
    latin_repeat_orgs,
    # Bare names in a list a count of companies closes, or beside a name found above ("星樞、月嵐兩公司").
    listed_orgs,
    # A Han one the rules above registered that jieba's dictionary knows as a common verb or time word ("开始").
    common_word_orgs,
    # Names in capitals where an employer goes ("HSBC Singapore's chief operating officer", "JP Morgan has
    # appointed"): no run of words above reads them; an acronym of a name found above is that one ("M&S").
    acronym_orgs,
    # A brand of any shape right before a title ("QuickGoVan創辦人", "R2D3 founder"), once acronyms are read ("M&S").
    latin_brand_before_title,
    # Aliases once every full name is registered: short forms and subsidiaries first, then the clashes they leave
    # settled (a short name goes to the organisation introduced first), then Han tails of Latin-named ones.
    short_forms,
    subsidiary_names,
    rehome_short_names,
    latin_canon_for_tails,
    # jieba's person names once every rule-found name is registered: only where none of them stands.
    segmented_people,
    # "王先生" last: only when a single person of that family name is registered.
    han_title_aliases,
)

# After the finders: every mention in text order (pronouns resolved), then what each reference to a company means.
MENTION_STEPS = (list_mentions, resolve_references)


class Entities(NameContext):
    """Discovers people and organisations in one article and lists their mentions in text order."""

    def __init__(self, text: str, folded: str, lowered: str, lex: Lexicon, role_spans, trigger_spans, sentences=None,
                 scans: Scans | None = None, lang: str | None = None):
        super().__init__(text, folded, lowered, lex, role_spans, trigger_spans, sentences, scans, lang)
        # (the event rules read these two under their former names)
        self._not_in_org, self._not_first_in_org = self.not_in_org, self.not_first_in_org
        for finder in FINDERS:
            finder(self)
        for step in MENTION_STEPS:
            step(self)
        self._person_starts = [m.start for m in self.person_mentions]

    def persons_in(self, s: int, e: int) -> list[Mention]:
        """The people named (or pronouns resolved to one) starting in [s, e)."""
        i = bisect_left(self._person_starts, s)
        return self.person_mentions[i:bisect_left(self._person_starts, e, i)]

    def orgs_in(self, s: int, e: int) -> list[Mention]:
        """The organisations named (or referred to) starting in [s, e)."""
        i = bisect_left(self.org_starts, s)
        return self.org_mentions[i:bisect_left(self.org_starts, e, i)]

    def orgs_between(self, s: int, e: int) -> list[Mention]:
        """The same as ``orgs_in`` (the name the references module uses)."""
        return orgs_between(self, s, e)

    def company_meant(self, pos: int) -> str | None:
        """"The company" at ``pos`` (see ``names.references.company_meant``)."""
        return company_meant(self, pos)

    def subject_org_before(self, pos: int, strict: bool = False) -> str | None:
        """The organisation that opened the latest sentence before ``pos`` that opened with one."""
        return subject_org_before(self, pos, strict)

    def dominant_org(self) -> str | None:
        """The organisation the article is about (see ``names.references.dominant_org``)."""
        return self.dominant
