"""Names that span several events: a well-known person or institution is a topic, not an event.

Rarity over the feed (document frequency) cannot tell a victim named in six articles of one
shooting from a vice-president named in three articles each of two unrelated events. What does
is how the articles that carry a name group without it: the articles of one event also share
what happened (rare words, numbers), those of two events do not. So the articles are first
joined into event cores by what they share that is not a name, and a name (or a number) found
in two or more cores of two or more articles spans several events: in the links it weighs
`weight` times as much, and earns no bonus as a shared full name.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from scipy import sparse

from .components import component_labels
from .vectors import FeedMatrix, Pairs, _dot, _shared


def spread_names(fm: FeedMatrix, pairs: Pairs, core: float, min_events: int) -> np.ndarray:
    """A mask over the feed's columns: the identifiers (not places) found in `min_events` event
    cores or more (a core: articles joined by pairs whose shared words and numbers that are not
    names give at least `core` of their cosine)."""
    n = fm.m.shape[0]
    joined = pairs.event >= core
    labels = component_labels(n, pairs.i[joined], pairs.j[joined])
    sizes = np.bincount(labels)
    big = sizes[labels] >= 2
    rows = np.flatnonzero(big)
    member = sparse.csr_matrix((np.ones(len(rows)), (rows, labels[rows])), shape=(n, len(sizes)))
    # names that are not places, numbers, and the words of names counted as words ("w:marwood")
    names = fm.keep & ((fm.is_id & fm.specific) | (~fm.is_id & ~fm.event))
    cols = np.flatnonzero(names)
    present = fm.m[:, cols].copy()
    present.data[:] = 1.0
    cores = (present.T @ member).tocsr()
    cores.data[:] = 1.0
    spread = np.zeros(len(names), dtype=bool)
    spread[cols] = np.asarray(cores.sum(axis=1)).ravel() >= min_events
    return spread | _made_of_spread(fm, spread)


def _made_of_spread(fm: FeedMatrix, spread: np.ndarray) -> np.ndarray:
    """Full names every word of which is a spread name or a place, one at least spread ("Senate
    Democrats", "Ohio Republicans", "Majority Leader"): well-known participants described, no
    person of one event, though the feed writes the string too rarely for the cores to find it
    (each outlet words the title its own way). A relative of a well-known person ("Nora Marwood")
    has a word of the feed's own and stays a name."""
    if fm.words is None:
        return np.zeros_like(spread)
    place = fm.is_id & ~fm.specific
    count = np.asarray(fm.words.sum(axis=1)).ravel()
    known = fm.words @ spread.astype(np.float64)
    covered = fm.words @ (spread | place).astype(np.float64)
    return fm.keep & fm.full_name & (count > 0) & (known > 0) & (covered == count)


def discount(fm: FeedMatrix, pairs: Pairs, spread: np.ndarray, weight: float) -> Pairs:
    """`pairs` with the spread names' part of each cosine weighed by `weight`, and no full-name
    bonus for them. They still count among the identifiers a link needs: the articles of a
    well-known person's own event still link through the person and what happened."""
    if not spread.any() or not len(pairs.i):
        return pairs
    x, _, r, _, _ = fm.mats(only=spread)
    one = _shared(fm.mats(only=spread & fm.full_name)[1], pairs.i, pairs.j) < 2
    return replace(pairs, cosine=pairs.cosine - np.where(one, 1.0 - weight, 0.0) * _dot(x, pairs.i, pairs.j),
                   shared_names=pairs.shared_names - np.where(one, _shared(r, pairs.i, pairs.j), 0))
