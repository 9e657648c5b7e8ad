"""Issue 17, case 2: output files never destroy the database and are complete or not there at all."""
from __future__ import annotations

import os
import shutil
import stat

import pytest

from talentdb.exporting import export_table
from talentdb.ingest import commit
from talentdb.store.db import get_engine

from test_cli import seeded, seeded_db  # noqa: F401 - fixtures
from test_store import seedlike


@pytest.mark.parametrize("command", [["report"], ["export"], ["export", "--format", "json"],
                                     ["export", "--format", "xlsx"]])
@pytest.mark.parametrize("target", ["", "-wal", "-shm"])
def test_writing_over_the_database_or_its_wal_is_refused(seeded, command, target):  # noqa: F811
    shutil.copy(seeded.db, str(seeded.db) + "-shm") if target == "-shm" else None
    before = seeded.db.read_bytes()
    code, _, err = seeded(*command, "--out", str(seeded.db) + target)
    assert code != 0 and "that is the database" in err and err.count("\n") == 1
    assert seeded.db.read_bytes() == before
    code, out, _ = seeded("verify")
    assert code == 0 and "intact" in out


def test_the_database_reached_by_another_spelling_is_refused(seeded, tmp_path):  # noqa: F811
    link = tmp_path / "link.db"
    link.symlink_to(seeded.db)
    code, _, err = seeded("report", "--out", str(link))
    assert code != 0 and "that is the database" in err
    assert seeded("verify")[0] == 0


def test_an_export_that_fails_midway_leaves_the_old_file_and_no_fragment(tmp_path, monkeypatch):
    engine = get_engine(str(tmp_path / "t.db"))
    commit(engine, seedlike())
    out = tmp_path / "events.json"
    out.write_text("the old export\n")
    os.chmod(out, 0o644)

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("json.dump", full_disk)
    monkeypatch.setattr("json.dumps", full_disk)
    with pytest.raises(Exception, match="No space left on device.*unchanged"):
        export_table(engine, "events", "json", str(out))
    assert out.read_text() == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.json", "t.db", "t.db-shm", "t.db-wal"]
    monkeypatch.undo()
    # Written whole, the new file replaces the old one and keeps its permissions.
    assert export_table(engine, "events", "json", str(out)) == 7
    assert out.read_text().startswith("[") and stat.S_IMODE(out.stat().st_mode) == 0o644


def test_report_keeps_the_permissions_a_plain_file_would_have(seeded, tmp_path):  # noqa: F811
    out = tmp_path / "r.html"
    code, _, err = seeded("report", "--out", str(out))
    assert code == 0, err
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
