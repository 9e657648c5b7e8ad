"""Regex templates and patterns that several modules of the extractor share. Templates: ``<<name>>`` is a word list of
``talentdb/lexicon/grammar.toml`` (see ``Lexicon.rx``).
"""
from __future__ import annotations

import re


_PASSIVE = r"<<passive_marks>>\s*$"
_COMMA_OR_STOP = re.compile(r"[,;。]")
_SEMI_OR_STOP = re.compile(r"[;。]")
_CLAUSE_STOP = re.compile(r"[,;:。!?\n]")
