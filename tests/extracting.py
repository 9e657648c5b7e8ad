"""What the extraction tests share: extract an invented text, and pick events out of the result."""
from datetime import date

from talentdb.extract import extract
from talentdb.extract.text import normalise


def run(text, published=date(2025, 5, 2), lang=None):
    return extract(normalise(text), published=published, lang=lang)


def ev(result, etype, person=None, org=None):
    return [e for e in result.events if e.type == etype and (person is None or e.person == person)
            and (org is None or e.org == org)]
