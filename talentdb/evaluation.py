"""Scoring extracted events against gold files (format: ``seeds/*.gold.json``).

Pure functions, the same matching rules as the project's reference scorer: events are matched to gold by type and
key (person for people events, org for founding, org + amount for funding); gold lists are accepted spellings
compared case-blind, ignoring spaces, dots and brackets; optional gold events neither count as found nor as false
positives; arguments are checked only where gold gives them.

    >>> from talentdb.evaluation import score_extractor
    >>> score_extractor("seeds/openai-talent-exodus.gold.json").f1
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

TYPE_ALIASES = {
    "join": "hire", "joined": "hire", "hiring": "hire", "appointment": "hire", "hire": "hire",
    "ouster": "departure", "dismissal": "departure", "resignation": "departure", "exit": "departure",
    "departure": "departure", "promotion": "promotion", "funding": "funding", "raise": "funding",
    "investment": "funding", "founding": "founding", "founded": "founding",
}
PEOPLE_TYPES = {"departure", "promotion", "hire"}
EVENT_TYPES = ("departure", "promotion", "hire", "funding", "founding")
_STRIP = re.compile(r"[\s·・‧•.\-_,，、'\"()（）]")


def norm(value) -> str:
    """A spelling reduced for comparison: NFKC, lower case, no spaces, dots, dashes, commas, quotes, brackets."""
    if value is None:
        return ""
    return _STRIP.sub("", unicodedata.normalize("NFKC", str(value)).lower())


def names_match(pred, accepted) -> bool:
    p = norm(pred)
    return bool(p) and any(p == norm(a) for a in accepted or [])


def contains_any(values, keys) -> bool:
    """Any predicted text holds any accepted key (ASCII keys on word boundaries)."""
    for v in values:
        if not v:
            continue
        text = unicodedata.normalize("NFKC", str(v)).lower()
        for k in keys:
            k2 = unicodedata.normalize("NFKC", k).lower()
            if k2.isascii():
                if re.search(r"(?<![a-z0-9])" + re.escape(k2) + r"(?![a-z0-9])", text):
                    return True
            elif norm(k2) in norm(text):
                return True
    return False


def parse_day(value) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def amount_match(pred: dict, gold_amount: dict) -> bool:
    try:
        v = float(pred.get("amount"))
    except (TypeError, ValueError):
        return False
    cur = (pred.get("currency") or "").upper()
    return cur == gold_amount["currency"].upper() and abs(v - gold_amount["value"]) <= 0.01 * gold_amount["value"]


def event_type(e: dict) -> str:
    t = str(e.get("type", "")).lower()
    return TYPE_ALIASES.get(t, t)


def key_match(pred: dict, gold: dict) -> bool:
    t = gold["type"]
    if event_type(pred) != t:
        return False
    if t in PEOPLE_TYPES:
        if gold["person"] is None:
            return not pred.get("person") and names_match(pred.get("org"), gold["org"])
        return names_match(pred.get("person"), gold["person"])
    if t == "funding":
        if not names_match(pred.get("org"), gold["org"]):
            return False
        return gold.get("amount") is None or amount_match(pred, gold["amount"])
    if t == "founding":
        return names_match(pred.get("org"), gold["org"])
    return False


ARGUMENTS = ("org", "person", "role", "counterparty", "date", "amount")
ARG_OUTCOMES = ("right", "none given", "another value")


def arg_outcomes(rows: list[dict], gold: dict) -> list[tuple[str, str]]:
    """(argument, outcome) for each argument the gold event scores, against the predictions matched to it: ``right``
    when one of them has it right, ``none given`` when none of them gives it at all, else ``another value``."""
    t = gold["type"]
    checks = []  # (argument, the prediction's fields that hold it, whether a prediction has it right)
    if t in PEOPLE_TYPES and gold["person"] is not None:
        checks.append(("org", ("org",), lambda r: names_match(r.get("org"), gold["org"])))
    if t == "founding" and gold.get("person"):
        checks.append(("person", ("person",), lambda r: names_match(r.get("person"), gold["person"])))
    if gold.get("role"):
        checks.append(("role", ("role", "role_raw"),
                       lambda r: contains_any([r.get("role"), r.get("role_raw")], gold["role"])))
    if gold.get("counterparty"):
        checks.append(("counterparty", ("counterparty",),
                       lambda r: contains_any([r.get("counterparty")], gold["counterparty"])))
    if gold.get("date"):
        lo, hi = parse_day(gold["date"][0]), parse_day(gold["date"][1])

        def in_range(r):
            d = parse_day(r.get("date"))
            return d is not None and lo <= d <= hi
        checks.append(("date", ("date",), in_range))
    if t != "funding" and gold.get("amount"):
        checks.append(("amount", ("amount",), lambda r: amount_match(r, gold["amount"])))
    out = []
    for name, fields, fn in checks:
        if any(fn(r) for r in rows):
            out.append((name, "right"))
        elif all(r.get(f) in (None, "") for r in rows for f in fields):
            out.append((name, "none given"))
        else:
            out.append((name, "another value"))
    return out


@dataclass
class ArticleScore:
    article: str
    found: int = 0
    required: int = 0
    false_positives: int = 0
    args_ok: int = 0
    args_total: int = 0
    misses: list[str] = field(default_factory=list)   # human-readable: MISSED / ARGS / FALSE+ lines
    by_type: dict[str, "ArticleScore"] = field(default_factory=dict, repr=False)  # the same counts per event type
    missed: list[dict] = field(default_factory=list, repr=False)  # the required gold events not found
    spurious: list[dict] = field(default_factory=list, repr=False)  # the predictions that are false positives
    arguments: list[tuple[str, str, str]] = field(default_factory=list, repr=False)  # (type, argument, outcome)

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.false_positives) if self.found + self.false_positives else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def arg_accuracy(self) -> float:
        return self.args_ok / self.args_total if self.args_total else 0.0

    def as_dict(self) -> dict:
        return {"article": self.article, "found": self.found, "required": self.required,
                "false_positives": self.false_positives, "precision": self.precision, "recall": self.recall,
                "f1": self.f1, "args_ok": self.args_ok, "args_total": self.args_total,
                "arg_accuracy": self.arg_accuracy, "misses": list(self.misses)}


@dataclass
class TotalScore(ArticleScore):
    articles: list[ArticleScore] = field(default_factory=list)

    def as_dict(self) -> dict:
        d = super().as_dict()
        d["articles"] = [a.as_dict() for a in self.articles]
        return d


def score_events(predicted: list[dict], gold: dict, article: str | None = None) -> ArticleScore:
    """Score predicted event dicts (contract JSON shape) against one parsed gold file."""
    golds = gold.get("events", [])
    matched, false_pos = _match(predicted, golds)
    s = ArticleScore(article=article or gold.get("article", "?"))

    def part(kind: str) -> ArticleScore:
        return s.by_type.setdefault(kind, ArticleScore(article=s.article))

    for i, g in enumerate(golds):
        if g.get("optional"):
            continue
        label = f"{g['type']} {(g['person'] or g['org'])[0]}"
        part(g["type"]).required += 1
        if i not in matched:
            s.misses.append(f"MISSED {label}")
            s.missed.append(g)
        else:
            _score_found(s, part(g["type"]), g, label, matched[i])
    s.spurious = false_pos
    for p in false_pos:
        part(event_type(p)).false_positives += 1
        shown = {k: p.get(k) for k in ("type", "person", "org", "date", "amount", "_why") if p.get(k) is not None}
        s.misses.append(f"FALSE+ {json.dumps(shown, ensure_ascii=False)}")
    _add_up(s, s.by_type.values())
    return s


def _match(predicted: list[dict], golds: list[dict]) -> tuple[dict[int, list[dict]], list[dict]]:
    """The predictions matched to each gold event (by its index), and the false positives."""
    matched: dict[int, list[dict]] = {}
    false_pos: list[dict] = []
    # (matched as the project's reference scorer matches: each prediction to the first free gold of its key, one at
    # the same organisation first, so that this command and that scorer print the same figures)
    for p in predicted:
        cands = [i for i, g in enumerate(golds) if key_match(p, g)]
        free = [i for i in cands if i not in matched or golds[i]["type"] == "founding"]
        same_org = [i for i in free if golds[i]["type"] in PEOPLE_TYPES and names_match(p.get("org"), golds[i]["org"])]
        if same_org or free:
            matched.setdefault((same_org or free)[0], []).append(p)
        elif cands:
            false_pos.append(dict(p, _why="duplicate"))
        else:
            false_pos.append(p)
    return matched, false_pos


def _score_found(s: ArticleScore, part: ArticleScore, gold: dict, label: str, rows: list[dict]) -> None:
    """Count a found gold event and its arguments (in ``part``, its type's score), with an ARGS line when some are
    wrong."""
    part.found += 1
    outcomes = arg_outcomes(rows, gold)
    s.arguments += [(gold["type"], arg, how) for arg, how in outcomes]
    wrong = [arg for arg, how in outcomes if how != "right"]
    part.args_ok += len(outcomes) - len(wrong)
    part.args_total += len(outcomes)
    if wrong:
        got = {k: rows[0].get(k) for k in ("org", "role", "counterparty", "date", "amount", "person")}
        s.misses.append(f"ARGS   {label}: wrong {','.join(wrong)} got {json.dumps(got, ensure_ascii=False)}")


def _add_up(into: ArticleScore, parts) -> ArticleScore:
    for s in parts:
        into.found += s.found
        into.required += s.required
        into.false_positives += s.false_positives
        into.args_ok += s.args_ok
        into.args_total += s.args_total
    return into


def total(scores: list[ArticleScore]) -> TotalScore:
    return _add_up(TotalScore(article="TOTAL", articles=list(scores)), scores)


def totals_by_type(scores: list[ArticleScore]) -> list[ArticleScore]:
    """One score per event type over all ``scores`` (named by the type), in the order of ``EVENT_TYPES``: where a
    set's misses and false positives lie, as figures only (no names), so a held-out set can be broken down without
    anyone reading its misses."""
    seen = {k for s in scores for k in s.by_type}
    kinds = [k for k in EVENT_TYPES if k in seen] + sorted(seen - set(EVENT_TYPES))
    return [_add_up(ArticleScore(article=k), [s.by_type[k] for s in scores if k in s.by_type]) for k in kinds]


def load_gold(path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def article_path(gold_path) -> Path:
    gold = load_gold(gold_path)
    return Path(gold_path).resolve().parent / gold["article"]


def score_file(predicted: list[dict], gold_path) -> ArticleScore:
    """Score predictions (e.g. ``talentdb query --format json`` output for the article) against a gold file."""
    gold = load_gold(gold_path)
    return score_events(predicted, gold, article=gold.get("article") or Path(gold_path).name)


def score_extractor(gold_path) -> ArticleScore:
    """Run the pure extractor (no database) on a gold file's article and score it: the fast development loop."""
    from talentdb.extract import extract
    from talentdb.extract.text import normalise

    gold = load_gold(gold_path)
    text = normalise(article_path(gold_path).read_text(encoding="utf-8"))
    published = parse_day(gold.get("published"))
    lang = gold.get("lang")
    result = extract(text, published=published, lang=lang)
    return score_events([e.to_dict() for e in result.events], gold, article=gold.get("article"))


def format_score(s: ArticleScore, show: bool = False) -> str:
    line = (f"{s.article}: found {s.found}/{s.required} false+ {s.false_positives} P={s.precision:.2f} "
            f"R={s.recall:.2f} F1={s.f1:.2f} args {s.args_ok}/{s.args_total}")
    if show and s.misses:
        line += "\n" + "\n".join("  " + m for m in s.misses)
    return line


def main(argv=None) -> int:  # python -m talentdb.evaluation GOLD.json... [--show]
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    show = "--show" in args
    paths = [a for a in args if not a.startswith("--")]
    scores = [score_extractor(p) for p in paths]
    for s in scores:
        print(format_score(s, show))
    t = total(scores)
    print(f"TOTAL events F1={t.f1:.3f} (P={t.precision:.3f} R={t.recall:.3f}, {t.found}/{t.required} found, "
          f"{t.false_positives} false+) args={t.arg_accuracy:.3f} ({t.args_ok}/{t.args_total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
