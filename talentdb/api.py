"""The Python API, for notebooks and scripts.

    >>> import talentdb
    >>> with talentdb.open("talent.db") as db:        # or "postgresql+psycopg://postgres@127.0.0.1/talent"
    ...     db.ingest_text(open("article.txt").read(), published="2024-10-09", title="…")
    ...     db.query(type="departure", org="OpenAI")  # list of dicts, the same as `talentdb query --format json`
    ...     db.dataframe(type="funding")              # a pandas DataFrame (pip install "talentdb[pandas]")
    ...     db.confirm(3); db.amend(7, date="2024-05-14", reason="…"); db.reextract(dry_run=True)

It refuses what the CLI refuses, with the same words (the argument's name instead of the CLI's flag): an unknown
type, a day that is not a date, an unknown name (with the names it resembles); a part of one name (``Murati``)
answers for that name, as in the CLI. Every refusal is a ``talentdb.errors.TalentDBError``.
"""
from __future__ import annotations

from datetime import date

from talentdb.errors import UserError

_QUERY_FILTERS = ("type", "person", "org", "since", "until", "known_at", "include_retracted", "limit", "offset",
                  "newest_first")


class TalentDB:
    def __init__(self, url: str | None = None):
        from talentdb.store.db import get_engine

        self.engine = get_engine(url)
        self.closed = False

    def __enter__(self) -> "TalentDB":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ingest_text(self, text: str, *, published: str | date | None = None, title: str | None = None,
                    url: str | None = None, lang: str = "auto"):
        """Extract and store one article; returns an IngestResult (status, source_id, new_events, corroborated,
        warnings)."""
        from talentdb.filters import day
        from talentdb.ingest import commit, prepare
        from talentdb.reader import read_bytes

        when = day(published, "published")
        if lang not in ("auto", "zh-Hant", "zh-Hans", "en"):
            raise UserError(f"lang {lang!r}: use auto, zh-Hant, zh-Hans or en")
        article = read_bytes(text.encode("utf-8"), title or "<text>", "txt")
        prepared = prepare(article, published=when, lang=lang, title=title, url=url)
        result = commit(self._open(), prepared)
        result.warnings.extend(prepared.warnings)
        return result

    def ingest_file(self, path: str, **options):
        from talentdb.bulk import ingest_paths

        return ingest_paths(self._open(), [path], quiet=True, **options)

    def _open(self):
        if self.closed:
            raise UserError("this database is closed; talentdb.open() it again")
        return self.engine

    def _ask(self, ask, names: dict):
        """``ask(conn, **names)`` in a read transaction, names resolved as the CLI resolves them."""
        from talentdb.store.db import read_transaction
        from talentdb.store.lookup import answer

        with read_transaction(self._open()) as conn:
            return answer(conn, lambda **typed: ask(conn, **typed), names)

    def _read(self, fn, *args, **kwargs):
        """``fn(conn, …)`` in a read transaction."""
        from talentdb.store.db import read_transaction

        with read_transaction(self._open()) as conn:
            return fn(conn, *args, **kwargs)

    def query(self, **filters) -> list[dict]:
        """Events as dicts; filters: type, person, org, since, until, known_at, include_retracted, limit, offset,
        newest_first."""
        from talentdb.filters import question
        from talentdb.store.queries import query

        unknown = sorted(set(filters) - set(_QUERY_FILTERS))
        if unknown:
            raise UserError(f"query() takes {', '.join(_QUERY_FILTERS)}; not {', '.join(unknown)}")
        given = question(**filters)
        person, org = given.pop("person", None), given.pop("org", None)
        return self._ask(lambda conn, person, org: query(conn, person=person, org=org, **given),
                         {"person": ("person", person), "org": ("org", org)})

    def timeline(self, name: str, **kw) -> list[dict]:
        from talentdb.filters import question
        from talentdb.store.queries import timeline

        given = question(**kw)
        return self._ask(lambda conn, name: timeline(conn, name, **given), {"name": ("any", name)})

    def roster(self, org: str, **kw) -> list[dict]:
        from talentdb.filters import question
        from talentdb.store.queries import roster

        given = question(**kw)
        return self._ask(lambda conn, org: roster(conn, org, **given), {"org": ("org", org)})

    def flow(self, **kw) -> list[dict]:
        from talentdb.filters import question
        from talentdb.store.queries import flow

        given = question(**kw)
        from_org, to_org = given.pop("from_org", None), given.pop("to_org", None)
        return self._ask(lambda conn, from_org, to_org: flow(conn, from_org=from_org, to_org=to_org, **given),
                         {"from_org": ("org", from_org), "to_org": ("org", to_org)})

    def dataframe(self, **filters):
        """``query`` as a pandas DataFrame, ``date`` as datetimes (NaT when undated); needs pandas:
        pip install "talentdb[pandas]"."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError('dataframe() needs pandas: pip install "talentdb[pandas]"') from None
        from talentdb.store.queries import EVENT_COLUMNS

        frame = pd.DataFrame(self.query(**filters), columns=EVENT_COLUMNS)
        frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce")
        return frame

    # -- corrections: each one or more new log entries; a refused one (CorrectionError) writes nothing ----------
    def retract(self, *event_ids: int, reason: str, source: int | None = None):
        """Withdraw events: ``db.retract(12, 14, reason="…")``; or a whole article, ``db.retract(source=4, reason=…)``:
        every event it alone reports (returns a SourceRetraction: retracted, kept). Otherwise the log entries' seqs."""
        from talentdb.store import corrections

        if bool(event_ids) == (source is not None):
            raise corrections.CorrectionError("give event ids or a source to retract, not both and not neither")
        if source is not None:
            return corrections.retract_source(self._open(), source, reason)
        return corrections.retract(self._open(), list(event_ids), reason)

    def amend(self, event_id: int, *, reason: str, **fields) -> int:
        """Correct fields: ``db.amend(7, date="2024-05-14", reason="…")`` (date: YYYY-MM-DD, YYYY-MM or YYYY; its
        precision follows unless date_precision is given). Returns the log entry's seq."""
        from talentdb.store import corrections

        return corrections.amend(self._open(), event_id, fields, reason)

    def add(self, type: str, *, source: int | None = None, reason: str | None = None, **fields) -> int:  # noqa: A002
        """Record an event by hand: ``db.add("hire", person="Ada Park", org="Anthropic", date="2024-11")``;
        fields as in ``amend`` plus evidence. Returns the new event's id."""
        from talentdb.store import corrections

        return corrections.add(self._open(), {"type": type, **fields}, source_id=source, reason=reason).event_id

    def confirm(self, *event_ids: int, note: str | None = None) -> list[int]:
        """Mark events as checked by a person; returns the ids newly confirmed (already confirmed ones are left)."""
        from talentdb.store import corrections

        return corrections.confirm(self._open(), list(event_ids), note).confirmed

    def reextract(self, sources: list[int] | None = None, *, dry_run: bool = False) -> dict:
        """Re-extract stored sources (None: all) with the current extractor; returns {extractor, changes: [...],
        counts, notes, seqs}. ``dry_run`` writes nothing."""
        from talentdb.store.reextract import reextract

        report = reextract(self._open(), sources, dry_run=dry_run)
        actions = ("added", "removed", "changed", "corroborated", "skipped", "kept")
        return {"extractor": report.extractor, "dry_run": dry_run, "sources": report.sources,
                "changes": [c.as_dict() for c in report.changes], "counts": {a: report.count(a) for a in actions},
                "notes": report.notes, "seqs": report.seqs}

    def merge(self, keep: str, merged: str) -> int:
        from talentdb.store import corrections

        return corrections.merge(self._open(), keep, merged)

    def unmerge(self, name: str) -> dict:
        """Undo the latest merge into ``name``; returns {restored, into, events, seq}."""
        from talentdb.store import corrections

        done = corrections.unmerge(self._open(), name)
        return {"restored": done.restored, "into": done.into, "merge_seq": done.merge_seq, "events": done.events,
                "seq": done.seq}

    def alias(self, name: str, spelling: str, *, primary: bool = False) -> int:
        """Another spelling of an entity; ``primary=True`` makes it the main name shown everywhere."""
        from talentdb.store import corrections

        return corrections.alias(self._open(), name, spelling, primary=primary)

    def history(self, event_id: int) -> list[dict]:
        """One event's life in the log, as `talentdb history ID --format json`."""
        from talentdb.store.history import history

        return self._read(history, event_id)

    def review(self, limit: int | None = None) -> list[dict]:
        """The review queue, as `talentdb review --format json`."""
        from talentdb.store.review import review_queue

        return self._read(review_queue, limit=limit)

    def sql(self, statement: str, params: dict | None = None) -> list[dict]:
        """Read-only SQL, as `talentdb sql`."""
        from talentdb.sqlconsole import run_sql

        return run_sql(self._open().url.render_as_string(hide_password=False), statement, params)[1]

    def close(self) -> None:
        if not self.closed:
            self.engine.dispose()
            self.closed = True
