"""Fact alignment: grouping sentences of different articles that state the same thing.

Two stages, kept apart so each can be tested and explained:

1. Pair scoring (`score_pair`): each candidate pair gets a score in [0, 1] made
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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat
from operator import mul

import numpy as np
from rapidfuzz import fuzz

from .features import SentenceFeatures
from .model import Article, Evidence, Fact
from .settings import AlignSettings

QUOTE_MISMATCH = 0.6
LABEL_CHARS = 72
QUOTE_PENALTY = 0.6
SPEAKER_PENALTY = 0.5
SCORE_DIGITS = 9  # pair scores are rounded to this many places (see `quantize`)
ENTITY_WEIGHT = 1.3


class Weights:
    """IDF of content lemmas over the story's sentences.

    A word every outlet uses about this story ("meeting", the protagonists'
    names) says little about which fact a sentence states; rare words say a
    lot. Computed per story, so it adapts to any topic. A linked entity
    weighs `ENTITY_WEIGHT` times a word of the same rarity: who and where
    are what identify an event, and outlets name them whatever words they
    choose around them.
    """

    def __init__(self, feats: Sequence[SentenceFeatures]) -> None:
        df: Counter[str] = Counter()
        for f in feats:
            df.update(f.lemmas)
        n = max(1, len(feats))
        self.idf = {t: math.log((n + 1) / (c + 0.5)) * (ENTITY_WEIGHT if t[0] == "@" else 1.0)
                    for t, c in df.items()}
        self.default = math.log(n + 1)

    def of(self, terms: Iterable[str]) -> float:
        """Summed weight; `fsum` so the result does not depend on the order in
        which a set of terms happens to iterate (it varies between runs)."""
        idf = self.idf
        return math.fsum(idf.get(t, self.default) for t in terms)


def match_score(a: SentenceFeatures, b: SentenceFeatures, weights: Weights,
                wa: float | None = None, wb: float | None = None) -> float:
    """The score of one pair, alone: what matching and grouping use.

    IDF-weighted Dice over content lemmas (entities and numbers included), cut
    when both sentences quote someone but not the same words: shared topic
    words around two different quotes are weak evidence.
    """
    shared = a.lemmas & b.lemmas
    if not shared:
        return 0.0
    wa = weights.of(a.lemmas) if wa is None else wa
    wb = weights.of(b.lemmas) if wb is None else wb
    score = 2 * weights.of(shared) / (wa + wb) if wa + wb else 0.0
    if a.quotes and b.quotes and _quote_similarity(a, b) < QUOTE_MISMATCH:
        score *= QUOTE_PENALTY
    if a.speakers and b.speakers and a.speakers.isdisjoint(b.speakers):
        # two different people's words, however alike
        score *= SPEAKER_PENALTY
    return score


def _quote_similarity(a: SentenceFeatures, b: SentenceFeatures) -> float:
    best = 0.0
    for qa in a.quotes:
        for qb in b.quotes:
            if min(len(qa), len(qb)) >= 12:
                best = max(best, fuzz.partial_ratio(qa, qb) / 100.0)
    return best


def score_pair(a: SentenceFeatures, b: SentenceFeatures, weights: Weights) -> tuple[float, dict[str, float]]:
    """The score of one pair with its components, to explain a match."""
    shared = a.lemmas & b.lemmas
    ws, wa, wb = weights.of(shared), weights.of(a.lemmas), weights.of(b.lemmas)
    comp = {
        "words": 2 * ws / (wa + wb) if wa + wb else 0.0,
        "containment": ws / min(wa, wb) if min(wa, wb) else 0.0,
        "wording": fuzz.token_sort_ratio(a.norm, b.norm) / 100.0,
        "quote": _quote_similarity(a, b),
        "entities": float(len(a.entities & b.entities)),
        "numbers": float(len(a.numbers & b.numbers)),
    }
    comp["score"] = match_score(a, b, weights, wa, wb)
    return comp["score"], comp


def candidate_pairs(feats: Sequence[SentenceFeatures], floor: float | None = None,
                    weights: Weights | None = None) -> Iterable[tuple[int, int]]:
    """Every cross-article pair (the reference), or with `floor` only the pairs
    whose score can reach it (see reader.core.blocking)."""
    if floor is not None:
        from .blocking import blocked_pairs

        return blocked_pairs(feats, weights or Weights(feats), floor)
    return _all_pairs(feats)


def _all_pairs(feats: Sequence[SentenceFeatures]) -> Iterable[tuple[int, int]]:
    for i in range(len(feats)):
        ai = feats[i].article
        for j in range(i + 1, len(feats)):
            if feats[j].article != ai:
                yield i, j


def quantize(scores: np.ndarray) -> np.ndarray:
    """Scores rounded to `SCORE_DIGITS` places.

    The blocked aligner computes scores with numpy, the reference with Python
    sums; they differ in the last bits. Rounding both the same way makes
    their tables, and so their facts, identical."""
    return np.round(np.asarray(scores, dtype=np.float64), SCORE_DIGITS)


@dataclass(frozen=True)
class Table:
    """The sparse score table: pairs (i < j) in lexicographic order, with scores."""

    i: np.ndarray
    j: np.ndarray
    score: np.ndarray

    @classmethod
    def from_dict(cls, scores: dict[tuple[int, int], float]) -> Table:
        keys = sorted(scores)
        flat = np.fromiter((x for k in keys for x in k), dtype=np.int64, count=2 * len(keys)).reshape(-1, 2)
        return cls(flat[:, 0], flat[:, 1], np.fromiter((scores[k] for k in keys), dtype=np.float64,
                                                        count=len(keys)))

    def __len__(self) -> int:
        return int(self.i.shape[0])

    def as_dict(self) -> dict[tuple[int, int], float]:
        return dict(zip(zip(self.i.tolist(), self.j.tolist(), strict=True), self.score.tolist(), strict=True))

    def neighbours(self) -> dict[int, dict[int, float]]:
        """Each sentence's scored partners: the table as adjacency maps, partners in order."""
        if not len(self):
            return {}
        x, y, s = np.r_[self.i, self.j], np.r_[self.j, self.i], np.r_[self.score, self.score]
        # one int64 key per (x, y): sorting it is the lexicographic order, and faster than lexsort
        order = np.argsort(x * (int(y.max()) + 1) + y, kind="stable")
        x, ys, ss = x[order], y[order].tolist(), s[order].tolist()
        starts = np.flatnonzero(np.r_[True, x[1:] != x[:-1]])
        bounds = np.r_[starts, x.size].tolist()
        return {node: dict(zip(ys[a:b], ss[a:b], strict=True))
                for node, a, b in zip(x[starts].tolist(), bounds[:-1], bounds[1:], strict=True)}


def score_all(feats: Sequence[SentenceFeatures], pairs: Iterable[tuple[int, int]],
              progress: Callable[[float], None] | None = None,
              floor: float = 0.0, weights: Weights | None = None) -> dict[tuple[int, int], float]:
    """Scores of `pairs` that reach `floor` (and are above 0), one pair at a
    time: the reference the blocked aligner (`score_blocked`) must equal.

    Dropping the pairs below the floor makes the table sparse, which is what
    lets grouping scale.
    """
    weights = weights or Weights(feats)
    wsum = [weights.of(f.lemmas) for f in feats]
    keys: list[tuple[int, int]] = []
    raw: list[float] = []
    total = len(pairs) if hasattr(pairs, "__len__") else 0
    step = max(1, total // 50)
    for n, (i, j) in enumerate(pairs):
        sc = match_score(feats[i], feats[j], weights, wsum[i], wsum[j])
        if sc > 0:
            keys.append((i, j))
            raw.append(sc)
        if progress and total and n % step == 0:
            progress(0.8 * n / total)
    if progress:
        progress(0.8)
    return {k: v for k, v in zip(keys, quantize(raw).tolist(), strict=True) if v > 0 and v >= floor}


def prune(scores: dict[tuple[int, int], float], settings: AlignSettings) -> dict[tuple[int, int], float]:
    """Keep every pair that matches on its own, and of the rest only each
    sentence's `keep` best.

    A weaker pair only counts as one of a sentence's best (mutual-best
    matching, at most `weak_edges` of them) or as a small term in the averages
    that decide whether a sentence joins a fact; in a big story every sentence
    has hundreds of them (shared names, topic words), which would make
    grouping quadratic in time and memory. The rule depends on scores alone,
    so blocked and brute-force alignment keep the same pairs.
    """
    weak: dict[int, list[tuple[float, int, tuple[int, int]]]] = defaultdict(list)
    out: dict[tuple[int, int], float] = {}
    for key, sc in scores.items():
        if sc >= settings.threshold:
            out[key] = sc
        else:
            weak[key[0]].append((-sc, key[1], key))
            weak[key[1]].append((-sc, key[0], key))
    for items in weak.values():
        if len(items) > settings.keep:
            items.sort()
            items = items[: settings.keep]
        for neg, _, key in items:
            out[key] = -neg
    return {k: out[k] for k in sorted(out)}


def score_blocked(feats: Sequence[SentenceFeatures], weights: Weights, settings: AlignSettings,
                  progress: Callable[[float], None] | None = None,
                  stats: dict[str, float] | None = None) -> Table:
    """`prune(score_all(...))` over the blocked candidates, computed with numpy a
    block of sentences at a time.

    Each block holds all candidates of its sentences, so a sentence's `keep`
    best weak pairs are chosen inside its block and nothing but the pruned
    table is ever held: memory follows the story's size, not its pairs.
    Penalties are vectorised too, except the quote comparison, which runs in
    Python for the few pairs that both quote someone and reach the floor.
    """
    from concurrent.futures import ThreadPoolExecutor

    from .blocking import TermMatrix, block_starts, candidate_block

    n = len(feats)
    empty = Table(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    if n < 2:
        return empty
    tm = TermMatrix(feats, weights)
    quoted = np.fromiter((bool(f.quotes) for f in feats), dtype=bool, count=n)
    speaking = np.fromiter((bool(f.speakers) for f in feats), dtype=bool, count=n)
    speakers = _speaker_matrix(feats) if speaking.any() else None
    qsim: dict[tuple[int, int], float] = {}

    def score_block(rows: tuple[int, int]) -> tuple[int, np.ndarray, np.ndarray, np.ndarray, int]:
        block = candidate_block(tm, settings.floor, *rows)
        i, j = block.i, block.j
        sc = 2.0 * block.shared / (tm.total[i] + tm.total[j])
        both = quoted[i] & quoted[j] & (sc >= settings.floor - 1e-9)
        for k in np.flatnonzero(both).tolist():
            a, b = int(i[k]), int(j[k])
            key = (a, b) if a < b else (b, a)
            if key not in qsim:
                qsim[key] = _quote_similarity(feats[key[0]], feats[key[1]])
            if qsim[key] < QUOTE_MISMATCH:
                sc[k] *= QUOTE_PENALTY
        if speakers is not None:
            both = np.flatnonzero(speaking[i] & speaking[j])
            if both.size:
                common = np.asarray(speakers[i[both]].multiply(speakers[j[both]]).sum(axis=1)).ravel()
                apart = both[common == 0]
                sc[apart] *= SPEAKER_PENALTY
        sc = quantize(sc)
        ok = (sc > 0) & (sc >= settings.floor)
        count = int(i.shape[0])
        i, j, sc = i[ok], j[ok], sc[ok]
        keep = sc >= settings.threshold
        weak = np.flatnonzero(~keep)
        if weak.size:
            # each row's `keep` best weak partners, by score then partner index; a
            # histogram of each row's scores first narrows the sort to its best few
            weak = weak[_near_top(i[weak] - block.start, sc[weak], block.end - block.start, settings.keep)]
            order = weak[np.lexsort((j[weak], -sc[weak], i[weak]))]
            rows_of = i[order]
            first = np.r_[0, np.flatnonzero(rows_of[1:] != rows_of[:-1]) + 1]
            rank = np.arange(rows_of.size) - np.repeat(first, np.diff(np.r_[first, rows_of.size]))
            keep[order[rank < settings.keep]] = True
        i, j, sc = i[keep], j[keep], sc[keep]
        return count, np.minimum(i, j), np.maximum(i, j), sc, block.end

    lefts, rights, values = [], [], []
    candidates = 0
    # numpy and scipy release the GIL in their loops, so blocks overlap on several cores
    with ThreadPoolExecutor(max_workers=_workers(n)) as pool:
        for count, left, right, value, end in pool.map(score_block, block_starts(tm)):
            candidates += count
            lefts.append(left)
            rights.append(right)
            values.append(value)
            if progress:
                progress(0.8 * end / n)
    if stats is not None:
        stats["pairs_scored"] = float(candidates // 2)
    if not lefts:
        return empty
    left, right, value = np.concatenate(lefts), np.concatenate(rights), np.concatenate(values)
    code, first = np.unique(left * n + right, return_index=True)  # sorted: the reference's key order
    return Table(code // n, code % n, value[first])


def _workers(n: int) -> int:
    """Threads for scoring: one for small stories (no pool overhead), else the cores."""
    import os

    return 1 if n < 20_000 else max(1, min(4, os.cpu_count() or 1))


def _near_top(rows: np.ndarray, scores: np.ndarray, n_rows: int, keep: int, bins: int = 1024) -> np.ndarray:
    """Mask of the entries at or above the histogram bucket of their row's
    `keep`-th best score: every row's `keep` best, and a few ties."""
    bucket = np.minimum((scores * bins).astype(np.int64), bins - 1)
    counts = np.bincount(rows * bins + bucket, minlength=n_rows * bins).reshape(n_rows, bins)
    reached = counts[:, ::-1].cumsum(axis=1) >= keep
    level = np.where(reached[:, -1], bins - 1 - np.argmax(reached, axis=1), 0)
    return bucket >= level[rows]


def _speaker_matrix(feats: Sequence[SentenceFeatures]):
    from scipy import sparse

    ids: dict[str, int] = {}
    rows, cols = [], []
    for k, f in enumerate(feats):
        for s in sorted(f.speakers):
            rows.append(k)
            cols.append(ids.setdefault(s, len(ids)))
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), max(1, len(ids))))


def _edges(feats: Sequence[SentenceFeatures], table: Table, settings: AlignSettings) -> list[tuple[int, int]]:
    """Pairs that count as matches.

    A strong pair matches on its own. A weaker one matches only when each
    sentence is the other's best match in the other's article: an outlet
    usually states a fact once, so the best counterpart is the likely one,
    and a runner-up that merely shares the topic is not. One exception: when
    an outlet splits what another says in one sentence over two consecutive
    sentences, the second half is the runner-up of the one sentence, next to
    its best; it matches too.

    The more outlets a story has, the more often two unrelated sentences are
    each other's best by chance, so a sentence's weak matches count only for
    its `settings.weak_edges` best ones (a sentence states a few facts, not
    one per outlet).
    """
    if not len(table):
        return []
    n = len(feats)
    i, j, sc = table.i, table.j, table.score
    art = np.fromiter((f.article for f in feats), dtype=np.int64, count=n)
    pos = np.fromiter((f.index for f in feats), dtype=np.int64, count=n)
    n_art = int(art.max()) + 1
    # each sentence's best and runner-up partner in every other article (ties: the lower
    # partner index), found with scatter-max over (sentence, article) groups, no sort by score
    x, y, s = np.r_[i, j], np.r_[j, i], np.r_[sc, sc]
    keys, gid = np.unique(x * n_art + art[y], return_inverse=True)

    def best_of(mask: np.ndarray) -> np.ndarray:
        """Per group, the partner with the highest score among `mask`, -1 if none."""
        top_score = np.full(keys.size, -1.0)
        np.maximum.at(top_score, gid[mask], s[mask])
        at_top = mask & (s == top_score[gid])
        partner = np.full(keys.size, np.iinfo(np.int64).max)
        np.minimum.at(partner, gid[at_top], y[at_top])
        return np.where(top_score >= 0, partner, -1)

    best = best_of(np.ones(s.size, dtype=bool))
    second = best_of(y != best[gid])

    def top(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        k = np.searchsorted(keys, a * n_art + art[b])
        return best[k], second[k]

    bi, si = top(i, j)  # i's best and runner-up in j's article
    bj, sj = top(j, i)

    def prefers(bx: np.ndarray, sx: np.ndarray, target: np.ndarray) -> np.ndarray:
        """target is the best, or the runner-up right next to the best."""
        return (bx == target) | ((sx == target) & (np.abs(pos[bx] - pos[target]) == 1))

    strong = sc >= settings.threshold
    weak = ~strong & (sc >= settings.mutual) & (((bi == j) & prefers(bj, sj, i)) | ((bj == i) & prefers(bi, si, j)))
    w = np.flatnonzero(weak)
    if w.size:
        # each sentence's `weak_edges` best weak matches, by score then partner
        ends, other = np.r_[i[w], j[w]], np.r_[j[w], i[w]]
        which = np.r_[w, w]
        order = np.lexsort((other, -sc[which], ends))
        e = ends[order]
        first = np.r_[0, np.flatnonzero(e[1:] != e[:-1]) + 1]
        rank = np.arange(e.size) - np.repeat(first, np.diff(np.r_[first, e.size]))
        weak[:] = False
        weak[which[order[rank < settings.weak_edges]]] = True
    keep = np.flatnonzero(strong | weak)
    # strongest first; ties by the pair, higher first
    keep = keep[np.lexsort((-j[keep], -i[keep], -sc[keep]))]
    return list(zip(i[keep].tolist(), j[keep].tolist(), strict=True))


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
                nbr: dict[int, dict[int, float]] | None = None) -> list[list[int]]:
    """Average-linkage grouping with overlapping membership (see module docstring).

    Averages run over all cross-article member pairs, counting pairs missing
    from the (sparse) score table as 0. Each fact keeps, for every sentence,
    the sum of its scores to the fact's members, updated as members join, so
    the cost follows the number of scored pairs rather than the square of a
    fact's size. Those sums are floats added in the order members join: a
    different order could change their last bit, and so a tie or a threshold.
    """
    art = [f.article for f in feats]
    nbr = table.neighbours() if nbr is None else nbr
    no_partners: dict[int, float] = {}
    facts: list[set[int]] = []
    per_article: list[dict[int, int]] = []  # members of each fact by article
    # toward[f][y]: summed scores between y and the members of fact f, kept up
    # to date as members join, so a link or a merge costs one lookup a member
    toward: list[dict[int, float]] = []
    member_of: list[set[int]] = [set() for _ in feats]
    zeros, no_members = repeat(0.0), repeat(0)
    limit = settings.facts_per_sentence

    def link(x: int, f: int) -> float:
        count = len(facts[f]) - per_article[f].get(art[x], 0)
        return toward[f].get(x, 0.0) / count if count else 0.0

    def merged(fa: int, fb: int) -> float:
        a, b = (fa, fb) if len(facts[fa]) <= len(facts[fb]) else (fb, fa)
        ca = per_article[a]
        count = len(facts[a]) * len(facts[b]) - sum(map(mul, ca.values(), map(per_article[b].get, ca, no_members)))
        if not count:
            return 0.0
        # fsum is exact, so the order in which the set iterates does not matter
        return math.fsum(map(toward[b].get, facts[a], zeros)) / count

    def largest(fs: set[int]) -> list[int]:
        """The facts a sentence is in, biggest first, at most `settings.facts_per_sentence`:
        a sentence states a handful of propositions, and looking further only costs."""
        if len(fs) < 2:
            return list(fs)
        return sorted(fs, key=lambda f: (-len(facts[f]), f))[:limit]

    def add(f: int, x: int) -> None:
        members = facts[f]
        if x not in members:
            members.add(x)
            count = per_article[f]
            count[art[x]] = count.get(art[x], 0) + 1
            sums = toward[f]
            get = sums.get
            for y, sc in nbr.get(x, no_partners).items():
                sums[y] = get(y, 0.0) + sc
        member_of[x].add(f)

    for a, b in _edges(feats, table, settings):
        if not member_of[a].isdisjoint(member_of[b]):
            continue
        best: tuple[float, str, int, int] | None = None
        of_a, of_b = largest(member_of[a]), largest(member_of[b])
        for fa in of_a:
            for fb in of_b:
                m = merged(fa, fb)
                if m >= settings.merge and (best is None or m > best[0]):
                    best = (m, "merge", fa, fb)
        for fa in of_a:
            m = link(b, fa)
            if m >= settings.join and (best is None or m > best[0]):
                best = (m, "add", fa, b)
        for fb in of_b:
            m = link(a, fb)
            if m >= settings.join and (best is None or m > best[0]):
                best = (m, "add", fb, a)
        if best is None:
            # a new fact {a, b}: a's sums are its scores (0.0 + s is s), then b's are added
            f = len(facts)
            facts.append({a})
            per_article.append({art[a]: 1})
            toward.append(dict(nbr.get(a, no_partners)))
            member_of[a].add(f)
            add(f, b)
        elif best[1] == "merge":
            _, _, fa, fb = best
            if len(facts[fa]) < len(facts[fb]):
                fa, fb = fb, fa  # the smaller fact's members move: each one costs its neighbours
            for x in sorted(facts[fb]):
                member_of[x].discard(fb)
                add(fa, x)
            facts[fb] = set()
            per_article[fb] = {}
            toward[fb] = {}
        else:
            _, _, f, x = best
            add(f, x)
    groups = [sorted(f) for f in facts if len({art[x] for x in f}) >= 2]
    # A group that is a subset of another says nothing new. A superset of g
    # contains g's first member, so only kept groups with that member are checked.
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
    strength = np.zeros(member.size)
    np.add.at(strength, ends, values)
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
    return _shorten(" ".join(members[central].text.split()), LABEL_CHARS)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"


@_collector_paused()
def _facts(feats: Sequence[SentenceFeatures], table: Table, groups: list[list[int]], weights: Weights) -> list[Fact]:
    """The groups as facts, in reading order: score, label and evidence of each."""
    pos = {f.id: (f.article, f.index) for f in feats}
    groups.sort(key=lambda g: min(pos[feats[i].id] for i in g))
    links = _linked(feats, table, groups)
    explained: dict[tuple[int, int], tuple[float, dict[str, float]]] = {}  # a pair can explain several facts
    facts = []
    for n, g in enumerate(groups):
        members = [feats[i] for i in g]
        scores = links.scores(n)
        score = math.fsum(scores) / len(scores) if scores else 0.0
        evidence = []
        for i, j in links.strongest(n):
            if (i, j) not in explained:
                explained[i, j] = score_pair(feats[i], feats[j], weights)
            sc, parts = explained[i, j]
            evidence.append(Evidence(feats[i].id, feats[j].id, sc, dict(parts)))
        facts.append(Fact(id=f"f{n}", sentences=tuple(m.id for m in members), score=score,
                          label=_label(members, links.strength(n)), evidence=tuple(evidence)))
    return facts


def align(articles: Sequence[Article], feats: Sequence[SentenceFeatures],
          settings: AlignSettings | None = None,
          progress: Callable[[float], None] | None = None,
          stats: dict[str, float] | None = None) -> list[Fact]:
    settings = settings or AlignSettings()
    weights = Weights(feats)  # one story-wide weighting for blocking, scoring and evidence
    t0 = time.perf_counter()
    if settings.blocking:
        table = score_blocked(feats, weights, settings, progress, stats)
    else:
        pairs = list(_all_pairs(feats))
        table = Table.from_dict(prune(score_all(feats, pairs, progress, floor=settings.floor, weights=weights),
                                      settings))
        if stats is not None:
            stats["pairs_scored"] = float(len(pairs))
    t2 = time.perf_counter()
    nbr = table.neighbours()
    groups = group_facts(feats, table, settings, nbr)
    if stats is not None:
        stats.update({"align_score": t2 - t0, "align_group": time.perf_counter() - t2})
    facts = _facts(feats, table, groups, weights)
    if progress:
        progress(1.0)
    return facts
