"""The extractor's output on every article in tests/ is what tests/extract/snapshot.json says.

A restructure must keep it identical. A rule change rewrites the file in the same commit
(`python -m tests.extract.snapshot`), so review sees every event the change added, lost or altered.
"""
from __future__ import annotations

import json

import pytest

from tests.extract.snapshot import SNAPSHOT, articles, output_of

KEPT = json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_the_snapshot_covers_every_article_with_gold():
    assert sorted(KEPT) == sorted(name for name, _, _ in articles())


@pytest.mark.parametrize("name,path,published", articles(), ids=lambda v: v if isinstance(v, str) else "")
def test_extraction_output_is_unchanged(name, path, published):
    now = output_of(path, published)
    kept = KEPT[name]
    assert now["lang"] == kept["lang"]
    for i, (a, b) in enumerate(zip(now["events"], kept["events"])):
        assert a == b, f"event {i} of {name} changed"
    assert len(now["events"]) == len(kept["events"]), f"{name}: {len(kept['events'])} events became {len(now['events'])}"
    assert now["entities"] == kept["entities"]
