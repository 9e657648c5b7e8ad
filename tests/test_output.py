"""--format json is json.dump(rows, indent=2) byte for byte, however the renderer gets there."""
from __future__ import annotations

import datetime
import io
import json
import random

from talentdb.output import write_json_array


def test_json_output_is_exactly_what_json_dump_with_indent_writes():
    # The renderer encodes plain rows with json's C encoder and the separators indent=2 would write; anything a
    # separator could hide in (quotes, newlines, braces and commas in strings, nested lists and dicts, dates) must
    # come out as json.dump writes it. NaN is the one difference: json.dump writes NaN, which is not JSON; the
    # renderer writes null (the last test here).
    rng = random.Random(3)
    values = [None, True, False, 0, -1, 1.5, 1e20, 0.1 + 0.2, "a", "", "中文", 'q"uote', "back\\slash",
              "nl\nx", "\x00\x1f", "\u2028", ", ", ": ", "{", "}", "[", "]", datetime.date(2024, 1, 2), [1, "x"], [],
              {"k": [1, {"z": None}]}, {}, ("t", 1)]
    for _ in range(2000):
        rows = [{(f"k{j}" if rng.random() < 0.9 else '键"'): rng.choice(values) for j in range(rng.randrange(5))}
                for _ in range(rng.randrange(4))]
        want = io.StringIO()
        json.dump(rows, want, ensure_ascii=False, indent=2, default=str)
        want.write("\n")
        got = io.StringIO()
        write_json_array(rows, got)
        assert got.getvalue() == want.getvalue(), rows


def test_a_number_that_is_not_finite_is_written_as_null():
    got = io.StringIO()
    write_json_array([{"a": float("nan"), "b": [float("inf")], "c": 1.5}], got)
    assert json.loads(got.getvalue()) == [{"a": None, "b": [None], "c": 1.5}]
