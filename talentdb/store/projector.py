"""Projections: the tables and views users query, written only by replaying log entries.

One projector serves both ``ingest`` (apply the entries just appended, in the same transaction) and
``rebuild`` (drop everything and replay from seq 1), so the two can never disagree. ``projection_state``
holds the seq of the last entry applied, written in the same transaction as the rows it explains.
"""
from __future__ import annotations

from dataclasses import replace

from talentdb.store.kinds import KINDS, current
from talentdb.store.log import Entry, read_entries
from talentdb.store.maintained import Maintained
from talentdb.store.names import fold, usable_alias
from talentdb.store.rawsql import raw

EVENT_FIELDS = ("type", "person", "org", "role", "role_raw", "counterparty", "date", "date_precision", "date_text",
                "amount", "currency", "evidence", "source_id", "confidence", "status", "confirmed", "extractor")
# What a person may amend; a re-extraction may also change the evidence and confidence (and says by which extractor).
AMENDABLE = ("person", "org", "role", "role_raw", "counterparty", "date", "date_precision", "date_text", "amount",
             "currency", "type")
CHANGEABLE = frozenset(AMENDABLE) | {"status", "confirmed", "extractor", "evidence", "confidence", "source_id"}
_VERSION_COLS = ", ".join(EVENT_FIELDS)
_TABLES = {"person": "people", "org": "organizations"}


def _sql(s: str):
    from sqlalchemy import text

    return text(s)


class _Later:
    """In place of Maintained while a rebuild replays: current_roles and talent_flow are computed once at the end."""

    def note(self, event: dict) -> None:
        pass

    def refresh(self) -> None:
        pass


class Projector:
    def __init__(self, conn, *, replay_all: bool = False):
        """``replay_all``: the projections are empty and this projector replays the whole log into them (rebuild):
        a name it has not seen has no row yet (no look-up), and current_roles and talent_flow are left to the
        caller to compute once."""
        self.conn = conn
        self._fresh = replay_all
        self.db = raw(conn)  # the row-at-a-time statements below skip SQLAlchemy's per-call overhead
        self._ids: dict[tuple[str, str], int] = {}
        self._absent: set[tuple[str, str]] = set()  # names _prefetch_ids found no row for
        self._next: dict[str, int] = {}
        self._pending_entities: dict[str, list[dict]] = {"people": [], "organizations": []}
        self._pending_events: list[dict] = []
        self._pending_sources: list[dict] = []
        self._pending_aliases: list[dict] = []
        self._pending_corroborations: list[dict] = []
        self.kept = _Later() if replay_all else Maintained(self.db, conn.dialect.name)  # current_roles, talent_flow
        # Every kind of the registry has its handler here (a kind without one fails at once, in every test).
        self._handlers = {kind: getattr(self, "_" + kind.replace(".", "_")) for kind in KINDS}

    # -- entities -------------------------------------------------------------------------------------
    def entity_id(self, kind: str, name: str | None) -> int | None:
        if not name:
            return None
        table = "people" if kind == "person" else "organizations"
        cached = self._ids.get((kind, name))
        if cached is not None:
            return cached
        row = None if self._fresh or (kind, name) in self._absent else self.db.first(f"SELECT id FROM {table} WHERE name = :n",
                                                                      {"n": name})
        if row:
            self._ids[(kind, name)] = row[0]
            return row[0]
        if kind not in self._next:
            self._next[kind] = (self.db.scalar(f"SELECT COALESCE(MAX(id), 0) FROM {table}") or 0) + 1
        new_id = self._next[kind]
        self._next[kind] += 1
        self._pending_entities[table].append({"id": new_id, "n": name})
        self._ids[(kind, name)] = new_id
        self._pending_aliases.append({"k": kind, "e": new_id, "a": name, "key": fold(name), "s": 0})
        return new_id

    def _prefetch_ids(self, entries: list[Entry]) -> None:
        """The ids of the names these entries' events carry, one statement per kind (an article's events name the
        same few people and organisations, each looked up once instead of once per event)."""
        names: dict[str, set] = {"person": set(), "org": set()}
        for e in entries:
            if e.kind == "event.asserted":
                p = e.payload
                names["person"].add(p.get("person"))
                names["org"].add(p.get("org"))
                if p.get("counterparty_org"):
                    names["org"].add(p.get("counterparty"))
        for kind, wanted in names.items():
            wanted = [n for n in wanted if n and (kind, n) not in self._ids]
            table = "people" if kind == "person" else "organizations"
            for ent_id, name in self.db.all_in(f"SELECT id, name FROM {table} WHERE name IN ({{values}})", wanted):
                self._ids[(kind, name)] = ent_id
            self._absent.update((kind, n) for n in wanted if (kind, n) not in self._ids)

    def add_aliases(self, kind: str, entity_id: int | None, aliases, seq: int) -> None:
        if entity_id is None:
            return
        for alias in aliases or ():
            if alias and usable_alias(alias):
                self._pending_aliases.append({"k": kind, "e": entity_id, "a": alias, "key": fold(alias), "s": seq})

    # -- applying entries -----------------------------------------------------------------------------
    def apply_all(self, entries) -> int:
        last = None
        if isinstance(entries, list):
            self._prefetch_ids(entries)
        handlers = self._handlers
        for entry in entries:
            payload = current(entry.kind, entry.payload)  # an older payload in today's shape
            if payload is not entry.payload:
                entry = replace(entry, payload=payload)
            handlers[entry.kind](entry)
            last = entry.seq
        self.flush()
        self.kept.refresh()
        if last is not None:
            self._set_position(last)
        return last or 0

    def flush(self) -> None:
        """Write the rows gathered so far, one executemany per table (bulk ingest and rebuild are row-heavy)."""
        db = self.db
        for table, rows in self._pending_entities.items():
            if rows:
                db.many(f"INSERT INTO {table} (id, name) VALUES (:id, :n)", rows)
                self._pending_entities[table] = []
        if self._pending_sources:
            db.many("INSERT INTO sources (id, sha256, title, url, published, lang, text, ingested_at, seq) "
                    "VALUES (:id, :sha256, :title, :url, :published, :lang, :text, :ingested_at, :seq)",
                    self._pending_sources)
            self._pending_sources = []
        if self._pending_aliases:
            # First spelling wins: an alias never silently moves from one entity to another.
            seen, rows = set(), []
            for a in self._pending_aliases:
                if (a["k"], a["key"]) not in seen:
                    seen.add((a["k"], a["key"]))
                    rows.append(a)
            db.many("INSERT INTO aliases (entity_kind, entity_id, alias, key, seq) "
                    "VALUES (:k, :e, :a, :key, :s) ON CONFLICT DO NOTHING", rows)
            self._pending_aliases = []
        if self._pending_events:
            rows = self._pending_events
            cols = "id, person_id, org_id, seq, " + _VERSION_COLS
            db.many(f"INSERT INTO events ({cols}) VALUES ({', '.join(':' + x.strip() for x in cols.split(','))})", rows)
            db.many(f"INSERT INTO event_versions (event_id, seq_from, seq_to, {_VERSION_COLS}) VALUES "
                    f"(:id, :seq, NULL, {', '.join(':' + f for f in EVENT_FIELDS)})", rows)
            db.many("INSERT INTO event_sources (event_id, source_id, evidence, date, date_precision, date_text, seq) "
                    "VALUES (:id, :source_id, :evidence, :date, :date_precision, :date_text, :seq)",
                    [r for r in rows if r["source_id"] is not None])  # an event added by hand may cite no article
            self._pending_events = []
        if self._pending_corroborations:
            db.many("INSERT INTO event_sources (event_id, source_id, evidence, date, date_precision, date_text, seq) "
                    "VALUES (:id, :src, :ev, :d, :dp, :dt, :seq) ON CONFLICT DO NOTHING", self._pending_corroborations)
            self._pending_corroborations = []

    def _set_position(self, seq: int) -> None:
        if self.db.rowcount("UPDATE projection_state SET last_seq = :s WHERE name = 'main'", {"s": seq}) == 0:
            self.db.execute("INSERT INTO projection_state (name, last_seq) VALUES ('main', :s)", {"s": seq})

    def _log_keyed(self, e: Entry) -> None:
        """Says how later hashes are made (store.ledger); nothing to project."""

    def _source_ingested(self, e: Entry) -> None:
        p = e.payload
        self._pending_sources.append(dict(id=p["source_id"], sha256=p["sha256"], title=p.get("title"), url=p.get("url"),
                                          published=p.get("published"), lang=p.get("lang"), text=p["text"],
                                          ingested_at=e.recorded_at, seq=e.seq))

    def _event_asserted(self, e: Entry) -> None:
        p = e.payload
        row = {f: p.get(f) for f in EVENT_FIELDS}
        row.update(id=p["event_id"], status="active", confirmed=False, seq=e.seq,
                   person_id=self.entity_id("person", p.get("person")), org_id=self.entity_id("org", p.get("org")))
        self.add_aliases("person", row["person_id"], p.get("person_aliases"), e.seq)
        self.add_aliases("org", row["org_id"], p.get("org_aliases"), e.seq)
        if p.get("counterparty_org"):
            self.add_aliases("org", self.entity_id("org", p["counterparty"]), p.get("counterparty_aliases"), e.seq)
        self._pending_events.append(row)
        self.kept.note(row)

    def _event_corroborated(self, e: Entry) -> None:
        p = e.payload
        # Written with the next flush, after the events and sources before it (a replay is row-heavy: a flush per
        # corroboration made thousands of one-row statements).
        self._pending_corroborations.append(
            {"id": p["event_id"], "src": p["source_id"], "ev": p.get("evidence"), "d": p.get("date"),
             "dp": p.get("date_precision"), "dt": p.get("date_text"), "seq": e.seq})
        if p.get("set"):
            self._change(p["event_id"], p["set"], e.seq)
        # How the corroborating article spells the event's person and organisations: now spellings of them too.
        for spelled in p.get("aliases") or ():
            self.add_aliases(spelled["kind"], self.entity_id(spelled["kind"], spelled["name"]), spelled["spellings"],
                             e.seq)

    def _event_amended(self, e: Entry) -> None:
        self.flush()
        changes = dict(e.payload["set"])
        if e.payload.get("extractor"):  # a re-extraction: the event's values are now that extractor's
            changes["extractor"] = e.payload["extractor"]
        self._change(e.payload["event_id"], changes, e.seq)

    def _event_retracted(self, e: Entry) -> None:
        self.flush()
        self._change(e.payload["event_id"], {"status": "retracted"}, e.seq)

    def _event_confirmed(self, e: Entry) -> None:
        self.flush()
        self._change(e.payload["event_id"], {"confirmed": True}, e.seq)

    def _source_retracted(self, e: Entry) -> None:
        self.flush()
        p = e.payload
        self.db.execute("UPDATE sources SET status = 'retracted' WHERE id = :s", {"s": p["source_id"]})
        for event_id, source_id in p.get("reassigned") or ():
            # The event stays, reported by another article: it now cites that one, with its evidence.
            evidence = self.db.scalar("SELECT evidence FROM event_sources WHERE event_id = :e AND source_id = :s",
                                      {"e": event_id, "s": source_id})
            self._change(event_id, {"source_id": source_id, "evidence": evidence}, e.seq)

    def _entity_aliased(self, e: Entry) -> None:
        p = e.payload
        self.add_aliases(p["entity_kind"], self.entity_id(p["entity_kind"], p["name"]), [p["alias"]], e.seq)
        self.flush()

    def _entity_merged(self, e: Entry) -> None:
        """B's row points at A (its spellings stay its own, so an unmerge can give them back; looking a name up
        follows the pointer), and every event that names B names A."""
        self.flush()
        p = e.payload
        kind, into, merged = p["entity_kind"], p["into"], p["merged"]
        into_id, merged_id = self.entity_id(kind, into), self.entity_id(kind, merged)
        self.flush()
        self.db.execute(f"UPDATE {_TABLES[kind]} SET merged_into = :a WHERE id = :b", {"a": into_id, "b": merged_id})
        self._rename_in_events(kind, merged, into, e.seq)

    def _entity_unmerged(self, e: Entry) -> None:
        self.flush()
        p = e.payload
        kind, restored = p["entity_kind"], p["restored"]
        entity = self.entity_id(kind, restored)
        self.db.execute(f"UPDATE {_TABLES[kind]} SET merged_into = NULL WHERE id = :b", {"b": entity})
        # Its own name is its spelling again (a merge projected by an earlier version moved every spelling along).
        self.db.execute("UPDATE aliases SET entity_id = :b WHERE entity_kind = :k AND key = :key",
                        {"b": entity, "k": kind, "key": fold(restored)})
        back: dict[int, dict] = {}
        for event_id, field in p["events"]:
            back.setdefault(event_id, {})[field] = restored
        for event_id in sorted(back):
            self._change(event_id, back[event_id], e.seq)

    def _entity_renamed(self, e: Entry) -> None:
        self.flush()
        p = e.payload
        kind, old, new = p["entity_kind"], p["name"], p["new"]
        entity = self.entity_id(kind, old)
        self.flush()
        self.db.execute(f"UPDATE {_TABLES[kind]} SET name = :n WHERE id = :i", {"n": new, "i": entity})
        self._ids.pop((kind, old), None)
        self._ids[(kind, new)] = entity
        self._absent.discard((kind, new))
        self.add_aliases(kind, entity, [new], e.seq)
        self.flush()
        self._rename_in_events(kind, old, new, e.seq)

    def _rename_in_events(self, kind: str, old: str, new: str, seq: int) -> None:
        """Every event naming ``old`` (as person, or as organisation and as the other party) names ``new``: one new
        version per event, whichever of its fields changed."""
        columns = ("person",) if kind == "person" else ("org", "counterparty")
        changes: dict[int, dict] = {}
        for column in columns:
            for (event_id,) in self.db.all(f"SELECT id FROM events WHERE {column} = :b", {"b": old}):
                changes.setdefault(event_id, {})[column] = new
        for event_id in sorted(changes):
            self._change(event_id, changes[event_id], seq)

    # -- changing an event: update the current row, close its version, open a new one ------------------
    def _change(self, event_id: int, changes: dict, seq: int) -> None:
        changes = {k: v for k, v in changes.items() if k in CHANGEABLE}
        if "person" in changes:
            changes["person_id"] = self.entity_id("person", changes["person"])
        if "org" in changes:
            changes["org_id"] = self.entity_id("org", changes["org"])
        self.flush()
        assignments = ", ".join(f"{k} = :{k}" for k in changes)
        db = self.db
        was = db.dicts("SELECT type, person, org, counterparty FROM events WHERE id = :id", {"id": event_id})
        if db.rowcount(f"UPDATE events SET {assignments}, seq = :seq__ WHERE id = :id__",
                       {**changes, "seq__": seq, "id__": event_id}) == 0:
            return
        self.kept.note(was[0])
        self.kept.note({**was[0], **changes})
        db.execute("UPDATE event_versions SET seq_to = :s WHERE event_id = :id AND seq_to IS NULL",
                   {"s": seq, "id": event_id})
        db.execute(f"INSERT INTO event_versions (event_id, seq_from, seq_to, {_VERSION_COLS}) "
                   f"SELECT id, :s, NULL, {_VERSION_COLS} FROM events WHERE id = :id", {"s": seq, "id": event_id})


def position(conn) -> int:
    return conn.execute(_sql("SELECT last_seq FROM projection_state WHERE name = 'main'")).scalar() or 0


def catch_up(conn, bar=None, *, replay_all: bool = False) -> int:
    """Apply whatever the log holds beyond the projections' position (nothing, normally). ``bar``
    (talentdb.progress) counts the entries applied; ``replay_all``: see Projector."""
    last, pos = raw(conn).first("SELECT (SELECT COALESCE(MAX(seq), 0) FROM event_log), "
                                "(SELECT last_seq FROM projection_state WHERE name = 'main')")
    last, pos = last or 0, pos or 0
    if last > pos:
        entries = read_entries(conn, after=pos)
        if bar is not None and bar.shown:
            bar.total(last - pos)
            entries = _counted(entries, bar)
        Projector(conn, replay_all=replay_all).apply_all(entries)
    return last


def _counted(entries, bar, every: int = 1000):
    n = 0
    for entry in entries:
        yield entry
        n += 1
        if n == every:
            bar.advance(n)
            n = 0
    bar.advance(n)


def rebuild(conn, bar=None) -> int:
    """Drop every projected row and replay the whole log, in the caller's transaction: as a bulk load, the plain
    indexes dropped during the replay and built once after it (store.bulkload), current_roles and talent_flow
    computed once from the finished events."""
    from talentdb.store.bulkload import indexes_dropped
    from talentdb.store.models import PROJECTION_TABLES

    with indexes_dropped(conn, PROJECTION_TABLES):
        for table in PROJECTION_TABLES:
            conn.execute(_sql(f"DELETE FROM {table}"))
        last = catch_up(conn, bar, replay_all=True)
    Maintained(raw(conn), conn.dialect.name).recompute_all()
    return last
