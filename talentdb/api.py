"""The Python API, for notebooks and scripts.

    >>> import talentdb
    >>> db = talentdb.open("talent.db")            # or "postgresql+psycopg://postgres@127.0.0.1/talent"
    >>> db.ingest_text(open("article.txt").read(), published="2024-10-09", title="…")
    >>> db.query(type="departure", org="OpenAI")   # list of dicts, the same as `talentdb query --format json`
    >>> db.dataframe(type="funding")               # a pandas DataFrame (pip install "talentdb[pandas]")
"""
from __future__ import annotations

from datetime import date


class TalentDB:
    def __init__(self, url: str | None = None):
        from talentdb.store.db import get_engine

        self.engine = get_engine(url)

    def ingest_text(self, text: str, *, published: str | date | None = None, title: str | None = None,
                    url: str | None = None, lang: str = "auto"):
        """Extract and store one article; returns an IngestResult (status, source_id, new_events, corroborated)."""
        from talentdb.ingest import commit, prepare
        from talentdb.reader import read_bytes

        if isinstance(published, str):
            published = date.fromisoformat(published)
        article = read_bytes(text.encode("utf-8"), title or "<text>", "txt")
        return commit(self.engine, prepare(article, published=published, lang=lang, title=title, url=url))

    def ingest_file(self, path: str, **options):
        from talentdb.bulk import ingest_paths

        return ingest_paths(self.engine, [path], quiet=True, **options)

    def _read(self, fn, *args, **kwargs):
        from talentdb.store.db import read_transaction

        with read_transaction(self.engine) as conn:
            return fn(conn, *args, **kwargs)

    def query(self, **filters) -> list[dict]:
        """Events as dicts; filters: type, person, org, since, until, known_at, include_retracted, limit."""
        from talentdb.store.queries import query

        return self._read(query, **filters)

    def timeline(self, name: str, **kw) -> list[dict]:
        from talentdb.store.queries import timeline

        return self._read(timeline, name, **kw)

    def roster(self, org: str, **kw) -> list[dict]:
        from talentdb.store.queries import roster

        return self._read(roster, org, **kw)

    def flow(self, **kw) -> list[dict]:
        from talentdb.store.queries import flow

        return self._read(flow, **kw)

    def dataframe(self, **filters):
        """``query`` as a pandas DataFrame (needs pandas: pip install "talentdb[pandas]")."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError('dataframe() needs pandas: pip install "talentdb[pandas]"') from None
        from talentdb.store.queries import EVENT_COLUMNS

        return pd.DataFrame(self.query(**filters), columns=EVENT_COLUMNS)

    def sql(self, statement: str, params: dict | None = None) -> list[dict]:
        """Read-only SQL, as `talentdb sql`."""
        from talentdb.sqlconsole import run_sql

        return run_sql(self.engine.url.render_as_string(hide_password=False), statement, params)[1]

    def close(self) -> None:
        self.engine.dispose()
