"""Finding the people and organisations an article names, one module per way of finding them.

The modules hold mixins of ``talentdb.extract.entities.Entities``, which runs them in order over one article and
holds what they share (the texts, the lexicon, the spans of titles and event words, and the registries they fill).
"""
