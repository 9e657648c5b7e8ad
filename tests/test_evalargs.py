"""`talentdb eval --args`: how the arguments of the events found are right or wrong, in figures."""
from __future__ import annotations

import json

from talentdb.evaluation import arg_outcomes, score_events

GOLD = {"type": "departure", "person": ["Dana Whitfield"], "org": ["Acme Robotics"], "role": ["CEO"],
        "counterparty": ["Orbis"], "date": ["2024-10-01", "2024-10-07"], "amount": None}


def test_each_argument_is_right_left_empty_or_another_value():
    row = {"type": "departure", "person": "Dana Whitfield", "org": "Acme Robotics", "role": None, "role_raw": None,
           "counterparty": "Globex", "date": "2024-10-03"}
    assert arg_outcomes([row], GOLD) == [("org", "right"), ("role", "none given"),
                                         ("counterparty", "another value"), ("date", "right")]


def test_a_role_kept_only_as_written_is_still_given():
    row = {"type": "departure", "person": "Dana Whitfield", "org": "Acme", "role": None, "role_raw": "COO",
           "date": None}
    assert dict(arg_outcomes([row], GOLD)) == {"org": "another value", "role": "another value",
                                               "counterparty": "none given", "date": "none given"}


def test_two_rows_matched_to_one_event_need_only_one_right():
    rows = [{"org": "Acme Robotics", "date": None}, {"org": "Acme Robotics", "date": "2024-10-05"}]
    assert ("date", "right") in arg_outcomes([dict(r, type="departure") for r in rows], GOLD)


def test_the_outcomes_add_up_to_the_argument_accuracy():
    row = {"type": "departure", "person": "Dana Whitfield", "org": "Acme Robotics", "role": "CEO",
           "counterparty": None, "date": "2023-01-01"}
    score = score_events([row], {"events": [GOLD]})
    assert (score.args_ok, score.args_total) == (2, 4)
    assert sorted(how for _, _, how in score.arguments) == ["another value", "none given", "right", "right"]


ARTICLE = """Acme Robotics said on Monday that its chief executive Dana Whitfield has resigned.
"""


def _gold(tmp_path, **event):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps({"article": "a.txt", "published": "2024-10-09", "lang": "en", "events": [
        {"type": "departure", "person": ["Dana Whitfield"], "org": ["Acme Robotics"],
         "role": ["CEO", "chief executive"], "counterparty": None, "date": None, "amount": None, **event}]}), encoding="utf-8")
    return path


def test_eval_args_counts_outcomes_per_type(cli, tmp_path):
    path = _gold(tmp_path, counterparty=["Orbis"], date=["2024-10-07", "2024-10-07"])
    code, out, err = cli("eval", str(path), "--args", "--format", "json")
    assert code == 0, err
    rows = {r["argument"]: r for r in json.loads(out)}  # (the table alone: one JSON document)
    assert rows["org: right"]["departure"] == 1 and rows["role: right"]["all"] == 1
    assert rows["counterparty: none given"]["departure"] == 1  # the article names no destination
    assert rows["date: right"]["departure"] == 1  # "on Monday" before a Wednesday publication
    assert rows["TOTAL checked"]["all"] == 4 and "Whitfield" not in out


def test_args_with_another_table_is_refused_in_a_one_document_format(cli, tmp_path):
    path = _gold(tmp_path)
    code, out, err = cli("eval", str(path), "--why", "--args", "--format", "csv")
    assert code == 2 and out == "" and "--why and --args" in err
    code, out, err = cli("eval", str(path), "--shrink", "--args")
    assert code == 0 and "TOTAL missed" in out and "TOTAL checked" in out
