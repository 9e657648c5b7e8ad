"""README's "Corrections and re-extraction" shows real commands and their real output: run them and compare.

The section continues the README's story, so the commands before it that change the database (ingest, retract,
amend, alias …) run first, in a fresh folder with the repository's seeds/, as a reader following the README would.
Only this section's output is compared here (a README-wide check covers the rest).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

SECTION = "## Corrections and re-extraction"
# Commands of earlier sections that change what later ones see (the rest only read).
_WRITERS = re.compile(r"(^|&& )talentdb (ingest|retract|amend|alias|merge|unmerge|add|confirm|reextract|rebuild)\b"
                      r"|^(echo|printf|mkdir) ")


def examples(text: str) -> list[tuple[str, str, bool]]:
    """(command, expected output, in SECTION) for every `$ ` line of the README's code blocks, in order."""
    out, in_block, section = [], False, False
    for line in text.splitlines():
        if line.startswith("## "):
            section = line.strip() == SECTION
        if line.startswith("```"):
            in_block = not in_block
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            out.append([line[2:], [], section])
        elif out and out[-1][2] == section:
            out[-1][1].append(line)
    return [(cmd, "\n".join(lines), section) for cmd, lines, section in out]


@pytest.mark.slow
def test_the_corrections_section_of_the_readme_shows_real_output(tmp_path):
    steps = examples((ROOT / "README.md").read_text(encoding="utf-8"))
    assert any(section for _, _, section in steps), f"no commands under {SECTION!r}"
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALENTDB_")}
    env.update(PATH=str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", ""), NO_COLOR="1",
               COLUMNS="200")
    for command, expected, section in steps:
        if not section and not _WRITERS.search(command):
            continue
        proc = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=300)
        if section:
            got = (proc.stdout + proc.stderr).rstrip("\n")
            assert got == expected, f"$ {command}\n--- README\n{expected}\n--- real\n{got}"
