"""Finding the people and organisations an article names, one module per way of finding them.

Each finder is a function of one shared ``context.NameContext``; ``talentdb.extract.entities`` runs them in the
order of its ``FINDERS`` list, and its docstring maps which finder finds what, in which module.
"""
