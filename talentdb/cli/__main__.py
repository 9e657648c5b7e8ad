"""``python -m talentdb.cli``: the same as the ``talentdb`` command."""
from talentdb.cli import main

main()
