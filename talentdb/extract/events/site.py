"""Where a trigger sits (``Site``), and how an ordered list of strategies is run (``first``, ``run_steps``).

Every decision of the extractor is a tuple of small named strategies, tried in order: the first that answers (does
not return None) wins, so a tuple's order is the priority of its rules. A strategy that knows the answer is
"nothing at all" (not a founding, nobody can be the subject) returns ``NOTHING``, which ends the search too. A
decision that is a chain of repairs (merging, post-passes) is a tuple of steps, each taking and returning the events.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (annotations only: the article module imports the ones that read it)
    from talentdb.extract.events.article import _Article
    from talentdb.extract.lexicon import TriggerRule


class _Nothing:
    """The answer "nothing at all": ends a search of strategies with no result."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "NOTHING"

    def __bool__(self) -> bool:
        return False


NOTHING = _Nothing()


class cached:
    """A value computed on its first read and kept on the instance, as ``functools.cached_property`` without the
    lock Python 3.11 takes at every first read (the values strategies share are read a few times each, per trigger)."""

    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


def first(strategies, *args):
    """The answer of the first strategy in ``strategies`` that gives one (not None), else None."""
    for strategy in strategies:
        answer = strategy(*args)
        if answer is not None:
            return answer
    return None


def run_steps(steps, value, *args):
    """``value`` passed through every step in order (each step takes ``*args`` and the value, and returns it)."""
    for step in steps:
        value = step(*args, value)
    return value


@dataclass(slots=True)
class Site:
    """A trigger word where it sits: the article, the sentence (its index in ``art.sentences`` and its span), the
    clause around the word, the word's span and the lexicon rule read for it. Spans are offsets into the article's
    text (``art.text``, ``art.folded`` and ``art.lowered`` share them).

    A value: no rule assigns to it (a changed site is a new one, ``dataclasses.replace``). It is not declared frozen
    because one is built for every trigger word and rule (about 11,500 in 388 articles), and a frozen dataclass sets
    each field through ``object.__setattr__``: measured, 1.0% more instructions for the whole extraction."""
    art: _Article
    rule: TriggerRule
    sentence: int
    sentence_start: int
    sentence_end: int
    clause_start: int
    clause_end: int
    trigger_start: int
    trigger_end: int
    # the event type the rule gives ("departure", "hire", "promotion", "founding", "funding"); a field, not a
    # property, because nearly every strategy reads it first
    type: str = field(init=False)

    def __post_init__(self):
        self.type = self.rule.type

    @property
    def word(self) -> str:
        """The trigger word as the lexicon lists it (folded, lower-case)."""
        return self.art.lowered[self.trigger_start:self.trigger_end]

    @property
    def before(self) -> tuple[int, int]:
        """The span of the clause before the word."""
        return self.clause_start, self.trigger_start

    @property
    def after(self) -> tuple[int, int]:
        """The span of the clause after the word."""
        return self.trigger_end, self.clause_end

    @property
    def sentence_before(self) -> tuple[int, int]:
        """The span of the sentence before the word."""
        return self.sentence_start, self.trigger_start

    @property
    def sentence_after(self) -> tuple[int, int]:
        """The span of the sentence after the word."""
        return self.trigger_end, self.sentence_end

    @property
    def sentence_text(self) -> str:
        """The sentence as written: the evidence of the events found here."""
        return self.art.text[self.sentence_start:self.sentence_end]

    def lowered_before(self, n: int) -> str:
        """The last ``n`` characters before the word, inside its clause, folded and lower-case."""
        return self.art.lowered[max(self.clause_start, self.trigger_start - n):self.trigger_start]

    def folded_before(self, n: int) -> str:
        """The last ``n`` characters before the word, inside its clause, folded (case kept)."""
        return self.art.folded[max(self.clause_start, self.trigger_start - n):self.trigger_start]
