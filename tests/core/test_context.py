"""A pair too weak to be a guess on its words, next to a near-match in both articles,
is raised so that it can be one (reader.align.context)."""

from __future__ import annotations

import numpy as np

from reader.align.context import ANCHOR, CONTEXT_BONUS, with_context
from reader.align.features import SentenceFeatures
from reader.align.scoring import Table
from reader.settings import AlignSettings


def _feats(lead: int | None = None, articles: int = 2) -> list[SentenceFeatures]:
    """Articles of three sentences each: 0-2, 3-5, ..."""
    return [SentenceFeatures(id=f"s{k}", article=k // 3, index=k % 3, text=f"sentence {k}", terms=(),
                             entities=frozenset(), numbers=frozenset(), quotes=(), lead=k == lead)
            for k in range(3 * articles)]


def _scores(feats: list[SentenceFeatures], pairs: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    return with_context(feats, Table.from_dict(pairs), AlignSettings()).as_dict()


def test_the_pair_after_a_near_match_is_raised_and_others_are_not():
    s = AlignSettings()
    pairs = {(0, 3): ANCHOR, (1, 4): 0.12, (1, 5): 0.12, (2, 5): 0.13, (0, 4): 0.2}
    got = _scores(_feats(), pairs)
    assert got[1, 4] == round(0.12 + CONTEXT_BONUS, 9) and s.mutual <= got[1, 4] < s.threshold
    assert got[1, 5] == 0.12  # not the next sentence in both articles
    assert got[2, 5] == 0.13  # its neighbours (1, 4) score too little on their words
    assert got[0, 4] == 0.2  # already a possible guess: raising it could outrank a better partner


def test_the_pair_before_a_near_match_is_raised_too():
    got = _scores(_feats(), {(1, 4): 0.3, (0, 3): 0.11})
    assert got[0, 3] > 0.11


def test_no_context_from_a_weaker_neighbour_a_headline_or_across_articles():
    assert _scores(_feats(), {(0, 3): ANCHOR - 0.01, (1, 4): 0.12})[1, 4] == 0.12
    # a headline (sentence 3) is no neighbour and gets no bonus: headlines join facts later
    assert _scores(_feats(lead=3), {(0, 3): 0.5, (1, 4): 0.12})[1, 4] == 0.12
    # sentence 2 is not before sentence 3: 3 opens another article
    got = _scores(_feats(articles=3), {(2, 5): 0.5, (3, 6): 0.12, (4, 7): 0.12})
    assert got[3, 6] == 0.12 and got[4, 7] == 0.12


def test_the_table_is_kept_as_it_is_when_nothing_is_near():
    table = Table.from_dict({(0, 3): 0.12, (1, 5): 0.11})
    assert with_context(_feats(), table, AlignSettings()) is table
    assert np.array_equal(with_context(_feats(), table, AlignSettings(), bonus=0).score, table.score)
