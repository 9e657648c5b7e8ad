"""The development corpus (tests/corpus/: articles in all three scripts with gold files and traps) holds its scores.

Scored the way `talentdb eval` scores: each article ingested into a fresh database, then queried.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from talentdb.evalcli import run_eval

CORPUS = sorted(str(p) for p in (Path(__file__).resolve().parents[1] / "corpus").glob("*.gold.json"))


@pytest.fixture(scope="module")
def scores():
    rows, misses = run_eval(CORPUS)
    return {r["article"]: r for r in rows}, misses


def test_the_corpus_has_articles_in_every_script():
    langs = {Path(p).name for p in (Path(__file__).resolve().parents[1] / "corpus").glob("*.txt")}
    assert len(CORPUS) >= 8
    for suffix in (".zh-Hant.txt", ".zh-Hans.txt", ".en.txt"):
        assert sum(name.endswith(suffix) for name in langs) >= 2


def test_corpus_f1_is_at_least_0_93(scores):
    rows, misses = scores
    assert rows["TOTAL"]["f1"] >= 0.93, "\n".join(misses)


def test_corpus_argument_accuracy_is_at_least_0_9(scores):
    rows, misses = scores
    ok, of = rows["TOTAL"]["args"].split()[0].split("/")
    assert int(ok) / int(of) >= 0.9, "\n".join(m for m in misses if "ARGS" in m)


@pytest.mark.parametrize("gold", CORPUS, ids=lambda p: Path(p).stem)
def test_no_article_falls_far_behind(scores, gold):
    rows, misses = scores
    article = next(r for name, r in rows.items() if name != "TOTAL" and Path(gold).stem.replace(".gold", "") in name)
    assert article["f1"] >= 0.75, "\n".join(m for m in misses if Path(gold).name in m)
