"""The lexicon's regexes compiled once and kept (extract.rxcache): a pattern made from the kept opcodes is the
pattern re.compile makes, a later process skips the parse, and a damaged file only costs the time it saved."""
from __future__ import annotations

import re

import pytest

from talentdb.extract import rxcache
from talentdb.extract.lexicon import trie_pattern

WORDS = ["OpenAI", "Open", "研究副總裁", "研究", "head of research", "CEO"]
TEXTS = ["OpenAI hired a CEO; OpenAIs and Opener are no words here.", "任命研究副總裁，研究院", "Head of Research"]
PATTERNS = [(trie_pattern(w.lower() for w in WORDS), re.I), (r"(?P<year>\d{4})年(?:(?P<month>\d{1,2})月)?", 0),
            (trie_pattern(WORDS) + "(?![A-Za-z])", 0)]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """Another process, as far as rxcache can tell: nothing read yet, its own cache folder."""
    monkeypatch.setenv("TALENTDB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_state", {"kept": None, "name": None, "new": 0})
    return tmp_path


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groupdict() for m in a.finditer(text)] == [m.groupdict() for m in b.finditer(text)]


def test_a_pattern_from_the_kept_opcodes_finds_what_re_compile_finds(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    rxcache.save()
    assert list(fresh.iterdir())
    monkeypatch.setattr(rxcache, "_state", {"kept": None, "name": None, "new": 0})  # the next process

    def no_parse(*_a, **_k):
        raise AssertionError("parsed again")

    monkeypatch.setattr(rxcache._parser, "parse", no_parse)
    for pattern, flags in PATTERNS:
        _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    assert rxcache._state["new"] == 0


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", None])
def test_a_damaged_kept_file_costs_only_time(fresh, monkeypatch, damage):
    pattern, flags = PATTERNS[0]
    rxcache.compile(pattern, flags)
    rxcache.save()
    (kept,) = fresh.iterdir()
    if damage is None:  # readable, but opcodes the engine refuses
        import marshal

        forms = marshal.loads(kept.read_bytes())
        forms[(pattern, int(flags))] = (int(flags), [999999, 1, 2], 0, {}, (None,))
        kept.write_bytes(marshal.dumps(forms))
    else:
        kept.write_bytes(damage)
    monkeypatch.setattr(rxcache, "_state", {"kept": None, "name": None, "new": 0})
    _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))


def test_extraction_with_and_without_kept_patterns_is_the_same(fresh, monkeypatch):
    from talentdb.extract import extract
    from talentdb.extract.lexicon_files import reload
    from tests.extract.small_articles import EN, HANS, HANT, PUBLISHED

    texts = [HANT, HANS, EN]
    first = [extract(t, PUBLISHED).events for t in texts]
    assert all(first)
    rxcache.save()
    reload()  # every compiled lexicon dropped: the next build reads the kept opcodes
    monkeypatch.setattr(rxcache, "_state", {"kept": None, "name": None, "new": 0})
    assert [extract(t, PUBLISHED).events for t in texts] == first
