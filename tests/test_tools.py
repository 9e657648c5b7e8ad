"""Meeting users in the tools they already use: Datasette, notebooks, spreadsheets, a report page."""
from __future__ import annotations

import json

from conftest import SEED
from test_cli import seeded, seeded_db  # noqa: F401 - fixtures


def test_datasette_metadata_describes_every_table_and_view(cli):
    code, out, _ = cli("datasette-metadata")
    tables = json.loads(out)["databases"]["talentdb"]["tables"]
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
