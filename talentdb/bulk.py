"""Ingesting many files: read and extract (optionally in N processes), write through one writer.

Each article is still its own transaction, so a crash or Ctrl-C loses at most the article being written, and
running the same command again ingests exactly the rest (already-stored texts are recognised by their hash).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from datetime import date


@dataclass
class Summary:
    ingested: int = 0
    unchanged: int = 0
    failed: int = 0
    new_events: int = 0
    corroborated: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass
class Options:
    published: date | None
    title: str | None
    url: str | None
    lang: str
    db_url: str | None = None  # where to ask whether a text is already stored (then it is not extracted)


class Failure(Exception):
    pass


def read_and_prepare(source: str, opts: Options):
    """Worker: one path (or '-') to a Prepared article, a Stored one (its text is in the database already: not
    extracted), or a Failure message. Runs in worker processes."""
    from talentdb.errors import TalentDBError
    from talentdb.ingest import Stored, prepare
    from talentdb.reader import ArticleError, read_article
    from talentdb.store.stored import stored_texts

    try:
        article = read_article(source)  # "-" reads stdin, capped like any file
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
    if not prep.extraction.events:
        return Failure(f"{source}: no events found (nothing about departures, promotions, hires, foundings or funding)")
    return prep


def _expand(paths: list[str]) -> list[str]:
    from talentdb.reader import ArticleError, iter_article_paths

    out = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        try:
            out.extend(str(x) for x in iter_article_paths([p]))
        except ArticleError as exc:
            out.append(Failure(str(exc)))  # reported in order with the rest
    return out


def ingest_paths(engine, paths: list[str], *, published=None, title=None, url=None, lang="auto", jobs: int = 1,
                 quiet: bool = False, err=None, db_url: str | None = None) -> Summary:
    """Ingest files and folders. ``engine`` may also be a function returning one: with ``jobs > 1`` the worker
    processes then start extracting while this process opens (and on first use migrates) the database.
    ``db_url`` (the engine's by default) is where the workers ask whether a text is stored before extracting it."""
    from talentdb.extract.lexicon_files import check_lexicon
    from talentdb.ingest import Stored, commit

    check_lexicon()  # a broken lexicon file is one line now, before any article is read or anything written
    if db_url is None and hasattr(engine, "url"):
        db_url = engine.url.render_as_string(hide_password=False)

    get_engine = _once(engine) if callable(engine) and not hasattr(engine, "connect") else (lambda: engine)
    err = err or sys.stderr
    opts = Options(published, title, url, lang, db_url)
    items = _expand(paths)
    summary = Summary()
    progress = None if quiet or len(items) < 2 or not err.isatty() else _progress(len(items))

    def handle(item, prepared):
        result = None
        if isinstance(prepared, Stored):  # its text was found before it was extracted
            result = _already_stored(get_engine(), prepared)
            if result is None:  # not in the database written to (the check asked another one): extract it now
                prepared = read_and_prepare(item, replace(opts, db_url=None))
        if isinstance(prepared, Failure):
            summary.failed += 1
            summary.failures.append(str(prepared))
            print(f"talentdb: {prepared}", file=err)
        else:
            result = result or commit(get_engine(), prepared)
            if result.status == "unchanged":
                summary.unchanged += 1
                if len(items) == 1 and not quiet:
                    print(f"{prepared.name}: unchanged (already ingested as source {result.source_id})", file=err)
            else:
                summary.ingested += 1
                summary.new_events += result.new_events
                summary.corroborated += result.corroborated
                if prepared.published is None and not quiet and _has_relative_dates(prepared):
                    print(f"{prepared.name}: no publication date (give --published); relative dates left unresolved",
                          file=err)
        if progress:
            progress.advance(summary)

    try:
        direct = [i for i in items if isinstance(i, Failure)]
        for f in direct:
            handle(f, f)
        todo = [i for i in items if not isinstance(i, Failure)]
        if "-" in todo:  # stdin belongs to this process, not to a worker
            todo.remove("-")
            handle("-", read_and_prepare("-", replace(opts, db_url=None)))  # read once: no early skip
        if jobs > 1 and len(todo) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start) as pool:
                results = pool.map(read_and_prepare, todo, [opts] * len(todo), chunksize=4)
                get_engine()  # open the database while the workers extract the first articles
                for path, prepared in zip(todo, results):
                    handle(path, prepared)
        else:
            for path in todo:
                handle(path, read_and_prepare(path, opts))
    finally:
        if progress:
            progress.stop()
    # A lone bad file says so in its one line; batches and successes also get the count.
    if not quiet and (len(items) > 1 or not summary.failed):
        print(_summary_line(summary), file=err)
    return summary


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


def _summary_line(s: Summary) -> str:
    art = "article" if s.ingested == 1 else "articles"
    return (f"ingested {s.ingested} {art}: {s.new_events} new events, {s.corroborated} corroborated; "
            f"{s.unchanged} unchanged; {s.failed} failed")


class _progress:
    """A rich progress bar on a terminal: files done, events found, time left."""

    def __init__(self, total: int):
        import os

        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[ev]}"),
                            TimeRemainingColumn(), console=Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR"))),
                            transient=True)
        self.task = self.bar.add_task("ingest", total=total, ev="")
        self.bar.start()

    def advance(self, s: Summary) -> None:
        self.bar.update(self.task, advance=1, ev=f"{s.new_events} events, {s.failed} failed")

    def stop(self) -> None:
        self.bar.stop()


def _worker_start() -> None:
    """Workers run at a lower priority than the writer: extraction is parallel, the writer is the one serial stage,
    and with N workers and the writer on N cores the writer must not wait for a core (+15% articles/s measured)."""
    import os

    try:
        os.nice(5)
    except (AttributeError, OSError):  # no nice on this platform, or not allowed: same results, a little slower
        pass
