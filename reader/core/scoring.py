"""Pair scoring: how alike two sentences of different articles are, for the aligner.

Each pair's score is an IDF-weighted Dice coefficient over content lemmas
(linked entities and numbers included), cut when two sentences quote
different words or different speakers (`match_score`), with named
components kept so a match can be explained (`score_pair`). `score_all` and
`prune` are the one-pair-at-a-time reference; `score_blocked` computes the
same table with numpy over the candidates of reader.core.blocking, a block of
sentences at a time, and is what the aligner uses.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from .features import SentenceFeatures
from .participants import conflict
from .settings import AlignSettings

QUOTE_MISMATCH = 0.6
QUOTE_PENALTY = 0.6
SPEAKER_PENALTY = 0.5
PARTICIPANT_PENALTY = 0.2  # low enough that a near-copy with another participant stays below `mutual`
SCORE_DIGITS = 9  # pair scores are rounded to this many places (see `quantize`)
ENTITY_WEIGHT = 1.3
#: A shared WordNet sense ("~n07428954", reader.core.synonyms) weighs this much of a
#: word of the same rarity: a synonym is evidence, but less than the same word.
#: a word's own term then weighs 1 - SENSE_WEIGHT, so that a word with its sense weighs what
#: a word weighed alone and names and numbers keep their share of a sentence's weight.
SENSE_WEIGHT = 0.25


def _factor(term: str, senses: bool) -> float:
    c = term[0]
    if c == "@":
        return ENTITY_WEIGHT
    if c == "~":
        return SENSE_WEIGHT
    return 1.0 - SENSE_WEIGHT if senses and c != "#" else 1.0


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
        body = [f for f in feats if not f.lead]  # headlines repeat the body's words: they say nothing of rarity
        for f in body:
            df.update(f.lemmas)
        n = max(1, len(body))
        senses = any(t[0] == "~" for t in df)  # WordNet data present (reader.core.synonyms)
        self.idf = {t: math.log((n + 1) / (c + 0.5)) * _factor(t, senses) for t, c in df.items()}
        self.default = math.log(n + 1)

    def of(self, terms: Iterable[str]) -> float:
        """Summed weight; `fsum` so the result does not depend on the order in
        which a set of terms happens to iterate (it varies between runs)."""
        idf = self.idf
        return math.fsum(idf.get(t, self.default) for t in terms)


def match_score(a: SentenceFeatures, b: SentenceFeatures, weights: Weights,
                wa: float | None = None, wb: float | None = None, ws: float | None = None) -> float:
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
    ws = weights.of(shared) if ws is None else ws
    score = 2 * ws / (wa + wb) if wa + wb else 0.0
    if a.quotes and b.quotes and _quote_similarity(a, b) < QUOTE_MISMATCH:
        score *= QUOTE_PENALTY
    if a.speakers and b.speakers and a.speakers.isdisjoint(b.speakers):
        # two different people's words, however alike
        score *= SPEAKER_PENALTY
    if a.roles and b.roles and conflict(a.roles, b.roles, a.lemmas, b.lemmas) is not None:
        # the same verb with different people, places or numbers in one slot: another fact
        score *= PARTICIPANT_PENALTY
    return score


def _quote_similarity(a: SentenceFeatures, b: SentenceFeatures) -> float:
    best = 0.0
    for qa in a.quotes:
        for qb in b.quotes:
            if min(len(qa), len(qb)) >= 12:
                best = max(best, fuzz.partial_ratio(qa, qb) / 100.0)
    return best


def score_pair(a: SentenceFeatures, b: SentenceFeatures, weights: Weights,
               wa: float | None = None, wb: float | None = None) -> tuple[float, dict[str, float]]:
    """The score of one pair with its components, to explain a match (`wa`, `wb`:
    the sentences' summed weights, when the caller has them)."""
    shared = a.lemmas & b.lemmas
    ws = weights.of(shared)
    wa = weights.of(a.lemmas) if wa is None else wa
    wb = weights.of(b.lemmas) if wb is None else wb
    comp = {
        "words": 2 * ws / (wa + wb) if wa + wb else 0.0,
        "containment": ws / min(wa, wb) if min(wa, wb) else 0.0,
        "wording": fuzz.token_sort_ratio(a.norm, b.norm) / 100.0,
        "quote": _quote_similarity(a, b),
        "entities": float(len(a.entities & b.entities)),
        "numbers": float(len(a.numbers & b.numbers)),
        "participants_differ": float(conflict(a.roles, b.roles, a.lemmas, b.lemmas) is not None),
    }
    comp["score"] = match_score(a, b, weights, wa, wb, ws)
    return comp["score"], comp


def candidate_pairs(feats: Sequence[SentenceFeatures], floor: float | None = None,
                    weights: Weights | None = None) -> Iterable[tuple[int, int]]:
    """Every cross-article pair (the reference), or with `floor` only the pairs
    whose score can reach it (see reader.core.blocking)."""
    if floor is not None:
        from .blocking import blocked_pairs

        return blocked_pairs(feats, weights or Weights(feats), floor)
    return all_pairs(feats)


def all_pairs(feats: Sequence[SentenceFeatures]) -> Iterable[tuple[int, int]]:
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
    roled = np.fromiter((bool(f.roles) for f in feats), dtype=bool, count=n)
    slots = _membership(feats, lambda f: {(verb, slot) for verb, slot, _ in f.roles}) if roled.any() else None
    leads = np.fromiter((f.lead for f in feats), dtype=np.int64, count=n)
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
        if slots is not None:
            _participants_apart(feats, slots, roled[i] & roled[j] & (sc >= settings.floor - 1e-9), i, j, sc)
        sc = quantize(sc)
        ok = (sc > 0) & (sc >= settings.floor)
        count = int(i.shape[0])
        i, j, sc = i[ok], j[ok], sc[ok]
        keep = sc >= settings.threshold
        weak = np.flatnonzero(~keep)
        if weak.size:
            # each row's `keep` best weak partners, by score then partner index; a
            # histogram of each row's scores first narrows the sort to its best few
            # (rows are (sentence, partner is a headline) pairs: see `prune`)
            row = 2 * i + leads[j]
            weak = weak[_near_top(row[weak] - 2 * block.start, sc[weak], 2 * (block.end - block.start),
                                  settings.keep)]
            order = weak[np.lexsort((j[weak], -sc[weak], row[weak]))]
            keep[order[rank_in_runs(row[order]) < settings.keep]] = True
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


def _participants_apart(feats: Sequence[SentenceFeatures], slots, mask: np.ndarray, i: np.ndarray, j: np.ndarray,
                        sc: np.ndarray) -> None:
    """Scores down, in place, the pairs of `mask` whose sentences fill one verb slot
    with different participants; only pairs that share a filled slot are checked."""
    both = np.flatnonzero(mask)
    if both.size:
        both = both[np.asarray(slots[i[both]].multiply(slots[j[both]]).sum(axis=1)).ravel() > 0]
    for k in both.tolist():
        a, b = feats[int(i[k])], feats[int(j[k])]
        if conflict(a.roles, b.roles, a.lemmas, b.lemmas) is not None:
            sc[k] *= PARTICIPANT_PENALTY


def _workers(n: int) -> int:
    """Threads for scoring: one for small stories (no pool overhead), else the cores."""
    import os

    return 1 if n < 20_000 else max(1, min(4, os.cpu_count() or 1))


def rank_in_runs(keys: np.ndarray) -> np.ndarray:
    """For sorted `keys`, each entry's position within its run of equal keys
    (0 for the first): with entries sorted by key then preference, the rank."""
    first = np.r_[0, np.flatnonzero(keys[1:] != keys[:-1]) + 1]
    return np.arange(keys.size) - np.repeat(first, np.diff(np.r_[first, keys.size]))


def _near_top(rows: np.ndarray, scores: np.ndarray, n_rows: int, keep: int, bins: int = 1024) -> np.ndarray:
    """Mask of the entries at or above the histogram bucket of their row's
    `keep`-th best score: every row's `keep` best, and a few ties."""
    bucket = np.minimum((scores * bins).astype(np.int64), bins - 1)
    counts = np.bincount(rows * bins + bucket, minlength=n_rows * bins).reshape(n_rows, bins)
    reached = counts[:, ::-1].cumsum(axis=1) >= keep
    level = np.where(reached[:, -1], bins - 1 - np.argmax(reached, axis=1), 0)
    return bucket >= level[rows]


def _speaker_matrix(feats: Sequence[SentenceFeatures]):
    return _membership(feats, lambda f: f.speakers)


def _membership(feats: Sequence[SentenceFeatures], items: Callable[[SentenceFeatures], Iterable]):
    """Sentences × items (speakers, verb slots) as a sparse 0/1 matrix."""
    from scipy import sparse

    ids: dict[object, int] = {}
    rows, cols = [], []
    for k, f in enumerate(feats):
        for s in sorted(items(f)):
            rows.append(k)
            cols.append(ids.setdefault(s, len(ids)))
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), max(1, len(ids))))
