"""Organisations the lexicon does not know, found because the article names them more than once, in its
headline, right before a title or an event word, or right after what they are ("人形機器人公司智元星辰").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from talentdb.extract.names.chars import _is_han, _SENTENCE_PUNCT


_CAP_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&\-]+) $")
_CAP_WORD_BEFORE_LOWER = re.compile(r"([A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9&\-]+)(?:'s)? (?=[a-z])")
_A_OR_AN_END = re.compile(r"(?:^|\s)(?:a|an)$")
_SUBSIDIARY_TAILS = ("子公司", "附属公司", "分公司")
_REGISTERED_NAME = re.compile(r"([\u4e00-\u9fff]{2,12})[((]([\u4e00-\u9fff]{2,3})[))]"
                              r"(?:[\u4e00-\u9fff]{0,6}?)(?:股份有限公司|有限责任公司|有限責任公司|有限公司)")


def _may_hold_registered_name(f: str) -> bool:
    """Whether ``f`` has the bracket and the company form that ``_REGISTERED_NAME`` needs (a cheap test that spares
    the regex's backtracking over every Han run)."""
    return "(" in f and ("有限公司" in f or "有限责任公司" in f or "有限責任公司" in f)


_SUBSIDIARY_WORDS = ("子公司", "附属公司", "附屬公司", "公司", "旗下", "其", "成立", "设立", "設立", "宣布")


class OrgRepeats:
    """Organisations known from how often and where the article names them."""

    def _opens_clause(self, cand: str) -> bool:
        cache = self.__dict__.setdefault("_opens_cache", {})
        if cand not in cache:
            cache[cand] = self._opens_clause_uncached(cand)
        return cache[cand]

    def _opens_clause_uncached(self, cand: str) -> bool:
        f = self.folded
        i = f.find(cand)
        while i >= 0:
            j = i
            while j > 0 and f[j - 1] == " ":
                j -= 1
            if j == 0 or f[j - 1] in ",.;:!?。,;:!?\n「“":
                return True
            i = f.find(cand, i + 1)
        return False

    def _discover_frequent_orgs(self) -> None:
        lex = self.lex
        f = self.folded
        if not self._has_han():
            self._latin_repeat_orgs()  # (the other ways below all find Han names)
            return
        known = self._shape_cover()
        generic = set(lex.org_generic)
        seen = set()
        counts: dict[str, int] = {}
        bad_prefix: dict[str, bool] = {}
        title_end = f.find("\n") if 0 < f.find("\n") < 80 else 0
        role_starts = {a for a, _ in self.role_spans}  # "雲帆科技副總裁": a name right before a title is an employer
        role_cov = self._cover("roles")
        list_marks = self.lex.chars.get("list_marks", frozenset())
        not_in_org = self._not_in_org
        for i, suf_end in self._find(lex.org_suffix_matcher):
            if i == 0 or not "\u3400" <= f[i - 1] <= "\u9fff":
                continue
            if True:
                best = None
                best_count = 0
                # the name before the suffix is Han characters that are not function words: at most five of them
                lo = i
                while lo > 0 and i - lo < 5 and "\u3400" <= f[lo - 1] <= "\u9fff" and f[lo - 1] not in not_in_org:
                    lo -= 1
                for k in range(2, 6):
                    s = i - k
                    if s < lo:
                        break
                    cand = f[s:suf_end]
                    prefix = f[s:i]
                    if prefix in generic or cand in generic:
                        best, best_count = None, 0  # a fragment of a generic word ("工智慧公司")
                        continue
                    if k > 2 and any(prefix.startswith(fm) for fm in self._han_former_marks):
                        break  # "委任前港富銀行…": a former mark starts the name after it
                    bad = bad_prefix.get(prefix)
                    if bad is None:
                        bad = bad_prefix[prefix] = any(prefix[-n:] in generic or prefix[:n] in generic
                                                       for n in range(2, len(prefix) + 1))
                    if cand[0] in self._not_first_in_org or bad or cand.endswith(_SUBSIDIARY_TAILS):
                        continue  # ("電池子公司": the battery subsidiary, not a company called 池子)
                    if cand in self.people.keys or known.hit(s, suf_end):
                        continue
                    n = counts.get(cand)
                    if n is None:
                        n = counts[cand] = f.count(cand)
                    if n < best_count:
                        continue
                    # named twice, or in the headline, or once: right before a title, or opening a clause with an event
                    ok = n >= 2 or s < title_end
                    if not ok:
                        e_ = suf_end
                        if e_ in role_starts:
                            ok = (s == 0 or (not _is_han(f[s - 1]) and f[s - 1] not in list_marks)) or \
                                bool(self.lex.rx(r"<<former_marks>>$").search(f[max(0, s - 3):s]))
                        if not ok:
                            ok = self._opens_event_clause(s, e_) and not role_cov.hit(s, e_)
                    if ok:
                        best, best_count = (s, cand), n
                if best and best[1] not in seen and (self._only_descriptor(best[1]) or
                                                     self._only_descriptor(best[1], self.lex.org_unit_words, 0.5)):
                    seen.add(best[1])  # "服務型機器人新創艾博智動": what the company is, each time it is named
                    best = None
                if best and best[1] not in seen:
                    seen.add(best[1])
                    s0 = best[0]
                    self.orgs.add(self.text[s0:s0 + len(best[1])], None, best[1])
        # "全資子公司恒岳智藥(上海)有限公司": a registered name with its place in brackets
        for m in (_REGISTERED_NAME.finditer(f) if _may_hold_registered_name(f) else ()):
            s0, e0 = m.start(1), m.end()
            pre = f[s0:m.start(2) - 1]
            for w in _SUBSIDIARY_WORDS:
                i = pre.rfind(w)
                if i >= 0:
                    s0 = max(s0, m.start(1) + i + len(w))
            if m.start(2) - 1 - s0 < 2:
                continue
            full = f[s0:e0]
            short = f[s0:m.start(2) - 1]
            if full in seen or short in generic:
                continue
            seen.add(full)
            self.orgs.add(self.text[s0:e0], None, full)  # not the short name: often the parent's too
        self._head_noun_orgs(known, generic, seen, counts)
        self._titled_repeat_orgs(known, generic, seen, counts)
        self._latin_repeat_orgs()

    def _only_descriptor(self, cand: str, heads=None, share: float = 1.0) -> bool:
        """Each time (or ``share`` of the times) ``cand`` is named, one of ``heads`` follows: what a company is (新創),
        or a unit of one (事業群)."""
        heads = self.lex.org_descriptor_heads if heads is None else heads
        if not heads:
            return False
        f = self.folded
        n = hit = 0
        i = f.find(cand)
        while i >= 0:
            j = i + len(cand)
            while j < len(f) and f[j] == " ":
                j += 1
            n += 1
            hit += self.lowered.startswith(heads, j)
            i = f.find(cand, i + 1)
        return n > 0 and hit >= 1 and hit >= share * n

    def _titled_repeat_orgs(self, known, generic, seen, counts) -> None:
        """"聯詠財務長陳立群…聯詠昨日公告": a short name opening a clause right before a title, used again, is an
        organisation even without an organisation word."""
        f = self.folded
        nl = f.find("\n")
        title = f[:nl] if 0 < nl < 80 else ""
        if not title:
            return
        # "緯創高層大風吹…\n緯創昨(16)日公告…": the short name opening the headline and a sentence of the story
        if _is_han(f[0]) and not known.hit(0, 2):
            for k in (4, 3, 2):
                cand = f[:k]
                if not all(_is_han(c) and c not in self._not_in_org for c in cand) or cand[0] in self._not_first_in_org \
                        or cand in generic or cand in self.people.keys or cand in seen:
                    continue
                if k == 3 and cand[0] in self.lex.surnames:
                    continue
                if any(t[0] < k for t in self.trigger_spans) or known.hit(0, k):
                    continue
                i = f.find(cand, nl)
                opened = False
                while i >= 0:
                    j = i
                    while j > 0 and f[j - 1] == " ":
                        j -= 1
                    if f[j - 1] in ",.;:!?。,;:!?\n「“":
                        opened = True
                        break
                    i = f.find(cand, i + 1)
                if opened:
                    seen.add(cand)
                    self.orgs.add(self.text[:k], None, cand)
                    break
        for rs, _ in self.role_spans:
            for k in (4, 3, 2):
                s = rs - k
                if s < 0 or (s > 0 and (_is_han(f[s - 1]) or f[s - 1] in self.lex.chars.get("list_marks", ()))):
                    continue
                if s > 0 and f[s - 1].isascii() and f[s - 1].isalnum():
                    continue  # "前Gentoris腫瘤研發副總裁": the field of a title at the Latin name before it
                cand = f[s:rs]
                if cand not in title:
                    continue
                if not all(_is_han(c) for c in cand) or any(c in self._not_in_org for c in cand) or \
                        cand[0] in self._not_first_in_org or cand in generic or known.hit(s, rs) or \
                        cand in self.people.keys or cand in seen or self._ender_at(s):
                    continue
                if any(a < rs and s < b for a, b in self.trigger_spans):
                    continue  # "錢峰升任CTO": a name and an event word before the title, no organisation
                if cand[:1] in self.lex.surnames and k <= 3:
                    continue  # "王建國首席…": could be a person
                n = counts.get(cand)
                if n is None:
                    n = counts[cand] = f.count(cand)
                if n >= 2 and cand in title:  # named in the headline and again in the story
                    seen.add(cand)
                    self.orgs.add(self.text[s:rs], None, cand)
                break

    def _opens_event_clause(self, s: int, e: int) -> bool:
        """"星圖智能完成5億元B輪融資": a name that opens a clause which goes on to an event word is its subject."""
        f = self.folded
        if s > 0 and f[s - 1] not in ",;:。!?\n」”":
            return False
        starts = self._trigger_start_list()
        j = bisect_left(starts, e)
        return j < len(starts) and starts[j] - e <= 16 and not _SENTENCE_PUNCT.search(f[e:starts[j]])

    def _head_noun_orgs(self, known, generic, seen, counts) -> None:
        """A name right after what it is: "人形機器人公司智元星辰" / "新創耀光": the longest part used again."""
        f = self.folded
        n_f = len(f)
        not_in_org = self._not_in_org
        role_cov, trigger_cov = self._cover("roles"), self._cover("triggers")
        opens = self.__dict__.setdefault("_opens_cache", {})  # (what _opens_clause keeps)
        for _, i in self._find(self.lex.head_noun_matcher):
            while i < n_f and f[i].isspace():
                i += 1
            best = None
            # a name of at least two characters ends in a Han character that is no function word (tested first: it is
            # cheaper than looking for a word that ends names right here, after which no name starts either)
            if i + 2 > n_f or not "\u3400" <= f[i + 1] <= "\u9fff" or f[i + 1] in not_in_org or self._ender_at(i):
                continue
            for k in range(2, 7):
                cand = f[i:i + k]
                if len(cand) < k or not _is_han(cand[-1]) or cand[-1] in not_in_org or self._ender_at(i + k - 1):
                    break
                if cand in generic or known.hit(i, i + k) or role_cov.hit(i, i + k) or trigger_cov.hit(i, i + k) or \
                        cand in self.people.keys:
                    break
                used = opens.get(cand)
                if used is None:
                    used = opens[cand] = self._opens_clause_uncached(cand)
                if not used:
                    continue  # never opens a sentence or clause: not used as a name
                n = counts.get(cand)
                if n is None:
                    n = counts[cand] = f.count(cand)
                if n >= 2:
                    best = cand
            if best and best not in seen and best[0] not in self._not_first_in_org:
                seen.add(best)
                # "具身智能公司遠航智造…遠航表示": the full name here is the name, the short one its alias
                full = None
                for k in range(min(8, len(f) - i), len(best), -1):
                    cand = f[i:i + k]
                    if all(_is_han(c) and c not in self._not_in_org for c in cand) and \
                            cand.endswith(self.lex.org_han_suffixes) and \
                            not (role_cov.hit(i, i + k) or trigger_cov.hit(i, i + k)):
                        full = cand
                        break
                if full:
                    canon = self.text[i:i + len(full)]
                    self.orgs.add(canon, None, full)
                    self.orgs.add(canon, self.text[i:i + len(best)], best)
                else:
                    self.orgs.add(self.text[i:i + len(best)], None, best)

    def _latin_repeat_orgs(self) -> None:
        """Latin names used more than once (or right before a title) and not a person's: "Brightline"."""
        f = self.folded
        lex = self.lex
        people_words = set()
        for k in self.people.keys:
            people_words.update(k.split())
        counts = {}
        firsts: dict[str, str] = {}
        # "Genentech researchers", "Acme's CEO": a capitalised word right before a title names the employer
        role_starts = {a for a, _ in self.role_spans}
        titled = set()
        for m in _CAP_WORD_BEFORE_LOWER.finditer(f) if role_starts else ():
            if m.end() in role_starts and m.group(1) not in lex.latin_not_name and m.group(1) not in people_words:
                titled.add(m.group(1))
        # "Orbis hired…", "Veltra raised…": a capitalised word right before a word that hires, appoints or raises
        acts = {"hire", "promotion", "funding"}
        for a, b in self.trigger_spans:
            if a < 4 or f[a - 1] != " " or not f[a - 2].isalnum():
                continue
            m = _CAP_WORD_BEFORE.search(f, max(0, a - 40), a)
            if not m:
                continue
            w = m.group(1)
            if w not in lex.latin_not_name and w not in people_words and len(w) >= 3 and w not in self.people.keys:
                if any(r.type in acts and (r.type != "promotion" or r.direction == "object" or r.needs_role)
                       for r in lex.triggers.get(self.lowered[a:b], [])):
                    titled.add(w)
        initial: dict[str, int] = {}
        head_after = self.lex.rx(r"\s<<head_nouns>>\b")
        not_name, org_keys = lex.latin_not_name, self.orgs.keys
        for m_start, m_text in self._latin_runs():
            j = m_start
            while j > 0 and f[j - 1].isspace():
                j -= 1
            prev = f[j - 1] if j > 0 else ""
            toks = m_text.split(" ")
            if (not prev or not (prev.isalnum() or prev in ",，")) and toks[0] not in titled:
                # a capital at the start of a sentence or quote says little: it only adds to a name seen mid-sentence
                w = toks[0]
                initial[w] = initial.get(w, 0) + 1
                continue
            if _A_OR_AN_END.search(f[max(0, j - 4):j]) and head_after.match(self.lowered, m_start + len(m_text)):
                continue  # "a Pittsburgh startup": what the company is, not its name
            run = []
            for t in toks + [None]:
                if t is None or t in not_name or t in people_words or t in org_keys:
                    if run:
                        name = " ".join(run[:3])
                        counts[run[0]] = counts.get(run[0], 0) + 1
                        if len(name) > len(firsts.get(run[0], "")):
                            firsts[run[0]] = name
                    run = []
                else:
                    run.append(t)
        firsts_of_known = {k.split(" ")[0] for k in self.orgs.keys if " " in k}
        for first, n in counts.items():
            if first in firsts_of_known:
                continue  # "Brexa" for a registered "Brexa Capital"
            if (n + initial.get(first, 0) >= 2 or first in titled) and len(first) >= 3 and first not in self.orgs.keys:
                name = firsts[first]
                if name in self.people.keys:
                    continue
                self.orgs.add(name, None, name)
                self.weak_orgs.add(name)
                if name != first:
                    self.orgs.add(name, first, first)
