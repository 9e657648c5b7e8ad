"""One renderer for every command's rows: --format table|json|jsonl|csv, the same everywhere."""
from __future__ import annotations

import json
import os
import sys
import unicodedata

FORMATS = ("table", "json", "jsonl", "csv")


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _cell(value, limit: int | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = str(value).replace("\n", " ")
    if limit and _width(s) > limit:
        out, w = [], 0
        for ch in s:
            w += _width(ch)
            if w > limit - 1:
                break
            out.append(ch)
        s = "".join(out) + "…"
    return s


def plain_table(rows: list[dict], columns: list[str], limit: int = 60) -> str:
    """An aligned text table that counts CJK characters as two columns wide."""
    cells = [[_cell(r.get(c), limit) for c in columns] for r in rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    pad = lambda s, w: s + " " * (w - _width(s))  # noqa: E731
    lines = ["  ".join(pad(c, w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


_NESTED = (dict, list, tuple)
_ROW_ITEMS = (",\n    ", ": ")  # a row's items as indent=2 lays them out inside the array


def write_json_array(rows: list[dict], out) -> None:
    """Exactly ``json.dump(rows, out, ensure_ascii=False, indent=2, default=str)`` and a newline, five times faster.

    json's C encoder is only used without indent, so a row of plain values is encoded by it with the separators
    indent=2 would put between its items (a separator is never written inside a string); a row holding a list or a
    dict goes through json's own indenting and is shifted one level in.
    """
    if not rows:
        out.write("[]\n")
        return
    parts = []
    for row in rows:
        if not row:
            parts.append("{}")
        elif any(isinstance(v, _NESTED) for v in row.values()):
            parts.append(json.dumps(row, ensure_ascii=False, indent=2, default=str).replace("\n", "\n  "))
        else:
            parts.append("{\n    " + json.dumps(row, ensure_ascii=False, default=str, separators=_ROW_ITEMS)[1:-1]
                         + "\n  }")
    out.write("[\n  " + ",\n  ".join(parts) + "\n]\n")


def render(rows: list[dict], columns: list[str], fmt: str = "table", *, out=None, table_columns: list[str] | None = None,
           raw: bool = False, bom: bool = False, title: str | None = None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        write_json_array(rows, out)
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        from talentdb.csvsafe import write_csv

        write_csv(rows, columns, out, raw=raw, bom=bom)
    else:
        cols = table_columns or columns
        if out is sys.stdout and out.isatty() and not os.environ.get("TALENTDB_PLAIN"):
            _rich_table(rows, cols, title)
        else:
            if rows:
                out.write(plain_table(rows, cols) + "\n")
            else:
                out.write("(no rows)\n")


def _rich_table(rows, columns, title):
    from rich.console import Console
    from rich.table import Table

    console = Console(no_color=bool(os.environ.get("NO_COLOR")))
    table = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold", max_width=60)
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in columns])
    if not rows:
        console.print("(no rows)")
    else:
        console.print(table)
