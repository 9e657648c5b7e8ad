"""jieba's dictionary as the segmenter loads it (names.segmenter._read_jiebas_cache) is the one jieba.initialize
loads: the same words and counts from jieba's cache file; without that file the segmenter leaves it to jieba. And
``ingest --jobs`` loads it before forking its workers only when --lang leaves room for a Simplified article."""
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


def test_ingest_jobs_loads_jieba_before_forking_only_when_an_article_may_need_it(monkeypatch):
    from talentdb import bulk

    loaded = []
    monkeypatch.setattr(segmenter, "_tagger", lambda: loaded.append(True))
    for lang in ("en", "zh-Hant"):  # --lang says no article is Simplified Chinese: jieba never reads one
        bulk._compile_before_fork(lang)
    assert loaded == []
    for lang in ("auto", "zh-Hans"):
        bulk._compile_before_fork(lang)
    assert loaded == [True, True]
