"""One error policy in the extractor: a bug fails loudly in strict mode (the tests run strict), costs only its own
article otherwise, and ingest says which article it was; a broken lexicon is the user's to fix and always raised."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from talentdb.errors import ExtractionError, LexiconError
from talentdb.extract import engine, extract
from talentdb.extract.lexicon_files import reload

GOOD = "星河智能首席技術長王建國上週宣布離職。"
BAD = "雲帆科技財務長李志明上週宣布離職。"


@pytest.fixture
def buggy_rules(monkeypatch):
    """The rules raise on the article that mentions 雲帆 (as a bug would on some odd sentence)."""
    real = engine._extract

    def rules(text, published, lang):
        if "雲帆" in text:
            return [][1]  # IndexError, deep inside the pipeline
        return real(text, published, lang)

    monkeypatch.setattr(engine, "_extract", rules)


@pytest.fixture
def lenient(monkeypatch):
    monkeypatch.setenv("TALENTDB_STRICT", "0")


def test_the_tests_run_in_strict_mode():
    assert engine.strict_mode()


def test_in_strict_mode_a_bug_raises_with_its_traceback(buggy_rules):
    with pytest.raises(ExtractionError, match="internal error in the extractor: IndexError") as caught:
        extract(BAD)
    assert isinstance(caught.value.__cause__, IndexError)
    assert extract(GOOD).events


def test_outside_strict_mode_a_bug_costs_only_its_article_and_says_so(buggy_rules, lenient):
    bad = extract(BAD)
    assert bad.events == [] and bad.failed == "IndexError: list index out of range"
    good = extract(GOOD)
    assert [(e.type, e.person) for e in good.events] == [("departure", "王建國")] and good.failed is None


def test_a_bug_in_the_sanity_stage_is_caught_by_the_same_guard(monkeypatch, lenient):
    from talentdb.extract import validate

    monkeypatch.setattr(validate, "clean", lambda extraction, text: {}["missing"])
    assert extract(GOOD).failed == "KeyError: 'missing'"


def test_an_article_with_nothing_to_find_is_not_a_failure():
    result = extract("今天台北天氣晴朗,氣溫攝氏25度。")
    assert result.events == [] and result.failed is None


def test_ingest_names_the_article_whose_extraction_failed_and_goes_on(buggy_rules, lenient, tmp_path):
    from talentdb.bulk import ingest_paths
    from talentdb.store.db import get_engine

    (tmp_path / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b-bad.txt").write_text(BAD, encoding="utf-8")
    err = io.StringIO()
    summary = ingest_paths(get_engine(f"sqlite:///{tmp_path / 't.db'}"), [str(tmp_path / "a-good.txt"),
                           str(tmp_path / "b-bad.txt")], published=None, err=err)
    lines = err.getvalue().strip().splitlines()
    assert (summary.ingested, summary.failed, summary.new_events) == (1, 1, 1)
    failure = [line for line in lines if "b-bad.txt" in line]
    assert len(failure) == 1 and "extraction failed" in failure[0] and "IndexError" in failure[0]
    assert "no events found" not in err.getvalue()


def test_the_python_api_result_carries_the_failure_as_a_warning(buggy_rules, lenient, tmp_path):
    import talentdb

    db = talentdb.open(str(tmp_path / "api.db"))
    result = db.ingest_text(BAD, published="2024-10-09")
    assert result.new_events == 0 and result.warnings == ["extraction failed, no events kept: IndexError: list "
                                                          "index out of range"]


def test_a_broken_lexicon_is_raised_even_outside_strict_mode(lenient, tmp_path, monkeypatch):
    (tmp_path / "orgs.local.toml").write_text('[orgs]\n"Zorblax" = "佐布"\n', encoding="utf-8")
    monkeypatch.setenv("TALENTDB_LEXICON_DIR", str(tmp_path))
    reload()
    try:
        with pytest.raises(LexiconError, match="orgs.local.toml line 2"):
            extract(GOOD)
    finally:
        monkeypatch.undo()
        reload()


def test_the_guard_at_the_edge_is_the_only_catch_all_in_the_extractor():
    root = Path(engine.__file__).parent
    catch_all = re.compile(r"except\s*(?:Exception|BaseException)?\s*(?:as \w+)?:")
    found = []
    for path in sorted(root.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if catch_all.search(line):
                found.append(f"{path.relative_to(root)}:{n}")
    assert len(found) == 1 and found[0].startswith("engine.py:"), found
