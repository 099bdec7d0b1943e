"""Pair scoring: how alike two sentences of different articles are, for the aligner.

Each pair's score is an IDF-weighted Dice coefficient over content lemmas
(linked entities and numbers included), cut when two sentences quote
different words or different speakers (`match_score`), with named
components kept so a match can be explained (`score_pair`). `score_all` and
`prune` are the one-pair-at-a-time reference; `score_blocked` computes the
same table with numpy over the candidates of reader.align.blocking, a block of
sentences at a time, and is what the aligner uses; given an engine
(reader.parallel), its blocks are scored there, by the same `_BlockScorer`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from reader.language.participants import conflict
from reader.parallel import Engine, run_map
from reader.settings import AlignSettings

from .blocking import TermMatrix, block_starts, candidate_block
from .features import SentenceFeatures, Weights, quote_partners, quote_runs
from .pruning import kth_best, pruned

#: Two sentences that both quote are penalised (`QUOTE_PENALTY`) when their quotes are less alike
#: than this (rapidfuzz partial ratio): two statements, not one. Outlets translating or
#: paraphrasing one statement (a foreign official's words, a long statement cut) render
#: it in other words, and two such renderings score 0.55 to 0.6.
QUOTE_MISMATCH = 0.55
#: Half a score for two different statements: one speaker's two quotes share the speaker, the
#: setting and often the topic's words, and at 0.6 such a pair still reached a weak match.
QUOTE_PENALTY = 0.5
SPEAKER_PENALTY = 0.5
PARTICIPANT_PENALTY = 0.2  # low enough that a near-copy with another participant stays below `mutual`
#: Two sentences that quote one run of `features.QUOTE_RUN` words report one statement, whatever
#: words they put around it or whom they name as its speaker (a drift the comparisons show):
#: such a pair scores at least this, a match on its own at the default threshold, unless a
#: verb slot names different participants (another event's stock phrase).
QUOTE_RUN_SCORE = 0.4
SCORE_DIGITS = 9  # pair scores are rounded to this many places (see `quantize`)


def match_score(a: SentenceFeatures, b: SentenceFeatures, weights: Weights,
                wa: float | None = None, wb: float | None = None, ws: float | None = None) -> float:
    """The score of one pair, alone: what matching and grouping use.

    IDF-weighted Dice over content lemmas (entities and numbers included), cut
    when both sentences quote someone but not the same words: shared topic
    words around two different quotes are weak evidence.
    """
    shared = frozenset(a.terms).intersection(b.terms)
    if not shared:
        return 0.0
    wa = weights.of(a.terms) if wa is None else wa
    wb = weights.of(b.terms) if wb is None else wb
    ws = weights.of(shared) if ws is None else ws
    score = 2 * ws / (wa + wb) if wa + wb else 0.0
    if a.quotes and b.quotes and _quote_similarity(a, b) < QUOTE_MISMATCH:
        score *= QUOTE_PENALTY
    if a.speakers and b.speakers and a.speakers.isdisjoint(b.speakers):
        # two different people's words, however alike
        score *= SPEAKER_PENALTY
    if a.roles and b.roles and conflict(a.roles, b.roles, a.lemmas, b.lemmas) is not None:
        # the same verb with different people, places or organisations in one slot: another fact
        return score * PARTICIPANT_PENALTY
    if a.quotes and b.quotes and not quote_runs(a).isdisjoint(quote_runs(b)):
        return max(score, QUOTE_RUN_SCORE)
    return score


def _quote_similarity(a: SentenceFeatures, b: SentenceFeatures) -> float:
    best = 0.0
    for qa in a.quotes:
        for qb in b.quotes:
            if min(len(qa), len(qb)) >= 12:
                best = max(best, fuzz.partial_ratio(qa, qb) / 100.0)
    return best


def score_pair(a: SentenceFeatures, b: SentenceFeatures, weights: Weights,
               wa: float | None = None, wb: float | None = None,
               sa: str | None = None, sb: str | None = None) -> tuple[float, dict[str, float]]:
    """The score of one pair with its components, to explain a match (`wa`, `wb`:
    the sentences' summed weights, `sa`, `sb`: their `sorted_words`, when the
    caller has them)."""
    shared = frozenset(a.terms).intersection(b.terms)
    ws = weights.of(shared)
    wa = weights.of(a.terms) if wa is None else wa
    wb = weights.of(b.terms) if wb is None else wb
    comp = {
        "words": 2 * ws / (wa + wb) if wa + wb else 0.0,
        "containment": ws / min(wa, wb) if min(wa, wb) else 0.0,
        "wording": (fuzz.token_sort_ratio(a.norm, b.norm) if sa is None or sb is None
                    else fuzz.ratio(sa, sb)) / 100.0,
        "quote": _quote_similarity(a, b),
        "entities": float(len(a.entities & b.entities)),
        "numbers": float(len(a.numbers & b.numbers)),
        "participants_differ": float(bool(a.roles and b.roles)
                                     and conflict(a.roles, b.roles, a.lemmas, b.lemmas) is not None),
    }
    if a.quotes and b.quotes and not quote_runs(a).isdisjoint(quote_runs(b)):
        comp["quote_run"] = 1.0  # only when true, so that other pairs' evidence reads as before
    comp["score"] = match_score(a, b, weights, wa, wb, ws)
    return comp["score"], comp


def sorted_words(f: SentenceFeatures) -> str:
    """The sentence's words in sorted order: what `fuzz.token_sort_ratio` compares, so a
    sentence in many pairs is split and sorted once. The same as the ratio's own split:
    `norm` is word characters separated by single spaces (`reader.text.normalise`)."""
    return " ".join(sorted(f.norm.split()))


def quantize(scores: np.ndarray | Sequence[float]) -> np.ndarray:
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

    def neighbours(self) -> Neighbours:
        """Each sentence's scored partners: the table as adjacency maps, partners in order."""
        return Neighbours(self)


class Neighbours:
    """The table's pairs in both directions, sorted, in arrays; `get(x)` builds x's map of
    partner -> score when first asked, and keeps it. A dict of dicts of every pair was about
    100 bytes a pair, and grouping asks for the partners of the sentences in facts only."""

    def __init__(self, table: Table) -> None:
        x, y, s = np.r_[table.i, table.j], np.r_[table.j, table.i], np.r_[table.score, table.score]
        # one int64 key per (x, y): sorting it is the lexicographic order, and faster than lexsort
        order = np.argsort(x * (int(y.max()) + 1) + y, kind="stable") if x.size else x
        self.x, self.y, self.s = x[order], y[order], s[order]
        self.known: dict[int, dict[int, float] | None] = {}
        # where each node's partners start, for all nodes at once: one search per node cost more
        self.bounds: list[int] = np.searchsorted(self.x, np.arange(int(self.x[-1]) + 2)).tolist() if x.size else [0]

    def get(self, node: int, default: Any = None) -> Any:
        """`node`'s partners in order, with their scores (one dict, not to be changed);
        `default` if none."""
        try:
            got = self.known[node]
        except KeyError:
            bounds = self.bounds
            a, b = (bounds[node], bounds[node + 1]) if 0 <= node < len(bounds) - 1 else (0, 0)
            got = dict(zip(self.y[a:b].tolist(), self.s[a:b].tolist(), strict=True)) if b > a else None
            self.known[node] = got
        return default if got is None else got


def score_blocked(feats: Sequence[SentenceFeatures], weights: Weights, settings: AlignSettings,
                  progress: Callable[[float], None] | None = None,
                  stats: dict[str, float] | None = None, engine: Engine | None = None) -> Table:
    """`prune(score_all(...))` over the blocked candidates, computed with numpy a
    block of sentences at a time.

    A block scores each candidate pair of its sentences with a later one, so
    every pair once. A sentence's `keep` best weak pairs are chosen when all
    blocks are in; blocks run from the last, and each keeps only the pairs that
    may be among a row's best (`_BlockScorer._may_keep`), so what is held until
    then follows the story's size, not its pairs. With `engine`, the blocks are
    scored on its workers, the scorer (features, term matrix) sent once to
    each: a block's bound only leaves out pairs that cannot be among a row's
    best, so wherever and in whatever order blocks ran, the same table.
    """
    from concurrent.futures import ThreadPoolExecutor

    n = len(feats)
    empty = Table(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    if n < 2:
        return empty
    tm = TermMatrix(feats, weights)
    score_block = _BlockScorer(feats, tm, settings, weights)

    lefts, rights, values = [], [], []
    candidates = 0
    # numpy and scipy release the GIL in their loops, so blocks overlap on several cores;
    # one worker runs here (a pool thread gets a malloc arena of its own, which keeps what it freed)
    workers = _workers(n)
    # the last block first: a block's rows then bound the pairs that earlier blocks keep
    blocks = block_starts(tm)[::-1]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        if engine is not None:
            scored: Iterable[_Scored] = run_map(engine, score_blocks, blocks, score_block)
        else:
            scored = pool.map(score_block, blocks) if workers > 1 else map(score_block, blocks)
        for done, (count, left, right, value, _end) in enumerate(scored, 1):
            candidates += count
            lefts.append(left)
            rights.append(right)
            values.append(value)
            if progress:
                progress(0.8 * done / len(blocks))
        lefts.reverse()
        rights.reverse()
        values.reverse()
        if stats is not None:
            stats["pairs_scored"] = float(candidates)
        if not lefts:
            return empty
        left, right, value = np.concatenate(lefts), np.concatenate(rights), np.concatenate(values)
        bounds = [lo for lo, _ in block_starts(tm)] + [n]
        starts = np.r_[0, np.cumsum([x.size for x in lefts])].tolist()
        del lefts, rights, values
        keep = pruned(left, right, value, bounds, starts, score_block.leads, settings,
                       pool.map if workers > 1 else map)
    code, value = left[keep].astype(np.int64) * n + right[keep], value[keep]
    order = np.argsort(code)  # each pair once: sorted, the reference's key order
    return Table(code[order] // n, code[order] % n, value[order])


_Scored = tuple[int, np.ndarray, np.ndarray, np.ndarray, int]


def score_blocks(rows: Sequence[tuple[int, int]], scorer: _BlockScorer) -> list[_Scored]:
    """Some blocks, by their (start, end) rows: what an engine's worker runs."""
    return [scorer(r) for r in rows]


class _BlockScorer:
    """Scores, penalises, quantises and prunes the candidates of one block of rows."""

    def __init__(self, feats: Sequence[SentenceFeatures], tm: TermMatrix, settings: AlignSettings,
                 weights: Weights) -> None:
        n = len(feats)
        self.feats, self.tm, self.settings, self.weights = feats, tm, settings, weights
        self.quote_partners = quote_partners(feats)
        self.quoting = np.zeros(n, dtype=bool)
        self.quoting[list(self.quote_partners)] = True
        self.quoted = np.fromiter((bool(f.quotes) for f in feats), dtype=bool, count=n)
        self.speaking = np.fromiter((bool(f.speakers) for f in feats), dtype=bool, count=n)
        self.speakers = _membership(feats, lambda f: f.speakers) if self.speaking.any() else None
        self.roled = np.fromiter((bool(f.roles) for f in feats), dtype=bool, count=n)
        self.slots = (_membership(feats, lambda f: {(verb, slot) for verb, slot, _ in f.roles})
                      if self.roled.any() else None)
        self.leads = np.fromiter((f.lead for f in feats), dtype=np.int64, count=n)
        self.qsim: dict[tuple[int, int], float] = {}
        # each row's `keep`-th best score among its partners after it, once its block is scored
        # (-inf before): a lower bound of its final one (see `_may_keep`)
        self.lowest = np.full(2 * n, -np.inf)

    def __call__(self, rows: tuple[int, int]) -> _Scored:
        tm, settings = self.tm, self.settings
        block = candidate_block(tm, settings.floor, *rows, upper=True)  # each pair once, as (i < j)
        i, j = block.i, block.j
        sc = 2.0 * block.shared / (tm.total[i] + tm.total[j])
        self._penalise(i, j, sc)
        if self.quote_partners:
            i, j, sc = self._quoting(i, j, sc, block.start, block.end)
        sc = quantize(sc)
        ok = np.flatnonzero((sc > 0) & (sc >= settings.floor))
        # a row's best are chosen once every block is in (`pruning.pruned`), as a row's partners before
        # it come from other blocks; here, only the pairs that can be among them are kept
        ok = ok[self._may_keep(i[ok], j[ok], sc[ok], block.start, block.end)]
        return int(i.shape[0]), i[ok].astype(np.int32), j[ok].astype(np.int32), sc[ok], block.end

    def _may_keep(self, i: np.ndarray, j: np.ndarray, sc: np.ndarray, start: int, end: int) -> np.ndarray:
        """Mask of the pairs that reach the threshold or may be among the `keep` best of one
        of their rows: a row's `keep`-th best score over some of its pairs (its partners in
        this block; `lowest` of a later block's rows, known when that block is done) bounds its
        final one from below, and a pair under both its rows' bounds is not among their best."""
        keep = sc >= self.settings.threshold
        weak = np.flatnonzero(~keep)
        if weak.size:
            rows = 2 * i[weak] + self.leads[j[weak]]
            mine = kth_best(rows - 2 * start, sc[weak], 2 * (end - start), self.settings.keep)
            self.lowest[2 * start:2 * end] = mine  # the block's own rows: theirs alone write them
            seconds = 2 * j[weak] + self.leads[i[weak]]
            keep[weak] = (sc[weak] >= mine[rows - 2 * start]) | (sc[weak] >= self.lowest[seconds])
        return keep

    def _quoting(self, i: np.ndarray, j: np.ndarray, sc: np.ndarray, start: int,
                 end: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The pairs of the block's rows that quote one run of words, as `match_score` scores
        them: raised to `QUOTE_RUN_SCORE` when proposed; when not, their words are below the
        floor (blocking's bound), so they score `QUOTE_RUN_SCORE` if they share a word and
        no verb slot names different participants, and are left out otherwise."""
        feats, n, partners = self.feats, len(self.feats), self.quote_partners
        both = np.flatnonzero(self.quoting[i] & self.quoting[j])
        at = dict(zip((i[both] * n + j[both]).tolist(), both.tolist(), strict=True))
        sc = sc.copy()
        xs, ys = [], []
        for x in range(start, end):
            for y in partners.get(x, ()):
                if y < x:
                    continue  # the pair is scored in y's block
                a, b = feats[x], feats[y]
                k = at.get(x * n + y)
                if k is None and frozenset(a.terms).isdisjoint(b.terms):
                    continue
                if a.roles and b.roles and conflict(a.roles, b.roles, a.lemmas, b.lemmas) is not None:
                    continue
                if k is None:
                    xs.append(x)
                    ys.append(y)
                else:
                    sc[k] = max(sc[k], QUOTE_RUN_SCORE)
        if not xs:
            return i, j, sc
        return (np.r_[i, np.asarray(xs, dtype=np.int64)], np.r_[j, np.asarray(ys, dtype=np.int64)],
                np.r_[sc, np.full(len(xs), QUOTE_RUN_SCORE)])

    def _penalise(self, i: np.ndarray, j: np.ndarray, sc: np.ndarray) -> None:
        """Lower, in place, the pairs that quote different words or different speakers."""
        qsim, feats = self.qsim, self.feats
        both = self.quoted[i] & self.quoted[j] & (sc >= self.settings.floor - 1e-9)
        for k in np.flatnonzero(both).tolist():
            a, b = int(i[k]), int(j[k])
            key = (a, b) if a < b else (b, a)
            if key not in qsim:
                qsim[key] = _quote_similarity(feats[key[0]], feats[key[1]])
            if qsim[key] < QUOTE_MISMATCH:
                sc[k] *= QUOTE_PENALTY
        if self.speakers is not None:
            speaking, speakers = self.speaking, self.speakers
            both = np.flatnonzero(speaking[i] & speaking[j])
            if both.size:
                common = np.asarray(speakers[i[both]].multiply(speakers[j[both]]).sum(axis=1)).ravel()
                apart = both[common == 0]
                sc[apart] *= SPEAKER_PENALTY
        if self.slots is not None:
            self._participants_apart(i, j, sc)

    def _participants_apart(self, i: np.ndarray, j: np.ndarray, sc: np.ndarray) -> None:
        """Lower, in place, the pairs whose sentences fill one verb slot with different
        participants; only pairs that share a filled slot are checked."""
        slots, feats = self.slots, self.feats
        assert slots is not None
        both = np.flatnonzero(self.roled[i] & self.roled[j] & (sc >= self.settings.floor - 1e-9))
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


def _membership(feats: Sequence[SentenceFeatures], items: Callable[[SentenceFeatures], Iterable[Any]]) -> Any:
    """Sentences × items (speakers, verb slots) as a sparse 0/1 matrix."""
    from scipy import sparse

    ids: dict[object, int] = {}
    rows, cols = [], []
    for k, f in enumerate(feats):
        for s in sorted(items(f)):
            rows.append(k)
            cols.append(ids.setdefault(s, len(ids)))
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), max(1, len(ids))))
