"""Whether two articles of a story report one event, as far as their names tell.

Between reports of two events of one kind every sentence still has a best counterpart in the
other's article ("Police said the victim was taken to a hospital" in two shootings), and the
two share stock sentences word for word ("He died at the scene"). Articles on one event name
its people and places; an outlet that names none of another's still shares names with others
that do (a town with one, the fire's name with another). Used by `grouping._edges` for the
matches and by `leads.attach_leads` for the facts a headline joins.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .features import SentenceFeatures

#: Other articles of the story that must each name something of both of two articles that name
#: nothing in common, for weak matches between them to count.
WITNESSES = 2
#: The same for strong matches ("He died at the scene" in two shootings) and headlines: one, as an
#: outlet that names the town and one that names the company still share names with a third.
STRONG_WITNESSES = 1
#: The first sentences of an article (headline included) whose names tie it to another article.
LEDE_NAMES = 8
_ONES = np.unpackbits(np.arange(256, dtype=np.uint8)[:, None], axis=1).sum(axis=1)  # bits set in a byte


class Naming:
    """Which articles name something in common, once per story.

    Two articles are named alike when they name a person, place or organisation in common, or
    enough other articles of the story each name something of both (witnesses). A name counts
    when one of the two gives it in its first `LEDE_NAMES` sentences: news names who and where
    at the top, and two events' long reports share names in passing ("Twitter", "Texas", a
    first name). An article that names no one at all is given the benefit of the doubt.
    """

    def __init__(self, feats: Sequence[SentenceFeatures]) -> None:
        from scipy import sparse

        named: dict[int, set[str]] = {}
        leading: dict[int, set[str]] = {}  # each article's names in its first sentences
        for f in feats:
            if f.entities:
                named.setdefault(f.article, set()).update(f.entities)
                if f.lead or f.index < LEDE_NAMES:
                    leading.setdefault(f.article, set()).update(f.entities)
        self.n_art = n_art = int(max(f.article for f in feats)) + 1 if feats else 1
        ids: dict[str, int] = {}

        def matrix(of: dict[int, set[str]]) -> Any:
            rows = [a for a, es in of.items() for _ in es]
            cols = [ids.setdefault(e, len(ids)) for es in of.values() for e in es]  # any order: counts
            return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_art, len(ids) + 1))

        names = matrix(named)
        first = matrix(leading)  # after `names`: its ids are all known, so the shapes agree
        shared = first @ names.T  # a byte per pair of articles: 1 MB at 1,000
        self.linked = ((shared + shared.T) > 0).toarray()
        np.fill_diagonal(self.linked, False)  # an article is no witness of itself
        self.unnamed = np.diff(names.indptr) == 0
        self._bits: np.ndarray | None = None
        self._rows: dict[tuple[int, int], np.ndarray] = {}

    def bits(self) -> np.ndarray:
        """`linked`'s rows packed as bits, to count witnesses."""
        if self._bits is None:
            self._bits = np.packbits(self.linked, axis=1)
        return self._bits

    def alike(self, xs: np.ndarray, ys: np.ndarray, need: np.ndarray) -> np.ndarray:
        """For each article pair (xs[k], ys[k]): named alike, with `need[k]` witnesses."""
        ok = self.linked[xs, ys] | self.unnamed[xs] | self.unnamed[ys]
        ask = np.flatnonzero(~ok)
        if ask.size:
            n_art = self.n_art
            pairs, back = np.unique(xs[ask] * n_art + ys[ask], return_inverse=True)
            bits = self.bits()
            witnesses = _ONES[bits[pairs // n_art] & bits[pairs % n_art]].sum(axis=1, dtype=np.int64)
            ok[ask] = witnesses[back] >= need[ask]
        return ok

    def row(self, x: int, need: int = STRONG_WITNESSES) -> np.ndarray:
        """The articles named alike with article `x` (x itself included), with `need` witnesses."""
        key = (x, need)
        if key not in self._rows:
            bits = self.bits()
            witnesses = _ONES[bits & bits[x]].sum(axis=1, dtype=np.int64)
            ok = self.linked[x] | self.unnamed[x] | self.unnamed | (witnesses >= need)
            ok[x] = True
            self._rows[key] = ok
        return self._rows[key]
