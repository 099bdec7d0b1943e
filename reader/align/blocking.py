"""Candidate blocking for alignment: which sentence pairs are worth scoring.

Scoring every cross-article pair is quadratic (1,000 articles of 40 sentences
is 800 million pairs). A pair's score is at most the IDF-weighted Dice
coefficient of its lemma sets (penalties only multiply it by factors below 1),
so a pair can only reach the lowest score that counts (the `floor`) if its
sentences share enough rare lemmas. This module finds those pairs with a
sparse matrix product over an inverted index, checks an upper bound of the
Dice coefficient, and computes the exact coefficient of the survivors, all in
scipy/numpy, a block of rows at a time so memory stays bounded.

Exactness: a lemma used by more than `cap` sentences is left out of the index,
because its posting list would cost cap^2 pairs; the bound and the exact
coefficient still count its weight. When no lemma exceeds the cap (stories up
to about a hundred articles), the candidates are exactly the pairs whose Dice
coefficient reaches the floor. Beyond that, a pair is not proposed only when
every lemma it shares is among the story's most common words (in more than
`cap` sentences): sentences that share nothing but the story's vocabulary,
whatever their other words. That is what keeps the cost linear in the story's
size: each indexed lemma costs at most `cap` pairs per sentence that has it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from .features import SentenceFeatures, Weights

#: Lemmas in more sentences than this are not indexed (see module docstring).
DEFAULT_CAP = 400
#: Rows of the sparse product computed at once; bounds peak memory.
_CHUNK = 1024
#: Slack for the floating-point sums of the Dice bound.
_EPS = 1e-9
#: Pair entries one sparse product may produce (about 40 bytes each with its
#: intermediate arrays): a block's rows are multiplied a few at a time when
#: theirs would exceed it, e.g. an article of many alike sentences, whose
#: same-article pairs are all dropped. At 131,072 entries (5 MB) this was most of
#: alignment's working memory on one long article, at 32,768 it is half (1.3 MB).
_PRODUCT_PAIRS = 1 << 15


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


@dataclass(frozen=True)
class Block:
    """Candidate pairs of a block of rows, both directions: row `i` against every
    partner `j` (so each row sees all of its candidates), with the exact
    weight of the lemmas they share."""

    i: np.ndarray
    j: np.ndarray
    shared: np.ndarray
    start: int  # the block's rows are start..end-1
    end: int


class TermMatrix:
    """Sentences × lemmas, weighted by IDF, as sparse matrices."""

    def __init__(self, feats: Sequence[SentenceFeatures], weights: Weights, cap: int = DEFAULT_CAP) -> None:
        from scipy import sparse

        n = len(feats)
        # each row's terms are sorted (`SentenceFeatures.terms`), so its sum runs in one order;
        # columns numbered by first appearance, rows in order (C-level maps, not a loop)
        # (32-bit row and column numbers, and the list of terms dropped once numbered: a long
        # story has hundreds of thousands of entries, and these are alignment's peak)
        terms = list(chain.from_iterable(f.terms for f in feats))
        vocab = {t: k for k, t in enumerate(dict.fromkeys(terms))}
        cols = np.fromiter(map(vocab.__getitem__, terms), dtype=np.int32, count=len(terms))
        del terms
        vals = np.fromiter(map(weights.idf.get, vocab, repeat(weights.default)), dtype=np.float64,
                           count=len(vocab))[cols]
        sizes = np.fromiter((len(f.terms) for f in feats), dtype=np.int64, count=n)
        rows = np.repeat(np.arange(n, dtype=np.int32), sizes)
        df = np.bincount(cols, minlength=len(vocab))
        col_df = df[cols]
        indexed = (col_df >= 2) & (col_df <= cap)
        shape = (n, len(vocab))
        self.n = n
        self.article = np.fromiter((f.article for f in feats), dtype=np.int64, count=n)
        self.total = np.bincount(rows, weights=vals, minlength=n)
        # at most how many entries each row's product holds: its indexed lemmas' sentence counts
        self.reach = np.bincount(rows[indexed], weights=col_df[indexed], minlength=n)
        self.x = sparse.csr_matrix((vals[indexed], (rows[indexed], cols[indexed])), shape=shape)
        self.bt = sparse.csr_matrix((np.ones(int(indexed.sum())), (rows[indexed], cols[indexed])),
                                    shape=shape).T.tocsr()
        common = ~indexed & (col_df >= 2)
        del col_df
        # weight of each sentence's shareable lemmas the index cannot see: what the bound adds back
        self.common_weight = np.bincount(rows[common], weights=vals[common], minlength=n)
        # The common lemmas as bit sets, so their shared weight costs a few
        # integer operations a pair: bit b of word w is common lemma 64w+b.
        ids = np.unique(cols[common])
        bit = np.searchsorted(ids, cols[common])
        self.words = max(1, -(-ids.size // 64))
        self.bits = np.zeros((self.words, n), dtype=np.uint64)
        flags = np.left_shift(np.uint64(1), (bit % 64).astype(np.uint64))
        np.bitwise_or.at(self.bits, (bit // 64, rows[common]), flags)
        weight = np.zeros(self.words * 64)
        weight[bit] = vals[common]
        # byte_weight[w, k, v]: summed weight of the lemmas whose bits are set in byte value v
        # at byte k of word w
        table = weight.reshape(self.words, 8, 8)
        values = np.arange(256)
        mask = (values[:, None] >> np.arange(8)) & 1  # 256 x 8
        self.byte_weight = np.einsum("wkb,vb->wkv", table, mask)
        self.has_common: np.ndarray = np.asarray(self.bits.any(axis=0))
        self.all_common = bool(self.has_common.all())

    def common_shared(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Summed weight of the common lemmas that sentences i[k] and j[k] share."""
        out = np.zeros(i.shape[0])
        for w in range(self.words):
            row = self.bits[w]
            both = row[i] & row[j]
            nz = np.flatnonzero(both != 0)
            if not nz.size:
                continue
            # the word's bytes, lowest first whatever the machine; only the non-zero ones
            # count (a zero byte weighs 0.0, and adding 0.0 changes no sum)
            octets = both[nz].astype("<u8", copy=False).view(np.uint8)
            at = np.flatnonzero(octets)
            acc = np.zeros(nz.size)
            # add.at adds in index order: a word's bytes from the lowest up, as before
            np.add.at(acc, at >> 3, self.byte_weight[w].ravel()[(at & 7) * 256 + octets[at]])
            out[nz] += acc
        return out


def candidate_blocks(tm: TermMatrix, floor: float, chunk: int = _CHUNK) -> Iterator[Block]:
    """Every cross-article pair that shares an indexed lemma and whose Dice
    coefficient can reach `floor`, with its exact shared weight."""
    for lo in range(0, tm.n, chunk):
        yield candidate_block(tm, floor, lo, min(tm.n, lo + chunk))


def block_starts(tm: TermMatrix, chunk: int = _CHUNK) -> list[tuple[int, int]]:
    """The (start, end) rows of the blocks `candidate_blocks` yields."""
    return [(lo, min(tm.n, lo + chunk)) for lo in range(0, tm.n, chunk)]


def candidate_block(tm: TermMatrix, floor: float, lo: int, hi: int, upper: bool = False) -> Block:
    """The candidates of rows lo..hi-1 (see `candidate_blocks`); blocks are
    independent, so they can be computed in any order or at once. With
    `upper`, only each row's partners after it: every pair once, from the
    block of its first sentence, at about half the cost.

    The rows are multiplied in slices of at most `_PRODUCT_PAIRS` product
    entries; each row's candidates come out the same, in the same order."""
    # with `upper`, the sentences before the block are no partners: their columns are left out
    bt = tm.bt[:, lo:] if upper else tm.bt
    base = lo if upper else None
    parts = [_slice_candidates(tm, floor, a, b, bt, base)
             for a, b in row_slices(tm.reach, lo, hi, _PRODUCT_PAIRS)]
    if len(parts) == 1:
        i, j, w = parts[0]
    else:
        i, j, w = (np.concatenate([p[k] for p in parts]) for k in range(3))
    if tm.all_common:  # every sentence has a common lemma (a big story): no pair to leave out
        return Block(i, j, w + tm.common_shared(i, j), lo, hi)
    both = np.flatnonzero(tm.has_common[i] & tm.has_common[j])
    if both.size:
        w = w.copy()
        w[both] += tm.common_shared(i[both], j[both])
    return Block(i, j, w, lo, hi)


def row_slices(reach: np.ndarray, lo: int, hi: int, budget: float) -> list[tuple[int, int]]:
    """Consecutive slices of rows lo..hi-1 whose summed `reach` stays within
    `budget` (a row over it alone is a slice of its own)."""
    if hi <= lo:
        return [(lo, hi)]
    total = np.cumsum(reach[lo:hi])
    out, a, base = [], lo, 0.0
    while a < hi:
        b = min(hi, max(a + 1, lo + int(np.searchsorted(total, base + budget, side="right"))))
        out.append((a, b))
        base, a = float(total[b - 1 - lo]), b
    return out


def _slice_candidates(tm: TermMatrix, floor: float, lo: int, hi: int, bt: object,
                      base: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cross-article pairs of rows lo..hi-1 whose Dice bound reaches `floor`,
    with the weight of the indexed lemmas they share; partners are the columns
    of `bt`, sentence `base` onwards (None: all of them, else only partners after their row)."""
    art, total, common = tm.article, tm.total, tm.common_weight
    prod = (tm.x[lo:hi] @ bt).tocoo()
    i = prod.row.astype(np.int64) + lo
    j = prod.col.astype(np.int64) + (base or 0)
    w = prod.data
    del prod
    ok = art[i] != art[j] if base is None else (art[i] != art[j]) & (j > i)
    i, j, w = i[ok], j[ok], w[ok]
    extra = np.minimum(common[i], common[j])
    ok = np.asarray(2.0 * (w + extra) / (total[i] + total[j]) >= floor - _EPS)
    return i[ok], j[ok], w[ok]


def blocked_pairs(feats: Sequence[SentenceFeatures], weights: Weights, floor: float,
                  cap: int = DEFAULT_CAP) -> PairList:
    """Cross-article pairs (i < j) whose weighted Dice coefficient can reach `floor`, and
    those that quote one run of words (`features.quote_partners`), which score apart."""
    from .features import quote_partners

    if len(feats) < 2:
        return PairList(np.zeros(0, np.int64), np.zeros(0, np.int64))
    tm = TermMatrix(feats, weights, cap)
    lefts, rights = [], []
    for b in candidate_blocks(tm, floor):
        up = b.j > b.i
        lefts.append(b.i[up])
        rights.append(b.j[up])
    quoting = [(x, y) for x, ys in quote_partners(feats).items() for y in ys if y > x]
    if quoting:
        lefts.append(np.asarray([x for x, _ in quoting], dtype=np.int64))
        rights.append(np.asarray([y for _, y in quoting], dtype=np.int64))
    left = np.concatenate(lefts) if lefts else np.zeros(0, np.int64)
    right = np.concatenate(rights) if rights else np.zeros(0, np.int64)
    code = np.unique(left * len(feats) + right)  # sorted, each pair once
    return PairList(code // len(feats), code % len(feats))
