"""The talentdb command line: a thin layer over talentdb.ingest, talentdb.store and talentdb.output.

Every command prints one clear line on stderr and exits non-zero on bad input; ``--debug`` shows a traceback.
"""
from __future__ import annotations

import os
import sys
from datetime import date
from enum import Enum
from typing import List, Optional

import typer

from talentdb import __version__
from talentdb.errors import TalentDBError, UserError

app = typer.Typer(
    name="talentdb",
    help="An event-sourced timeline database of people and money moving through an industry, from the news.\n\n"
         "Example:\n\n\b\n  talentdb ingest seeds/openai-talent-exodus.zh-Hant.txt --published 2024-10-09\n"
         "  talentdb query --type departure --org OpenAI\n  talentdb roster OpenAI --as-of 2024-06-15",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class Lang(str, Enum):
    auto = "auto"
    zh_hant = "zh-Hant"
    zh_hans = "zh-Hans"
    en = "en"


_state = {"db": None, "debug": False}


def _engine():
    from talentdb.store.db import get_engine

    return get_engine(_state["db"])


def _url() -> str:
    from talentdb.store.db import resolve_url

    return resolve_url(_state["db"])


def _parse_date(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{option} {value!r} is not a real date (YYYY-MM-DD)") from None


def _version(value: bool):
    if value:
        typer.echo(f"talentdb {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Optional[str] = typer.Option(None, "--db", help="Database: a file path or an SQLAlchemy URL. "
                                     "Default: $TALENTDB_DB, else talentdb.db here."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
):
    _state["db"] = db
    _state["debug"] = debug


# ---------------------------------------------------------------------------------------------------- ingest
@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files (.txt .md .html), folders (recursive) or - for stdin."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD; anchors 上週, last week …"),
    title: Optional[str] = typer.Option(None, help="Article title (default: the page's or the first line)."),
    url: Optional[str] = typer.Option(None, help="Where the article came from."),
    lang: Lang = typer.Option(Lang.auto, help="Language; auto detects zh-Hant, zh-Hans or en."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64, help="Extract in N processes (one writer)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
):
    """Read articles, extract events, and append them to the log (one transaction per article).

    PATHS are files (.txt .md .html), folders (read recursively) or - for stdin.

    Ingesting the same text again adds nothing (a stored text is recognised before it is extracted). Bad files
    are reported and skipped; the exit code is 1 if any failed.

    Example:

    \b
        talentdb ingest seeds/openai-talent-exodus.zh-Hant.txt --published 2024-10-09
        ingested 1 article: 18 new events, 0 corroborated; 0 unchanged; 0 failed
    """
    from talentdb.bulk import ingest_paths

    when = _parse_date(published, "--published")
    summary = ingest_paths(_engine, paths, published=when, title=title, url=url, lang=lang.value, jobs=jobs,
                           quiet=quiet, db_url=_url())
    if summary.failed:
        raise typer.Exit(1)


# ---------------------------------------------------------------------------------------------------- reading
def _emit(rows, columns, fmt: Format, table_columns=None, title=None):
    from talentdb.output import render

    render(rows, columns, fmt.value, table_columns=table_columns, title=title)


_EVENT_TABLE = ["id", "date", "type", "person", "org", "role", "counterparty", "amount", "currency", "status"]

# A table is for reading: it shows a page; json, jsonl and csv are for programs and give every row.
TABLE_PAGE = 100
_LIMIT_HELP = f"At most N rows; 0 for all. Default: {TABLE_PAGE} in the table, all in json, jsonl and csv."
_OFFSET_HELP = f"Skip the first N rows (the next page of the table: --offset {TABLE_PAGE})."


def _page_size(limit: Optional[int], fmt: Format) -> Optional[int]:
    if limit is None:
        return TABLE_PAGE if fmt is Format.table else None
    return limit or None


def _paged(fetch, limit: Optional[int], offset: int, fmt: Format) -> list:
    """``fetch(limit)`` one row more than the page, to say on stderr when more rows match than were shown."""
    size = _page_size(limit, fmt)
    rows = fetch(None if size is None else size + 1)
    if size is not None and len(rows) > size:
        rows = rows[:size]
        typer.echo(f"showing events {offset + 1:,}–{offset + size:,}; more match: --offset {offset + size} for the "
                   f"next page, --limit 0 for all", err=True)
    return rows


@app.command()
def query(
    type: Optional[str] = typer.Option(None, "--type", "-t", help="departure, promotion, funding, founding or hire."),
    person: Optional[str] = typer.Option(None, "--person", "-p", help="A person, by any known spelling."),
    org: Optional[str] = typer.Option(None, "--org", "-o", help="An organisation (as actor or other party)."),
    since: Optional[str] = typer.Option(None, help="Events on or after this day (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Events on or before this day."),
    known_at: Optional[str] = typer.Option(None, "--known-at", help="Answer as the log stood at seq N or ISO time."),
    all_: bool = typer.Option(False, "--all", help="Include retracted events."),
    newest: bool = typer.Option(False, "--newest", help="The order reversed: newest first (undated events lead)."),
    limit: Optional[int] = typer.Option(None, min=0, help=_LIMIT_HELP),
    offset: int = typer.Option(0, min=0, help=_OFFSET_HELP),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table, json, jsonl or csv."),
):
    """Events, oldest first (undated last).

    The table shows 100 rows at a time and says on stderr when there are more; json, jsonl and csv give
    every row unless --limit says otherwise.

    Example:

    \b
        talentdb query --type departure --org OpenAI --since 2024-01-01 --format json
        talentdb query --org OpenAI --newest --limit 10
    """
    from talentdb.store.db import read_transaction
    from talentdb.store.queries import EVENT_COLUMNS, query as run

    if type and type not in ("departure", "promotion", "funding", "founding", "hire"):
        raise UserError(f"--type {type!r}: use departure, promotion, funding, founding or hire")
    with read_transaction(_engine()) as conn:
        rows = _paged(lambda n: run(conn, type=type, person=person, org=org, since=since, until=until,
                                    known_at=known_at, include_retracted=all_, limit=n, offset=offset,
                                    newest_first=newest), limit, offset, format)
    _emit(rows, EVENT_COLUMNS, format, _EVENT_TABLE)


@app.command()
def timeline(
    name: str = typer.Argument(..., help="A person or an organisation, by any known spelling."),
    known_at: Optional[str] = typer.Option(None, "--known-at", help="Answer as the log stood at seq N or ISO time."),
    newest: bool = typer.Option(False, "--newest", help="The order reversed: newest first (undated events lead)."),
    limit: Optional[int] = typer.Option(None, min=0, help=_LIMIT_HELP),
    offset: int = typer.Option(0, min=0, help=_OFFSET_HELP),
    format: Format = typer.Option(Format.table, "--format", "-f"),
):
    """One person's or one organisation's events in date order. NAME may be any known spelling.

    The table shows 100 rows at a time (see --limit, --offset); json, jsonl and csv give every row.

    Example:

    \b
        talentdb timeline "Ilya Sutskever"
        talentdb timeline 蘇茨克維 --format json
        talentdb timeline OpenAI --newest --limit 20
    """
    from talentdb.store.db import read_transaction
    from talentdb.store.queries import EVENT_COLUMNS, timeline as run

    with read_transaction(_engine()) as conn:
        rows = _paged(lambda n: run(conn, name, known_at=known_at, limit=n, offset=offset, newest_first=newest),
                      limit, offset, format)
    _emit(rows, EVENT_COLUMNS, format, ["id", "date", "type", "person", "org", "role", "counterparty", "amount",
                                        "currency", "source"], title=name)


@app.command()
def roster(
    org: str = typer.Argument(..., help="The organisation."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="The day (YYYY-MM-DD); default today."),
    known_at: Optional[str] = typer.Option(None, "--known-at", help="Answer as the log stood at seq N or ISO time."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
):
    """Who was at ORG on a day, with their role then, as the events imply.

    Example:

    \b
        talentdb roster OpenAI --as-of 2024-06-15
    """
    from talentdb.store.db import read_transaction
    from talentdb.store.queries import ROSTER_COLUMNS, roster as run

    _parse_date(as_of, "--as-of")
    with read_transaction(_engine()) as conn:
        rows = run(conn, org, as_of=as_of, known_at=known_at)
    _emit(rows, ROSTER_COLUMNS, format, title=f"{org} as of {as_of or date.today().isoformat()}")


@app.command()
def flow(
    from_org: Optional[str] = typer.Option(None, "--from", help="Only people who left this organisation."),
    to_org: Optional[str] = typer.Option(None, "--to", help="Only people who went to this organisation."),
    known_at: Optional[str] = typer.Option(None, "--known-at", help="Answer as the log stood at seq N or ISO time."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
):
    """Where people went: from-org, to-org, count, names.

    Counts departures with a destination, and foundings by people who had left an organisation.

    Example:

    \b
        talentdb flow --from OpenAI
    """
    from talentdb.store.db import read_transaction
    from talentdb.store.queries import FLOW_COLUMNS, flow as run

    with read_transaction(_engine()) as conn:
        rows = run(conn, from_org=from_org, to_org=to_org, known_at=known_at)
    _emit(rows, FLOW_COLUMNS, format)


# ---------------------------------------------------------------------------------------------------- corrections
@app.command()
def retract(
    event_id: int = typer.Argument(..., metavar="ID", help="The event's id (see `talentdb query`)."),
    reason: str = typer.Option(..., "--reason", help="Why; kept in the log."),
):
    """Withdraw an event. It leaves `query`; `query --all` and `--known-at` still show it.

    Example:

    \b
        talentdb retract 12 --reason "the article was corrected: she stayed"
    """
    from talentdb.store.corrections import retract as run

    seq = run(_engine(), event_id, reason)
    typer.echo(f"retracted event {event_id} (log entry {seq})")


@app.command()
def amend(
    event_id: int = typer.Argument(..., metavar="ID"),
    reason: str = typer.Option(..., "--reason", help="Why; kept in the log."),
    date_: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD (sets precision day unless --date-precision)."),
    date_precision: Optional[str] = typer.Option(None, "--date-precision", help="day, week, month, quarter or year."),
    role: Optional[str] = typer.Option(None, "--role"),
    org: Optional[str] = typer.Option(None, "--org"),
    person: Optional[str] = typer.Option(None, "--person"),
    counterparty: Optional[str] = typer.Option(None, "--counterparty"),
    amount: Optional[float] = typer.Option(None, "--amount"),
    currency: Optional[str] = typer.Option(None, "--currency"),
    type: Optional[str] = typer.Option(None, "--type"),
):
    """Correct fields of an event, as a new log entry.

    Example:

    \b
        talentdb amend 7 --date 2024-05-14 --reason "exact day from the company's blog"
    """
    from talentdb.store.corrections import amend as run

    changes = {k: v for k, v in dict(role=role, org=org, person=person, counterparty=counterparty, amount=amount,
                                     currency=currency.upper() if currency else None, type=type).items()
               if v is not None}
    if date_ is not None:
        changes["date"] = _parse_date(date_, "--date").isoformat()
        changes["date_precision"] = date_precision or "day"
        changes["date_text"] = date_
    elif date_precision:
        changes["date_precision"] = date_precision
    if changes.get("date_precision") and changes["date_precision"] not in ("day", "week", "month", "quarter", "year"):
        raise UserError("--date-precision: use day, week, month, quarter or year")
    if type and type not in ("departure", "promotion", "funding", "founding", "hire"):
        raise UserError(f"--type {type!r}: use departure, promotion, funding, founding or hire")
    seq = run(_engine(), event_id, changes, reason)
    typer.echo(f"amended event {event_id}: {', '.join(sorted(changes))} (log entry {seq})")


@app.command()
def merge(
    name_a: str = typer.Argument(..., help="The name to keep."),
    name_b: str = typer.Argument(..., help="The name whose events move under NAME_A."),
):
    """Declare two people (or two organisations) one: every event of B is now under A; B's spellings are kept.

    Example:

    \b
        talentdb merge "Bob McGrew" "Bob McCrew"
    """
    from talentdb.store.corrections import merge as run

    seq = run(_engine(), name_a, name_b)
    typer.echo(f"merged {name_b!r} into {name_a!r} (log entry {seq})")


@app.command()
def alias(
    name: str = typer.Argument(..., help="A known person or organisation."),
    spelling: str = typer.Argument(..., metavar="ALIAS", help="Another spelling of it."),
):
    """Teach talentdb another spelling, so later articles resolve to the same entity.

    Example:

    \b
        talentdb alias "Safe Superintelligence" SSI
    """
    from talentdb.store.corrections import alias as run

    seq = run(_engine(), name, spelling)
    typer.echo(f"{spelling!r} now names {name!r} (log entry {seq})")


# ---------------------------------------------------------------------------------------------------- log
@app.command()
def rebuild():
    """Drop every projection and replay it from the log.

    Example:

    \b
        talentdb rebuild
    """
    from talentdb.store.db import write_transaction
    from talentdb.store.projector import rebuild as run

    with write_transaction(_engine()) as conn:
        last = run(conn)
    typer.echo(f"rebuilt projections from {last} log entries")


@app.command()
def verify():
    """Check the log's hash chain and seq order; exit 1 naming the first bad entry.

    Example:

    \b
        talentdb verify
        ok: 31 entries, hash chain intact
    """
    from talentdb.store.db import read_transaction
    from talentdb.store.log import verify as run

    with read_transaction(_engine()) as conn:
        result = run(conn)
    if result.ok:
        typer.echo(f"ok: {result.entries} entries, hash chain intact")
        return
    typer.echo(f"talentdb: log broken at entry {result.first_bad}: {result.reason}", err=True)
    raise typer.Exit(1)


@app.command()
def sql(
    statement: str = typer.Argument(..., help="One SELECT (or WITH … SELECT) statement."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
):
    """Read-only SQL against the tables and views; anything that writes is refused and changes nothing.

    STATEMENT is one SELECT (or WITH … SELECT); see the README for the tables and views.

    Example:

    \b
        talentdb sql "SELECT person, org, role FROM current_roles ORDER BY org" --format csv
    """
    from talentdb.sqlconsole import run_sql

    columns, rows = run_sql(_url(), statement)
    _emit(rows, columns, format)


@app.command()
def export(
    table: str = typer.Option("events", "--table", help="events, people, organizations or sources."),
    format: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f"),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="File to write (default: stdout)."),
    all_: bool = typer.Option(False, "--all", help="events: include retracted ones."),
    raw: bool = typer.Option(False, "--raw", help="CSV: do not neutralise formula-like cells."),
    no_bom: bool = typer.Option(False, "--no-bom", help="CSV: no UTF-8 byte order mark (for pipelines)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=64,
                             help="events as CSV on SQLite: write in N processes, each a range of ids."),
):
    """Export a table for spreadsheets (CSV: UTF-8 with BOM, formula-like cells neutralised) or tools (JSON).

    Rows are in id order (the order recorded), so a later export starts with the same rows.

    Example:

    \b
        talentdb export --out events.csv
        talentdb export --out events.csv --jobs 2
        talentdb export --table people --format json
    """
    from talentdb.exporting import export_table

    n = export_table(_engine(), table, format.value, out, include_retracted=all_, raw=raw, bom=not no_bom,
                     jobs=jobs)
    if out:
        typer.echo(f"wrote {n} rows to {out}", err=True)


@app.command(name="eval")
def eval_(
    gold: List[str] = typer.Argument(..., help="Gold files (format: seeds/*.gold.json)."),
    show: bool = typer.Option(False, "--show", help="List every miss."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
):
    """Precision, recall, F1 and argument accuracy of extraction against gold files (GOLD: seeds/*.gold.json format).

    Each article is ingested into a fresh temporary database, then scored as ../shared/tools/score.py does.

    Example:

    \b
        talentdb eval seeds/*.gold.json tests/corpus/*.gold.json
    """
    from talentdb.evalcli import run_eval

    rows, misses = run_eval(gold)
    from talentdb.output import render

    render(rows, ["article", "found", "required", "false_pos", "precision", "recall", "f1", "args"], format.value)
    if show and misses:
        typer.echo("\n".join(misses))


@app.command()
def report(
    out: str = typer.Option(..., "--out", "-o", help="The HTML file to write."),
    title: str = typer.Option("talentdb report", "--title"),
):
    """A self-contained HTML page: timeline lanes per organisation, a talent-flow drawing (SVG), the events.

    Example:

    \b
        talentdb report --out report.html
    """
    from talentdb.report import render_report
    from talentdb.store.db import read_transaction
    from talentdb.store.queries import flow as flows, query as events

    with read_transaction(_engine()) as conn:
        html = render_report(events(conn), flows(conn), title=title)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)
    typer.echo(f"wrote {out}", err=True)


@app.command(name="datasette-metadata")
def datasette_metadata():
    """Print Datasette metadata (titles and descriptions of tables, views and columns) as JSON.

    Example:

    \b
        talentdb datasette-metadata > metadata.json && datasette talentdb.db -m metadata.json
    """
    import json

    from talentdb.docs import datasette_metadata as build

    typer.echo(json.dumps(build(), ensure_ascii=False, indent=2))


# ---------------------------------------------------------------------------------------------------- entry point
def main() -> None:
    """Run the CLI, turning every expected failure into one line on stderr."""
    debug = "--debug" in sys.argv or bool(os.environ.get("TALENTDB_DEBUG"))
    try:
        code = app(standalone_mode=False)
        if isinstance(code, int):  # click returns typer.Exit's code when not standalone
            sys.exit(code)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("talentdb: interrupted; what was committed stays, run the same command again to finish", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the one place that turns errors into a line for the user
        if isinstance(exc, typer.Abort):
            print("talentdb: aborted", file=sys.stderr)
            sys.exit(130)
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):  # usage errors: Typer's own message and exit code
            exc.show()
            sys.exit(exc.exit_code)
        if debug:
            import traceback

            traceback.print_exc()
        print(f"talentdb: {_describe(exc)}", file=sys.stderr)
        sys.exit(exc.exit_code if isinstance(exc, TalentDBError) else 1)


def _describe(exc: Exception) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, TalentDBError):
        return msg
    name = type(exc).__name__
    if name in ("OperationalError", "ProgrammingError", "IntegrityError", "DBAPIError"):
        return f"database error: {msg}"
    return f"{name}: {msg}"


if __name__ == "__main__":
    main()
