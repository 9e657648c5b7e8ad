"""Ingesting as a nightly job does: most news has no events, folders hold more than articles, pages come from URLs,
and dates and languages are typed by people (issue 16: items 1, 2 and 9, and `ingest URL`)."""
from __future__ import annotations

import http.server
import sqlite3
import threading
import time

import pytest

from conftest import SEED

WEATHER = "今天台北天氣晴朗,氣溫攝氏25度,適合出遊。\n明天可能下雨。\n"


def rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# ------------------------------------------------------------------------------------- an article with no events
def test_an_article_with_no_events_is_recorded_not_failed_and_not_read_again(cli, tmp_path):
    weather = tmp_path / "weather.txt"
    weather.write_text(WEATHER, encoding="utf-8")
    code, _, err = cli("ingest", str(weather))
    assert code == 0, err
    assert err.strip() == "ingested 1 article (1 with no events): 0 new events, 0 corroborated; 0 unchanged; 0 failed"
    assert rows(cli.db, "SELECT kind FROM event_log") == [("source.ingested",)]
    assert rows(cli.db, "SELECT COUNT(*) FROM sources") == [(1,)]
    code, _, err = cli("ingest", str(weather))
    assert code == 0 and "weather.txt: unchanged (already ingested as source 1)" in err
    assert rows(cli.db, "SELECT COUNT(*) FROM event_log") == [(1,)]


def test_a_feed_of_news_mostly_without_events_exits_zero(cli, tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a-weather.txt").write_text(WEATHER, encoding="utf-8")
    (feed / "b-seed.txt").write_bytes(SEED.read_bytes())
    (feed / "c-sports.md").write_text("# Local team wins\n\nThe home team won 3-1 on Sunday.\n", encoding="utf-8")
    code, _, err = cli("ingest", str(feed), "--published", "2024-10-09")
    assert code == 0, err
    assert err.strip().splitlines()[-1] == ("ingested 3 articles (2 with no events): 18 new events, 0 corroborated; "
                                            "0 unchanged; 0 failed")


# ------------------------------------------------------------------------------------- what a folder holds
def test_a_folder_ingest_skips_readme_license_changelog_and_hidden_files(cli, tmp_path):
    folder = tmp_path / "news"
    (folder / ".git").mkdir(parents=True)
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    for name in ("README.md", "readme.txt", "LICENSE.txt", "CHANGELOG.md", "CONTRIBUTING.md", ".draft.txt"):
        (folder / name).write_text("# Notes\n\nOpenAI's CTO Mira Murati left OpenAI last week.\n", encoding="utf-8")
    (folder / ".git" / "notes.txt").write_text("Mira Murati left OpenAI.\n", encoding="utf-8")
    code, _, err = cli("ingest", str(folder), "--published", "2024-10-09")
    assert code == 0, err
    assert rows(cli.db, "SELECT COUNT(*) FROM sources") == [(1,)]
    assert err.strip().splitlines()[-1] == ("ingested 1 article: 18 new events, 0 corroborated; 0 unchanged; "
                                            "0 failed; 6 skipped (README, LICENSE, CHANGELOG, CONTRIBUTING or hidden)")


def test_a_readme_named_on_the_command_line_is_read(cli, tmp_path):
    readme = tmp_path / "README.txt"
    readme.write_bytes(SEED.read_bytes())
    code, _, err = cli("ingest", str(readme), "--published", "2024-10-09")
    assert code == 0 and "18 new events" in err


# ------------------------------------------------------------------------------------- dates and languages people type
def test_a_publication_date_without_leading_zeros_is_accepted(cli):
    code, _, err = cli("ingest", str(SEED), "--published", "2024-10-9")
    assert code == 0, err
    assert rows(cli.db, "SELECT published FROM sources") == [("2024-10-09",)]


def test_a_short_date_works_in_every_date_option(cli):
    cli("ingest", str(SEED), "--published", "2024-10-09")
    code, out, err = cli("query", "--since", "2024-9-1", "--until", "2024-9-30", "--format", "json")
    assert code == 0 and '"2024-09-30"' in out, err
    code, out, err = cli("roster", "OpenAI", "--as-of", "2024-6-15")
    assert code == 0 and "Mira Murati" in out, err


def test_a_language_that_contradicts_the_text_gets_one_warning(cli):
    code, _, err = cli("ingest", str(SEED), "--published", "2024-10-09", "--lang", "en")
    assert code == 0
    warnings = [line for line in err.splitlines() if "language" in line]
    assert len(warnings) == 1 and "en" in warnings[0] and "zh-Hant" in warnings[0] and SEED.name in warnings[0]


def test_the_right_language_gets_no_warning(cli):
    code, _, err = cli("ingest", str(SEED), "--published", "2024-10-09", "--lang", "zh-Hant")
    assert code == 0 and "language" not in err


# ------------------------------------------------------------------------------------- pages fetched from a URL
PAGE = """<!doctype html><html><head><title>Lumen Robotics names a new CTO | Example News</title>
<meta property="og:title" content="Lumen Robotics names a new CTO">
<meta property="article:published_time" content="2024-10-21T08:00:00+08:00"></head>
<body><nav>Home | World | Tech</nav><article><h1>Lumen Robotics names a new CTO</h1>
<p>Lumen Robotics said on Monday that Dana Whitfield has joined the company as chief technology officer.</p>
<p>Whitfield left Boston Dynamics in August, the company said.</p></article>
<footer>© Example News</footer></body></html>"""


class _Site(http.server.BaseHTTPRequestHandler):
    pages: dict = {}
    fetched: list = []

    def do_GET(self):  # noqa: N802 - http.server's name
        self.fetched.append(self.path)
        if self.path == "/slow.html":
            time.sleep(4)
        body = self.pages.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    _Site.pages = {"/news/lumen-cto.html": PAGE.encode("utf-8"), "/slow.html": PAGE.encode("utf-8"),
                   "/huge.html": b"<html><body><p>" + b"x" * (21 * 1024 * 1024) + b"</p></body></html>"}
    _Site.fetched = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_url_is_fetched_and_ingested_like_a_saved_page(cli, site):
    url = f"{site}/news/lumen-cto.html"
    code, _, err = cli("ingest", url)
    assert code == 0, err
    assert "1 new events" in err or "2 new events" in err
    assert rows(cli.db, "SELECT url, title, published FROM sources") == [
        (url, "Lumen Robotics names a new CTO", "2024-10-21")]
    people = rows(cli.db, "SELECT person, org, type FROM events ORDER BY id")
    assert ("Dana Whitfield", "Lumen Robotics", "hire") in people
    assert "Home | World" not in rows(cli.db, "SELECT text FROM sources")[0][0]


def test_the_same_url_again_is_unchanged_without_fetching_unless_asked(cli, site):
    url = f"{site}/news/lumen-cto.html"
    assert cli("ingest", url)[0] == 0
    code, _, err = cli("ingest", url)
    assert code == 0 and f"{url}: unchanged (already ingested as source 1)" in err
    assert _Site.fetched == ["/news/lumen-cto.html"]
    code, _, err = cli("ingest", url, "--refetch")
    assert code == 0 and "unchanged" in err and _Site.fetched == ["/news/lumen-cto.html"] * 2
    assert rows(cli.db, "SELECT COUNT(*) FROM sources") == [(1,)]


@pytest.mark.parametrize("path, reason", [
    ("/missing.html", "HTTP 404"),
    ("/huge.html", "20 MB"),
])
def test_a_url_that_cannot_be_fetched_gets_one_line(cli, site, path, reason):
    code, _, err = cli("ingest", f"{site}{path}")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and f"{site}{path}" in lines[0] and reason in lines[0] and "Traceback" not in err
    assert rows(cli.db, "SELECT COUNT(*) FROM event_log") == [(0,)]


def test_a_slow_server_times_out_with_one_line(cli, site):
    code, _, err = cli("ingest", f"{site}/slow.html", "--timeout", "1")
    assert code == 1 and "timed out" in err and len(err.strip().splitlines()) == 1


def test_a_server_that_is_not_there_gets_one_line(cli):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = cli("ingest", f"http://127.0.0.1:{port}/x.html")
    assert code == 1 and f"127.0.0.1:{port}" in err and len(err.strip().splitlines()) == 1
