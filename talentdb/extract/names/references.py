"""What "the company" / "該公司" points to, and the look-ups the event rules ask of an article's organisations: the
article's main organisation, the organisation that opened each sentence, the one a reference at a place means.

Step: ``resolve_references`` (run by ``Entities`` after ``list_mentions``); a reference takes the first answer of
``REFERENCE_RULES``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from talentdb.extract.names.context import NameContext
from talentdb.extract.names.spans import Mention

_TWO_LETTERS = re.compile(r"[A-Za-z\u3400-\u9fff]{2}")


def resolve_references(ctx: NameContext) -> None:
    """Gives each reference the organisation it means (dropping those that mean none), after noting which
    organisation opens each sentence and which one the article is about (``ctx.dominant``, which the references do
    not change: they never count)."""
    from talentdb.extract.text import split_sentences

    if ctx.sentences is None:
        ctx.sentences = split_sentences(ctx.folded)
    ctx.sentence_ends = [e for _, e in ctx.sentences]
    ctx.sentence_ends_sorted = ctx.sentence_ends == sorted(ctx.sentence_ends)
    ctx.org_starts = [m.start for m in ctx.org_mentions]
    named = NamedOrgs([m for m in ctx.org_mentions if not m.ref])
    ctx.sentence_subjects = _sentence_subjects(ctx, named)
    ctx.dominant = dominant_org(ctx)
    for m in ctx.org_mentions:
        if m.ref:
            m.key = _meaning(ctx, m, named)
            if m.key:
                ctx.orgs.add(m.key)
    ctx.org_mentions = [m for m in ctx.org_mentions if m.key]
    ctx.org_starts = [m.start for m in ctx.org_mentions]


class NamedOrgs:
    """The organisations named (not referred to), in text order, and where each starts."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]


def _sentence_subjects(ctx: NameContext, named: NamedOrgs) -> list[tuple[int, int, str]]:
    """(sentence start, organisation start, key) for each sentence whose first organisation comes before any person
    and near its start (within 12 characters, or after nothing but punctuation and "the")."""
    real, real_starts = named.mentions, named.starts
    people = [p.start for p in ctx.person_mentions if not p.pronoun]
    firsts = []
    j = 0
    for ss, se in ctx.sentences:
        j = bisect_left(real_starts, ss, j)  # the first organisation named from here on
        if j < len(real) and real[j].start < se and not (
                bisect_left(people, real[j].start) > bisect_left(people, ss)) and (
                real[j].start - ss <= 12 or not _TWO_LETTERS.search(ctx.folded[ss:real[j].start]
                                                                    .replace("the", "").replace("The", ""))):
            firsts.append((ss, real[j].start, real[j].key))
    return firsts


# ------------------------------------------------------------------ what a reference means
def _meaning(ctx: NameContext, m: Mention, named: NamedOrgs) -> str:
    """The organisation the reference ``m`` means: the first answer of ``REFERENCE_RULES``, or "" (none)."""
    for rule in REFERENCE_RULES:
        key = rule(ctx, m, named)
        if key is not None:
            return key
    return ""


def newly_founded(ctx: NameContext, m: Mention, named: NamedOrgs) -> str | None:
    """"founded Parallax Labs in July… The startup announced…" / "Lund co-founded the company with…": a reference
    that says the organisation is new ([org] new_refs), or right after a founding word, is the one last founded."""
    if ctx.lowered[m.start:m.end] in ctx.lex.org_new_refs or _after_founding_word(ctx, m.start):
        return _last_founded_before(ctx, m.start, named.mentions) or None
    return None


def just_founded(ctx: NameContext, m: Mention, named: NamedOrgs) -> str | None:
    """"…共同創立了一家名為X的新創公司,專注於…。該公司本週一…": the company just founded, when no other organisation was
    named since (within 120 characters)."""
    real = named.mentions
    i = bisect_left(named.starts, m.start) - 1
    if i >= 0 and m.start - real[i].end <= 120:
        founded = _last_founded_before(ctx, m.start, real)
        if founded and founded == real[i].key:
            return founded
    return None


def the_announcer_before(ctx: NameContext, m: Mention, named: NamedOrgs) -> str | None:
    """"星河銀行發布公告稱,該行行長林佳慧辭任" / "Orbis said on Monday the company's CFO…": the organisation named
    right before (a time between at most) the first word of announcing in the reference's sentence, before it
    ([grammar] announce_verbs, filing_verbs): the company whose notice it is."""
    k = _sentences_ended_by(ctx, m.start)
    if not ctx.sentences or k >= len(ctx.sentences):
        return None
    ss = ctx.sentences[k][0]
    v = ctx.lex.rx(r"<<announce_verbs>>|<<filing_verbs>>").search(ctx.lowered, ss, m.start)
    if v is None:
        return None
    # (the one right before the first such verb: "星河汽車發布的《星河汽車股份有限公司…公告》稱,該公司…" is the
    # announcer's, not the legal name its notice is titled with)
    i = bisect_left(named.starts, v.start()) - 1
    if i < 0 or named.mentions[i].start < ss or named.mentions[i].end > v.start() or \
            len(ctx.folded[named.mentions[i].end:v.start()]) > 12:
        return None
    return named.mentions[i].key


def meant_company(ctx: NameContext, m: Mention, named: NamedOrgs) -> str | None:
    """Otherwise: what ``company_meant`` says."""
    return company_meant(ctx, m.start)


# In order: the first that gives a name decides (none: the reference is dropped).
REFERENCE_RULES = (newly_founded, just_founded, the_announcer_before, meant_company)


def _after_founding_word(ctx: NameContext, pos: int) -> bool:
    """Whether ``pos`` is right after a founding word (or one space after it)."""
    for _, b in ctx.founding_spans():
        if b <= pos <= b + 1:
            return True
    return False


def _last_founded_before(ctx: NameContext, pos: int, real: list[Mention]) -> str | None:
    """The organisation named within a few words of a founding word, latest before ``pos`` (at most ~2 sentences)."""
    best = None
    for a, b in ctx.founding_spans():
        if a >= pos or pos - a > 400:
            continue
        for m in real:
            if m.start >= pos:
                break
            if (b <= m.start <= b + 12) or (0 <= a - m.end <= 12 and "," not in ctx.folded[m.end:a]):
                if best is None or m.start > best[0]:
                    best = (m.start, m.key)
    return best[1] if best else None


# ------------------------------------------------------------------ look-ups the event rules ask
def company_meant(ctx: NameContext, pos: int) -> str | None:
    """"The company" / "該公司" at ``pos``: the article's main organisation when it was just named (this or the
    previous sentence), else the organisation that opened the latest sentence, else the main one."""
    dom, sents = ctx.dominant, ctx.sentences or []
    if dom:
        k = _sentences_ended_by(ctx, pos)
        lo = sents[max(0, k - 3)][0] if sents else 0
        if any(m.key == dom and not m.ref for m in orgs_between(ctx, lo, pos)):
            return dom
    return subject_org_before(ctx, pos, strict=True) or dom


def _sentences_ended_by(ctx: NameContext, pos: int) -> int:
    """How many sentences, from the first on, end at or before ``pos``."""
    sents = ctx.sentences
    if ctx.sentence_ends_sorted:
        return bisect_right(ctx.sentence_ends, pos)
    k = 0
    while k < len(sents) and sents[k][1] <= pos:
        k += 1
    return k


def orgs_between(ctx: NameContext, s: int, e: int) -> list[Mention]:
    """The organisations named from ``s`` up to ``e`` (by where they start)."""
    starts = ctx.org_starts
    i = bisect_left(starts, s)
    return ctx.org_mentions[i:bisect_left(starts, e, i)]


def subject_org_before(ctx: NameContext, pos: int, strict: bool = False) -> str | None:
    """The organisation that opened the latest sentence before ``pos`` that opened with one (``strict``: as its very
    first word)."""
    for ss, opos, k in reversed(ctx.sentence_subjects):
        if opos < pos and (not strict or opos - ss <= 1):
            return k
    return None


def dominant_org(ctx: NameContext) -> str | None:
    """The organisation the article is about: the most named, each sentence it opens counting twice more and a name
    in the headline (first line under 120 characters) twice more; on a tie, the first named."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in ctx.org_mentions:
        if not m.ref:
            counts[m.key] = counts.get(m.key, 0) + 1
            first.setdefault(m.key, m.start)
    if not counts:
        return None
    for ss, opos, k in ctx.sentence_subjects:
        if opos - ss <= 1 and k in counts:
            counts[k] += 2
    nl = ctx.folded.find("\n")
    if 0 < nl < 120:
        for k in {m.key for m in ctx.org_mentions if not m.ref and m.end <= nl}:
            counts[k] += 2
    return max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]]))[0]
