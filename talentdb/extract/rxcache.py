"""The lexicon's regexes compiled once, not once per process.

Compiling the lexicon's word lists and rule templates was most of a process's start-up (0.2-0.6 s: a word list is one
big trie alternation, and ``re`` parses and assembles each anew in every process and every ``--jobs`` worker).
What ``re.compile`` spends that time on is a list of opcodes for the regex engine; from it ``_sre.compile`` makes the
pattern object in microseconds. So the opcodes of every pattern compiled here are kept in a file
(talentdb.diskcache) named by the Python version, the regex engine's version and the lexicon files' hash, and a
process that finds a pattern there skips the parse. The pattern object is the very one ``re.compile`` makes from
the same opcodes, so extraction finds exactly what it found before (tests/extract/snapshot.py checks it).

If anything about the kept form is off (another engine, a damaged file), ``_sre.compile`` refuses it (it checks
the opcodes) and the pattern is compiled as usual.
"""
from __future__ import annotations

import marshal
import re
import sys

try:  # CPython's own regex compiler; elsewhere every pattern is simply compiled
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None

_state: dict = {"kept": None, "name": None, "new": 0}


def _file_name() -> str:
    from talentdb.provenance import lexicon_fingerprint

    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{lexicon_fingerprint()}"
    return f"rx-{tag}.marshal"


def _kept() -> dict:
    name = _file_name()
    if _state["kept"] is None or _state["name"] != name:  # first use, or another lexicon since (reload)
        from talentdb import diskcache

        data = diskcache.read(name)
        try:
            kept = marshal.loads(data) if data else {}
        except (ValueError, EOFError, TypeError):
            kept = {}
        _state.update(kept=kept if isinstance(kept, dict) else {}, name=name, new=0)
    return _state["kept"]


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the kept opcodes when they are there."""
    if _sre is None:
        return re.compile(pattern, flags)
    kept = _kept()
    key = (pattern, int(flags))
    form = kept.get(key)
    if form is not None:
        try:
            return _sre.compile(pattern, *form)
        except (RuntimeError, TypeError, ValueError):  # not opcodes this engine takes: compile it anew
            pass
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for group_name, i in groupindex.items():
        indexgroup[i] = group_name
    form = (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))
    kept[key] = form
    _state["new"] += 1
    return _sre.compile(pattern, *form)


def preload() -> None:
    """Read the kept file now (before ``--jobs`` workers fork, so each finds it in memory)."""
    if _sre is not None:
        _kept()


def save() -> None:
    """Write the kept opcodes if this process compiled a pattern that was not there (cheap otherwise)."""
    if _sre is None or not _state["new"] or _state["name"] != _file_name():
        return
    from talentdb import diskcache

    _state["new"] = 0
    diskcache.write(_state["name"], marshal.dumps(_state["kept"]))
