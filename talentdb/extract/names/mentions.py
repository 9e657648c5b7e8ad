"""Every mention in text order once the finders are done: the names found by shape, each registered name or alias
where it occurs, pronouns ("he", "她", "前者") and references to an organisation ("the company", "該公司"); and which
person each pronoun stands for (``PRONOUN_RULES``, the first that applies decides).

Step: ``list_mentions`` (run by ``Entities`` after the finders).
"""
from __future__ import annotations

import re

from talentdb.extract.names.chars import _ASCII_ALNUM, _is_han
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.spans import _alias_spans, Mention

_FULL_STOP = re.compile(r"[.!?。]")
_RELATIVE_OF_PREV = re.compile(r",\s*who\b[^,;.!?]*$")
# "Nadia Ferro, daughter of the shipping magnate Pietro Ferro, rose to…, a post she held": whose kin the first one is
_KIN_OF_PREV = r",\s*(?:<<unnamed_owners>>)\s+of\b[^,;.!?]*$"
# right after a Chinese name, a word of kin: the name is told as whose kin someone else is (林大明之子, 方建國的女兒)
# (a relative, or the one who follows them in their post: someone else is meant, named or not)
_KIN_AFTER = r"(?:的|之)?(?:第?[0-9一二三四五六七八九十]+[个個位名])?(?:<<kin_nouns>>|<<successor_nouns>>)"
_POSSESSIVE_TAIL = re.compile(r"的|['’]s\s+")  # a possessor: "B的離開", "B's exit"
_OBJECT_PRONOUN_TAIL = re.compile(r"\s*(?:[,.;:!?)]|$|as\b|at\b|in\b|on\b)")


def list_mentions(ctx: NameContext) -> None:
    """Fills ``mentions`` (text order; a pronoun left without a person dropped), ``person_mentions`` and
    ``org_mentions``."""
    cover = bytearray(len(ctx.folded) + 1)
    mentions = list(ctx.fixed)
    for m in mentions:
        cover[m.start:m.end] = b"\x01" * (m.end - m.start)
    mentions += _named_mentions(ctx, cover)
    pronouns, formers = _pronoun_mentions(ctx, cover)
    mentions += pronouns
    mentions += [Mention(s, e, "org", "", ref=True) for s, e in ctx.find(ctx.lex.org_refs) if 1 not in cover[s:e]]
    mentions.sort(key=lambda m: (m.start, -m.end))
    _resolve_pronouns(ctx, mentions, formers)
    ctx.mentions = [m for m in mentions if m.key or m.ref]
    ctx.person_mentions = [m for m in ctx.mentions if m.kind == "person"]
    ctx.org_mentions = [m for m in ctx.mentions if m.kind == "org"]


def _alias_table(ctx: NameContext) -> dict[str, tuple[str, str]]:
    """Every registered spelling -> (kind, canonical name): people first (a spelling both have is a person's), then
    organisations, then "Brightline" for a registered "Brightline Pay" (a first word used alone)."""
    table = {k: ("person", c) for k, c in ctx.people.keys.items()}
    for k, c in ctx.orgs.keys.items():
        table.setdefault(k, ("org", c))
    for k, c in list(ctx.orgs.keys.items()):
        first = k.split(" ")[0]
        if " " in k and (len(first) >= 4 or _acronym(ctx, first)) and first[0].isupper() and first not in table and \
                first not in ctx.lex.latin_not_name and not _opens_a_place_phrase(ctx, first):
            table[first] = ("org", first if _used_alone_before_the_longer(ctx, first, k) else c)
    return table


def _opens_a_place_phrase(ctx: NameContext, first: str) -> bool:
    """"Hong" of "Hong Kong Stock Exchange": the first word of a phrase that is no name ("Hong Kong", "San Jose") is
    no short form of anything ("Hong Kong's largest developer")."""
    return any(p.split(" ")[0] == first for p in ctx.lex.latin_not_name_phrases)


def _used_alone_before_the_longer(ctx: NameContext, first: str, k: str) -> bool:
    """"Orbis President Ben Tao … Orbis Global Services chief Ana Ruiz": a first word the story uses alone
    (twice or more) before it names the longer name (headline aside, where a short form stands first) is its own
    organisation (the group), not a short form of the longer one (its unit)."""
    f, body = ctx.folded, ctx.headline_end()
    full = f.find(k, body)
    # (alone: no capitalised word after it, "Central Rand Gold" is no use of "Central" alone; twice, not a
    # subheading's "Football body names…" before "Football Association")
    if full < 0:
        return False
    alone = re.compile(rf"(?<![A-Za-z0-9&\-]){re.escape(first)}(?![A-Za-z0-9&\-]| [A-Z0-9])")
    return len(alone.findall(f, body, full)) >= 2


def _acronym(ctx: NameContext, word: str) -> bool:
    """"BHP" of "BHP Group Ltd": three capitals, short but no common word (nor a place: "UAE" of "UAE Exchange")."""
    from talentdb.extract.validate import is_place  # (validate imports the extractor)

    return len(word) == 3 and word.isalpha() and word.isupper() and word not in ctx.lex.latin_place_words and \
        not is_place(word)


def _named_mentions(ctx: NameContext, cover: bytearray) -> list[Mention]:
    """Each registered spelling where it occurs (longest first at a place, not inside a Latin word or a mention
    already taken), marking what it takes in ``cover``."""
    f, table, out = ctx.folded, _alias_table(ctx), []
    if not table:
        return out
    for ms, me, key in _alias_spans(f, table):
        if 1 in cover[ms:me] or (ms > 0 and f[ms] in _ASCII_ALNUM and f[ms - 1] in _ASCII_ALNUM):
            continue
        kind, canon = table[key]
        if kind == "person" and _family_word_as_modifier(f, ms, me, key, canon):
            continue
        out.append(Mention(ms, me, kind, canon))
        cover[ms:me] = b"\x01" * (me - ms)
    return out


_ARTICLE_BEFORE = re.compile(r"(?:^|[^A-Za-z])(?:a|an|A|An)\s+$")
_LOWER_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _family_word_as_modifier(f: str, ms: int, me: int, key: str, canon: str) -> bool:
    """"A Tata lifer, he had joined…": a person's one-word short form after "a"/"an" and before a common noun is
    the family's or the group's name used as a word, not the person (so "he" is not taken for them)."""
    return key != canon and " " not in key and bool(_ARTICLE_BEFORE.search(f, max(0, ms - 4), ms)) and \
        bool(_LOWER_NOUN_AFTER.match(f, me))


def _pronoun_mentions(ctx: NameContext, cover: bytearray) -> tuple[list[Mention], set[int]]:
    """The pronouns not inside a mention (a Han one not glued to a character that says it is part of a word:
    [chars] not_before_pronoun, not_after_pronoun), and where those meaning "the former" start."""
    f, lex = ctx.folded, ctx.lex
    not_before = lex.chars.get("not_before_pronoun", ())
    not_after = lex.chars.get("not_after_pronoun", ())
    out, formers = [], set()
    for matcher, kind in ((lex.he_she, "he"), (lex.latter, "latter"), (lex.former, "former")):
        if matcher is None:
            continue
        for s, e in ctx.find(matcher):
            if 1 in cover[s:e]:
                continue
            if _is_han(f[s]) and ((s > 0 and f[s - 1] in not_before) or (e < len(f) and f[e] in not_after)):
                continue
            out.append(Mention(s, e, "person", "", pronoun=True))
            if kind == "former":
                formers.add(s)
    return out, formers


# ------------------------------------------------------------------ who a pronoun stands for
class PersonTrail:
    """The people named so far, as a pronoun resolves against them: the last one named, the one named before them
    (a different person), and the first one named in the current sentence."""

    def __init__(self, ctx: NameContext, formers: set[int]):
        self.folded = ctx.folded
        self.formers = formers                  # where the pronouns meaning "the former" start
        self.last = self.prev = None            # keys
        self.last_start = self.last_end = self.prev_end = -1
        self.sentence_first = None              # the first person named in the current sentence
        self.first_at = -1

    def named(self, m: Mention) -> None:
        """The person mention ``m`` (a name, not a pronoun) comes next in the text."""
        if self.sentence_first is None or _FULL_STOP.search(self.folded, self.first_at, m.start):
            self.sentence_first, self.first_at = m.key, m.start
        if self.last is not None and m.key != self.last:
            self.prev, self.prev_end = self.last, self.last_end
        self.last, self.last_start, self.last_end = m.key, m.start, m.end


def the_former(ctx: NameContext, trail: PersonTrail, m: Mention) -> str | None:
    """"A與B…,前者已加盟X": the first of the two named last."""
    return (trail.prev or "") if m.start in trail.formers else None


def the_speaker_himself(ctx: NameContext, trail: PersonTrail, m: Mention) -> str | None:
    """"X宣布,…由Y出任執行長,他本人轉任董事長": a pronoun with a self mark (grammar.toml self_marks) is the sentence's
    first person."""
    self_marks = tuple(ctx.lex.grammar.get("self_marks", ()))  # (startswith(()) is False)
    if trail.sentence_first is not None and ctx.folded.startswith(self_marks, m.end):
        return trail.sentence_first
    return None


def subject_of_relative_clause(ctx: NameContext, trail: PersonTrail, m: Mention) -> str | None:
    """"Harold Brisco, who co-founded the firm with Lena Ostrova, told investors that he will retire" / "Nadia Ferro,
    daughter of the magnate Pietro Ferro, rose to CEO, a post she held…": the one the relative clause (or the
    apposition of kin) is about, not the one named inside it."""
    f = ctx.folded
    if trail.prev is not None and trail.prev_end >= 0 and \
            (_RELATIVE_OF_PREV.match(f, trail.prev_end, trail.last_start) or
             ctx.lex.rx(_KIN_OF_PREV).match(f, trail.prev_end, trail.last_start)) and \
            "," in f[trail.last_end:m.start] and not _FULL_STOP.search(f, trail.prev_end, m.start):
        return trail.prev
    return None


def object_pronoun(ctx: NameContext, trail: PersonTrail, m: Mention) -> str | None:
    """"named Raj Patel to replace her": an object pronoun is not the person its own clause is about, so it is the one
    named before them (unless someone said it: "Mehta said the board pushed him out")."""
    f, lowered = ctx.folded, ctx.lowered
    if trail.prev is None or lowered[m.start:m.end] not in ("him", "her") or \
            not _OBJECT_PRONOUN_TAIL.match(f[m.end:m.end + 4]):
        return None
    s = trail.last_start
    if _FULL_STOP.search(f[s:m.start]) or ctx.lex.speech_verbs.find(f[s:m.start], lowered[s:m.start]):
        return None
    return trail.prev


def not_the_possessor(ctx: NameContext, trail: PersonTrail, m: Mention) -> str | None:
    """"A證實,B已離職。隨著B的離開,他將出任CEO" / "With B's exit, he becomes CEO": someone named only as a possessor
    (B的離開, B's exit) is not who takes the post; the pronoun is the one named before them."""
    f = ctx.folded
    tail = _POSSESSIVE_TAIL.match(f, trail.last_end) if trail.prev is not None and trail.last_end >= 0 else None
    if tail is None or _FULL_STOP.search(f, trail.last_end, m.start):
        return None
    left = any(r.type == "departure" for s, e in ctx.trigger_spans if s == tail.end()
               for r in ctx.lex.triggers.get(ctx.lowered[s:e], ()))
    return trail.prev if left else None


def not_the_kin_named(ctx: NameContext, trail: PersonTrail, m: Mention) -> str | None:
    """"方慧敏為集團董事長方建國的女兒。她2013年起…": someone named only as whose kin the one before is (a name right
    before a word of kin or of a successor, grammar kin_nouns and successor_nouns) is not who the pronoun stands for:
    the one before is."""
    if trail.prev is None or trail.last_end < 0 or \
            not ctx.lex.rx(_KIN_AFTER).match(ctx.lowered, trail.last_end):
        return None
    return trail.prev


def the_last_named(ctx: NameContext, trail: PersonTrail, m: Mention) -> str | None:
    """The last person named before."""
    return trail.last


# In order: the first that gives a key decides (none: the pronoun stands for no one and is dropped).
PRONOUN_RULES = (the_former, the_speaker_himself, subject_of_relative_clause, object_pronoun, not_the_possessor,
                 not_the_kin_named, the_last_named)


def _resolve_pronouns(ctx: NameContext, mentions: list[Mention], formers: set[int]) -> None:
    """Gives each pronoun among ``mentions`` (in text order) the key of the first of ``PRONOUN_RULES`` that answers."""
    trail = PersonTrail(ctx, formers)
    for m in mentions:
        if m.kind != "person":
            continue
        if not m.pronoun:
            trail.named(m)
            continue
        for rule in PRONOUN_RULES:
            key = rule(ctx, trail, m)
            if key is not None:
                m.key = key
                break
