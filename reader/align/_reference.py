"""The brute-force reference aligner: every cross-article pair scored one at a
time in Python. Only the tests and the benchmarks use it, to check that
candidate blocking (reader.align.blocking) and the numpy scorer
(`scoring.score_blocked`) give exactly its facts. A private module: the cache's
code version does not hash it, so editing it never invalidates an analysis.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence, Sized

from reader.model import Article, Fact
from reader.settings import AlignSettings

from .blocking import blocked_pairs
from .features import SentenceFeatures, Weights
from .grouping import align
from .scoring import Table, match_score, quantize


def align_reference(articles: Sequence[Article], feats: Sequence[SentenceFeatures],
                    settings: AlignSettings | None = None,
                    stats: dict[str, float] | None = None) -> list[Fact]:
    """`grouping.align` over the brute-force table instead of the blocked one."""
    return align(articles, feats, settings, stats=stats, table_of=reference_table)


def reference_table(feats: Sequence[SentenceFeatures], weights: Weights, settings: AlignSettings,
                    progress: Callable[[float], None] | None = None,
                    stats: dict[str, float] | None = None) -> Table:
    pairs = list(all_pairs(feats))
    if stats is not None:
        stats["pairs_scored"] = float(len(pairs))
    scores = score_all(feats, pairs, progress, floor=settings.floor, weights=weights)
    return Table.from_dict(prune(scores, settings, [f.lead for f in feats]))


def candidate_pairs(feats: Sequence[SentenceFeatures], floor: float | None = None,
                    weights: Weights | None = None) -> Iterable[tuple[int, int]]:
    """Every cross-article pair (the reference), or with `floor` only the pairs
    whose score can reach it (see reader.align.blocking)."""
    if floor is not None:
        return blocked_pairs(feats, weights or Weights(feats), floor)
    return all_pairs(feats)


def all_pairs(feats: Sequence[SentenceFeatures]) -> Iterable[tuple[int, int]]:
    for i in range(len(feats)):
        ai = feats[i].article
        for j in range(i + 1, len(feats)):
            if feats[j].article != ai:
                yield i, j


def score_all(feats: Sequence[SentenceFeatures], pairs: Iterable[tuple[int, int]],
              progress: Callable[[float], None] | None = None,
              floor: float = 0.0, weights: Weights | None = None) -> dict[tuple[int, int], float]:
    """Scores of `pairs` that reach `floor` (and are above 0), one pair at a
    time: the reference the blocked aligner (`score_blocked`) must equal.

    Dropping the pairs below the floor makes the table sparse, which is what
    lets grouping scale.
    """
    weights = weights or Weights(feats)
    wsum = [weights.of(f.terms) for f in feats]
    keys: list[tuple[int, int]] = []
    raw: list[float] = []
    total = len(pairs) if isinstance(pairs, Sized) else 0
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


def prune(scores: dict[tuple[int, int], float], settings: AlignSettings,
          lead: Sequence[bool] = ()) -> dict[tuple[int, int], float]:
    """Keep every pair that matches on its own, and of the rest only each
    sentence's `keep` best.

    A weaker pair only counts as one of a sentence's best (mutual-best
    matching, at most `weak_edges` of them) or as a small term in the averages
    that decide whether a sentence joins a fact; in a big story every sentence
    has hundreds of them (shared names, topic words), which would make
    grouping quadratic in time and memory. The rule depends on scores alone,
    so blocked and brute-force alignment keep the same pairs. A sentence keeps
    its `keep` best body partners and, apart, its `keep` best headline or
    standfirst partners (`lead[k]`), so that headlines never displace the body's pairs.
    """
    weak: dict[tuple[int, bool], list[tuple[float, int, tuple[int, int]]]] = defaultdict(list)
    lead = lead or [False] * (1 + max((max(k) for k in scores), default=0))
    out: dict[tuple[int, int], float] = {}
    for key, sc in scores.items():
        if sc >= settings.threshold:
            out[key] = sc
        else:
            weak[key[0], lead[key[1]]].append((-sc, key[1], key))
            weak[key[1], lead[key[0]]].append((-sc, key[0], key))
    for items in weak.values():
        if len(items) > settings.keep:
            items.sort()
            items = items[: settings.keep]
        for neg, _, key in items:
            out[key] = -neg
    return {k: out[k] for k in sorted(out)}
