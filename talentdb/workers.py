"""Worker processes that never outlive the command, and a Ctrl-C that says what was committed.

- A worker asks Linux to kill it when its parent dies (``prctl(PR_SET_PDEATHSIG)``): after ``kill -9`` of
  ``ingest --jobs N`` the workers would otherwise live on, extracting for no one. Elsewhere (no prctl) a worker
  checks its parent between articles instead.
- A worker ignores SIGINT: Ctrl-C reaches the whole process group, and only the parent should answer it (with one
  line), not N workers with N tracebacks.
- ``process_pool`` cancels what is queued when the block is left by an exception (Ctrl-C), instead of waiting for
  every queued article to be extracted.
"""
from __future__ import annotations

import os
import signal
import sys
from contextlib import contextmanager

from talentdb.errors import TalentDBError

_PR_SET_PDEATHSIG = 1
_parent = {"pid": None}


class Interrupted(TalentDBError):
    """Ctrl-C, with the line saying what was committed: the CLI prints it and exits 130. Not a KeyboardInterrupt,
    which typer turns into a silent exit 130 before the CLI's own handler could print anything."""

    exit_code = 130


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no libc to ask: parent_alive() still checks between articles
        pass


def worker_start(parent_pid: int) -> None:
    """Initializer of every worker process."""
    _parent["pid"] = parent_pid
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
    try:
        # Below the writer: extraction is parallel, the writer is the one serial stage (+15% articles/s measured).
        os.nice(5)
    except (AttributeError, OSError):
        pass


def usable_cores() -> int:
    """The cores this process may run on: its CPU affinity (what taskset, a container's cpuset or a batch scheduler
    leaves it), else the machine's count."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # no sched_getaffinity (not Linux)
        return os.cpu_count() or 1


def capped_jobs(jobs: int) -> int:
    """``--jobs N`` as processes to start: at most one per usable core. A process more than there are cores only
    waits for one and adds switching: ``ingest --jobs 4`` on two cores was slower than ``--jobs 2``."""
    return max(1, min(jobs, usable_cores()))


def parent_alive() -> bool:
    """In a worker: whether the process that started it is still there (always True outside workers)."""
    return _parent["pid"] is None or os.getppid() == _parent["pid"]


@contextmanager
def process_pool(jobs: int):
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=worker_start, initargs=(os.getpid(),))
    try:
        yield pool
    except BaseException:
        # Queued articles are dropped; each worker finishes the few it holds (terminating it instead makes the
        # pool's manager thread fail on the futures just cancelled) and exits.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


@contextmanager
def counted_together():
    """Defer Ctrl-C to the end of the block: an article committed inside it is also counted before the interrupt
    line says how many were committed (else the line could be one short). Main thread only, where Python runs
    signal handlers; elsewhere the block runs as it is."""
    import threading

    if threading.current_thread() is not threading.main_thread() or \
            signal.getsignal(signal.SIGINT) is not signal.default_int_handler:  # ignored, or someone else's handler
        yield
        return
    pressed = []
    previous = signal.signal(signal.SIGINT, lambda *_: pressed.append(True))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt
