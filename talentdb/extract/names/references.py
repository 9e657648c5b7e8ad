"""Every mention in text order, and what pronouns ("he", "她") and references ("the company", "該公司") point
to; the article's main organisation and the organisation that opened each sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from talentdb.extract.names.chars import _ASCII_ALNUM, _is_han
from talentdb.extract.names.spans import _alias_spans, Mention


_FULL_STOP = re.compile(r"[.!?。]")
_RELATIVE_OF_PREV = re.compile(r",\s*who\b[^,;.!?]*$")
_OBJECT_PRONOUN_TAIL = re.compile(r"\s*(?:[,.;:!?)]|$|as\b|at\b|in\b|on\b)")
_TWO_LETTERS = re.compile(r"[A-Za-z\u3400-\u9fff]{2}")


class References:
    """Mentions, pronouns and references to an organisation."""

    def _all_mentions(self) -> list[Mention]:
        f = self.folded
        mentions = list(self.fixed)
        cover = bytearray(len(f) + 1)
        for m in mentions:
            cover[m.start:m.end] = b"\x01" * (m.end - m.start)

        def taken(s, e):
            return 1 in cover[s:e]

        table = {}
        for k, c in self.people.keys.items():
            table[k] = ("person", c)
        for k, c in self.orgs.keys.items():
            table.setdefault(k, ("org", c))
        # "Brightline" for a registered "Brightline Pay": a first word used alone
        for k, c in list(self.orgs.keys.items()):
            first = k.split(" ")[0]
            if " " in k and len(first) >= 4 and first[0].isupper() and first not in table and first not in self.lex.latin_not_name:
                table[first] = ("org", c)
        if table:
            for ms, me, key in _alias_spans(f, table):
                if 1 in cover[ms:me] or (ms > 0 and f[ms] in _ASCII_ALNUM and f[ms - 1] in _ASCII_ALNUM):
                    continue
                kind, canon = table[key]
                mentions.append(Mention(ms, me, kind, canon))
                cover[ms:me] = b"\x01" * (me - ms)
        not_before = self.lex.chars.get("not_before_pronoun", ())
        not_after = self.lex.chars.get("not_after_pronoun", ())
        formers = set()
        for matcher, kind in ((self.lex.he_she, "he"), (self.lex.latter, "latter"), (self.lex.former, "former")):
            if matcher is None:
                continue
            for s, e in self._find(matcher):
                if taken(s, e):
                    continue
                if _is_han(f[s]) and ((s > 0 and f[s - 1] in not_before) or (e < len(f) and f[e] in not_after)):
                    continue
                mentions.append(Mention(s, e, "person", "", pronoun=True))
                if kind == "former":
                    formers.add(s)
        for s, e in self._find(self.lex.org_refs):
            if not taken(s, e):
                mentions.append(Mention(s, e, "org", "", ref=True))
        mentions.sort(key=lambda m: (m.start, -m.end))
        # resolve pronouns: the last person named before; an object pronoun ("named Raj Patel to replace her") is not
        # the person its own clause is about, so it is the one named before them (unless someone said it: "Mehta said
        # the board pushed him out")
        last = None
        prev = None  # (key, end) of the person named before the last one, and the last one's start
        last_start = last_end = prev_end = -1
        self_marks = tuple(self.lex.grammar.get("self_marks", ()))  # (startswith(()) is False)
        sentence_first = None  # the first person named in the current sentence
        first_at = -1
        for m in mentions:
            if m.kind != "person":
                continue
            if not m.pronoun and (sentence_first is None or _FULL_STOP.search(f, first_at, m.start)):
                sentence_first, first_at = m.key, m.start
            if m.pronoun:
                if m.start in formers:
                    m.key = prev or ""  # "A與B…,前者已加盟X": the first of the two
                elif f.startswith(self_marks, m.end) and sentence_first is not None:
                    m.key = sentence_first  # "X宣布,…由Y出任執行長,他本人轉任董事長": X himself
                elif last is not None:
                    m.key = last
                    if prev is not None and prev_end >= 0 and _RELATIVE_OF_PREV.match(f, prev_end, last_start) and \
                            "," in f[last_end:m.start] and not _FULL_STOP.search(f, prev_end, m.start):
                        # "Harold Brisco, who co-founded the firm with Lena Ostrova, told investors that he will
                        # retire": the one the relative clause is about, not the one named inside it
                        m.key = prev
                    elif prev is not None and self._object_pronoun(m) and \
                            not _FULL_STOP.search(f[last_start:m.start]) and \
                            not self.lex.speech_verbs.find(f[last_start:m.start], self.lowered[last_start:m.start]):
                        m.key = prev
            else:
                if last is not None and m.key != last:
                    prev, prev_end = last, last_end
                last, last_start, last_end = m.key, m.start, m.end
        return [m for m in mentions if m.key or m.ref]

    def _object_pronoun(self, m) -> bool:
        """"to replace her." / "succeed him,": an English object pronoun at the end of its clause."""
        word = self.lowered[m.start:m.end]
        return word in ("him", "her") and bool(_OBJECT_PRONOUN_TAIL.match(self.folded[m.end:m.end + 4]))

    def _resolve_refs(self) -> None:
        """"該公司" / "the company": the organisation that opened the current sentence, else the last sentence that
        opened with one (the subject, not the investor or rival named in passing)."""
        from talentdb.extract.text import split_sentences

        sents = self._sentences if self._sentences is not None else split_sentences(self.folded)
        firsts = []  # (sentence start, first org key)
        j = 0
        real = [m for m in self.org_mentions if not m.ref]
        real_starts = [m.start for m in real]
        named = [p.start for p in self.person_mentions if not p.pronoun]
        for ss, se in sents:
            j = bisect_left(real_starts, ss, j)  # the first organisation named from here on
            if j < len(real) and real[j].start < se and not (
                    bisect_left(named, real[j].start) > bisect_left(named, ss)) and (
                    real[j].start - ss <= 12 or not _TWO_LETTERS.search(self.folded[ss:real[j].start]
                                                              .replace("the", "").replace("The", ""))):
                firsts.append((ss, real[j].start, real[j].key))
        self._sentence_subjects = firsts
        self._sentences = sents
        dominant = self.dominant_org()
        self._dominant = dominant
        new_refs = self.lex.org_new_refs
        for m in self.org_mentions:
            if not m.ref:
                continue
            if self.lowered[m.start:m.end] in new_refs or self._after_founding_word(m.start):
                # "founded Parallax Labs in July… The startup announced…": the organisation last founded
                founded = self._last_founded_before(m.start, real)
                if founded:
                    m.key = founded
                    self.orgs.add(m.key)
                    continue
            # "…共同創立了一家名為X的新創公司,專注於…。該公司本週一…": the company just founded, when nothing was
            # named since
            i = bisect_left(real_starts, m.start) - 1
            if i >= 0 and m.start - real[i].end <= 120:
                founded = self._last_founded_before(m.start, real)
                if founded and founded == real[i].key:
                    m.key = founded
                    self.orgs.add(m.key)
                    continue
            m.key = self.company_meant(m.start) or ""
            if m.key:
                self.orgs.add(m.key)
        self.org_mentions = [m for m in self.org_mentions if m.key]
        self._ob_starts = [m.start for m in self.org_mentions]
        # what dominant_org() gives from now on: the references just resolved do not count, the rest is as it was
        self._dominant_for = (self.org_mentions, len(self.org_mentions), dominant)

    def _after_founding_word(self, pos: int) -> bool:
        """"Brooks co-founded the company with…": a reference right after a founding word is the company founded."""
        for a, b in self._founding_spans():
            if b <= pos <= b + 1:
                return True
        return False

    def _last_founded_before(self, pos: int, real) -> str | None:
        """The organisation named within a few words of a founding word, latest before ``pos`` (at most ~2 sentences)."""
        found = []
        for a, b in self._founding_spans():
            if a >= pos or pos - a > 400:
                continue
            found.append((a, b))
        best = None
        for a, b in found:
            for m in real:
                if m.start >= pos:
                    break
                if (b <= m.start <= b + 12) or (0 <= a - m.end <= 12 and "," not in self.folded[m.end:a]):
                    if best is None or m.start > best[0]:
                        best = (m.start, m.key)
        return best[1] if best else None

    def company_meant(self, pos: int) -> str | None:
        """"The company" / "該公司" at ``pos``: the article's main organisation when it was just named (this or the
        previous sentence), else the organisation that opened the latest sentence, else the main one."""
        dom = getattr(self, "_dominant", None)
        sents = getattr(self, "_sentences", [])
        if dom:
            k = self._sentences_ended_by(pos)
            lo = sents[max(0, k - 3)][0] if sents else 0
            if any(m.key == dom and not m.ref for m in self.orgs_between(lo, pos)):
                return dom
        return self.subject_org_before(pos, strict=True) or dom

    def _sentences_ended_by(self, pos: int) -> int:
        """How many sentences, from the first on, end at or before ``pos``."""
        sents = self._sentences
        ends = self.__dict__.get("_sentence_ends")
        if ends is None or len(ends) != len(sents):
            ends = self._sentence_ends = [e for _, e in sents]
            self._ends_sorted = ends == sorted(ends)
        if self._ends_sorted:
            return bisect_right(ends, pos)
        k = 0
        while k < len(sents) and sents[k][1] <= pos:
            k += 1
        return k

    def orgs_between(self, s: int, e: int):
        starts = [m.start for m in self.org_mentions] if not hasattr(self, "_ob_starts") else self._ob_starts
        self._ob_starts = starts
        i = bisect_left(starts, s)
        return self.org_mentions[i:bisect_left(starts, e, i)]

    def subject_org_before(self, pos: int, strict: bool = False) -> str | None:
        """The organisation that opened the latest sentence before ``pos`` that opened with one (``strict``: as its
        very first word)."""
        for ss, opos, k in reversed(getattr(self, "_sentence_subjects", [])):
            if opos < pos and (not strict or opos - ss <= 1):
                return k
        return None

    def dominant_org(self) -> str | None:
        known = self.__dict__.get("_dominant_for")
        if known is not None and known[0] is self.org_mentions and known[1] == len(self.org_mentions):
            return known[2]
        counts: dict[str, int] = {}
        for m in self.org_mentions:
            if not m.ref:
                counts[m.key] = counts.get(m.key, 0) + 1
        if not counts:
            return None
        first: dict[str, int] = {}
        for m in self.org_mentions:
            if not m.ref:
                first.setdefault(m.key, m.start)
        # what the article is about opens its sentences: each sentence it opens counts twice more
        for ss, opos, k in getattr(self, "_sentence_subjects", []):
            if opos - ss <= 1 and k in counts:
                counts[k] += 2
        # and is named in its headline
        nl = self.folded.find("\n")
        if 0 < nl < 120:
            for k in {m.key for m in self.org_mentions if not m.ref and m.end <= nl}:
                counts[k] += 2
        return max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]]))[0]
