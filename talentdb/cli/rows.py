"""Printing rows: the one renderer (talentdb.output) and the table's pages."""
from __future__ import annotations

from typing import Optional

import typer

from talentdb.cli.options import TABLE_PAGE, Format


def emit(rows, columns, fmt: Format, table_columns=None, title=None) -> None:
    from talentdb.output import render

    render(rows, columns, fmt.value, table_columns=table_columns, title=title)


def page_size(limit: Optional[int], fmt: Format) -> Optional[int]:
    if limit is None:
        return TABLE_PAGE if fmt is Format.table else None
    return limit or None


def paged(fetch, limit: Optional[int], offset: int, fmt: Format, what: str = "events") -> list:
    """``fetch(limit)`` one row more than the page, to say on stderr when more rows match than were shown."""
    size = page_size(limit, fmt)
    rows = fetch(None if size is None else size + 1)
    if size is not None and len(rows) > size:
        rows = rows[:size]
        typer.echo(f"showing {what} {offset + 1:,}–{offset + size:,}; more match: --offset {offset + size} for the "
                   f"next page, --limit 0 for all", err=True)
    return rows
