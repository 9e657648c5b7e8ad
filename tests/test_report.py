"""talentdb.report: the self-contained HTML page a user opens in a browser."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from talentdb.report import TYPE_COLOURS, render_report

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def sample():
    data = json.loads((FIXTURES / "report_sample.json").read_text(encoding="utf-8"))
    return data["events"], data["flows"]


@pytest.fixture
def page(sample):
    events, flows = sample
    return render_report(events, flows, title="OpenAI 人才外流", generated_at="2024-10-09 08:00 UTC")


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside <title> children of SVG elements."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def elements(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


def test_page_is_one_self_contained_document(page):
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    # Nothing is fetched from anywhere: no scripts, no external stylesheets, fonts or images.
    found = elements(page)
    assert not [t for t, _ in found.tags if t in ("script", "link", "img", "iframe", "object")]
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page
    assert "<title>OpenAI 人才外流</title>" in page


def test_each_organisation_has_a_timeline_lane_with_its_name(page):
    found = elements(page)
    lanes = [attrs["data-org"] for tag, attrs in found.tags if attrs.get("class") == "lane"]
    assert lanes[0] == "OpenAI"  # the most events first
    assert set(lanes) == {"OpenAI", "Anthropic", "Google DeepMind", "MIT Sloan"}
    lane_labels = re.findall(r'<text [^>]*class="lane-label">([^<]*)</text>', page)
    assert set(lane_labels) == {"OpenAI", "Anthropic", "Google DeepMind", "MIT Sloan"}


def test_dated_events_are_markers_with_tooltips_and_type_colours(sample, page):
    events, _ = sample
    dated = [e for e in events if e["date"]]
    markers = re.findall(r'<circle [^>]*class="event-marker type-(\w+)"[^>]*><title>([^<]*)</title>', page)
    assert len(markers) == len(dated)
    assert ("departure", "2024-09-30 (上週) departure Mira Murati Chief Technology Officer") in markers
    assert ("departure", "2024-10-03 (上週四) departure Tim Brooks Head of Sora → Google DeepMind") in markers
    assert f'fill="{TYPE_COLOURS["funding"]}"' in page


def test_time_axis_has_year_and_month_ticks(page):
    years = re.findall(r'class="year-label">(\d{4})<', page)
    assert {"2021", "2022", "2023", "2024"} <= set(years)
    assert re.search(r'class="month-label">(Mar|Apr|Jul|Oct)<', page)


def test_undated_events_are_listed_under_their_lane(page):
    assert "undated: Mark Chen (promotion) · Jakub Pachocki (promotion)" in page
    lane = page[page.index('data-org="OpenAI"'):page.index('data-org="Anthropic"')]
    assert "Mark Chen (promotion)" in lane


def test_flows_are_drawn_between_organisation_boxes_with_counts_and_names(page):
    found = elements(page)
    flows = [attrs for tag, attrs in found.tags if attrs.get("class") == "flow"]
    assert {(f["data-from"], f["data-to"], f["data-count"]) for f in flows} == {
        ("OpenAI", "Google DeepMind", "1"), ("OpenAI", "Anthropic", "1")}
    boxes = {(attrs["data-org"], attrs["data-side"]) for tag, attrs in found.tags if attrs.get("class") == "org-box"}
    assert boxes == {("OpenAI", "from"), ("Google DeepMind", "to"), ("Anthropic", "to")}
    assert re.search(r'data-from="OpenAI" data-to="Google DeepMind".*?class="flow-label">1 · Tim Brooks<', page)
    assert 'marker-end="url(#arrowhead)"' in page


def test_many_names_on_one_arrow_are_shortened_but_all_in_the_tooltip():
    flows = [{"from_org": "OpenAI", "to_org": "Anthropic", "count": 5, "names": ["A", "B", "C", "D", "E"]}]
    page = render_report([], flows, generated_at="x")
    assert "5 · A, B, C +2 more" in page
    assert "OpenAI → Anthropic: 5 (A, B, C, D, E)" in page


def test_event_table_has_one_row_per_event_with_evidence_and_source(sample, page):
    events, _ = sample
    rows = re.findall(r'<tr class="event[^"]*" data-event-id="(\d+)">', page)
    assert rows == [str(e["id"]) for e in events]
    assert "仍為OpenAI注入了66億美元的資金" in page
    assert "6,600,000,000 USD" in page
    assert page.count("OpenAI重點轉向產品開發研究人才外流給了對手機會") == len(events)
    assert '<tr class="event retracted" data-event-id="12">' in page


def test_article_text_is_escaped_everywhere():
    evil = "<script>alert(1)</script>"
    events = [{
        "id": 1, "type": "departure", "person": evil, "org": 'Evil" onmouseover="x', "role": evil, "role_raw": evil,
        "counterparty": evil, "date": "2024-10-01", "date_precision": "day", "date_text": evil, "amount": None,
        "currency": None, "evidence": f"He said {evil} & left", "source": evil, "source_id": 1, "confidence": 0.5,
        "status": "active",
    }]
    flows = [{"from_org": evil, "to_org": 'Evil" onmouseover="x', "count": 1, "names": [evil]}]
    page = render_report(events, flows, title=evil, generated_at=evil)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "He said &lt;script&gt;alert(1)&lt;/script&gt; &amp; left" in page
    assert 'onmouseover="x' not in page and "&quot; onmouseover=&quot;x" in page


def test_empty_report_still_renders():
    page = render_report([], [], generated_at="2024-01-01")
    assert "No events." in page and "No moves between organisations." in page


def test_events_without_dates_or_organisation_do_not_break_the_timeline():
    events = [{"id": 1, "type": "funding", "person": None, "org": None, "amount": 1e8, "currency": "USD",
               "date": None, "evidence": "x", "source": "s"},
              {"id": 2, "type": "mystery", "person": "P", "org": "O", "date": "not a date", "evidence": "y", "source": "s"}]
    page = render_report(events, [], generated_at="x")
    assert "(no organisation)" in page and "<svg" in page
    assert "100,000,000 USD" in page


def test_a_single_day_gets_a_readable_axis():
    events = [{"id": 1, "type": "hire", "person": "P", "org": "O", "date": "2024-10-03", "date_precision": "day"}]
    page = render_report(events, [], generated_at="x")
    assert len(re.findall(r'class="month-label"', page)) >= 4


def test_cjk_fonts_are_in_the_font_stack(page):
    assert "Noto Sans CJK TC" in page and "Microsoft JhengHei" in page and "PingFang TC" in page


# --------------------------------------------------------------------------------------- real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH; CI: apt-get install -y chromium fonts-noto-cjk")
def test_headless_chromium_renders_the_drawings(tmp_path, page):
    html_file = tmp_path / "report.html"
    html_file.write_text(page, encoding="utf-8")
    screenshot = tmp_path / "report.png"
    run = [CHROMIUM, *CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    shot = subprocess.run([*run, f"--screenshot={screenshot}", "--window-size=1400,2000", html_file.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert screenshot.exists() and screenshot.stat().st_size > 10_000, shot.stderr[-2000:]
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    dom = subprocess.run([*run, "--dump-dom", html_file.as_uri()], capture_output=True, text=True, timeout=120).stdout
    svgs = re.findall(r"<svg.*?</svg>", dom, re.S)
    assert len(svgs) == 2
    timeline, flow = svgs
    for org in ("OpenAI", "Anthropic", "Google DeepMind", "MIT Sloan"):
        assert f">{org}</text>" in timeline
    for org in ("OpenAI", "Anthropic", "Google DeepMind"):
        assert f">{org}</text>" in flow
    assert 'class="flow" data-from="OpenAI" data-to="Google DeepMind"' in flow
