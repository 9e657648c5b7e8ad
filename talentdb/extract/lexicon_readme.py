"""The part of ``talentdb/lexicon/README.md`` that says what each group's files may hold, generated from the
declared schema (:mod:`talentdb.extract.lexicon_schema`), so the documentation cannot drift from what the loader
accepts:

    python -m talentdb.extract.lexicon_readme            # print it
    python -m talentdb.extract.lexicon_readme --write    # put it into the README, between its two marker lines
    python -m talentdb.extract.lexicon_readme --check    # whether the README has it as generated
"""
from __future__ import annotations

from talentdb.extract.lexicon_schema import SCHEMA, Blocks, MapOf, Table

README = "talentdb/lexicon/README.md"
_START = "<!-- schema: generated from talentdb/extract/lexicon_schema.py by `python -m talentdb.extract.lexicon_readme --write` -->"
_END = "<!-- end of the generated schema -->"


def _rows(table: Table, path: str = ""):
    """(key as written in the file, what it holds, what for) for every key of ``table``, tables before their keys."""
    for name, kind in table.fields.items():
        here = f"{path}.{name}" if path else name
        if isinstance(kind, Table) and set(kind.fields) == {"words"}:
            yield f"`[{here}]` words", "a list of strings", kind.doc
        elif isinstance(kind, Table):
            yield f"`[{here}]`", "a table", kind.doc
            yield from _rows(kind, here)
        elif isinstance(kind, Blocks):
            yield f"`[[{here}]]`", "blocks: each a table of the keys below", kind.doc
        elif path:
            yield f"`[{path}]` {name}", kind.describe(), kind.doc
        else:
            yield f"`[{name}]`" if isinstance(kind, MapOf) else f"`{name}`", kind.describe(), kind.doc


def _blocks(table: Table) -> list[Table]:
    """The block shapes a group uses, once each."""
    out: list[Table] = []
    for kind in table.fields.values():
        if isinstance(kind, Blocks) and all(kind.block is not b for b in out):
            out.append(kind.block)
    return out


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown() -> str:
    """The README's part on what each group's files may hold, from ``SCHEMA``."""
    from pathlib import Path

    built_in = Path(__file__).resolve().parent.parent / "lexicon"
    out = [_START, ""]
    for group, table in SCHEMA.items():
        files = sorted(p.name for p in built_in.glob("*.toml") if p.name == f"{group}.toml"
                       or p.name.startswith(f"{group}.") and p.name.count(".") > group.count(".") + 1)
        out += [f"### `{group}`: {', '.join(f'`{f}`' for f in files)}, and `{group}.*.toml` in an overlay", "",
                table.doc, "", "| key | holds | for |", "| --- | --- | --- |"]
        out += [f"| {_cell(k)} | {_cell(h)} | {_cell(d)} |" for k, h, d in _rows(table)]
        for block in _blocks(table):
            out += ["", f"Each block ({block.doc}):", "", "| key | holds | for |", "| --- | --- | --- |"]
            out += [f"| `{k}` | {_cell(kind.describe())} | {_cell(kind.doc)} |" for k, kind in block.fields.items()]
        out.append("")
    return "\n".join(out + [_END])


def _with_schema(readme: str) -> str:
    start, end = readme.find(_START), readme.find(_END)
    if start < 0 or end < start:
        raise SystemExit(f"{README}: no generated part (the two marker lines) to replace")
    return readme[:start] + markdown() + readme[end + len(_END):]


def main(argv: list[str]) -> int:
    """Print the generated part, or (--write) put it into the README; --check: whether the README has it."""
    from pathlib import Path

    readme = Path(__file__).resolve().parents[2] / README
    if "--write" in argv:
        readme.write_text(_with_schema(readme.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"wrote {README}")
    elif "--check" in argv:
        text = readme.read_text(encoding="utf-8")
        same = _with_schema(text) == text
        print("identical" if same else f"{README} is out of date: python -m talentdb.extract.lexicon_readme --write")
        return 0 if same else 1
    else:
        print(markdown())
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
