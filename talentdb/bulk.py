"""Ingesting many files and pages: read and extract (optionally in N processes), write through one writer.

The writer commits up to WRITE_BATCH articles in one transaction (each written as it would be alone, in order):
a commit per article was a quarter of the writer's time. A crash or Ctrl-C loses at most the articles of the
transaction being written, and running the same command again ingests exactly the rest (already-stored texts are
recognised by their hash).
An article with no events is recorded too (a source with no events: the log says it was read), so the next run
knows it and a feed of mostly other news never counts as failed; only what cannot be read fails.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date

SKIPPED_WHAT = "README, LICENSE, CHANGELOG, CONTRIBUTING or hidden"
# Articles per write transaction, and the longest an extracted article waits for the others of its transaction.
WRITE_BATCH = 16
WRITE_WAIT = 2.0


@dataclass
class Summary:
    ingested: int = 0
    unchanged: int = 0
    failed: int = 0
    new_events: int = 0
    corroborated: int = 0
    no_events: int = 0      # of the ingested: articles in which no event was found
    skipped: int = 0        # files in folders that are not articles (see reader.article_paths)
    failures: list[str] = field(default_factory=list)


@dataclass
class Options:
    published: date | None
    title: str | None
    url: str | None
    lang: str
    db_url: str | None = None  # where to ask whether a text is already stored (then it is not extracted)
    timeout: float = 30.0      # seconds to wait for a page (ingest URL)


class Failure(Exception):
    pass


def read_and_prepare(source: str, opts: Options):
    """Worker: one path, URL or '-' to a Prepared article, a Stored one (its text is in the database already: not
    extracted), or a Failure message. Runs in worker processes."""
    from talentdb.errors import TalentDBError
    from talentdb.fetching import fetch_article, is_url
    from talentdb.ingest import Stored, prepare
    from talentdb.reader import ArticleError, read_article
    from talentdb.store.stored import stored_texts
    from talentdb.workers import parent_alive

    if not parent_alive():  # where prctl is not there to end this worker with its parent
        raise SystemExit(1)
    try:
        article = fetch_article(source, timeout=opts.timeout) if is_url(source) else read_article(source)
        prep = prepare(article, published=opts.published, lang=opts.lang, title=opts.title, url=opts.url,
                       skip=stored_texts(opts.db_url))
    except ArticleError as exc:
        return Failure(str(exc))
    except TalentDBError:
        raise  # a broken lexicon file (or, in strict mode, an extractor bug): every article would fail alike
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return Failure(f"{source}: cannot extract: {type(exc).__name__}: {exc}")
    if isinstance(prep, Stored):
        return prep
    if prep.extraction.failed:
        return Failure(f"{source}: extraction failed, no events kept (an internal error, please report it; "
                       f"TALENTDB_STRICT=1 shows where): {prep.extraction.failed}")
    return prep  # an article with no events is recorded too: a source with no events


def _expand(paths: list[str]) -> tuple[list, int]:
    """Every article to read (paths, URLs, '-', or a Failure for a path that cannot be walked) and how many files
    in the folders were skipped as not articles."""
    from pathlib import Path

    from talentdb.fetching import is_url
    from talentdb.reader import ArticleError, article_paths

    out, skipped = [], 0
    for p in paths:
        if p == "-" or is_url(p) or not Path(p).is_dir():
            out.append(p)
            continue
        unreadable: list = []
        try:
            found, more = article_paths(Path(p), unreadable)
        except (ArticleError, OSError) as exc:
            out.append(Failure(f"{p}: cannot read the folder ({exc})"))  # reported in order with the rest
            continue
        # A subfolder that cannot be listed is a failure, named and counted, not a silent gap in the batch.
        out.extend(Failure(f"{folder}: cannot read the folder ({why}); check its permissions")
                   for folder, why in unreadable)
        out.extend(str(x) for x in found)
        skipped += more
    return out, skipped


class _Batch:
    """The writer's side of one ingest: each article written (or reported), counted, and told about on stderr."""

    def __init__(self, get_engine, opts: Options, items: list, quiet: bool, err):
        self.get_engine, self.opts, self.items, self.quiet, self.err = get_engine, opts, items, quiet, err
        self.summary = Summary()
        self.bar = None
        self.pending: list = []  # extracted, to be written together (write_pending)
        self.since = 0.0

    def say(self, line: str) -> None:
        from talentdb.safetext import shown

        print(shown(line), file=self.err)  # file names and titles may hold control characters or non-UTF-8 bytes

    def handle(self, item, prepared) -> None:
        """One article's outcome, told in the order the articles were given: a failure or an article found stored
        waits for the articles before it to be written."""
        from talentdb.ingest import Stored

        result = None
        if isinstance(prepared, Stored):  # its text was found before it was extracted
            self.write_pending()
            result = _already_stored(self.get_engine(), prepared)
            if result is None:  # not in the database written to (the check asked another one): extract it now
                prepared = read_and_prepare(item, replace(self.opts, db_url=None))
        if isinstance(prepared, Failure):
            self.write_pending()
            self.summary.failed += 1
            self.summary.failures.append(str(prepared))
            self.say(f"talentdb: {prepared}")
        elif result is not None:
            self._written(prepared, result)
        else:
            import time

            if not self.pending:
                self.since = time.monotonic()
            self.pending.append(prepared)
            if len(self.pending) >= WRITE_BATCH or time.monotonic() - self.since >= WRITE_WAIT:
                self.write_pending()
            return
        self._advance()

    def write_pending(self) -> None:
        """The extracted articles waiting, written in one transaction."""
        if not self.pending:
            return
        from talentdb.ingest import commit_many
        from talentdb.workers import counted_together

        pending, self.pending = self.pending, []
        with counted_together():  # a Ctrl-C waits until this commit is counted: the summary says what was committed
            for prepared, result in zip(pending, commit_many(self.get_engine(), pending)):
                self._written(prepared, result)
                self._advance()

    def _advance(self) -> None:
        self.bar.advance(note=f"{self.summary.new_events} events, {self.summary.failed} failed")

    def unchanged(self, name: str, source_id: int) -> None:
        self.summary.unchanged += 1
        if len(self.items) == 1 and not self.quiet:
            self.say(f"{name}: unchanged (already ingested as source {source_id})")

    def _written(self, prepared, result) -> None:
        s = self.summary
        if result.status == "unchanged":
            self.unchanged(prepared.name, result.source_id)
            return
        s.ingested += 1
        s.new_events += result.new_events
        s.corroborated += result.corroborated
        s.no_events += not prepared.extraction.events
        if self.quiet:
            return
        for warning in prepared.warnings:
            self.say(warning)
        if prepared.published is None and _has_relative_dates(prepared):
            self.say(f"{prepared.name}: no publication date (give --published); relative dates left unresolved")


def ingest_paths(engine, paths: list[str], *, published=None, title=None, url=None, lang="auto", jobs: int = 1,
                 quiet: bool = False, err=None, db_url: str | None = None, refetch: bool = False,
                 timeout: float = 30.0) -> Summary:
    """Ingest files, folders and URLs. ``engine`` may also be a function returning one: with ``jobs > 1`` the worker
    processes then start extracting while this process opens (and on first use migrates) the database.
    ``db_url`` (the engine's by default) is where the workers ask whether a text is stored before extracting it.
    A URL already stored as a source's url is not fetched again unless ``refetch``."""
    from talentdb.extract.lexicon_files import check_lexicon
    from talentdb.progress import progress

    check_lexicon()  # a broken lexicon file is one line now, before any article is read or anything written
    if db_url is None and hasattr(engine, "url"):
        db_url = engine.url.render_as_string(hide_password=False)
    get_engine = _once(engine) if callable(engine) and not hasattr(engine, "connect") else (lambda: engine)
    opts = Options(published, title, url, lang, db_url, timeout)
    items, skipped = _expand(paths)
    batch = _Batch(get_engine, opts, items, quiet, err or sys.stderr)
    batch.summary.skipped = skipped
    with _interrupted_says_what_was_committed(batch), \
            progress("ingesting", total=len(items), quiet=quiet or len(items) < 2, stream=batch.err) as bar:
        batch.bar = bar
        for f in [i for i in items if isinstance(i, Failure)]:
            batch.handle(f, f)
        todo = [i for i in items if not isinstance(i, Failure)]
        if not refetch:
            todo = _skip_known_urls(get_engine, todo, batch)
        if "-" in todo:  # stdin belongs to this process, not to a worker
            todo.remove("-")
            batch.handle("-", read_and_prepare("-", replace(opts, db_url=None)))  # read once: no early skip
        jobs = _worker_count(jobs, len(todo))
        if jobs > 1:
            from talentdb import workers

            _compile_before_fork(opts.lang)
            with workers.process_pool(jobs) as pool:  # workers die with this process and ignore Ctrl-C (talentdb.workers)
                results = pool.map(read_and_prepare, todo, [opts] * len(todo), chunksize=4)
                get_engine()  # open the database while the workers extract the first articles
                for path, prepared in zip(todo, results):
                    batch.handle(path, prepared)
        else:
            for path in todo:
                batch.handle(path, read_and_prepare(path, opts))
        batch.write_pending()
    summary = batch.summary
    # A lone bad file says so in its one line; batches and successes also get the count.
    if not quiet and (len(items) > 1 or not summary.failed):
        batch.say(summary_line(summary))
    return summary


def _worker_count(jobs: int, articles: int) -> int:
    """The extracting processes ``--jobs`` asks for, one per usable core at most (workers.capped_jobs); 1 (none:
    this process extracts) for one article."""
    from talentdb.workers import capped_jobs

    return capped_jobs(jobs) if articles > 1 else 1


def _skip_known_urls(get_engine, todo: list, batch: _Batch) -> list:
    """The URLs already stored as a source's url are reported unchanged, without fetching them again."""
    from talentdb.fetching import is_url

    urls = [i for i in todo if is_url(i)]
    if not urls:
        return todo
    from talentdb.store.db import read_transaction
    from talentdb.store.rawsql import raw

    with read_transaction(get_engine()) as conn:
        known = dict(raw(conn).all_in("SELECT url, MIN(id) FROM sources WHERE url IN ({values}) GROUP BY url", urls))
    for url in urls:
        if url in known:
            batch.unchanged(url, known[url])
            batch.bar.advance()
    return [i for i in todo if i not in known]


def _already_stored(engine, stored):
    from talentdb.ingest import IngestResult
    from talentdb.store.db import read_transaction
    from talentdb.store.rawsql import raw

    with read_transaction(engine) as conn:
        source_id = raw(conn).scalar("SELECT id FROM sources WHERE sha256 = :h", {"h": stored.sha256})
    return None if source_id is None else IngestResult(stored.name, "unchanged", source_id, message="already ingested")


def _once(make):
    made = []

    def get():
        if not made:
            made.append(make())
        return made[0]

    return get


def _has_relative_dates(prepared) -> bool:
    return any(e.date_text and not e.date for e in prepared.extraction.events)


def summary_line(s: Summary) -> str:
    art = "article" if s.ingested == 1 else "articles"
    none = f" ({s.no_events} with no events)" if s.no_events else ""
    skipped = f"; {s.skipped} skipped ({SKIPPED_WHAT})" if s.skipped else ""
    return (f"ingested {s.ingested} {art}{none}: {s.new_events} new events, {s.corroborated} corroborated; "
            f"{s.unchanged} unchanged; {s.failed} failed{skipped}")


def _compile_before_fork(lang: str = "auto") -> None:
    """Build the extractor's lexicon (and read the kept regex opcodes, extract.rxcache) and load the word
    segmenter's dictionary once, here: the forked workers inherit them instead of each building its own (0.2-0.4 s
    of CPU per worker for the lexicon, about 0.6 s for the segmenter's half a million words). The segmenter only
    when an article may be in a script it reads (``--lang`` auto or one of segmenter.SCRIPTS)."""
    from talentdb.extract import engine  # noqa: F401 - its modules' patterns, compiled as they are imported
    from talentdb.extract import rxcache
    from talentdb.extract.lexicon import lexicon
    from talentdb.extract.names.segmenter import SCRIPTS, _tagger

    rxcache.preload()
    lexicon()
    if lang == "auto" or lang in SCRIPTS:
        _tagger()


@contextmanager
def _interrupted_says_what_was_committed(batch: _Batch):
    """Ctrl-C: one line with what the articles committed so far hold (each was its own transaction)."""
    from talentdb.workers import Interrupted

    try:
        yield
    except KeyboardInterrupt:
        s = batch.summary
        raise Interrupted(f"interrupted: {s.ingested} articles committed ({s.new_events} new events), {s.unchanged} "
                          f"unchanged, {s.failed} failed; run the same command again to ingest the rest") from None
