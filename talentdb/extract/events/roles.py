"""The titles an article gives ("chief technology officer", "首席技術長", "head of AI research"), and which person holds
which title, as ``TitleFinding``, a part of ``talentdb.extract.events.article._Article``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from talentdb.extract.entities import _is_han
from talentdb.extract.events.orgs import _former
from talentdb.extract.events.patterns import _CLAUSE_STOP
from talentdb.extract.events.site import NOTHING, first


# Regex templates: <<name>> is a word list of talentdb/lexicon/grammar.toml (see Lexicon.rx).
_EN_OF_TITLE = (r"\b<<en_title_heads>> of (?:the )?[\"“]?[a-z][a-z\-]*[\"”]?(?: (?:of |in |and )?[\"“]?[a-z][a-z\-]*[\"”]?){0,4}?"
                r"(?=,|\.|;| <<en_title_ends>>| in (?:19|20)\d\d| in [a-z]+ (?:19|20)\d\d|$)")
# (the word boundary before "chief" is written as a look-behind after its "c", so the pattern opens with two
# literals and the regex engine skips to them instead of trying every position)
_CHIEF_SHAPE = re.compile(r"c(?<!\w.)hief (?:[a-z]+ ){1,2}officer\b|首席[\u4e00-\u9fff]{1,4}?官(?![\u4e00-\u9fff]{0,1}员)")
# The non-ASCII letters that a case-blind pattern matches for an ASCII one (İ ı ſ K)
_CASE_BLIND_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass
class Role:
    """A title in the text: its span, its canonical name (None when the lexicon has none), the words as written,
    its kind ("title", "lead": what someone leads, "verb": a role told by a verb) and the organisation named with it."""
    start: int
    end: int
    canon: str | None
    raw: str
    kind: str
    org: str | None = None


class TitleFinding:
    """The titles of an article and who holds them: a part of ``_Article``, run by its ``__init__``."""

    # -- roles ---------------------------------------------------------------------------------------------
    def _find_roles(self) -> list[Role]:
        """The titles of the article in text order: each of ``TITLE_FINDERS`` adds to those found before."""
        out: list[Role] = []
        for finder in TITLE_FINDERS:
            out = finder(self, out)
        return out

    def _en_of_titles(self) -> list:
        """``finditer`` of ``_EN_OF_TITLE`` over the lowered text. The pattern opens with look-behinds, so the regex
        engine would try each of its head words at every position; it is tried only where a head word followed by
        " of " starts, which it needs. (Its case-blind letters are exact on lowered text unless the text holds one
        of the four non-ASCII letters that match ASCII ones case-blind: then the plain scan.)"""
        full = self.rx(_EN_OF_TITLE)
        heads = self.lex.grammar.get("en_title_heads", [])
        low = self.lowered
        if not heads or not all(h.isascii() for h in heads) or _CASE_BLIND_ODD.search(low):
            return list(full.finditer(low)) if heads else []
        ahead = self.lex.words_rx("en_title_heads", " of ")
        out = []
        pos = 0
        while True:
            k = ahead.search(low, pos)
            if k is None:
                return out
            m = full.match(low, k.start())
            if m is None:
                pos = k.start() + 1
            else:
                out.append(m)
                pos = m.end()

    def _roles_before(self, pos: int, clause_start: int) -> list[Role]:
        """The chain of titles that ends right before ``pos`` (首席技術長林佳慧… / 共同創辦人兼研究科學家柯文瀚…)."""
        chain = []
        cur = pos
        # the titles ending in [clause_start - 2, pos], the last-ending first
        lo = clause_start - 2
        for r in self._titles_by_end[bisect_left(self._title_end_keys, -pos):]:
            if r.end < lo:
                break
            gap = self.folded[r.end:cur]
            plural_head = not chain and gap in (", ", ": ") and (self.lowered[r.end - 1:r.end] == "s" or (
                self.lang == "en" and self.rx(r"(?:<<possessives>>|'s|s') (?:[a-z\-]+ )?$").search(
                                                self.lowered[max(0, r.start - 24):r.start])))
            if gap and not chain:  # "CEO Datuk Seri Azlan" / "董事經理丹斯里林國強"
                gap = self.rx(r"(?:<<honorifics_before_name>>\s+)+$" if self.lang == "en" else
                              r"(?:<<honorifics_before_name>>)+$").sub("", gap)
            ok = (gap.strip() == "" or gap.strip() in self._relative or plural_head or
                  self._title_set_before_a_listed_name(r, gap)) if not chain else \
                self.rx(r"\s*<<title_joiners>>?\s*").fullmatch(gap)
            if not ok:
                break
            chain.append(r)
            cur = r.start
        return list(reversed(chain))

    def _title_set_before_a_listed_name(self, r: Role, gap: str) -> bool:
        """"A, head of mining, and head of processing, B, have left": in English, the title of the next name of a
        list set before it with a comma, right after the coordinator."""
        return self.lang == "en" and gap == ", " and \
            bool(self.rx(r",\s*<<coordinators>>\s*$").search(self.lowered, max(0, r.start - 8), r.start))

    def _attach_roles(self) -> None:
        """Who holds which title: each of ``HOLDER_STEPS`` in order."""
        for step in HOLDER_STEPS:
            step(self)

    def _hold(self, m, role: Role) -> None:
        self.person_roles.setdefault(m.key, []).append((m.start, role))

    def role_for(self, person: str, pos: int, org: str | None) -> Role | None:
        items = self.person_roles.get(person, [])
        before = [r for p, r in items if p <= pos and (r.org is None or org is None or r.org == org)]
        if before:
            return before[-1]
        after = [r for p, r in items if p > pos and (r.org is None or org is None or r.org == org)]
        return after[0] if after else None


# -- finding the titles ---------------------------------------------------------------------------------------------
def titles_the_lexicon_lists(art, out: list[Role]) -> list[Role]:
    """"chief technology officer", "首席技術長", "專案負責人": the titles roles.toml lists, each with its span."""
    # What is led reaches back ("Sora影片生成專案負責人"), a role verb forward ("領導工程團隊"); words that qualify
    # a title are kept as written ("interim chief executive", "代理執行長"), and a field the lexicon does not know
    # ("亞洲區債券主管").
    f, lex = art.folded, art.lex
    qual = art.rx(r"(?<![a-z])<<title_qualifiers>> ?$")
    for s, e in lex.role_matcher.find(f, art.lowered):
        canon, kind = lex.role_title.get(art.lowered[s:e], (None, "title"))
        rs, re_ = s, e
        if kind == "lead":
            rs = _lead_reaches_back(art, s)
        elif kind == "verb":
            re_ = _verb_reaches_forward(art, e)
            if re_ is None:
                continue
        raw_start = rs
        if kind == "title" and rs > 0:
            q = qual.search(art.lowered, max(0, rs - 9), rs)
            if q:  # (the span does not take the qualifier: 署理 may be the event word before the title)
                raw_start = q.start()
        raw = art.text[_prefixes_reach_back(art, raw_start):re_]
        if kind == "title" and canon in lex.bare_field_titles and _is_han(f[s]):
            q = _field_start(art, s)
            raw = art.text[_prefixes_reach_back(art, min(q, raw_start)):re_]
            if s - q <= 4:
                rs = q  # the title with a short field: "擔任創意總監" takes the whole of it
        out.append(Role(rs, re_, canon, raw, kind))
    return _without_titles_inside_a_prefix(art, out)


def _without_titles_inside_a_prefix(art, roles: list[Role]) -> list[Role]:
    """"監事會主席": 監事 inside the words written before 主席 ([grammar] title_prefixes) is no title of its own."""
    spans = [(_prefixes_reach_back(art, r.start), r.start) for r in roles]
    return [r for r in roles if not any(a <= r.start and r.end <= b for a, b in spans if a < b)]


def _lead_reaches_back(art, s: int) -> int:
    """Where what is led starts, before a word of leading at ``s``: "Sora AI影片生成專案負責人"."""
    f = art.folded
    under = art.rx(r"<<under_marks>>$")
    rs = s
    while rs > 0 and s - rs < 24:
        ch = f[rs - 1]
        if ch in ",;:。!?()「」“”\n—-" or ch in art._list_marks or ch in art._relative or \
                under.search(f[max(0, rs - 4):rs]):
            break
        if ch.isspace() and not (rs >= 2 and f[rs - 2].isascii() and f[rs].isascii()):
            break
        if rs in art._trigger_ends:
            break
        rs -= 1
    while rs < s and f[rs].isspace():
        rs += 1
    return rs


def _prefixes_reach_back(art, s: int) -> int:
    """Where a Chinese title starts with the words written before it as part of it ([grammar] title_prefixes):
    "集團首席財務總監" is told whole, not "財務總監" (the role as written keeps them; the span does not move)."""
    if not _is_han(art.folded[s:s + 1]):
        return s  # (English titles take their words another way: the lexicon lists their longer spellings)
    prefix = art.rx(r"(?:<<title_prefixes>>)$")
    for _ in range(3):
        m = prefix.search(art.lowered, max(0, s - 4), s)
        if not m:
            break
        s = m.start()
    return s


def _verb_reaches_forward(art, e: int) -> int | None:
    """Where a role told by a verb ends: at a word that ends it ("領導工程團隊", "co-led the safety team"), in its
    clause. Without one the verb tells no post ("帶領球隊保級", "領導星澄集團", "接過領導棒子"): None."""
    f = art.folded
    stop = _CLAUSE_STOP.search(f, e, e + 40)
    hi = stop.start() if stop else e + min(40, len(f) - e)
    for _, ve in art.lex.role_verb_ends.find(f[e:hi], art.lowered[e:hi]):
        return e + ve
    return None


def _field_start(art, s: int) -> int:
    """Where the field of a title the lexicon lists without one starts ("亞洲區債券主管": up to six Han characters)."""
    f = art.folded
    q = s
    while q > 0 and s - q < 6 and _is_han(f[q - 1]) and f[q - 1] not in art._name_stops and \
            q not in art._trigger_ends and not f.endswith(art.lex.org_han_suffixes, max(0, q - 4), q):
        q -= 1
    return q


def chief_officer_shape(art, out: list[Role]) -> list[Role]:
    """"chief revenue officer" / "首席增長官": a chief-officer title the lexicon does not list."""
    taken = [(r.start, r.end) for r in out]
    for m in _CHIEF_SHAPE.finditer(art.lowered):
        a, b = m.span()
        if any(x < b and a < y for x, y in taken):
            continue
        raw = art.text[a:b]
        canon = " ".join(w[:1].upper() + w[1:] for w in raw.split()) if raw.isascii() else None
        out.append(Role(a, b, canon, raw, "title"))
    out.sort(key=lambda r: r.start)
    return out


def head_of_something(art, out: list[Role]) -> list[Role]:
    """"head of developer relations": in English, a head word and "of" what is led, the whole a title."""
    # (over the shorter titles inside it)
    if art.lang != "en":
        return out
    for m in art._en_of_titles():
        a, b = m.span()
        if any(r.start == a and r.end >= b for r in out) or _field_is_an_org_name(art, a, b):
            continue
        out = [r for r in out if not (r.start < b and a < r.end)]
        raw = art.text[a:b]
        words = [w for w in raw.split() if w.lower() not in ("its", "the", "their", "our")]
        words = [w.strip('"“”') for w in words]
        out.append(Role(a, b, " ".join(w if w in ("of", "in", "and", "for") else w[:1].upper() + w[1:]
                                       for w in words), raw, "title"))
    out.sort(key=lambda r: r.start)
    return out


def _field_is_an_org_name(art, a: int, b: int) -> bool:
    """"deputy managing director of Dhaleshwari Bank": what follows "of" is an organisation's name (every word
    capitalised, ending in an organisation word, hyphenated or not, or opening with one: "Bank of …"), so the title ends before "of"
    and the name is where it is held, not its field."""
    at = art.lowered.find(" of ", a, b)
    if at < 0:
        return False
    words = [w.strip('"“”') for w in art.folded[at + 4:b].split() if w not in ("of", "and", "&", "the", "for")]
    if words and words[0] == "The":
        words = words[1:]
    # (the organisation word may end a hyphenated name: "partner of K-Ventures")
    return bool(words) and all(w[:1].isupper() for w in words) and (
        words[-1] in art.lex.org_latin_suffixes or words[-1].rpartition("-")[2] in art.lex.org_latin_suffixes or
        words[0] in art.lex.org_latin_of_heads)


# The titles of an article: each finder adds to the titles found before it.
_A_CAPACITY = re.compile(r"\s+(?:role|capacity)\b")
_IN_A_BEFORE = re.compile(r"\bin\s+an?\s+$")


def not_a_capacity(art, out: list[Role]) -> list[Role]:
    """"takes over in an executive capacity", "serves in an advisory role": a title word in lower case between
    "in a/an" and "role"/"capacity" says how a post is held, not which (not "in a CEO role")."""
    if art.lang != "en":
        return out
    return [r for r in out if not (art.folded[r.start:r.end].islower() and _A_CAPACITY.match(art.lowered, r.end) and
                                   _IN_A_BEFORE.search(art.lowered, max(0, r.start - 8), r.start))]


TITLE_FINDERS = (titles_the_lexicon_lists, chief_officer_shape, head_of_something, not_a_capacity)


# -- who holds which title ------------------------------------------------------------------------------------------
def titles_chained_before_name(art, m) -> Role | None:
    """"星河科技首席技術長林佳慧" / "co-founder and chief scientist Ana Ruiz": the titles right before the name."""
    # (the chain of titles, with the organisation named before it)
    chain = art._roles_before(m.start, art._clause_start(m.start))
    if not chain:
        return None
    # (the first title's raw may reach back over its field: "美術總監" for the title 總監)
    raw = chain[0].raw + art.text[chain[0].end:chain[-1].end]
    canon = " and ".join(dict.fromkeys(r.canon for r in chain if r.canon)) or None
    org = art._org_before(chain[0].start + 1, art._clause_start(chain[0].start))
    return Role(chain[0].start, chain[-1].end, canon, raw, "title", org)


def title_in_apposition(art, m):
    """"Ana Ruiz, Orbis's chief technology officer,": the title (the whole chain) in apposition after the name."""
    # ("Ana Ruiz, a partner at Quorra,", "Ana Ruiz, the co-founder and chief executive of Quorra,"; NOTHING for a
    # present title in an appositive that says where the person comes from)
    tail = art.lowered[m.end:m.end + 60]
    if art.rx(r",\s+<<present_appositive>>").match(tail):
        return NOTHING
    am = art.rx(r",\s+(?:who [^,]{0,40}?\bas |<<appositive_intro>> )*(?:([a-z0-9][\w.&\- ]{0,30}?)'s )?").match(tail)
    if am and art.lang == "en" and not art.roles_in(m.end + am.end(), m.end + am.end() + 1):
        # "Ana Ruiz, a longtime Quorra producer": a word or two and an employer before the title
        am2 = art.rx(r",\s+(?:a|an|the|its|their)\s+(?:[a-z\-]+\s+)?(?:[A-Z][\w&\-]*\s+){0,2}", 0).match(
            art.folded[m.end:m.end + 60])
        if am2:
            am = am2
    if not am:
        return None
    at = m.end + am.end()
    for i_r in range(bisect_left(art._role_starts, at), len(art.roles)):
        r = art.roles[i_r]
        if r.start != at:
            break
        if r.kind != "verb":
            chain = [r]
            for r2 in art.roles[i_r + 1:]:
                if r2.kind == "verb" or not art.rx(r"\s*<<title_joiners>>\s*").fullmatch(
                        art.folded[chain[-1].end:r2.start]):
                    break
                chain.append(r2)
            if len(chain) == 1:
                return r
            return Role(chain[0].start, chain[-1].end, " and ".join(dict.fromkeys(x.canon for x in chain if x.canon))
                        or None, art.text[chain[0].start:chain[-1].end], "title")
    return None


def title_of_an_org_before_name(art, m) -> Role | None:
    """"The deputy chairman of Star Media, Datuk Ana Ruiz, announced…" / "Orbis's former chief executive for Asia
    banking, Ana Ruiz, left": in English, "the" (or an organisation's possessive) and a title of or for something,
    then the name after a comma."""
    if art.lang != "en":
        return None
    low = art.lowered
    for r in reversed(art.titles_in(max(0, m.start - 90), m.start)):
        if r.end >= m.start or r.kind == "verb":
            continue
        gap = art.rx(r" (?:of|for) (?:the )?[^,;:()]{2,60}?,\s+(?:<<honorifics_before_name>>\s+)*").fullmatch(
            low, r.end, m.start)
        if gap is None or not _the_or_owner_before(art, r.start) or \
                any(q.end == _comma_before(art, m.start) for q in art.ents.persons_in(r.end, m.start)) or \
                art.triggers_in(r.end, m.start):
            return None
        org = next((o.key for o in art.ents.orgs_in(r.end, m.start) if not o.ref), None)
        return Role(r.start, r.end, r.canon, r.raw, r.kind, org)
    return None


def _the_or_owner_before(art, at: int) -> bool:
    """"the co-chairman", "Orbis's former chief executive": "the", or a named organisation's possessive (and
    "former"), right before a title at ``at``."""
    low = art.lowered
    if art.rx(r"(?:^|[\s(])the\s+$").search(low, max(0, at - 5), at):
        return True
    pm = art.rx(r"['’]s\s+(?:former\s+)?$").search(low, max(0, at - 12), at)
    return pm is not None and any(o.end == pm.start() and not o.ref for o in art.ents.orgs_in(max(0, pm.start() - 60),
                                                                                              pm.start()))


def _comma_before(art, at: int) -> int:
    """Where the comma before a name at ``at`` is (the end of what the title is of)."""
    return art.folded.rfind(",", 0, at)


# The title one mention of a person holds: the first strategy that answers (NOTHING: none).
MENTION_TITLE_STRATEGIES = (titles_chained_before_name, title_in_apposition, title_of_an_org_before_name)


def title_of_each_mention(art) -> None:
    """"星河科技技術長林佳慧": each mention of a person holds the title MENTION_TITLE_STRATEGIES gives it."""
    # (one said before the name with an organisation places the person there; not a former one: "前銀河科技副總林佳慧")
    for m in art.ents.person_mentions:
        role = first(MENTION_TITLE_STRATEGIES, art, m)
        if not role:
            continue
        art._hold(m, role)
        if role.org:
            om = art._org_before_mention(role.start + 1, art._clause_start(role.start))
            if not (om is not None and _former(art, om)):
                art.affiliation.setdefault(m.key, []).append((m.start, role.org))


def title_counted_for_the_list(art, i: int, ms: list, own_at: dict) -> None:
    """"副總裁林佳慧、柯文瀚" / "兩位副總裁林佳慧與柯文瀚" / "two vice presidents, Ana Ruiz and Ben Tao": a title before
    the first name of a list is each one's, when it is plural or counted or the names are enumerated with 、 ("CFO
    Ana Ruiz and Ben Tao" does not make Tao a CFO)."""
    m = ms[i]
    role = own_at.get((m.key, m.start))
    if role is None or role.end > m.start:
        return
    plural = art.rx(r"<<group_counts>>\s*$").search(art.lowered, max(0, role.start - 6), role.start) is not None or (
        art.lang == "en" and art.lowered[role.end - 1:role.end] == "s")
    joiner = art.rx(r"\s*(?:<<list_joiners>>|,\s*and)\s*")
    cur = m
    for n in ms[i + 1:]:
        gap = art.folded[cur.end:n.start]
        if (n.key, n.start) in own_at or not joiner.fullmatch(gap) or not (plural or gap.strip() == "、"):
            break
        art._hold(n, role)
        own_at[(n.key, n.start)] = role
        cur = n


def plural_title_after_the_list(art, i: int, ms: list, own_at: dict) -> None:
    """"Ana Ruiz and Ben Tao, both vice presidents at Orbis,": in English, a plural title in apposition to the list
    before it is each one's."""
    m = ms[i]
    if art.lang != "en":
        return
    am = art.rx(r",\s+<<group_counts>>\s+").match(art.lowered, m.end)
    r = next(iter(art.titles_in(am.end(), am.end() + 1)), None) if am else None
    if r is None or art.lowered[r.end - 1:r.end] != "s":
        return
    joiner = art.rx(r"\s*(?:<<list_joiners>>|,\s*and)\s*")
    group, cur = [m], m
    for q in reversed(ms[:i]):
        if not joiner.fullmatch(art.folded[q.end:cur.start]):
            break
        group.append(q)
        cur = q
    if len(group) < 2:
        return
    for q in group:
        if (q.key, q.start) not in own_at:
            art._hold(q, r)
            own_at[(q.key, q.start)] = r


def titles_told_once_for_a_list(art) -> None:
    """"副總裁林佳慧、柯文瀚": a title told once for a list of people is each one's."""
    # (title_counted_for_the_list, else plural_title_after_the_list, at each name in turn)
    ms = [m for m in art.ents.person_mentions if not m.pronoun]
    if len(ms) < 2:
        return
    own_at = {}
    for k, items in art.person_roles.items():
        for p, r in items:
            own_at[(k, p)] = r
    for i, m in enumerate(ms):
        role = own_at.get((m.key, m.start))
        if role is not None and role.end <= m.start:
            title_counted_for_the_list(art, i, ms, own_at)
        else:
            plural_title_after_the_list(art, i, ms, own_at)


def role_verb_holders(art) -> None:
    """"柯文瀚曾共同領導工程團隊": a role told by a verb is held by the last person named before it in its clause."""
    for r in art.roles:
        if r.kind != "verb":
            continue
        cs = art._clause_start(r.start)
        ps = [p for p in art.ents.persons_in(cs, r.start)]
        if ps:
            art._hold(ps[-1], r)


# Who holds which title: each step in order (a later one reads what the earlier ones attached).
HOLDER_STEPS = (title_of_each_mention, titles_told_once_for_a_list, role_verb_holders)
