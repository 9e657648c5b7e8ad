"""Each short article in tests/phenomena/ reproduces one way real news is written; each must score perfectly."""
from __future__ import annotations

from pathlib import Path

import pytest

from talentdb.evalcli import run_eval

GOLD = sorted(str(p) for p in (Path(__file__).resolve().parents[1] / "phenomena").glob("*.gold.json"))


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: Path(p).name.replace(".gold.json", ""))
def test_phenomenon_is_read_right(gold):
    rows, misses = run_eval([gold])
    article = rows[0]
    ok, of = article["args"].split()[0].split("/")
    assert (article["found"], article["false_pos"], ok) == (article["required"], 0, of), "\n".join(misses)
