"""The lexicon loader: every built-in file fits the declared schema, and a broken file in $TALENTDB_LEXICON_DIR is
refused with one line naming the file, the line and what is wrong, never skipped silently."""
from __future__ import annotations

import shutil

import pytest

from talentdb.errors import LexiconError
from talentdb.extract.lexicon_files import (BUILT_IN, GROUPS, check_lexicon, group_of, lexicon_files,
                                            lexicon_fingerprint, load_group, reload)
from talentdb.extract.lexicon_schema import SCHEMA


@pytest.fixture
def overlay(tmp_path, monkeypatch):
    """Write files into a fresh $TALENTDB_LEXICON_DIR: ``overlay("orgs.local.toml", text)`` returns the path."""
    folder = tmp_path / "lexicon"
    folder.mkdir()
    monkeypatch.setenv("TALENTDB_LEXICON_DIR", str(folder))
    reload()

    def write(name: str, text: str):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        reload()
        return path

    write.folder = folder
    yield write
    monkeypatch.undo()
    reload()


def refusal(group: str) -> str:
    with pytest.raises(LexiconError) as caught:
        load_group(group)
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- the built-in files ----------------------------------------------------------------------------------------------
def test_every_built_in_file_belongs_to_a_group_and_fits_its_schema():
    names = sorted(p.name for p in BUILT_IN.glob("*.toml"))
    assert sorted(f.path.name for f in lexicon_files()) == names
    for group in GROUPS:
        assert load_group(group), f"no built-in vocabulary for {group}"
    assert set(GROUPS) == {"orgs", "roles", "triggers", "negations", "names", "grammar", "validate", "dates.zh",
                           "dates.en", "currency"}


def test_a_file_belongs_to_the_longest_group_its_name_starts_with():
    assert group_of("triggers.zh.toml") == "triggers"
    assert group_of("dates.zh.toml") == group_of("dates.zh.mine.toml") == "dates.zh"
    assert group_of("currency.local.toml") == "currency"
    assert group_of("dates.local.toml") is None and group_of("orgs_extra.toml") is None


def test_each_call_gives_a_fresh_copy_so_a_caller_cannot_change_the_lexicon():
    orgs = load_group("orgs")
    orgs["orgs"]["OpenAI"].append("Zorblax")
    orgs["shape"].clear()
    again = load_group("orgs")
    assert "Zorblax" not in again["orgs"]["OpenAI"] and again["shape"]


# -- broken overlays: one line naming the file, the line and what is wrong ----------------------------------------------
def test_a_string_where_a_list_of_aliases_belongs(overlay):
    path = overlay("orgs.local.toml", '[orgs]\n"Zorblax Dynamics" = ["佐布拉克斯"]\n"Zorblax" = "佐布"\n')
    assert refusal("orgs") == (f"{path} line 3: expected a list of strings for 'Zorblax', got a string ('佐布')")


def test_a_misspelt_table_is_refused_with_the_name_it_was_meant_to_be(overlay):
    path = overlay("triggers.local.toml", '[[departure]]\nwords = ["掛冠求去"]\n\n[same_tme]\nwords = ["同日"]\n')
    assert refusal("triggers") == f"{path} line 4: unknown key 'same_tme': did you mean 'same_time'?"


def test_a_misspelt_key_inside_a_block_names_its_line(overlay):
    path = overlay("triggers.local.toml", '[[hire]]\nwords = ["入夥"]\n\n[[departure]]\nword = ["掛冠求去"]\n')
    assert refusal("triggers") == f"{path} line 5: unknown key 'word' in [departure]: did you mean 'words'?"


def test_a_direction_that_does_not_exist_lists_the_ones_that_do(overlay):
    overlay("triggers.local.toml", '[[departure]]\nwords = ["掛冠求去"]\ndirection = "objet"\n')
    message = refusal("triggers")
    assert "line 3: expected one of 'subject', 'object', 'moves', 'recipient', 'investor' for 'direction'" in message


def test_a_file_that_is_not_toml_says_where_it_stops_being_toml(overlay):
    path = overlay("negations.local.toml", '[hedges]\nwords = ["據說" "傳言"]\n')
    assert refusal("negations").startswith(f"{path} line 2: not valid TOML: ")
    overlay("negations.local.toml", '[hedges]\nwords = ["據說"\n')
    assert refusal("negations") == f"{path} line 2: not valid TOML: unclosed array (at the end of the file)"


def test_a_regular_expression_that_does_not_compile(overlay):
    path = overlay("validate.local.toml", "[org]\nnot_org_patterns = ['^series [a-f]$', '(unclosed']\n")
    message = refusal("validate")
    assert message.startswith(f"{path} line 2: item 2 of 'not_org_patterns' is not a regular expression")


def test_an_english_month_must_be_written_in_lower_case(overlay):
    path = overlay("dates.en.local.toml", "[months]\nSmarch = 3\n")
    assert refusal("dates.en") == f"{path} line 2: 'Smarch' in [months] must be written in lower case ('smarch')"


def test_a_month_number_out_of_range(overlay):
    overlay("dates.en.local.toml", "[months]\nsmarch = 13\n")
    assert "line 2: expected a whole number from 1 to 12 for 'smarch', got an integer (13)" in refusal("dates.en")


def test_a_currency_that_is_not_a_code(overlay):
    overlay("currency.local.toml", '[suffixes]\n"克朗" = "kronor"\n')
    assert "line 2: expected a currency code such as 'USD' or '?' for '克朗'" in refusal("currency")


def test_a_file_named_after_no_group_is_refused_with_the_groups_it_may_have_meant(overlay):
    path = overlay("trigers.local.toml", '[[departure]]\nwords = ["掛冠求去"]\n')
    with pytest.raises(LexiconError, match="did you mean triggers.*toml") as caught:
        lexicon_files()
    assert str(caught.value).startswith(f"{path}: belongs to no lexicon group")


def test_dates_files_say_their_language(overlay):
    overlay("dates.local.toml", '[relative_day]\n"本日" = 0\n')
    with pytest.raises(LexiconError, match=r"did you mean dates\.(zh|en)\.\*\.toml or dates\.(zh|en)\.\*\.toml"):
        lexicon_files()


def test_an_overlay_setting_that_is_not_a_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TALENTDB_LEXICON_DIR", str(tmp_path / "nowhere"))
    reload()
    try:
        with pytest.raises(LexiconError, match="TALENTDB_LEXICON_DIR=.*nowhere is not a folder"):
            check_lexicon()
    finally:
        monkeypatch.undo()
        reload()


def test_a_file_that_is_not_utf8(overlay):
    path = overlay.folder / "names.local.toml"
    path.write_bytes('[han]\nsurnames = ["歐"]\n'.encode("big5"))
    reload()
    assert refusal("names").startswith(f"{path}: not UTF-8 text")


# -- merging ---------------------------------------------------------------------------------------------------------
def test_an_overlay_extends_lists_and_merges_tables_on_top_of_the_built_in_words(overlay):
    overlay("orgs.local.toml", '[orgs]\n"OpenAI" = ["開放人工智慧"]\n"Zorblax Dynamics" = ["佐布拉克斯"]\n')
    overlay("orgs.more.toml", '[shape]\nunit_words = ["事業處"]\n')
    orgs = load_group("orgs")
    assert orgs["orgs"]["OpenAI"][-1] == "開放人工智慧" and "OpenAI" in orgs["orgs"]["OpenAI"]
    assert orgs["orgs"]["Zorblax Dynamics"] == ["佐布拉克斯"]
    assert orgs["shape"]["unit_words"][-1] == "事業處" and "事业群" in orgs["shape"]["unit_words"]


def test_a_single_value_in_an_overlay_replaces_the_built_in_one(overlay):
    overlay("currency.local.toml", '[context]\nbare_unit_default = "TWD"\n')
    assert load_group("currency")["context"]["bare_unit_default"] == "TWD"


# -- the fingerprint -------------------------------------------------------------------------------------------------
def test_the_fingerprint_changes_with_any_group_and_not_with_the_folder(overlay, tmp_path, monkeypatch):
    built_in = lexicon_fingerprint()
    assert built_in == check_lexicon() and len(built_in) == 64
    overlay("currency.local.toml", '[suffixes]\n"瑞典克朗" = "SEK"\n')
    with_money = lexicon_fingerprint()
    overlay("dates.zh.local.toml", '[relative_day]\n"本日" = 0\n')
    with_dates = lexicon_fingerprint()
    assert len({built_in, with_money, with_dates}) == 3
    elsewhere = shutil.copytree(overlay.folder, tmp_path / "elsewhere")
    monkeypatch.setenv("TALENTDB_LEXICON_DIR", str(elsewhere))
    reload()
    assert lexicon_fingerprint() == with_dates


def test_the_schema_declares_a_doc_for_every_key():
    def walk(kind, path):
        assert kind.doc, f"no doc for {path}"
        for name, sub in getattr(kind, "fields", {}).items():
            if not (name == "words" and len(kind.fields) == 1):
                walk(sub, f"{path}.{name}")
        if hasattr(kind, "block"):
            walk(kind.block, f"{path}[]")

    for group, table in SCHEMA.items():
        walk(table, group)


# -- through the CLI -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ingest_with_a_broken_overlay_prints_one_line_and_writes_nothing(cli, tmp_path, jobs):
    from conftest import SEED

    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "orgs.local.toml").write_text('[orgs]\n"Zorblax" = "佐布"\n', encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = cli("ingest", str(SEED), str(second), "--published", "2024-10-09", "--jobs", jobs,
                         env={"TALENTDB_LEXICON_DIR": str(lexicon)})
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [f"talentdb: {lexicon / 'orgs.local.toml'} line 2: expected a list of strings "
                                        f"for 'Zorblax', got a string ('佐布')"]
    assert not cli.db.exists()  # refused before the database was even opened


def test_every_word_list_the_rules_name_is_declared():
    """A list named in a rule's regex template (``<<name>>``), in ``words_rx``/``alt`` or as a character class must
    exist in the schema: a misspelt name would otherwise match nothing, silently."""
    import re
    from pathlib import Path

    import talentdb.extract as package

    grammar = SCHEMA["grammar"].fields
    named = {}
    for path in Path(package.__file__).parent.rglob("*.py"):
        if path.name in ("dates.py", "money.py"):
            continue  # their <<slots>> are fragments of their own grammar tables (a missing one fails at build time)
        text = path.read_text(encoding="utf-8")
        for name in re.findall(r"<<([a-z_]+)>>", text) + re.findall(r"""(?:words_rx|\.alt)\(\s*["'](\w+)["']""", text):
            named.setdefault(name, path.name)
        for name in re.findall(r"""chars\.get\(\s*["'](\w+)["']""", text):
            named.setdefault(f"chars.{name}", path.name)
    named.pop("name", None)  # (the placeholder in the docstrings that explain the syntax)
    assert named, "the scan found no list names: has the template syntax changed?"
    undeclared = {n: f for n, f in named.items()
                  if (n.split(".")[1] not in grammar["chars"].fields if n.startswith("chars.") else n not in grammar)}
    assert undeclared == {}


def test_a_control_character_in_a_key_is_spelt_out_not_sent_to_the_terminal(overlay):
    overlay("names.local.toml", '[han]\n"\\u001b[31mred" = ["x"]\n')
    message = refusal("names")
    assert "\x1b" not in message and "unknown key '\\x1b[31mred' in [han]" in message


@pytest.mark.origin("generality")
def test_word_lists_are_in_the_same_order_in_every_process():
    # Rules that take the first listed word found in a text (前 or 原 as a former-title mark) must not answer
    # differently from one run to the next because a set's order follows the string hash seed.
    import subprocess
    import sys

    probe = ("from talentdb.extract.lexicon import lexicon; lx = lexicon(); "
             "print(repr(sorted(lx.grammar.items())), lx.org_generic, lx.org_han_suffixes)")
    outs = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1



def test_a_trigger_block_sharing_a_grammar_list_that_does_not_exist_is_refused(overlay):
    # (grammar_words keeps one copy of words both a trigger block and the code read; a misspelt list name would
    # otherwise give the block no words and silently stop its rule)
    from talentdb.extract.lexicon import lexicon

    overlay("triggers.local.toml", '[[departure]]\ngrammar_words = "held_by_word"\ndirection = "object"\n')
    with pytest.raises(LexiconError, match=r"grammar_words: no list \[held_by_word\] in grammar.toml"):
        lexicon()


def test_a_trigger_block_reads_the_words_of_the_grammar_list_it_names(overlay):
    from talentdb.extract.lexicon import lexicon

    overlay("grammar.local.toml", '[held_by_words]\nwords = ["seat kept warm by"]\n')
    assert any(r.type == "departure" for r in lexicon().triggers.get("seat kept warm by", []))
