"""A headline joins the facts of its own lede it is titled for, not every fact the lede is in."""

from __future__ import annotations

from reader.align.features import Weights
from reader.align.leads import attach_leads
from reader.align.scoring import Table
from reader.settings import AlignSettings

from .test_blocking import _corpus


def _joined(to_first: float, to_second: float) -> list[bool]:
    """Article 0: a headline and its lede; the lede is in two body facts, each with one sentence
    of article 1, which the headline matches at `to_first` and `to_second` (under `mutual`:
    only the lede rule can place the headline)."""
    spec = [[(frozenset({"h1", "h2"}), 2), (frozenset({"h1", "h2", "l3"}), 0)],
            [(frozenset({"x1"}), 0), (frozenset({"y1"}), 0)]]
    arts, feats = _corpus(spec)
    assert feats[0].lead and not feats[1].lead
    groups = [[1, 2], [1, 3]]
    scores = {(0, 2): to_first, (0, 3): to_second, (1, 2): 0.4, (1, 3): 0.4}
    out = attach_leads(feats, Table.from_dict(scores), groups, AlignSettings(), Weights(feats))
    return [0 in g for g in out]


def test_a_headline_joins_the_lede_fact_it_matches_best() -> None:
    """A lede that states two facts is titled for the one the headline's words match; joined to
    both, the headline ties the other to facts it does not state."""
    s = AlignSettings()
    assert 0.12 < s.mutual and 0.12 < s.join
    assert _joined(0.12, 0.05) == [True, False]
    assert _joined(0.05, 0.12) == [False, True]


def test_a_headline_joins_every_lede_fact_it_matches_at_join() -> None:
    s = AlignSettings()
    assert s.join <= 0.15 < 0.16 < s.mutual
    assert _joined(0.16, 0.15) == [True, True]
