"""What produced an event: the package version plus a short hash of the lexicon files in use.

``0.1.0+lex.3f9a1c`` names the code and the vocabulary together, so two databases built with different lexicon
overlays, or before and after a lexicon change, say so in every event they assert (``extractor`` in
``query --format json`` and in the ``events`` table). Events added by hand say ``manual``.
"""
from __future__ import annotations

import os
from functools import lru_cache


def lexicon_fingerprint() -> str:
    """Six hex digits of the lexicon files' hash (built in, then $TALENTDB_LEXICON_DIR's, every group, by name and
    content; see talentdb.extract.lexicon_files): any change of vocabulary gives another fingerprint."""
    return _fingerprint(os.environ.get("TALENTDB_LEXICON_DIR") or "")


@lru_cache(maxsize=8)
def _fingerprint(overlay: str) -> str:  # (hashed once per overlay setting, not once per article)
    from talentdb.extract.lexicon_files import lexicon_fingerprint as full

    return full()[:6]


def extractor_version() -> str:
    from talentdb import __version__

    return f"{__version__}+lex.{lexicon_fingerprint()}"
