"""One renderer for every command's rows: --format table|json|jsonl|csv, the same everywhere."""
from __future__ import annotations

import json
import os
import sys
import unicodedata

from talentdb.safetext import shown

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
    s = shown(str(value).replace("\n", " "))  # a title's ESC [2J stays text: talentdb.safetext
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
    try:
        text = _json_array(rows)
    except ValueError:  # an infinite or NaN number, which JSON cannot hold: written as null
        from talentdb.store.checks import finite_rows

        text = _json_array(finite_rows(rows))
    out.write(text)


def _json_array(rows: list[dict]) -> str:
    parts = []
    for row in rows:
        if not row:
            parts.append("{}")
        elif any(isinstance(v, _NESTED) for v in row.values()):
            parts.append(json.dumps(row, ensure_ascii=False, indent=2, default=str, allow_nan=False)
                         .replace("\n", "\n  "))
        else:
            parts.append("{\n    " + json.dumps(row, ensure_ascii=False, default=str, separators=_ROW_ITEMS,
                                                allow_nan=False)[1:-1] + "\n  }")
    return "[\n  " + ",\n  ".join(parts) + "\n]\n"


def json_line(row: dict) -> str:
    """One row as a JSON line; an infinite or NaN number (JSON has none) as null."""
    try:
        return json.dumps(row, ensure_ascii=False, default=str, allow_nan=False) + "\n"
    except ValueError:
        from talentdb.store.checks import finite_rows

        return json.dumps(finite_rows([row])[0], ensure_ascii=False, default=str) + "\n"


def render(rows: list[dict], columns: list[str], fmt: str = "table", *, out=None, table_columns: list[str] | None = None,
           raw: bool = False, bom: bool = False, title: str | None = None) -> None:
    """Rows as --format says. A table on a terminal fits its width (see fit_widths); a table piped elsewhere is plain
    text with every cell complete; json, jsonl and csv are always complete."""
    out = out or sys.stdout
    if fmt == "json":
        write_json_array(rows, out)
    elif fmt == "jsonl":
        for r in rows:
            out.write(json_line(r))
    elif fmt == "csv":
        from talentdb.csvsafe import write_csv

        write_csv(rows, columns, out, raw=raw, bom=bom)
    else:
        cols = table_columns or columns
        if out is sys.stdout and out.isatty() and not os.environ.get("TALENTDB_PLAIN"):
            _rich_table(rows, cols, title)
        elif rows:
            out.write(plain_table(rows, cols, limit=None) + "\n")
        else:
            out.write("(no rows)\n")


# Columns whose values are read whole or not at all: never cut on a terminal, whatever their width.
WHOLE_COLUMNS = frozenset({"id", "date", "type", "status", "amount", "currency", "since", "until", "published",
                           "lang", "events", "count", "seq", "found", "required", "false_pos", "precision", "recall",
                           "f1", "args", "what", "action", "score"})
# A column whose every value is at most this wide is never cut either (a short code, a count, a flag).
SHORT = 10
GAP = 2        # spaces between two columns
NARROWEST = 4  # a cut column keeps at least this much (three characters and the …)


def fit_widths(natural: list[int], whole: list[bool], width: int, gap: int = GAP) -> list[int]:
    """Column widths for a terminal ``width`` columns wide: whole columns keep their natural width; the others share
    what is left, the narrow ones first getting all they need (water-filling), none below NARROWEST."""
    widths = list(natural)
    room = width - gap * (len(natural) - 1) - sum(n for n, w in zip(natural, whole) if w)
    cut = sorted((n, i) for i, (n, w) in enumerate(zip(natural, whole)) if not w)
    if sum(n for n, _ in cut) <= room:
        return widths
    for k, (need, i) in enumerate(cut):
        share = max(NARROWEST, room // (len(cut) - k))
        widths[i] = min(need, share)
        room -= widths[i]
    return widths


def _rich_table(rows, columns, title):
    from rich.console import Console
    from rich.table import Table

    console = Console(no_color=bool(os.environ.get("NO_COLOR")), highlight=False)
    if not rows:
        console.print("(no rows)")
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    # A column with no value in any row says nothing to a reader; json and csv keep it.
    shown_columns = [i for i, c in enumerate(columns) if any(row[i] for row in cells)] or list(range(len(columns)))
    natural = [max([_width(columns[i])] + [_width(row[i]) for row in cells]) for i in shown_columns]
    whole = [columns[i] in WHOLE_COLUMNS or max(_width(row[i]) for row in cells) <= SHORT for i in shown_columns]
    widths = fit_widths(natural, whole, console.width)
    table = Table(title=title, box=None, padding=(0, GAP // 2), pad_edge=False, header_style="bold underline",
                  title_justify="left")
    for i, w in zip(shown_columns, widths):
        table.add_column(columns[i], width=w, no_wrap=True, overflow="ellipsis")
    from rich.text import Text

    for row in cells:  # as Text: a cell holding "[bold]" is text, not rich markup
        table.add_row(*[Text(row[i]) for i in shown_columns])
    console.print(table)
