"""Lexicons as data, compiled for the rules: word lists become ``Matcher`` tries, titles and triggers tables.

The TOML files in ``talentdb/lexicon`` (plus ``$TALENTDB_LEXICON_DIR``) are found, checked against the declared
schema and merged by :mod:`talentdb.extract.lexicon_files`; this module compiles the groups the rules read, once
per process. Every entry is folded to Simplified script (and Latin entries to lower case where matching is
case-blind), so a lexicon may be written in either script.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from talentdb.errors import LexiconError
from talentdb.extract import rxcache
from talentdb.extract.lexicon_files import load_group
from talentdb.extract.text import fold, longest_first

EVENT_TYPES = ("departure", "hire", "promotion", "founding", "funding")


def _is_latin(s: str) -> bool:
    return bool(s) and s[0].isascii() and s[0].isalnum()


def _key(s: str) -> str:
    """How an entry is matched: Simplified script, lower case for Latin."""
    return fold(s).lower()


def trie_pattern(words) -> str:
    """A regex alternation built as a trie: one pass of the C regex engine, whatever the number of words.

    A word ending in a Latin letter or digit only matches before a non-alphanumeric character (the trie backtracks
    to a shorter word otherwise), and the top level is a branch of literals, so the engine skips positions by
    first character.
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node, last: str) -> str:
        alts = [re.escape(ch) + build(child, ch) for ch, child in sorted(node.items()) if ch != ""]
        if "" in node:
            if last.isascii() and last.isalnum():
                alts.append(r"(?![A-Za-z0-9])")
            else:
                alts.append("")
        if not alts:
            return ""
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(trie, "")


_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
# A word list is scanned as two regexes, one per script of the first character (see Matcher), when its words open
# with at least this many different characters; below that, the second scan costs more than it saves ...
_SPLIT_MIN = 40
# ... except in a text of Latin script (an English article), where one regex for both scripts enters its trie at
# nearly every letter: there two scans pay from far fewer first characters (measured over the synthetic corpus: at
# 20 to 38 first characters two scans are a tenth to two fifths faster in English text, a fifth to a half slower
# in Chinese text).
_SPLIT_MIN_LATIN_TEXT = 20


def _split_anywhere(latin: set, han: set) -> bool:
    """Whether two scans beat one in any text (else only in Latin-script text; both find the same words)."""
    if len({w[0] for w in latin} | {w[0] for w in han}) >= _SPLIT_MIN:
        return True
    # Words that all open with one character make a regex with a literal prefix, which the engine looks for as
    # fast as str.find; one regex for both scripts opens with a character set instead, tried at every position
    # ("the latter" / "后者": two scans are three to nine times faster than one).
    return len({w[0] for w in latin}) == 1 and len({w[0] for w in han}) == 1


class Matcher:
    """Finds lexicon words in a folded string: leftmost, longest; Latin words only on word boundaries.

    (Tried: the word boundary as a look-behind after a Latin word's first character, so that no word is found inside
    a Latin word only to be dropped. For lists of words of letters and digits only the same words are found, but
    the scan is a tenth slower for most lists, measured; for words holding a space it would find other words.)
    """

    def __init__(self, words, case_blind: bool = True):
        self.case_blind = case_blind
        words = {(w.lower() if case_blind else w) for w in words if w}
        self._words = words
        self._regex = None
        self._latin_first = any(w[0] in _ALNUM for w in words)  # else no word found can start inside a Latin word
        # Where a position fails, the regex engine tries every first character of the trie in turn, so at each
        # letter of an English text it also tries the dozens of Han characters that open Chinese words, and the
        # other way round. Split by script of the first character into two regexes, merged (``find``), the words
        # are found exactly as by the one regex: at any position only the part holding that character can match.
        latin = {w for w in words if w[0].isascii()}
        both = bool(latin) and latin != words
        self._split_anywhere = both and _split_anywhere(latin, words - latin)
        self._parts = [rxcache.compile(trie_pattern(latin)), rxcache.compile(trie_pattern(words - latin))] \
            if both and (self._split_anywhere or len({w[0] for w in words}) >= _SPLIT_MIN_LATIN_TEXT) else None
        self._ascii_words = latin
        self._ascii_rx = None  # (see _ascii_regex)

    @property
    def regex(self):
        """One trie for everything, so the regex engine can skip positions by first character; the word boundary
        before a Latin word is checked on the result (a lookbehind in front would defeat that optimisation).
        Compiled on first use: a split matcher needs it only in the rare fallback, and compiling the largest word
        lists is most of a process's start-up."""
        if self._regex is None and self._words:
            self._regex = rxcache.compile(trie_pattern(self._words))
        return self._regex

    def _ascii_regex(self):
        """The trie of the words that open with an ASCII character (compiled on first use; the first part of a
        split matcher is that already)."""
        if self._ascii_rx is None:
            if self._parts is not None:
                self._ascii_rx = self._parts[0]
            elif self._ascii_words == self._words:
                self._ascii_rx = self.regex
            else:
                self._ascii_rx = rxcache.compile(trie_pattern(self._ascii_words))
        return self._ascii_rx

    def find(self, folded: str, lowered: str | None = None, latin_text: bool = False):
        """The words in ``folded`` (``lowered``, its lower-cased copy, for a case-blind list) as (start, end) spans.
        ``latin_text``: the text is mostly of Latin script, which only changes how fast they are found."""
        if not self._words:
            return []
        s = lowered if (self.case_blind and lowered is not None) else folded
        if s.isascii():
            # (str knows this without a scan.) No word that opens with a character not ASCII can occur: look for
            # the others only, and for none in a list of Chinese words (about 20 us saved per list in an English
            # article: the regex engine would check each of its characters against the list's first characters).
            return self._find_one(s, self._ascii_regex()) if self._ascii_words else []
        if self._parts is None or not (self._split_anywhere or latin_text):
            return self._find_one(s)
        out = []
        # Each part's words, in order; merged by position, a word that starts inside the last one taken is one the
        # single regex never saw. Should a part's word reach over where the scan goes on (a Latin word running into
        # Han text, matched by another part), that part would have looked again from there: then scan as one regex.
        spans = [m.span() for rx in self._parts for m in rx.finditer(s)]
        spans.sort()
        pos = 0
        for a, b in spans:
            if a < pos:
                if b > pos:
                    return self._find_one(s)
                continue
            if a == 0 or s[a] not in _ALNUM or s[a - 1] not in _ALNUM:
                out.append((a, b))
            pos = b
        return out

    def _find_one(self, s: str, regex=None):
        # (no word is empty, so neither is a match; a word found inside a Latin word is dropped)
        spans = [m.span() for m in (regex or self.regex).finditer(s)]
        if not self._latin_first:
            return spans
        return [(a, b) for a, b in spans if a == 0 or s[a] not in _ALNUM or s[a - 1] not in _ALNUM]


@dataclass
class TriggerRule:
    type: str
    direction: str = "subject"
    needs_role: bool = False
    succession: bool = False   # takes over the title someone else leaves (接任, succeeds)
    requires: tuple = ()
    dated: bool = False        # only an event with a date written in its clause (2016年1月起任董事長)
    after_name: bool = False   # only an event right after a person's name (郭浩任中原銀行黨委書記)
    after_holder_mark: bool = False  # only right after people named after a new holder's mark (由林大明、王志強擔任)
    in_a_list_of_moves: bool = False  # only after an appointment told earlier in the sentence (部長由X接任,Y擔任次長)
    confidence: float = 0.8
    gap: str | None = None  # for "提供…资金": the second part that must follow in the clause


@dataclass
class Lexicon:
    org_alias: dict = field(default_factory=dict)        # folded alias -> canonical
    org_matcher: Matcher | None = None
    org_latin_suffixes: tuple = ()
    org_capitals_legal_forms: tuple = ()                # orgs.toml [shape] capitals_legal_forms
    org_latin_of_heads: tuple = ()                    # orgs.toml [shape] latin_of_heads
    org_han_suffixes: tuple = ()
    org_suffix_matcher: Matcher | None = None
    org_generic: tuple = ()
    org_generic_set: frozenset = frozenset()
    org_han_suffix_set: frozenset = frozenset()
    org_unit_words: tuple = ()                       # orgs.toml [shape] unit_words
    org_body_titles: tuple = ()                      # orgs.toml [shape] body_titles: (body word, title) pairs
    announcement_refs: Matcher | None = None          # grammar.toml [announcement_refs]
    org_descriptor_heads: tuple = ()                  # orgs.toml [shape] descriptor_heads
    latin_function_words: frozenset = frozenset()      # names.toml [latin] function_words
    head_noun_matcher: Matcher | None = None           # grammar.toml [head_nouns]
    bare_field_titles: frozenset = frozenset()         # roles.toml [field_titles] canonical names
    person_noun_matcher: Matcher | None = None         # grammar.toml [person_nouns]
    effective_words: Matcher | None = None             # grammar.toml [effective_marks]
    registered_words: Matcher | None = None            # grammar.toml [registered_marks]
    org_refs: Matcher | None = None
    org_subsidiary_matcher: Matcher | None = None       # orgs.toml [shape] subsidiary_words
    org_new_refs: frozenset = frozenset()               # orgs.toml [shape] new_references: the company last founded
    role_title: dict = field(default_factory=dict)       # key -> (canonical, kind)
    role_matcher: Matcher | None = None
    role_verb_ends: Matcher | None = None
    triggers: dict = field(default_factory=dict)         # key -> TriggerRule
    trigger_matcher: Matcher | None = None
    trigger_exclude: Matcher | None = None
    hedges: Matcher | None = None
    reported_future: frozenset = frozenset()          # grammar.toml [reported_future]
    founder_titles: frozenset = frozenset()            # roles.toml [founder_titles]: titles a founder keeps
    conditions: Matcher | None = None                  # negations.toml [conditions]: after the word in its clause
    rumours: Matcher | None = None
    unnamed_sources: Matcher | None = None
    same_time: Matcher | None = None
    money_not_funding: Matcher | None = None
    group_nouns: Matcher | None = None
    speech_verbs: Matcher | None = None
    surnames: frozenset = frozenset()
    compound_surnames: frozenset = frozenset()
    name_enders: Matcher | None = None
    title_end_chars: frozenset = frozenset()  # names.toml [han] title_end_chars
    nationality_words: Matcher | None = None  # names.toml [han] nationalities x nationality_marks ("西班牙人")
    han_countries: tuple = ()  # names.toml [han] nationalities, folded, longest first ("新加坡")
    latin_not_name: frozenset = frozenset()
    latin_org_words: frozenset = frozenset()
    latin_place_words: frozenset = frozenset()         # names.toml [latin] place_words
    latin_headline_verbs: frozenset = frozenset()      # names.toml [latin] headline_verbs
    latin_not_name_phrases: tuple = ()                  # names.toml [latin] not_name_phrases
    latin_particles: tuple = ()                         # names.toml [latin] particles
    latin_patronymics: frozenset = frozenset()          # names.toml [latin] patronymic_particles
    latin_hereditary_titles: frozenset = frozenset()    # names.toml [latin] hereditary_titles
    latin_name_suffixes: frozenset = frozenset()        # names.toml [latin] name_suffixes
    latin_family_names_first: frozenset = frozenset()   # names.toml [latin] family_names_first
    latin_initials_not_name: frozenset = frozenset()    # names.toml [latin] initials_not_name
    latin_acronyms_not_org: frozenset = frozenset()     # names.toml [latin] acronyms_not_org
    he_she: Matcher | None = None
    latter: Matcher | None = None
    former: Matcher | None = None
    grammar: dict = field(default_factory=dict)       # name -> folded words (grammar.toml)
    chars: dict = field(default_factory=dict)         # name -> set of characters (grammar.toml [chars])
    _rx_cache: dict = field(default_factory=dict)

    def alt(self, name: str) -> str:
        """A regex alternation of the ``grammar.toml`` list ``name``; Latin words on word boundaries."""
        parts = []
        for w in sorted(self.grammar.get(name, []), key=longest_first):
            p = re.escape(w)
            if w[:1].isascii() and w[:1].isalnum():
                # "no letter or digit before the word", checked after its first character (which is one): the
                # alternative then opens with a literal, which the regex engine rejects at a glance, where a
                # look-behind in front would be run at every position for every word
                p = re.escape(w[0]) + r"(?<![A-Za-z0-9].)" + re.escape(w[1:])
            if w[-1:].isascii() and w[-1:].isalnum():
                p += r"(?![A-Za-z0-9])"
            parts.append(p)
        return "(?:" + "|".join(parts) + ")" if parts else "(?!)"

    def words_rx(self, name: str, after: str = ""):
        """The ``grammar.toml`` list ``name`` as a case-sensitive trie regex, followed by the literal ``after``
        (cached): a fast look-up of where such a word can start, to scan for ahead of a slower pattern."""
        key = ("words", name, after)
        got = self._rx_cache.get(key)
        if got is None:
            got = rxcache.compile(trie_pattern(self.grammar.get(name, [])) + re.escape(after))
            self._rx_cache[key] = got
        return got

    def rx(self, template: str, flags: int = re.I):
        """``template`` compiled with each ``<<name>>`` replaced by ``alt(name)`` (cached)."""
        key = (template, flags)
        got = self._rx_cache.get(key)
        if got is None:
            got = rxcache.compile(re.sub(r"<<(\w+)>>", lambda m: self.alt(m.group(1)), template), flags)
            self._rx_cache[key] = got
        return got


def _words(group: dict, name: str) -> list[str]:
    """The ``words`` of the table ``[name]`` (none when no file has it)."""
    return group.get(name, {}).get("words", [])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Every word list the rules read, compiled (once per process; see ``lexicon_files.reload``)."""
    lex = Lexicon()
    grammar, roles, triggers = load_group("grammar"), load_group("roles"), load_group("triggers")
    _add_orgs(lex, load_group("orgs"), grammar)
    _add_roles(lex, roles)
    _add_triggers(lex, triggers, grammar)
    _add_negations(lex, load_group("negations"), triggers)
    _add_names(lex, load_group("names"))
    _add_grammar(lex, grammar, roles)
    return lex


def _add_orgs(lex: Lexicon, orgs: dict, grammar: dict) -> None:
    """Organisations (case-sensitive for Latin: "Meta" the company, "meta" the word) and their shapes."""
    for canon, aliases in orgs.get("orgs", {}).items():
        for a in [canon, *aliases]:
            if len(a) >= 2:
                lex.org_alias[fold(a)] = canon
    lex.org_matcher = Matcher(lex.org_alias, case_blind=False)
    shape = orgs.get("shape", {})
    lex.org_latin_suffixes = tuple(shape.get("latin_suffixes", []))
    lex.org_latin_of_heads = tuple(shape.get("latin_of_heads", []))
    lex.org_capitals_legal_forms = tuple(shape.get("capitals_legal_forms", []))
    lex.org_han_suffixes = tuple(sorted({fold(s) for s in shape.get("han_suffixes", [])}, key=longest_first))
    lex.org_suffix_matcher = Matcher([s for s in lex.org_han_suffixes if not _is_latin(s)], case_blind=False)
    lex.org_generic = tuple(sorted({_key(s) for s in shape.get("generic", [])}, key=longest_first))
    lex.org_generic_set = frozenset(lex.org_generic)
    lex.org_han_suffix_set = frozenset(lex.org_han_suffixes)
    lex.org_unit_words = tuple(_key(s) for s in shape.get("unit_words", []))
    lex.org_body_titles = tuple(tuple(_key(s).split(":", 1)) for s in shape.get("body_titles", []) if ":" in s)
    lex.announcement_refs = Matcher({_key(w) for w in _words(grammar, "announcement_refs")})
    lex.org_descriptor_heads = tuple(_key(s) for s in shape.get("descriptor_heads", []))
    lex.org_refs = Matcher({_key(s) for s in shape.get("references", [])})
    lex.org_new_refs = frozenset(_key(s) for s in shape.get("new_references", []))
    lex.org_subsidiary_matcher = Matcher({_key(s) for s in shape.get("subsidiary_words", [])})


def _add_roles(lex: Lexicon, roles: dict) -> None:
    """Job titles by canonical title; a field title is composed with every field ("研究副總裁")."""
    for canon, spellings in roles.get("titles", {}).items():
        for s in spellings:
            lex.role_title[_key(s)] = (canon, "title")
    fields = {canon: [_key(s) for s in sp] for canon, sp in roles.get("fields", {}).items()}
    for canon, spellings in roles.get("field_titles", {}).items():
        for s in spellings:
            k = _key(s)
            lex.role_title.setdefault(k, (canon, "title"))
            for fcanon, fkeys in fields.items():
                for fk in fkeys:
                    if _is_latin(k):
                        lex.role_title[f"{k} of {fk}"] = (f"{canon} of {fcanon}", "title")
                        lex.role_title[f"{fk} {k}"] = (f"{canon} of {fcanon}", "title")
                    else:
                        lex.role_title[fk + k] = (f"{canon} of {fcanon}", "title")
    lex.bare_field_titles = frozenset(roles.get("field_titles", {}))
    for canon, spellings in roles.get("lead_titles", {}).items():
        for s in spellings:
            lex.role_title[_key(s)] = (canon, "lead")
    for canon, spellings in roles.get("role_verbs", {}).items():
        for s in spellings:
            lex.role_title[_key(s)] = (canon, "verb")
    lex.role_matcher = Matcher(lex.role_title)
    lex.role_verb_ends = Matcher({_key(s) for s in _words(roles, "role_verb_ends")})


def _add_triggers(lex: Lexicon, triggers: dict, grammar: dict) -> None:
    """One rule per event word and block; a word may carry several (``轉投``: a departure and a hire). A block's
    ``grammar_words`` names a ``grammar.toml`` list whose words it has too (one copy of words the code reads by name)."""
    excl = set()
    for etype in EVENT_TYPES:
        for block in triggers.get(etype, []):
            shared = block.get("grammar_words")
            if shared is not None and shared not in grammar:
                raise LexiconError(f"[[{etype}]] grammar_words: no list [{shared}] in grammar.toml")
            for w in [*block.get("words", []), *(_words(grammar, shared) if shared else [])]:
                k = _key(w)
                gap = None
                if "…" in k:
                    k, gap = k.split("…", 1)
                rule = TriggerRule(
                    type=etype,
                    direction=block.get("direction", "subject"),
                    needs_role=block.get("needs_role", False),
                    succession=block.get("succession", False),
                    requires=tuple(_key(r) for r in block.get("requires", [])),
                    dated=block.get("dated", False),
                    after_name=block.get("after_name", False),
                    after_holder_mark=block.get("after_holder_mark", False),
                    in_a_list_of_moves=block.get("in_a_list_of_moves", False),
                    confidence=float(block.get("confidence", 0.8)),
                    gap=gap,
                )
                if rule not in lex.triggers.setdefault(k, []):
                    lex.triggers[k].append(rule)
            excl.update(_key(w) for w in block.get("exclude", []))
    lex.trigger_matcher = Matcher(lex.triggers)
    lex.trigger_exclude = Matcher(excl)


def _add_negations(lex: Lexicon, neg: dict, triggers: dict) -> None:
    lex.hedges = Matcher({_key(w) for w in _words(neg, "hedges")})
    lex.rumours = Matcher({_key(w) for w in _words(neg, "rumours")})
    lex.unnamed_sources = Matcher({_key(w) for w in _words(neg, "unnamed_sources")})
    lex.conditions = Matcher({_key(w) for w in _words(neg, "conditions")})
    lex.same_time = Matcher({_key(w) for w in _words(triggers, "same_time")})
    lex.money_not_funding = Matcher({_key(w) for w in _words(neg, "money_not_funding")})
    lex.group_nouns = Matcher({_key(w) for w in _words(neg, "group_nouns")})
    lex.speech_verbs = Matcher({_key(w) for w in _words(neg, "speech_verbs")})


def _add_names(lex: Lexicon, names: dict) -> None:
    han = names.get("han", {})
    lex.surnames = frozenset(fold(s) for s in han.get("surnames", []))
    lex.compound_surnames = frozenset(fold(s) for s in han.get("compound_surnames", []) if len(fold(s)) == 2)
    lex.name_enders = Matcher({_key(w) for w in han.get("name_enders", [])})
    lex.title_end_chars = frozenset(fold(han.get("title_end_chars", "")))
    lex.nationality_words = Matcher({_key(c + m) for c in han.get("nationalities", [])
                                     for m in han.get("nationality_marks", [])})
    lex.han_countries = tuple(sorted({fold(c) for c in han.get("nationalities", [])}, key=len, reverse=True))
    latin = names.get("latin", {})
    lex.latin_not_name = frozenset(latin.get("not_name", []))
    lex.latin_org_words = frozenset(latin.get("org_words", []))
    lex.latin_function_words = frozenset(latin.get("function_words", []))
    lex.latin_place_words = frozenset(latin.get("place_words", []))
    lex.latin_headline_verbs = frozenset(latin.get("headline_verbs", []))
    lex.latin_not_name_phrases = tuple(latin.get("not_name_phrases", []))
    lex.latin_particles = tuple(latin.get("particles", []))
    lex.latin_patronymics = frozenset(latin.get("patronymic_particles", []))
    lex.latin_hereditary_titles = frozenset(latin.get("hereditary_titles", []))
    lex.latin_name_suffixes = frozenset(latin.get("name_suffixes", []))
    lex.latin_family_names_first = frozenset(latin.get("family_names_first", []))
    lex.latin_initials_not_name = frozenset(latin.get("initials_not_name", []))
    lex.latin_acronyms_not_org = frozenset(latin.get("acronyms_not_org", []))
    pro = names.get("pronouns", {})
    lex.he_she = Matcher({_key(w) for w in pro.get("he_she", [])})
    lex.latter = Matcher({_key(w) for w in pro.get("latter", [])})
    lex.former = Matcher({_key(w) for w in pro.get("former", [])})


def _add_grammar(lex: Lexicon, grammar: dict, roles: dict) -> None:
    """The grammar lists by name (``Lexicon.alt``, ``rx``, ``words_rx`` read them) and the character classes."""
    lex.reported_future = frozenset(_key(w) for w in _words(grammar, "reported_future"))
    lex.founder_titles = frozenset(roles.get("founder_titles", {}).get("titles", []))
    lex.registered_words = Matcher({_key(w) for w in _words(grammar, "registered_marks")})
    lex.effective_words = Matcher({_key(w) for w in _words(grammar, "effective_marks")})
    for name, block in grammar.items():
        if name == "chars":
            lex.chars = {k: frozenset(fold(v)) for k, v in block.items()}
        else:
            lex.grammar[name] = sorted({_key(w) for w in block.get("words", []) if w}, key=longest_first)
    lex.head_noun_matcher = Matcher(set(lex.grammar.get("head_nouns", [])))
    lex.person_noun_matcher = Matcher(set(lex.grammar.get("person_nouns", [])))
