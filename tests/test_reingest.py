"""Ingesting a folder again spends extraction only on the articles the database does not have yet."""
from __future__ import annotations

import io
import sqlite3
from datetime import date

import talentdb.extract
from articles import write_articles
from talentdb.bulk import ingest_paths
from talentdb.store.db import get_engine
from talentdb.store.stored import StoredTexts


def _counting_extract(monkeypatch):
    calls = []
    real = talentdb.extract.extract

    def extract(text, published=None, lang=None):
        calls.append(text[:40])
        return real(text, published, lang)

    monkeypatch.setattr(talentdb.extract, "extract", extract)
    return calls


def test_a_second_run_extracts_only_the_new_articles(db_url, tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    write_articles(folder, range(5))
    engine = get_engine(db_url)
    calls = _counting_extract(monkeypatch)
    first = ingest_paths(engine, [str(folder)], published=date(2024, 10, 9), err=io.StringIO())
    assert (first.ingested, len(calls)) == (5, 5)

    write_articles(folder, range(5, 7))
    calls.clear()
    err = io.StringIO()
    second = ingest_paths(engine, [str(folder)], published=date(2024, 10, 9), err=err)
    assert (second.ingested, second.unchanged, second.failed) == (2, 5, 0)
    assert len(calls) == 2  # the five stored texts were recognised before extraction
    assert "2 articles" in err.getvalue() and "5 unchanged" in err.getvalue()


def test_one_known_article_still_says_which_source_it_is(db_url, tmp_path, monkeypatch):
    (path,) = write_articles(tmp_path / "one", [3])
    engine = get_engine(db_url)
    ingest_paths(engine, [str(path)], published=date(2024, 10, 9), err=io.StringIO())
    calls = _counting_extract(monkeypatch)
    err = io.StringIO()
    again = ingest_paths(engine, [str(path)], published=date(2024, 10, 9), err=err)
    assert (again.unchanged, calls) == (1, [])
    assert "unchanged (already ingested as source 1)" in err.getvalue()


def test_any_doubt_means_extract(tmp_path):
    # No file yet (the writer may be about to create it), a file with no schema yet, a server that is not there:
    # each answers "not stored", and the read-only check never creates the file itself.
    missing = tmp_path / "missing.db"
    assert "0" * 64 not in StoredTexts(f"sqlite:///{missing}")
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    assert "0" * 64 not in StoredTexts(f"sqlite:///{empty}")
    assert "0" * 64 not in StoredTexts("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "0" * 64 not in StoredTexts(None)


def test_a_text_stored_elsewhere_is_still_ingested_here(tmp_path):
    # The early check asked another database than the one written to: the writer finds no such source and the
    # article is extracted and written after all, not reported as unchanged.
    (path,) = write_articles(tmp_path / "one", [4])
    other = f"sqlite:///{tmp_path / 'other.db'}"
    ingest_paths(get_engine(other), [str(path)], published=date(2024, 10, 9), err=io.StringIO())
    here = get_engine(f"sqlite:///{tmp_path / 'here.db'}")
    summary = ingest_paths(here, [str(path)], published=date(2024, 10, 9), err=io.StringIO(), db_url=other)
    assert (summary.ingested, summary.unchanged) == (1, 0)


def test_a_database_in_a_folder_with_uri_characters(tmp_path):
    # A ? or # in a folder name must neither end the path (SQLAlchemy's URL, sqlite3's file: URI) nor make the
    # read-only checks create a stray file; ingest, the early check, sql and export all find the one database.
    import subprocess
    import sys

    from conftest import ROOT
    from talentdb.extract.text import normalise
    from talentdb.ingest import content_hash
    from talentdb.reader import read_article
    from talentdb.store.db import resolve_url

    folder = tmp_path / "news #2024?"
    folder.mkdir()
    (path,) = write_articles(tmp_path / "one", [5])
    db = str(folder / "talent.db")
    cli = [sys.executable, "-m", "talentdb.cli", "--db", db]
    for args in (["ingest", str(path), "--published", "2024-10-09"], ["ingest", str(path)]):
        assert subprocess.run([*cli, *args], capture_output=True, text=True, cwd=ROOT).returncode == 0
    assert content_hash(normalise(read_article(str(path)).text)) in StoredTexts(resolve_url(db))
    sql = subprocess.run([*cli, "sql", "SELECT COUNT(*) AS n FROM sources", "--format", "csv"], capture_output=True,
                         text=True, cwd=ROOT)
    assert sql.stdout.splitlines() == ["n", "1"]
    out = tmp_path / "events.csv"
    assert subprocess.run([*cli, "export", "--out", str(out), "--jobs", "2"], cwd=ROOT).returncode == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) > 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "news #2024?", "one"]
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["talent.db"]
