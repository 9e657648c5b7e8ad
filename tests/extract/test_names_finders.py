"""The finders as a list: a new finder is one function of the context and one entry in FINDERS, and the order of the
list is the priority of what they register."""
import talentdb.extract.entities as entities_module
from talentdb.extract.entities import FINDERS

from tests.extract.names_support import entities

TEXT = "星樞科技(Astra Tech)宣布,研究員小林今日離職。小林表示將休息。"


def test_every_finder_is_a_function_of_the_context_alone():
    assert len(set(FINDERS)) == len(FINDERS)
    assert all(callable(f) and f.__code__.co_argcount == 1 for f in FINDERS)


def test_a_finder_added_to_the_list_registers_names_that_every_mention_step_then_uses(monkeypatch):
    assert "小林" not in entities(TEXT).people.keys  # (a surname and one character after a title: too short)

    def tagged_people(ctx):
        """(stands for a new signal, such as a segmenter's person tags)"""
        ctx.people.add("小林", None, "小林")

    monkeypatch.setattr(entities_module, "FINDERS", FINDERS + (tagged_people,))
    e = entities(TEXT)
    assert [e.text[m.start:m.end] for m in e.person_mentions if m.key == "小林"] == ["小林", "小林"]


def test_the_finder_listed_first_keeps_a_spelling_two_finders_register(monkeypatch):
    def as_lin(ctx):
        ctx.people.add("Lin", None, "小林")

    def as_kobayashi(ctx):
        ctx.people.add("Kobayashi", None, "小林")

    def keys():
        return {m.key for m in entities(TEXT).person_mentions if m.key in ("Lin", "Kobayashi")}

    monkeypatch.setattr(entities_module, "FINDERS", (as_lin, as_kobayashi) + FINDERS)
    assert keys() == {"Lin"}
    monkeypatch.setattr(entities_module, "FINDERS", (as_kobayashi, as_lin) + FINDERS)
    assert keys() == {"Kobayashi"}
