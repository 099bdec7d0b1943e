"""Facts while they grow: members, per-article counts, and each fact's summed
scores toward every sentence, so joining or merging costs one lookup per
member. Used by `grouping.group_facts`, which decides what joins what.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import repeat
from operator import mul
from typing import TYPE_CHECKING

from reader.settings import AlignSettings

from .features import SentenceFeatures

if TYPE_CHECKING:  # pragma: no cover
    from .scoring import Neighbours

_ZEROS, _NO_MEMBERS = repeat(0.0), repeat(0)
_NO_FACTS: frozenset[int] = frozenset()


class _Memberships(dict[int, set[int]]):
    """Sentence -> the facts it is in; a sentence in none is absent (read it with
    `.get(x, _NO_FACTS)`) and takes no room (an empty set each was 230 bytes for every
    sentence of a story)."""

    def join(self, x: int, f: int) -> None:
        fs = self.get(x)
        if fs is None:
            self[x] = {f}
        else:
            fs.add(f)


class Growing:
    """The facts while they grow, with the running sums that make a link or a
    merge cost one lookup per member."""

    def __init__(self, feats: Sequence[SentenceFeatures], nbr: Neighbours, limit: int) -> None:
        self.art = [f.article for f in feats]
        self.index = [f.index for f in feats]
        self.nbr = nbr
        self.limit = limit
        self.no_partners: dict[int, float] = {}
        self.facts: list[set[int]] = []
        self.per_article: list[dict[int, int]] = []  # members of each fact by article
        # toward[f][y]: summed scores between y and the members of fact f, kept up
        # to date as members join
        self.toward: list[dict[int, float]] = []
        self.member_of = _Memberships()

    def link(self, x: int, f: int) -> float:
        count = len(self.facts[f]) - self.per_article[f].get(self.art[x], 0)
        return self.toward[f].get(x, 0.0) / count if count else 0.0

    def merged(self, fa: int, fb: int) -> float:
        facts, per_article = self.facts, self.per_article
        a, b = (fa, fb) if len(facts[fa]) <= len(facts[fb]) else (fb, fa)
        ca = per_article[a]
        count = len(facts[a]) * len(facts[b]) - sum(map(mul, ca.values(), map(per_article[b].get, ca, _NO_MEMBERS)))
        if not count:
            return 0.0
        # fsum is exact, so the order in which the set iterates does not matter
        return math.fsum(map(self.toward[b].get, facts[a], _ZEROS)) / count

    def apart(self, f: int, x: int) -> bool:
        """Whether fact `f` holds a sentence of x's article other than x and the sentences
        right next to it: an outlet states a fact once, or splits it over two sentences in a
        row; a second, distant sentence of its that joins the fact states another one ("The
        steps are painful, Vasquez said" / "Vasquez became chief executive in 2024")."""
        have = self.per_article[f].get(self.art[x], 0)
        if not have:
            return False
        members, art, at = self.facts[f], self.art, self.art[x]
        near = (x in members) + sum(1 for y in (x - 1, x + 1)
                                    if y in members and art[y] == at and abs(self.index[y] - self.index[x]) == 1)
        return have > near

    def overlapping(self, fa: int, fb: int) -> bool:
        """Whether merging facts `fa` and `fb` would put in one fact two distant sentences of
        one article (`apart`)."""
        a, b = (fa, fb) if len(self.facts[fa]) <= len(self.facts[fb]) else (fb, fa)
        if self.per_article[a].keys().isdisjoint(self.per_article[b]):
            return False
        return any(self.apart(b, x) for x in sorted(self.facts[a]) if x not in self.facts[b])

    def largest(self, fs: set[int] | frozenset[int]) -> list[int]:
        """The facts a sentence is in, biggest first, at most `limit`: a
        sentence states a handful of propositions, and looking further only costs."""
        if len(fs) < 2:
            return list(fs)
        return sorted(fs, key=lambda f: (-len(self.facts[f]), f))[: self.limit]

    def best(self, a: int, b: int, settings: AlignSettings) -> tuple[float, str, int, int] | None:
        """The strongest merge of a fact of `a` with one of `b`, or join of one to
        the other's fact, that reaches its threshold (ties: the first in that order), and
        that puts no two distant sentences of one article in a fact below `threshold` (`apart`)."""
        best: tuple[float, str, int, int] | None = None
        top = -math.inf  # best's score
        strong = settings.threshold  # a join or merge this strong may hold two of an outlet's sentences
        member_of = self.member_of.get
        of_a, of_b = self.largest(member_of(a, _NO_FACTS)), self.largest(member_of(b, _NO_FACTS))
        if of_a and of_b:
            merged, floor = self.merged, settings.merge
            for fa in of_a:
                for fb in of_b:
                    m = merged(fa, fb)
                    if m >= floor and m > top and (m >= strong or not self.overlapping(fa, fb)):
                        best, top = (m, "merge", fa, fb), m
        # `link`, inlined: the joins are most of the calls
        facts, per_article, toward, art, floor = self.facts, self.per_article, self.toward, self.art, settings.join
        for x, of_y in ((b, of_a), (a, of_b)):
            art_x = art[x]
            for f in of_y:
                count = len(facts[f]) - per_article[f].get(art_x, 0)
                m = toward[f].get(x, 0.0) / count if count else 0.0
                if m >= floor and m > top and (m >= strong or not self.apart(f, x)):
                    best, top = (m, "add", f, x), m
        return best

    def add(self, f: int, x: int) -> None:
        members = self.facts[f]
        if x not in members:
            members.add(x)
            count = self.per_article[f]
            count[self.art[x]] = count.get(self.art[x], 0) + 1
            sums = self.toward[f]
            get = sums.get
            for y, sc in self.nbr.get(x, self.no_partners).items():
                sums[y] = get(y, 0.0) + sc
        self.member_of.join(x, f)

    def new(self, a: int, b: int) -> None:
        """A new fact {a, b}: a's sums are its scores (0.0 + s is s), then b's are added."""
        f = len(self.facts)
        self.facts.append({a})
        self.per_article.append({self.art[a]: 1})
        self.toward.append(dict(self.nbr.get(a, self.no_partners)))
        self.member_of.join(a, f)
        self.add(f, b)

    def merge(self, fa: int, fb: int) -> None:
        if len(self.facts[fa]) < len(self.facts[fb]):
            fa, fb = fb, fa  # the smaller fact's members move: each one costs its neighbours
        for x in sorted(self.facts[fb]):
            self.member_of[x].discard(fb)
            self.add(fa, x)
        self.facts[fb] = set()
        self.per_article[fb] = {}
        self.toward[fb] = {}
