"""The seed article with its gold: the first acceptance test, and the user's questions about it."""
from __future__ import annotations

import json


from conftest import SEED, SEED_GOLD
from test_cli import events_json, seeded, seeded_db  # noqa: F401 - fixtures


def test_seed_scores_all_required_events_without_false_positives():
    from talentdb.evalcli import run_eval

    rows, misses = run_eval([str(SEED_GOLD)])
    total = rows[-1]
    assert total["found"] == total["required"] == 15, misses
    assert total["false_pos"] == 0, misses
    ok, of = total["args"].split()[0].split("/")
    assert ok == of, misses  # every scored argument right


def test_roster_of_openai_in_june_2024(seeded):  # noqa: F811
    code, out, _ = seeded("roster", "OpenAI", "--as-of", "2024-06-15", "--format", "json")
    people = {r["person"] for r in json.loads(out)}
    assert {"Mira Murati", "John Schulman"} <= people
    assert not people & {"Ilya Sutskever", "Andrej Karpathy"}


def test_flow_from_openai_and_sutskevers_timeline(seeded):  # noqa: F811
    code, out, _ = seeded("flow", "--from", "OpenAI", "--format", "json")
    destinations = {r["to_org"] for r in json.loads(out)}
    assert {"Google DeepMind", "Safe Superintelligence"} <= destinations
    code, out, _ = seeded("timeline", "Ilya Sutskever", "--format", "json")
    assert "Safe Superintelligence" in {r["org"] for r in json.loads(out)}


def test_a_reflowed_reprint_of_half_the_seed_adds_no_events(seeded, tmp_path):  # noqa: F811
    before = events_json(seeded)
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    half = lines[len(lines) // 2:]
    # Reflowed: the paragraphs re-wrapped at 40 characters, as a site that reprints it might.
    text = "轉載:" + lines[0] + "\n\n" + "\n".join(p[i:i + 40] for p in half for i in range(0, len(p), 40))
    reprint = tmp_path / "reprint.txt"
    reprint.write_text(text, encoding="utf-8")
    code, _, err = seeded("ingest", str(reprint), "--published", "2024-10-11")
    assert code == 0, err
    assert len(events_json(seeded)) == len(before)


def test_evidence_is_the_sentence_that_names_the_person(seeded):  # noqa: F811
    events = {e["person"]: e for e in events_json(seeded) if e["type"] == "departure"}
    for name in ("Mira Murati", "Bob McCrew", "Barret Zoph", "Tim Brooks"):
        assert name in events[name]["evidence"], events[name]["evidence"]
