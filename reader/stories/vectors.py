"""Rarity-weighted article vectors and the candidate pairs worth comparing.

A feature that every article has (the topic word "shooting" in a feed of shootings)
says nothing about which event an article reports; one that three articles share
(a victim's name, a street) says a lot. Weights are TF-IDF over the feed, with the
idf smoothed (log(1 + (N + BACKGROUND)/df)) so that a small feed of one story still links:
in a folder of five articles every shared word is in most of them, and without the
background a word one outlet alone uses would weigh 2.6 times a word all of them
share, which split 6 of our 11 story folders in two (1 with 20 articles of background). Pairs
are only ever formed through features shared by at most `max_df` articles, an
inverted index as a sparse product, so the cost grows with the feed, not its square.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from reader.parallel import Engine, run_map

from .features import ALONE, NAME_WORD, PLACE

#: Weight of each kind of feature (see features.py): names say most about an event.
KIND_WEIGHTS = {"n": 2.5, "p": 1.5, "d": 1.2, "w": 1.0}
IDENTIFIER_KINDS = ("n", "p", "d")
#: A name written in a place's position ("in X", "X police") at least this share of the
#: times the feed writes it is a place: every story of a city's feed shares it.
PLACE_SHARE = 0.3
#: A word written inside a name at least this share of the times is a participant's, not
#: evidence of what happened.
NAME_WORD_SHARE = 0.5

#: Articles of other stories the idf assumes besides the feed's own: rarity in a feed of a
#: handful of articles means little; in a feed of thousands this changes next to nothing.
BACKGROUND = 20


@dataclass(frozen=True)
class Pairs:
    """Candidate pairs i < j with their cosine and how many rare identifiers they share."""

    i: np.ndarray
    j: np.ndarray
    cosine: np.ndarray
    shared_ids: np.ndarray
    shared_names: np.ndarray  # full names (two or more words) that few articles share
    shared_specific: np.ndarray  # rare identifiers that are not places: a person, a number
    event: np.ndarray  # the part of the cosine over rare words and numbers that are not names


def _vocabulary(feats: Sequence[Counter[str]]) -> tuple[list[str], dict[str, int], np.ndarray, np.ndarray,
                                                         np.ndarray, np.ndarray]:
    """Keys, their columns, their document frequencies, which are mostly places, which are
    full names whose last word the feed also writes alone (a person's surname), and which
    are words or numbers that say what happened (not mostly written inside names)."""
    df: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for f in feats:
        df.update(f.keys())
        total.update(f)
    keys = sorted(k for k in df if not k.startswith(PLACE))
    place = np.array([total[PLACE + k] >= PLACE_SHARE * total[k] for k in keys], dtype=bool)
    alone = np.array([k[0] == "n" and total[ALONE + "p:" + k.rsplit(" ", 1)[-1]] > 0 for k in keys], dtype=bool)
    event = np.array([k[0] in "wd" and total[NAME_WORD + k] < NAME_WORD_SHARE * total[k] for k in keys], dtype=bool)
    return (keys, {k: n for n, k in enumerate(keys)}, np.array([df[k] for k in keys], dtype=np.float64), place, alone,
            event)


_Mats = tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix]


@dataclass(frozen=True)
class FeedMatrix:
    """The feed's L2-normalised TF-IDF rows over every feature, and which columns are what."""

    m: sparse.csr_matrix
    keep: np.ndarray  # linking features: 2 <= df <= max_df (identifiers: <= id_max_df)
    is_id: np.ndarray
    specific: np.ndarray  # identifiers that are not mostly places: people, organisations, numbers
    full_name: np.ndarray  # names of two or more words that are not mostly places
    rare_name: np.ndarray  # ... written by surname, shared by <= name_df
    event: np.ndarray  # linking words and numbers not mostly written inside names: what happened
    words: sparse.csr_matrix | None = None  # full name's column -> 1 at each of its words' ("p:") columns
    number: np.ndarray | None = None  # numbers ("d:")

    def mats(self, only: np.ndarray | None = None) -> _Mats:
        """(X, B, R, S, E) over the linking columns (and within `only` when given): X the
        weights, B the 0/1 rare identifiers, R the 0/1 rare full names of people, S the 0/1
        identifiers that are not places (people, organisations, numbers), E the weights of
        the words and numbers that say what happened."""
        within = np.ones_like(self.keep) if only is None else only
        x, b, r, s, e = (self.m[:, np.flatnonzero(self.keep & within & c)].tocsr()
                         for c in (self.keep, self.is_id, self.rare_name, self.specific, self.event))
        return x, _ones(b), _ones(r), _ones(s), e


def _ones(m: sparse.csr_matrix) -> sparse.csr_matrix:
    m.data[:] = 1.0
    return m


def weighted_matrix(feats: Sequence[Counter[str]], max_df: int, name_df: int, id_max_df: int | None = None) -> _Mats:
    """`feed_matrix(...).mats()`."""
    return feed_matrix(feats, max_df, name_df, id_max_df).mats()


def feed_matrix(feats: Sequence[Counter[str]], max_df: int, name_df: int, id_max_df: int | None = None) -> FeedMatrix:
    """The weighted rows (the norm counts every feature) and their column kinds: R's full names
    are people's, not "North Carolina" or "Social Security", since the feed also writes their
    last word alone; S's identifiers are not places (people, organisations, numbers)."""
    keys, vocab, df, place, alone, event = _vocabulary(feats)
    n = len(feats)
    idf = np.log1p((n + BACKGROUND) / np.maximum(df, 1.0))
    kind_w = np.array([KIND_WEIGHTS[k[0]] for k in keys])
    is_id = np.array([k[0] in IDENTIFIER_KINDS for k in keys])
    is_name = np.array([k[0] == "n" for k in keys])
    lengths = np.array([sum(1 for k in f if k[0] != PLACE) for f in feats], dtype=np.int64)
    cols = np.fromiter((vocab[k] for f in feats for k in f if k[0] != PLACE), dtype=np.int64,
                       count=int(lengths.sum()))
    tf = np.fromiter((v for f in feats for k, v in f.items() if k[0] != PLACE), dtype=np.float64,
                     count=int(lengths.sum()))
    indptr = np.concatenate(([0], np.cumsum(lengths)))
    m = sparse.csr_matrix(((1.0 + np.log(tf)) * (idf * kind_w)[cols], cols, indptr), shape=(n, len(keys)))
    m.sum_duplicates()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    m = (sparse.diags(1.0 / np.maximum(norms, 1e-12)) @ m).tocsr()
    # names may be shared more widely than words: a big story's people and places are
    # in every one of its articles, while a word that common only names the topic
    id_cap = max_df if id_max_df is None else id_max_df
    keep = (df >= 2) & ((df <= max_df) | (is_id & (df <= id_cap)))
    return FeedMatrix(m, keep, is_id, is_id & ~place, is_name & ~place, is_name & ~place & alone & (df <= name_df),
                      event & keep, _name_words(keys, vocab), np.array([k[0] == "d" for k in keys], dtype=bool))


def _name_words(keys: list[str], vocab: dict[str, int]) -> sparse.csr_matrix:
    """A 0/1 matrix from each full name's column to the columns of its words ("n:senate
    democrats" to "p:senate" and "p:democrats")."""
    rows, cols = [], []
    for c, k in enumerate(keys):
        if k[0] == "n":
            for w in k[2:].split(" "):
                at = vocab.get("p:" + w)
                if at is not None:
                    rows.append(c)
                    cols.append(at)
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(keys), len(keys)))


def _shared(m: sparse.csr_matrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    if not len(i):
        return np.zeros(0, dtype=np.int64)
    return np.asarray(m[i].multiply(m[j]).sum(axis=1)).ravel().astype(np.int64)


def _dot(m: sparse.csr_matrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    if not len(i):
        return np.zeros(0, dtype=np.float64)
    return np.asarray(m[i].multiply(m[j]).sum(axis=1)).ravel()


def candidate_pairs(mats: _Mats, min_cosine: float, engine: Engine | None = None) -> Pairs:
    """Pairs of articles whose cosine over the linking features reaches `min_cosine`: here in
    one block, or on `engine` in blocks of rows (the matrices sent once to each worker).
    A row's products do not depend on the other rows, so the pairs are the same."""
    n = mats[0].shape[0]
    bounds = [(0, n)] if engine is None else [(lo, min(n, lo + PAIR_ROWS)) for lo in range(0, n, PAIR_ROWS)]
    parts = run_map(engine, pair_blocks, bounds, mats, min_cosine)
    i, j, c, sb, sr, ss, ev = (np.concatenate([p[k] for p in parts]) for k in range(7))
    order = np.lexsort((j, i))
    return Pairs(i[order], j[order], c[order], sb[order], sr[order], ss[order], ev[order])


#: Articles per block of `candidate_pairs` on an engine.
PAIR_ROWS = 2048


def pair_blocks(bounds: Sequence[tuple[int, int]], mats: _Mats, min_cosine: float) -> list[tuple[np.ndarray, ...]]:
    """The candidate pairs (i < j) of some blocks of rows lo..hi-1, with what they share."""
    x, b, r, s, e = mats
    out: list[tuple[np.ndarray, ...]] = []
    for lo, hi in bounds:
        prod = ((x if (lo, hi) == (0, x.shape[0]) else x[lo:hi]) @ x.T).tocsr()
        prod.data[prod.data < min_cosine] = 0.0
        prod.eliminate_zeros()
        sim = sparse.triu(prod, k=lo + 1).tocoo()  # global column above global row lo + row
        del prod
        i, j, c = sim.row.astype(np.int64) + lo, sim.col.astype(np.int64), sim.data
        out.append((i, j, c, _shared(b, i, j), _shared(r, i, j), _shared(s, i, j), _dot(e, i, j)))
    return out
