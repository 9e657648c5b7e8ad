"""The options several commands share, declared once: ``--db``, ``--format``, ``--known-at``, ``--limit``,
``--offset``, ``--newest``, ``--quiet``.

A command takes one by naming its type (``db: Db = None``); its flag and help come from here, so every command
spells it the same way. Only typer and the standard library are imported: ``talentdb --help`` must answer in a
blink.
"""

from datetime import date
from enum import Enum
from typing import Annotated, Optional

import typer

from talentdb.filters import as_option, day, event_type


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    xlsx = "xlsx"


class Lang(str, Enum):
    auto = "auto"
    zh_hant = "zh-Hant"
    zh_hans = "zh-Hans"
    en = "en"


# A table is for reading: it shows a page; json, jsonl and csv are for programs and give every row.
TABLE_PAGE = 100

DB_HELP = "Database: a file path or an SQLAlchemy URL. Default: $TALENTDB_DB, else talentdb.db here."

# Accepted before the command (``talentdb --db x.db query``) and after it (``talentdb query --db x.db``).
Db = Annotated[Optional[str], typer.Option("--db", help=DB_HELP)]
Fmt = Annotated[Format, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]
KnownAt = Annotated[Optional[str], typer.Option("--known-at", help="Answer as the log stood at seq N or ISO time.")]
# The largest number a database column or LIMIT holds: a bigger one is a usage error naming the option, not the
# database's "datatype mismatch".
MAX_ROWS = 2 ** 63 - 1
Limit = Annotated[Optional[int], typer.Option(
    min=0, max=MAX_ROWS,
    help=f"At most N rows; 0 for all. Default: {TABLE_PAGE} in the table, all in json, jsonl and csv.")]
Offset = Annotated[int, typer.Option(min=0, max=MAX_ROWS, help=f"Skip the first N rows (the next page of the table: "
                                                              f"--offset {TABLE_PAGE}).")]
Newest = Annotated[bool, typer.Option("--newest", help="The order reversed: newest first (undated events lead).")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Nothing on stderr but errors: no progress bar, "
                                                           "no summary.")]
Search = Annotated[Optional[str], typer.Argument(help="A part of a name or spelling (any script); none: all.")]


def parse_date(value: Optional[str], option: str) -> Optional[date]:
    """A day as people type it (2025-03-14, 2025-3-14), or one line naming the option."""
    return day(value, option.lstrip("-").replace("-", "_"), as_option)


def check_type(value: Optional[str], option: str = "--type") -> None:
    event_type(value, option.lstrip("-"), as_option)
