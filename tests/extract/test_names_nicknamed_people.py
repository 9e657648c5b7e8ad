"""nicknamed_people: a name with a quoted nickname between the given names and the family name is one person, known
by the given names and the family name, by the family name alone and by the nickname and the family name."""
import pytest

from talentdb.extract.names.nicknamed_people import nicknamed_people

from tests.extract.names_support import context_before


def _found(text):
    ctx = context_before(text, nicknamed_people)
    nicknamed_people(ctx)
    return ctx


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text, canon, aliases", [
    ('Orbis named Ramon Luis "RL" Bautista as president.', "Ramon Luis Bautista", {"Bautista", "RL Bautista"}),
    ('Orbis said Teodora “Dora” Maglaya will retire.', "Teodora Maglaya", {"Maglaya", "Dora Maglaya"}),
    ('Orbis said Jose "Pepe" dela Cruz Jr. will retire.', "Jose dela Cruz", {"dela Cruz", "Pepe dela Cruz"}),
])
def test_a_quoted_nickname_inside_a_name_is_one_person(text, canon, aliases):
    ctx = _found(text)
    assert canon in ctx.people.canon
    assert aliases <= {k for k, c in ctx.people.keys.items() if c == canon}


@pytest.mark.origin("realnews-dev")
@pytest.mark.parametrize("text", [
    'Orbis Bank said "Project Blue" Phase Two would start.',
    'Ana Ruiz called the plan "Vela" in May.',
])
def test_a_quotation_that_is_no_nickname_names_no_one(text):
    assert not _found(text).people.canon
