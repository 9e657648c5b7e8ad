"""jieba's dictionary as the segmenter loads it (names.segmenter._read_jiebas_cache) is the one jieba.initialize
loads: the same words and counts from jieba's cache file; without that file the segmenter leaves it to jieba."""
from __future__ import annotations

import tempfile

import pytest

jieba = pytest.importorskip("jieba")

from talentdb.extract.names import segmenter  # noqa: E402


def test_the_cache_read_in_one_piece_is_what_jieba_initialize_reads():
    segmenter._tagger()  # (jieba's cache file exists once any process has initialised jieba)
    ours = jieba.Tokenizer()
    assert segmenter._read_jiebas_cache(type("J", (), {"dt": ours, "DEFAULT_DICT": jieba.DEFAULT_DICT})) is True
    theirs = jieba.Tokenizer()
    theirs.initialize()
    assert ours.initialized and ours.total == theirs.total and ours.FREQ == theirs.FREQ
    assert len(ours.FREQ) > 100_000


def test_without_jiebas_cache_file_jieba_initialize_does_the_work(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    fresh = jieba.Tokenizer()
    assert segmenter._read_jiebas_cache(type("J", (), {"dt": fresh, "DEFAULT_DICT": jieba.DEFAULT_DICT})) is False
    assert not fresh.initialized and not fresh.FREQ
    (tmp_path / "jieba.cache").write_bytes(b"not marshal data")
    assert segmenter._read_jiebas_cache(type("J", (), {"dt": fresh, "DEFAULT_DICT": jieba.DEFAULT_DICT})) is False
