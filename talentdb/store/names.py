"""Entity resolution: the many spellings of a person or organisation, folded to one lookup key."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = re.compile(r"[\s·・‧•.\-_,，、'\"()（）]+")


@lru_cache(maxsize=1 << 16)  # a writer folds the same few thousand names again and again
def fold(name: str) -> str:
    """Lookup key: NFKC, lower case, Simplified characters, no spaces, dots or middle dots.

    So "Mira Murati", "mira murati", "米拉·穆拉蒂" and "米拉‧穆拉蒂" (and their Simplified forms) find one person.
    """
    from talentdb.extract.text import to_simplified

    key = _DROP.sub("", unicodedata.normalize("NFKC", name).lower())
    return to_simplified(key) if any("\u3400" <= ch <= "\u9fff" for ch in key) else key


def title_parts(role: str) -> set[str]:
    """The parts of a title ("President and CEO": president, ceo): two titles that share none are two posts."""
    return {t.strip() for t in re.split(r",|&|\band\b|/", role.lower()) if t.strip()}


def usable_alias(alias: str) -> bool:
    """Too-short spellings (one Han character, two letters) would join different people; keep them out."""
    key = fold(alias)
    han = sum(1 for ch in key if "\u3400" <= ch <= "\u9fff")
    return han >= 2 or (han == 0 and len(key) >= 3)
