"""The context of a pair: outlets that follow one account tell its facts in one order.

Two sentences of different articles that share few words may still state one fact when
the sentences right before or right after them nearly match on their own: outlets rewrite
a wire copy, a statement or each other sentence by sentence, and the sentence next to a
matched one is often the next fact in other words. A pair under `mutual` (too weak to be
even a guess) whose previous sentences, or whose next ones, score at least `ANCHOR` is
raised by `CONTEXT_BONUS`. It still has to pass every rule a weak match passes (each the
other's best in its article, the articles naming something alike, evidence beyond the
story's common words: reader.align.grouping, reader.align.weak), and it never reaches
`threshold` through its neighbours: context makes a guess possible, not a match.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from reader.settings import AlignSettings

from .features import SentenceFeatures
from .scoring import Table, quantize

#: What a pair next to a near-match gains: with the default settings, one at `floor` (0.10)
#: then passes `mutual` (0.17); 0.07 to 0.15 found about as many pairs on the story set.
CONTEXT_BONUS = 0.1
#: The score of a neighbouring pair that counts as context: most of the way from `mutual` to
#: `threshold` (0.17 to 0.36), a pair that nearly matches on its own. From 0.25 to 0.28 the
#: story set gains the same pairs; at 0.30 fewer.
ANCHOR = 0.28


def with_context(feats: Sequence[SentenceFeatures], table: Table, settings: AlignSettings,
                 bonus: float | None = None) -> Table:
    """`table` with its body pairs under `mutual` that sit next to a pair of at least
    `ANCHOR` raised by `bonus` (`CONTEXT_BONUS`), short of `threshold`."""
    n = len(feats)
    bonus = CONTEXT_BONUS if bonus is None else bonus
    if not len(table) or bonus <= 0:
        return table
    i, j, sc = table.i, table.j, table.score
    art = np.fromiter((f.article for f in feats), dtype=np.int64, count=n)
    pos = np.fromiter((f.index for f in feats), dtype=np.int64, count=n)
    body = ~np.fromiter((f.lead for f in feats), dtype=bool, count=n)
    near_match = np.flatnonzero((sc >= ANCHOR) & body[i] & body[j])
    anchors = i[near_match] * n + j[near_match]  # sorted: the table is in (i, j) order
    # only pairs under `mutual`: raising a pair that is a guess already could outrank the
    # partner its sentence matches best on its words
    weak = np.flatnonzero((sc < settings.mutual) & body[i] & body[j])
    if not anchors.size or not weak.size:
        return table
    wi, wj = i[weak], j[weak]
    near = np.zeros(weak.size, dtype=bool)
    for step in (-1, 1):
        # the previous (or next) sentence of each side: i < j, so x < y and the key is the table's order
        x, y = np.clip(wi + step, 0, n - 1), np.clip(wj + step, 0, n - 1)
        ok = (art[x] == art[wi]) & (art[y] == art[wj]) & (pos[x] == pos[wi] + step) & (pos[y] == pos[wj] + step)
        key = x * n + y
        at = np.minimum(np.searchsorted(anchors, key), anchors.size - 1)
        near |= ok & (anchors[at] == key)
    if not near.any():
        return table
    score = sc.copy()
    raised = weak[near]
    score[raised] = quantize(np.minimum(score[raised] + bonus, settings.threshold - 1e-6))
    return Table(i, j, score)
