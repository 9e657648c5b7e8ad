"""Finding a person or an organisation by what a user types: any known spelling, a part of a name, or a near miss.

A question is asked as typed first; only when it finds nothing and a name in it is not known as written is the
name looked up (``answer``): a part of exactly one name (``Murati``, ``穆拉蒂``) answers for that name; a part of
several lists them; anything else is refused with the names it resembles. So a known name costs nothing extra, and
an unknown one never silently gives "no rows".
"""
from __future__ import annotations

import difflib
import re
import unicodedata

from talentdb.errors import UserError
from talentdb.store.names import fold

KINDS = {"person": ("person",), "org": ("org",), "any": ("person", "org")}
_WORDS = {"person": ("person", "people"), "org": ("organisation", "organisations"),
          "any": ("person or organisation", "people or organisations")}
_TABLES = {"person": "people", "org": "organizations"}
SUGGESTIONS = 5


class UnknownName(UserError):
    """No person or organisation answers to the name, or several do."""


def _han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())


def known(conn, kind: str, text: str) -> bool:
    """Is ``text`` a spelling of a person (or an organisation) the database knows?"""
    from talentdb.store.resolve import Resolver

    resolver = Resolver(conn)
    return any(resolver._lookup(k, fold(text)) for k in KINDS[kind])


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def containing(conn, kind: str, text: str) -> list[tuple[str, str]]:
    """(kind, canonical name) of every entity with a spelling that holds ``text``: its words (a Latin name: all of
    the words typed are words of the spelling), or its characters in a row (a Chinese name)."""
    from talentdb.store.rawsql import raw
    from talentdb.store.resolve import Resolver

    key = fold(text)
    if not key or (not _han(key) and not _words(text)):
        return []
    typed = set(_words(text))
    resolver, found = Resolver(conn), {}
    for k in KINDS[kind]:
        rows = raw(conn).all(f"SELECT a.alias FROM aliases a JOIN {_TABLES[k]} t ON t.id = a.entity_id "
                             "WHERE a.entity_kind = :k AND a.key LIKE :pattern ESCAPE '\\' ORDER BY a.id",
                             {"k": k, "pattern": f"%{_escape_like(key)}%"})
        for (alias,) in rows:
            if _han(key) or typed <= set(_words(alias)):
                found[(k, resolver.canonical(k, alias))] = True
    return list(found)


def similar(conn, kind: str, text: str, n: int = SUGGESTIONS) -> list[str]:
    """Canonical names of the spellings closest to ``text`` (a typo, a letter too many), best first."""
    from talentdb.store.rawsql import raw
    from talentdb.store.resolve import Resolver

    spellings: dict[str, tuple[str, str]] = {}
    for k in KINDS[kind]:
        for alias, key in raw(conn).all("SELECT alias, key FROM aliases WHERE entity_kind = :k ORDER BY id", {"k": k}):
            spellings.setdefault(key, (k, alias))
    close = difflib.get_close_matches(fold(text), list(spellings), n=n * 3, cutoff=0.75)
    resolver, names = Resolver(conn), []
    for key in close:
        k, alias = spellings[key]
        name = resolver.canonical(k, alias)
        if name not in names:
            names.append(name)
    return names[:n]


def suggestions(conn, kind: str, text: str, n: int = SUGGESTIONS) -> list[str]:
    """Canonical names ``text`` may have meant: those it is a part of, then the closest spellings. For a correction,
    which acts on a name only as written, these are offered, never taken (a wrong merge is worse than a refusal)."""
    names = [name for _, name in containing(conn, kind, text)] + similar(conn, kind, text, n)
    return list(dict.fromkeys(names))[:n]


def resolve(conn, kind: str, text: str) -> str:
    """The one canonical name ``text`` stands for, or UnknownName saying why not."""
    if known(conn, kind, text):
        from talentdb.store.resolve import Resolver

        resolver = Resolver(conn)
        return next(n for n in (resolver._lookup(k, fold(text)) for k in KINDS[kind]) if n)
    one, many = _WORDS[kind]
    names = sorted({name for _, name in containing(conn, kind, text)})
    if len(names) == 1:
        return names[0]
    if names:
        shown = ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")
        raise UnknownName(f"{text!r} could be any of {len(names)} {many}: {shown}; give more of the name")
    suggestions = similar(conn, kind, text)
    hint = f"; did you mean: {', '.join(suggestions)}" if suggestions else ""
    raise UnknownName(f"no {one} matches {text!r}{hint}")


def answer(conn, ask, names: dict[str, tuple[str, str | None]], note=None, asked: list | None = None) -> list:
    """``ask(**{param: name})``: the rows of a question about these names (``names``: param → (kind, as typed)).

    When no row matches and a name is not known as typed, the name is resolved (``resolve``) and the question asked
    again; ``note(typed, name)`` hears each name taken for another. ``asked``: the rows of the question as typed,
    when the caller asked it already."""
    typed = {param: value for param, (_, value) in names.items()}
    rows = ask(**typed) if asked is None else asked
    if rows:
        return rows
    resolved = dict(typed)
    for param, (kind, value) in names.items():
        if value and not known(conn, kind, value):
            resolved[param] = resolve(conn, kind, value)
            if note:
                note(value, resolved[param])
    return ask(**resolved) if resolved != typed else rows
