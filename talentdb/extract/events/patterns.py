"""Regex templates and patterns that several modules of the extractor share. Templates: ``<<name>>`` is a word list of
``talentdb/lexicon/grammar.toml`` (see ``Lexicon.rx``).
"""
from __future__ import annotations

import re


_PASSIVE = r"<<passive_marks>>\s*$"
_COMMA_OR_STOP = re.compile(r"[,;。]")
_SEMI_OR_STOP = re.compile(r"[;。]")
_CLAUSE_STOP = re.compile(r"[,;:。!?\n]")

# a count of people: 三名, 兩位, 4人
HAN_PEOPLE_COUNT = r"[0-9两二三四五六七八九十]+\s*(?:人|位|名)"
# the others of an appointment told with its first person: "委任林大明及另外兩人為董事" (named elsewhere)
AND_OTHERS = re.compile(r"\s*(?:及|和|与|以及)\s*(?:另外|另|其他)\s*" + HAN_PEOPLE_COUNT)
# between two listed people, before the second one's own title: "、理事長" / ",及監事長" (read with fullmatch)
LIST_MARK_BEFORE_TITLE = re.compile(r"\s*(?:[、,;，；]\s*(?:以及|及|和|与)?|以及|及|和|与)\s*")
