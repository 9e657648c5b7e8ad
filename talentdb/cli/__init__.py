"""The talentdb command line: a thin layer over talentdb.ingest, talentdb.store and talentdb.output.

Commands live in modules by room: ``ingesting`` (ingest), ``reading`` (query, timeline, roster, flow),
``catalogue`` (stats, people, orgs, sources), ``corrections`` (retract, amend, add, confirm, merge, unmerge, alias),
``reextracting`` (reextract), ``reviewing`` (review, history), ``log`` (rebuild, verify), ``sqlcmd`` (sql),
``exporting`` (export), ``evaluating`` (eval), ``reporting`` (report, datasette-metadata). Adding a command is one
function decorated with ``@app.command()`` in the right module (a new room is one more module in the import list
below); the options several commands share (``--db``, ``--format``, ``--known-at``, ``--limit``, ``--offset``,
``--newest``, ``--quiet``) are declared once in ``options``; ``database.engine(db)`` opens the database a command
was given (refusing a missing one), ``rows.emit`` prints rows in any --format and ``talentdb.progress`` draws a
progress bar.

Module level imports typer and the standard library only: SQLAlchemy, rich and the extractor are imported
inside the command that needs them, so ``talentdb --help`` and the read commands start fast. For the same reason
the command modules do not use ``from __future__ import annotations``: typer would eval every annotation string
again on each run (a third of the time it takes to build the commands).

Every expected failure is a ``TalentDBError``: ``main`` prints it as one line on stderr and exits with its
``exit_code``; ``--debug`` (or $TALENTDB_DEBUG) shows a traceback.
"""

import os
import sys

import typer

from talentdb import __version__
from talentdb.cli import database
from talentdb.cli.options import TABLE_PAGE, Db
from talentdb.errors import TalentDBError

__all__ = ["app", "main", "TABLE_PAGE"]

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


def _version(value: bool):
    if value:
        typer.echo(f"talentdb {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Db = None,
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
):
    database.GLOBAL["db"] = db
    database.GLOBAL["debug"] = debug


# The rooms, in the order `talentdb --help` lists their commands. Imported after `app` exists: each registers its
# commands on it.
from talentdb.cli import ingesting, reading, catalogue, corrections, reextracting, reviewing  # noqa: E402,F401,I001
from talentdb.cli import log, sqlcmd, exporting, evaluating, reporting  # noqa: E402,F401,I001


_INTERRUPTED = "interrupted; what was committed stays, run the same command again to finish"


def main() -> None:
    """Run the CLI, turning every expected failure into one line on stderr."""
    debug = "--debug" in sys.argv or bool(os.environ.get("TALENTDB_DEBUG"))
    _only_the_command_run(sys.argv[1:])
    try:
        code = app(standalone_mode=False)
        if code == 130:  # typer turns Ctrl-C into a silent exit 130; a command that counts says more (Interrupted)
            print(f"talentdb: {_INTERRUPTED}", file=sys.stderr)
        if isinstance(code, int):  # click returns typer.Exit's code when not standalone
            sys.exit(code)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print(f"talentdb: {_INTERRUPTED}", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the one place that turns errors into a line for the user
        if isinstance(exc, typer.Abort):
            print("talentdb: aborted", file=sys.stderr)
            sys.exit(130)
        if isinstance(exc, _click_exception()):  # usage errors: click's own message and exit code
            exc.show()
            sys.exit(exc.exit_code)
        if debug:
            import traceback

            traceback.print_exc()
        from talentdb.safetext import shown

        print(f"talentdb: {shown(describe(exc))}", file=sys.stderr)  # a file name or value, escaped for the terminal
        sys.exit(exc.exit_code if isinstance(exc, TalentDBError) else 1)


def _only_the_command_run(argv: list[str]) -> None:
    """Typer turns every registered command, parameters and all, into a click command before it runs one (9 ms
    for all twenty, under 1 ms for one). So a command line naming a command builds only that one, and any other
    (the top-level --help, no command, a mistyped one) builds each command as its name and help text alone, which
    is all the command list and click's "did you mean" read. Shell completion gets everything."""
    if os.environ.get("_TALENTDB_COMPLETE"):
        return
    named = _command_named(argv)
    chosen = [c for c in app.registered_commands if command_name(c) == named]
    app.registered_commands = chosen or [_listed_only(c) for c in app.registered_commands]


def _listed_only(info):
    """The command as the command list shows it: its name and help, no parameters."""
    import copy
    import inspect

    listed = copy.copy(info)
    listed.help = info.help if info.help is not None else inspect.getdoc(info.callback)
    listed.name = command_name(info)
    listed.callback = _listed
    return listed


def _listed() -> None:
    """Never run: it stands for a command in the top-level help."""


def _command_named(argv: list[str]) -> str | None:
    """The first argument that is not a global option (or the value of --db)."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def command_name(info) -> str:
    """A registered command's name as typed (eval_ is registered as eval, datasette_metadata as datasette-metadata)."""
    return info.name or info.callback.__name__.replace("_", "-")


def _click_exception():
    import click

    return click.ClickException


def describe(exc: Exception) -> str:
    """One line for the user: the message of an expected failure; a database error as such; else the bug's type."""
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, TalentDBError):
        return msg
    if isinstance(exc, OSError) and exc.filename:  # a file talentdb had to open: name it and say what to check
        return _file_problem(exc)
    if _is_database_error(exc):
        return f"database error: {msg}"
    return f"{type(exc).__name__}: {msg}"


def _file_problem(exc: OSError) -> str:
    import errno

    name = exc.filename
    if isinstance(exc, IsADirectoryError):
        return f"{name} is a folder: give a file name"
    if isinstance(exc, PermissionError):
        return (f"{name}: permission denied; check the file's and its folder's permissions (a database in a "
                f"read-only folder can be read from a copy in a writable one)")
    if exc.errno == errno.ENOSPC:
        return f"{name}: the disk is full; free some space and run the command again (nothing half-written stays)"
    return f"{name}: {exc.strerror or type(exc).__name__}; check the path"


def _is_database_error(exc: Exception) -> bool:
    # Only modules the command already loaded are asked: checking must not import SQLAlchemy.
    kinds = tuple(getattr(sys.modules[m], name) for m, name in (("sqlalchemy.exc", "DBAPIError"),
                                                                 ("sqlite3", "Error")) if m in sys.modules)
    return bool(kinds) and isinstance(exc, kinds)
