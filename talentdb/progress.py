"""A progress bar on stderr for commands that can run for more than a second (ingest, rebuild, verify, report,
eval, export, reextract); nothing at all when stderr is not a terminal or the user said --quiet.

    from talentdb.progress import progress

    with progress("rebuilding", total=entries, quiet=quiet) as bar:
        for entry in entries:
            ...
            bar.advance()              # or bar.advance(500, note="12 events")

``bar.shown`` says whether anything is drawn, so a caller can skip work done only for the bar (counting a total).
rich is imported only when a bar is drawn.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager


class Silent:
    """The bar when none is drawn: every call does nothing."""

    shown = False

    def advance(self, n: int = 1, note: str | None = None) -> None:
        pass

    def total(self, n: int | None) -> None:
        pass


class Bar:
    shown = True

    def __init__(self, progress, task):
        self._progress, self._task = progress, task

    def advance(self, n: int = 1, note: str | None = None) -> None:
        if note is None:
            self._progress.update(self._task, advance=n)
        else:
            self._progress.update(self._task, advance=n, note=note)

    def total(self, n: int | None) -> None:
        self._progress.update(self._task, total=n)


def wanted(quiet: bool = False, stream=None) -> bool:
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


@contextmanager
def progress(label: str, total: int | None = None, *, quiet: bool = False, stream=None):
    """A bar labelled ``label`` counting to ``total`` (None: not known yet), erased when the work is done."""
    stream = stream or sys.stderr
    if not wanted(quiet, stream):
        yield Silent()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    drawing = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[note]}"),
                       TimeRemainingColumn(), transient=True,
                       console=Console(file=stream, no_color=bool(os.environ.get("NO_COLOR"))))
    task = drawing.add_task(label, total=total, note="")
    with drawing:
        yield Bar(drawing, task)
