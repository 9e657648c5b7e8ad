"""Checking: ``review`` (the queue of events worth a look, and decisions on them) and ``history`` (one event's life)."""

import re
import sys
from typing import Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, Fmt, Format, Limit
from talentdb.cli.rows import emit, page_size
from talentdb.errors import TalentDBError

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CHOICES = "[c]onfirm  [r]etract  [a]mend  [s]kip  [q]uit"


@app.command()
def history(
    event_id: int = typer.Argument(..., metavar="ID", help="The event's id (see `talentdb query --all`)."),
    format: Fmt = Format.table,
    db: Db = None,
):
    """One event's life in the log: asserted, corroborated (by which source), amended (field old → new),
    confirmed, retracted, with who did it (the extractor or a person), the reasons and the log's seq numbers.

    Example:

    \b
        talentdb history 5
        talentdb history 5 --format json
    """
    from talentdb.store.db import read_transaction
    from talentdb.store.history import HISTORY_COLUMNS, HISTORY_TABLE, history as run

    with read_transaction(database.engine(db)) as conn:
        rows = run(conn, event_id)
    emit(rows, HISTORY_COLUMNS, format, HISTORY_TABLE)


@app.command()
def review(
    limit: Limit = None,
    interactive: Optional[bool] = typer.Option(None, "--interactive/--list",
                                               help="Ask for a decision on each event (the default on a terminal), "
                                                    "or only list them."),
    format: Fmt = Format.table,
    db: Db = None,
):
    """The events most worth a person's look, first, with their evidence; on a terminal, a decision on each:
    confirm, retract (with a reason), amend (fields and a reason), skip or quit.

    Score: +3 one source, +2 confidence below 0.8, +2 undated, +2 changed by the latest re-extraction.
    Confirmed, retracted and hand-added events are not listed. --format json lists the queue for scripts.

    Example:

    \b
        talentdb review
        talentdb review --list --limit 10
        talentdb review --format json
    """
    from talentdb.store.db import read_transaction
    from talentdb.store.review import REVIEW_COLUMNS, REVIEW_TABLE, review_queue

    engine = database.engine(db)
    with read_transaction(engine) as conn:
        rows = review_queue(conn, limit=page_size(limit, format))
    if interactive is None:
        interactive = format is Format.table and sys.stdin.isatty() and sys.stdout.isatty()
    if not interactive or format is not Format.table:
        emit(rows, REVIEW_COLUMNS, format, REVIEW_TABLE)
        return
    if not rows:
        typer.echo("nothing to review: every standing event is confirmed or well supported")
        return
    _decide(engine, rows)


def _safe(value) -> str:
    """Article text on a terminal: no control sequence reaches it."""
    return _CONTROL.sub(" ", "—" if value is None else str(value))


def _decide(engine, rows: list[dict]) -> None:
    done = {"confirmed": 0, "retracted": 0, "amended": 0, "skipped": 0}
    for n, row in enumerate(rows, 1):
        typer.echo(f"\n[{n}/{len(rows)}] event {row['id']} · {row['type']} · {_safe(row['person'])} · "
                   f"{_safe(row['org'])} · {row['date'] or 'undated'}   (score {row['score']}: {row['why']})")
        typer.echo(f"  source:   {row['source_id'] or '—'} {_safe(row['source'])}")
        typer.echo(f"  evidence: {_safe(row['evidence'])}")
        outcome = _one(engine, row["id"])
        if outcome == "quit":
            break
        done[outcome] += 1
    typer.echo("\nreviewed: " + ", ".join(f"{v} {k}" for k, v in done.items()))


def _one(engine, event_id: int) -> str:
    """Ask until a decision is made and written (a refused one, e.g. a bad date, is said and asked again)."""
    from talentdb.store import corrections
    from talentdb.store.writing import seq_range

    while True:
        answer = typer.prompt(f"  {_CHOICES}", default="s", show_default=False).strip().lower()[:1]
        try:
            if answer == "c":
                seqs = corrections.confirm(engine, [event_id]).seqs
                typer.echo(f"  confirmed ({seq_range(seqs)})")
                return "confirmed"
            if answer == "r":
                seqs = corrections.retract(engine, [event_id], typer.prompt("  reason"))
                typer.echo(f"  retracted ({seq_range(seqs)})")
                return "retracted"
            if answer == "a":
                fields = _fields(typer.prompt('  fields, e.g. date=2024-05-14 role="Chief Scientist"'))
                corrections.check_amendment(fields)  # a bad value is said before the reason is asked
                seq = corrections.amend(engine, event_id, fields, typer.prompt("  reason"))
                typer.echo(f"  amended {', '.join(sorted(fields))} ({seq_range([seq])})")
                return "amended"
        except TalentDBError as exc:
            typer.echo(f"  talentdb: {exc}", err=True)
            continue
        if answer == "s":
            return "skipped"
        if answer == "q":
            return "quit"
        typer.echo("  answer c, r, a, s or q")


def _fields(text: str) -> dict:
    """``date=2024-05-14 role="Chief Scientist"`` as {field: value}."""
    import shlex

    from talentdb.store.checks import CorrectionError

    try:
        words = shlex.split(text)
    except ValueError as exc:
        raise CorrectionError(f"cannot read {text!r}: {exc}") from None
    fields = {}
    for word in words:
        name, sep, value = word.partition("=")
        if not sep or not name:
            raise CorrectionError(f"{word!r}: write field=value, e.g. date=2024-05-14")
        fields[name.strip().replace("-", "_")] = value
    if not fields:
        raise CorrectionError("no field given: write field=value, e.g. date=2024-05-14")
    return fields
