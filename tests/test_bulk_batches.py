"""Bulk ingest writes whole articles a batch per transaction: the result is the same as one article at a time,
and a batch that fails leaves nothing of itself behind."""
from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import text

from articles import write_articles
from talentdb import bulk, ingest
from talentdb.store.db import get_engine
from talentdb.store.log import verify


def _ingest(url, folder, batch, monkeypatch, **kw):
    monkeypatch.setattr(bulk, "BATCH_ARTICLES", batch)
    engine = get_engine(url)
    err = io.StringIO()
    summary = bulk.ingest_paths(engine, [str(folder)], published=date(2024, 10, 9), err=err, **kw)
    return engine, summary


def _contents(engine):
    with engine.connect() as c:
        events = c.execute(text("SELECT * FROM events ORDER BY id")).all()
        sources = c.execute(text("SELECT id, sha256, title FROM sources ORDER BY id")).all()
        log = c.execute(text("SELECT seq, kind, payload FROM event_log ORDER BY seq")).all()
        aliases = c.execute(text("SELECT entity_kind, entity_id, alias, key FROM aliases ORDER BY 1, 2, 3")).all()
        assert verify(c).ok
    return events, sources, log, aliases


def test_batches_give_what_one_article_at_a_time_gives(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    paths = write_articles(folder, range(11))
    # The same text twice, so a copy falls inside the batch that writes the original.
    (folder / "copy-of-first.txt").write_text(paths[0].read_text("utf-8"), "utf-8")
    one_by_one, s1 = _ingest(f"sqlite:///{tmp_path / 'one.db'}", folder, 1, monkeypatch)
    batched, s7 = _ingest(f"sqlite:///{tmp_path / 'batched.db'}", folder, 7, monkeypatch)
    assert (s7.ingested, s7.unchanged, s7.new_events) == (s1.ingested, s1.unchanged, s1.new_events) == (11, 1, s1.new_events)
    assert s1.new_events > 11
    assert _contents(batched) == _contents(one_by_one)


def test_a_batch_that_fails_to_write_leaves_nothing_of_itself(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    write_articles(folder, range(8))
    real_write, written = ingest._write, []

    def failing_write(conn, log, prep):
        if len(written) == 4:  # the second article of the second batch of three
            raise RuntimeError("disk full")
        written.append(prep.sha256)
        return real_write(conn, log, prep)

    monkeypatch.setattr(ingest, "_write", failing_write)
    url = f"sqlite:///{tmp_path / 'partial.db'}"
    with pytest.raises(RuntimeError):
        _ingest(url, folder, 3, monkeypatch)
    engine = get_engine(url)
    with engine.connect() as c:
        stored = [r[0] for r in c.execute(text("SELECT sha256 FROM sources ORDER BY id"))]
        # The first batch landed whole; of the second, not even the article written before the failure.
        assert stored == written[:3]
        assert c.execute(text("SELECT COUNT(DISTINCT source_id) FROM events")).scalar() == 3
        assert verify(c).ok
    monkeypatch.setattr(ingest, "_write", real_write)
    _, again = _ingest(url, folder, 3, monkeypatch)
    assert (again.ingested, again.unchanged, again.failed) == (5, 3, 0)
