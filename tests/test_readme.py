"""Every console example in README.md and docs/*.md is run, and its output must be what the page shows.

How examples are written (so that this test checks them without changes here):

* A console example is a fenced block (```) with lines starting with ``$ ``: each is a command, run by bash, and
  the lines after it, up to the next ``$ `` or the end of the block, are its output (stdout and stderr together,
  as a terminal shows them). Blocks without ``$ `` lines (```bash install steps, ```toml, ```python) are not run.
* Each document runs in its own empty temporary folder, in order, block after block, so a later example sees what
  an earlier one did. The folder has the repository's ``seeds/`` and ``tests/`` linked in; ``$TALENTDB_DB`` is
  unset, so the database is ``talentdb.db`` in that folder, as a reader who follows the page would have it; this
  checkout's ``talentdb`` comes first on PATH.
* ``…`` in the shown output stands for any text within a line; a line that is only ``…`` stands for any number of
  lines (use it for output that must vary, such as hashes and timestamps, or that the page shortens). Trailing
  spaces and blank lines at the end of an output are ignored.
* A comment on the line just before a block's opening fence says how to treat it:
  ``<!-- readme-test: not run: REASON -->`` leaves the block out (say why, e.g. it needs a PostgreSQL server or a
  database the benchmark builds); ``<!-- readme-test: file PATH -->`` writes the block's text to PATH (relative to
  the folder) for later commands; ``<!-- readme-test: serve DIR at PORT -->`` serves the folder's DIR over HTTP on
  127.0.0.1:PORT while the block's commands run. (If PORT is taken, as when two test runs meet, another port with
  as many digits serves, and 127.0.0.1:PORT is read as that port in the rest of the document's commands and
  outputs, so the page's URLs and the widths of its tables stay as shown.)
"""
from __future__ import annotations

import functools
import http.server
import os
import random
import re
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import ROOT

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_MARKER = re.compile(r"^\s*<!--\s*readme-test:\s*(not run|file|serve)\b:?\s*(.*?)\s*-->\s*$")


@dataclass
class Step:
    command: str
    shown: list[str]
    line: int


@dataclass
class Block:
    line: int
    text: list[str]
    marker: tuple[str, str] | None = None
    steps: list[Step] = field(default_factory=list)


def blocks(path: Path) -> list[Block]:
    """The fenced blocks of a Markdown file, each with the readme-test comment just before it, if any."""
    out, current, previous = [], None, ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if current is None:
            if line.startswith("```"):
                marker = _MARKER.match(previous)
                current = Block(number, [], (marker.group(1), marker.group(2)) if marker else None)
            previous = line
        elif line.startswith("```"):
            out.append(current)
            current, previous = None, line
        else:
            current.text.append(line)
    for block in out:
        for offset, line in enumerate(block.text, 1):
            if line.startswith("$ "):
                block.steps.append(Step(line[2:], [], block.line + offset))
            elif block.steps:
                block.steps[-1].shown.append(line)
    return out


def matches(shown: list[str], actual: list[str]) -> bool:
    """Do the actual lines read as the shown ones, with … for elided text?"""
    @functools.lru_cache(maxsize=None)
    def from_(i: int, j: int) -> bool:
        if i == len(shown):
            return j == len(actual)
        if shown[i].strip() == "…":
            return any(from_(i + 1, k) for k in range(j, len(actual) + 1))
        return j < len(actual) and _line_pattern(shown[i]).fullmatch(actual[j]) is not None and from_(i + 1, j + 1)

    return from_(0, 0)


@functools.lru_cache(maxsize=None)
def _line_pattern(line: str) -> re.Pattern:
    return re.compile(".*".join(re.escape(part) for part in line.rstrip().split("…")), re.S)


def _trim(lines: list[str]) -> list[str]:
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _environment() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALENTDB_")}
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}", NO_COLOR="1",
               PYTHONUNBUFFERED="1", COLUMNS="100", LC_ALL="C.UTF-8")
    return env


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _serve(folder: Path, spec: str):
    """A server for the block, and {the address the page shows: the one serving}."""
    directory, _, port = spec.partition(" at ")
    port = port.strip()
    handler = functools.partial(_Quiet, directory=str(folder / directory.strip()))
    same_width = range(max(1024, 10 ** (len(port) - 1)), 10 ** len(port))
    for candidate in [int(port), *random.sample(same_width, 40)]:
        try:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", candidate), handler)
        except OSError:
            continue
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server, {f"127.0.0.1:{port}": f"127.0.0.1:{candidate}"}
    pytest.fail(f"no free port with {len(port)} digits to serve {directory} on", pytrace=False)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_the_examples_in_the_docs_print_what_the_docs_show(document, tmp_path):
    for name in ("seeds", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    env = _environment()
    served: dict[str, str] = {}  # an address the page shows: the one serving it in this run
    for block in blocks(document):
        kind, value = block.marker or ("", "")
        if kind == "file":
            target = tmp_path / value
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("\n".join(block.text) + "\n", encoding="utf-8")
        if kind == "not run":
            assert value, f"{document.name}:{block.line}: say why the block is not run"
            continue
        server = None
        if kind == "serve":
            server, address = _serve(tmp_path, value)
            served.update(address)
        try:
            for step in block.steps:
                command = step.command
                for shown, serving in served.items():
                    command = command.replace(shown, serving)
                proc = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
                output = proc.stdout.decode("utf-8", "replace")
                for shown, serving in served.items():
                    output = output.replace(serving, shown)
                actual = _trim(output.splitlines())
                if not matches(_trim(step.shown), actual):
                    pytest.fail(f"{document.name}:{step.line}: $ {step.command}\n--- the page shows:\n"
                                + "\n".join(step.shown) + "\n--- it prints:\n" + "\n".join(actual), pytrace=False)
        finally:
            if server:
                server.shutdown()
                server.server_close()


def test_the_harness_reads_elisions_as_the_page_means_them():
    assert matches(["a", "…", "z"], ["a", "b", "c", "z"]) and matches(["a", "…", "z"], ["a", "z"])
    assert matches(["x = …;"], ["x = 42;"]) and not matches(["x = …;"], ["y = 42;"])
    assert not matches(["a", "b"], ["a", "b", "c"]) and not matches(["a"], [])


# ------------------------------------------------------------------------------------- no paths outside the repo
def _our_docs() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "tests").glob("*/README.md"))]


@pytest.mark.parametrize("document", _our_docs(), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_docs_cite_no_path_outside_the_repository(document):
    text = document.read_text(encoding="utf-8")
    assert not re.search(r"/work/|\.\./shared|(?<![\w.])shared/tools", text), document


def test_no_command_help_cites_a_path_outside_the_repository(cli):
    from talentdb.clidoc import commands

    for name in commands():
        code, out, _ = cli(name, "--help")
        assert code == 0 and "/work/" not in out and "../shared" not in out, name
