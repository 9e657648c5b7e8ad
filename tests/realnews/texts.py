"""Real published articles: their texts are kept out of git, their gold files say where each text came from.

Each ``tests/realnews/{dev,heldout}/NAME.gold.json`` is a gold file in the seed's format with one more key,
``source``: ``url`` (the page), ``query`` (the words that find it in the stored-pages search), ``sha256`` (of the
text with all white space removed, as ``talentdb.ingest.content_hash``), ``outlet`` and ``region``. The text itself
lives beside it as ``gold["article"]`` (ignored by git); whoever starts a session re-collects the texts and checks
them here:

    python -m tests.realnews.texts check          # every text present and unchanged? (lists what is missing)
    python -m tests.realnews.texts hash NAME.txt  # the sha256 to put in a new gold file's "source"
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("dev", "heldout")
EVENT_TYPES = {"departure", "promotion", "funding", "founding", "hire"}
LANGS = {"zh-Hant", "zh-Hans", "en"}


def gold_files(sets=SETS) -> list[Path]:
    return [p for s in sets for p in sorted((HERE / s).glob("*.gold.json"))]


def text_hash(text: str) -> str:
    from talentdb.ingest import content_hash
    from talentdb.extract.text import normalise

    return content_hash(normalise(text))


def problems_of(gold_path: Path) -> list[str]:
    """What is wrong with one gold file, as lines (empty: it is well formed)."""
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"not JSON: {exc}"]
    out = []
    for key in ("article", "published", "lang", "events", "source"):
        if key not in gold:
            out.append(f"no {key!r}")
    if out:
        return out
    if gold["lang"] not in LANGS:
        out.append(f"lang {gold['lang']!r} is not one of {sorted(LANGS)}")
    for key in ("url", "query", "sha256"):
        if not gold["source"].get(key):
            out.append(f"source has no {key!r}")
    for i, ev in enumerate(gold["events"]):
        if ev.get("type") not in EVENT_TYPES:
            out.append(f"event {i}: type {ev.get('type')!r}")
        for key in ("person", "org", "role", "counterparty", "date", "amount"):
            if key not in ev:
                out.append(f"event {i}: no {key!r} (null if not scored)")
        if ev.get("type") in ("departure", "promotion", "hire") and not ev.get("org"):
            out.append(f"event {i}: a people event needs its org")
        if ev.get("date") is not None and (not isinstance(ev["date"], list) or len(ev["date"]) != 2):
            out.append(f"event {i}: date is [first, last] or null")
        amount = ev.get("amount")
        if amount is not None and not (isinstance(amount, dict) and {"value", "currency"} <= set(amount)):
            out.append(f"event {i}: amount is {{'value': …, 'currency': 'ISO'}} or null")
    return out


def check() -> int:
    bad = 0
    for gp in gold_files():
        rel = gp.relative_to(HERE)
        for line in problems_of(gp):
            print(f"{rel}: {line}")
            bad += 1
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text_path = gp.parent / gold.get("article", "")
        src = gold.get("source", {})
        if not text_path.is_file():
            print(f"{rel}: text missing: fetch {src.get('url')} (search pages for {src.get('query')!r})")
            bad += 1
        elif text_hash(text_path.read_text(encoding="utf-8")) != src.get("sha256"):
            print(f"{rel}: text differs from the one the gold was written for (sha256)")
            bad += 1
    counts = {s: len(gold_files((s,))) for s in SETS}
    print(f"{counts['dev']} dev and {counts['heldout']} held-out gold files; {bad} problem(s)")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["check"]:
        return check()
    if argv[:1] == ["hash"] and len(argv) == 2:
        print(text_hash(Path(argv[1]).read_text(encoding="utf-8")))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
