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

import math
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .features import SentenceFeatures
from .model import Article, Evidence, Fact


@dataclass(frozen=True)
class AlignSettings:
    """Thresholds of the aligner; part of the cache key."""

    threshold: float = 0.40  # a pair at or above this is a match on its own
    mutual: float = 0.15  # a pair at or above this matches when each is the other's best in its article
    join: float = 0.12  # mean score a sentence needs to the members of a fact to join it
    merge: float = 0.12  # mean score between two facts' members to merge them
    blocking: bool = True  # score only candidate pairs (reader.core.blocking); False = all pairs


QUOTE_MISMATCH = 0.6
QUOTE_PENALTY = 0.6


class Weights:
    """IDF of content lemmas over the story's sentences.

    A word every outlet uses about this story ("meeting", the protagonists'
    names) says little about which fact a sentence states; rare words say a
    lot. Computed per story, so it adapts to any topic.
    """

    def __init__(self, feats: Sequence[SentenceFeatures]) -> None:
        df: Counter[str] = Counter()
        for f in feats:
            df.update(f.lemmas)
        n = max(1, len(feats))
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.default = math.log(n + 1)

    def of(self, terms: Iterable[str]) -> float:
        idf = self.idf
        return sum(idf.get(t, self.default) for t in terms)


def score_pair(a: SentenceFeatures, b: SentenceFeatures, weights: Weights) -> tuple[float, dict[str, float]]:
    """Score of one pair and its components."""
    shared = a.lemmas & b.lemmas
    ws, wa, wb = weights.of(shared), weights.of(a.lemmas), weights.of(b.lemmas)
    dice = 2 * ws / (wa + wb) if wa + wb else 0.0
    overlap = ws / min(wa, wb) if min(wa, wb) else 0.0
    wording = fuzz.token_sort_ratio(a.norm, b.norm) / 100.0
    quote = 0.0
    for qa in a.quotes:
        for qb in b.quotes:
            if min(len(qa), len(qb)) >= 12:
                quote = max(quote, fuzz.partial_ratio(qa, qb) / 100.0)
    ents = len(a.entities & b.entities)
    nums = len(a.numbers & b.numbers)
    comp = {"words": dice, "containment": overlap, "wording": wording, "quote": quote,
            "entities": float(ents), "numbers": float(nums)}
    score = dice
    if a.quotes and b.quotes:
        if quote < QUOTE_MISMATCH:
            # both quote someone, but not the same words: shared topic words
            # around two different quotes are weak evidence
            score *= QUOTE_PENALTY
    comp["score"] = score
    return score, comp


def candidate_pairs(feats: Sequence[SentenceFeatures],
                    floor: float | None = None) -> Iterable[tuple[int, int]]:
    """Every cross-article pair (the reference), or with `floor` only the pairs
    whose score can reach it (see reader.core.blocking)."""
    if floor is not None:
        from .blocking import blocked_pairs

        return blocked_pairs(feats, Weights(feats), floor)
    return _all_pairs(feats)


def _all_pairs(feats: Sequence[SentenceFeatures]) -> Iterable[tuple[int, int]]:
    for i in range(len(feats)):
        ai = feats[i].article
        for j in range(i + 1, len(feats)):
            if feats[j].article != ai:
                yield i, j


def score_all(feats: Sequence[SentenceFeatures], pairs: Iterable[tuple[int, int]],
              progress: Callable[[float], None] | None = None,
              lazy: bool = False) -> dict[tuple[int, int], tuple[float, dict]]:
    """Scores of `pairs` that are above 0. With `lazy`, the table also scores
    any other pair on `get` (blocked candidates, see reader.core.blocking)."""
    weights = Weights(feats)
    out: dict[tuple[int, int], tuple[float, dict]]
    if lazy:
        from .blocking import ScoreTable

        out = ScoreTable(feats, weights, score_pair)
    else:
        out = {}
    total = len(pairs) if hasattr(pairs, "__len__") else 0
    step = max(1, total // 50)
    for n, (i, j) in enumerate(pairs):
        s, comp = score_pair(feats[i], feats[j], weights)
        if s > 0:
            out[(i, j)] = (s, comp)
        if progress and total and n % step == 0:
            progress(0.8 * n / total)
    if progress:
        progress(0.8)
    return out


def _edges(feats: Sequence[SentenceFeatures], scores: dict[tuple[int, int], tuple[float, dict]],
           settings: AlignSettings) -> dict[tuple[int, int], tuple[float, dict]]:
    """Pairs that count as matches.

    A strong pair matches on its own. A weaker one matches only when each
    sentence is the other's best match in the other's article: an outlet
    usually states a fact once, so the best counterpart is the likely one,
    and a runner-up that merely shares the topic is not.
    """
    best: dict[tuple[int, int], tuple[float, int]] = {}
    for (i, j), (sc, _) in scores.items():
        ki, kj = (i, feats[j].article), (j, feats[i].article)
        if sc > best.get(ki, (0.0, -1))[0]:
            best[ki] = (sc, j)
        if sc > best.get(kj, (0.0, -1))[0]:
            best[kj] = (sc, i)
    out = {}
    for (i, j), v in scores.items():
        sc = v[0]
        if sc >= settings.threshold or (
            sc >= settings.mutual
            and best[(i, feats[j].article)][1] == j
            and best[(j, feats[i].article)][1] == i
        ):
            out[(i, j)] = v
    return out


_EXACT_BITS = 600


def _exact(score: float) -> int:
    """A score as an integer, exactly (for scores above 2**-548, i.e. all real ones)."""
    return int(score * 2.0 ** _EXACT_BITS)


def group_facts(feats: Sequence[SentenceFeatures], scores: dict[tuple[int, int], tuple[float, dict]],
                settings: AlignSettings) -> list[list[int]]:
    """Average-linkage grouping with overlapping membership (see module docstring)."""
    art = [f.article for f in feats]
    get = scores.get
    memo: dict[tuple[int, int], float] = {}

    def s(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        v = memo.get(key)
        if v is None:
            hit = get(key)
            v = memo[key] = hit[0] if hit else 0.0
        return v

    # Averages are exact: each score is summed as an integer (scores times
    # 2**600 are integers), so a fact's sums can be updated with only its new
    # members instead of rescanned at every edge, with the same result in any
    # order. `order[f]` keeps the members of fact f in the order they joined;
    # `epoch[f]` changes when f is merged away and emptied.
    order: list[list[int]] = []
    epoch: list[int] = []
    link_memo: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    merge_memo: dict[tuple[int, int], tuple[int, int, int, int, int, int]] = {}

    def link(x: int, f: int) -> float:
        e, n, total, count = link_memo.get((x, f), (-1, 0, 0, 0))
        if e != epoch[f]:
            n, total, count = 0, 0, 0
        ax = art[x]
        members = order[f]
        for m in members[n:]:
            if art[m] != ax:
                total += _exact(s(x, m))
                count += 1
        link_memo[(x, f)] = (epoch[f], len(members), total, count)
        return total / (count << _EXACT_BITS) if count else 0.0

    def merged(fa: int, fb: int) -> float:
        ea, eb, na, nb, total, count = merge_memo.get((fa, fb), (-1, -1, 0, 0, 0, 0))
        if ea != epoch[fa] or eb != epoch[fb]:
            na, nb, total, count = 0, 0, 0, 0
        ma, mb = order[fa], order[fb]
        for x in ma[na:]:  # new members of fa against fb's old members
            ax = art[x]
            for y in mb[:nb]:
                if art[y] != ax:
                    total += _exact(s(x, y))
                    count += 1
        for y in mb[nb:]:  # every member of fa against fb's new members
            ay = art[y]
            for x in ma:
                if art[x] != ay:
                    total += _exact(s(x, y))
                    count += 1
        merge_memo[(fa, fb)] = (epoch[fa], epoch[fb], len(ma), len(mb), total, count)
        return total / (count << _EXACT_BITS) if count else 0.0

    def add(f: int, x: int) -> None:
        if x not in facts[f]:
            facts[f].add(x)
            order[f].append(x)
        member_of[x].add(f)

    edges = sorted(((v[0], k) for k, v in _edges(feats, scores, settings).items()), reverse=True)
    facts: list[set[int]] = []
    member_of: dict[int, set[int]] = defaultdict(set)
    for _score, (a, b) in edges:
        if member_of[a] & member_of[b]:
            continue
        best: tuple[float, str, int, int] | None = None
        for fa in member_of[a]:
            for fb in member_of[b]:
                m = merged(fa, fb)
                if m >= settings.merge and (best is None or m > best[0]):
                    best = (m, "merge", fa, fb)
        for fa in member_of[a]:
            m = link(b, fa)
            if m >= settings.join and (best is None or m > best[0]):
                best = (m, "add", fa, b)
        for fb in member_of[b]:
            m = link(a, fb)
            if m >= settings.join and (best is None or m > best[0]):
                best = (m, "add", fb, a)
        if best is None:
            facts.append(set())
            order.append([])
            epoch.append(0)
            add(len(facts) - 1, a)
            add(len(facts) - 1, b)
        elif best[1] == "merge":
            _, _, fa, fb = best
            for x in order[fb]:
                member_of[x].discard(fb)
                add(fa, x)
            facts[fb] = set()
            order[fb] = []
            epoch[fb] += 1
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


def _label(members: Sequence[SentenceFeatures], weights: Weights) -> str:
    """A short label: the words the members share most, rarest first."""
    counts: Counter[str] = Counter()
    for f in members:
        counts.update(t for t in f.lemmas if not t.startswith(("@", "#")))
    common = [t for t, c in counts.items() if c >= 2]
    common.sort(key=lambda t: (-counts[t], -weights.idf.get(t, 0.0), t))
    if common:
        return " · ".join(common[:4])
    text = members[0].text
    return text[:60] + ("…" if len(text) > 60 else "")


def align(articles: Sequence[Article], feats: Sequence[SentenceFeatures],
          settings: AlignSettings | None = None,
          progress: Callable[[float], None] | None = None,
          stats: dict[str, float] | None = None) -> list[Fact]:
    settings = settings or AlignSettings()
    floor = min(settings.mutual, settings.threshold) if settings.blocking else None
    t0 = time.perf_counter()
    pairs = candidate_pairs(feats, floor)
    if not hasattr(pairs, "__len__"):
        pairs = list(pairs)
    t1 = time.perf_counter()
    scores = score_all(feats, pairs, progress, lazy=settings.blocking)
    t2 = time.perf_counter()
    groups = group_facts(feats, scores, settings)
    if stats is not None:
        stats["pairs_scored"] = float(len(pairs))
        stats.update({"align_block": t1 - t0, "align_score": t2 - t1, "align_group": time.perf_counter() - t2})
    weights = Weights(feats)
    pos = {f.id: (f.article, f.index) for f in feats}
    groups.sort(key=lambda g: min(pos[feats[i].id] for i in g))
    facts = []
    for n, g in enumerate(groups):
        members = [feats[i] for i in g]
        evidence = []
        total = 0.0
        for x in range(len(g)):
            for y in range(x + 1, len(g)):
                i, j = g[x], g[y]
                hit = scores.get((i, j) if i < j else (j, i))
                if hit and feats[i].article != feats[j].article:
                    evidence.append(Evidence(feats[i].id, feats[j].id, hit[0], hit[1]))
                    total += hit[0]
        score = total / len(evidence) if evidence else 0.0
        facts.append(Fact(id=f"f{n}", sentences=tuple(m.id for m in members), score=score,
                          label=_label(members, weights), evidence=tuple(evidence)))
    if progress:
        progress(1.0)
    return facts
