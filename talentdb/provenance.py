"""What produced an event: the package version plus a short hash of the lexicon files in use.

``0.1.0+lex.3f9a1c`` names the code and the vocabulary together, so two databases built with different lexicon
overlays, or before and after a lexicon change, say so in every event they assert (``extractor`` in
``query --format json`` and in the ``events`` table). Events added by hand say ``manual``.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

_BUILT_IN = Path(__file__).resolve().parent / "lexicon"


def lexicon_fingerprint() -> str:
    """Six hex digits of sha256 over every lexicon file in use (built in, then $TALENTDB_LEXICON_DIR's), by name
    and content: any change of vocabulary, in the package or in an overlay, gives another fingerprint."""
    return _fingerprint(os.environ.get("TALENTDB_LEXICON_DIR") or "")


@lru_cache(maxsize=8)
def _fingerprint(overlay: str) -> str:
    digest = hashlib.sha256()
    folders = [("", _BUILT_IN)] + ([("overlay/", Path(overlay))] if overlay and Path(overlay).is_dir() else [])
    for prefix, folder in folders:
        for path in sorted(folder.glob("*.toml")):
            try:
                content = path.read_bytes()
            except OSError:  # an unreadable overlay file is skipped by the loader too
                continue
            digest.update(f"{prefix}{path.name}\0{len(content)}\0".encode())
            digest.update(content)
    return digest.hexdigest()[:6]


def extractor_version() -> str:
    from talentdb import __version__

    return f"{__version__}+lex.{lexicon_fingerprint()}"
