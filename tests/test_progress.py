"""Long commands show a progress bar on a terminal, and nothing of it when piped or with --quiet (issue 16 item 6)."""
from __future__ import annotations

import shutil

import pytest

from conftest import ROOT, SEED
from terminal import on_terminal
from test_cli import seeded_db  # noqa: F401 - fixture

GOLD = str(ROOT / "seeds" / "openai-talent-exodus.gold.json")


def commands(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b.txt").write_text("今天台北天氣晴朗。\n明天可能下雨。\n", encoding="utf-8")
    return {
        "ingest": ["ingest", str(folder), "--published", "2024-10-09"],
        "rebuild": ["rebuild"],
        "verify": ["verify"],
        "report": ["report", "--out", str(tmp_path / "report.html")],
        "eval": ["eval", GOLD],
        "export": ["export", "--out", str(tmp_path / "events.csv")],
        "reextract": ["reextract", "--all"],
    }


BAR = "━"  # what a drawn bar is made of


@pytest.fixture
def db(tmp_path, seeded_db):  # noqa: F811
    path = tmp_path / "t.db"
    shutil.copy(seeded_db, path)
    return path


@pytest.mark.parametrize("name", ["ingest", "rebuild", "verify", "report", "eval", "export", "reextract"])
def test_a_long_command_draws_a_progress_bar_on_a_terminal(tmp_path, db, name):
    on_tty, _ = on_terminal(commands(tmp_path)[name], db=db, terminal="stderr")
    assert BAR in on_tty, on_tty


# Whether a bar is drawn is decided in one place (talentdb.progress.wanted): a few commands stand for all.
@pytest.mark.parametrize("name", ["ingest", "rebuild", "reextract"])
def test_no_bar_when_stderr_is_piped_or_with_quiet(tmp_path, db, name):
    args = commands(tmp_path)[name]
    quiet, _ = on_terminal([*args, "--quiet"], db=db, terminal="stderr")
    assert BAR not in quiet
    _, piped = on_terminal(args, db=db, terminal="stdout")
    assert BAR not in piped and "\x1b[" not in piped
