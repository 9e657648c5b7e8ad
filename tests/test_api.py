"""The Python API and Datasette, as a notebook user meets them (issue 16 item 10)."""
from __future__ import annotations

import json
import shutil

import pytest

import talentdb
from talentdb.errors import TalentDBError
from test_cli import seeded, seeded_db  # noqa: F401 - fixtures


@pytest.fixture
def seed_copy(tmp_path, seeded_db):  # noqa: F811
    path = tmp_path / "notebook.db"
    shutil.copy(seeded_db, path)
    return path


def test_the_api_is_a_context_manager_that_closes_the_database(seed_copy):
    with talentdb.open(str(seed_copy)) as db:
        assert db.query(type="departure", org="OpenAI")
    assert db.closed
    with pytest.raises(TalentDBError, match="closed"):
        db.query()


@pytest.mark.parametrize("filters, words", [
    ({"type": "departures"}, ["departure, promotion, funding, founding or hire"]),
    ({"since": "yesterday"}, ["since", "yesterday"]),
    ({"until": "2024-02-30"}, ["until", "2024-02-30"]),
    ({"known_at": "last tuesday"}, ["known_at"]),
    ({"person": "Mira Muratti"}, ["no person matches 'Mira Muratti'; did you mean: Mira Murati"]),
])
def test_the_api_refuses_what_the_cli_refuses_without_naming_cli_flags(seed_copy, filters, words):
    with talentdb.open(str(seed_copy)) as db:
        with pytest.raises(TalentDBError) as caught:
            db.query(**filters)
    message = str(caught.value)
    assert all(w in message for w in words) and "--" not in message, message


def test_the_api_takes_a_surname_and_a_short_date_as_the_cli_does(seed_copy):
    with talentdb.open(str(seed_copy)) as db:
        assert {e["person"] for e in db.query(person="Murati")} == {"Mira Murati"}
        assert db.query(since="2024-9-30", until="2024-9-30", type="funding")[0]["amount"] == 6600000000
        assert [r["person"] for r in db.roster("OpenAI", as_of="2024-6-15")][:1] == ["Barret Zoph"]


def test_dataframe_dates_are_datetimes(seed_copy):
    pd = pytest.importorskip("pandas")
    with talentdb.open(str(seed_copy)) as db:
        frame = db.dataframe(type="departure")
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert frame["date"].min() == pd.Timestamp("2023-11-01") and frame["date"].isna().any()


def test_datasette_metadata_is_keyed_to_the_database_file(seeded, tmp_path):  # noqa: F811
    corpus = tmp_path / "corpus.db"
    shutil.copy(seeded.db, corpus)
    code, out, err = seeded("datasette-metadata", "--db", str(corpus))
    assert code == 0, err
    databases = json.loads(out)["databases"]
    assert list(databases) == ["corpus"] and databases["corpus"]["tables"]["events"]["description"]
    code, out, _ = seeded("datasette-metadata")
    assert list(json.loads(out)["databases"]) == [seeded.db.stem]
