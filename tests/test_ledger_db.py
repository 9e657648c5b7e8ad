"""Issue 17, case 6: a wrong ``--db`` is refused and left exactly as it was."""
from __future__ import annotations

import sqlite3
import uuid

import pytest

from conftest import PG_ADMIN, SEED, _pg_admin_engine, _pg_available


def _foreign_sqlite(path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT)")  # a name talentdb uses too
    conn.execute("INSERT INTO accounts (owner) VALUES ('someone else')")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("command", [["query"], ["stats"], ["verify"], ["head"], ["sql", "SELECT 1"], ["export"],
                                     ["timeline", "x"], ["ingest", str(SEED)]])
def test_a_foreign_sqlite_file_is_refused_and_left_byte_for_byte(cli, tmp_path, command):
    path = tmp_path / "someone-elses.db"
    before = _foreign_sqlite(path)
    code, out, err = cli(*command, "--db", str(path))
    assert code == 2 and "is not a talentdb database" in err and "accounts" in err and err.count("\n") == 1
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("someone")) == ["someone-elses.db"]


def test_a_file_that_is_not_a_database_or_a_folder_is_one_helpful_line(cli, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    code, _, err = cli("ingest", str(SEED), "--db", str(notes))
    assert code == 2 and "notes.txt is not a database" in err and err.count("\n") == 1
    assert notes.read_text() == "my notes\n"
    code, _, err = cli("stats", "--db", str(tmp_path))
    assert code == 2 and "is a folder" in err and "Error" not in err


def test_an_empty_file_becomes_a_talentdb_database(cli, tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    code, _, err = cli("ingest", str(SEED), "--published", "2024-10-09", "--db", str(empty))
    assert code == 0, err


@pytest.mark.postgres
def test_a_postgresql_url_without_a_database_name_is_refused(cli):
    for url in ("postgresql://", "postgresql+psycopg://postgres@127.0.0.1:5432", "postgresql://postgres@127.0.0.1/"):
        code, _, err = cli("stats", "--db", url)
        assert code == 2 and "names no database" in err and err.count("\n") == 1, url


@pytest.mark.postgres
def test_a_foreign_postgresql_database_is_refused_and_unchanged(cli):
    if not _pg_available():
        pytest.skip("PostgreSQL is not answering")
    name = f"talentdb_foreign_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin_engine()
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as c:
            c.exec_driver_sql("CREATE TABLE accounts (id int)")
        for command in (["stats"], ["ingest", str(SEED)]):
            code, _, err = cli(*command, "--db", url)
            assert code == 2 and "is not a talentdb database" in err, err
        with engine.connect() as c:
            tables = {r[0] for r in c.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}
        assert tables == {"accounts"}
    finally:
        engine.dispose()
        with admin.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
