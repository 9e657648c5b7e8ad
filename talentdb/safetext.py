"""Untrusted text on the way to a terminal: control characters escaped, names that are not UTF-8 spelled out.

An article's title or a file's name can hold ``ESC ]0;…`` (retitles the terminal window), ``ESC [2J`` (clears the
screen) or a carriage return that overwrites what was printed; shown raw they act on the user's terminal. A file
name that is not valid UTF-8 arrives from the OS with its bad bytes as lone surrogates, which cannot be printed (or
stored) at all. ``shown`` makes both visible and harmless: ``\\x1b``, ``\\r``, ``\\xe9``.
"""
from __future__ import annotations

import re

# C0 controls but tab, DEL, C1 controls, lone surrogates (bytes of a non-UTF-8 name), and the bidirectional
# overrides that make text display in an order other than its own.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    ch = match.group()
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text) -> str:
    """``text`` safe to print on a terminal, one line, every unsafe character escaped."""
    text = str(text)
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def shown_path(path) -> str:
    """A path as the user should read it: a non-UTF-8 byte as \\xNN, control characters escaped."""
    return shown(str(path))
