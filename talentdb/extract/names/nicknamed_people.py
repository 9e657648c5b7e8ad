"""People named with a nickname in quotation marks between their given names and their family name, as the press of
the Philippines and of the Americas writes them: 'Ramon "Mon" Cruz', 'Jose Luis "Pepe" Santos Jr.'.

Finder: ``nicknamed_people``. No run of capitalised words reaches across the quotation marks, so without it the given
names alone would be read as a name (or a company's). The person is registered by the given names and the family name
(the quoted nickname left out), with the family name and the nickname and family name as aliases, and the whole span is
a mention of its own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from talentdb.extract.names.context import NameContext
from talentdb.extract.names.spans import Mention

_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"


@lru_cache(maxsize=4)
def _nicknamed(particles: tuple) -> re.Pattern:
    """One to three given names, a quoted nickname of one or two words, a family name of one or two words (a particle
    of names.toml [latin] particles may open it or join its words: "dela Cruz") and a suffix."""
    joiner = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
    return re.compile(
        rf"(?<![A-Za-z])((?:{_NAME_WORD} ){{1,3}})[\"“]([A-Z][A-Za-z]{{0,11}}(?: [A-Z][A-Za-z]{{0,11}})?)[\"”] "
        rf"((?:(?:{joiner}) )?{_NAME_WORD}(?: (?:(?:{joiner}) )?(?!(?:Jr|Sr)\b){_NAME_WORD})?)"
        rf"(,? (?:Jr|Sr|II|III|IV)\.?)?(?![A-Za-z])")


def nicknamed_people(ctx: NameContext) -> None:
    """Each name with a quoted nickname inside it (none of its words a title, an organisation's or a word no name
    holds): the person, known by the given names and the family name, by the family name alone and by the nickname
    and the family name."""
    if '"' not in ctx.folded and "“" not in ctx.folded:
        return
    cover, not_name = ctx.shape_cover(), ctx.lex.latin_not_name
    role_starts = ctx.role_starts()
    for m in _nicknamed(ctx.lex.latin_particles).finditer(ctx.folded):
        given, nick, family = m.group(1).split(), m.group(2), m.group(3)
        words = given + family.split()
        if cover.hit(m.start(), m.end()) or any(w in not_name or w in ctx.orgs.keys for w in words) or \
                any(m.start() <= r < m.end() for r in role_starts):
            continue
        canon = " ".join(given + [family])
        ctx.people.add(canon, None, ctx.folded[m.start():m.end()])
        ctx.people.add(canon, None, canon)
        ctx.people.add(canon, None, family)
        ctx.people.add(canon, None, f"{nick} {family}")
        ctx.add_fixed(Mention(m.start(), m.end(), "person", canon))
