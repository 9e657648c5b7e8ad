"""``talentdb eval``: ingest each gold article into a fresh temporary database, query it, score it.

A gold file that cannot be used (missing, not JSON, no ``article``, its article not there) gets one line naming it
and is left out; the others are still scored. An article whose events are all missed is flagged in its row: the
same signal as a file that could not be read, and easy to overlook in a long table.
"""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from talentdb.errors import TalentDBError

COLUMNS = ["article", "found", "required", "false_pos", "precision", "recall", "f1", "args", "note"]
ALL_MISSED = "every event missed"


class GoldError(TalentDBError):
    """A gold file that cannot be scored; the message names it."""

    exit_code = 1


def check_gold(path: str) -> dict:
    """The gold file's content, or GoldError saying in one line what is wrong with it."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except (IsADirectoryError, PermissionError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read it ({type(exc).__name__})") from None
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("article"), str):
        raise GoldError(f'{path}: no "article" naming the article file (the format of seeds/*.gold.json)')
    if not isinstance(gold.get("events", []), list):
        raise GoldError(f'{path}: "events" must be a list of events')
    article = Path(path).parent / gold["article"]
    if not article.is_file():
        raise GoldError(f"{path}: its article {gold['article']} is not there ({article})")
    if gold.get("published"):
        from talentdb.filters import parse_day

        if parse_day(gold["published"]) is None:
            raise GoldError(f'{path}: "published" {gold["published"]!r} is not a date (YYYY-MM-DD)')
    return gold


def predicted_events(gold_path: str, gold: dict | None = None) -> list[dict]:
    """What a user would get: the article ingested on its own, then `query` (the same path score.py takes)."""
    from talentdb.bulk import Failure, Options, read_and_prepare
    from talentdb.filters import parse_day
    from talentdb.ingest import commit
    from talentdb.store.db import get_engine, read_transaction
    from talentdb.store.queries import query

    gold = gold or check_gold(gold_path)
    article = str(Path(gold_path).parent / gold["article"])
    published: date | None = parse_day(gold["published"]) if gold.get("published") else None
    with tempfile.TemporaryDirectory() as tmp:
        engine = get_engine(os.path.join(tmp, "eval.db"))
        try:
            prepared = read_and_prepare(article, Options(published, None, None, "auto"))
            if isinstance(prepared, Failure):
                return []
            commit(engine, prepared)
            with read_transaction(engine) as conn:
                return query(conn)
        finally:
            engine.dispose()


def _explain(score, gold_path: str, gold: dict, queried: list[dict], counts: dict) -> None:
    """Count each missed event's reason in ``counts`` and add it to its MISSED line; count each false positive's
    reason under ``("false: " + reason, type)``."""
    from talentdb.evalwhy import why_false
    from talentdb.evaluation import event_type

    for p in score.spurious:
        key = ("false: " + why_false(p, gold), event_type(p))
        counts[key] = counts.get(key, 0) + 1
    if not score.missed:
        return
    from talentdb.evalwhy import stages_of, why_missed
    from talentdb.extract.text import normalise
    from talentdb.filters import parse_day

    text = normalise((Path(gold_path).parent / gold["article"]).read_text(encoding="utf-8", errors="replace"))
    stages = stages_of(text, parse_day(gold["published"]) if gold.get("published") else None, None)
    _label_misses(score, [why_missed(stages, g, queried) for g in score.missed], "why", counts)


def _label_misses(score, labels: list[str], word: str, counts: dict) -> None:
    """Count each missed event's label in ``counts`` by (label, type) and add ``(WORD: label)`` to its MISSED line
    (``score.missed`` and the MISSED lines of ``score.misses`` are in the same order)."""
    labels, lines = iter(labels), []
    for line in score.misses:
        if line.startswith("MISSED"):
            label, kind = next(labels), line.split()[1]
            counts[(label, kind)] = counts.get((label, kind), 0) + 1
            line = f"{line}  ({word}: {label})"
        lines.append(line)
    score.misses = lines


def _shrink(score, gold_path: str, gold: dict, counts: dict) -> None:
    """Count each missed event's blocker (talentdb.evalshrink) in ``counts`` by (blocker, type) and add it to its
    MISSED line."""
    if not score.missed:
        return
    from talentdb.evalshrink import blocker_of
    from talentdb.extract.text import normalise
    from talentdb.filters import parse_day

    text = normalise((Path(gold_path).parent / gold["article"]).read_text(encoding="utf-8", errors="replace"))
    published = parse_day(gold["published"]) if gold.get("published") else None
    _label_misses(score, [blocker_of(text, g, published, gold.get("lang")) for g in score.missed], "blocked by",
                  counts)


def shrink_rows(counts: dict) -> list[dict]:
    """The blockers as a table: a row per blocker with a column per event type and ``all``, and a TOTAL row."""
    from talentdb.evalshrink import BLOCKERS

    return _counted_rows(counts, "blocker", BLOCKERS, "TOTAL missed")


def argument_rows(counts: dict) -> list[dict]:
    """The arguments of the events found as a table: a row per argument and outcome (``role: right``, ``role: none
    given``, ``role: another value`` …) with a column per event type and ``all``, and a TOTAL row (every argument
    checked)."""
    from talentdb.evaluation import ARG_OUTCOMES, ARGUMENTS

    return _counted_rows(counts, "argument", [f"{a}: {o}" for a in ARGUMENTS for o in ARG_OUTCOMES], "TOTAL checked")


def why_rows(counts: dict) -> list[dict]:
    """The reasons as a table: a row per reason a required event was missed, then per reason a row was a false
    positive (``false: …``), each with a column per event type and ``all``, and a TOTAL row for each part."""
    from talentdb.evalwhy import FALSE_REASONS, REASONS

    return _counted_rows(counts, "reason", REASONS, "TOTAL missed") + \
        _counted_rows(counts, "reason", ["false: " + r for r in FALSE_REASONS], "TOTAL false")


def _counted_rows(counts: dict, first: str, names, total_name: str) -> list[dict]:
    """A row per name counted in ``counts`` (by (name, event type)), with ``all``, then their TOTAL row."""
    from talentdb.evaluation import EVENT_TYPES

    rows = []
    for name in names:
        row = {first: name, **{k: counts.get((name, k), 0) for k in EVENT_TYPES}}
        row["all"] = sum(row[k] for k in EVENT_TYPES)
        if row["all"]:
            rows.append(row)
    return rows + [{first: total_name, **{k: sum(r[k] for r in rows) for k in (*EVENT_TYPES, "all")}}]


def _row(score) -> dict:
    return {"article": score.article, "found": score.found, "required": score.required,
            "false_pos": score.false_positives, "precision": round(score.precision, 3),
            "recall": round(score.recall, 3), "f1": round(score.f1, 3),
            "args": f"{score.args_ok}/{score.args_total} ({score.arg_accuracy:.3f})",
            "note": ALL_MISSED if score.required and not score.found and score.article != "TOTAL" else ""}


BY = ("article", "type", "lang")
LANG_ORDER = ("zh-Hant", "zh-Hans", "en")


def run_eval(gold_paths: list[str], *, bar=None, on_bad=None, by: str = "article",
             why: dict | None = None, shrink: dict | None = None,
             arguments: dict | None = None) -> tuple[list[dict], list[str]]:
    """One row per article (or per event type, or per gold ``lang``: ``by``) and a TOTAL row, plus every miss
    (MISSED / ARGS / FALSE+ lines). ``on_bad(message)`` hears each gold file left out; ``bar`` (talentdb.progress)
    advances per file. Given a dict as ``why``, each miss's reason (talentdb.evalwhy) is counted in it by
    (reason, event type) and said on its MISSED line; given a dict as ``shrink``, so is its blocker
    (talentdb.evalshrink); given a dict as ``arguments``, each argument of a found event is counted in it by
    (argument: outcome, event type)."""
    from talentdb.evaluation import total

    scores, misses, langs = [], [], []
    for gp in gold_paths:
        try:
            gold = check_gold(gp)
        except GoldError as exc:
            if on_bad is None:
                raise
            on_bad(str(exc))
        else:
            score = _score_one(gp, gold, why, shrink, arguments)
            scores.append(score)
            langs.append(str(gold.get("lang") or "?"))
            misses += [f"{Path(gp).name}: {m}" for m in score.misses]
        if bar is not None:
            bar.advance()
    rows = [_row(s) for s in _parts(scores, langs, by)] + [_row(total(scores))]
    if by != "article":
        rows = [{(by if k == "article" else k): v for k, v in row.items()} for row in rows]
    return rows, misses


def _score_one(gp: str, gold: dict, why: dict | None, shrink: dict | None, arguments: dict | None):
    """One gold file scored, its misses explained (``why``), shrunk (``shrink``) and its arguments counted
    (``arguments``) when asked."""
    from talentdb.evaluation import score_file

    queried = predicted_events(gp, gold)
    score = score_file(queried, gp)
    if why is not None:
        _explain(score, gp, gold, queried, why)
    if shrink is not None:
        _shrink(score, gp, gold, shrink)
    if arguments is not None:
        for kind, name, how in score.arguments:
            key = (f"{name}: {how}", kind)
            arguments[key] = arguments.get(key, 0) + 1
    return score


def _parts(scores: list, langs: list[str], by: str) -> list:
    """The rows above TOTAL: each article, each event type's total, or each gold language's."""
    from talentdb.evaluation import total, totals_by_type

    if by == "type":
        return totals_by_type(scores)
    if by != "lang":
        return scores
    keys = sorted(set(langs), key=lambda k: (LANG_ORDER.index(k) if k in LANG_ORDER else len(LANG_ORDER), k))
    parts = [total([s for s, lang in zip(scores, langs) if lang == key]) for key in keys]
    for part, key in zip(parts, keys):
        part.article = key
    return parts
