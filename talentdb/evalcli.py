"""``talentdb eval``: ingest each gold article into a fresh temporary database, query it, score it."""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path


def predicted_events(gold_path: str) -> list[dict]:
    """What a user would get: the article ingested on its own, then `query` (the same path score.py takes)."""
    from talentdb.bulk import read_and_prepare, Options, Failure
    from talentdb.ingest import commit
    from talentdb.store.db import get_engine, read_transaction
    from talentdb.store.queries import query

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    article = str(Path(gold_path).parent / gold["article"])
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
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


def _row(score) -> dict:
    return {"article": score.article, "found": score.found, "required": score.required,
            "false_pos": score.false_positives, "precision": round(score.precision, 3),
            "recall": round(score.recall, 3), "f1": round(score.f1, 3),
            "args": f"{score.args_ok}/{score.args_total} ({score.arg_accuracy:.3f})"}


def run_eval(gold_paths: list[str]) -> tuple[list[dict], list[str]]:
    """One row per article and a TOTAL row, plus every miss (MISSED / ARGS / FALSE+ lines)."""
    from talentdb.evaluation import score_file, total

    scores, misses = [], []
    for gp in gold_paths:
        score = score_file(predicted_events(gp), gp)
        scores.append(score)
        misses += [f"{Path(gp).name}: {m}" for m in score.misses]
    return [_row(s) for s in scores] + [_row(total(scores))], misses
