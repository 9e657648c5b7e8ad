"""Placeholder engine: replaced by the rule-based extractor (issue 3)."""
from __future__ import annotations

from talentdb.extract.model import Extraction
from talentdb.extract.text import detect_lang


def extract_events(text, published, lang):
    return Extraction(lang=lang or detect_lang(text), events=[], entities=[])
