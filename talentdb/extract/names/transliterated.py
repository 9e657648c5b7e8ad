"""Foreign names written in Chinese with no name dot and no Latin gloss: "丹斯里依爾萬", "接替丹那巴南的董事長職務",
"蘇亞雷斯接替謝暉成為新任主教練" (a Malay, Tamil or Spanish name in the Malaysian, Singaporean or mainland press).

Finder: ``transliterated_people``. Such a name has no family name, so ``han_people`` never starts one; it is a run
of transliteration characters (``validate.toml`` [person] transliteration_chars) where a name is expected, read to
where the run ends, kept when what follows ends a name. Where a name is expected (``PLACES``) and how long the run
must be there: three after a Malaysian honour or another word for a person (拿督, 好友), a title or a word whose object is a
person (聘請, 接替), four right before an event word at the start of a
clause (a shorter run there is as often a place or a company: 巴西, 亞馬遜). A run a person's or an organisation's
name already covers, a known organisation's name, or a place is not one.
"""
from __future__ import annotations

from talentdb.extract.names.chars import _is_han, _SENTENCE_PUNCT, transliteration_chars
from talentdb.extract.names.context import NameContext
from talentdb.extract.names.spans import _alias_spans, _Cover

_MAX_LEN = 8        # characters in an undotted foreign name ("莫哈末依布拉欣" is seven)
_AFTER_TITLE, _OPENING_A_CLAUSE = 3, 4  # the shortest run taken at each place (three: the sanity stage's shortest)
_AFTER_HONOUR = 2  # after a Malaysian honour, which only a name follows


# ------------------------------------------------------------------ where such a name may start: (start, shortest)
def after_person_noun(ctx: NameContext):
    """"拿督斯里阿都瓦希", "好友馬丁": right after a Malaysian honour or another word a name follows."""
    return [(e, _AFTER_TITLE) for _, e in ctx.find(ctx.lex.person_noun_matcher)]


def after_an_honour(ctx: NameContext):
    """"前首相拿督斯里納吉辭去…": right after a Malaysian honour (grammar.toml honours_before_name), which only a name
    follows, a run of two will do (Najib, Anwar)."""
    f, out = ctx.folded, []
    for h in ctx.lex.grammar.get("honours_before_name", ()):
        i = f.find(h)
        while i >= 0:
            out.append((i + len(h), _AFTER_HONOUR))
            i = f.find(h, i + 1)
    return out


def after_title(ctx: NameContext):
    """"國行副總裁莫哈末依布拉欣": right after a title."""
    return [(e, _AFTER_TITLE) for _, e in ctx.role_spans]


def after_object_word(ctx: NameContext):
    """"委任阿旺阿迪為…", "接替丹那巴南的董事長職務": right after a word whose object is a person: the one appointed,
    or the one replaced."""
    triggers, low = ctx.lex.triggers, ctx.lowered
    return [(te, _AFTER_TITLE) for ts, te in ctx.trigger_spans
            if any(r.direction == "object" or r.succession for r in triggers.get(low[ts:te], []))]


def opening_a_clause(ctx: NameContext):
    """"蘇亞雷斯接替謝暉…": at the start of a line or clause (or after 的), when the run goes on to an event word."""
    f = ctx.folded
    return [(i, _OPENING_A_CLAUSE) for i in range(len(f))
            if _is_han(f[i]) and (i == 0 or f[i - 1] in ",;:。!?\n」”的 ")]


def after_a_nationality(ctx: NameContext):
    """"澳大利亞人穆斯卡特成為…", "塞爾維亞籍米洛": right after a country and a nationality mark (names.toml [han]
    nationalities), which only a person's name follows."""
    if ctx.lex.nationality_words is None:
        return []
    return [(e, _AFTER_TITLE) for _, e in ctx.find(ctx.lex.nationality_words)]


def right_before_an_event_word(ctx: NameContext):
    """"奪冠的哈維爾下課", "官宣安東尼奧下課": a run of three or more after 的 or an announcement word (官宣, 宣布) that
    goes straight on to an event word (a run of three there not followed by one is as often a place or a thing)."""
    if not ctx.trigger_starts:
        return []
    f, translit, out = ctx.folded, transliteration_chars(), []
    starts = [i + 1 for i, c in enumerate(f) if c == "的"]
    for w in ctx.lex.grammar.get("announce_verbs", []):
        j = f.find(w)
        while j >= 0:
            starts.append(j + len(w))
            j = f.find(w, j + 1)
    for i in starts:
        if i < len(f) and f[i] in translit:
            end = _run_end(ctx, i, translit)
            if end - i >= _AFTER_TITLE and end in ctx.trigger_starts:
                out.append((i, _AFTER_TITLE))
    return out


def listed_after_a_name(ctx: NameContext):
    """"拿督陳大成、安比加南和林美玲": right after a list mark (、 和 與 及) that follows a person's name found, a run of
    three or more is the list's next item (a Malay or Indian name beside Chinese ones in a board's list)."""
    f, out = ctx.folded, []
    for a, b in _people_spans(ctx):
        if b + 1 < len(f) and f[b] in "、和与及":
            out.append((b + 1, _AFTER_TITLE))
    return out


PLACES = (after_person_noun, after_an_honour, after_title, after_object_word, opening_a_clause, after_a_nationality,
          right_before_an_event_word, listed_after_a_name)


# ------------------------------------------------------------------ the finder
def transliterated_people(ctx: NameContext) -> None:
    """Each run of transliteration characters at one of ``PLACES``, as long as that place asks, that ends where a
    name ends and that no name, organisation or place holds."""
    if not ctx.has_han():
        return
    translit, f = transliteration_chars(), ctx.folded
    shortest: dict[int, int] = {}
    for place in PLACES:
        for i, k in place(ctx):
            if i < len(f) and f[i] in translit:
                shortest[i] = min(k, shortest.get(i, k))
    if not shortest:
        return
    taken, people, orgs = _taken(ctx), _people_spans(ctx), _org_spans(ctx)
    found = False
    for i in sorted(shortest):
        end = _run_end(ctx, i, translit)
        k = shortest[i]
        if not (k <= end - i <= _MAX_LEN) or not _ends_a_name(ctx, end, k == _OPENING_A_CLAUSE):
            continue
        if taken.hit(i, end) or _holds_an_org(orgs, i, end, k != _OPENING_A_CLAUSE) or \
                _holds_a_person(people, i, end) or _not_a_person(ctx, f[i:end]):
            continue
        ctx.people.add(ctx.text[i:end], None, f[i:end])
        found = True
    if found:  # ("拿督陳大成、安比加南和林美玲": a Chinese name may follow one of them in a list)
        from talentdb.extract.names.han_people import HanScan, _names_continuing_a_list

        _names_continuing_a_list(ctx, HanScan(ctx))


_LONGER_THAN_CHINESE = 5  # a run this long is no Chinese name: one found at its start is only its first characters


def _holds_a_person(people: list[tuple[int, int]], i: int, end: int) -> bool:
    """Whether a person found before stands in the run folded[i:end]; not when the run is longer than any Chinese
    name and the person is its first characters ("國行副總裁莫哈末依布拉欣": 莫 is a family name, 莫哈末 a cut)."""
    inside = [(a, b) for a, b in people if a < end and i < b]
    if end - i >= _LONGER_THAN_CHINESE:
        return any(a != i or b > end for a, b in inside)
    return bool(inside)


def _run_end(ctx: NameContext, i: int, translit: frozenset) -> int:
    """Where the run of transliteration characters from ``i`` ends: at the first other character, or where an event
    word, a title or a word that ends names (加入, 今年, 將) starts."""
    f, n = ctx.folded, len(ctx.folded)
    role_starts, triggers = ctx.role_starts(), ctx.trigger_starts
    j = i + 1
    while j < n and j - i <= _MAX_LEN and f[j] in translit and j not in triggers and j not in role_starts and \
            not _ender_in_run(ctx, j, translit):
        j += 1
    return j


def _ender_in_run(ctx: NameContext, j: int, translit: frozenset) -> bool:
    """Whether a word that ends names starts at ``j`` inside a run: a one-character one (都, 于, 因) only when no
    transliteration character follows it ("阿都瓦希" is Abdul Wahid; "蘇萊曼于昨天" ends at 于)."""
    n = ctx.ender_len(j)
    f = ctx.folded
    return n >= 2 or (n == 1 and not (j + 1 < len(f) and f[j + 1] in translit))


def _ends_a_name(ctx: NameContext, end: int, needs_event: bool) -> bool:
    """What follows ends a name: no Han character, a word that ends names, an event word, a courtesy title or 、; at
    the start of a clause, only an event word within the clause will do (``needs_event``)."""
    f = ctx.folded
    if needs_event:
        return _event_word_follows(ctx, end)
    if end >= len(f) or not _is_han(f[end]) or f[end] == "、":
        return True
    from talentdb.extract.names.han_people import _courtesy_titles

    return ctx.ender_at(end) or end in ctx.trigger_starts or f.startswith(_courtesy_titles(ctx), end)


def _event_word_follows(ctx: NameContext, end: int) -> bool:
    """An event word right after the run, or after a word that ends names, within ten characters and no punctuation
    ("蘇亞雷斯即日起不再擔任…")."""
    if end in ctx.trigger_starts:
        return True
    if not ctx.ender_at(end):
        return False
    nxt = [s for s in ctx.trigger_start_list() if end < s <= end + 10]
    return bool(nxt) and not _SENTENCE_PUNCT.search(ctx.folded, end, nxt[0])


def _people_spans(ctx: NameContext) -> list[tuple[int, int]]:
    """Where the people found so far are named."""
    return [(s, e) for s, e, _ in _alias_spans(ctx.folded, list(ctx.people.keys))]


def _taken(ctx: NameContext) -> _Cover:
    """What the shapes found so far, the honours, the titles and the event words cover."""
    spans = [(m.start, m.end) for m in ctx.fixed]
    honours = ctx.find(ctx.lex.person_noun_matcher)  # (丹斯里 is transliterated too: an honour, not a name)
    return _Cover(len(ctx.folded), spans + honours + list(ctx.role_spans) + list(ctx.trigger_spans))


def _org_spans(ctx: NameContext) -> list[tuple[int, int]]:
    """Where the organisations found so far (the lexicon's among them) are named."""
    return [(s, e) for s, e, _ in _alias_spans(ctx.folded, list(ctx.orgs.keys))] + list(ctx.known_org_spans)


def _holds_an_org(orgs: list[tuple[int, int]], i: int, end: int, sure_place: bool) -> bool:
    """Whether an organisation's name overlaps the run folded[i:end]; where only a name follows (an honour, a title,
    a person noun: ``sure_place``), not one the run holds with more transliteration around it ("拿督卡瑪阿里":
    Kamal Ali, whose last two characters also write a company's short name)."""
    return any(a < end and i < b and not (sure_place and i <= a and b <= end and b - a < end - i) for a, b in orgs)


def _not_a_person(ctx: NameContext, name: str) -> bool:
    """A place, an outlet or a sector the sanity stage knows (馬來西亞, 彭博), or a word that says what a company
    is."""
    from talentdb.extract.validate import key, rules

    return key(name) in rules().not_org or name in ctx.not_people()
