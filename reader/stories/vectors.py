"""Rarity-weighted article vectors and the candidate pairs worth comparing.

A feature that every article has (the topic word "shooting" in a feed of shootings)
says nothing about which event an article reports; one that three articles share
(a victim's name, a street) says a lot. Weights are TF-IDF over the feed, with the
idf smoothed (log(1 + N/df)) so that a small feed of one story still links. Pairs
are only ever formed through features shared by at most `max_df` articles, an
inverted index as a sparse product, so the cost grows with the feed, not its square.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

#: Weight of each kind of feature (see features.py): names say most about an event.
KIND_WEIGHTS = {"n": 2.5, "p": 1.5, "d": 1.2, "w": 1.0}
IDENTIFIER_KINDS = ("n", "p", "d")


@dataclass(frozen=True)
class Pairs:
    """Candidate pairs i < j with their cosine and how many rare identifiers they share."""

    i: np.ndarray
    j: np.ndarray
    cosine: np.ndarray
    shared_ids: np.ndarray


def _vocabulary(feats: Sequence[Counter[str]]) -> tuple[dict[str, int], np.ndarray]:
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.keys())
    keys = sorted(df)
    return {k: n for n, k in enumerate(keys)}, np.array([df[k] for k in keys], dtype=np.float64)


def weighted_matrix(feats: Sequence[Counter[str]], max_df: int) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """(X, B): X the L2-normalised TF-IDF rows restricted to linking features
    (2 <= df <= max_df; the norm counts every feature), B the 0/1 rare identifiers."""
    vocab, df = _vocabulary(feats)
    n = len(feats)
    idf = np.log1p(n / np.maximum(df, 1.0))
    kind_w = np.array([KIND_WEIGHTS[k[0]] for k in sorted(vocab, key=vocab.__getitem__)])
    is_id = np.array([k[0] in IDENTIFIER_KINDS for k in sorted(vocab, key=vocab.__getitem__)])
    rows, cols, vals = [], [], []
    for r, f in enumerate(feats):
        for k, tf in f.items():
            rows.append(r)
            cols.append(vocab[k])
            vals.append(1.0 + math.log(tf))
    m = sparse.csr_matrix((np.array(vals), (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))),
                          shape=(n, len(vocab)))
    m = m.multiply(idf * kind_w).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    m = sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ m
    keep = (df >= 2) & (df <= max_df)
    x = m[:, np.flatnonzero(keep)].tocsr()
    b = m[:, np.flatnonzero(keep & is_id)].tocsr()
    b.data[:] = 1.0
    return x, b


def candidate_pairs(x: sparse.csr_matrix, b: sparse.csr_matrix, min_cosine: float) -> Pairs:
    """Pairs of articles whose cosine over the linking features reaches `min_cosine`."""
    sim = sparse.triu(x @ x.T, k=1).tocoo()
    ok = sim.data >= min_cosine
    i, j, c = sim.row[ok].astype(np.int64), sim.col[ok].astype(np.int64), sim.data[ok]
    order = np.lexsort((j, i))
    i, j, c = i[order], j[order], c[order]
    shared = np.asarray(b[i].multiply(b[j]).sum(axis=1)).ravel() if len(i) else np.zeros(0)
    return Pairs(i, j, c, shared.astype(np.int64))
