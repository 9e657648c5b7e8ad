"""Running the CLI on a (pseudo) terminal of a given width, to see what a person at a terminal sees.

    >>> from terminal import on_terminal, shown, width
    >>> out, err = on_terminal(["timeline", "Ilya Sutskever"], db=path, columns=80)   # stdout is the terminal
    >>> out, err = on_terminal(["rebuild"], db=path, terminal="stderr")               # stderr is the terminal
"""
from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
import unicodedata

from conftest import ROOT

_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]")


def on_terminal(args, *, db=None, columns: int = 80, terminal: str = "stdout", env: dict | None = None,
                cwd=ROOT, timeout: int = 120) -> tuple[str, str]:
    """(what the terminal showed, what went to the pipe): ``terminal`` says which stream is the terminal."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    full_env = dict(os.environ, COLUMNS=str(columns), LINES="40", TERM="xterm-256color", **(env or {}))
    full_env.pop("NO_COLOR", None)
    if db is not None:
        full_env["TALENTDB_DB"] = str(db)
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    streams[terminal] = slave
    proc = subprocess.Popen([sys.executable, "-m", "talentdb.cli", *args], stdin=subprocess.DEVNULL, env=full_env,
                            cwd=str(cwd), **streams)
    os.close(slave)
    seen = bytearray()

    def read():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    piped = proc.communicate(timeout=timeout)[0 if terminal == "stderr" else 1]
    reader.join(timeout)
    os.close(master)
    return seen.decode("utf-8", "replace"), piped.decode("utf-8", "replace")


def shown(text: str) -> list[str]:
    """The lines as a person reads them: escape sequences and carriage returns gone."""
    text = _ESCAPES.sub("", text).replace("\r\n", "\n")
    return [line.split("\r")[-1].rstrip() for line in text.split("\n")]


def width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
