"""``export --format xlsx``: a workbook for people who open the file in Excel.

Dates are dates (a ``date`` or ``published`` cell is a real date, ``ingested_at`` a date and time), numbers are
numbers, and text is always a text cell: a cell an article wrote as ``=HYPERLINK(…)`` is never a formula, and, as in
the CSV, text starting with = + - @ tab or CR gets a leading ' (unless ``raw``), so copying it out of Excel into
another tool is safe too. The file is written beside its name and renamed over it: never half-written.
"""
from __future__ import annotations

import os
from datetime import date, datetime

from talentdb.errors import TalentDBError

MAX_ROWS = 1_048_575           # an Excel sheet's rows, less the header
MAX_CELL = 32_767              # an Excel cell's characters
DATE_COLUMNS = frozenset({"date", "published"})
TIME_COLUMNS = frozenset({"ingested_at", "recorded_at"})


class XlsxError(TalentDBError):
    pass


def write_xlsx(rows: list[dict], columns: list[str], path: str, *, sheet: str = "talentdb", raw: bool = False) -> None:
    try:
        from openpyxl import Workbook
    except ImportError:
        raise XlsxError("xlsx export needs openpyxl: pip install openpyxl (or use --format csv)") from None
    if len(rows) > MAX_ROWS:
        raise XlsxError(f"an Excel sheet holds at most {MAX_ROWS:,} rows and this table has {len(rows):,}; "
                        f"use --format csv")
    book = Workbook(write_only=True)
    page = book.create_sheet(sheet[:31])
    page.append([_cell(page, c, None, raw) for c in columns])
    for row in rows:
        page.append([_cell(page, row.get(c), c, raw) for c in columns])
    from talentdb.safefiles import replace_into, temp_beside

    part = temp_beside(path, ".xlsx")
    try:
        book.save(part)
        replace_into(part, path)  # complete or not at all, with the permissions a plain open() would give
    except BaseException:
        os.unlink(part)
        raise


def _cell(page, value, column: str | None, raw: bool):
    from openpyxl.cell import WriteOnlyCell

    if value is None:
        return None
    if isinstance(value, bool):
        return _text(page, str(value).lower(), raw)
    if isinstance(value, (int, float)):
        return int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53 else value
    if column in DATE_COLUMNS or column in TIME_COLUMNS:
        moment = _moment(value, column in TIME_COLUMNS)
        if moment is not None:
            cell = WriteOnlyCell(page, value=moment)
            cell.number_format = "yyyy-mm-dd hh:mm:ss" if column in TIME_COLUMNS else "yyyy-mm-dd"
            return cell
    if isinstance(value, (list, tuple)):
        value = "; ".join("" if v is None else str(v) for v in value)
    return _text(page, str(value), raw)


def _moment(value, with_time: bool):
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    text = str(value).strip().rstrip("Z")
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None) if with_time else date.fromisoformat(text[:10])
    except ValueError:
        return None


def _text(page, text: str, raw: bool):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from talentdb.csvsafe import FORMULA_TRIGGERS

    text = ILLEGAL_CHARACTERS_RE.sub("", text)  # control characters an xlsx file cannot hold
    if not raw and text.startswith(FORMULA_TRIGGERS):
        text = "'" + text
    if len(text) > MAX_CELL:
        text = text[:MAX_CELL - 1] + "…"
    cell = WriteOnlyCell(page, value=text)
    cell.data_type = "s"  # text, even when it starts with = (openpyxl would make it a formula)
    return cell
