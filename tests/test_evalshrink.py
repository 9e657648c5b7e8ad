"""`talentdb eval --shrink`: what in the text stood between the extractor and each missed event."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from talentdb import evalshrink
from talentdb.evalshrink import BLOCKERS, blocker_of

GOLD = {"type": "departure", "person": ["王大明"], "org": ["星河電子"]}
ARTICLE = ("星河電子公告人事異動。\n"
           "另據報導,董事長王大明 (Wang Da-ming) 因「個人生涯規劃」請辭,即日生效,由副董事長接任。\n"
           "歡迎訂閱本報電子報。\n")


@pytest.fixture
def extractor(monkeypatch):
    """The extractor replaced by one that finds the gold event only in texts that pass ``reads`` (so each test
    says exactly which cut must be made)."""
    def install(reads):
        def fake(text, published=None, lang=None):
            found = reads(text)
            events = [SimpleNamespace(to_dict=lambda: {"type": "departure", "person": "王大明", "org": "星河電子"})]
            return SimpleNamespace(events=events if found else [])
        monkeypatch.setattr("talentdb.extract.engine.extract_and_clean", fake)
    return install


@pytest.mark.parametrize("reads, blocker", [
    (lambda t: True, "found in the whole text"),
    (lambda t: ") 因" not in t, "spacing"),                       # (tried before any other cut)
    (lambda t: "訂閱" not in t, "the rest of the article"),              # a chrome line took it away
    (lambda t: "「" not in t and "訂閱" not in t, "quote marks"),
    (lambda t: "(Wang" not in t and "訂閱" not in t, "brackets"),
    (lambda t: "另據報導" not in t and "訂閱" not in t, "words before the clause"),
    (lambda t: "由副董事長" not in t and "即日" not in t and "訂閱" not in t, "other clauses"),
    (lambda t: "「" not in t and "(Wang" not in t and "王大明 " not in t and "訂閱" not in t, "several cuts"),
    (lambda t: t.startswith("星河電子宣布:") and "因" in t and "訂閱" not in t, "its organisation told elsewhere"),
    (lambda t: False, "nothing"),
])
def test_the_first_cut_that_lets_the_event_be_found_is_its_blocker(extractor, reads, blocker):
    extractor(reads)
    assert blocker_of(ARTICLE, GOLD, None, "zh-Hant") == blocker


def test_an_event_whose_key_the_text_never_names_is_not_in_text(extractor):
    extractor(lambda t: True)
    assert blocker_of(ARTICLE, {**GOLD, "person": ["李小華"]}, None, "zh-Hant") == "not in text"


def test_every_blocker_is_one_a_cut_can_name():
    named = {"not in text", "found in the whole text", "spacing", "the rest of the article",
             "its organisation told elsewhere", "nothing"}
    assert set(BLOCKERS) == named | {name for name, _ in evalshrink.CUTS}


SHRINK_ARTICLE = """Acme Robotics said on Monday that its chief executive Dana Whitfield has resigned.
Lee Ortega spoke at the Acme Robotics conference in Boston on Tuesday.
"""


def test_eval_shrink_counts_blockers_per_type_and_says_each_on_its_missed_line(cli, tmp_path):
    (tmp_path / "s.txt").write_text(SHRINK_ARTICLE, encoding="utf-8")
    path = tmp_path / "s.gold.json"
    path.write_text(json.dumps({"article": "s.txt", "published": "2024-10-09", "lang": "en", "events": [
        {"type": t, "person": [p], "org": ["Acme Robotics"]}
        for t, p in (("departure", "Dana Whitfield"), ("departure", "Lee Ortega"), ("hire", "Mia Santos"))]}),
        encoding="utf-8")
    code, out, err = cli("eval", str(path), "--shrink", "--show")
    assert code == 0, err
    said = {line.split("MISSED ")[1] for line in out.splitlines() if "MISSED" in line}
    assert said == {"departure Lee Ortega  (blocked by: nothing)",   # no cut makes a talk a departure
                    "hire Mia Santos  (blocked by: not in text)"}
    code, out, err = cli("eval", str(path), "--shrink", "--format", "json")
    rows = {r["blocker"]: r for r in json.loads(out)}  # (the blockers alone: one JSON document)
    assert rows["nothing"]["departure"] == 1 and rows["not in text"]["hire"] == 1
    assert rows["TOTAL missed"]["all"] == 2 and "Ortega" not in out


def test_why_and_shrink_together_give_one_document_per_format(cli, tmp_path):
    (tmp_path / "s.txt").write_text(SHRINK_ARTICLE, encoding="utf-8")
    path = tmp_path / "s.gold.json"
    path.write_text(json.dumps({"article": "s.txt", "published": "2024-10-09", "lang": "en", "events": [
        {"type": "departure", "person": ["Lee Ortega"], "org": ["Acme Robotics"]}]}), encoding="utf-8")
    code, out, err = cli("eval", str(path), "--why", "--shrink", "--format", "json")
    assert code == 2 and out == "" and "--why" in err and "--shrink" in err
    code, out, err = cli("eval", str(path), "--why", "--shrink")
    assert code == 0 and "no trigger word" in out and "nothing" in out
