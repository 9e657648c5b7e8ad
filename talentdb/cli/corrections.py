"""Correcting: ``retract``, ``amend``, ``merge``, ``alias``; each one new log entry."""

from typing import Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db, check_type, parse_date
from talentdb.errors import UserError

DATE_PRECISIONS = ("day", "week", "month", "quarter", "year")


@app.command()
def retract(
    event_id: int = typer.Argument(..., metavar="ID", help="The event's id (see `talentdb query`)."),
    reason: str = typer.Option(..., "--reason", help="Why; kept in the log."),
    db: Db = None,
):
    """Withdraw an event. It leaves `query`; `query --all` and `--known-at` still show it.

    Example:

    \b
        talentdb retract 12 --reason "the article was corrected: she stayed"
    """
    from talentdb.store.corrections import retract as run

    seq = run(database.engine(db), event_id, reason)
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
    db: Db = None,
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
        changes["date"] = parse_date(date_, "--date").isoformat()
        changes["date_precision"] = date_precision or "day"
        changes["date_text"] = date_
    elif date_precision:
        changes["date_precision"] = date_precision
    if changes.get("date_precision") and changes["date_precision"] not in DATE_PRECISIONS:
        raise UserError("--date-precision: use day, week, month, quarter or year")
    check_type(type)
    seq = run(database.engine(db), event_id, changes, reason)
    typer.echo(f"amended event {event_id}: {', '.join(sorted(changes))} (log entry {seq})")


@app.command()
def merge(
    name_a: str = typer.Argument(..., help="The name to keep."),
    name_b: str = typer.Argument(..., help="The name whose events move under NAME_A."),
    db: Db = None,
):
    """Declare two people (or two organisations) one: every event of B is now under A; B's spellings are kept.

    Example:

    \b
        talentdb merge "Bob McGrew" "Bob McCrew"
    """
    from talentdb.store.corrections import merge as run

    seq = run(database.engine(db), name_a, name_b)
    typer.echo(f"merged {name_b!r} into {name_a!r} (log entry {seq})")


@app.command()
def alias(
    name: str = typer.Argument(..., help="A known person or organisation."),
    spelling: str = typer.Argument(..., metavar="ALIAS", help="Another spelling of it."),
    db: Db = None,
):
    """Teach talentdb another spelling, so later articles resolve to the same entity.

    Example:

    \b
        talentdb alias "Safe Superintelligence" SSI
    """
    from talentdb.store.corrections import alias as run

    seq = run(database.engine(db), name, spelling)
    typer.echo(f"{spelling!r} now names {name!r} (log entry {seq})")
