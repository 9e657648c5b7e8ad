"""Read commands on SQLite start without SQLAlchemy or Alembic (issue 18): a plain sqlite3 connection answers them,
with the same rows the SQLAlchemy connection gives, and a database not at the head revision is still upgraded."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT
from test_cli import seeded, seeded_db  # noqa: F401 - fixtures

# Runs the CLI as `talentdb` does and, as the process ends, says which heavy libraries it loaded.
_WATCH = ("import atexit, sys\n"
          "atexit.register(lambda: print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}),"
          " file=sys.stderr))\n"
          "from talentdb.cli import main\nsys.argv[0] = 'talentdb'\nmain()\n")

READS = [["query"], ["query", "--org", "OpenAI", "--format", "json"], ["query", "--known-at", "3"],
         ["timeline", "Ilya Sutskever"], ["timeline", "Sutskever"], ["roster", "OpenAI", "--as-of", "2024-06-15"],
         ["flow", "--from", "OpenAI"], ["stats"], ["people", "murati"], ["orgs"], ["sources", "--format", "csv"]]


def _run(db, *args):
    proc = subprocess.run([sys.executable, "-c", _WATCH, *args, "--db", str(db)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    *said, loaded = proc.stderr.strip().splitlines()
    return proc.returncode, proc.stdout, "\n".join(said), loaded


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_a_read_command_on_sqlite_never_imports_sqlalchemy(seeded, args):  # noqa: F811
    code, out, err, loaded = _run(seeded.db, *args)
    assert code == 0, err
    assert out.strip() and loaded == "[]"


def test_a_near_miss_is_refused_with_suggestions_without_sqlalchemy(seeded):  # noqa: F811
    code, out, err, loaded = _run(seeded.db, "timeline", "Ilya Sutskevr")
    assert code != 0 and out == "" and loaded == "[]"
    assert err == "talentdb: no person or organisation matches 'Ilya Sutskevr'; did you mean: Ilya Sutskever"


def test_both_connections_give_the_same_answers(seeded):  # noqa: F811
    from talentdb.store import catalogue, queries
    from talentdb.store.db import get_engine, read_transaction, resolve_url
    from talentdb.store.sqlite_read import open_at_head

    url = resolve_url(str(seeded.db))

    def ask(conn):
        return [queries.query(conn), queries.query(conn, org="OpenAI", since="2024-01-01", known_at=5),
                queries.timeline(conn, "OpenAI", limit=3, offset=2), queries.roster(conn, "OpenAI", as_of="2024-06-15"),
                queries.flow(conn), catalogue.entities(conn, "person", "mura"), catalogue.sources(conn)]

    fast = open_at_head(url)
    try:
        plain = ask(fast)
    finally:
        fast.close()
    with read_transaction(get_engine(url)) as conn:
        assert ask(conn) == plain and plain[0] and plain[3]


def test_an_older_schema_is_upgraded_before_it_is_read(seeded):  # noqa: F811
    older = seeded.db.with_name("older.db")
    shutil.copy(seeded.db, older)
    from talentdb.store.db import downgrade

    downgrade(f"sqlite:///{older}", "0006_provenance_and_review")  # a database made before the last migrations
    code, out, err, loaded = _run(older, "query", "--format", "json")
    assert code == 0, err
    assert json.loads(out) and "sqlalchemy" in loaded
    from talentdb.store.db import HEAD_REVISION

    with sqlite3.connect(older) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
