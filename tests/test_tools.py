"""Meeting users in the tools they already use: Datasette, notebooks, spreadsheets, a report page."""
from __future__ import annotations

import json

from conftest import SEED
from test_cli import seeded, seeded_db  # noqa: F401 - fixtures


def test_datasette_metadata_describes_every_table_and_view(cli):
    code, out, _ = cli("datasette-metadata")
    tables = json.loads(out)["databases"][cli.db.stem]["tables"]
    for name in ("event_log", "events", "people", "organizations", "aliases", "sources", "event_sources",
                 "timeline", "current_roles", "talent_flow"):
        assert tables[name]["description"]
    assert "date_precision" in tables["events"]["columns"]


def test_python_api_ingests_text_and_returns_dicts(tmp_path):
    import talentdb

    db = talentdb.open(str(tmp_path / "api.db"))
    result = db.ingest_text(SEED.read_text(encoding="utf-8"), published="2024-10-09")
    assert result.status == "ingested" and result.new_events > 0
    departures = db.query(type="departure", org="OpenAI")
    assert departures and all(e["type"] == "departure" for e in departures)
    assert db.sql("SELECT COUNT(*) AS n FROM events")[0]["n"] == result.new_events
    assert db.ingest_text(SEED.read_text(encoding="utf-8"), published="2024-10-09").status == "unchanged"
    db.close()


def test_report_is_one_self_contained_page_with_the_seed_organisations(seeded, tmp_path):  # noqa: F811
    out = tmp_path / "report.html"
    code, _, err = seeded("report", "--out", str(out))
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "OpenAI" in page and "Google DeepMind" in page
    flow_group = page[page.index('data-to="Google DeepMind"'):][:1500]
    assert "Tim Brooks" in flow_group  # the arrow is labelled with the person, not letters of the name
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "<script src" not in page


def test_exported_csv_neutralises_formulas_from_article_text(cli, tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text('=HYPERLINK("http://evil","點我")\n'
                       "上週,Acme Robotics完成了5,000萬美元的A輪融資,由紅杉資本領投。\n", encoding="utf-8")
    code, _, err = cli("ingest", str(article), "--published", "2024-10-09")
    assert code == 0, err
    for table in ("events", "sources"):
        out = tmp_path / f"{table}.csv"
        code, _, _ = cli("export", "--out", str(out), "--table", table)
        text = out.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in text  # the title, shown as text in the spreadsheet, never evaluated
        assert "\n=" not in text and ",=" not in text and ',"=' not in text


def test_a_saved_web_page_ingests_without_published_and_keeps_no_page_chrome(cli):
    from conftest import ROOT

    page = ROOT / "tests" / "fixtures" / "seed.html"
    code, _, err = cli("ingest", str(page))
    assert code == 0, err
    code, out, _ = cli("query", "--format", "json")
    events = json.loads(out)
    brooks = [e for e in events if e["person"] == "Tim Brooks" and e["type"] == "departure"]
    assert brooks and brooks[0]["date"] == "2024-10-03"
    chrome = ("熱門文章", "訂閱電子報", "Cookie", "cookie", "版權所有", "Copyright")
    assert not [e["evidence"] for e in events if any(w in e["evidence"] for w in chrome)]


def test_an_undated_article_keeps_relative_dates_null_and_says_so(cli, tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = cli("ingest", str(article))
    assert code == 0 and "no publication date" in err
    code, out, _ = cli("query", "--person", "Mira Murati", "--format", "json")
    [murati] = json.loads(out)
    assert murati["date"] is None and murati["date_text"] == "上週"
