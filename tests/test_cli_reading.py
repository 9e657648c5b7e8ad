"""Reading a database as a daily user does: no database made by a typo, names that need not be exact, tables that
fit the terminal, and what the database holds (issue 16: items 3, 4 and 7)."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT, make_article
from terminal import on_terminal, shown, width
from test_cli import seeded, seeded_db  # noqa: F401 - fixtures

READ_COMMANDS = [["query"], ["timeline", "OpenAI"], ["roster", "OpenAI"], ["flow"], ["sql", "SELECT 1"],
                 ["export"], ["verify"], ["rebuild"], ["stats"], ["people"], ["orgs"], ["sources"],
                 ["retract", "1", "--reason", "x"], ["alias", "OpenAI", "OAI"],
                 # issue 15's commands keep the same rule: only ingest (and add, see test_cli_corrections) make one
                 ["history", "1"], ["review", "--list"], ["confirm", "1"], ["amend", "1", "--role", "Lead", "--reason",
                 "x"], ["merge", "OpenAI", "Anthropic"], ["unmerge", "OpenAI"], ["reextract", "--all"],
                 ["add", "--type", "hire", "--person", "Ada Park", "--org", "Anthropic", "--source", "1"]]


# ------------------------------------------------------------------------------------- no database, no new file
@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_a_mistyped_database_is_named_and_not_created(cli, tmp_path, args):
    typo = tmp_path / "typo.db"
    code, out, err = cli(*args, "--db", str(typo))
    assert code != 0 and out == ""
    assert err.strip() == f"talentdb: no database at {typo} (run `talentdb ingest` first, or pass --db)"
    assert not typo.exists()


def test_a_read_command_in_an_empty_folder_leaves_no_database_there(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TALENTDB_DB"}
    proc = subprocess.run([sys.executable, "-m", "talentdb.cli", "query"], capture_output=True, text=True,
                          cwd=tmp_path, env=dict(env, PYTHONPATH=str(ROOT)))
    assert proc.returncode != 0 and "no database at talentdb.db" in proc.stderr
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------------- names that need not be exact
def events(cli, *args):
    code, out, err = cli(*args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_a_surname_finds_the_one_person_who_has_it(seeded):  # noqa: F811
    by_surname = events(seeded, "query", "--person", "Murati")
    assert by_surname and {e["person"] for e in by_surname} == {"Mira Murati"}
    assert by_surname == events(seeded, "query", "--person", "穆拉蒂") == events(seeded, "query", "--person",
                                                                                 "Mira Murati")
    assert {e["person"] for e in events(seeded, "timeline", "Sutskever")} == {"Ilya Sutskever"}


@pytest.mark.parametrize("args, message", [
    (["query", "--person", "Mira Muratti"], "no person matches 'Mira Muratti'; did you mean: Mira Murati"),
    (["timeline", "Ilya Sutskevr"], "no person or organisation matches 'Ilya Sutskevr'; did you mean: Ilya Sutskever"),
    (["roster", "OpenAl"], "no organisation matches 'OpenAl'; did you mean: OpenAI"),
    (["flow", "--from", "OpenAl"], "no organisation matches 'OpenAl'; did you mean: OpenAI"),
    (["query", "--org", "Zorblax Dynamics"], "no organisation matches 'Zorblax Dynamics'"),
])
def test_an_unknown_name_says_so_and_suggests_close_ones(seeded, args, message):  # noqa: F811
    code, out, err = seeded(*args)
    assert code != 0 and out == ""
    assert err.strip() == f"talentdb: {message}"


def test_a_part_of_several_names_lists_them(seeded):  # noqa: F811
    from talentdb.extract.model import Event
    from talentdb.ingest import commit
    from talentdb.store.db import get_engine

    engine = get_engine(f"sqlite:///{seeded.db}")
    commit(engine, make_article("chen.txt", [Event("hire", "Ann Chen", "Anthropic", evidence="Ann Chen joined")]))
    engine.dispose()
    code, out, err = seeded("query", "--person", "Chen")
    assert code != 0 and out == ""
    assert err.strip() == "talentdb: 'Chen' could be any of 2 people: Ann Chen, Mark Chen; give more of the name"


def test_a_known_name_with_no_matching_events_is_still_no_rows(seeded):  # noqa: F811
    code, out, err = seeded("query", "--person", "Mira Murati", "--type", "funding")
    assert code == 0 and out.strip() == "(no rows)" and err == ""


# ------------------------------------------------------------------------------------- tables that fit
@pytest.mark.parametrize("columns", [80, 100])
def test_a_timeline_fits_the_terminal_and_never_breaks_a_date_or_a_type(seeded, columns):  # noqa: F811
    out, _ = on_terminal(["timeline", "Ilya Sutskever"], db=seeded.db, columns=columns)
    lines = [line for line in shown(out) if line.strip()]
    assert lines and all(width(line) <= columns for line in lines), "\n".join(lines)
    text = "\n".join(lines)
    assert text.count("2024-05-01") == 2 and "departure" in text and "founding" in text


def test_long_text_is_cut_with_an_ellipsis_on_a_terminal_but_complete_when_piped(seeded):  # noqa: F811
    statement = "SELECT id, evidence FROM events ORDER BY length(evidence) DESC LIMIT 1"
    full = json.loads(seeded("sql", statement, "--format", "json")[1])[0]["evidence"]
    assert width(full) > 80
    out, _ = on_terminal(["sql", statement], db=seeded.db, columns=80)
    lines = [line for line in shown(out) if line.strip()]
    assert all(width(line) <= 80 for line in lines) and any(line.endswith("…") for line in lines)
    code, piped, _ = seeded("sql", statement)
    assert code == 0 and full in piped


# ------------------------------------------------------------------------------------- what the database holds
def test_stats_counts_what_the_database_holds(seeded):  # noqa: F811
    code, out, err = seeded("stats", "--format", "json")
    assert code == 0, err
    stats = json.loads(out)
    conn = sqlite3.connect(seeded.db)
    one = lambda sql: conn.execute(sql).fetchone()  # noqa: E731
    by_type = dict(conn.execute("SELECT type, COUNT(*) FROM events GROUP BY type").fetchall())
    assert stats["events"]["by type"] == by_type
    assert stats["events"]["by status"] == {"active": sum(by_type.values()), "retracted": 0}
    assert stats["people"] == one("SELECT COUNT(*) FROM people WHERE merged_into IS NULL")[0]
    assert stats["organisations"] == one("SELECT COUNT(*) FROM organizations WHERE merged_into IS NULL")[0]
    assert stats["sources"] == 1
    seq, digest = one("SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1")
    assert stats["log"] == {"entries": seq, "head seq": seq, "head hash": digest}
    assert stats["database"] == f"sqlite:///{seeded.db}" and stats["backend"] == "sqlite"
    assert stats["schema revision"] == one("SELECT version_num FROM alembic_version")[0]
    code, table, _ = seeded("stats")
    assert code == 0 and digest in table and "departure" in table


@pytest.mark.postgres
def test_stats_never_shows_the_database_password():
    import conftest

    if not conftest._pg_available():
        pytest.skip("PostgreSQL is not answering on 127.0.0.1:5432 (.ci/run starts it)")
    url = conftest._pg_fresh_database().replace("postgres@", "postgres:s3cret-pw@", 1)
    proc = subprocess.run([sys.executable, "-m", "talentdb.cli", "stats", "--db", url, "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "s3cret-pw" not in proc.stdout and json.loads(proc.stdout)["backend"] == "postgresql"


def test_people_lists_names_with_their_event_counts_and_spellings(seeded):  # noqa: F811
    people = {p["name"]: p for p in events(seeded, "people")}
    assert people["Mira Murati"]["events"] == 1 and "米拉·穆拉蒂" in people["Mira Murati"]["aliases"]
    assert people["Andrej Karpathy"]["events"] == 3
    assert [p["name"] for p in events(seeded, "people", "murati")] == ["Mira Murati"]
    assert [p["name"] for p in events(seeded, "people", "穆拉蒂")] == ["Mira Murati"]


def test_orgs_and_sources_are_listed_and_searchable(seeded):  # noqa: F811
    orgs = {o["name"]: o for o in events(seeded, "orgs")}
    assert orgs["OpenAI"]["events"] > orgs["Eureka Labs"]["events"] >= 1
    assert [o["name"] for o in events(seeded, "orgs", "eureka")] == ["Eureka Labs"]
    sources = events(seeded, "sources")
    assert [(s["id"], s["title"], s["events"]) for s in sources] == [
        (1, "OpenAI重點轉向產品開發研究人才外流給了對手機會", 18)]
    assert events(seeded, "sources", "nothing-like-this") == []
    code, table, _ = seeded("people")
    assert code == 0 and table.splitlines()[0].split()[:3] == ["id", "name", "events"]
