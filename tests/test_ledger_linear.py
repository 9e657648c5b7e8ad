"""Issue 17, case 9: cost that grows with the input, not faster.

These count work instead of timing it (speed is measured by benchmarks/ledger.py): the HTML scanner must not walk
its stack per end tag, and a very long text reaches the extractor in segments of bounded size.
"""
from __future__ import annotations

import os
import subprocess
import sys

from talentdb import reader, segments
from talentdb.extract import extract

from conftest import ROOT, SEED


def test_deeply_nested_html_is_scanned_without_walking_the_stack(monkeypatch):
    depth = 5000
    page = ("<html><head><title>Nested</title></head><body>" + "<div>" * depth
            + "<p>Acme Robotics raised $5 million in a seed round led by Sequoia.</p>" + "</div>" * depth + "</body></html>")
    walked = [0]

    class CountingStack(list):
        def __iter__(self):
            walked[0] += len(self)
            return super().__iter__()

    scanner = reader._PageScanner()
    scanner._stack = CountingStack()
    scanner.feed(page)
    scanner.close()
    assert scanner.paragraphs == ["Acme Robotics raised $5 million in a seed round led by Sequoia."]
    assert walked[0] < 10 * depth  # the old scan walked the whole stack at each of the 5000 end tags: ~12.5 million


def test_a_page_of_100000_nested_divs_is_ingested(tmp_path):
    """The issue's page: 455 s before. The timeout is a hang guard, far above the seconds it takes now."""
    page = tmp_path / "nested.html"
    depth = 100_000
    page.write_text("<html><head><title>Nested page</title></head><body>" + "<div>" * depth
                    + "<p>Acme Robotics raised $5 million in a seed round led by Sequoia Capital.</p>"
                    + "</div>" * depth + "</body></html>")
    env = dict(os.environ, TALENTDB_DB=str(tmp_path / "t.db"))
    proc = subprocess.run([sys.executable, "-m", "talentdb.cli", "ingest", str(page), "--published", "2024-05-01"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=240)
    assert proc.returncode == 0 and "ingested 1 article" in proc.stderr, proc.stderr


def test_a_very_long_text_reaches_the_extractor_in_bounded_segments(monkeypatch):
    import talentdb.extract.engine as engine

    seen = []
    real = engine.extract_and_clean

    def recording(text, published=None, lang=None):
        seen.append(len(text))
        return real(text, published, lang)

    monkeypatch.setattr(engine, "extract_and_clean", recording)
    article = SEED.read_text(encoding="utf-8").replace("\n", "")  # one line, as in the issue
    text = article * (400_000 // len(article) + 1)
    result = extract(text, "2024-10-09")
    assert max(seen) <= segments.SEGMENT_CHARS and sum(seen) == len(text)
    whole = extract(article, "2024-10-09")
    people = {(e.type, e.person) for e in whole.events}
    assert people <= {(e.type, e.person) for e in result.events}  # the same events, each segment on its own


def test_segments_are_the_whole_text_cut_at_sentence_ends():
    text = ("第一句話說了什麼。" * 3000) + ("An English sentence follows here. " * 2000)
    pieces = segments.split(text, 10_000)
    assert "".join(pieces) == text
    assert all(len(p) <= 10_000 for p in pieces)
    assert all(p.endswith(("。", ".", ". ")) for p in pieces[:-1])
    hard = "x" * 50_000  # no boundary at all: cut at the size
    assert [len(p) for p in segments.split(hard, 20_000)] == [20_000, 20_000, 10_000]


def test_an_article_below_the_limit_is_extracted_whole(monkeypatch):
    import talentdb.extract.engine as engine

    seen = []
    real = engine.extract_and_clean
    monkeypatch.setattr(engine, "extract_and_clean", lambda t, p=None, lang=None: seen.append(len(t)) or real(t, p, lang))
    article = SEED.read_text(encoding="utf-8")
    extract(article, "2024-10-09")
    assert seen == [len(article)]
