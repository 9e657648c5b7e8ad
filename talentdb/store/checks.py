"""What a person may write into an event: the checks ``amend`` and ``add`` share, in the CLI and the Python API.

A bad value is refused with one line naming the field and the value, and nothing is written. The messages name
fields (``date``, ``currency``), never command-line flags, so they read the same from Python.
"""
from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from talentdb.errors import TalentDBError
from talentdb.filters import DATE_PRECISIONS as PRECISIONS, EVENT_TYPES

PEOPLE_TYPES = ("departure", "promotion", "hire")
NAME_FIELDS = ("person", "org", "counterparty")
TEXT_FIELDS = ("role", "role_raw", "date_text", "evidence")
# Past these an amount or a year is a typo, not a fact (the extractor keeps such values null too).
MAX_AMOUNT = 1e15
YEARS = (1700, 2200)
# Largest id a database column holds; a bigger number names no event (and would overflow the driver).
MAX_ID = 2 ** 63 - 1
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# As people type them (the same forms as filters.parse_day): 2024-05-14, 2024-5-14, 2024/5/14; 2024-05, 2024-5; 2024.
_DATE_SHAPES = ((re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), "day"),
                (re.compile(r"(\d{4})[-/.](\d{1,2})()"), "month"), (re.compile(r"(\d{4})()()"), "year"))
_RANK = {"day": 5, "week": 4, "month": 3, "quarter": 2, "year": 1}


class CorrectionError(TalentDBError):
    """A correction that cannot be made: an unknown id, a bad value, a decision already taken."""


@lru_cache(maxsize=1)
def currencies() -> frozenset:
    """ISO 4217 codes, from talentdb/data/iso4217.txt."""
    path = Path(__file__).resolve().parent.parent / "data" / "iso4217.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line[:1].isalpha())


def event_id(value) -> int:
    """An event id as a whole number a database can hold."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise CorrectionError(f"no event with id {value}")
    return value


def reason(text) -> str:
    if not isinstance(text, str) or not text.strip():
        raise CorrectionError("a reason is needed: say why, in a few words (it is kept in the log)")
    return clean_text("reason", text)


def clean_text(field: str, value) -> str:
    if not isinstance(value, str):
        raise CorrectionError(f"{field} must be text, not {value!r}")
    value = value.strip()
    if not value:
        raise CorrectionError(f"{field} cannot be empty")
    if _CONTROL.search(value):
        raise CorrectionError(f"{field} {value!r} holds a control character")
    return value


def _amount(value) -> float:
    try:
        amount = float(value)
    except (TypeError, ValueError):
        raise CorrectionError(f"amount {value!r} is not a number") from None
    if not math.isfinite(amount) or amount < 0:
        raise CorrectionError(f"amount {value!r}: give a positive number (no negative, infinite or NaN amounts)")
    if amount > MAX_AMOUNT:
        raise CorrectionError(f"amount {value!r} is larger than any round (over 10^15): check the number")
    return amount


def finite_rows(rows: list[dict]) -> list[dict]:
    """Rows with every infinite or NaN number as None: JSON has no spelling for them (json writes ``Infinity`` and
    ``NaN``, which JSON parsers and PostgreSQL's jsonb refuse). Such a value can only come from outside talentdb
    (amend, add and the log refuse them), so output paths call this only when json reports one."""
    def clean(v):
        if isinstance(v, float) and not math.isfinite(v):
            return None
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [clean(x) for x in v]
        return v

    return [clean(r) for r in rows]


def _currency(value) -> str:
    code = clean_text("currency", value).upper()
    if code not in currencies():
        raise CorrectionError(f"currency {value!r} is not an ISO 4217 code (e.g. USD, EUR, CNY, TWD)")
    return code


def parse_date(value: str) -> tuple[str, str]:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (month and day may have one digit) as (first day, precision)."""
    text = value.strip() if isinstance(value, str) else ""
    for shape, precision in _DATE_SHAPES:
        match = shape.fullmatch(text)
        if match:
            year, month, day_ = match.groups()
            try:
                day = date(int(year), int(month or 1), int(day_ or 1))
            except ValueError:
                break
            if not YEARS[0] <= day.year <= YEARS[1]:
                raise CorrectionError(f"date {value!r}: the year is out of range ({YEARS[0]}–{YEARS[1]})")
            return day.isoformat(), precision
    raise CorrectionError(f"date {value!r} is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)")


def _dates(fields: dict, out: dict) -> None:
    precision = fields.get("date_precision")
    if precision is not None and precision not in PRECISIONS:
        raise CorrectionError(f"date_precision {precision!r}: use {', '.join(PRECISIONS)}")
    if "date" not in fields:
        if "date_precision" in fields:
            out["date_precision"] = precision
        return
    if fields["date"] is None:  # the date is not known after all
        out.update(date=None, date_precision=None, date_text=None)
        return
    day, shape = parse_date(fields["date"])
    if precision is not None and _RANK[precision] > _RANK[shape]:
        raise CorrectionError(f"date {fields['date']!r} names a {shape}; a precision of {precision} needs a full date")
    said = clean_text("date_text", fields["date_text"]) if fields.get("date_text") else fields["date"].strip()
    out.update(date=day, date_precision=precision or shape, date_text=said)


def clean_fields(fields: dict) -> dict:
    """Event fields as a person gave them, checked and normalised (a bad one raises CorrectionError).

    ``date`` may be YYYY-MM-DD, YYYY-MM or YYYY; its precision follows from it unless ``date_precision`` says
    otherwise, and ``date_text`` keeps what was given. A None value clears a field (except names and type)."""
    out: dict = {}
    for field, value in fields.items():
        if field in ("date", "date_precision", "date_text"):
            continue
        if field == "type":
            if value not in EVENT_TYPES:
                raise CorrectionError(f"type {value!r}: use {', '.join(EVENT_TYPES[:-1])} or {EVENT_TYPES[-1]}")
            out[field] = value
        elif value is None:
            if field in ("person", "org"):
                raise CorrectionError(f"{field} cannot be empty")
            out[field] = None
        elif field in NAME_FIELDS or field in TEXT_FIELDS:
            out[field] = clean_text(field, value)
        elif field == "amount":
            out[field] = _amount(value)
        elif field == "currency":
            out[field] = _currency(value)
        else:
            raise CorrectionError(f"{field} is not a field of an event")
    if "date_text" in fields and "date" not in fields:
        out["date_text"] = None if fields["date_text"] is None else clean_text("date_text", fields["date_text"])
    _dates(fields, out)
    return out


def check_new_event(fields: dict) -> None:
    """What every event has, as the extractor guarantees it: people events name a person, funding and founding an
    organisation, and an amount comes with its currency."""
    kind = fields.get("type")
    if kind is None:
        raise CorrectionError(f"an event needs a type: {', '.join(EVENT_TYPES[:-1])} or {EVENT_TYPES[-1]}")
    if kind in PEOPLE_TYPES and not fields.get("person"):
        raise CorrectionError(f"a {kind} needs a person")
    if kind in ("funding", "founding") and not fields.get("org"):
        raise CorrectionError(f"a {kind} needs an organisation (org)")
    if fields.get("amount") is not None and not fields.get("currency"):
        raise CorrectionError("an amount needs its currency (an ISO 4217 code such as USD)")
