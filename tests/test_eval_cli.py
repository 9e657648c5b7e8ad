"""`talentdb eval` as people use it on their own gold files (issue 16 item 9, issue 14's per-article signal)."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT

SEED_GOLD = ROOT / "seeds" / "openai-talent-exodus.gold.json"


def gold(tmp_path, name, content, article_text=None):
    if article_text is not None:
        (tmp_path / f"{name}.txt").write_text(article_text, encoding="utf-8")
    path = tmp_path / f"{name}.gold.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("case, content, reason", [
    ("notjson", "{ this is not json", "not JSON"),
    ("metadata", {"title": "some other JSON file"}, "no \"article\""),
    ("orphan", {"article": "orphan.txt", "events": []}, "orphan.txt"),
    ("noevents", {"article": "SEED", "events": "all of them"}, "\"events\""),
])
def test_a_bad_gold_file_gets_one_line_naming_it(cli, tmp_path, case, content, reason):
    if isinstance(content, dict) and content.get("article") == "SEED":
        content["article"] = str(ROOT / "seeds" / "openai-talent-exodus.zh-Hant.txt")
    path = gold(tmp_path, case, content)
    code, out, err = cli("eval", str(path))
    assert code != 0 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and path.name in lines[0] and reason in lines[0], err


def test_a_gold_file_that_does_not_exist(cli, tmp_path):
    code, _, err = cli("eval", str(tmp_path / "nope.gold.json"))
    assert code != 0 and err.strip() == f"talentdb: {tmp_path / 'nope.gold.json'}: no such file"


def test_good_gold_files_are_still_scored_next_to_a_bad_one(cli, tmp_path):
    bad = gold(tmp_path, "metadata", {"title": "x"})
    code, out, err = cli("eval", str(SEED_GOLD), str(bad), "--format", "json")
    assert code == 1 and "metadata.gold.json" in err
    assert [r["article"] for r in json.loads(out)] == ["openai-talent-exodus.zh-Hant.txt", "TOTAL"]


def test_an_article_whose_events_are_all_missed_is_flagged(cli, tmp_path):
    missed = gold(tmp_path, "weather", {"article": "weather.txt", "published": "2024-10-09", "events": [
        {"type": "departure", "person": ["Dana Whitfield"], "org": ["Lumen Robotics"]}]},
        article_text="今天台北天氣晴朗,氣溫攝氏25度。\n明天可能下雨。\n")
    code, out, err = cli("eval", str(SEED_GOLD), str(missed), "--format", "json")
    assert code == 0, err
    by_article = {r["article"]: r for r in json.loads(out)}
    assert by_article["weather.txt"]["recall"] == 0 and by_article["weather.txt"]["note"] == "every event missed"
    assert by_article["openai-talent-exodus.zh-Hant.txt"]["recall"] == 1 and \
        by_article["openai-talent-exodus.zh-Hant.txt"]["note"] == ""
    code, table, _ = cli("eval", str(SEED_GOLD), str(missed))
    assert "every event missed" in table


def test_by_type_breaks_the_total_down_without_naming_anyone(cli, tmp_path):
    # One departure found, one promotion missed, one funding round invented: each lands in its type's row, the
    # rows add up to the TOTAL, and no person or organisation appears (a held-out set can be broken down so).
    article = "Acme Robotics said on Monday that its chief executive Dana Whitfield has resigned.\n"
    path = gold(tmp_path, "acme", {"article": "acme.txt", "published": "2024-10-09", "lang": "en", "events": [
        {"type": "departure", "person": ["Dana Whitfield"], "org": ["Acme Robotics"]},
        {"type": "promotion", "person": ["Lee Ortega"], "org": ["Acme Robotics"]}]}, article_text=article)
    code, out, err = cli("eval", str(path), "--by", "type", "--format", "json")
    assert code == 0, err
    rows = {r["type"]: r for r in json.loads(out)}
    assert rows["departure"]["found"] == 1 and rows["departure"]["required"] == 1
    assert rows["promotion"]["found"] == 0 and rows["promotion"]["required"] == 1
    assert sum(r["required"] for k, r in rows.items() if k != "TOTAL") == rows["TOTAL"]["required"] == 2
    assert sum(r["found"] for k, r in rows.items() if k != "TOTAL") == rows["TOTAL"]["found"]
    assert "Whitfield" not in out and "Ortega" not in out and "Acme" not in out


def test_by_lang_gives_a_row_per_gold_language(cli, tmp_path):
    en = gold(tmp_path, "en", {"article": "en.txt", "published": "2024-10-09", "lang": "en", "events": [
        {"type": "departure", "person": ["Dana Whitfield"], "org": ["Acme Robotics"]}]},
        article_text="Acme Robotics said on Monday that its chief executive Dana Whitfield has resigned.\n")
    code, out, err = cli("eval", str(SEED_GOLD), str(en), "--by", "lang", "--format", "json")
    assert code == 0, err
    rows = {r["lang"]: r for r in json.loads(out)}
    assert set(rows) == {"zh-Hant", "en", "TOTAL"}
    assert rows["zh-Hant"]["required"] == 15 and rows["en"]["required"] == 1 and rows["TOTAL"]["required"] == 16


def test_by_an_unknown_grouping_is_one_line(cli):
    code, out, err = cli("eval", str(SEED_GOLD), "--by", "outlet")
    assert code == 2 and out == "" and err.strip() == "talentdb: --by 'outlet' is not one of article, type, lang"


WHY_ARTICLE = """Acme Robotics said on Monday that its chief executive Dana Whitfield has resigned.
Lee Ortega spoke at the Acme Robotics conference in Boston on Tuesday.
Acme Robotics denied reports that Ben Tao, its finance chief, would resign.
"""


def test_why_names_the_stage_that_lost_each_missed_event(cli, tmp_path):
    def dep(name, kind="departure"):
        return {"type": kind, "person": [name], "org": ["Acme Robotics"]}
    path = gold(tmp_path, "why", {"article": "why.txt", "published": "2024-10-09", "lang": "en", "events": [
        dep("Dana Whitfield"), dep("Lee Ortega"), dep("Ben Tao"), dep("Mia Santos"), dep("Dana Whitfield", "hire")]},
        article_text=WHY_ARTICLE)
    code, out, err = cli("eval", str(path), "--why", "--show")
    assert code == 0, err
    said = {line.split("MISSED ")[1] for line in out.splitlines() if "MISSED" in line}
    assert said == {"departure Lee Ortega  (why: no trigger word)",      # named, but nothing happens to him
                    "departure Ben Tao  (why: cancelled by a cue)",      # a denied report
                    "departure Mia Santos  (why: not in text)",          # the gold names someone the text does not
                    "hire Dana Whitfield  (why: other type)"}            # she got a departure, not a hire
    code, out, err = cli("eval", str(path), "--why", "--format", "json")
    reasons = {r["reason"]: r for r in json.loads(out)}  # (the reasons alone: one JSON document)
    assert reasons["TOTAL missed"]["all"] == 4 and reasons["TOTAL missed"]["departure"] == 3
    assert reasons["other type"]["hire"] == 1 and reasons["TOTAL false"]["all"] == 0
    assert "Ortega" not in out and "Santos" not in out  # figures only, without --show


def test_why_gives_each_false_positive_its_reason(cli, tmp_path):
    # The gold knows Whitfield's move as a hire and nothing of Tao: the departure read for her is "other type",
    # the one read for him "not in gold".
    path = gold(tmp_path, "fp", {"article": "fp.txt", "published": "2024-10-09", "lang": "en", "events": [
        {"type": "hire", "person": ["Dana Whitfield"], "org": ["Acme Robotics"]}]},
        article_text="Acme Robotics said on Monday that its chief executive Dana Whitfield has resigned.\n"
                     "Orbis Capital said its finance chief Ben Tao has resigned.\n")
    code, out, err = cli("eval", str(path), "--why", "--format", "json")
    assert code == 0, err
    reasons = {r["reason"]: r for r in json.loads(out)}
    assert reasons["false: other type"]["departure"] == 1 and reasons["false: not in gold"]["departure"] == 1
    assert reasons["TOTAL false"]["all"] == 2 and reasons["TOTAL missed"]["hire"] == 1
