"""Correcting: ``retract``, ``amend``, ``add``, ``confirm``, ``merge``, ``unmerge``, ``alias``; each one or more new log
entries, checked first so a refused correction writes nothing."""

from typing import List, Optional

import typer

from talentdb.cli import app, database
from talentdb.cli.options import Db
from talentdb.errors import UserError

Reason = typer.Option(..., "--reason", help="Why; kept in the log.")


def _ids(ids) -> str:
    return ", ".join(str(i) for i in ids)


def _event_fields(**given) -> dict:
    """The options a person gave (an option left out is not a change)."""
    return {k: v for k, v in given.items() if v is not None}


@app.command()
def retract(
    event_ids: Optional[List[int]] = typer.Argument(None, metavar="ID...", help="Event ids (see `talentdb query`)."),
    source: Optional[int] = typer.Option(None, "--source", metavar="ID",
                                         help="Retract a whole source: every event it alone reports."),
    reason: str = Reason,
    db: Db = None,
):
    """Withdraw events. They leave `query`; `query --all` and `--known-at` still show them.

    With --source, the article is withdrawn: every event whose only source it is is retracted; events other
    articles report too stay (and cite one of those). `reextract` leaves a retracted source alone.

    Example:

    \b
        talentdb retract 12 --reason "the article was corrected: she stayed"
        talentdb retract 12 14 15 --reason "a rumour column, not news"
        talentdb retract --source 4 --reason "a README picked up from the folder"
    """
    from talentdb.store.writing import seq_range

    if bool(event_ids) == (source is not None):
        raise UserError("give event ids (retract 12 14) or --source ID, not both and not neither")
    if source is not None:
        from talentdb.store.corrections import retract_source

        done = retract_source(database.engine(db), source, reason)
        title = f" ({done.title})" if done.title else ""
        count = len(done.retracted)
        typer.echo(f"retracted source {source}{title} and its {count} event{'s' if count != 1 else ''}"
                   f"{': ' + _ids(done.retracted) if count else ''} ({seq_range(done.seqs)})")
        if done.kept:
            kept = "; ".join(f"{e} (sources {_ids(s)})" for e, s in done.kept.items())
            typer.echo(f"kept {len(done.kept)} event{'s' if len(done.kept) != 1 else ''} other sources report too: "
                       f"{kept}")
        return
    from talentdb.store.corrections import retract as run

    seqs = run(database.engine(db), event_ids, reason)
    noun = "event" if len(seqs) == 1 else "events"
    typer.echo(f"retracted {noun} {_ids(dict.fromkeys(event_ids))} ({seq_range(seqs)})")


@app.command()
def amend(
    event_id: int = typer.Argument(..., metavar="ID"),
    reason: str = Reason,
    date_: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD, YYYY-MM or YYYY (its precision follows "
                                                            "unless --date-precision)."),
    date_precision: Optional[str] = typer.Option(None, "--date-precision", help="day, week, month, quarter or year."),
    role: Optional[str] = typer.Option(None, "--role"),
    org: Optional[str] = typer.Option(None, "--org"),
    person: Optional[str] = typer.Option(None, "--person"),
    counterparty: Optional[str] = typer.Option(None, "--counterparty"),
    amount: Optional[float] = typer.Option(None, "--amount"),
    currency: Optional[str] = typer.Option(None, "--currency", help="An ISO 4217 code (USD, EUR, CNY, TWD …)."),
    type: Optional[str] = typer.Option(None, "--type"),
    db: Db = None,
):
    """Correct fields of an event, as a new log entry. `reextract` never changes an amended event again.

    Example:

    \b
        talentdb amend 7 --date 2024-05-14 --reason "exact day from the company's blog"
    """
    from talentdb.store.corrections import amend as run
    from talentdb.store.writing import seq_range

    changes = _event_fields(role=role, org=org, person=person, counterparty=counterparty, amount=amount,
                            currency=currency, type=type, date=date_, date_precision=date_precision)
    seq = run(database.engine(db), event_id, changes, reason)
    said = sorted(set(changes) | ({"date_precision", "date_text"} if date_ is not None else set()))
    typer.echo(f"amended event {event_id}: {', '.join(said)} ({seq_range([seq])})")


@app.command()
def add(
    type: str = typer.Option(..., "--type", help="departure, promotion, funding, founding or hire."),
    person: Optional[str] = typer.Option(None, "--person"),
    org: Optional[str] = typer.Option(None, "--org"),
    role: Optional[str] = typer.Option(None, "--role"),
    counterparty: Optional[str] = typer.Option(None, "--counterparty",
                                               help="Where they went (departure), the investors (funding)."),
    date_: Optional[str] = typer.Option(None, "--date", help="YYYY-MM-DD, YYYY-MM or YYYY."),
    date_precision: Optional[str] = typer.Option(None, "--date-precision", help="day, week, month, quarter or year."),
    amount: Optional[float] = typer.Option(None, "--amount"),
    currency: Optional[str] = typer.Option(None, "--currency", help="An ISO 4217 code (USD, EUR, CNY, TWD …)."),
    source: Optional[int] = typer.Option(None, "--source", metavar="ID", help="The stored article it comes from."),
    evidence: Optional[str] = typer.Option(None, "--evidence", help="The sentence that says so."),
    reason: Optional[str] = typer.Option(None, "--reason", help="Why it is added by hand; kept in the log."),
    db: Db = None,
):
    """Record an event the extractor missed, by hand (extractor `manual`), checked as an extracted one is.

    Like `ingest`, it makes the database if there is none yet (unless --source names an article in it).

    Example:

    \b
        talentdb add --type hire --person "Ada Park" --org Anthropic --date 2024-11 --reason "from her blog"
    """
    from talentdb.store.corrections import add as run, check_addition
    from talentdb.store.writing import seq_range

    fields = _event_fields(type=type, person=person, org=org, role=role, counterparty=counterparty, date=date_,
                           date_precision=date_precision, amount=amount, currency=currency, evidence=evidence)
    check_addition(fields, reason)  # a refused event must not leave a new, empty database behind
    # Like ingest, add may start a database (a hand-kept one); citing a --source needs the database it is in.
    done = run(database.engine(db, create=source is None), fields, source_id=source, reason=reason)
    typer.echo(f"added event {done.event_id} ({seq_range([done.seq])})")


@app.command()
def confirm(
    event_ids: List[int] = typer.Argument(..., metavar="ID...", help="Event ids a person has checked."),
    note: Optional[str] = typer.Option(None, "--note", help="What was checked; kept in the log."),
    db: Db = None,
):
    """Mark events as checked by a person: they leave the review queue and `reextract` never touches them.

    Example:

    \b
        talentdb confirm 3 8 --note "checked against the filing"
    """
    from talentdb.store.corrections import confirm as run
    from talentdb.store.writing import seq_range

    done = run(database.engine(db), event_ids, note)
    if done.confirmed:
        noun = "event" if len(done.confirmed) == 1 else "events"
        typer.echo(f"confirmed {noun} {_ids(done.confirmed)} ({seq_range(done.seqs)})")
    if done.already:
        typer.echo(f"already confirmed: {_ids(done.already)}")


@app.command()
def merge(
    name_a: str = typer.Argument(..., help="The name to keep."),
    name_b: str = typer.Argument(..., help="The name whose events move under NAME_A."),
    db: Db = None,
):
    """Declare two people (or two organisations) one: every event of B is now under A; B's spellings find A.
    `unmerge` undoes it.

    Example:

    \b
        talentdb merge "Bob McGrew" "Bob McCrew"
    """
    from talentdb.store.corrections import merge as run

    seq = run(database.engine(db), name_a, name_b)
    typer.echo(f"merged {name_b!r} into {name_a!r} (log entry {seq})")


@app.command()
def unmerge(
    name: str = typer.Argument(..., help="The person or organisation another was merged into."),
    db: Db = None,
):
    """Undo the latest merge into NAME: the other entity stands alone again, with its spellings, and the events
    the merge moved go back to it. Queries answer as before the merge.

    Example:

    \b
        talentdb unmerge "Ilya Sutskever"
    """
    from talentdb.store.corrections import unmerge as run

    done = run(database.engine(db), name)
    typer.echo(f"unmerged {done.restored!r} from {done.into!r} (the merge of log entry {done.merge_seq}): "
               f"{done.events} event{'s' if done.events != 1 else ''} back (log entry {done.seq})")


@app.command()
def alias(
    name: str = typer.Argument(..., help="A known person or organisation."),
    spelling: str = typer.Argument(..., metavar="ALIAS", help="Another spelling of it."),
    primary: bool = typer.Option(False, "--primary", help="Make ALIAS the main name, shown everywhere."),
    db: Db = None,
):
    """Teach talentdb another spelling, so later articles resolve to the same entity; with --primary, ALIAS
    becomes the name every event, answer and export shows (the old name still finds it).

    Example:

    \b
        talentdb alias "Safe Superintelligence" SSI
        talentdb alias "Bob McCrew" "Bob McGrew" --primary
    """
    from talentdb.store.corrections import alias as run

    seq = run(database.engine(db), name, spelling, primary=primary)
    if primary:
        typer.echo(f"{spelling!r} is now the main name; {name!r} stays a spelling of it (log entry {seq})")
    else:
        typer.echo(f"{spelling!r} now names {name!r} (log entry {seq})")
