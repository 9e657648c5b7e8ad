"""What the extraction tests share: extract an invented text, and pick events out of the result (or read where a
trigger word of it sits, to call a strategy of talentdb/extract/events on it)."""
from datetime import date

from talentdb.extract import extract
from talentdb.extract.text import detect_lang, normalise


def run(text, published=date(2025, 5, 2), lang=None):
    return extract(normalise(text), published=published, lang=lang)


def ev(result, etype, person=None, org=None):
    return [e for e in result.events if e.type == etype and (person is None or e.person == person)
            and (org is None or e.org == org)]


def site_at(text, word, published=date(2025, 5, 2), lang=None, type=None):
    """The ``Site`` of the first trigger ``word`` (as written; of event ``type`` when given) of an invented article,
    and the article as the extractor reads it: ``site.art``."""
    from talentdb.extract.events.article import _Article
    from talentdb.extract.events.sentences import sentences_with_triggers, sites_of
    from talentdb.extract.text import fold, lower_same_length

    text = normalise(text)
    art = _Article(text, published, lang or detect_lang(text))
    word = lower_same_length(fold(word))
    return next(s for si in sentences_with_triggers(art) for s in sites_of(art, si)
                if s.word == word and type in (None, s.type))
