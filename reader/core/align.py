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

    threshold: float = 0.36  # a pair at or above this is a match on its own
    mutual: float = 0.17  # a pair at or above this matches when each is the other's best in its article
    join: float = 0.15  # mean score a sentence needs to the members of a fact to join it
    merge: float = 0.15  # mean score between two facts' members to merge them
    floor: float = 0.10  # a pair scoring below this counts as unrelated (0), in matching and grouping
    keep: int = 20  # below `mutual`, a pair counts only among the `keep` best of one of its sentences
    facts_per_sentence: int = 4  # facts of a sentence considered when it gains a match
    blocking: bool = True  # score only candidate pairs (reader.core.blocking); False = all pairs


QUOTE_MISMATCH = 0.6
LABEL_CHARS = 72
QUOTE_PENALTY = 0.6
SPEAKER_PENALTY = 0.5
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


def score_all(feats: Sequence[SentenceFeatures], pairs: Iterable[tuple[int, int]],
              progress: Callable[[float], None] | None = None,
              floor: float = 0.0, weights: Weights | None = None) -> dict[tuple[int, int], float]:
    """Scores of `pairs` that reach `floor` (and are above 0).

    Dropping the pairs below the floor makes the table sparse, which is what
    lets grouping scale, and makes it the same whether `pairs` is every pair or
    only the blocked candidates (which contain every pair that can reach it).
    """
    weights = weights or Weights(feats)
    wsum = [weights.of(f.lemmas) for f in feats]
    out: dict[tuple[int, int], float] = {}
    total = len(pairs) if hasattr(pairs, "__len__") else 0
    step = max(1, total // 50)
    for n, (i, j) in enumerate(pairs):
        sc = match_score(feats[i], feats[j], weights, wsum[i], wsum[j])
        if sc > 0 and sc >= floor:
            out[(i, j)] = sc
        if progress and total and n % step == 0:
            progress(0.8 * n / total)
    if progress:
        progress(0.8)
    return out


def prune(scores: dict[tuple[int, int], float], settings: AlignSettings) -> dict[tuple[int, int], float]:
    """Keep every pair that can match, and of the weak rest only each sentence's
    `keep` best.

    Weak pairs only nudge the averages that decide whether a sentence joins a
    fact; in a big story every sentence has hundreds of them (shared names,
    topic words), which would make grouping quadratic in time and memory. The
    rule depends on scores alone, so blocked and brute-force alignment keep the
    same pairs.
    """
    weak: dict[int, list[tuple[float, int, tuple[int, int]]]] = defaultdict(list)
    out: dict[tuple[int, int], float] = {}
    for key, sc in scores.items():
        if sc >= settings.mutual:
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


def _edges(feats: Sequence[SentenceFeatures], scores: dict[tuple[int, int], float],
           settings: AlignSettings) -> dict[tuple[int, int], float]:
    """Pairs that count as matches.

    A strong pair matches on its own. A weaker one matches only when each
    sentence is the other's best match in the other's article: an outlet
    usually states a fact once, so the best counterpart is the likely one,
    and a runner-up that merely shares the topic is not. One exception: when
    an outlet splits what another says in one sentence over two consecutive
    sentences, the second half is the runner-up of the one sentence, next to
    its best; it matches too.
    """
    best: dict[tuple[int, int], list[tuple[float, int]]] = defaultdict(list)
    for (i, j), sc in scores.items():
        best[(i, feats[j].article)].append((sc, -j))
        best[(j, feats[i].article)].append((sc, -i))
    top = {k: [-x for _, x in sorted(v, reverse=True)[:2]] for k, v in best.items()}

    def prefers(x: int, y: int) -> bool:
        """y is x's best in y's article, or the runner-up right next to the best."""
        t = top[(x, feats[y].article)]
        if t[0] == y:
            return True
        return (len(t) > 1 and t[1] == y and feats[t[0]].article == feats[y].article
                and abs(feats[t[0]].index - feats[y].index) == 1)

    out = {}
    for (i, j), sc in scores.items():
        if sc >= settings.threshold:
            out[(i, j)] = sc
        elif sc >= settings.mutual:
            ti, tj = top[(i, feats[j].article)], top[(j, feats[i].article)]
            if (ti[0] == j and prefers(j, i)) or (tj[0] == i and prefers(i, j)):
                out[(i, j)] = sc
    return out


def group_facts(feats: Sequence[SentenceFeatures], scores: dict[tuple[int, int], float],
                settings: AlignSettings) -> list[list[int]]:
    """Average-linkage grouping with overlapping membership (see module docstring).

    Averages run over all cross-article member pairs, counting pairs missing
    from the (sparse) score table as 0. Each fact keeps, for every sentence,
    the sum of its scores to the fact's members, updated as members join, so
    the cost follows the number of scored pairs rather than the square of a
    fact's size.
    """
    art = [f.article for f in feats]
    nbr = _neighbours(scores)
    facts: list[set[int]] = []
    per_article: list[Counter[int]] = []  # members of each fact by article
    # toward[f][y]: summed scores between y and the members of fact f, kept up
    # to date as members join, so a link or a merge costs one lookup a member
    toward: list[defaultdict[int, float]] = []
    member_of: dict[int, set[int]] = defaultdict(set)

    def link(x: int, f: int) -> float:
        count = len(facts[f]) - per_article[f][art[x]]
        return toward[f].get(x, 0.0) / count if count else 0.0

    def merged(fa: int, fb: int) -> float:
        a, b = (fa, fb) if len(facts[fa]) <= len(facts[fb]) else (fb, fa)
        ca, cb = per_article[a], per_article[b]
        count = len(facts[a]) * len(facts[b]) - sum(n * cb[k] for k, n in ca.items())
        if not count:
            return 0.0
        sums = toward[b]
        return math.fsum(sums.get(x, 0.0) for x in facts[a]) / count

    def largest(fs: set[int]) -> list[int]:
        """The facts a sentence is in, biggest first, at most `settings.facts_per_sentence`:
        a sentence states a handful of propositions, and looking further only costs."""
        return sorted(fs, key=lambda f: (-len(facts[f]), f))[: settings.facts_per_sentence]

    def add(f: int, x: int) -> None:
        if x not in facts[f]:
            facts[f].add(x)
            per_article[f][art[x]] += 1
            sums = toward[f]
            for y, sc in nbr.get(x, {}).items():
                sums[y] += sc
        member_of[x].add(f)

    edges = sorted(((v, k) for k, v in _edges(feats, scores, settings).items()), reverse=True)
    for _score, (a, b) in edges:
        if member_of[a] & member_of[b]:
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
            facts.append(set())
            per_article.append(Counter())
            toward.append(defaultdict(float))
            add(len(facts) - 1, a)
            add(len(facts) - 1, b)
        elif best[1] == "merge":
            _, _, fa, fb = best
            if len(facts[fa]) < len(facts[fb]):
                fa, fb = fb, fa  # the smaller fact's members move: each one costs its neighbours
            for x in sorted(facts[fb]):
                member_of[x].discard(fb)
                add(fa, x)
            facts[fb] = set()
            per_article[fb] = Counter()
            toward[fb] = defaultdict(float)
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


def _label(members: Sequence[SentenceFeatures], linked: Sequence[tuple[int, int, float]],
           index: dict[int, int]) -> str:
    """A readable label: the opening words of the member most like the others.

    The most central wording stands for the fact in the status line and the
    command palette, where a sentence reads better than a list of keywords.
    """
    strength: Counter[int] = Counter()
    for i, j, sc in linked:
        strength[i] += sc
        strength[j] += sc
    central = max(members, key=lambda f: (strength[index[f.id]], -len(f.text), f.id))
    return _shorten(" ".join(central.text.split()), LABEL_CHARS)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"


def _neighbours(scores: dict[tuple[int, int], float]) -> dict[int, dict[int, float]]:
    """Each sentence's scored partners: the sparse table as adjacency lists."""
    nbr: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), sc in scores.items():
        nbr[i][j] = sc
        nbr[j][i] = sc
    return nbr


def _strongest_links(group: Sequence[int], linked: Sequence[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """For each member, its best-scoring partner in another outlet: enough to
    explain why every sentence is in the fact, and linear in the fact's size
    (all pairs of a fact that 300 wire copies share would be 45,000)."""
    best: dict[int, tuple[float, int, int]] = {}
    for i, j, sc in linked:
        for x in (i, j):
            if x not in best or (sc, -i, -j) > (best[x][0], -best[x][1], -best[x][2]):
                best[x] = (sc, i, j)
    return sorted({(i, j) for _, i, j in best.values()})


def align(articles: Sequence[Article], feats: Sequence[SentenceFeatures],
          settings: AlignSettings | None = None,
          progress: Callable[[float], None] | None = None,
          stats: dict[str, float] | None = None) -> list[Fact]:
    settings = settings or AlignSettings()
    weights = Weights(feats)  # one story-wide weighting for blocking, scoring and evidence
    t0 = time.perf_counter()
    pairs = candidate_pairs(feats, settings.floor if settings.blocking else None, weights)
    if not hasattr(pairs, "__len__"):
        pairs = list(pairs)
    t1 = time.perf_counter()
    scores = prune(score_all(feats, pairs, progress, floor=settings.floor, weights=weights), settings)
    t2 = time.perf_counter()
    groups = group_facts(feats, scores, settings)
    if stats is not None:
        stats["pairs_scored"] = float(len(pairs))
        stats.update({"align_block": t1 - t0, "align_score": t2 - t1, "align_group": time.perf_counter() - t2})
    nbr = _neighbours(scores)
    pos = {f.id: (f.article, f.index) for f in feats}
    index = {f.id: k for k, f in enumerate(feats)}
    groups.sort(key=lambda g: min(pos[feats[i].id] for i in g))
    facts = []
    for n, g in enumerate(groups):
        members = [feats[i] for i in g]
        inside = set(g)
        linked = [(i, j, sc) for i in g for j, sc in nbr.get(i, {}).items()
                  if i < j and j in inside and feats[i].article != feats[j].article]
        score = math.fsum(sc for _, _, sc in linked) / len(linked) if linked else 0.0
        evidence = [Evidence(feats[i].id, feats[j].id, *score_pair(feats[i], feats[j], weights))
                    for i, j in _strongest_links(g, linked)]
        facts.append(Fact(id=f"f{n}", sentences=tuple(m.id for m in members), score=score,
                          label=_label(members, linked, index), evidence=tuple(evidence)))
    if progress:
        progress(1.0)
    return facts
