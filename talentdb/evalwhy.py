"""Why a gold event was missed: the first stage of the extractor that lost it.

``talentdb eval --why`` runs the article through the extractor's stages one by one (the names it found, the trigger
words, the cues that cancel a word, the candidates each word gave, the merge into one event per key, the sanity
stage) and names, for each required gold event the article's query did not give, the stage after which the event
can no longer be there:

- ``not in text``: no accepted spelling of its person (or, for a round or a founding, its organisation) is in the text
  as ingested (the gold spells it otherwise, or the excerpt does not hold it);
- ``name not found``: it is in the text, but no name finder took it for a person (an organisation);
- ``no trigger word``: no sentence naming it holds a word of the lexicon's triggers (of any type);
- ``cancelled by a cue``: every such word there was cancelled (a rumour, a plan, a denial, a condition …);
- ``no candidate``: words were left, but none gave it an event (the subject was taken to be someone else, or the
  word's rules asked for what the sentence lacks);
- ``other type`` / ``other amount``: it got an event, of another type only (a hire read as a promotion), or a round
  of another sum;
- ``lost in merge``: a candidate was there but the merge into one event per key dropped it;
- ``dropped by validation``: the sanity stage removed it or the argument it is keyed by;
- ``lost after extraction``: the extractor gave it and the stored and queried rows do not;
- ``one event for two``: the rows hold an event of its type and key, matched to another gold event of the same
  type and key (two moves of one person years apart, read as one).

A false positive gets one of ``FALSE_REASONS``: ``told twice`` (a second row for a gold event already matched),
``other type`` (the gold has its person or organisation in an event of another type), ``other amount`` (a round of
a company the gold has, with another sum), ``name cut or grown`` (a gold event of its type names someone whose name
holds this one or is held in it: 全聚 for 全聚德), or ``not in gold`` (nobody the gold has an event for).

Counts of these reasons are figures, not misses: a held-out set can be broken down by them without anyone reading
what was missed. This reads the extractor's internals (``talentdb.extract.events``), as a debugger would.
"""
from __future__ import annotations

from dataclasses import dataclass

from talentdb.evaluation import PEOPLE_TYPES, amount_match, event_type, names_match, norm

REASONS = ("not in text", "name not found", "no trigger word", "cancelled by a cue", "no candidate", "other type",
           "other amount", "lost in merge", "dropped by validation", "lost after extraction", "one event for two")


FALSE_REASONS = ("told twice", "other type", "other amount", "name cut or grown", "not in gold")


def why_false(pred: dict, gold: dict) -> str:
    """The reason (one of ``FALSE_REASONS``) a prediction matched no gold event."""
    if pred.get("_why") == "duplicate":
        return "told twice"
    kind = event_type(pred)
    events = gold.get("events", [])
    field = "person" if kind in PEOPLE_TYPES and pred.get("person") else "org"
    value = norm(pred.get(field))
    same = [g for g in events if names_match(pred.get(field), (g.get(field) or []))]
    if any(event_type(g) != kind for g in same):
        return "other type"
    if kind == "funding" and any(event_type(g) == "funding" for g in same):
        return "other amount"
    if value and any(event_type(g) == kind and any(v and (value in v or v in value) for v in map(norm, g.get(field) or []))
                     for g in events):
        return "name cut or grown"
    return "not in gold"


@dataclass
class _Stages:
    """What each stage of the extractor held for one article."""

    text: str
    names: set            # normalised person keys and org keys the name finders gave
    sentences: list       # (start, end) of each sentence
    trigger_sentences: set
    live_sentences: set   # sentences with a trigger word no cue cancelled
    candidates: list      # event dicts before the merge
    merged: list          # after the merge
    cleaned: list         # after the sanity stage


def stages_of(text: str, published, lang: str | None) -> _Stages:
    from talentdb.extract.engine import LANGS, _as_date
    from talentdb.extract.events.article import _Article
    from talentdb.extract.events.merge import entities_of, merge_events
    from talentdb.extract.events.sentences import sentence_events, sentences_with_triggers, sites_of
    from talentdb.extract.model import Extraction
    from talentdb.extract.text import detect_lang
    from talentdb.extract.validate import clean

    lang = lang if lang in LANGS else detect_lang(text)
    art = _Article(text, _as_date(published), lang)
    names = {norm(m.key) for m in art.ents.person_mentions} | {norm(m.key) for m in art.ents.org_mentions}
    with_words = sentences_with_triggers(art)
    live = {si for si in with_words if sites_of(art, si)}
    cands = [c for si in with_words for c in sentence_events(art, si)]
    cand_dicts = [c.event.to_dict() for c in cands]
    events = merge_events(art, cands)
    merged = [e.to_dict() for e in events]
    cleaned = clean(Extraction(lang=lang, events=events, entities=entities_of(art, events)), text)
    return _Stages(text, names, art.sentences, set(with_words), live, cand_dicts, merged,
                   [e.to_dict() for e in cleaned.events])


def _keyed_by(gold: dict) -> tuple[str, list]:
    """The argument a gold event is matched by and its accepted spellings."""
    if gold["type"] in PEOPLE_TYPES and gold.get("person"):
        return "person", gold["person"]
    return "org", gold.get("org") or []


def _sentences_naming(st: _Stages, spellings: list) -> list[int]:
    keys = [norm(s) for s in spellings if norm(s)]
    return [i for i, (a, b) in enumerate(st.sentences) if any(k in norm(st.text[a:b]) for k in keys)]


def _same_key(pred: dict, field: str, spellings: list) -> bool:
    return names_match(pred.get(field), spellings)


def why_missed(st: _Stages, gold: dict, queried: list[dict]) -> str:
    """The reason (one of ``REASONS``) a required gold event is not among the article's queried rows."""
    field, spellings = _keyed_by(gold)
    if gold["type"] != "funding" and any(_same_key(p, field, spellings) and event_type(p) == gold["type"]
                                         for p in queried):
        return "one event for two"
    naming = _sentences_naming(st, spellings)
    if not naming:
        return "not in text"
    if not any(norm(s) in st.names for s in spellings):
        return "name not found"
    if not st.trigger_sentences.intersection(naming):
        return "no trigger word"
    if not st.live_sentences.intersection(naming):
        return "cancelled by a cue"
    return _lost_at_stage(st, gold, queried, field, spellings)


def _lost_at_stage(st: _Stages, gold: dict, queried: list[dict], field: str, spellings: list) -> str:
    """Why the first stage that no longer holds the gold event (its key and type, for a round its sum) lost it: the
    candidates, the merge, validation, then the query a user runs."""
    for stage, reason in ((st.candidates, "no candidate"), (st.merged, "lost in merge"),
                          (st.cleaned, "dropped by validation"), (queried, "lost after extraction")):
        mine = [p for p in stage if _same_key(p, field, spellings)]
        right = [p for p in mine if event_type(p) == gold["type"]]
        if gold["type"] == "funding" and gold.get("amount"):
            if right and not any(amount_match(p, gold["amount"]) for p in right):
                return "other amount" if stage is st.candidates else reason
            right = [p for p in right if amount_match(p, gold["amount"])]
        if not right:
            if stage is st.candidates:
                return "other type" if mine else "no candidate"
            return reason
    return "lost after extraction"
