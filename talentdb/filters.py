"""The values people give to questions (a type, a day, a log position), checked once for the CLI and the Python
API, so both refuse the same things with the same words.

Each check takes ``spell``, how the value's name reads where the user typed it: ``as_option`` for the CLI
(``--since``), ``as_argument`` for Python (``since``). Only the standard library: the CLI imports this before it
opens a database.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Callable

from talentdb.errors import UserError

EVENT_TYPES = ("departure", "promotion", "funding", "founding", "hire")
DATE_PRECISIONS = ("day", "week", "month", "quarter", "year")

Spelling = Callable[[str], str]


def as_option(name: str) -> str:
    return "--" + name.replace("_", "-")


def as_argument(name: str) -> str:
    return name


# A day as people type it: 2025-03-14, 2025-3-14, 2025/3/14.
_DAY = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*")


def parse_day(value) -> date | None:
    """The day ``value`` names, or None when it names none (2025-02-30 names none)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DAY.fullmatch(str(value))
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def day(value, name: str, spell: Spelling = as_argument) -> date | None:
    if value is None or value == "":
        return None
    found = parse_day(value)
    if found is None:
        raise UserError(f"{spell(name)} {str(value)!r} is not a real date (YYYY-MM-DD)")
    return found


def event_type(value: str | None, name: str = "type", spell: Spelling = as_argument) -> str | None:
    if value and value not in EVENT_TYPES:
        raise UserError(f"{spell(name)} {value!r}: use {', '.join(EVENT_TYPES[:-1])} or {EVENT_TYPES[-1]}")
    return value or None


def date_precision(value: str | None, name: str = "date_precision", spell: Spelling = as_argument) -> str | None:
    if value and value not in DATE_PRECISIONS:
        raise UserError(f"{spell(name)} {value!r}: use {', '.join(DATE_PRECISIONS[:-1])} or {DATE_PRECISIONS[-1]}")
    return value or None


def known_at(value, name: str = "known_at", spell: Spelling = as_argument) -> str | None:
    """A log position: a seq number or an ISO time (checked here; store.queries finds the seq of a time)."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if text.isdigit():
        # A seq past any log's end means "everything known": said as the largest seq a database holds.
        return text if int(text) < 2 ** 63 else str(2 ** 63 - 1)
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(f"{spell(name)} takes a log seq (e.g. 42) or an ISO time (e.g. 2024-10-09T12:00), "
                        f"not {text!r}") from None
    return text


def question(spell: Spelling = as_argument, **given) -> dict:
    """Every filter of a question checked and made plain (days as ISO strings); names it does not know pass as
    they are."""
    out = dict(given)
    if "type" in given:
        out["type"] = event_type(given["type"], "type", spell)
    for name in ("since", "until", "as_of"):
        if name in given:
            found = day(given[name], name, spell)
            out[name] = found.isoformat() if found else None
    if "known_at" in given:
        out["known_at"] = known_at(given["known_at"], "known_at", spell)
    return out
