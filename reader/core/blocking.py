"""Candidate blocking for alignment: which sentence pairs are worth scoring.

Scoring every cross-article pair is quadratic (1,000 articles of 40 sentences
is 800 million pairs). A pair's score is at most the IDF-weighted Dice
coefficient of its lemma sets (`score_pair` multiplies that by penalties of at
most 1), so a pair can only reach the lowest score that makes a match (the
`floor`) if its sentences share enough rare lemmas. This module finds those
pairs with a sparse matrix product over an inverted index and checks an upper
bound of the Dice coefficient before anything is scored in Python.

Exactness: a lemma used by more than `cap` sentences is left out of the index
(its posting list would cost cap^2 pairs); the Dice bound still counts it.
When no lemma exceeds the cap, which is the case for stories up to a few
hundred articles, the candidates are exactly the pairs whose Dice coefficient
reaches the floor, so no match is lost. Beyond that, a pair is lost only if
every lemma it shares is in more than `cap` sentences.

Pairs below the floor count as unrelated everywhere (the aligner drops them
from its score table in brute-force mode too), so the blocked and the
brute-force aligners see the same table.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from .align import Weights
    from .features import SentenceFeatures

#: Lemmas in more sentences than this are not indexed (see module docstring).
DEFAULT_CAP = 2000
#: Rows of the sparse product computed at once; bounds peak memory.
_CHUNK = 2048
#: Slack for the floating-point sums of the Dice bound.
_EPS = 1e-9

class PairList:
    """Candidate pairs (i < j) in lexicographic order, as two arrays.

    Lexicographic order matters: it is the order of the brute-force
    enumeration, and the aligner's best-counterpart choice breaks ties by it.
    """

    def __init__(self, left: np.ndarray, right: np.ndarray) -> None:
        self.left = left
        self.right = right

    def __len__(self) -> int:
        return int(self.left.shape[0])

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.left.tolist(), self.right.tolist(), strict=True)


def blocked_pairs(feats: Sequence[SentenceFeatures], weights: Weights, floor: float,
                  cap: int = DEFAULT_CAP) -> PairList:
    """Cross-article pairs whose weighted Dice coefficient can reach `floor`."""
    from scipy import sparse

    n = len(feats)
    if n < 2:
        return PairList(np.zeros(0, np.int64), np.zeros(0, np.int64))
    vocab: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    idf, default = weights.idf, weights.default
    for f in feats:
        for t in f.lemmas:
            indices.append(vocab.setdefault(t, len(vocab)))
            data.append(idf.get(t, default))
        indptr.append(len(indices))
    cols = np.asarray(indices, dtype=np.int64)
    vals = np.asarray(data, dtype=np.float64)
    rows_of = np.repeat(np.arange(n, dtype=np.int64), np.diff(np.asarray(indptr, dtype=np.int64)))
    df = np.bincount(cols, minlength=len(vocab))
    keep = (df[cols] >= 2) & (df[cols] <= cap)
    total = np.bincount(rows_of, weights=vals, minlength=n)
    # Weight of each sentence's lemmas that are not indexed: shared weight the
    # index cannot see, so the Dice bound adds it back.
    unindexed = np.bincount(rows_of[~keep], weights=vals[~keep], minlength=n)
    article = np.fromiter((f.article for f in feats), dtype=np.int64, count=n)

    x = sparse.csr_matrix((vals[keep], (rows_of[keep], cols[keep])), shape=(n, len(vocab)))
    b = sparse.csr_matrix((np.ones(int(keep.sum())), (rows_of[keep], cols[keep])), shape=(n, len(vocab)))
    bt = b.T.tocsr()
    lefts: list[np.ndarray] = []
    rights: list[np.ndarray] = []
    for lo in range(0, n, _CHUNK):
        hi = min(n, lo + _CHUNK)
        shared = (x[lo:hi] @ bt).tocoo()
        i = shared.row.astype(np.int64) + lo
        j = shared.col.astype(np.int64)
        ok = (j > i) & (article[i] != article[j])
        i, j, w = i[ok], j[ok], shared.data[ok]
        bound = 2.0 * (w + np.minimum(unindexed[i], unindexed[j])) / (total[i] + total[j])
        ok = bound >= floor - _EPS
        lefts.append(i[ok])
        rights.append(j[ok])
    left = np.concatenate(lefts)
    right = np.concatenate(rights)
    order = np.lexsort((right, left))
    return PairList(left[order], right[order])
