"""People named in Latin script ("Tim Brooks"): runs of two or three capitalised words that nothing marks as a
company's name.
"""
from __future__ import annotations

import re

from talentdb.extract.names.chars import _ASCII_ALNUM


_TOKEN = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+|-[a-z]+)?)"

# (the same token with its "no letter or digit before" test put after the first capital: a pattern that starts with
# a character class lets the regex engine skip ahead to the next capital instead of trying every position)
_FIRST_TOKEN = r"(?:[A-Z](?<![A-Za-z0-9][A-Z])[a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z][a-z]+|-[a-z]+)?)"
_LATIN_RUN = re.compile(rf"{_FIRST_TOKEN}(?:[ ](?:[A-Z]\.[ ])?{_TOKEN})*(?![A-Za-z0-9])")
_PERSON_APPOSITIVE = re.compile(r",\s+(?:(?:previously|formerly|most recently|until recently)\s+(?:(?:a|an|the)\s+)?|"
                                r"(?:a|an|the|its|their)\s+)(?:[a-z\-]+\s+){0,3}$")
_SPACE_CAPITAL = re.compile(r" [A-Z]")
_CAPITAL_WORD_END = re.compile(r"[A-Z][a-z]* ?$")
_NEXT_LATIN_WORD = re.compile(r"[ ]+([A-Z][A-Za-z]*\.?)")
_WHICH_AFTER = re.compile(r",\s+which\b")
_ARTICLE_OR_FORMER_BEFORE = re.compile(r"\b(?:a|an|the|former|ex-)\s+$")
_CLAUSE_PUNCT = re.compile(r"[,;.]")
_WHO_AFTER = re.compile(r",? who\b|, [1-9][0-9],")  # (", 61,": an age)
_HONORIFIC_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof)\.? $")
_ALONE_BEFORE = re.compile(r"(?:(?<![A-Za-z])[a-z]+|[.,;:!?\n]) *$")
_OF_AT_BEFORE = re.compile(r" (?:of|at) $")
_NAME_AFTER = re.compile(rf" ((?:{_TOKEN})(?: {_TOKEN}){{1,2}})(?![A-Za-z0-9])")

# "London-based", "Shenzhen-headquartered", "SoftBank-backed": a descriptor before a name, never part of it
# (each starts with "-": a word without one skips the test)
_DESCRIPTOR_ENDS = ("-based", "-headquartered", "-born", "-backed", "-listed", "-owned", "-funded", "-focused")


class LatinPeople:
    """Latin personal names, and the capitalised pairs their context gives to a company instead."""

    def _discover_latin_people(self) -> None:
        lex = self.lex
        self._role_starts = {a for a, _ in self.role_spans}
        fixed_cov = self._shape_cover()
        org_keys = set(self.orgs.keys)
        marked: set[str] = set()
        not_name, org_words = lex.latin_not_name, lex.latin_org_words
        for start, run in self._latin_runs():
            if " " not in run:
                continue  # one word: never a name of two or three
            # the run's words are separated by single spaces
            toks = []
            for word in run.split(" "):
                toks.append((start, start + len(word), word))
                start += len(word) + 1
            # split the run at words that cannot be part of a name
            groups, cur = [], []
            for tok in toks:
                word = tok[2]
                if word in not_name or word in org_keys or word in org_words or \
                        ("-" in word and word.lower().endswith(_DESCRIPTOR_ENDS)) or fixed_cov.hit(tok[0], tok[1]):
                    if cur:
                        groups.append(cur)
                    cur = []
                else:
                    cur.append(tok)
            if cur:
                groups.append(cur)
            for g in groups:
                real = [t for t in g if len(t[2]) > 2 or not t[2].endswith(".")]
                if not 2 <= len(real) <= 3:
                    continue
                s, e = g[0][0], g[-1][1]
                after = self.folded[e:e + 12]
                nxt = _NEXT_LATIN_WORD.match(after)
                if nxt and (nxt.group(1) in lex.latin_org_words or nxt.group(1) in lex.org_latin_suffixes):
                    continue
                name = self.folded[s:e]
                if name in self.orgs.keys:
                    continue
                if self._org_slot(s, e):
                    self.orgs.add(name, None, name)
                    marked.add(name)  # (a headline naming it alone, before its slot in the story, made no person)
                    continue
                if _WHICH_AFTER.match(self.folded[e:e + 10]) or self._raises_after(e) or (
                        e + 1 in self._role_starts and self.folded[e:e + 1] == " " and
                        _ARTICLE_OR_FORMER_BEFORE.search(self.lowered[max(0, s - 8):s])):
                    # "Anthem Humanoids, which raised…" / "a former Tandem Aerospace executive": a company's name
                    self.orgs.add(name, None, name)
                    marked.add(name)
                    continue
                # "Lumenar Photonics … Lumenar": a name whose first word is used alone is an organisation
                first_alone = self._alone_count(g[0][2], s)
                last_alone = self._alone_count(g[-1][2], s)
                if first_alone >= 1 and first_alone > last_alone and (
                        first_alone >= 3 * (last_alone + 1) or not self._titled_appositive(e)) and \
                        not self._alone_as_person(g[0][2], s):
                    # (not "Nadia Hassan, a research director … Nadia is": a person called by first name now and
                    # then; but a first word that stands alone far more often than the last is a company's)
                    continue
                canon = name
                self.people.add(canon, None, name)
                last = g[-1][2]
                if len(last) >= 3:
                    self.people.add(canon, None, last)
        for name in marked & set(self.people.canon):
            # a name its context marked as a company somewhere ("X closed a round") is no person elsewhere
            self.people.canon.pop(name, None)
            for k in [k for k, c in self.people.keys.items() if c == name]:
                del self.people.keys[k]

    def _latin_runs(self) -> list[tuple[int, str]]:
        """(start, text) of each run of capitalised Latin words, found once per article."""
        got = self.__dict__.get("_latin_run_list")
        if got is None:
            got = self._latin_run_list = [(m.start(), m.group()) for m in _LATIN_RUN.finditer(self.folded)]
        return got

    def _raises_after(self, e: int) -> bool:
        """"Tarsel Compute closed a $100 million Series B": a name right before a word that raises money is a company's."""
        j = e
        while j < len(self.folded) and self.folded[j] == " " and j - e < 2:
            j += 1
        if j == e:
            return False
        for a, b in self.trigger_spans:
            if a == j:
                return any(r.type == "funding" and r.direction == "recipient"
                           for r in self.lex.triggers.get(self.lowered[a:b], []))
        return False

    def _titled_appositive(self, e: int) -> bool:
        """"X Y, a research director who…": a job title in apposition right after the name makes it a person's."""
        for a, _ in self.role_spans:
            if e < a <= e + 40 and _PERSON_APPOSITIVE.match(self.lowered, e, a):
                return True
        return False

    def _org_slot(self, s: int, e: int) -> bool:
        """"founded Tangent Motion", "Tangent Motion, a startup building…": a capitalised pair where a company goes."""
        lex = self.lex
        if lex.rx(r"^,\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}<<head_nouns>>(?!['’])").match(self.lowered[e:e + 40]):
            return True
        j = s
        while j > 0 and self.folded[j - 1] == " ":
            j -= 1
        dm = lex.rx(r"(?<![a-z])<<destination_marks>>$").search(self.lowered, max(0, j - 12), j)
        if dm:
            # "who left in September for Hanseatic Landesbank": where someone leaving went
            for a, b in self.trigger_spans:
                if 0 <= dm.start() - b <= 30 and not _CLAUSE_PUNCT.search(self.folded[b:dm.start()]) and any(
                        r.type == "departure" for r in lex.triggers.get(self.lowered[a:b], [])):
                    return True
        for a, b in self.trigger_spans:
            if b == j and j < s:
                rules = lex.triggers.get(self.lowered[a:b], [])
                return any(r.type in ("founding", "hire") and r.direction == "subject" for r in rules)
        if self.folded[e:e + 3] in ("'s ", "’s ") and any(a == e + 3 for a in self._role_starts):
            return True  # "Marlow Health's chief operating officer": whose titles these are is a company
        of_at = _OF_AT_BEFORE.search(self.lowered, max(0, s - 5), s)
        if of_at and any(b == of_at.start() for _, b in self.role_spans):
            return True  # "named chief financial officer of Corbel Data": the company a title is held at
        return self._hires_a_name_after(s, e)

    def _hires_a_name_after(self, s: int, e: int) -> bool:
        """"Kestrel Grid hired Maya Lund as…": a capitalised pair right before a word whose object is a person (hired,
        appointed, named; not "succeeded") that a capitalised name follows is the company doing it, not a person."""
        f = self.folded
        if f[e:e + 1] != " ":
            return False
        for a, b in self.trigger_spans:
            if a == e + 1:
                if not any((r.type == "hire" and r.direction == "object") or (r.type == "promotion" and not r.succession)
                           for r in self.lex.triggers.get(self.lowered[a:b], [])):
                    return False
                m = _NAME_AFTER.match(f, b)
                if not m or any(w in self.lex.latin_not_name for w in m.group(1).split()):
                    return False
                # (not "Harold Brisco hired Lena Ostrova … Brisco said": a last word standing alone is a family name)
                return not self._family_name_alone(f[s:e].split(" ")[-1], s, e)
        return False

    def _family_name_alone(self, word: str, s: int, e: int) -> bool:
        """Whether ``word`` stands alone elsewhere after a lower-case word, a clause mark or a courtesy title ("Brisco
        said", "Mr. Brisco"), not glued to another capitalised word."""
        f = self.folded
        for m in re.finditer(r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])(?! [A-Z])", f):
            i = m.start()
            if s <= i < e:
                continue
            before = f[max(0, i - 12):i]
            if not before.strip() or _ALONE_BEFORE.search(before) or _HONORIFIC_BEFORE.search(before):
                return True
        return False

    def _alone_count(self, word: str, skip: int) -> int:
        """How often ``word`` stands alone (not inside a longer capitalised name) elsewhere in the text."""
        starts = self._alone_starts.get(word)
        if starts is None:
            starts = self._alone_starts[word] = self._alone_starts_of(word)
        return sum(1 for i in starts if not skip <= i < skip + 60)

    def _alone_as_person(self, word: str, skip: int) -> bool:
        """"Tan Kok Leong … Tan, who oversaw…" / "Mr. Lim": a first word that stands alone as a person does (after a
        courtesy title, before "who") is a family name written first, not a company called by its first word."""
        f = self.folded
        for i in self._alone_starts.get(word) or ():
            if skip <= i < skip + 60:
                continue
            if _WHO_AFTER.match(f, i + len(word)) or _HONORIFIC_BEFORE.search(f, max(0, i - 6), i):
                return True
        return False

    def _alone_starts_of(self, word: str) -> list[int]:
        """Where ``word`` stands as a whole word (as ``finditer`` of ``(?<![A-Za-z0-9])word(?![A-Za-z0-9])`` would
        find it) with no capitalised word glued to it; found with ``str.find``, so no regex is compiled per name."""
        f = self.folded
        n = len(f)
        size = len(word)
        out = []
        i = f.find(word)
        while i >= 0:
            j = i + size
            if (i > 0 and f[i - 1] in _ASCII_ALNUM) or (j < n and f[j] in _ASCII_ALNUM):
                i = f.find(word, i + 1)
                continue
            before = f[max(0, i - 2):i]
            if not (_SPACE_CAPITAL.match(f[j:j + 2]) or _CAPITAL_WORD_END.search(before) and before.strip()):
                out.append(i)
            i = f.find(word, j)  # matches do not overlap
        return out
