"""names.viterbi decodes what jieba's own Viterbi decoder decodes, bit for bit: on what the tagger asks of it on the
corpus's Simplified Chinese articles and on random text (characters in no table of jieba's among it), with the
tagger's whole output compared as well."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

jieba_posseg = pytest.importorskip("jieba.posseg")

from talentdb.extract.names import viterbi  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _tables():
    p = jieba_posseg
    return p.char_state_tab_P, p.start_P, p.trans_P, p.emit_P


def _reference():
    return sys.modules["jieba.posseg.viterbi"].viterbi


def _corpus_runs(monkeypatch) -> list[str]:
    """What jieba's tagger hands its decoder on the corpus's Simplified Chinese articles, the ones the extractor has
    it read (the stretches its dictionary does not cut into words)."""
    runs = []
    reference = _reference()

    def recording(obs, *tables):
        runs.append(obs)
        return reference(obs, *tables)

    monkeypatch.setattr(jieba_posseg, "viterbi", recording)
    for path in sorted(ROOT.glob("corpus/*.zh-Hans.txt")) + sorted(ROOT.glob("heldout/*.zh-Hans.txt")):
        for _ in jieba_posseg.dt.cut(path.read_text("utf-8")):
            pass
    return runs


def _random_runs(n: int) -> list[str]:
    rng = random.Random(18)
    known = sorted(jieba_posseg.char_state_tab_P)
    common = "年月日的是在有人中国公司王李张陈出任辞去董事长"
    runs = [''.join(rng.choice(known) for _ in range(rng.randint(1, 10))) for _ in range(n)]
    runs += [''.join(rng.choice(common) for _ in range(rng.randint(1, 8))) for _ in range(n)]
    runs += [''.join(rng.choice("\u9fd0\u9fd1\u4e00\u3007") for _ in range(rng.randint(1, 4))) for _ in range(20)]
    return runs


def test_the_decoder_returns_what_jiebas_returns(monkeypatch):
    runs = _corpus_runs(monkeypatch)
    assert len(runs) > 1000  # (the corpus is there: the comparison is not over an empty list)
    runs += _random_runs(1000)
    reference = _reference()
    fast = viterbi.make_viterbi(*_tables(), reference)
    for obs in runs + runs[:200]:  # (the second time from its cache)
        assert fast(obs, *_tables()) == reference(obs, *_tables()), obs


def test_the_tagger_tags_the_same_words_once_installed(monkeypatch):
    text = "".join(path.read_text("utf-8") for path in sorted(ROOT.glob("corpus/*.zh-Hans.txt"))[:6])
    monkeypatch.setattr(jieba_posseg, "viterbi", _reference())
    before = [(p.word, p.flag) for p in jieba_posseg.dt.cut(text)]
    viterbi.install()
    assert jieba_posseg.viterbi is not _reference()
    assert [(p.word, p.flag) for p in jieba_posseg.dt.cut(text)] == before
