"""Fact alignment: grouping sentences of different articles that state the same thing.

Two stages, kept apart so each can be tested and explained:

1. Pair scoring (reader.align.scoring): each candidate pair gets a score in [0, 1] made
   of named components (shared rare words, linked entities, numbers, quoted
   words, fuzzy string similarity), kept as `Evidence` so the UI can say why
   two sentences were matched.
2. Grouping (`group_facts`): pairs above the threshold become facts by
   average-linkage merging that lets a sentence belong to several facts. A
   sentence that states two propositions ("the meeting at the mission followed
   two days of candid talks in Malta") belongs to both facts rather than
   gluing them into one, which is what a single partition would do.

Precision matters as much as recall: a false match tells the reader that two
newsrooms agree when they do not. So matches need evidence beyond topic words,
and a quote attributed to different speakers is not the same quote.
"""

from __future__ import annotations

import gc
import math
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from reader.model import Article, Evidence, Fact
from reader.settings import AlignSettings
from reader.text import shorten

from .context import with_context
from .features import SentenceFeatures, Weights
from .growth import Growing
from .leads import attach_leads, body_table
from .naming import STRONG_WITNESSES, WITNESSES, Naming
from .pruning import rank_in_runs
from .scoring import Neighbours, Table, score_blocked, score_pair, sorted_words
from .weak import evidenced

LABEL_CHARS = 72

#: How the score table is made: `scoring.score_blocked`, or the reference.
TableOf = Callable[[Sequence[SentenceFeatures], Weights, AlignSettings, Callable[[float], None] | None,
                    dict[str, float] | None], Table]


def _edges(feats: Sequence[SentenceFeatures], table: Table, settings: AlignSettings,
           weights: Weights | None = None, naming: Naming | None = None) -> list[tuple[int, int]]:
    """Pairs that count as matches. A strong pair matches on its own. A weaker one
    matches only when each sentence is the other's best match in the other's
    article: an outlet usually states a fact once, so the best counterpart is the
    likely one, and a runner-up that merely shares the topic is not. One exception:
    when an outlet splits what another says in one sentence over two consecutive
    sentences, the second half is the runner-up of the one sentence, next to its
    best; it matches too.

    The more outlets a story has, the more often two unrelated sentences are
    each other's best by chance, so a sentence's weak matches count only for
    its `settings.weak_edges` best ones (a sentence states a few facts, not
    one per outlet), and only between articles that name someone or
    somewhere in common, or that the story's other articles tie together
    (reader.align.naming), and only when they share more than the story's common words (reader.align.weak).
    So do strong ones, with one witness: two shootings' reports share stock sentences word for word.
    """
    if not len(table):
        return []
    n = len(feats)
    i, j, sc = table.i, table.j, table.score
    art = np.fromiter((f.article for f in feats), dtype=np.int64, count=n)
    pos = np.fromiter((f.index for f in feats), dtype=np.int64, count=n)
    bi, si, bj, sj = _partners(i, j, sc, art)

    def prefers(bx: np.ndarray, sx: np.ndarray, target: np.ndarray) -> np.ndarray:
        """target is the best, or the runner-up right next to the best."""
        return (bx == target) | ((sx == target) & (np.abs(pos[bx] - pos[target]) == 1))

    strong = sc >= settings.threshold
    weak = ~strong & (sc >= settings.mutual) & (((bi == j) & prefers(bj, sj, i)) | ((bj == i) & prefers(bi, si, j)))
    both = np.flatnonzero(strong | weak)
    if both.size:
        need = np.where(strong[both], STRONG_WITNESSES, WITNESSES)
        apart = both[~(naming or Naming(feats)).alike(art[i[both]], art[j[both]], need)]
        strong[apart] = weak[apart] = False
    w = np.flatnonzero(weak)
    if w.size:
        weak[w[~evidenced(feats, weights or Weights(feats), i[w], j[w])]] = False
        w = np.flatnonzero(weak)
    if w.size:
        # each sentence's `weak_edges` best weak matches, by score then partner
        ends, other = np.r_[i[w], j[w]], np.r_[j[w], i[w]]
        which = np.r_[w, w]
        order = np.lexsort((other, -sc[which], ends))
        rank = rank_in_runs(ends[order])
        weak[:] = False
        weak[which[order[rank < settings.weak_edges]]] = True
    # strongest first; ties by the pair, higher first: the table is in (i, j) order, so
    # its pairs backwards, stably sorted by score
    keep = np.flatnonzero(strong | weak)[::-1]
    keep = keep[np.argsort(-sc[keep], kind="stable")]
    return list(zip(i[keep].tolist(), j[keep].tolist(), strict=True))


def _partners(i: np.ndarray, j: np.ndarray, sc: np.ndarray,
              art: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For each pair (i, j): i's best and runner-up partner in j's article, and j's in i's."""
    n_art = int(art.max()) + 1
    # each sentence's best and runner-up partner in every other article (ties: the lower
    # partner index): entries sorted by (sentence, article), then reduced run by run
    y = np.r_[j, i]
    key = np.r_[i, j] * n_art + art[y]
    order = np.argsort(key)
    key, y, s = key[order], y[order], np.r_[sc, sc][order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    run = np.cumsum(np.r_[False, key[1:] != key[:-1]])  # each sorted entry's run
    none = np.iinfo(np.int64).max

    def best_of(mask: np.ndarray) -> np.ndarray:
        """Per run, the partner with the highest score among `mask`, -1 if none."""
        top_score = np.maximum.reduceat(np.where(mask, s, -1.0), starts)
        at_top = mask & (s == top_score[run])
        partner = np.minimum.reduceat(np.where(at_top, y, none), starts)
        return np.where(top_score >= 0, partner, -1)

    best = best_of(np.ones(s.size, dtype=bool))
    second = best_of(y != best[run])
    gid = np.empty_like(run)
    gid[order] = run  # each (unsorted) entry's run
    m = i.size
    # i's best and runner-up in j's article, and j's in i's
    return best[gid[:m]], second[gid[:m]], best[gid[m:]], second[gid[m:]]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Grouping and evidence allocate millions of small containers that form
    no cycles; meanwhile the cyclic collector would walk the whole heap (the
    story's features, the table) again and again, for up to a fifth of the time."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@_collector_paused()
def group_facts(feats: Sequence[SentenceFeatures], table: Table, settings: AlignSettings,
                nbr: Neighbours | None = None, weights: Weights | None = None,
                naming: Naming | None = None) -> list[list[int]]:
    """Average-linkage grouping with overlapping membership (see module docstring).

    Averages run over all cross-article member pairs, counting pairs missing
    from the (sparse) score table as 0. Each fact keeps, for every sentence,
    the sum of its scores to the fact's members, updated as members join, so
    the cost follows the number of scored pairs rather than the square of a
    fact's size. Those sums are floats added in the order members join: a
    different order could change their last bit, and so a tie or a threshold.
    """
    g = Growing(feats, table.neighbours() if nbr is None else nbr, settings.facts_per_sentence)
    member_of, none = g.member_of.get, frozenset[int]()
    for a, b in _edges(feats, table, settings, weights, naming):
        in_a, in_b = member_of(a, none), member_of(b, none)
        if not in_a and not in_b:
            g.new(a, b)  # neither is in a fact: nothing to merge or join
            continue
        if not in_a.isdisjoint(in_b):
            continue
        best = g.best(a, b, settings)
        if best is None:
            g.new(a, b)
        elif best[1] == "merge":
            g.merge(best[2], best[3])
        else:
            g.add(best[2], best[3])
    return _without_subsets([sorted(f) for f in g.facts if len({g.art[x] for x in f}) >= 2])


def _without_subsets(groups: list[list[int]]) -> list[list[int]]:
    """A group that is a subset of another says nothing new. A superset of g
    contains g's first member, so only kept groups with that member are checked."""
    groups.sort(key=len, reverse=True)
    kept: list[list[int]] = []
    kept_sets: list[set[int]] = []
    holding: dict[int, list[int]] = defaultdict(list)
    for g in groups:
        gs = set(g)
        if not any(gs <= kept_sets[k] for k in holding.get(g[0], ())):
            for x in g:
                holding[x].append(len(kept))
            kept.append(g)
            kept_sets.append(gs)
    return kept


@dataclass(frozen=True)
class _Links:
    """The scored cross-article pairs inside each fact, for all facts at once.

    `pair_*` hold, fact after fact, the pairs (i < j) of a fact's members in
    the table, in the order (i, j); `member_*`, fact after fact, its members
    in order and their summed scores. Built with numpy from the table: a
    Python walk over every member's partners costs seconds on a big story.
    """

    pair_bounds: list[int]  # fact n's pairs are pair_i[pair_bounds[n]:pair_bounds[n + 1]]
    pair_i: list[int]
    pair_j: list[int]
    pair_score: list[float]
    strong_bounds: list[int]  # fact n's strongest links are strong[strong_bounds[n]:strong_bounds[n + 1]]
    strong: list[tuple[int, int]]
    member_bounds: list[int]
    member_strength: list[float]

    def pairs(self, n: int) -> list[tuple[int, int, float]]:
        a, b = self.pair_bounds[n], self.pair_bounds[n + 1]
        return list(zip(self.pair_i[a:b], self.pair_j[a:b], self.pair_score[a:b], strict=True))

    def scores(self, n: int) -> list[float]:
        return self.pair_score[self.pair_bounds[n]:self.pair_bounds[n + 1]]

    def strongest(self, n: int) -> list[tuple[int, int]]:
        """For each member, its best-scoring partner in another outlet: enough to
        explain why every sentence is in the fact, and linear in the fact's size
        (all pairs of a fact that 300 wire copies share would be 45,000)."""
        return self.strong[self.strong_bounds[n]:self.strong_bounds[n + 1]]

    def strength(self, n: int) -> list[float]:
        """Each member's summed scores to the others."""
        return self.member_strength[self.member_bounds[n]:self.member_bounds[n + 1]]


def _linked(feats: Sequence[SentenceFeatures], table: Table, groups: Sequence[Sequence[int]]) -> _Links:
    """The pairs inside each of `groups` (sorted member lists), with each member's
    strongest link and summed score (see `_Links`)."""
    n = len(feats)
    art = np.fromiter((f.article for f in feats), dtype=np.int64, count=n)
    sizes = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
    member = np.fromiter((x for g in groups for x in g), dtype=np.int64, count=int(sizes.sum()))
    fact = np.repeat(np.arange(len(groups), dtype=np.int64), sizes)
    key = fact * n + member  # increasing: facts in order, members sorted
    # every member's partners after it: the table is sorted by (i, j), so they are one run
    start = np.searchsorted(table.i, member)
    count = np.searchsorted(table.i, member, side="right") - start
    run = np.repeat(np.arange(member.size), count)
    entry = np.arange(run.size) - np.repeat(np.cumsum(count) - count, count) + start[run]
    pi, pj, pf = member[run], table.j[entry], fact[run]
    spot = np.minimum(np.searchsorted(key, pf * n + pj), key.size - 1)
    inside = (key[spot] == pf * n + pj) & (art[pi] != art[pj])
    entry, pi, pj, pf = entry[inside], pi[inside], pj[inside], pf[inside]
    score = table.score[entry]
    slot_i = np.searchsorted(key, pf * n + pi)
    slot_j = np.searchsorted(key, pf * n + pj)
    # each pair twice, once for each of its members, in the pairs' order
    ends, values = np.column_stack((slot_i, slot_j)).ravel(), np.repeat(score, 2)
    # a member's summed scores, added pair after pair as the pairs come (floats: keep the order)
    strength = np.bincount(ends, weights=values, minlength=member.size)  # adds in input order too
    # a member's strongest pair: highest score, then the first in (i, j) order
    best = np.full(member.size, -np.inf)
    np.maximum.at(best, ends, values)
    top = np.flatnonzero(values == best[ends])
    _, first = np.unique(ends[top], return_index=True)
    chosen = np.unique(top[first] // 2)  # in (fact, i, j) order
    facts = np.arange(len(groups) + 1)
    return _Links(
        pair_bounds=np.searchsorted(pf, facts).tolist(), pair_i=pi.tolist(), pair_j=pj.tolist(),
        pair_score=score.tolist(), strong_bounds=np.searchsorted(pf[chosen], facts).tolist(),
        strong=list(zip(pi[chosen].tolist(), pj[chosen].tolist(), strict=True)),
        member_bounds=np.r_[0, np.cumsum(sizes)].tolist(), member_strength=strength.tolist())


def _label(members: Sequence[SentenceFeatures], strength: Sequence[float]) -> str:
    """A readable label: the opening words of the member most like the others
    (highest summed score to them, `strength`).

    The most central wording stands for the fact in the status line and the
    command palette, where a sentence reads better than a list of keywords.
    """
    central = max(range(len(members)), key=lambda k: (strength[k], -len(members[k].text), members[k].id))
    return shorten(" ".join(members[central].text.split()), LABEL_CHARS)


@_collector_paused()
def _facts(feats: Sequence[SentenceFeatures], table: Table, groups: list[list[int]], weights: Weights) -> list[Fact]:
    """The groups as facts, in reading order: score, label and evidence of each."""
    pos = [(f.article, f.index) for f in feats]
    groups.sort(key=lambda g: min(map(pos.__getitem__, g)))
    links = _linked(feats, table, groups)
    explained: dict[tuple[int, int], tuple[float, dict[str, float]]] = {}  # a pair can explain several facts
    summed: dict[int, tuple[float, str]] = {}  # each sentence's summed weight and sorted words,
    # reused by all its pairs

    def own(i: int) -> tuple[float, str]:
        if i not in summed:
            summed[i] = weights.of(feats[i].terms), sorted_words(feats[i])
        return summed[i]

    facts = []
    for n, g in enumerate(groups):
        members = [feats[i] for i in g]
        scores = links.scores(n)
        score = math.fsum(scores) / len(scores) if scores else 0.0
        evidence = []
        for i, j in links.strongest(n):
            if (i, j) not in explained:
                (wi, si), (wj, sj) = own(i), own(j)
                explained[i, j] = score_pair(feats[i], feats[j], weights, wi, wj, si, sj)
            sc, parts = explained[i, j]
            evidence.append(Evidence(feats[i].id, feats[j].id, sc, dict(parts)))
        facts.append(Fact(id=f"f{n}", sentences=tuple(m.id for m in members), score=score,
                          label=_label(members, links.strength(n)), evidence=tuple(evidence)))
    return facts


def align(articles: Sequence[Article], feats: Sequence[SentenceFeatures],
          settings: AlignSettings | None = None,
          progress: Callable[[float], None] | None = None,
          stats: dict[str, float] | None = None, table_of: TableOf = score_blocked) -> list[Fact]:
    """The facts of a story: score the candidate pairs (`table_of`; the tests
    pass the brute-force reference), group them, keep each fact's evidence."""
    settings = settings or AlignSettings()
    weights = Weights(feats)  # one story-wide weighting for blocking, scoring and evidence
    t0 = time.perf_counter()
    table = table_of(feats, weights, settings, progress, stats)
    t2 = time.perf_counter()
    # the body is grouped first; headlines and standfirsts then join its facts (reader.align.leads)
    naming = Naming(feats) if feats else None
    body = group_facts(feats, body_table(feats, with_context(feats, table, settings)), settings,
                       weights=weights, naming=naming)
    groups = attach_leads(feats, table, body, settings, weights, naming.row if naming else None)
    if stats is not None:
        stats.update({"align_score": t2 - t0, "align_group": time.perf_counter() - t2})
    facts = _facts(feats, table, groups, weights)
    if progress:
        progress(1.0)
    return facts
