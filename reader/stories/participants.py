"""How many participants two articles share: one person named in both is not yet one event.

A rare full name shared by two articles earns their link a bonus: a victim named in two reports
is strong evidence of one event. But two events of one person (an official's trip and a reporter's
resignation over a story about her; a police spokesman quoted on two shootings) share that person
alone, in all the forms the feed writes them ("Nora Marwood", "Marwood", "Nora"), and the bonus is
what carried such links. Articles of one event reported within days share more than one
participant: another person, an organisation, a number (an age, a toll, an amount).
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from .vectors import FeedMatrix


def one_participant(fm: FeedMatrix, i: np.ndarray, j: np.ndarray, spread: np.ndarray) -> np.ndarray:
    """For each pair (i, j), whether their shared rare identifiers that are not places nor
    well known (`spread`) are one participant: no number, and every name word shared is a word
    of one shared full name (or, without a shared full name, one word at most)."""
    if not len(i) or fm.words is None or fm.number is None:
        return np.zeros(len(i), dtype=bool)
    cols = np.flatnonzero(fm.keep & fm.specific & ~spread)
    present = fm.m[:, cols].tocsr()
    present.data[:] = 1.0
    shared = present[i].multiply(present[j]).tocsr()
    full, number = fm.full_name[cols], fm.number[cols]
    words = fm.words[cols][:, cols].tocsr()
    names = (shared @ sparse.diags(full.astype(np.float64))).tocsr()
    # the words the pair shares, as names' words or alone, counted once each
    covered = (names @ words + shared @ sparse.diags((~full & ~number).astype(np.float64))).tocsr()
    covered.data[:] = 1.0
    n_words = np.asarray(covered.sum(axis=1)).ravel()
    longest = np.zeros(len(i))
    sized = (names @ sparse.diags(np.asarray(words.sum(axis=1)).ravel())).tocsr()
    if sized.nnz:
        longest = np.asarray(sized.max(axis=1).todense()).ravel()
    has_name = np.diff(names.indptr) > 0
    no_number = np.asarray(shared @ number.astype(np.float64)).ravel() == 0
    return no_number & np.where(has_name, n_words <= longest, n_words <= 1)
