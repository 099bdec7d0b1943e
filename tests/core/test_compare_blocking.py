"""The comparisons skip pairs only when a bound says they cannot count: the same
results as comparing every pair."""

from __future__ import annotations

import random

from reader.compare.quotes import _SIM_FLOOR, _candidate_pairs
from reader.compare.worddiff import _medoid_all, medoid
from reader.language.quotes import quote_similarity

WORDS = "a b c d e f g h the of said we will".split()


def _seq(rng: random.Random, base: list[str]) -> list[str]:
    if rng.random() < 0.5:
        out = list(base)
        for _ in range(rng.randint(0, 3)):
            if out:
                out[rng.randrange(len(out))] = rng.choice(WORDS)
        return out
    return [rng.choice(WORDS) for _ in range(rng.randint(0, 12))]


def test_medoid_is_the_member_a_full_scan_picks() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        base = [rng.choice(WORDS) for _ in range(rng.randint(0, 12))]
        seqs = [_seq(rng, base) for _ in range(rng.randint(1, 14))]
        assert medoid(seqs) == _medoid_all(seqs)


def test_quote_candidates_hold_every_pair_that_can_group() -> None:
    rng = random.Random(11)
    for _ in range(300):
        base = [rng.choice(WORDS) for _ in range(rng.randint(1, 12))]
        norms = [" ".join(_seq(rng, base)) or "a" for _ in range(rng.randint(2, 10))]
        arts = [f"a{rng.randint(0, 3)}" for _ in norms]
        got = set(_candidate_pairs(norms, arts))
        for i in range(len(norms)):
            for j in range(i + 1, len(norms)):
                if arts[i] != arts[j] and quote_similarity(norms[i], norms[j]) >= _SIM_FLOOR:
                    assert (i, j) in got, (norms[i], norms[j])
        assert got == set(sorted(got)) and all(arts[i] != arts[j] and i < j for i, j in got)
