"""Issue 17, cases 8 and 11: batches that name what they could not read, never hang, never leave workers behind,
say what a Ctrl-C kept; untrusted text reaches the terminal escaped."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from talentdb.bulk import ingest_paths
from talentdb.store.db import get_engine

from conftest import ROOT
from terminal import on_terminal

CORPUS = ROOT / "tests" / "corpus"


def _many_articles(folder: Path, copies: int) -> Path:
    """Distinct articles (each text differs) enough to keep ingest busy for a while."""
    folder.mkdir()
    texts = sorted(CORPUS.glob("*.txt"))
    for i in range(copies):
        for src in texts:
            (folder / f"{src.stem}-{i}.txt").write_text(src.read_text(encoding="utf-8") + f"\n版本 {i}\n",
                                                         encoding="utf-8")
    return folder


def _run(args, db, **kw):
    env = dict(os.environ, TALENTDB_DB=str(db))
    return subprocess.run([sys.executable, "-m", "talentdb.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=kw.pop("timeout", 120), **kw)


def test_a_file_name_that_is_not_utf8_is_ingested_and_named(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ok.txt").write_text("Acme Robotics said Jane Doe joined as chief executive officer.\n")
    bad = os.path.join(os.fsencode(folder), b"caf\xe9-news.txt")
    with open(bad, "wb") as fh:
        fh.write(b"Beta Labs raised $5 million in a seed round led by Sequoia.\n")
    proc = _run(["ingest", str(folder), "--published", "2024-05-01"], tmp_path / "t.db")
    assert proc.returncode == 0, proc.stderr
    assert "ingested 2 articles" in proc.stderr and "Traceback" not in proc.stderr
    proc = _run(["sources", "--format", "csv"], tmp_path / "t.db")
    assert "caf\\xe9-news.txt" in proc.stdout


def test_a_fifo_named_like_an_article_is_skipped_and_named_not_waited_for(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ok.txt").write_text("Acme Robotics said Jane Doe joined as chief executive officer.\n")
    os.mkfifo(folder / "pipe.txt")
    proc = _run(["ingest", str(folder), "--published", "2024-05-01"], tmp_path / "t.db", timeout=60)
    assert proc.returncode == 1
    assert "pipe.txt: is not a regular file" in proc.stderr and "1 failed" in proc.stderr
    assert "ingested 1 article" in proc.stderr


def test_an_unreadable_subfolder_is_reported_and_counted(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    (folder / "locked").mkdir(parents=True)
    (folder / "ok.txt").write_text("Acme Robotics said Jane Doe joined as chief executive officer.\n")
    (folder / "locked" / "hidden.txt").write_text("Beta Labs raised $5 million from Sequoia.\n")
    real_scandir = os.scandir

    def scandir(path="."):  # as for a folder with mode 000 when not root (the tests may run as root)
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    lines = []

    class Err:
        def write(self, s):
            lines.append(s)

        def flush(self):
            pass

    summary = ingest_paths(get_engine(str(tmp_path / "t.db")), [str(folder)], quiet=True, err=Err())
    assert summary.ingested == 1 and summary.failed == 1
    assert any("locked: cannot read the folder (Permission denied)" in f for f in summary.failures)


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2 if hasattr(os, "sched_getaffinity") else False,
                    reason="--jobs 2 starts one worker per usable core: this process may run on one")
def test_workers_exit_when_ingest_jobs_is_killed(tmp_path):
    folder = _many_articles(tmp_path / "news", 12)
    env = dict(os.environ, TALENTDB_DB=str(tmp_path / "t.db"))
    proc = subprocess.Popen([sys.executable, "-m", "talentdb.cli", "ingest", str(folder), "--jobs", "2", "-q",
                             "--published", "2024-05-01"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    workers: list[int] = []
    deadline = time.time() + 60
    while len(workers) < 2 and time.time() < deadline:
        time.sleep(0.2)
        workers = _children(proc.pid)
    assert len(workers) == 2, "ingest --jobs 2 did not start its workers"
    time.sleep(1)
    proc.kill()
    proc.wait()
    deadline = time.time() + 15
    while any(_alive(w) for w in workers) and time.time() < deadline:
        time.sleep(0.2)
    left = [w for w in workers if _alive(w)]
    for w in left:  # do not leave them to the next test
        os.kill(w, signal.SIGKILL)
    assert not left, "the workers outlived the killed ingest"


def _ctrl_c_answered() -> None:
    """Ctrl-C as at a terminal: a test run started in the background by a shell without job control ignores SIGINT,
    and its children would inherit that (Python then never raises KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_says_what_was_committed_and_exits_130(tmp_path, jobs):
    folder = _many_articles(tmp_path / "news", 12)
    env = dict(os.environ, TALENTDB_DB=str(tmp_path / "t.db"))
    proc = subprocess.Popen([sys.executable, "-m", "talentdb.cli", "ingest", str(folder), "--jobs", jobs, "-q",
                             "--published", "2024-05-01"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_ctrl_c_answered)
    db = tmp_path / "t.db"

    def written() -> int:  # (commits land in the WAL first: the database file grows only at a checkpoint)
        return sum(p.stat().st_size for p in (db, tmp_path / "t.db-wal") if p.exists())

    deadline = time.time() + 60
    while time.time() < deadline and written() < 200_000 and proc.poll() is None:
        time.sleep(0.05)  # until some articles are committed
    assert proc.poll() is None, "ingest ended before Ctrl-C could interrupt it"
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C at a terminal does: the whole foreground group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("talentdb: interrupted: ") and "articles committed" in lines[0]
    committed = int(lines[0].split("interrupted: ")[1].split()[0])
    proc = _run(["sql", "SELECT COUNT(*) AS n FROM sources", "--format", "csv"], db)
    assert int(proc.stdout.splitlines()[-1]) == committed


def test_titles_and_file_names_reach_the_terminal_escaped(tmp_path):
    db = tmp_path / "t.db"
    article = tmp_path / "evil\x1b[2J.txt"
    body = "Evil Corp raised $5 million in a seed round led by Sequoia, the company said on Monday. " * 20
    article.write_text(f"Evil\x1b]0;pwned\x07 Corp\x1b[2J raises money\n\n{body}\n")
    proc = _run(["ingest", str(article), "--published", "2024-05-01"], db)
    assert "\x1b" not in proc.stderr
    for args in (["sources"], ["query"]):
        seen, _ = on_terminal(args, db=db, columns=200)
        assert "\x1b]0;" not in seen and "\x1b[2J" not in seen and "\x07" not in seen
        assert "\\x1b" in seen or args != ["sources"]  # the title, escaped (query's table has no title column)
    missing = tmp_path / "gone\x1b]0;x\x07.txt"
    proc = _run(["ingest", str(missing)], db)
    assert proc.returncode == 1 and "\x1b" not in proc.stderr and "gone\\x1b]0;x\\x07.txt" in proc.stderr
