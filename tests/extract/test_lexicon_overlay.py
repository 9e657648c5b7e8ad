"""Words added in $TALENTDB_LEXICON_DIR reach every part of the extractor, dates and money included."""
from __future__ import annotations

from datetime import date

import pytest

from talentdb.extract import extract
from talentdb.extract.lexicon_files import reload
from talentdb.extract.text import normalise
from tests.extracting import ev, run

DAY = date(2024, 10, 9)


@pytest.fixture
def overlay(tmp_path, monkeypatch):
    """Put files in $TALENTDB_LEXICON_DIR (``overlay({"name.toml": text})``); the built-in lexicon comes back after."""
    folder = tmp_path / "lexicon"
    folder.mkdir()

    def write(files: dict):
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        monkeypatch.setenv("TALENTDB_LEXICON_DIR", str(folder))
        reload()

    yield write
    monkeypatch.undo()
    reload()


def found(text: str):
    return [(e.type, e.person, e.org, e.date, e.date_precision, e.amount, e.currency)
            for e in extract(normalise(text), DAY).events]


def test_a_relative_day_word_added_for_chinese_dates_the_event(overlay):
    # (unread, the word leaves the move undated news of the publication day; read, it is the day before)
    text = "星河智能首席技術長王建國昨兒宣布離職。"
    assert found(text) == [("departure", "王建國", "星河智能", "2024-10-09", "day", None, None)]
    overlay({"dates.zh.local.toml": '[relative_day]\n"昨兒" = -1\n'})
    assert found(text) == [("departure", "王建國", "星河智能", "2024-10-08", "day", None, None)]


def test_a_month_name_added_for_english_dates_the_event(overlay):
    text = "Orbis Robotics hired Dana Whitfield as chief financial officer in Smarch 2024."
    assert found(text) == [("hire", "Dana Whitfield", "Orbis Robotics", None, None, None, None)]
    overlay({"dates.en.local.toml": '[months]\nsmarch = 3\n'})
    assert found(text) == [("hire", "Dana Whitfield", "Orbis Robotics", "2024-03-01", "month", None, None)]


def test_a_currency_word_added_makes_a_sum_a_funding_round(overlay):
    zh = "星河智能完成5億克朗A輪融資,由紅杉領投。"  # (a word the shipped lexicon lacks: 瑞典克朗 is in it)
    en = "Orbis Robotics raised 50 million kronor in a Series A round led by Northzone."
    assert found(zh) == [] and found(en) == []
    overlay({"currency.local.toml": '[suffixes]\n"克朗" = "SEK"\n"kronor" = "SEK"\n'})
    # (told with no time word, a round is news of the publication day, in Chinese as in English)
    assert found(zh) == [("funding", None, "星河智能", "2024-10-09", "day", 5e8, "SEK")]
    assert found(en) == [("funding", None, "Orbis Robotics", "2024-10-09", "day", 5e7, "SEK")]


def test_a_traditional_entry_in_an_overlay_matches_simplified_text_too(overlay):
    overlay({"currency.local.toml": '[suffixes]\n"新謝克爾" = "ILS"\n'})
    assert found("星河智能完成5亿新谢克尔A轮融资,由红杉领投。") == [("funding", None, "星河智能", "2024-10-09", "day", 5e8, "ILS")]


def test_the_built_in_words_stay_when_an_overlay_adds_some(overlay):
    overlay({"currency.local.toml": '[suffixes]\n"瑞典克朗" = "SEK"\n'})
    assert found("星河智能完成5億美元A輪融資,由紅杉領投。") == [("funding", None, "星河智能", "2024-10-09", "day", 5e8, "USD")]


@pytest.mark.origin("rules")
def test_users_can_extend_the_lexicon_without_code(tmp_path, monkeypatch):
    from talentdb.extract import lexicon as lx

    (tmp_path / "orgs.local.toml").write_text('[orgs]\n"Zorblax Dynamics" = ["佐布拉克斯"]\n', encoding="utf-8")
    (tmp_path / "triggers.local.toml").write_text('[[departure]]\nwords = ["掛冠求去"]\n', encoding="utf-8")
    monkeypatch.setenv("TALENTDB_LEXICON_DIR", str(tmp_path))
    lx.lexicon.cache_clear()
    try:
        r = run("佐布拉克斯首席技術長王建國上週掛冠求去。", published=date(2024, 10, 9))
        (d,) = ev(r, "departure")
        assert (d.person, d.org) == ("王建國", "Zorblax Dynamics")
    finally:
        monkeypatch.delenv("TALENTDB_LEXICON_DIR")
        lx.lexicon.cache_clear()

