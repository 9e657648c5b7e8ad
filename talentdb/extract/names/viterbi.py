"""An exact, faster stand-in for jieba's part-of-speech Viterbi decoder (``jieba.posseg.viterbi.viterbi``).

jieba's tagger runs its hidden Markov model over each stretch of characters its dictionary does not cut into words
(a person's name, ``2023年`` after the digits). Its decoder scores every (previous state, state) pair of about 25 x 25
states per character in a generator, though four in five pairs have no transition and score minus infinity; that
was two thirds of extraction time on Simplified Chinese text. This one walks only the transitions that exist and
keeps the decoded route of each stretch it has seen (``2023年`` and ``5月`` are decoded once per process, not once
per date).

It returns what jieba's returns, bit for bit: the same sums in the same order ((previous + transition) + emission),
and ties broken as jieba's ``max`` over (score, state) tuples breaks them, by the greater state. A pair without a
transition scores minus infinity there and can never win, since every state decoded has at least one pair with a
transition (the rare step with no transition at all is left to jieba's own). ``tests/extract/test_viterbi.py``
compares the two on the corpus's text and on random text.
"""
from __future__ import annotations

MIN_FLOAT = -3.14e100  # jieba's score of an emission its tables lack
CACHE_SIZE = 20_000  # decoded stretches kept per process (~5 MB at most); emptied when full


def make_viterbi(states, start_p, trans_p, emit_p, reference):
    """A decoder over jieba's tables (char -> states, start, transition, emission) with ``reference``'s signature
    and results; ``reference`` decodes the steps it does not take."""
    all_states = trans_p.keys()
    successors = {x: frozenset(n) for x, n in trans_p.items()}
    first_step: dict[str, dict] = {}
    seen: dict[str, tuple] = {}

    def step(scores: dict, char: str) -> tuple[dict, dict] | None:
        """The scores and back-pointers of ``char``'s states after ``scores`` (None: no transition leaves them)."""
        prev = [x for x in scores if successors[x]]
        if not prev:
            return None
        expected = set().union(*[successors[x] for x in prev])
        now = expected.intersection(states.get(char, all_states)) or expected
        best: dict = {}
        back: dict = {}
        for y0 in prev:
            v, row = scores[y0], trans_p[y0]
            for y in now.intersection(successors[y0]):
                p = v + row[y] + emit_p[y].get(char, MIN_FLOAT)
                q = best.get(y)
                if q is None or p > q or (p == q and y0 > back[y]):
                    best[y] = p
                    back[y] = y0
        return best, back

    def decode(obs: str) -> tuple:
        c = obs[0]
        scores = first_step.get(c)
        if scores is None:
            scores = first_step[c] = {y: start_p[y] + emit_p[y].get(c, MIN_FLOAT)
                                      for y in states.get(c, all_states)}
        backs = []
        for c in obs[1:]:
            got = step(scores, c)
            if got is None:
                return reference(obs, states, start_p, trans_p, emit_p)
            scores, back = got
            backs.append(back)
        prob, state = max([(p, y) for y, p in scores.items()])
        route = [state] * len(obs)
        for i in range(len(obs) - 1, 0, -1):
            state = backs[i - 1][state]
            route[i - 1] = state
        return prob, route

    def viterbi(obs, states_=None, start_p_=None, trans_p_=None, emit_p_=None):
        """jieba's signature; the tables are the ones given to ``make_viterbi`` (jieba passes the same ones)."""
        got = seen.get(obs)
        if got is None:
            if len(seen) >= CACHE_SIZE:
                seen.clear()
            got = seen[obs] = decode(obs)
        return got

    return viterbi


def install() -> None:
    """Make jieba's tagger decode with ``make_viterbi``'s decoder. ``jieba.posseg`` looks its ``viterbi`` up as a
    module global at each call, so setting that global is enough; done once per process (the original stays
    importable as ``jieba.posseg.viterbi``'s module attribute, and is the reference)."""
    import sys

    import jieba.posseg as posseg

    reference = sys.modules["jieba.posseg.viterbi"].viterbi
    if posseg.viterbi is reference:
        posseg.viterbi = make_viterbi(posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P,
                                      reference)
