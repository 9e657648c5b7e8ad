"""Options as a user types them: the database and the format given after the command as well as before it."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import SEED


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    path = tmp_path_factory.mktemp("seed") / "seed.db"
    proc = subprocess.run([sys.executable, "-m", "talentdb.cli", "--db", str(path), "ingest", str(SEED),
                           "--published", "2024-10-09"], capture_output=True, text=True, cwd=ROOT, env=os.environ)
    assert proc.returncode == 0, proc.stderr
    return path


def test_db_after_the_command_is_the_database_asked(cli, tmp_path, seed_db):
    mine = tmp_path / "mine.db"
    shutil.copy(seed_db, mine)
    # cli's own $TALENTDB_DB points elsewhere (an empty database): --db after the command wins.
    code, out, err = cli("query", "--type", "funding", "--db", str(mine), "--format", "json")
    assert code == 0, err
    assert {e["org"] for e in json.loads(out)} == {"OpenAI"}


def test_db_before_and_after_the_command_give_the_same_answer(cli, tmp_path, seed_db):
    mine = tmp_path / "mine.db"
    shutil.copy(seed_db, mine)
    before = cli("--db", str(mine), "timeline", "Ilya Sutskever", "--format", "json")
    after = cli("timeline", "Ilya Sutskever", "--format", "json", "--db", str(mine))
    assert before[0] == after[0] == 0 and before[1] == after[1] and json.loads(after[1])


def test_ingest_takes_db_after_its_paths(cli, tmp_path):
    mine = tmp_path / "fresh.db"
    code, _, err = cli("ingest", str(SEED), "--published", "2024-10-09", "--db", str(mine))
    assert code == 0, err
    assert mine.exists() and not cli.db.exists()


def test_every_command_that_opens_a_database_takes_db(cli):
    for command in ("ingest", "query", "timeline", "roster", "flow", "retract", "amend", "merge", "alias", "rebuild",
                    "verify", "sql", "export", "report"):
        code, out, _ = cli(command, "--help")
        assert code == 0 and "--db" in out, command


def test_loading_the_cli_loads_no_database_rendering_or_extraction_library():
    """`talentdb --help` answers in a blink: every command imports what it needs when it runs."""
    import subprocess
    import sys

    from conftest import ROOT

    code = ("import sys, talentdb.cli; print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'sqlalchemy', 'rich', 'dateparser', 'opencc', 'trafilatura', 'alembic', 'openpyxl'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"


def test_the_top_level_help_lists_every_command_as_the_full_build_does():
    """main() builds only the command run, and for the top-level help each command's name and help alone."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = dict(os.environ, COLUMNS="100")
    via_main = subprocess.run([sys.executable, "-m", "talentdb.cli", "--help"], capture_output=True, text=True,
                              cwd=ROOT, env=env).stdout
    full = subprocess.run([sys.executable, "-c", "import sys; sys.argv = ['talentdb', '--help']\n"
                           "from talentdb.cli import app\napp(prog_name='talentdb')"],
                          capture_output=True, text=True, cwd=ROOT, env=env).stdout
    assert via_main.replace("python -m talentdb.cli", "talentdb") == full and "datasette-metadata" in full
