"""Issue 17, cases 3 and 5: provable history (`head`, `verify --head`, the key) and writers that refuse a broken log.

Before: deleting the last log entries (a retraction) passed `verify` and `rebuild` brought the retracted event
back; a history rewritten with the public algorithm passed `verify`; `ingest` appended to a broken log.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import text

from talentdb.ingest import commit
from talentdb.store.db import get_engine
from talentdb.store.log import GENESIS, canonical_json, entry_hash

from conftest import ROOT, SEED
from test_cli import events_json, seeded, seeded_db  # noqa: F401 - fixtures
from test_store import seedlike


def _delete_from(path, seq: int) -> None:
    """What someone with sqlite3 does: drop the guard triggers and delete the log's tail."""
    conn = sqlite3.connect(path)
    for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event_log'"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM event_log WHERE seq >= ?", (seq,))
    conn.commit()
    conn.close()


def _rewrite_history(path, key: bytes | None = None) -> None:
    """Rename a person in entry 3's payload and recompute every later hash with the public algorithm."""
    conn = sqlite3.connect(path)
    for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event_log'"):
        conn.execute(f"DROP TRIGGER {name}")
    prev = GENESIS
    for seq, at, kind, payload in conn.execute("SELECT seq, recorded_at, kind, payload FROM event_log ORDER BY seq"
                                               ).fetchall():
        if seq == 3:
            payload = canonical_json(json.loads(payload.replace("Murati", "Forged")))
        digest = entry_hash(prev, seq, kind, at, payload, key)
        conn.execute("UPDATE event_log SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?", (payload, prev, digest, seq))
        prev = digest
    conn.commit()
    conn.close()


def _head(cli, **kw) -> str:
    code, out, err = cli("head", **kw)
    assert code == 0, err
    seq, _, hash_ = out.strip().partition(":")
    assert seq.isdigit() and len(hash_) == 64
    return out.strip()


def test_verify_head_catches_a_deleted_tail_and_rebuild_does_not_bring_the_retraction_back(seeded, tmp_path):  # noqa: F811
    victim = events_json(seeded)[0]["id"]
    code, out, err = seeded("retract", str(victim), "--reason", "wrong person")
    assert code == 0, err
    kept = _head(seeded)
    last = int(kept.split(":")[0])
    _delete_from(seeded.db, last)  # the retraction disappears
    code, _, err = seeded("verify", "--head", kept)
    assert code == 1 and f"no longer holds entry {last}" in err and "deleted" in err
    code, _, err = seeded("verify")
    assert code == 1 and "deleted" in err and err.count("\n") == 1
    article = tmp_path / "new.txt"
    article.write_text("Acme Robotics said on Monday that Jane Doe joined the company as chief executive officer.")
    for command in (["rebuild"], ["ingest", str(article), "--published", "2024-10-09"],
                    ["retract", str(victim + 1), "--reason", "x"]):
        code, _, err = seeded(*command)
        assert code == 1 and "talentdb verify" in err and err.count("\n") == 1, (command, err)
    assert victim not in [e["id"] for e in events_json(seeded)]  # still retracted: nothing was replayed


def test_verify_head_catches_a_history_rewritten_with_the_public_algorithm(seeded):  # noqa: F811
    kept = _head(seeded)
    _rewrite_history(seeded.db)
    code, out, _ = seeded("verify")  # the chain itself is consistent again: only the kept head can tell
    assert code == 0
    code, _, err = seeded("verify", "--head", kept)
    assert code == 1 and "rewritten" in err and err.count("\n") == 1
    code, out, _ = seeded("verify", "--head", _head(seeded))
    assert code == 0 and "extends" in out


def test_a_keyed_chain_cannot_be_recomputed_without_the_key(cli):
    key = {"TALENTDB_LOG_KEY": "correct horse battery staple"}
    code, _, err = cli("ingest", str(SEED), "--published", "2024-10-09", env=key)
    assert code == 0, err
    code, out, _ = cli("sql", "SELECT kind FROM event_log ORDER BY seq LIMIT 1", "--format", "json")
    assert json.loads(out)[0]["kind"] == "log.keyed"
    assert cli("verify", env=key)[0] == 0
    code, _, err = cli("verify")
    assert code == 1 and "TALENTDB_LOG_KEY" in err
    code, _, err = cli("verify", env={"TALENTDB_LOG_KEY": "a guess"})
    assert code == 1 and "not the key" in err
    code, _, err = cli("retract", "1", "--reason", "x")  # a writer without the key cannot extend a keyed log
    assert code == 1 and "TALENTDB_LOG_KEY" in err
    _rewrite_history(cli.db)  # the forger recomputes every hash, without the key
    code, _, err = cli("verify", env=key)
    assert code == 1 and "entry 1" in err


def test_verify_on_a_missing_file_refuses_and_creates_nothing(cli, tmp_path):
    missing = tmp_path / "nothing-here.db"
    for command in (["verify"], ["head"], ["verify", "--head", "1:" + "0" * 64]):
        code, _, err = cli(*command, "--db", str(missing))
        assert code != 0 and "no database" in err
    assert not missing.exists()


def test_a_head_that_is_not_seq_colon_hash_is_one_helpful_line(seeded):  # noqa: F811
    code, _, err = seeded("verify", "--head", "12:abc")
    assert code == 2 and "SEQ:HASH" in err and err.count("\n") == 1


@pytest.mark.postgres
def test_verify_head_catches_a_deleted_tail_on_postgresql(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("the PostgreSQL case")
    engine = get_engine(db_url)
    commit(engine, seedlike())
    env = dict(os.environ, TALENTDB_DB=db_url)

    def run(*args):
        proc = subprocess.run([sys.executable, "-m", "talentdb.cli", *args], capture_output=True, text=True, env=env,
                              cwd=ROOT, timeout=120)
        return proc.returncode, proc.stdout, proc.stderr

    kept = run("head")[1].strip()
    with engine.begin() as conn:  # the table's owner can switch the guards off; a superuser can
        conn.execute(text("ALTER TABLE event_log DISABLE TRIGGER USER"))
        conn.execute(text("DELETE FROM event_log WHERE seq = (SELECT MAX(seq) FROM event_log)"))
        conn.execute(text("ALTER TABLE event_log ENABLE TRIGGER USER"))
    code, _, err = run("verify", "--head", kept)
    assert code == 1 and "deleted" in err
    code, _, err = run("rebuild")
    assert code == 1 and "talentdb verify" in err


def test_verify_reencodes_only_an_entry_stored_in_another_spelling(db_url):
    """verify hashes the stored bytes first; an entry whose payload text is valid but not canonical JSON (written
    by another tool, or by an older talentdb) still verifies, through the re-encoding path."""
    from talentdb.store.ledger import hashed_rows, walk
    from talentdb.store.log import now_iso, verify

    engine = get_engine(db_url)
    commit(engine, seedlike())
    with engine.connect() as conn:
        last, tail = conn.execute(text("SELECT seq, hash FROM event_log ORDER BY seq DESC LIMIT 1")).one()
    spaced = '{"alias": "M. Murati", "entity_kind": "person", "name": "Mira Murati", "v": 1}'
    at = now_iso()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO event_log (seq, recorded_at, kind, payload, prev_hash, hash) "
                          "VALUES (:s, :at, 'entity.aliased', :p, :prev, :h)"),
                     {"s": last + 1, "at": at, "p": spaced, "prev": tail,
                      "h": entry_hash(tail, last + 1, "entity.aliased", at, spaced)})
    looked = []
    with engine.connect() as conn:
        assert verify(conn).ok
        rows, full_row = hashed_rows(conn)
        assert walk(rows, key=None, full_row=lambda s: looked.append(s) or full_row(s)).ok
    assert looked == [last + 1]  # every other entry was checked on its stored bytes alone
