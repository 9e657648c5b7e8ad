"""The extractor's whole output on every article kept in tests/ (corpus, held-out, seed), as one JSON file.

A restructure of the extractor must leave this output identical; a rule change changes it on purpose, and the
commit that makes the change rewrites the file, so the diff shows what the rule did on every article:

    python -m tests.extract.snapshot            # rewrite tests/extract/snapshot.json
    python -m tests.extract.snapshot --check    # list the articles whose output changed
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("snapshot.json")
ARTICLE_SETS = ("seeds", "tests/corpus", "tests/heldout")


def articles() -> list[tuple[str, Path, str]]:
    """(name relative to the repository, article path, published date) for every article with a gold file."""
    found = []
    for folder in ARTICLE_SETS:
        for gold_path in sorted((ROOT / folder).glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            path = gold_path.parent / gold["article"]
            found.append((str(path.relative_to(ROOT)), path, gold["published"]))
    return found


def output_of(path: Path, published: str) -> dict:
    """What ingest would extract from the article: its events and entities, as plain data."""
    from datetime import date

    from talentdb.ingest import prepare
    from talentdb.reader import read_article

    prepared = prepare(read_article(path), published=date.fromisoformat(published))
    ext = prepared.extraction
    return {
        "lang": ext.lang,
        "events": [e.to_dict() for e in ext.events],
        "entities": sorted([e.kind, e.name, sorted(e.aliases)] for e in ext.entities),
    }


def current() -> dict:
    return {name: output_of(path, published) for name, path, published in articles()}


def main(argv: list[str]) -> int:
    usage = "\n".join(line.strip() for line in __doc__.strip().splitlines()[-2:])
    if argv in (["--help"], ["-h"]):
        print(usage)  # (only a bare run rewrites the file: --help used to)
        return 0
    if any(a != "--check" for a in argv):
        print(f"unknown argument {' '.join(a for a in argv if a != '--check')}; usage:\n{usage}", file=sys.stderr)
        return 2
    now = current()
    if "--check" in argv:
        kept = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
        changed = sorted(k for k in set(now) | set(kept) if now.get(k) != kept.get(k))
        print("\n".join(changed) or "identical")
        return 1 if changed else 0
    SNAPSHOT.write_text(json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}: {len(now)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
