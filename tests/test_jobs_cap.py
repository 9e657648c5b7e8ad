"""--jobs N starts at most one process per core this process may run on (os.sched_getaffinity): on two cores
``ingest --jobs 4`` asks for two extracting processes and ``export --jobs 8`` writes in two, on one core neither
starts any. (Issue 18: --jobs 4 was slower than --jobs 2 on two cores.)"""
from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import date

import pytest

import talentdb.bulk as bulk
import talentdb.exporting as exporting
from talentdb import workers
from talentdb.bulk import ingest_paths
from talentdb.exporting import export_table
from talentdb.store.db import get_engine

from conftest import ROOT

ARTICLES = sorted((ROOT / "tests" / "corpus").glob("*.en.txt"))[:3]


def _cores(monkeypatch, n: int) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(n)), raising=False)


@pytest.fixture
def pools(monkeypatch):
    """The worker counts ingest asks process_pool for; the pool itself extracts in this process (what is measured
    here is how many processes it is asked to start)."""
    asked = []

    @contextmanager
    def recording(jobs):
        asked.append(jobs)

        class InProcess:
            @staticmethod
            def map(fn, *iterables, chunksize=1):
                return map(fn, *iterables)

        yield InProcess()

    monkeypatch.setattr(workers, "process_pool", recording)
    monkeypatch.setattr(bulk, "_compile_before_fork", lambda lang: None)
    return asked


@pytest.mark.parametrize("cores, jobs, started", [(2, 4, [2]), (4, 2, [2]), (3, 64, [3]), (1, 4, [])])
def test_ingest_starts_at_most_one_worker_per_usable_core(tmp_path, monkeypatch, pools, cores, jobs, started):
    _cores(monkeypatch, cores)
    engine = get_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    summary = ingest_paths(engine, [str(p) for p in ARTICLES], published=date(2025, 6, 30), jobs=jobs, quiet=True)
    assert pools == started
    assert summary.ingested == len(ARTICLES) and not summary.failed


def test_usable_cores_is_the_affinity_not_the_machine(monkeypatch):
    _cores(monkeypatch, 3)
    assert workers.usable_cores() == 3
    assert [workers.capped_jobs(n) for n in (1, 2, 3, 8)] == [1, 2, 3, 3]


@pytest.mark.parametrize("cores, jobs, parts", [(2, 8, [2]), (1, 2, [])])
def test_export_writes_in_at_most_one_process_per_usable_core(tmp_path, monkeypatch, cores, jobs, parts):
    engine = get_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    ingest_paths(engine, [str(p) for p in ARTICLES], published=date(2025, 6, 30), quiet=True)
    _cores(monkeypatch, cores)
    asked = []
    real = exporting._parallel_sqlite_csv

    def recording(path, columns, fh, **kw):
        asked.append(kw["jobs"])
        return real(path, columns, fh, **kw)

    monkeypatch.setattr(exporting, "_parallel_sqlite_csv", recording)
    one = export_table(engine, "events", "csv", str(tmp_path / "one.csv"))
    assert export_table(engine, "events", "csv", str(tmp_path / "n.csv"), jobs=jobs) == one > 0
    assert (tmp_path / "n.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert asked == parts
