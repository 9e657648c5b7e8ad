"""The mechanisms of the rule-based extractor (:mod:`talentdb.extract.engine` runs them over one article).

Every decision is a tuple of small named strategies, each a function of a ``Site`` (where the trigger word sits:
the article, the sentence, the clause, the word and its lexicon rule; see ``site``) and what was decided before it.
They are tried in order and the first answer wins, so a tuple's order is the priority of its rules and the tuple is
the documentation; a repair that needs several events is a tuple of steps, each taking and returning the events.

Vocabulary is not code: a new trigger word or phrasing of a departure, hire, promotion, founding or funding goes
to ``talentdb/lexicon/triggers.*.toml`` (its type, direction, and whether it needs or takes over a title); titles to
``roles.toml``; grammar words ("as", "由", "former", "said") to ``grammar.toml``. Code changes when a new *shape*
of sentence needs a new strategy: add a function to the tuple below that makes the decision, at the place its
priority calls for, with a one-line docstring holding an invented example and a test in
``tests/extract/test_strategies_<module>.py``.

Where each decision is made, in the order the engine makes them:

==========================================  ==============  ==========================================
decision                                    module          tuple
==========================================  ==============  ==========================================
the titles of the article                   ``roles``       ``TITLE_FINDERS``
who holds which title                       ``roles``       ``HOLDER_STEPS``, ``MENTION_TITLE_STRATEGIES``
which sentences hold a trigger              ``sentences``   ``sentences_with_triggers``
a cue that cancels a trigger (hedge, …)     ``sentences``   ``CANCEL_CUES``
who a trigger is about                      ``subjects``    ``SUBJECT_STRATEGIES``
the title a hire/promotion word is about    ``titles``      ``TITLE_TAKEN_STRATEGIES``
… when the word needs one (needs_role)      ``titles``      ``TITLE_NEEDED_STRATEGIES``
a plural title told once for a list         ``titles``      ``SHARED_TITLE_STRATEGIES``
the organisation left                       ``orgs``        ``DEPARTURE_ORG_STRATEGIES``
the organisation that hires                 ``people``      ``HIRER_STRATEGIES`` (it acts on the person),
                                                            ``JOINED_ORG_STRATEGIES`` (the person joins)
the organisation of a promotion             ``people``      ``PROMOTION_ORG_STRATEGIES``
(the above, by event type)                  ``people``      ``ORG_BY_TYPE``
an organisation the lexicon does not know   ``orgs``        ``ORG_SHAPES``
someone who comes from elsewhere            ``orgs``        ``OUTSIDER_CUES``
where a person went or came from            ``people``      ``COUNTERPARTY_STRATEGIES`` (by event type),
                                                            ``orgs.ORIGIN_STRATEGIES``
the title of each person's event            ``titles``      ``PERSON_TITLE_STRATEGIES`` (by event type)
whom a successor replaces                   ``people``      ``REPLACED_STRATEGIES``
the repairs a list of people needs          ``people``      ``LIST_STEPS``
the company founded, and its founders       ``founding``    ``FOUNDED_ORG_STRATEGIES``, ``FOUNDER_STEPS``
where a founder came from                   ``founding``    ``FOUNDER_ORIGIN_STRATEGIES``
the sum of a round                          ``funding``     ``AMOUNT_STRATEGIES``
who received it, who invested               ``funding``     ``RECIPIENT_STRATEGIES``, ``INVESTOR_STRATEGIES``
the date of an event                        ``sentences``   ``DATE_STRATEGIES``
the events of one sentence, linked          ``sentences``   ``LINK_STEPS``
the candidates of the article, merged       ``merge``       ``MERGE_STEPS``, then ``one_event_per_key``
the repairs that need every event           ``merge``       ``ARTICLE_STEPS``
==========================================  ==============  ==========================================

The other modules: ``article`` (``_Article``: one article as the rules read it: folded text, sentences, mentions,
triggers, titles, quotes, and the look-ups every rule shares), ``site`` (``Site``, ``first``, ``run_steps``,
``NOTHING``), ``candidates`` (the events under construction: ``Cand``, ``Draft``, ``Move``), ``people`` (one event
per person of a departure, hire or promotion: the order in which the tuples above are asked), ``patterns`` (regex
templates several modules share).

Regex templates: ``<<name>>`` is a word list of ``talentdb/lexicon/grammar.toml`` (see ``Lexicon.rx``).
"""
