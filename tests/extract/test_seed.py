"""The seed article: every required event, no false positive, every scored argument right."""
from datetime import date
from pathlib import Path

import pytest

from talentdb.evaluation import score_extractor
from talentdb.extract import extract
from talentdb.extract.text import normalise

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "openai-talent-exodus.gold.json"
SEED_TEXT = ROOT / "seeds" / "openai-talent-exodus.zh-Hant.txt"


@pytest.fixture(scope="module")
def seed():
    text = normalise(SEED_TEXT.read_text(encoding="utf-8"))
    return text, extract(text, published=date(2024, 10, 9), lang="zh-Hant")


def test_seed_scores_perfectly():
    s = score_extractor(SEED)
    assert s.found == s.required == 15, s.misses
    assert s.false_positives == 0, s.misses
    assert s.args_ok == s.args_total, s.misses


def test_three_executives_listed_before_departure_each_leave_with_their_own_title(seed):
    _, result = seed
    deps = {e.person: e for e in result.events if e.type == "departure"}
    assert deps["Mira Murati"].role == "Chief Technology Officer"
    assert deps["Bob McCrew"].role == "Chief Research Officer"
    assert "Research" in deps["Barret Zoph"].role
    for name in ("Mira Murati", "Bob McCrew", "Barret Zoph"):
        assert deps[name].org == "OpenAI"
        assert deps[name].date == "2024-09-30" and deps[name].date_text == "上週"


def test_threatening_to_resign_and_revenue_are_not_events(seed):
    _, result = seed
    assert all(e.amount not in (2.7e9, 7e8, 1e9, 1e11) for e in result.events)
    assert len([e for e in result.events if e.type == "funding"]) == 2


def test_canonical_name_is_the_latin_one_with_every_other_spelling_as_alias(seed):
    _, result = seed
    people = {e.name: e for e in result.entities if e.kind == "person"}
    assert "蘇茨克維" in people["Ilya Sutskever"].aliases
    assert "伊利亞·蘇茨克維" in people["Ilya Sutskever"].aliases
    assert "舒爾曼" in people["John Schulman"].aliases


def test_evidence_is_the_sentence_of_the_source(seed):
    text, result = seed
    assert result.events
    for e in result.events:
        assert e.evidence and e.evidence in text
        assert 0.0 <= e.confidence <= 1.0
