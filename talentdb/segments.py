"""Very long texts are extracted in segments, so the cost grows with the text's length, not faster.

Some of the extractor's stages compare every mention with others in the article (who a title or a pronoun stands
for, which spans overlap): fine for an article, quadratic for a 5 MB single-line file (400 kB: 5 s, 1.6 MB: 68 s;
a 20 MB file, the largest ingest reads, would take hours). A text longer than ``LONG_TEXT`` characters is cut
into segments of about ``SEGMENT_CHARS`` at paragraph or sentence ends, each is extracted on its own, and the
events and entities are put together. A news article is far below the limit, so it is extracted whole exactly
as before; in a huge text a name introduced in one segment and referred to in the next may be missed (a null
rather than a wrong value). The same event told in two segments is written once (the writer recognises an event
the same article already reported).
"""
from __future__ import annotations

import re

LONG_TEXT = 120_000
SEGMENT_CHARS = 20_000
# Where a segment may end, best first: a blank line, a line end, a sentence end (Chinese or Latin), a space.
_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[。！？!?]|\.(?=\s)"), re.compile(r"\s"))


def split(text: str, size: int = SEGMENT_CHARS) -> list[str]:
    """``text`` in consecutive pieces of at most about ``size`` characters, cut at the best boundary in the last
    quarter of each piece (a hard cut only when a quarter of a segment holds no space at all)."""
    pieces, start, n = [], 0, len(text)
    while n - start > size:
        window_start, window_end = start + size * 3 // 4, start + size
        cut = window_end
        for pattern in _CUTS:
            found = None
            for found in pattern.finditer(text, window_start, window_end):
                pass  # the last boundary in the window
            if found is not None:
                cut = found.end()
                break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def extract_in_segments(text, published=None, lang=None):
    """``extract_and_clean`` over the whole text, or over its segments when it is very long."""
    from talentdb.extract.engine import LANGS, extract_and_clean

    text = "" if text is None else str(text)
    if len(text) <= LONG_TEXT:
        return extract_and_clean(text, published, lang)
    from talentdb.extract.model import Entity, Extraction
    from talentdb.extract.text import detect_lang

    lang = lang if lang in LANGS else detect_lang(text)
    events, entities, failed = [], {}, None
    for piece in split(text):
        part = extract_and_clean(piece, published, lang)
        failed = failed or part.failed
        events.extend(part.events)
        for entity in part.entities:
            known = entities.setdefault((entity.kind, entity.name), Entity(entity.kind, entity.name, []))
            known.aliases.extend(a for a in entity.aliases if a not in known.aliases)
    return Extraction(lang=lang, events=events, entities=list(entities.values()), failed=failed)
