"""The correction commands as a user types them: review's questions answered, retract of several ids and of a
source, add, confirm, history, alias --primary, unmerge and reextract's table, and one line for a bad value."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from talentdb.extract.model import Event
from talentdb.ingest import commit
from talentdb.store.db import get_engine

from conftest import make_article
from test_store import seedlike


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "talent.db"
    engine = get_engine(str(path))
    commit(engine, seedlike())
    commit(engine, make_article("rumour.txt", [Event("departure", "Ada Park", "Borealis Labs", confidence=0.7,
                                                     evidence="Ada Park may have left Borealis Labs")]))
    return str(path)


def run(db, *args, input=None):
    from talentdb.cli import app

    result = CliRunner().invoke(app, [*args, "--db", db], input=input, env={"COLUMNS": "200", "NO_COLOR": "1"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def events(db, *args) -> list[dict]:
    return json.loads(run(db, "query", "--format", "json", *args).output)


def test_review_asks_for_a_decision_on_each_event_and_writes_each_one(db):
    queue = json.loads(run(db, "review", "--format", "json").output)
    first, second, third = (row["id"] for row in queue[:3])
    answers = "c\n" "r\nnot a departure after all\n" "a\ndate=2024-02-30\n" "a\ndate=2024-02-13 role=Lead\nexact day\n" "q\n"
    result = run(db, "review", "--interactive", input=answers)
    assert result.exit_code == 0, result.output
    assert f"[1/{len(queue)}] event {first}" in result.output and "evidence: Ada Park may have left Borealis Labs" in \
        result.output
    assert "date '2024-02-30' is not a real date" in result.output  # refused, asked again, nothing written
    assert "reviewed: 1 confirmed, 1 retracted, 1 amended, 0 skipped" in result.output
    rows = {e["id"]: e for e in events(db, "--all")}
    assert rows[first]["confirmed"] is True and rows[second]["status"] == "retracted"
    assert (rows[third]["date"], rows[third]["role"]) == ("2024-02-13", "Lead")
    assert first not in [r["id"] for r in json.loads(run(db, "review", "--format", "json").output)]


def test_review_lists_the_queue_when_not_asked_to_decide(db):
    result = run(db, "review", "--list")
    header, _, top = result.output.splitlines()[:3]
    assert header.split()[:4] == ["id", "score", "why", "type"]
    assert "one source, confidence 0.7, undated" in top and "Ada Park" in top


def test_retract_takes_several_ids_or_a_whole_source(db):
    ids = [e["id"] for e in events(db)][:2]
    result = run(db, "retract", str(ids[0]), str(ids[1]), "--reason", "wrong")
    assert result.output.strip() == f"retracted events {ids[0]}, {ids[1]} (log entries 11–12)"
    result = run(db, "retract", "--source", "2", "--reason", "a rumour column")
    assert result.output.strip() == "retracted source 2 (rumour.txt) and its 1 event: 8 (log entries 13–14)"
    assert [e["person"] for e in events(db, "--person", "Ada Park")] == []


def test_add_confirm_and_history_tell_the_story_of_a_hand_made_event(db):
    result = run(db, "add", "--type", "hire", "--person", "Ada Park", "--org", "Anthropic", "--date", "2024-11",
                 "--reason", "her own post")
    assert result.output.strip() == "added event 9 (log entry 11)"
    assert run(db, "confirm", "9", "--note", "checked her post").output.strip() == "confirmed event 9 (log entry 12)"
    assert run(db, "confirm", "9").output.strip() == "already confirmed: 9"
    lines = run(db, "history", "9").output.splitlines()
    assert lines[0].split() == ["seq", "what", "by", "source", "detail", "reason"]
    assert lines[2].split()[:3] == ["11", "asserted", "person"] and lines[2].endswith("her own post")
    assert lines[3].split()[:3] == ["12", "confirmed", "person"] and lines[3].endswith("checked her post")


def test_alias_primary_and_unmerge_answer_in_one_line(db):
    result = run(db, "alias", "Mira Murati", "Mira M. Murati", "--primary")
    assert result.output.strip() == "'Mira M. Murati' is now the main name; 'Mira Murati' stays a spelling of it " \
                                    "(log entry 11)"
    assert {e["person"] for e in events(db, "--person", "穆拉蒂")} == {"Mira M. Murati"}
    run(db, "merge", "Ilya Sutskever", "Ada Park")
    result = run(db, "unmerge", "Ilya Sutskever")
    assert result.output.strip() == "unmerged 'Ada Park' from 'Ilya Sutskever' (the merge of log entry 12): 1 event " \
                                    "back (log entry 13)"


def test_a_bad_value_gets_one_line_naming_it_and_changes_nothing(cli):
    code, out, err = cli("ingest", "seeds/openai-talent-exodus.zh-Hant.txt", "--published", "2024-10-09")
    assert code == 0, err
    for args, message in [(["amend", "1", "--amount", "-5", "--reason", "x"], "amount -5.0: give a positive number"),
                          (["amend", "1", "--currency", "BTC", "--reason", "x"], "currency 'BTC' is not an ISO 4217"),
                          (["add", "--type", "hire", "--person", " ", "--org", "X"], "person cannot be empty"),
                          (["retract", "1", "999", "--reason", "x"], "no event with id 999"),
                          (["reextract"], "say which sources")]:
        code, out, err = cli(*args)
        assert code == 2 and err.strip() == f"talentdb: {message}" or message in err, (args, err)
        assert len(err.strip().splitlines()) == 1
    code, out, _ = cli("query", "--format", "json")
    assert all(e["status"] == "active" for e in json.loads(out))


def test_reextract_dry_run_prints_the_difference_as_a_table(cli, tmp_path):
    overlay = tmp_path / "lex"
    overlay.mkdir()
    (overlay / "triggers.local.toml").write_text('[[departure]]\nwords = ["packed it in"]\n', encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("Zorblax Dynamics head of research Ivo Brandt packed it in on Friday after eight years.\n"
                    "Zorblax Dynamics chief technology officer Wang Jianguo left the company last week.\n",
                    encoding="utf-8")
    assert cli("ingest", str(note), "--published", "2024-10-09")[0] == 0
    code, out, err = cli("reextract", "--all", "--dry-run", env={"TALENTDB_LEXICON_DIR": str(overlay)})
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["source", "action", "id", "type", "person", "detail", "evidence"]
    assert lines[2].split()[:7] == ["1", "added", "2", "departure", "Ivo", "Brandt", "Zorblax"]  # (evidence)
    assert lines[-1] == ("dry run over 1 source: 1 added, 0 removed, 0 changed, 0 corroborated, 0 skipped, 0 kept; "
                         "nothing written")
    code, out, _ = cli("reextract", "--all", env={"TALENTDB_LEXICON_DIR": str(overlay)})
    assert out.splitlines()[-1].startswith("re-extracted 1 source: 1 added") and "(log entry 3)" in out
    code, out, _ = cli("reextract", "--all", env={"TALENTDB_LEXICON_DIR": str(overlay)})
    assert out.strip() == ("re-extracted 1 source: 0 added, 0 removed, 0 changed, 0 corroborated, 0 skipped, 0 kept "
                           "(no log entry)")


# ------------------------------------------------------------------------------------- issue 16's conventions
def test_add_may_start_a_database_but_a_refused_one_leaves_none(cli, tmp_path):
    fresh = str(tmp_path / "hand-kept.db")
    code, _, err = cli("add", "--type", "funding", "--org", "Quillon Robotics", "--amount", "4e7", "--currency",
                       "dollars", "--db", fresh)
    assert code == 2 and "currency 'dollars'" in err and not (tmp_path / "hand-kept.db").exists()
    result = run(fresh, "add", "--type", "hire", "--person", "Ada Park", "--org", "Quillon Robotics", "--date",
                 "2024-11-5")
    assert result.output.strip() == "added event 1 (log entry 1)"
    [event] = events(fresh)
    assert (event["person"], event["date"], event["date_precision"]) == ("Ada Park", "2024-11-05", "day")


def test_amend_reads_a_date_as_people_type_it(db):
    [event] = events(db, "--person", "Ada Park")
    run(db, "amend", str(event["id"]), "--date", "2024-3", "--reason", "the month she left")
    [event] = events(db, "--person", "Ada Park")
    assert (event["date"], event["date_precision"], event["date_text"]) == ("2024-03-01", "month", "2024-3")


@pytest.mark.parametrize("args, message", [
    (["merge", "Ilya Sutskevr", "Ada Park"], "no person or organisation called 'Ilya Sutskevr'; did you mean: "
                                             "Ilya Sutskever"),
    (["alias", "Murati", "M. Murati"], "no person or organisation called 'Murati'; did you mean: Mira Murati"),
    (["unmerge", "Zorblax Dynamics"], "no person or organisation called 'Zorblax Dynamics'"),
])
def test_a_correction_suggests_the_names_an_unknown_one_resembles_and_acts_on_none(cli, db, args, message):
    before = run(db, "stats", "--format", "json").output
    code, out, err = cli(*args, "--db", db)
    assert code == 2 and out == "" and err.strip() == f"talentdb: {message}"
    assert run(db, "stats", "--format", "json").output == before  # nothing written, not even a guess


def test_people_lists_the_spellings_of_those_merged_into_a_person_until_unmerged(db):
    def people(*search):
        return {p["name"]: p["aliases"] for p in json.loads(run(db, "people", *search, "--format", "json").output)}

    run(db, "alias", "Ada Park", "朴艾達")
    run(db, "merge", "Ilya Sutskever", "Ada Park")
    assert "Ada Park" not in people() and {"Ada Park", "朴艾達", "蘇茨克維"} <= set(people()["Ilya Sutskever"])
    assert list(people("朴艾達")) == ["Ilya Sutskever"]  # a merged spelling finds the one it was merged into
    run(db, "unmerge", "Ilya Sutskever")
    assert people()["Ada Park"] == ["朴艾達"] and "朴艾達" not in people()["Ilya Sutskever"]


def test_sources_say_which_article_was_withdrawn(db):
    run(db, "retract", "--source", "2", "--reason", "a rumour column")
    sources = json.loads(run(db, "sources", "--format", "json").output)
    assert [(s["title"], s["status"]) for s in sources] == [("seed.txt", "active"), ("rumour.txt", "retracted")]


def test_review_history_and_reextract_tables_fit_an_80_column_terminal(db):
    from terminal import on_terminal, shown, width

    for args in (["review", "--list"], ["history", "1"], ["reextract", "--all", "--dry-run"]):
        out, err = on_terminal(args, db=db, columns=80)
        table = [line for line in shown(out) if line.strip() and not line.startswith("dry run over")]  # a sentence
        assert table and all(width(line) <= 80 for line in table), (args, err, "\n".join(table))
