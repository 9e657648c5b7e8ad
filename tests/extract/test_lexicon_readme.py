"""talentdb/lexicon/README.md documents every group's files as the declared schema has them: it is generated from
the schema, so a key added to the schema without regenerating the README fails here."""
from __future__ import annotations

from pathlib import Path

from talentdb.extract import lexicon_readme
from talentdb.extract.lexicon_readme import markdown
from talentdb.extract.lexicon_schema import SCHEMA

README = Path(__file__).resolve().parents[2] / "talentdb" / "lexicon" / "README.md"


def test_the_readme_holds_the_schema_as_generated():
    text = README.read_text(encoding="utf-8")
    assert markdown() in text, "run: python -m talentdb.extract.lexicon_readme --write"


def test_the_readme_documents_every_group_and_every_key():
    text = README.read_text(encoding="utf-8")
    for group, table in SCHEMA.items():
        assert f"### `{group}`" in text
        for key, kind in table.fields.items():
            assert f"[{key}]" in text or f"`{key}`" in text, f"{group}: {key} undocumented"
            for sub in getattr(kind, "fields", {}):
                assert f"[{key}]` {sub}" in text or f"[{key}.{sub}]" in text or sub == "words", \
                    f"{group}: [{key}] {sub} undocumented"


def test_regenerating_replaces_only_the_generated_part():
    text = README.read_text(encoding="utf-8")
    stale = text.replace("| `[shape]` unit_words |", "| `[shape]` unit_wrods |")
    assert lexicon_readme._with_schema(stale) == text
