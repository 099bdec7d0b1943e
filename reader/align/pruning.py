"""Each sentence's best weak partners, for the scorer's pruning (reader.align.scoring).

A pair below the match threshold counts only among the `keep` best of one of its
rows, a row being a sentence and whether the partner is a headline (see
`_reference.prune`). These choose those best with numpy: a histogram first
narrows each row's scores to its best few, and one sort then ranks them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from reader.settings import AlignSettings


def kth_best(rows: np.ndarray, scores: np.ndarray, n_rows: int, k: int) -> np.ndarray:
    """Each row's `k`-th best score, -inf for a row of fewer."""
    near = np.flatnonzero(near_top(rows, scores, n_rows, k))
    order = near[np.lexsort((-scores[near], rows[near]))]
    at = order[rank_in_runs(rows[order]) == k - 1]
    out = np.full(n_rows, -np.inf)
    out[rows[at]] = scores[at]
    return out


def pruned(left: np.ndarray, right: np.ndarray, sc: np.ndarray, bounds: list[int], starts: list[int],
            leads: np.ndarray, settings: AlignSettings, mapper: Callable[..., Iterable[np.ndarray]]) -> np.ndarray:
    """Mask of the pairs (left < right) `prune` keeps: all that reach the threshold, and
    each row's `keep` best weak partners, by score then partner index; a pair is in the
    rows of both its sentences. Rows are (sentence, partner is a headline) pairs: see
    `_reference.prune`. `bounds`: the blocks' first rows and the end; `starts`: where each
    block's pairs (those whose `left` is in its rows) begin, and the end. The blocks'
    rows are independent, so `mapper` (map, or a pool's) may run them at once."""
    keep = sc >= settings.threshold
    weak = np.flatnonzero(~keep)
    if not weak.size:
        return keep
    wl, wr, ws = left[weak], right[weak], sc[weak]
    # the weak pairs by the block of their second sentence: a stable sort of small integers (radix)
    blk = np.searchsorted(np.asarray(bounds[1:]), wr, side="right").astype(np.int32)
    by_right = np.argsort(blk.astype(np.int16) if len(bounds) < 1 << 15 else blk, kind="stable")
    first_left = np.searchsorted(weak, starts).tolist()
    first_right = np.searchsorted(blk[by_right], np.arange(len(bounds))).tolist()

    def best(b: int) -> np.ndarray:
        """The weak pairs among the `keep` best of a row of block b (positions in `weak`)."""
        firsts = np.arange(first_left[b], first_left[b + 1])
        seconds = by_right[first_right[b]:first_right[b + 1]]
        rows = np.r_[2 * wl[firsts] + leads[wr[firsts]], 2 * wr[seconds] + leads[wl[seconds]]]
        other, mine = np.r_[wr[firsts], wl[seconds]], np.r_[firsts, seconds]
        score = ws[mine]
        # a histogram of each row's scores first narrows the sort to its best few
        near = np.flatnonzero(near_top(rows - 2 * bounds[b], score, 2 * (bounds[b + 1] - bounds[b]), settings.keep))
        order = near[np.lexsort((other[near], -score[near], rows[near]))]
        return mine[order[rank_in_runs(rows[order]) < settings.keep]]

    for picked in mapper(best, range(len(bounds) - 1)):
        keep[weak[picked]] = True
    return keep


def rank_in_runs(keys: np.ndarray) -> np.ndarray:
    """For sorted `keys`, each entry's position within its run of equal keys
    (0 for the first): with entries sorted by key then preference, the rank."""
    first = np.r_[0, np.flatnonzero(keys[1:] != keys[:-1]) + 1]
    return np.arange(keys.size) - np.repeat(first, np.diff(np.r_[first, keys.size]))


#: Cells of `near_top`'s histogram (rows × buckets, 8 bytes each): 512 kB, whatever the
#: block's size (at 2 MB, it and its running sum were most of a block's working memory).
_HISTOGRAM_CELLS = 1 << 16


def near_top(rows: np.ndarray, scores: np.ndarray, n_rows: int, keep: int, bins: int = 1024) -> np.ndarray:
    """Mask of the entries at or above the histogram bucket of their row's
    `keep`-th best score: every row's `keep` best, and a few ties.

    The mask only narrows a sort that then takes each row's `keep` best, so
    any number of buckets gives the same result; fewer buckets for a block of
    many rows keep the histogram (and its running sum) at 512 kB, where 1,024
    buckets for 2,048 rows cost 34 MB. A row of fewer than `keep` entries keeps
    them all, so only the rows of `keep` or more get a line of the histogram: a
    block's 2,048 rows with a hundred pairs among them cost a 1 MB histogram each
    time, most of scoring's working memory on a long article."""
    full = np.bincount(rows, minlength=n_rows) >= keep
    n_full = int(np.count_nonzero(full))
    if not n_full:
        return np.ones(rows.shape[0], dtype=bool)
    # a full row's line of the histogram; the other rows share one more line, never read
    line = np.where(full, np.cumsum(full) - 1, n_full)
    bins = max(8, min(bins, _HISTOGRAM_CELLS // n_full))
    bucket = np.minimum((scores * bins).astype(np.int64), bins - 1)
    cell = line[rows]
    cell *= bins
    cell += bucket
    counts = np.bincount(cell, minlength=(n_full + 1) * bins).reshape(n_full + 1, bins)
    del cell
    reached = counts[:, ::-1].cumsum(axis=1) >= keep
    level = np.where(reached[:, -1], bins - 1 - np.argmax(reached, axis=1), 0)
    level[n_full] = 0  # the rows of fewer than `keep` entries keep them all
    return bucket >= level[line[rows]]
