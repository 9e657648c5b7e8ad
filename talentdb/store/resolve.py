"""Deciding, at write time, who a name is and whether an event is already known.

Both decisions are recorded in the log entries they produce (the resolved names, the event id corroborated),
so replaying the log never has to decide anything again.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from talentdb.store.names import fold, title_parts

PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "quarter": 2, "year": 1, None: 0}
# Two reports of one departure may resolve relative dates against different publication dates
# ("last week" in a reprint a fortnight later); within this slack they are still the same event.
DATE_SLACK = timedelta(days=62)


def _sql(s):
    from sqlalchemy import text

    return text(s)


class Resolver:
    def __init__(self, conn):
        self.conn = conn
        self._cache: dict[tuple[str, str], str | None] = {}

    def canonical(self, kind: str, name: str | None, spellings=()) -> str | None:
        """The stored canonical name for any of these spellings, else ``name`` itself."""
        if not name:
            return name
        keys = [k for k in dict.fromkeys(fold(s) for s in (name, *spellings) if s) if k]
        for key in keys:
            if (kind, key) in self._cache:
                found = self._cache[(kind, key)]
                if found:
                    return found
                continue
            found = self._lookup(kind, key)
            self._cache[(kind, key)] = found
            if found:
                return found
        return name

    def prefetch(self, kind: str, spellings) -> None:
        """Look up many spellings in one statement (an article's names, before its events are resolved one by one):
        the same answers ``canonical`` would get a statement each for."""
        from talentdb.store.rawsql import raw

        keys = [k for k in dict.fromkeys(fold(s) for s in spellings if s) if k and (kind, k) not in self._cache]
        table = "people" if kind == "person" else "organizations"
        rows = raw(self.conn).all_in(f"SELECT a.key, t.name, t.merged_into FROM aliases a JOIN {table} t "
                                     "ON t.id = a.entity_id WHERE a.entity_kind = :kind AND a.key IN ({values})",
                                     keys, {"kind": kind})
        found = {key: (name, merged) for key, name, merged in rows}
        for key in keys:
            name, merged = found.get(key, (None, None))
            self._cache[(kind, key)] = self._lookup(kind, key) if merged else name

    def _lookup(self, kind: str, key: str) -> str | None:
        from talentdb.store.rawsql import raw

        db = raw(self.conn)
        table = "people" if kind == "person" else "organizations"
        row = db.first(f"SELECT t.id, t.name, t.merged_into FROM aliases a JOIN {table} t ON t.id = a.entity_id "
                       "WHERE a.entity_kind = :k AND a.key = :key", {"k": kind, "key": key})
        if not row:
            return None
        seen, (ent_id, name, merged) = set(), row
        while merged and merged not in seen:  # follow merges to the surviving entity
            seen.add(merged)
            ent_id, name, merged = db.first(f"SELECT id, name, merged_into FROM {table} WHERE id = :i", {"i": merged})
        return name


def interval(iso: str | None, precision: str | None) -> tuple[date, date] | None:
    if not iso:
        return None
    try:
        start = date.fromisoformat(iso)
    except ValueError:
        return None
    if precision == "week":
        return start, start + timedelta(days=6)
    if precision == "month":
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "quarter":
        end_month = min(start.month + 2, 12)
        return start, date(start.year, end_month, calendar.monthrange(start.year, end_month)[1])
    if precision == "year":
        return start, date(start.year, 12, 31)
    return start, start


def dates_compatible(a: dict, b: dict, slack: timedelta = DATE_SLACK) -> bool:
    ia, ib = interval(a.get("date"), a.get("date_precision")), interval(b.get("date"), b.get("date_precision"))
    if ia is None or ib is None:
        return True
    return ia[0] - slack <= ib[1] and ib[0] - slack <= ia[1]


def _same_amount(a: dict, b: dict) -> bool:
    if a.get("amount") is None and b.get("amount") is None:
        return True
    if a.get("amount") is None or b.get("amount") is None:
        return False
    return (a.get("currency") == b.get("currency")
            and abs(float(a["amount"]) - float(b["amount"])) <= 0.01 * max(float(a["amount"]), float(b["amount"])))


def same_event(known: dict, new: dict) -> bool:
    """Do two reports describe one event? Same type and parties, compatible dates and amounts."""
    if known["type"] != new["type"]:
        return False
    if new["type"] == "funding":
        return known.get("org") == new.get("org") and _same_amount(known, new) and dates_compatible(known, new)
    if new["type"] == "founding":
        return (known.get("org") == new.get("org") and known.get("person") == new.get("person")
                and dates_compatible(known, new))
    if not new.get("person") or known.get("person") != new.get("person"):
        return False
    if known.get("org") and new.get("org") and known["org"] != new["org"] and not one_org_in_two_scripts(known, new):
        return False
    return dates_compatible(known, new)


def one_org_in_two_scripts(known: dict, new: dict) -> bool:
    """One person's move under one title, its organisation named in Chinese in one report and in Latin letters in
    the other (港灣生技 and Harbourline Bio): an article in another script telling the same move, not a second one.
    Without the same title on both sides two organisations stay two."""
    from talentdb.extract.names.chars import _is_han  # (the extractor's Han range; a light module)

    def has_han(name: str) -> bool:
        return any(_is_han(ch) for ch in name)

    return (has_han(known["org"]) != has_han(new["org"]) and bool(known.get("role"))
            and known.get("role") == new.get("role"))


def improvements(known: dict, new: dict) -> dict:
    """Fields the new report adds: a more precise date inside the known one, and anything the known lacks."""
    changes = {}
    if PRECISION_RANK[new.get("date_precision")] > PRECISION_RANK[known.get("date_precision")]:
        kn, nw = interval(known.get("date"), known.get("date_precision")), interval(new.get("date"), new.get("date_precision"))
        if nw and (kn is None or (kn[0] <= nw[0] and nw[1] <= kn[1])):
            changes.update(date=new["date"], date_precision=new["date_precision"], date_text=new.get("date_text"))
    for field in ("org", "role", "role_raw", "counterparty", "amount", "currency"):
        if known.get(field) in (None, "") and new.get(field) not in (None, ""):
            changes[field] = new[field]
    return changes


def _two_posts_of_one_article(known: dict, new: dict) -> bool:
    """Two moves of one person one article tells under two titles on two days ("was promoted to senior executive
    vice president on Thursday … will become president on April 1"): the extractor already merged the retellings
    of one move, so these are two."""
    # (on one day too, under titles that share no part: "出任非執行董事" and "接任主席", both from January 1, are two
    # posts the extractor kept apart; "CEO" and "President and CEO" share one and stay one)
    return new["type"] in ("promotion", "hire") and bool(known.get("role") and new.get("role")) and \
        known["role"] != new["role"] and bool(known.get("date") and new.get("date")) and \
        (known["date"] != new["date"] or not title_parts(known["role"]) & title_parts(new["role"]))




def find_known(conn, new: dict, extra: list[dict]) -> dict | None:
    """An already-recorded active event (or one asserted earlier in this article) that ``new`` reports again."""
    for known in extra:
        # (one article names one organisation one way: two names in it are two organisations, whatever their script)
        two_orgs = bool(known.get("org") and new.get("org")) and known["org"] != new["org"]
        if same_event(known, new) and not _two_posts_of_one_article(known, new) and not two_orgs:
            return known
    if new["type"] in ("funding", "founding"):
        if not new.get("org"):
            return None
        where, params = "org = :o", {"o": new["org"]}
    elif new.get("person"):
        where, params = "person = :p", {"p": new["person"]}
    else:
        return None
    from talentdb.store.rawsql import raw

    span = interval(new.get("date"), new.get("date_precision"))
    if span is not None and date(1, 1, 1) + DATE_SLACK + timedelta(days=366) <= span[0] and span[1] <= date(9998, 1, 1):
        # Only events whose dates could be compatible (a busy organisation has thousands of rounds over the years).
        # A superset of dates_compatible: a known interval starts at most a year before it ends. Undated events,
        # and any stored date that is not plain ISO, still go to same_event.
        where += (" AND (date IS NULL OR length(date) <> 10 OR substr(date, 5, 1) <> '-' OR substr(date, 8, 1) <> '-'"
                  " OR date BETWEEN :lo AND :hi)")
        params.update(lo=(span[0] - DATE_SLACK - timedelta(days=366)).isoformat(), hi=(span[1] + DATE_SLACK).isoformat())
    rows = raw(conn).dicts("SELECT id, type, person, org, role, role_raw, counterparty, date, date_precision, date_text, "
                           f"amount, currency FROM events WHERE status = 'active' AND type = :t AND {where} ORDER BY id",
                           {"t": new["type"], **params})
    for row in rows:
        if same_event(row, new):
            return row
    return None
