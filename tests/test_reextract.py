"""A better extractor reaches an existing database: `reextract` adds what it finds now, retracts what it no longer
finds, amends what it reads differently, and never overrides a person's decision; the past stays queryable.

The "better extractor" is a lexicon overlay ($TALENTDB_LEXICON_DIR): a new trigger word, a rumour cue and a job
title. Runs on SQLite and PostgreSQL (conftest.db_url). The article is made up for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from talentdb.ingest import commit, prepare
from talentdb.reader import read_bytes
from talentdb.store import corrections
from talentdb.store.checks import CorrectionError
from talentdb.store.db import read_transaction, write_transaction
from talentdb.store.history import history
from talentdb.store.log import verify
from talentdb.store.projector import rebuild
from talentdb.store.queries import query
from talentdb.store.reextract import reextract

from test_store import read, snapshot

NOTE = """Zorblax Dynamics chief technology officer Wang Jianguo left the company last week, Zorblax said on Monday.
Word around the office is that Zorblax chief financial officer Lena Ortiz resigned in September.
Word around the office is that Quillon Robotics hired Maya Chen as chief operating officer in August.
Quillon Robotics raised $40 million in a Series B round led by Northgate Ventures last month.
Zorblax head of research Ivo Brandt packed it in on Friday after eight years.
Quillon Robotics growth chief Dana Fox resigned on Tuesday.
Zorblax Dynamics growth chief Omar Haddad stepped down in July.
"""
OVERLAY = {
    "triggers.local.toml": '[[departure]]\nwords = ["packed it in"]\n',
    "negations.local.toml": '[rumours]\nwords = ["word around the office"]\n',
    "roles.local.toml": '[titles]\n"Head of Growth" = ["growth chief"]\n',
}


@pytest.fixture
def better_extractor(tmp_path, monkeypatch):
    """Switch the extractor to the built-in lexicons plus OVERLAY (as a user's TALENTDB_LEXICON_DIR does)."""
    from talentdb.extract import lexicon as lx, validate

    folder = tmp_path / "my-lexicon"
    folder.mkdir()
    for name, content in OVERLAY.items():
        (folder / name).write_text(content, encoding="utf-8")

    def switch():
        monkeypatch.setenv("TALENTDB_LEXICON_DIR", str(folder))
        lx.lexicon.cache_clear()
        validate.rules.cache_clear()

    yield switch
    monkeypatch.delenv("TALENTDB_LEXICON_DIR", raising=False)
    lx.lexicon.cache_clear()
    validate.rules.cache_clear()


def ingest_note(engine, body: str = NOTE, name: str = "note.txt"):
    article = read_bytes(body.encode("utf-8"), name, "txt")
    return commit(engine, prepare(article, published=date(2024, 10, 9), lang="en"))


def by_person(engine, **kw) -> dict:
    return {e["person"] or e["type"]: e for e in read(engine, query, **kw)}


def last_seq(engine) -> int:
    with read_transaction(engine) as conn:
        return conn.execute(text("SELECT MAX(seq) FROM event_log")).scalar()


def test_reextract_adds_retracts_amends_and_leaves_a_persons_decisions_alone(engine, better_extractor):
    ingest_note(engine)
    before = by_person(engine)
    assert "Ivo Brandt" not in before and before["Omar Haddad"]["role"] is None
    corrections.confirm(engine, [before["Maya Chen"]["id"]])              # checked: she was hired, rumour or not
    corrections.amend(engine, before["Dana Fox"]["id"], {"date": "2024-10-07"}, "the filing says Monday")
    old_state, old_extractor = last_seq(engine), before["Wang Jianguo"]["extractor"]

    better_extractor()
    report = reextract(engine)
    now = by_person(engine)
    actions = {(c.action, c.person) for c in report.changes}
    assert {("added", "Ivo Brandt"), ("removed", "Lena Ortiz"), ("changed", "Omar Haddad"),
            ("skipped", "Maya Chen"), ("skipped", "Dana Fox")} == actions
    # found now: asserted, saying by which extractor
    assert now["Ivo Brandt"]["role"] == "Head of Research" and now["Ivo Brandt"]["extractor"] != old_extractor
    # no longer found: retracted with reason reextract, still visible with --all
    assert "Lena Ortiz" not in now
    assert read(engine, history, before["Lena Ortiz"]["id"])[-1]["reason"] == "reextract"
    # read differently: amended
    assert now["Omar Haddad"]["role"] == "Head of Growth"
    # a person's decisions: untouched, though the extractor now disagrees with both
    assert now["Maya Chen"] == {**before["Maya Chen"], "confirmed": True}
    assert (now["Dana Fox"]["date"], now["Dana Fox"]["role"]) == ("2024-10-07", None)
    # the past: as the log stood before the re-extraction
    then = by_person(engine, known_at=old_state)
    assert "Lena Ortiz" in then and "Ivo Brandt" not in then and then["Omar Haddad"]["role"] is None

    size = last_seq(engine)
    again = reextract(engine)
    assert again.seqs == [] and last_seq(engine) == size
    assert {c.action for c in again.changes} == {"skipped"}  # it says so again, and writes nothing

    live = snapshot(engine)
    with write_transaction(engine) as conn:
        rebuild(conn)
    assert snapshot(engine) == live
    assert read(engine, verify).ok


def test_a_dry_run_shows_the_difference_and_writes_nothing(engine, better_extractor):
    ingest_note(engine)
    better_extractor()
    size, live = last_seq(engine), snapshot(engine)
    dry = reextract(engine, [1], dry_run=True)
    assert last_seq(engine) == size and snapshot(engine) == live
    real = reextract(engine, [1])
    assert [c.as_dict() for c in dry.changes] == [c.as_dict() for c in real.changes]
    assert {c.action for c in real.changes} == {"added", "removed", "changed"}


def test_an_event_found_again_in_another_article_is_corroborated_not_duplicated(engine, better_extractor):
    ingest_note(engine)
    ingest_note(engine, "Zorblax Dynamics head of research Ivo Brandt left on Friday.\n", "brief.txt")
    better_extractor()
    report = reextract(engine, [1])
    assert [(c.action, c.person) for c in report.changes if c.person == "Ivo Brandt"] == [("corroborated",
                                                                                            "Ivo Brandt")]
    [ivo] = read(engine, query, person="Ivo Brandt")
    assert [s["what"] for s in read(engine, history, ivo["id"])] == ["asserted", "corroborated"]


def test_an_event_no_longer_found_stays_when_another_article_reports_it(engine, better_extractor):
    ingest_note(engine)
    ingest_note(engine, "Zorblax Dynamics chief financial officer Lena Ortiz resigned in September.\n", "memo.txt")
    better_extractor()
    report = reextract(engine, [1])
    [lena] = [c for c in report.changes if c.person == "Lena Ortiz"]
    assert lena.action == "kept" and "source 2" in lena.detail
    assert "Lena Ortiz" in by_person(engine)


def test_retracted_sources_are_left_alone_and_unknown_ones_refused(engine, better_extractor):
    ingest_note(engine)
    corrections.retract_source(engine, 1, "not news after all")
    better_extractor()
    report = reextract(engine)
    assert report.changes == [] and report.notes == ["source 1 is retracted: not re-extracted"]
    with pytest.raises(CorrectionError, match="no source with id 7"):
        reextract(engine, [7])
