"""`export --format xlsx`: for people who open the file in Excel; dates are dates and no cell is ever a formula."""
from __future__ import annotations

import datetime
import json

import pytest

from test_cli import seeded, seeded_db  # noqa: F401 - fixtures

openpyxl = pytest.importorskip("openpyxl")


def sheet_rows(path):
    book = openpyxl.load_workbook(path)
    sheet = book.active
    rows = [[cell for cell in row] for row in sheet.iter_rows()]
    header = [c.value for c in rows[0]]
    return header, rows[1:]


def test_events_as_xlsx_have_the_rows_of_json_with_real_dates_and_numbers(seeded, tmp_path):  # noqa: F811
    out = tmp_path / "events.xlsx"
    code, _, err = seeded("export", "--format", "xlsx", "--out", str(out))
    assert code == 0 and f"wrote 18 rows to {out}" in err
    header, rows = sheet_rows(out)
    as_json = json.loads(seeded("export", "--format", "json")[1])
    assert header == list(as_json[0])
    assert [r[0].value for r in rows] == [e["id"] for e in as_json]
    at = header.index("date")
    dated = [r[at] for r in rows if r[at].value is not None]
    assert dated and all(isinstance(c.value, datetime.datetime) and c.is_date for c in dated)
    assert {c.value.date().isoformat() for c in dated} == {e["date"] for e in as_json if e["date"]}
    amounts = [r[header.index("amount")].value for r in rows if r[header.index("amount")].value is not None]
    assert sorted(amounts) == [45000000, 6600000000]


def test_xlsx_cells_from_article_text_are_never_formulas(cli, tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text('=HYPERLINK("http://evil","點我")\n'
                       "上週,Acme Robotics完成了5,000萬美元的A輪融資,由紅杉資本領投。\n", encoding="utf-8")
    assert cli("ingest", str(article), "--published", "2024-10-09")[0] == 0
    for table in ("events", "sources", "people", "organizations"):
        out = tmp_path / f"{table}.xlsx"
        code, _, err = cli("export", "--table", table, "--format", "xlsx", "--out", str(out))
        assert code == 0, err
        _, rows = sheet_rows(out)
        cells = [c for row in rows for c in row]
        assert all(c.data_type != "f" for c in cells)
        texts = [c.value for c in cells if isinstance(c.value, str)]
        assert not any(t.startswith(("=", "+", "-", "@", "\t", "\r")) for t in texts)
        if table == "sources":
            assert "'=HYPERLINK(\"http://evil\",\"點我\")" in texts


def test_xlsx_needs_a_file(cli):
    code, out, err = cli("export", "--format", "xlsx")
    assert code != 0 and out == "" and "--out" in err and len(err.strip().splitlines()) == 1
