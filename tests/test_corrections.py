"""Corrections a user makes, as they notice them: several retractions at once, a whole source withdrawn, a fact
added or confirmed by hand, a merge undone, the main spelling chosen, an event's history, the review queue.

Runs on SQLite and PostgreSQL (conftest.db_url). Events are written by hand, as in test_store.
"""
from __future__ import annotations

import pytest
from sqlalchemy import text

from talentdb.extract.model import Entity, Event
from talentdb.ingest import commit
from talentdb.store import corrections
from talentdb.store.checks import CorrectionError
from talentdb.store.db import read_transaction, write_transaction
from talentdb.store.history import history
from talentdb.store.log import verify
from talentdb.store.projector import rebuild
from talentdb.store.queries import query, timeline
from talentdb.store.review import review_queue

from conftest import make_article
from test_store import read, seedlike, snapshot


def log_size(engine) -> int:
    with read_transaction(engine) as conn:
        return conn.execute(text("SELECT COUNT(*) FROM event_log")).scalar()


def ids_of(engine, **filters) -> list[int]:
    return [e["id"] for e in read(engine, query, **filters)]


def readme_article():
    """A README picked up from a folder: one junk event, and one it shares with the seed (a real report too)."""
    return make_article("README.md", [
        Event("hire", "Pat Doe", "Example Corp", evidence="Pat Doe joined Example Corp (example)"),
        Event("departure", "Mira Murati", "OpenAI", date="2024-09-30", date_precision="week", date_text="上週",
              evidence="Mira Murati left OpenAI"),
    ])


def test_several_events_are_retracted_at_once_or_none_is(engine):
    commit(engine, seedlike())
    murati, karpathy = ids_of(engine, person="Mira Murati")[0], ids_of(engine, person="Andrej Karpathy")[0]
    size = log_size(engine)
    with pytest.raises(CorrectionError, match="no event with id 999"):
        corrections.retract(engine, [murati, 999], "typo")
    assert log_size(engine) == size and len(read(engine, query)) == 7  # the good id was not retracted either
    seqs = corrections.retract(engine, [murati, karpathy], "both wrong")
    assert len(seqs) == 2 and len(read(engine, query)) == 5
    with pytest.raises(CorrectionError, match="reason"):
        corrections.retract(engine, [ids_of(engine)[0]], "  ")


def test_retracting_a_source_takes_back_its_own_events_and_keeps_the_ones_others_report(engine):
    commit(engine, seedlike())
    commit(engine, readme_article())
    [murati] = read(engine, query, person="Mira Murati")
    done = corrections.retract_source(engine, 2, "a README, not news")
    assert read(engine, query, person="Pat Doe") == []
    assert done.retracted == ids_of(engine, person="Pat Doe", include_retracted=True)
    assert done.kept == {murati["id"]: [1]}
    [still] = read(engine, query, person="Mira Murati")
    assert still["status"] == "active" and still["source_id"] == 1
    with pytest.raises(CorrectionError, match="already retracted"):
        corrections.retract_source(engine, 2, "twice")
    with read_transaction(engine) as conn:
        assert conn.execute(text("SELECT status FROM sources WHERE id = 2")).scalar() == "retracted"


def test_an_event_reported_first_by_the_retracted_source_now_cites_the_other_one(engine):
    commit(engine, readme_article())
    commit(engine, seedlike())
    corrections.retract_source(engine, 1, "a README")
    [murati] = read(engine, query, person="Mira Murati")
    assert (murati["source_id"], murati["evidence"]) == (2, "上週,首席技術長米拉·穆拉蒂(Mira Murati)離職")


def test_amend_and_add_refuse_bad_values_with_one_line_and_write_nothing(engine):
    commit(engine, seedlike())
    [funding] = ids_of(engine, type="funding")
    size = log_size(engine)
    bad = [({"amount": -5}, "amount"), ({"amount": float("inf")}, "amount"), ({"amount": float("nan")}, "amount"),
           ({"currency": "XYZ"}, "ISO 4217"), ({"currency": "dollars"}, "ISO 4217"), ({"person": "  "}, "empty"),
           ({"org": ""}, "empty"), ({"date": "2024-02-30"}, "not a real date"), ({"date": "9999-01-01"}, "year"),
           ({"date_precision": "fortnight"}, "date_precision"), ({"type": "departures"}, "type"),
           ({"role": "CTO\x1b[2J"}, "control character")]
    for changes, message in bad:
        with pytest.raises(CorrectionError, match=message) as caught:
            corrections.amend(engine, funding, changes, "typo")
        assert "\n" not in str(caught.value) and "--" not in str(caught.value)  # one line, no CLI flag names
        with pytest.raises(CorrectionError, match=message):
            corrections.add(engine, {"type": "funding", "org": "Acme", "amount": 1e6, "currency": "USD", **changes})
    assert log_size(engine) == size
    assert corrections.amend(engine, funding, {"amount": 7e9, "currency": "usd"}, "the final figure")
    [row] = read(engine, query, type="funding")
    assert (row["amount"], row["currency"]) == (7_000_000_000, "USD")


def test_an_event_added_by_hand_is_queried_like_any_other_and_says_manual(engine):
    commit(engine, seedlike())
    added = corrections.add(engine, {"type": "hire", "person": "米拉·穆拉蒂", "org": "Thinking Machines Lab",
                                     "role": "Chief Executive Officer", "date": "2025-02"}, reason="her own post")
    [row] = read(engine, query, type="hire")
    assert row["id"] == added.event_id and row["person"] == "Mira Murati"  # any known spelling resolves
    assert (row["date"], row["date_precision"], row["date_text"]) == ("2025-02-01", "month", "2025-02")
    assert row["extractor"] == "manual" and row["source_id"] is None and row["confidence"] == 1
    with pytest.raises(CorrectionError, match=f"event {added.event_id} already records this hire"):
        corrections.add(engine, {"type": "hire", "person": "Mira Murati", "org": "Thinking Machines Lab"})
    with pytest.raises(CorrectionError, match="needs a person"):
        corrections.add(engine, {"type": "departure", "org": "OpenAI"})
    with pytest.raises(CorrectionError, match="no source with id 9"):
        corrections.add(engine, {"type": "departure", "person": "Ada Park", "org": "OpenAI"}, source_id=9)


def test_confirmed_events_say_so_and_leave_the_review_queue(engine):
    commit(engine, seedlike())
    queue = read(engine, review_queue)
    first = queue[0]["id"]
    done = corrections.confirm(engine, [first])
    assert done.confirmed == [first] and corrections.confirm(engine, [first]).already == [first]
    [row] = [e for e in read(engine, query) if e["id"] == first]
    assert row["confirmed"] is True
    assert first not in [r["id"] for r in read(engine, review_queue)]


def test_review_puts_single_source_undated_doubtful_events_first_and_explains_why(engine):
    commit(engine, seedlike())
    commit(engine, make_article("rumour.txt", [Event("departure", "Ada Park", "Borealis Labs", confidence=0.7,
                                                     evidence="Ada Park may have left Borealis Labs")]))
    commit(engine, make_article("reprint.txt", [
        Event("departure", "Mira Murati", "OpenAI", date="2024-09-30", date_precision="week", date_text="last week",
              evidence="Murati left OpenAI last week")], [Entity("person", "Mira Murati", [])]))
    queue = read(engine, review_queue)
    assert queue[0]["person"] == "Ada Park" and queue[0]["why"] == "one source, confidence 0.7, undated"
    assert queue[0]["score"] == 7 and queue[0]["evidence"] == "Ada Park may have left Borealis Labs"
    murati = [r for r in queue if r["person"] == "Mira Murati"][0]
    assert murati["sources"] == 2 and murati == queue[-1]  # two articles report it: the least worth a look


def test_merge_then_unmerge_gives_every_answer_back(engine):
    commit(engine, seedlike())
    commit(engine, make_article("other.txt", [
        Event("hire", "Ilya S.", "Safe Superintelligence", date="2024-06-01", date_precision="month",
              evidence="Ilya S. joined SSI")], [Entity("person", "Ilya S.", ["伊利亞"])]))

    def answers():
        return {"all": read(engine, query), "ilya": read(engine, timeline, "Ilya Sutskever"),
                "s": read(engine, timeline, "Ilya S."), "han": read(engine, timeline, "伊利亞")}

    before = answers()
    assert len(before["s"]) == 1 and before["s"] == before["han"]
    corrections.merge(engine, "Ilya Sutskever", "Ilya S.")
    assert len(read(engine, timeline, "伊利亞")) == 3  # merged: every spelling finds all three
    done = corrections.unmerge(engine, "蘇茨克維")  # any spelling of the surviving person
    assert (done.restored, done.into, done.events) == ("Ilya S.", "Ilya Sutskever", 1)
    assert answers() == before
    with pytest.raises(CorrectionError, match="nothing to unmerge"):
        corrections.unmerge(engine, "Ilya Sutskever")
    live = snapshot(engine)
    with write_transaction(engine) as conn:
        rebuild(conn)
    assert snapshot(engine) == live and read(engine, verify).ok


def test_unmerge_leaves_a_field_a_person_amended_after_the_merge(engine):
    commit(engine, seedlike())
    commit(engine, make_article("other.txt", [Event("hire", "Ilya S.", "Safe Superintelligence",
                                                    evidence="Ilya S. joined SSI")]))
    corrections.merge(engine, "Ilya Sutskever", "Ilya S.")
    [hire] = ids_of(engine, type="hire")
    corrections.amend(engine, hire, {"role": "Chief Scientist"}, "from the announcement")
    assert corrections.unmerge(engine, "Ilya Sutskever").events == 1
    assert [e["person"] for e in read(engine, query, type="hire")] == ["Ilya S."]


def test_alias_primary_makes_the_right_spelling_the_name_shown_everywhere(engine):
    commit(engine, make_article("seed.txt", [Event("departure", "Bob McCrew", "OpenAI", "Chief Research Officer",
                                                   evidence="首席研究官鮑勃·麥克格魯(Bob McCrew)離職")],
                                [Entity("person", "Bob McCrew", ["鮑勃·麥克格魯"])]))
    with pytest.raises(CorrectionError, match="no person or organisation called 'Bob McGrew'; did you mean: Bob McCrew"):
        corrections.merge(engine, "Bob McGrew", "Bob McCrew")
    corrections.alias(engine, "Bob McCrew", "Bob McGrew", primary=True)
    [row] = read(engine, query)
    assert row["person"] == "Bob McGrew"
    for spelling in ("Bob McCrew", "鮑勃·麥克格魯", "bob mcgrew"):
        assert [e["person"] for e in read(engine, timeline, spelling)] == ["Bob McGrew"]
    commit(engine, make_article("later.txt", [Event("hire", "Bob McCrew", "Anthropic", evidence="Bob McCrew joined")]))
    assert {e["person"] for e in read(engine, query)} == {"Bob McGrew"}
    with read_transaction(engine) as conn:
        assert conn.execute(text("SELECT name FROM people")).scalars().all() == ["Bob McGrew"]
    with pytest.raises(CorrectionError, match="already the main name"):
        corrections.alias(engine, "Bob McCrew", "Bob McGrew", primary=True)
    live = snapshot(engine)
    with write_transaction(engine) as conn:
        rebuild(conn)
    assert snapshot(engine) == live


def test_primary_refuses_a_name_merged_away_and_says_how_to_swap(engine):
    commit(engine, make_article("a.txt", [Event("departure", "Bob McCrew", "OpenAI", evidence="Bob McCrew left")]))
    commit(engine, make_article("b.txt", [Event("hire", "Bob McGrew", "Anthropic", evidence="Bob McGrew joined")]))
    corrections.merge(engine, "Bob McCrew", "Bob McGrew")
    with pytest.raises(CorrectionError, match="unmerge 'Bob McCrew' and merge the two the other way round"):
        corrections.alias(engine, "Bob McCrew", "Bob McGrew", primary=True)
    corrections.unmerge(engine, "Bob McCrew")
    corrections.merge(engine, "Bob McGrew", "Bob McCrew")
    assert {e["person"] for e in read(engine, query)} == {"Bob McGrew"}


CFO_EN = "Harbourline Bio chief financial officer Sarah Lindqvist left the company last week."
CFO_ZH = "港灣生技財務長莎拉·林德奎斯特(Sarah Lindqvist)上週離職。"


def cfo_article(lang: str):
    if lang == "en":
        return make_article("cfo.en.txt", [Event("departure", "Sarah Lindqvist", "Harbourline Bio",
                                                 "Chief Financial Officer", date="2024-09-30", date_precision="week",
                                                 date_text="last week", evidence=CFO_EN)],
                            [Entity("person", "Sarah Lindqvist", [])], text=CFO_EN)
    return make_article("cfo.zh.txt", [Event("departure", "Sarah Lindqvist", None, "Chief Financial Officer",
                                             date="2024-09-30", date_precision="week", date_text="上週",
                                             evidence=CFO_ZH)],
                        [Entity("person", "Sarah Lindqvist", ["莎拉·林德奎斯特", "林德奎斯特"])], text=CFO_ZH)


@pytest.mark.parametrize("order", [("en", "zh"), ("zh", "en")])
def test_a_corroborating_article_in_another_script_adds_its_spellings_whichever_came_first(engine, order):
    for lang in order:
        commit(engine, cfo_article(lang))
    [event] = read(engine, timeline, "林德奎斯特")
    assert event["person"] == "Sarah Lindqvist" and read(engine, timeline, "莎拉·林德奎斯特") == [event]
    steps = read(engine, history, event["id"])
    assert [s["what"] for s in steps] == ["asserted", "corroborated"] and steps[1]["source_id"] == 2
    live = snapshot(engine)
    with write_transaction(engine) as conn:
        rebuild(conn)
    assert snapshot(engine) == live


def cfo_article_naming_the_company(lang: str, role: str = "Chief Financial Officer"):
    if lang == "en":
        return cfo_article(lang)
    return make_article("cfo.zh.txt", [Event("departure", "Sarah Lindqvist", "港灣生技", role, date="2024-09-30",
                                             date_precision="week", date_text="上週", evidence=CFO_ZH)],
                        [Entity("person", "Sarah Lindqvist", ["莎拉·林德奎斯特", "林德奎斯特"])], text=CFO_ZH)


@pytest.mark.parametrize("order", [("en", "zh"), ("zh", "en")])
def test_one_move_whose_company_each_script_names_its_own_way_is_one_event_with_both_names(engine, order):
    for lang in order:
        commit(engine, cfo_article_naming_the_company(lang))
    [event] = read(engine, timeline, "林德奎斯特")
    assert [s["what"] for s in read(engine, history, event["id"])] == ["asserted", "corroborated"]
    assert event["org"] == ("Harbourline Bio" if order[0] == "en" else "港灣生技")
    assert [e["id"] for e in read(engine, timeline, "Sarah Lindqvist")] == [event["id"]]
    other = "港灣生技" if order[0] == "en" else "Harbourline Bio"
    assert [e["id"] for e in read(engine, query, org=other)] == [event["id"]]
    live = snapshot(engine)
    with write_transaction(engine) as conn:
        rebuild(conn)
    assert snapshot(engine) == live


def test_two_moves_of_one_person_at_companies_named_in_two_scripts_under_two_titles_stay_two(engine):
    commit(engine, cfo_article("en"))
    commit(engine, cfo_article_naming_the_company("zh", role="Chief Executive Officer"))
    assert len(read(engine, timeline, "Sarah Lindqvist")) == 2


def test_one_article_naming_two_companies_in_two_scripts_keeps_two_moves(engine):
    moves = [Event("departure", "Sarah Lindqvist", org, "Chief Financial Officer", date="2024-09-30",
                   date_precision="week", date_text="last week", evidence=CFO_EN) for org in ("Harbourline Bio", "港灣生技")]
    commit(engine, make_article("two.txt", moves, [Entity("person", "Sarah Lindqvist", [])], text=CFO_EN))
    assert len(read(engine, timeline, "Sarah Lindqvist")) == 2


def test_history_tells_an_events_life_with_reasons_and_seq_numbers(engine):
    commit(engine, seedlike())
    [karpathy] = ids_of(engine, person="Andrej Karpathy")
    amended = corrections.amend(engine, karpathy, {"date": "2024-02-13"}, "exact day from his post")
    confirmed = corrections.confirm(engine, [karpathy]).seqs[0]
    retracted = corrections.retract(engine, [karpathy], "a duplicate of another report")[0]
    steps = read(engine, history, karpathy)
    assert [(s["what"], s["by"]) for s in steps] == [("asserted", "extractor"), ("amended", "person"),
                                                     ("confirmed", "person"), ("retracted", "person")]
    assert [s["seq"] for s in steps[1:]] == [amended, confirmed, retracted]
    assert steps[1]["detail"] == "date: 2024-02-01 → 2024-02-13; date_precision: month → day"
    assert steps[1]["reason"] == "exact day from his post" and steps[3]["reason"] == "a duplicate of another report"
    assert steps[0]["source"] == "1 seed.txt"
    with pytest.raises(Exception, match="no event with id 99"):
        read(engine, history, 99)


def test_the_python_api_makes_the_same_corrections_with_the_same_messages(db_url):
    import talentdb

    db = talentdb.open(db_url)
    commit(db.engine, seedlike())
    commit(db.engine, readme_article())
    karpathy = [e["id"] for e in db.query(person="Andrej Karpathy")][0]
    assert db.confirm(karpathy) == [karpathy] and db.confirm(karpathy) == []
    db.amend(karpathy, date="2024-02-13", reason="his post")
    assert db.query(person="Andrej Karpathy")[0]["date"] == "2024-02-13"
    with pytest.raises(CorrectionError, match=r"^currency 'XYZ' is not an ISO 4217 code") as caught:
        db.add("funding", org="Acme", amount=1e6, currency="XYZ")
    assert "--" not in str(caught.value)
    new = db.add("hire", person="Ada Park", org="Anthropic", date="2024-11", reason="her post")
    assert db.history(new)[0]["what"] == "asserted" and db.history(new)[0]["by"] == "person"
    assert db.retract(source=2, reason="a README").retracted == [e["id"] for e in db.query(person="Pat Doe",
                                                                                          include_retracted=True)]
    assert len(db.retract(new, reason="wrong person")) == 1
    db.merge("Mira Murati", "Ada Park")
    assert db.unmerge("Mira Murati")["restored"] == "Ada Park"
    db.alias("Mira Murati", "Mira M.", primary=True)
    assert {e["person"] for e in db.timeline("穆拉蒂")} == {"Mira M."}
    assert db.reextract(dry_run=True)["dry_run"] is True
    assert all(r["id"] != karpathy for r in db.review())
    db.close()
