"""What a weak match needs besides its score: evidence beyond the story's common words.

A weak match (under `threshold`, each sentence the other's best in its article) is a
guess, and in one story every sentence shares the topic with many others. Used by
`grouping._edges` for the weak pairs only; a strong pair matches on its score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import repeat

import numpy as np

from .features import SentenceFeatures, Weights

#: The shared weight a weak match needs, in words that only two of the story's sentences use
#: (`Weights.pair_word`); see `evidenced`. Three quarters of one: in a story of forty
#: sentences, a word that four or fewer use (as many as a fact has outlets) is enough alone,
#: one that the story uses all over is not.
WEAK_EVIDENCE = 0.75


def evidenced(feats: Sequence[SentenceFeatures], weights: Weights, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """For each weak pair (xs[k], ys[k]): whether what its sentences share (`shared`) weighs
    at least `WEAK_EVIDENCE` words that only two sentences of the story use.

    Every sentence of a story shares its topic ("the fire", "the council", the company's
    name) with many others, and two short sentences about different things reach a weak
    score on one such word ("The slide flattened 27 homes" / "Hundreds of residents have
    been told to leave their homes"). A score is relative to the sentences' lengths; the
    evidence behind it is not: a guess on nothing but the story's common words is not made.
    """
    need = WEAK_EVIDENCE * weights.pair_word - 1e-9
    # each sentence's lemmas built once (a sentence is in many pairs), the weights looked up in C
    # (`shared` is called only when one of the two quotes: otherwise it is the lemmas in common)
    sets = {x: feats[x].lemmas for x in np.unique(np.r_[xs, ys]).tolist()}
    quoting = {x: bool(feats[x].quotes) for x in sets}
    idf, default, fsum = weights.idf.get, weights.default, math.fsum
    return np.fromiter((fsum(map(idf, sets[x] & sets[y] if quoting[x] == quoting[y]
                                 else shared(feats[x], feats[y], sets[x], sets[y]), repeat(default))) >= need
                        for x, y in zip(xs.tolist(), ys.tolist(), strict=True)), dtype=bool, count=xs.size)


def shared(a: SentenceFeatures, b: SentenceFeatures, lemmas_a: frozenset[str] | None = None,
           lemmas_b: frozenset[str] | None = None) -> frozenset[str]:
    """What two sentences share as evidence of one fact: their terms, less the speaker of a
    quote that only one of them carries ("'These steps are painful,' Vasquez said" / "Vasquez
    became chief executive in 2024"): who speaks is not what is said. `lemmas_*`: the
    sentences' lemmas when the caller has them already."""
    both = (a.lemmas if lemmas_a is None else lemmas_a) & (b.lemmas if lemmas_b is None else lemmas_b)
    if bool(a.quotes) != bool(b.quotes):
        speakers = a.speakers if a.quotes else b.speakers
        if speakers:
            both = both - {"@" + s for s in speakers}
    return both
