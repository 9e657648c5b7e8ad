"""The CLI as a user types it (subprocesses, real files, the seed article)."""
from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

CONTRACT_KEYS = {"id", "type", "person", "org", "role", "role_raw", "counterparty", "date", "date_precision",
                 "date_text", "amount", "currency", "evidence", "source", "source_id", "confidence", "status",
                 "confirmed", "extractor"}
COMMANDS = ["ingest", "query", "timeline", "roster", "flow", "stats", "people", "orgs", "sources", "retract", "amend",
            "add", "confirm", "merge", "unmerge", "alias", "reextract", "history", "review", "rebuild", "verify", "head", "sql",
            "export", "eval", "report", "datasette-metadata"]


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    """The seed article ingested once; each test gets its own copy."""
    import os

    path = tmp_path_factory.mktemp("seed") / "seed.db"
    proc = subprocess.run([sys.executable, "-m", "talentdb.cli", "ingest", str(SEED), "--published", "2024-10-09"],
                          env=dict(os.environ, TALENTDB_DB=str(path)), capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return path


@pytest.fixture
def seeded(cli, seeded_db):
    shutil.copy(seeded_db, cli.db)
    return cli


def events_json(cli, *args):
    code, out, err = cli("query", "--format", "json", *args)
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(cli, command):
    code, out, _ = cli(command, "--help")
    assert code == 0 and "Example" in out


def test_version(cli):
    code, out, _ = cli("--version")
    assert code == 0 and out.startswith("talentdb ")


def test_query_json_has_every_contract_key(seeded):
    rows = events_json(seeded)
    assert rows and all(set(r) == CONTRACT_KEYS for r in rows)
    assert all(r["source"] == "OpenAI重點轉向產品開發研究人才外流給了對手機會" for r in rows)


def test_reingesting_the_seed_changes_nothing(seeded):
    before = events_json(seeded)
    code, _, err = seeded("ingest", str(SEED), "--published", "2024-10-09")
    assert code == 0 and "unchanged" in err
    assert events_json(seeded) == before


def test_sql_reads_and_refuses_writes(seeded):
    code, out, _ = seeded("sql", "SELECT COUNT(*) AS n FROM events", "--format", "json")
    n = json.loads(out)[0]["n"]
    assert code == 0 and n > 0
    for statement in ("DELETE FROM events", "UPDATE events SET person = 'x'", "DROP TABLE events",
                      "SELECT 1; DELETE FROM events", "CREATE TABLE t (x)"):
        code, _, err = seeded("sql", statement)
        assert code != 0 and "Traceback" not in err and err.strip().count("\n") == 0
    code, out, _ = seeded("sql", "SELECT COUNT(*) AS n FROM events", "--format", "json")
    assert json.loads(out)[0]["n"] == n


def test_plain_sqlite3_cannot_update_or_delete_the_log(seeded):
    conn = sqlite3.connect(seeded.db)
    for statement in ("UPDATE event_log SET kind = 'x'", "DELETE FROM event_log"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)
    conn.close()


def test_csv_export_has_the_same_rows_as_json(seeded):
    code, out, _ = seeded("export", "--format", "json")
    as_json = json.loads(out)
    code, out, _ = seeded("export", "--format", "csv")
    assert out.startswith("\ufeff")
    as_csv = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert [r["id"] for r in as_csv] == [str(r["id"]) for r in as_json]
    assert [r["person"] for r in as_csv] == [r["person"] or "" for r in as_json]
    # The export lists the events of query --format json, in the order they were recorded.
    assert [r["id"] for r in as_json] == sorted(r["id"] for r in as_json)
    assert as_json == sorted(events_json(seeded), key=lambda r: r["id"])


def test_verify_passes_then_names_the_entry_edited_with_sqlite3(seeded):
    code, out, _ = seeded("verify")
    assert code == 0 and "intact" in out
    conn = sqlite3.connect(seeded.db)
    conn.execute("DROP TRIGGER event_log_no_update")
    conn.execute("UPDATE event_log SET payload = replace(payload, 'OpenAI', 'OpenAl') WHERE seq = 3")
    conn.commit()
    conn.close()
    code, _, err = seeded("verify")
    assert code == 1 and "entry 3" in err


def test_retract_then_known_at_still_shows_it(seeded):
    first = events_json(seeded)[0]
    code, out, _ = seeded("sql", "SELECT MAX(seq) AS s FROM event_log", "--format", "json")
    seq = json.loads(out)[0]["s"]
    code, _, err = seeded("retract", str(first["id"]), "--reason", "test")
    assert code == 0, err
    assert first["id"] not in {e["id"] for e in events_json(seeded)}
    assert first["id"] in {e["id"] for e in events_json(seeded, "--known-at", str(seq))}
    retracted = [e for e in events_json(seeded, "--all") if e["id"] == first["id"]]
    assert retracted[0]["status"] == "retracted"


def test_injection_in_a_filter_finds_no_one_and_changes_nothing(seeded):
    before = events_json(seeded)
    code, out, err = seeded("query", "--person", "x' OR '1'='1", "--format", "json")
    assert code != 0 and out == "" and err.strip() == "talentdb: no person matches \"x' OR '1'='1\""
    assert events_json(seeded) == before


def test_rebuild_changes_no_answer(seeded):
    before = [events_json(seeded), seeded("flow", "--format", "json")[1], seeded("roster", "OpenAI", "--as-of", "2024-06-15", "--format", "json")[1]]
    code, _, _ = seeded("rebuild")
    after = [events_json(seeded), seeded("flow", "--format", "json")[1], seeded("roster", "OpenAI", "--as-of", "2024-06-15", "--format", "json")[1]]
    assert code == 0 and after == before


@pytest.mark.parametrize("args, message", [
    (["ingest", "does-not-exist.txt"], "does-not-exist.txt"),
    (["ingest", str(SEED), "--published", "2024-13-45"], "2024-13-45"),
    (["query", "--since", "yesterday"], "--since"),
    (["query", "--known-at", "last tuesday"], "--known-at"),
    (["retract", "999", "--reason", "x"], "999"),
    (["merge", "Nobody", "Someone"], "Nobody"),
])
def test_bad_input_is_one_line_on_stderr_and_a_nonzero_exit(cli, args, message):
    from talentdb.store.db import get_engine

    get_engine(str(cli.db)).dispose()  # an empty database: each command's own checks speak, not "no database"
    code, _, err = cli(*args)
    assert code != 0
    assert "Traceback" not in err and message in err


def test_table_output_when_piped_is_plain_text(seeded):
    code, out, _ = seeded("query", "--type", "funding")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["id", "date", "type"]


def test_the_cli_reference_in_docs_is_the_real_help_output():
    from talentdb.clidoc import reference

    assert (ROOT / "docs" / "cli-reference.md").read_text(encoding="utf-8") == reference() + "\n"
