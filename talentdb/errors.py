"""One error policy: every failure talentdb expects is a ``TalentDBError`` carrying its exit code.

The CLI prints ``str(error)`` as one line on stderr and exits with ``error.exit_code``; the Python API raises the
same exceptions. Anything else reaching the CLI's edge is a bug: one line too, exit 1, a traceback with --debug.
"""
from __future__ import annotations


class TalentDBError(Exception):
    """An expected failure: bad input, a refused request, an unreadable file. One line for the user."""

    exit_code = 2


class UserError(TalentDBError):
    """A value the user gave cannot be used (a date, an option, a name)."""


class LexiconError(TalentDBError):
    """A lexicon file (built in or an overlay in $TALENTDB_LEXICON_DIR) is broken: the message names file and line."""


class ExtractionError(TalentDBError):
    """An internal error inside the extractor, raised only in strict mode (TALENTDB_STRICT=1, as the tests run)."""

    exit_code = 1
