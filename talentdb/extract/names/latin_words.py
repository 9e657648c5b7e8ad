"""Capitalised Latin words as the name finders read them: runs of them ("Maya Lund", "Clearstar Labs"), and where one
word stands alone ("Lund said").
"""
from __future__ import annotations

import re
from functools import lru_cache

from talentdb.extract.names.chars import _ASCII_ALNUM

# Lower-case letters of a name: ASCII and the accented ones of Latin-1 ("Timothée", "Müller"); upper-case likewise
# ("Élodie"). A name may open with a capital and an apostrophe ("D'Amelio", "O'Brien").
# Beyond Latin-1, the letters of Central European, Turkish and Vietnamese names ("Łukasz", "Erdoğan", "Nguyễn Văn
# Minh"): any letter of Latin Extended-A/B and Latin Extended Additional may stand inside a word, and their common
# capitals open one.
_LOW = "a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff"
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽƠƯ"
LETTERS = _UP + _LOW  # (for a regex character class: every letter a Latin name may hold)
_REST = rf"(?:[{_UP}][{_LOW}]+)?(?:[-'’][{_UP}][{_LOW}]+|-[{_LOW}]+)?"
TOKEN = rf"(?:(?:[{_UP}][{_LOW}]+|[{_UP}]['’][{_UP}][{_LOW}]+){_REST})"

# (the same token with its "no letter or digit before" test put after the first capital: a pattern that starts with
# a character class lets the regex engine skip ahead to the next capital instead of trying every position)
_FIRST_TOKEN = rf"(?:[{_UP}](?<![A-Za-z0-9{_LOW}{_UP}][{_UP}])(?:[{_LOW}]+|['’][{_UP}][{_LOW}]+){_REST})"
# ("Marks & Spencer": an ampersand between two words joins them in one run)
_LATIN_RUN = re.compile(rf"{_FIRST_TOKEN}(?:[ ](?:[A-Z]\.[ ]|&[ ])?{TOKEN})*(?![A-Za-z0-9{_LOW}{_UP}])")
# "London-based", "Shenzhen-headquartered", "SoftBank-backed": a descriptor before a name, never part of it
# (each starts with "-": a word without one skips the test)
DESCRIPTOR_ENDS = ("-based", "-headquartered", "-born", "-backed", "-listed", "-owned", "-funded", "-focused")
_SPACE_CAPITAL = re.compile(r" [A-Z]")
_CAPITAL_WORD_END = re.compile(r"[A-Z][a-z]* ?$")


@lru_cache(maxsize=4)
def _person_run_rx(particles: tuple, suffixes: tuple, caps_families: tuple = ()) -> re.Pattern:
    """A run of capitalised words as a person's name may be written: initials may open it ("K.V. Kamath"), lower-case
    particles may stand between its words ("Maria de la Cruz", "Tariq al-Hashimi"), a suffix may close it ("Jose
    Reyes III") and a family name of ``caps_families`` may be written in capitals ("Lin WANG", "TAN Kok Leong")."""
    spaced = sorted((p for p in particles if not p.endswith("-")), key=len, reverse=True)
    glued = [p for p in particles if p.endswith("-")]
    between = rf"(?:(?:{'|'.join(map(re.escape, spaced))})[ ])?" if spaced else ""
    glue = rf"(?:{'|'.join(map(re.escape, glued))})?" if glued else ""
    caps = [x for x in suffixes if x.isupper()]  # (the capitalised ones, "Jr", are words of the run already)
    tail = rf"(?:[ ](?:{'|'.join(map(re.escape, caps))}))?" if caps else ""
    initials = rf"[A-Z](?<![^ \n\t(“\"‘'][A-Z])\.[ ]?(?:[A-Z]\.[ ]?){{0,2}}{TOKEN}"  # (not "R&D. Recursion")
    word = TOKEN
    first = rf"{_FIRST_TOKEN}|{initials}"
    if caps_families:
        capital = rf"(?:{'|'.join(map(re.escape, caps_families))})(?![A-Za-z0-9{_LOW}{_UP}])"
        word = rf"(?:{TOKEN}|{capital})"
        first = rf"{first}|(?<![A-Za-z0-9]){capital}(?=[ ]{TOKEN})"  # (opening a run only before a word: "TAN Kok")
    return re.compile(rf"(?:{first})(?:[ ](?:[A-Z]\.[ ])?{between}{glue}{word})*{tail}"
                      rf"(?![A-Za-z0-9{_LOW}{_UP}])")


def person_runs(f: str, particles: tuple, suffixes: tuple, caps_families: tuple = ()) -> list[tuple[int, str]]:
    """(start, text) of each run of capitalised Latin words as a person's name may be written (see
    ``_person_run_rx``): "Ursula van der Berg", "N. Raghunathan", "Jose Reyes III"."""
    rx = _person_run_rx(particles, tuple(sorted(suffixes)), caps_families)
    return [(m.start(), m.group()) for m in rx.finditer(f)]


def latin_runs(f: str) -> list[tuple[int, str]]:
    """(start, text) of each run of capitalised Latin words in ``f``: "Lena Ostrova", "Anna K. Lee"."""
    return [(m.start(), m.group()) for m in _LATIN_RUN.finditer(f)]


def alone_starts(f: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word (as ``finditer`` of ``(?<![A-Za-z0-9])word(?![A-Za-z0-9])`` would
    find it) with no capitalised word glued to it: "Lumenar said", not "Lumenar Photonics". Found with ``str.find``,
    so no regex is compiled per name."""
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
