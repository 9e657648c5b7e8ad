"""report at scale (issue 18): filters, top-N lanes and flows and a bounded table, so a big database gives a page of
bounded size that says what it leaves out."""
from __future__ import annotations

import re
import sys

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A few thousand events from the benchmark's generator (a few busy organisations, many people)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth

    path = tmp_path_factory.mktemp("scope") / "big.db"
    synth.build_log(str(path), 4000, batch=1000)
    return path


def _page(cli, db, tmp_path, *args):
    out = tmp_path / "page.html"
    code, _, err = cli("report", "--out", str(out), "--db", str(db), "-q", *args)
    assert code == 0, err
    return out.read_text(encoding="utf-8")


def _lanes(page: str) -> dict[str, int]:
    """Each lane's organisation and how many event markers it draws."""
    lanes = re.split(r'<g class="lane" data-org="', page)[1:]
    return {lane.split('"', 1)[0]: lane.split("</g>", 1)[0].count("event-marker") for lane in lanes}


def _rows(page: str) -> list[str]:
    return re.findall(r'<tr class="[^"]*" data-event-id="\d+">(.*?)</tr>', page, re.S)


def test_the_page_holds_the_busiest_lanes_newest_events_and_biggest_flows_and_says_so(cli, big, tmp_path):
    page = _page(cli, big, tmp_path, "--lanes", "3", "--lane-events", "5", "--flows", "4", "--rows", "10")
    lanes = _lanes(page)
    assert len(lanes) == 3 and all(0 < n <= 5 for n in lanes.values())
    assert len(_rows(page)) == 10 and 0 < page.count('<g class="flow"') <= 4
    note = re.findall(r'<p class="summary">([^<]*)</p>', page)[1]
    assert "events match" in note and "not drawn" in note and "the table lists the newest 10" in note
    everything = _page(cli, big, tmp_path)  # the defaults: still a bounded page
    assert len(everything) < 5_000_000 and len(_lanes(everything)) == 20


def test_filters_keep_only_the_events_asked_for(cli, big, tmp_path):
    import sqlite3

    with sqlite3.connect(big) as conn:
        org, = conn.execute("SELECT org FROM events WHERE status = 'active' AND org IS NOT NULL GROUP BY org "
                            "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
        person, = conn.execute("SELECT person FROM events WHERE person IS NOT NULL GROUP BY person "
                               "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    page = _page(cli, big, tmp_path, "--org", org, "--since", "2020-01-01", "--until", "2020-12-31")
    rows = _rows(page)
    assert rows and all(org in row and "2020-" in row for row in rows)
    assert all(f'data-from="{org}"' in g or f'data-to="{org}"' in g for g in re.findall(r'<g class="flow"[^>]*>', page))
    mine = _rows(_page(cli, big, tmp_path, "--person", person))
    assert mine and all(person in row for row in mine)


def test_a_negative_bound_is_one_clear_line(cli, big, tmp_path):
    code, out, err = cli("report", "--out", str(tmp_path / "x.html"), "--db", str(big), "--lanes", "-1")
    assert code != 0 and err.strip() == "talentdb: --lanes takes 0 or more, not -1"
    assert not (tmp_path / "x.html").exists()
