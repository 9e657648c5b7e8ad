"""Write the CLI reference from the real ``--help`` output, so the docs never drift from the code.

    python -m talentdb.clidoc > docs/cli-reference.md
"""
from __future__ import annotations



def commands() -> list[str]:
    """Every command, in the order `talentdb --help` lists them (a new command is in the reference by itself)."""
    from talentdb.cli import app, command_name

    return [command_name(c) for c in app.registered_commands]


def reference() -> str:
    from typer.testing import CliRunner

    from talentdb.cli import app

    runner = CliRunner()
    parts = ["# talentdb CLI reference", "",
             "Generated from the real `--help` output by `python -m talentdb.clidoc > docs/cli-reference.md`;",
             "`tests/test_cli.py` fails when it falls behind the code.", ""]
    for args in [[]] + [[c] for c in commands()]:
        result = runner.invoke(app, args + ["--help"], env={"COLUMNS": "100", "NO_COLOR": "1"}, prog_name="talentdb")
        parts += [f"## talentdb {' '.join(args)}".rstrip(), "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    print(reference())
