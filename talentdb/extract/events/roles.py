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
        out = []
        f = self.folded
        under = self.lex.rx(r"<<under_marks>>$")
        qual = self.lex.rx(r"(?<![a-z])<<title_qualifiers>> ?$")
        for s, e in self.lex.role_matcher.find(f, self.lowered):
            canon, kind = self.lex.role_title.get(self.lowered[s:e], (None, "title"))
            rs, re_ = s, e
            if kind == "lead":
                # keep what is led: "Sora AI影片生成專案負責人"
                rs = s
                while rs > 0 and s - rs < 24:
                    ch = f[rs - 1]
                    if ch in ",;:。!?()「」“”\n—-" or ch in self._list_marks or ch in self._relative or \
                            under.search(f[max(0, rs - 4):rs]):
                        break
                    if ch.isspace() and not (rs >= 2 and f[rs - 2].isascii() and f[rs].isascii()):
                        break
                    if rs in self._trigger_ends:
                        break
                    rs -= 1
                while rs < s and f[rs].isspace():
                    rs += 1
            elif kind == "verb":
                end = e
                for vs, ve in self.lex.role_verb_ends.find(f[e:e + 40], self.lowered[e:e + 40]):
                    end = e + ve
                    break
                else:
                    m = _CLAUSE_STOP.search(f, e, e + 40)
                    end = m.start() if m else e + min(40, len(f) - e)
                re_ = end
            raw_start = rs
            if kind == "title" and rs > 0:
                q = qual.search(self.lowered, max(0, rs - 9), rs)
                if q:  # "interim chief executive" / "代理執行長": the title as written keeps what qualifies it (the
                    raw_start = q.start()  # span does not: 署理 may be the event word before the title)
            raw = self.text[raw_start:re_]
            if kind == "title" and canon in self.lex.bare_field_titles and _is_han(f[s]):
                # "亞洲區債券主管": a title whose field the lexicon does not know keeps its field in role_raw
                q = s
                while q > 0 and s - q < 6 and _is_han(f[q - 1]) and f[q - 1] not in self._name_stops and \
                        q not in self._trigger_ends and not f.endswith(self.lex.org_han_suffixes, max(0, q - 4), q):
                    q -= 1
                raw = self.text[q:re_]
                if s - q <= 4:
                    rs = q  # the title with a short field: "擔任創意總監" takes the whole of it
            out.append(Role(rs, re_, canon, raw, kind))
        # "chief revenue officer" / "首席增長官": a chief-officer title the lexicon does not list
        taken = [(r.start, r.end) for r in out]
        for m in _CHIEF_SHAPE.finditer(self.lowered):
            a, b = m.span()
            if any(x < b and a < y for x, y in taken):
                continue
            raw = self.text[a:b]
            canon = " ".join(w[:1].upper() + w[1:] for w in raw.split()) if raw.isascii() else None
            out.append(Role(a, b, canon, raw, "title"))
        out.sort(key=lambda r: r.start)
        if self.lang == "en":
            for m in self._en_of_titles():
                a, b = m.span()
                if any(r.start == a and r.end >= b for r in out):
                    continue
                out = [r for r in out if not (r.start < b and a < r.end)]
                raw = self.text[a:b]
                words = [w for w in raw.split() if w.lower() not in ("its", "the", "their", "our")]
                words = [w.strip('"“”') for w in words]
                out.append(Role(a, b, " ".join(w if w in ("of", "in", "and", "for") else w[:1].upper() + w[1:]
                                               for w in words), raw, "title"))
            out.sort(key=lambda r: r.start)
        return out

    def _en_of_titles(self) -> list:
        """``finditer`` of ``_EN_OF_TITLE`` over the lowered text. The pattern opens with look-behinds, so the regex
        engine would try each of its head words at every position; it is tried only where a head word followed by
        " of " starts, which it needs. (Its case-blind letters are exact on lowered text unless the text holds one
        of the four non-ASCII letters that match ASCII ones case-blind: then the plain scan.)"""
        full = self.lex.rx(_EN_OF_TITLE)
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
        """The chain of titles that ends right before ``pos`` (首席技術長米拉… / 共同創辦人兼研究科學家約翰…)."""
        chain = []
        cur = pos
        # the titles ending in [clause_start - 2, pos], the last-ending first
        lo = clause_start - 2
        for r in self._titles_by_end[bisect_left(self._title_end_keys, -pos):]:
            if r.end < lo:
                break
            gap = self.folded[r.end:cur]
            plural_head = not chain and gap in (", ", ": ") and (self.lowered[r.end - 1:r.end] == "s" or (
                self.lang == "en" and self.lex.rx(r"(?:<<possessives>>|'s|s') (?:[a-z\-]+ )?$").search(
                                                self.lowered[max(0, r.start - 24):r.start])))
            if gap and not chain and self.lang == "en":
                gap = self.lex.rx(r"(?:<<honorifics_before_name>>\s+)+$").sub("", gap)  # "CEO Datuk Seri Azlan"
            ok = (gap.strip() == "" or gap.strip() in self._relative or plural_head) if not chain else \
                self.lex.rx(r"\s*<<title_joiners>>?\s*").fullmatch(gap)
            if not ok:
                break
            chain.append(r)
            cur = r.start
        return list(reversed(chain))

    def _attach_roles(self) -> None:
        for m in self.ents.person_mentions:
            cs = self._clause_start(m.start)
            chain = self._roles_before(m.start, cs)
            if chain:
                # (the first title's raw may reach back over its field: "美術總監" for the title 總監)
                raw = chain[0].raw + self.text[chain[0].end:chain[-1].end]
                canon = " and ".join(dict.fromkeys(r.canon for r in chain if r.canon)) or None
                org = self._org_before(chain[0].start + 1, self._clause_start(chain[0].start))
                role = Role(chain[0].start, chain[-1].end, canon, raw, "title", org)
                self.person_roles.setdefault(m.key, []).append((m.start, role))
                om = self._org_before_mention(chain[0].start + 1, self._clause_start(chain[0].start)) if org else None
                if org and not (om is not None and _former(self, om)):  # "前富邦金控副總經理X": not where X is now
                    self.affiliation.setdefault(m.key, []).append((m.start, org))
                continue
            # English apposition: "Rachel Kim, OpenAI's chief technology officer," / "Li, a partner at X"
            tail = self.lowered[m.end:m.end + 60]
            if self.lex.rx(r",\s+<<present_appositive>>").match(tail):
                continue  # a present title, not the one held where the person comes from
            am = self.lex.rx(r",\s+(?:who [^,]{0,40}?\bas |<<appositive_intro>> )*(?:([a-z0-9][\w.&\- ]{0,30}?)'s )?").match(tail)
            if am and self.lang == "en" and not any(r.start == m.end + am.end() for r in self.roles):
                # "Mei Tanaka, a longtime Halcyon producer": a word or two and an employer before the title
                am2 = self.lex.rx(r",\s+(?:a|an|the|its|their)\s+(?:[a-z\-]+\s+)?(?:[A-Z][\w&\-]*\s+){0,2}", 0).match(
                    self.folded[m.end:m.end + 60])
                if am2:
                    am = am2
            if am:
                at = m.end + am.end()
                for i_r, r in enumerate(self.roles):
                    if r.start == at and r.kind != "verb":
                        # "Sabine Hartmann, the co-founder and chief executive of…": the whole chain of titles
                        chain = [r]
                        for r2 in self.roles[i_r + 1:]:
                            if r2.kind == "verb" or not self.lex.rx(r"\s*<<title_joiners>>\s*").fullmatch(
                                    self.folded[chain[-1].end:r2.start]):
                                break
                            chain.append(r2)
                        if len(chain) > 1:
                            r = Role(chain[0].start, chain[-1].end, " and ".join(
                                dict.fromkeys(x.canon for x in chain if x.canon)) or None,
                                self.text[chain[0].start:chain[-1].end], "title")
                        self.person_roles.setdefault(m.key, []).append((m.start, r))
                        break
        self._spread_group_titles()
        # role verbs: "後者曾共同領導…團隊" -> the person named last before the verb in the clause
        for r in self.roles:
            if r.kind != "verb":
                continue
            cs = self._clause_start(r.start)
            ps = [p for p in self.ents.persons_in(cs, r.start)]
            if ps:
                self.person_roles.setdefault(ps[-1].key, []).append((r.start, r))

    def _spread_group_titles(self) -> None:
        """A title told once for a list of people is each one's: "副總裁張立、王芳", "兩位副總裁張立與王芳", "two vice
        presidents, A and B", "A and B, both vice presidents at X,". Only when the title is plural or counted, or the
        names are enumerated with 、: "CFO A and B" does not make B a CFO."""
        ms = [m for m in self.ents.person_mentions if not m.pronoun]
        if len(ms) < 2:
            return
        joiner = self.lex.rx(r"\s*(?:<<list_joiners>>|,\s*and)\s*")
        counted = self.lex.rx(r"<<group_counts>>\s*$")
        own_at = {}
        for k, items in self.person_roles.items():
            for p, r in items:
                own_at[(k, p)] = r
        for i, m in enumerate(ms):
            role = own_at.get((m.key, m.start))
            if role is not None and role.end <= m.start:
                plural = counted.search(self.lowered, max(0, role.start - 6), role.start) is not None or (
                    self.lang == "en" and self.lowered[role.end - 1:role.end] == "s")
                cur = m
                for n in ms[i + 1:]:
                    gap = self.folded[cur.end:n.start]
                    if (n.key, n.start) in own_at or not joiner.fullmatch(gap) or not (plural or gap.strip() == "、"):
                        break
                    self.person_roles.setdefault(n.key, []).append((n.start, role))
                    own_at[(n.key, n.start)] = role
                    cur = n
            elif self.lang == "en":
                # "A and B, both vice presidents at X,": a plural title in apposition to the list before it
                am = self.lex.rx(r",\s+<<group_counts>>\s+").match(self.lowered, m.end)
                r = next((x for x in self.roles if am and x.start == am.end() and x.kind != "verb"), None)
                if r is None or self.lowered[r.end - 1:r.end] != "s":
                    continue
                group, cur = [m], m
                for q in reversed(ms[:i]):
                    if not joiner.fullmatch(self.folded[q.end:cur.start]):
                        break
                    group.append(q)
                    cur = q
                if len(group) < 2:
                    continue
                for q in group:
                    if (q.key, q.start) not in own_at:
                        self.person_roles.setdefault(q.key, []).append((q.start, r))
                        own_at[(q.key, q.start)] = r

    def role_for(self, person: str, pos: int, org: str | None) -> Role | None:
        items = self.person_roles.get(person, [])
        before = [r for p, r in items if p <= pos and (r.org is None or org is None or r.org == org)]
        if before:
            return before[-1]
        after = [r for p, r in items if p > pos and (r.org is None or org is None or r.org == org)]
        return after[0] if after else None
