"""The mechanisms of the rule-based extractor (:mod:`talentdb.extract.engine` runs them), one module per concern:

- ``article``: one article as the rules read it (folded text, sentences, mentions, triggers, titles, quotes) and
  the look-ups every rule shares;
- ``roles``: the titles the text gives and who holds them;
- ``sentences``: the events of one sentence, their dates, and the cues that cancel a trigger;
- ``subjects``: the people a trigger is about;
- ``people``: departures, hires, promotions and foundings, one event per person;
- ``funding``: rounds of funding, who received them and who invested;
- ``orgs``: which organisation an event is about, where a person comes from;
- ``merge``: after every sentence, one event per person and organisation, the repairs that need the whole article,
  and the entities of the events;
- ``candidates``: the event under construction that the rules pass along;
- ``patterns``: regex templates several modules share.

Regex templates: ``<<name>>`` is a word list of ``talentdb/lexicon/grammar.toml`` (see ``Lexicon.rx``).
"""
