"""The one loader of lexicon files: which TOML files make each group, read once, checked, merged.

A file belongs to the group its name starts with (``SCHEMA`` in :mod:`talentdb.extract.lexicon_schema` lists them):
``triggers.zh.toml`` and ``triggers.en.toml`` both feed ``triggers``, ``dates.zh.local.toml`` feeds ``dates.zh``. A
group is ``group.toml``, then ``group.*.toml`` (built in, ``talentdb/lexicon``), then the files of
``$TALENTDB_LEXICON_DIR`` that belong to it, by name, merged in that order: tables merge, lists extend, a single
value is replaced.

Every file is checked against its group's schema before it is merged. A file that is not TOML, a key the schema does
not know, a value of the wrong type, a file in the overlay folder that belongs to no group: each raises
``LexiconError`` with one line naming the file, the line where it can tell, and what is wrong. Nothing is skipped
silently, since a skipped file only shows as events that are quietly missing.

The files' bytes are read once per process and overlay setting (``reload`` reads them again); ``lexicon_fingerprint`` hashes exactly
those bytes, so whatever is compiled from the groups can be cached under it.
"""
from __future__ import annotations

import os
import re
import sys
import tomllib
from functools import lru_cache
from pathlib import Path

from talentdb.errors import LexiconError
from talentdb.extract.lexicon_schema import SCHEMA, Problem

BUILT_IN = Path(__file__).resolve().parent.parent / "lexicon"
OVERLAY_ENV = "TALENTDB_LEXICON_DIR"
GROUPS = tuple(SCHEMA)


class LexiconFile:
    """One file in use: its group, where it is, its bytes as read (what is parsed, what the fingerprint covers)."""

    __slots__ = ("group", "path", "data", "overlay")

    def __init__(self, group: str, path: Path, data: bytes, overlay: bool = False):
        self.group, self.path, self.data, self.overlay = group, path, data, overlay

    def __repr__(self) -> str:
        return f"LexiconFile({self.group!r}, {str(self.path)!r})"


def _refused(message: str) -> LexiconError:
    """The error, as one line a terminal shows as written: a control character in a key, a value or a file name
    (``\x1b``, a line break) is spelt out, never sent."""
    return LexiconError("".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in message))


def group_of(file_name: str) -> str | None:
    """The group a file named ``file_name`` belongs to (the longest group its name starts with), or None."""
    if not file_name.endswith(".toml"):
        return None
    parts = file_name[:-len(".toml")].split(".")
    for n in range(len(parts), 0, -1):
        group = ".".join(parts[:n])
        if group in SCHEMA:
            return group
    return None


def lexicon_files() -> tuple[LexiconFile, ...]:
    """Every lexicon file in use, read: by group, ``group.toml`` first, then the group's other built-in files, then
    the overlay's, each by name. (Read once per value of ``$TALENTDB_LEXICON_DIR``.)"""
    return _files_with(os.environ.get(OVERLAY_ENV, "").strip())


@lru_cache(maxsize=4)
def _files_with(overlay_setting: str) -> tuple[LexiconFile, ...]:
    overlay = _overlay_dir(overlay_setting)
    files = []
    for folder in (BUILT_IN, overlay) if overlay is not None else (BUILT_IN,):
        for path in folder.glob("*.toml"):
            group = group_of(path.name)
            if group is None:
                raise _refused(f"{path}: {_no_group(path.name)}")
            files.append(_read(path, group, overlay=folder is overlay))
    order = {g: i for i, g in enumerate(GROUPS)}
    files.sort(key=lambda f: (order[f.group], f.overlay, f.path.name != f"{f.group}.toml", f.path.name))
    return tuple(files)


def _overlay_dir(value: str) -> Path | None:
    if not value:
        return None
    folder = Path(value).expanduser()
    if not folder.is_dir():
        raise _refused(f"{OVERLAY_ENV}={value} is not a folder: point it at a folder of lexicon *.toml files, "
                           f"or unset it")
    return folder


def _no_group(file_name: str) -> str:
    import difflib

    stem = file_name[:-len(".toml")] if file_name.endswith(".toml") else file_name
    close = difflib.get_close_matches(stem.split(".")[0], GROUPS, n=2, cutoff=0.6) or \
        [g for g in GROUPS if g.startswith(stem.split(".")[0] + ".")]
    hint = f"did you mean {' or '.join(f'{g}.*.toml' for g in close)}?" if close else \
        f"a lexicon file's name starts with its group ({', '.join(GROUPS)})"
    return f"belongs to no lexicon group: {hint}"


def _read(path: Path, group: str, overlay: bool = False) -> LexiconFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refused(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return LexiconFile(group, path, data, overlay)


@lru_cache(maxsize=None)
def _checked(file: LexiconFile) -> dict:  # (keyed by the object: one per file and reading)
    """One file parsed and checked against its group's schema (kept: a group is merged afresh from these)."""
    try:
        text = file.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refused(f"{file.path}: not UTF-8 text (byte {exc.start}): save it as UTF-8") from None
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _refused(_decode_error(file.path, str(exc), text)) from None
    try:
        SCHEMA[file.group].check(parsed, ())
    except Problem as problem:
        line = line_of(text, problem.at)
        where = f"{file.path} line {line}" if line else str(file.path)
        raise _refused(f"{where}: {problem.message}") from None
    return parsed


def _decode_error(path: Path, message: str, text: str) -> str:
    """tomllib's "Invalid value (at line 3, column 7)" as "…/x.toml line 3: not valid TOML: invalid value (column 7)"
    ("at end of document": the last line)."""
    m = re.search(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$", message)
    if m is None:
        return f"{path}: not valid TOML: {message}"
    what = message[:m.start()]
    what = what[:1].lower() + what[1:]
    if m.group(1) is None:
        return f"{path} line {max(1, len(text.splitlines()))}: not valid TOML: {what} (at the end of the file)"
    return f"{path} line {m.group(1)}: not valid TOML: {what} (column {m.group(2)})"


def load_group(group: str) -> dict:
    """One lexicon group, its files merged in order (a new dict each call: the caller may keep or change it)."""
    if group not in SCHEMA:
        raise KeyError(f"no lexicon group {group!r} (groups: {', '.join(GROUPS)})")
    merged: dict = {}
    for file in lexicon_files():
        if file.group == group:
            _merge(merged, _checked(file))
    return merged


def _merge(into: dict, new: dict) -> None:
    """Tables merge, lists extend, anything else is replaced; nothing of ``new`` is shared with ``into``."""
    for k, v in new.items():
        if isinstance(v, dict):
            if not isinstance(into.get(k), dict):
                into[k] = {}
            _merge(into[k], v)
        elif isinstance(v, list):
            copied = [_copied(x) if isinstance(x, dict) else x for x in v]
            into[k] = into[k] + copied if isinstance(into.get(k), list) else copied
        else:
            into[k] = v


def _copied(table: dict) -> dict:
    out: dict = {}
    _merge(out, table)
    return out


def check_lexicon() -> str:
    """Load and check every group (a broken file raises LexiconError now, before any article is read); returns the
    fingerprint of the files in use."""
    for group in GROUPS:
        load_group(group)
    return lexicon_fingerprint()


def lexicon_fingerprint() -> str:
    """A hash of every lexicon file in use (built in and overlay, every group), its group, name and bytes: the same
    files give the same hash in any folder and any process. (The extractor's provenance; a key for compiled forms.)"""
    import hashlib

    h = hashlib.sha256()
    for f in lexicon_files():
        for part in (f.group.encode(), f.path.name.encode(), f.data):
            h.update(len(part).to_bytes(8, "big"))
            h.update(part)
    return h.hexdigest()


def reload() -> None:
    """Read the lexicon files again (after ``$TALENTDB_LEXICON_DIR`` or a file changed): every cache in
    ``talentdb.extract`` is a function of them, so every one is cleared (they are all ``functools.lru_cache``
    functions at module level)."""
    for name, module in list(sys.modules.items()):
        if name == "talentdb.extract" or name.startswith("talentdb.extract."):
            for obj in list(vars(module).values()):
                clear = getattr(obj, "cache_clear", None)
                if callable(clear) and hasattr(obj, "cache_info"):
                    clear()


# -------------------------------------------------------------------------------- where a key is in a TOML file
# (only read to word an error: the regex module's own cache keeps them compiled)
_HEADER = r"\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$"
_KEY_PART = r"\s*(\"(?:[^\"\\]|\\.)*\"|'[^']*'|[A-Za-z0-9_-]+)\s*(\.|=)?"


def line_of(text: str, at: tuple) -> int | None:
    """The line (1-based) where the key path ``at`` is written in ``text``: the line of the longest part of it that
    is found (a list position counts ``[[blocks]]`` headers). Best effort; None when nothing matches."""
    best, best_len = None, 0
    table: tuple = ()
    blocks: dict = {}
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(_HEADER, line)
        if header:
            table = tuple(_key_parts(header.group(2)) or ())
            if header.group(1) == "[[":
                blocks[table] = blocks.get(table, -1) + 1
                table = (*table, blocks[table])
            path = table
        else:
            keys = _line_key(line)
            if keys is None:
                continue
            path = (*table, *keys)
        common = _common_prefix(path, at)
        if common > best_len:
            best, best_len = number, common
    return best if best_len else None


def _line_key(line: str) -> tuple | None:
    """The dotted key of a ``key = value`` line, or None."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return None
    parts, pos = [], 0
    while True:
        m = re.compile(_KEY_PART).match(line, pos)
        if m is None:
            return None
        parts.append(_unquote(m.group(1)))
        pos = m.end()
        if m.group(2) == "=":
            return tuple(parts)
        if m.group(2) != ".":
            return None


def _key_parts(dotted: str) -> list | None:
    parts = _line_key(dotted + " =")
    return list(parts) if parts else None


def _unquote(token: str) -> str:
    if token[:1] in "\"'":
        try:
            return tomllib.loads(f"k = {token}")["k"]
        except tomllib.TOMLDecodeError:
            return token[1:-1]
    return token


def _common_prefix(path: tuple, at: tuple) -> int:
    n = 0
    for a, b in zip(path, at):
        if a != b:
            break
        n += 1
    return n if n == len(path) else 0  # only a path that leads to ``at`` (not one that turns off it) counts
