"""The scorer matches events the way the reference scorer does."""
from pathlib import Path

from talentdb.evaluation import contains_any, names_match, score_events, score_extractor, total

GOLD = {
    "article": "x.txt",
    "events": [
        {"type": "departure", "person": ["Mira Murati", "米拉·穆拉蒂"], "org": ["OpenAI"], "role": ["CTO", "首席技術長"],
         "counterparty": None, "date": ["2024-09-30", "2024-10-06"], "amount": None},
        {"type": "funding", "person": None, "org": ["OpenAI"], "role": None, "counterparty": None, "date": None,
         "amount": {"value": 6600000000, "currency": "USD"}},
        {"type": "founding", "person": ["A", "B"], "org": ["Anthropic"], "role": None, "counterparty": None,
         "date": None, "amount": None},
        {"optional": True, "type": "hire", "person": ["Tim Brooks"], "org": ["DeepMind"], "role": None,
         "counterparty": None, "date": None, "amount": None},
    ],
}


def test_spellings_ignore_case_spaces_and_the_middle_dot():
    assert names_match("米拉穆拉蒂", ["米拉·穆拉蒂"])
    assert names_match("mira  murati", ["Mira Murati"])
    assert not names_match("", ["x"])
    assert contains_any(["Sora AI影片生成專案負責人"], ["Sora"])
    assert not contains_any(["Chief Technology Officer"], ["CTO"])


def test_a_perfect_prediction_scores_one():
    preds = [
        {"type": "resignation", "person": "米拉·穆拉蒂", "org": "OpenAI", "role": "Chief Technology Officer",
         "role_raw": "首席技術長", "date": "2024-09-30"},
        {"type": "funding", "org": "OpenAI", "amount": 6.6e9, "currency": "USD"},
        {"type": "founding", "org": "Anthropic", "person": "A"},
        {"type": "founding", "org": "Anthropic", "person": "B"},
        {"type": "hire", "person": "Tim Brooks", "org": "DeepMind"},
    ]
    s = score_events(preds, GOLD)
    assert (s.found, s.required, s.false_positives) == (3, 3, 0)
    assert s.f1 == 1.0 and s.arg_accuracy == 1.0


def test_duplicates_and_unknown_events_are_false_positives_and_misses_are_listed():
    preds = [
        {"type": "departure", "person": "Mira Murati", "org": "OpenAI", "date": "2023-01-01"},
        {"type": "departure", "person": "Mira Murati", "org": "OpenAI"},
        {"type": "funding", "org": "OpenAI", "amount": 2.7e9, "currency": "USD"},
    ]
    s = score_events(preds, GOLD)
    assert s.found == 1 and s.false_positives == 2
    assert any(m.startswith("MISSED funding") for m in s.misses)
    assert any("wrong role,date" in m for m in s.misses)
    t = total([s, s])
    assert t.found == 2 and t.required == 6


def test_score_extractor_runs_on_the_seed():
    gold = Path(__file__).resolve().parents[1] / "seeds" / "openai-talent-exodus.gold.json"
    s = score_extractor(gold)
    assert s.required == 15 and s.found == 15
