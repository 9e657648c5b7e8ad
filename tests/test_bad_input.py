"""Whatever users feed it: one clear line on stderr, a non-zero exit, no traceback, and nothing half-written."""
from __future__ import annotations

import sqlite3

import pytest

from conftest import SEED


def log_size(db) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM event_log").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


BAD_FILES = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n  ",
    "scan.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n" + bytes(range(256)) * 20,
    "noise.txt": bytes(range(256)) * 50,
}
# An article with no events is not bad input: tests/test_ingest_feeds.py (it is recorded, exit 0).


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_gets_one_line_naming_it_and_no_log_entry(cli, tmp_path, name):
    path = _write(tmp_path / name, BAD_FILES[name])
    code, _, err = cli("ingest", str(path), "--published", "2024-10-09")
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in err
    assert log_size(cli.db) == 0


def test_a_file_that_does_not_exist(cli, tmp_path):
    code, _, err = cli("ingest", str(tmp_path / "nope.txt"))
    assert code != 0 and "nope.txt" in err and "Traceback" not in err


def test_an_impossible_publication_date(cli):
    code, _, err = cli("ingest", str(SEED), "--published", "2024-13-45")
    assert code != 0 and "2024-13-45" in err and len(err.strip().splitlines()) == 1
    assert log_size(cli.db) == 0


def test_a_50_mb_file_is_refused_without_reading_it_all(cli, tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    code, _, err = cli("ingest", str(big))
    assert code != 0 and "huge.txt" in err and "MB" in err


def test_a_batch_skips_bad_files_ingests_good_ones_and_counts_both(cli, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    _write(folder / "empty.txt", b"")
    _write(folder / "scan.txt", BAD_FILES["scan.txt"])
    code, _, err = cli("ingest", str(folder), "--published", "2024-10-09")
    assert code == 1
    assert "empty.txt" in err and "scan.txt" in err
    assert "ingested 1 article" in err and "2 failed" in err
    assert log_size(cli.db) > 0


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "big5", "gb18030"])
def test_legacy_encodings_give_the_same_events_as_utf8(cli, tmp_path, encoding):
    import json

    text = SEED.read_text(encoding="utf-8")
    if encoding == "gb18030":
        from talentdb.extract.text import to_simplified

        text = to_simplified(text)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    path = _write(tmp_path / f"article-{encoding}.txt", data)
    code, _, err = cli("ingest", str(path), "--published", "2024-10-09")
    assert code == 0, err
    code, out, _ = cli("query", "--format", "json")
    people = {e["person"] for e in json.loads(out) if e["type"] == "departure"}
    assert {"Mira Murati", "Tim Brooks", "Ilya Sutskever"} <= people
