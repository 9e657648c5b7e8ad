"""The people a trigger is about: named before it, after it (an object), in a list, or the group of the sentence
before; and when no one can be (a group, a relative clause about someone else).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentdb.extract.entities import Mention
from talentdb.extract.events.patterns import _PASSIVE
from talentdb.extract.lexicon import TriggerRule

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article


_RELATIVE_PERSON_GAP = 14
_TO_AND_END = re.compile(r"(?:\bto|\band)\s*$")
_BUT_BEFORE = re.compile(r"\b(?:but|and|yet)\s+$")
_CLAUSE_MARK = re.compile(r"[,;:()]")
# what may open a clause before a title that stands for a person: "The company's founder", "該公司創辦人", "其財務長"
_TITLE_OPENS = re.compile(r"\s*(?:(?:the|its|their|his|her)\s+)?(?:(?:company|firm|group|startup|bank)['’]s\s+)?(?:former\s+)?"
                          r"|\s*(?:该公司|该集团|该行|公司|其|该)?")
_OF_GAP = re.compile(r"\s+of\s+(?:[a-z\-]+\s+){0,3}$")  # "departure of (its longtime) Dana Whit"
_OWNER_GAP = re.compile(r"['’]s\s+(?:[a-z\-]+\s+){0,2}$")  # "Dana Whit's (abrupt) resignation"


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_GROUP_BACK = r"<<group_back>>"


def _possessive(art: _Article, p: Mention) -> bool:
    """"Elon Musk's xAI": a person named as an owner, not one who acts."""
    return not p.pronoun and art.folded[p.end:p.end + 2] in ("'s", "’s")


def _subjects(art: _Article, rule: TriggerRule, ts, te, cs, ce, ss) -> tuple[list[Mention], bool]:
    """The people a trigger is about, and whether none can be (a group, a relative clause about others)."""
    f = art.folded
    # "三人隨後共同創辦了…" / "the three later founded…": the group named in the sentence before
    # (the cheap tests first: there is seldom a group to go back to)
    if art.last_group and art.last_group[0].start < ss and ss - art.last_group[-1].end < 200 and \
            art.lex.rx(_GROUP_BACK).search(art.lowered, cs, ts) and not art.ents.persons_in(cs, ts):
        return list(art.last_group), False
    if art.lang == "en" and art.lowered[ts:te] in art.lex.grammar.get("event_nouns", ()):
        noun = _noun_subject(art, ts, te, cs, ce)
        if noun is not None:
            return noun, False
    after = [p for p in art.ents.persons_in(te, ce) if not _possessive(art, p)]  # (not "after Dana Whit's exit")
    before = [p for p in art.ents.persons_in(cs, ts) if p.end <= ts and not _possessive(art, p)]
    if rule.type == "hire" and rule.direction != "object" and not (before and art.gap_ok(before[-1].end, ts)):
        leaver = _chained_leaver(art, ts, ss)
        if leaver is not None:
            return art.chain_back(leaver, ss), False
    # relative clause: "即將擔任首席科學家的雅庫布·帕喬基" / "今年離職的另一位重要人物是X"
    rel = art._relative_rx.search(f, te, ce) if art._relative_rx is not None else None
    de = rel.start() if rel else -1
    if de >= 0 and rule.succession and any(te <= t[0] < de for t in art.triggers):
        de = -1  # "接替上月離任的風險總監X": the clause before 的 is about X leaving; X is the one replaced
    if de >= 0 and (not after or de < after[0].start):
        nxt = [p for p in after if p.start > de]
        if nxt and nxt[0].start - de <= _RELATIVE_PERSON_GAP and not art.has(art.lex.group_nouns, de, nxt[0].start):
            return art.chain_forward(nxt[0], ce), False
        if de - te <= 1 or art.has(art.lex.group_nouns, de, min(ce, de + 8)):
            if not before or art.has(art.lex.speech_verbs, before[-1].end, ts) or \
                    art.has(art.lex.group_nouns, before[-1].end, ts):
                return [], True
    if rule.direction == "object" and not after and ce < len(f) and f[ce:ce + 1] in ",，" and \
            any(r.end <= ce and ce - r.end <= 1 and r.start >= te for r in art.roles):
        # "fired its CFO, Ann Park,": the person in apposition to the title after the word
        app = [p for p in art.ents.persons_in(ce, min(ce + 3, len(f))) if not p.pronoun]
        if app:
            after = app
    if rule.direction == "object" and not after and f[ce:ce + 1] in (":", "：") and not before:
        # "hired three engineers from Meta: Ana Li, Bo Chen and Cy Park": the list after the colon
        nxt = [p for p in art.ents.persons_in(ce + 1, min(len(f), ce + 6)) if not p.pronoun]
        if nxt:
            return art.chain_forward(nxt[0], art._sentence_end(ss)), False
    if rule.direction == "object" and after and not art.lex.rx(_PASSIVE).search(f[max(cs, ts - 8):ts]):
        return art.chain_forward(after[0], max(ce, after[0].end)), False
    if rule.succession and after and art.lex.rx(_PASSIVE).search(f[max(cs, ts - 10):ts]) and \
            art.lex.rx(r"^\s*<<agent_marks>>\s*(?:(?:his|her|its|their|the)\s+)?(?:[a-z\-]+\s+)?$").match(
                _without_roles(art, te, after[0].start)):
        # "Hale was replaced by Sara Quinn" / "She will be succeeded by deputy Ivan Petrov": the one after "by"
        return art.chain_forward(after[0], ce), False
    if rule.succession and after and (after[0].start - te <= 3 or not art.lex.rx(r"<<agent_marks>>").search(
            art.lowered, te, after[0].start)):
        # "will succeed Lund as CFO" / "接替林俊男" / "接替將於3月底屆齡退休的創辦人許文雄": the person after is the one
        # replaced
        after = []
    if rule.type in ("promotion", "hire") and after and after[0].start - te <= (40 if art.lang == "en" else 25) and \
            (not before or art.ents.orgs_in(before[-1].end, ts) or _object_of_earlier(art, before[-1], cs)) and \
            (art.ents.orgs_in(cs, ts) or (not before and rule.needs_role)) and \
            not art.has(art.lex.speech_verbs, te, after[0].start) and \
            not (art.lang == "en" and art.lex.rx(_PASSIVE).search(f[max(cs, ts - 8):ts]) and
                 not art.lex.rx(r"(?<![a-z])<<agent_marks>>(?![a-z])").search(art.lowered, te, after[0].start)):
        # (not "Wojcik … was elevated to CTO to replace him": after a passive, the one named after is someone else)
        # "Brightline promoted deputy CFO Ana Ruiz to…" / "公司宣布…晉升": the organisation acts on the person
        return art.chain_forward(after[0], ce), False
    if before:
        p = before[-1]
        if art.gap_ok(p.end, ts):
            # "Ana Ruiz, Ben Tao and Carl Wu resigned": a list may run across the commas that split clauses
            return art.chain_back(p, ss if not p.pronoun else p.start), False
        if art.lang == "en" and ts - p.end <= 120 and _BUT_BEFORE.search(art.lowered, max(p.end, ts - 6), ts) and \
                not _CLAUSE_MARK.search(art.folded, p.end, ts) and not any(p.end <= t[0] < ts for t in art.triggers):
            # "Whitcombe had been one of Vireo's first engineers but left in 2022": a second verb of the subject
            return [p], False
        return [], True
    titled = _title_subject(art, cs, ts) if not after or after[0].start > te + 2 else None
    if titled is not None:
        return [titled], False
    if any(not art.lex.rx(r"<<co_marks>>[^,;:。]{0,4}$").search(art.lowered[max(cs, a - 8):a])
           for a, _ in art.matches(art.lex.group_nouns, cs, ts)):
        return [], True  # "員工紛紛離職": a group acts ("與兩名前同事共同創立" names who acts with them)
    # no one in this clause: the last person earlier in the sentence ("他曾在特斯拉…,2022年重返OpenAI,但…離開")
    prev = [p for p in art.ents.persons_in(ss, cs) if p.end <= cs and not _possessive(art, p)]
    if prev:
        p = prev[-1]
        gap_s = p.end
        if ts - gap_s <= 90 and not art.has(art.lex.speech_verbs, gap_s, ts) and \
                not any(not art.lex.rx(r"<<co_marks>>[^,;:。]{0,4}$").search(art.lowered[max(cs, a - 8):a])
                        for a, _ in art.matches(art.lex.group_nouns, cs, ts)) and not art.in_quote(ts):
            return art.chain_back(p, ss), False
    return [], False


def _noun_subject(art: _Article, ts, te, cs, ce) -> list[Mention] | None:
    """An event told as a noun: "the departure of (chief executive) Dana Whit" is Whit's, "Dana Whit's resignation"
    too, whoever else the clause names; None when neither shape is there."""
    f = art.folded
    for p in art.ents.persons_in(te, min(ce, te + 60)):
        if not p.pronoun and _OF_GAP.match(_without_roles(art, te, p.start)):
            return art.chain_forward(p, ce)
        break
    before = [p for p in art.ents.persons_in(cs, ts) if p.end <= ts]
    if before and _possessive(art, before[-1]) and _OWNER_GAP.match(f, before[-1].end, ts):
        return [before[-1]]
    return None


def _title_subject(art: _Article, cs: int, ts: int) -> Mention | None:
    """"The company's founder stepped down" / "該公司創辦人上週宣布退休": a title with no name, opening the clause (after
    "the", "its", "該公司"…), stands for the one person the article gave that title, or who founded something, so far;
    never when two could be meant."""
    r = next((x for x in reversed(art.roles) if cs <= x.start and x.end <= ts and x.kind == "title"), None)
    if r is None or not r.canon or ts - r.end > 8 or not _TITLE_OPENS.fullmatch(art.lowered, cs, r.start) or \
            art.ents.persons_in(r.start, ts) or art.ents.orgs_in(r.end, ts):
        return None
    if any(r.end <= t[0] < ts for t in art.triggers):
        return None
    keys = set()
    if r.canon in art.lex.founder_titles:
        keys |= set(art.founders)
    for key, items in art.person_roles.items():
        if any(pos < r.start and held.canon == r.canon for pos, held in items):
            keys.add(key)
    if len(keys) != 1:
        return None
    return Mention(r.start, r.end, "person", next(iter(keys)), pronoun=True)


def _without_roles(art: _Article, a: int, b: int) -> str:
    """The text between a and b with the titles in it blanked (so "of CEO Dana Whit" reads "of  Dana Whit")."""
    seg = list(art.folded[a:b])
    for r in art.roles:
        if a <= r.start and r.end <= b:
            seg[r.start - a:r.end - a] = " " * (r.end - r.start)
    return "".join(seg)


def _object_of_earlier(art: _Article, p: Mention, cs: int) -> bool:
    """"The board removed CEO X on Monday and named Y interim CEO": X undergoes an earlier word of the clause, so the
    one who acts on the later word is whoever acted on the first (the organisation), not X."""
    for t0s, t0e in art.triggers:
        if t0e > p.start:
            break
        if t0s >= cs and p.start - t0e <= 40 and not art.ents.persons_in(t0e, p.start) and any(
                rr.direction == "object" for rr in art.lex.triggers.get(art.lowered[t0s:t0e], [])):
            return True
    return False


def _chained_leaver(art: _Article, ts: int, ss: int):
    """"Wei, who left A's lab in June to join B" / "left A … and returned to B": a move chained by "to"/"and"
    to a leaving just before it is made by the one who left."""
    if not _TO_AND_END.search(art.lowered[max(ss, ts - 5):ts]):
        return None
    for t0s, t0e in reversed(art.triggers):
        if t0e > ts or t0s < ss:
            continue
        if ts - t0e > 60 or art.ents.persons_in(t0e, ts):
            return None
        if not any(rr.type == "departure" for rr in art.lex.triggers.get(art.lowered[t0s:t0e], [])):
            return None
        prev = [q for q in art.ents.persons_in(ss, t0s) if q.end <= t0s and not _possessive(art, q)]
        if prev and t0s - prev[-1].end <= (130 if art.lang == "en" else 80) and not art.has(art.lex.speech_verbs, prev[-1].end, t0s):
            return prev[-1]
        return None
    return None
