"""Newspapers, agencies and channels named between title marks (《中央社》董事長, 擔任《環球時報》總編輯): the marks say
a name, a title or an event word next to them says an employer's.

Finder: ``title_marked_orgs``.
"""
from __future__ import annotations

import re

from talentdb.extract.names.context import NameContext

# 《中央社》 / 〈民視新聞〉: a short name between title marks, no punctuation inside
_MARKED = re.compile(r"[《〈]([^《》〈〉\s,;:。!?、,;:!?()（）]{2,12})[》〉]")


def title_marked_orgs(ctx: NameContext) -> None:
    """Each name between title marks that a title follows right after the closing mark, or that an event word or
    a word that takes a title ([grammar] role_intro) ends right before: an organisation (a book or a film is not
    one's employer). Not a person's name, a generic word or a name already found."""
    if not ctx.has_han() or "《" not in ctx.folded and "〈" not in ctx.folded:
        return
    f = ctx.folded
    trigger_ends = {b for _, b in ctx.trigger_spans}
    intro = ctx.lex.rx(r"(?:<<role_intro>>)$")
    for m in _MARKED.finditer(f):
        s, e = m.span(1)
        if not (e + 1 in ctx.role_starts() or m.start() in trigger_ends or
                intro.search(f, max(0, m.start() - 4), m.start())):
            continue
        name = f[s:e]
        if name in ctx.lex.org_generic_set or name in ctx.people.keys or name in ctx.orgs.keys or \
                ctx.shape_cover().hit(s, e):
            continue
        ctx.judged_orgs.add(name)
        ctx.orgs.add(ctx.text[s:e], None, name)
