"""Files talentdb writes for the user (``export --out``, ``report --out``): complete or not there at all.

A file is written to a temporary file beside the target and renamed over it only once complete, so a full disk,
a crash or Ctrl-C leaves the old file as it was (and no fragment). A target that is the database itself, or its
-wal, -shm or -journal file, is refused: ``report --out talentdb.db`` is one typo away from the default path.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from talentdb.errors import UserError

_DATABASE_SIDECARS = ("", "-wal", "-shm", "-journal")


class OutputError(UserError):
    """An output path that cannot or must not be written."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def refuse_database_target(out: str, database_url: str | None) -> None:
    """Refuse ``out`` if it is the SQLite database behind ``database_url`` or one of the files SQLite keeps beside it."""
    from talentdb.store.db import sqlite_path

    path = sqlite_path(database_url) if database_url else None
    if path is None:
        return
    for suffix in _DATABASE_SIDECARS:
        if _same_file(Path(out), Path(path + suffix)):
            raise OutputError(f"{out}: that is the database{' ' + suffix[1:] + ' file' if suffix else ''}; "
                              f"give --out another file name")


def _mode_for(path: str) -> int:
    """The target's own permissions if it exists, else what a plain open() would give under the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def temp_beside(path: str, suffix: str = ".part") -> str:
    """A new empty file in the target's folder (so the final rename never crosses file systems)."""
    if os.path.isdir(path):
        raise OutputError(f"{path}: is a folder; give --out a file name")
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, part = tempfile.mkstemp(prefix=".talentdb-", suffix=suffix, dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write there ({exc.strerror or exc}); choose another folder") from None
    os.close(fd)
    return part


def replace_into(part: str, path: str) -> None:
    """Give ``part`` the target's permissions and rename it over ``path``."""
    os.chmod(part, _mode_for(path))
    os.replace(part, path)


@contextmanager
def atomic_output(path: str, *, encoding: str = "utf-8", newline: str | None = ""):
    """A text file handle whose content becomes ``path`` when the block ends without error."""
    part = temp_beside(path)
    try:
        with open(part, "w", encoding=encoding, newline=newline) as fh:
            yield fh
        replace_into(part, path)
    except OSError as exc:
        _discard(part)
        raise OutputError(f"{path}: could not be written ({exc.strerror or exc}); the old file, if any, is "
                          f"unchanged") from None
    except BaseException:
        _discard(part)
        raise


def _discard(part: str) -> None:
    try:
        os.unlink(part)
    except OSError:
        pass
