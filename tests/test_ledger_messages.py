"""Issue 17, case 12: every failure is one line naming the file or value and saying what to do.

(The --db folder and "not a database" cases are in test_ledger_db.py, PRAGMA journal_mode=DELETE through `sql` in
test_ledger_sql.py.)
"""
from __future__ import annotations

import pytest

from talentdb.cli import describe

from test_cli import seeded, seeded_db  # noqa: F401 - fixtures


@pytest.mark.parametrize("args,option", [
    (["query", "--limit", "99999999999999999999"], "--limit"),
    (["query", "--offset", "99999999999999999999"], "--offset"),
    (["timeline", "Mira Murati", "--limit", "99999999999999999999"], "--limit"),
    (["review", "--limit", "99999999999999999999"], "--limit"),
])
def test_a_huge_number_is_a_usage_error_naming_the_option(seeded, args, option):  # noqa: F811
    code, _, err = seeded(*args)
    assert code == 2 and option in err and "datatype mismatch" not in err and "Traceback" not in err


def test_a_huge_known_at_means_everything_known(seeded):  # noqa: F811
    code, out, err = seeded("query", "--known-at", "99999999999999999999", "--format", "json")
    code_now, now, _ = seeded("query", "--format", "json")
    assert code == 0 and "OverflowError" not in err and out == now


@pytest.mark.parametrize("command", [["history"], ["retract", "--reason", "x"], ["confirm"]])
def test_a_huge_id_names_the_id(seeded, command):  # noqa: F811
    code, _, err = seeded(command[0], "99999999999999999999", *command[1:])
    assert code == 2 and "no event with id 99999999999999999999" in err and err.count("\n") == 1


def test_file_errors_name_the_file_and_what_to_check():
    line = describe(PermissionError(13, "Permission denied", "/data/ro/talentdb.db"))
    assert line.startswith("/data/ro/talentdb.db: permission denied") and "PermissionError" not in line
    assert "is a folder" in describe(IsADirectoryError(21, "Is a directory", "/data/news"))
    assert "disk is full" in describe(OSError(28, "No space left on device", "/data/out.csv"))


@pytest.mark.postgres
def test_a_long_currency_is_one_line_on_postgresql_too(db_url):
    import os
    import subprocess
    import sys

    from talentdb.ingest import commit
    from talentdb.store.db import get_engine

    from conftest import ROOT
    from test_store import seedlike

    if not db_url.startswith("postgresql"):
        pytest.skip("the PostgreSQL case (SQLite does not limit the column's length)")
    commit(get_engine(db_url), seedlike())
    env = dict(os.environ, TALENTDB_DB=db_url)
    for args in (["amend", "1", "--amount", "5", "--currency", "DOLLARSXYZ", "--reason", "x"],
                 ["add", "--type", "funding", "--org", "Acme", "--amount", "5", "--currency", "DOLLARSXYZ",
                  "--reason", "x"]):
        proc = subprocess.run([sys.executable, "-m", "talentdb.cli", *args], capture_output=True, text=True, env=env,
                              cwd=ROOT, timeout=120)
        assert proc.returncode == 2 and "not an ISO 4217 code" in proc.stderr, proc.stderr
        assert "StringDataRightTruncation" not in proc.stderr and proc.stderr.count("\n") == 1


def test_a_database_in_a_read_only_folder_is_one_line_saying_why(tmp_path, monkeypatch):
    """As for a user who is not root (the tests may run as root, who can write anywhere): SQLite cannot create
    the -shm file it needs beside a WAL database, and the folder is not writable."""
    import os
    import sqlite3

    from talentdb.store import foreign

    db = tmp_path / "talent.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(tmp_path) else real_access(p, mode))
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: (_ for _ in ()).throw(
        sqlite3.OperationalError("unable to open database file")))
    with pytest.raises(foreign.NotTalentDB, match="read-only, and SQLite needs to create talent.db-shm there"):
        foreign.check_sqlite(str(db))
