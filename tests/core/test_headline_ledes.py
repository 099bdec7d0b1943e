"""A headline joins the facts it is titled for: of its lede's facts, those its words match; of
the others, those it matches about as well as its best."""

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


def _matched(first: float, second: float) -> list[bool]:
    """A headline matching two body facts (one sentence each of articles 1 and 2) at `first` and
    `second`; no lede rule (no weights)."""
    spec = [[(frozenset({"h1"}), 2)], [(frozenset({"x1"}), 0), (frozenset({"y1"}), 0)],
            [(frozenset({"x2"}), 0), (frozenset({"y2"}), 0)]]
    feats = _corpus(spec)[1]
    groups = [[1, 3], [2, 4]]
    scores = {(0, 1): first, (0, 3): first, (0, 2): second, (0, 4): second, (1, 3): 0.5, (2, 4): 0.5}
    return [0 in g for g in attach_leads(feats, Table.from_dict(scores), groups, AlignSettings())]


def test_a_headline_joins_a_second_fact_only_when_it_matches_it_about_as_well() -> None:
    """"Cedar Ridge fire destroys 73 homes" matches the homes fact well and the acreage fact at
    under half that, on the fire's name alone: it states the first."""
    from reader.align.leads import LEAD_RATIO

    s = AlignSettings()
    assert 0.18 >= max(s.mutual, s.join) and 0.18 < LEAD_RATIO * 0.40 <= 0.22
    assert _matched(0.40, 0.18) == [True, False]
    assert _matched(0.18, 0.40) == [False, True]
    assert _matched(0.40, 0.22) == [True, True]


def test_a_headline_joins_facts_only_through_articles_named_alike_with_its_own() -> None:
    """Two shootings' headlines of one kind match each other's facts: a headline is scored only
    against members of articles that name something in common with its own (or that another
    article ties to it), so the other event's fact is not joined."""
    from reader.align.naming import Naming

    spec = [[(frozenset({"h1", "@e1"}), 2), (frozenset({"@e1", "w5"}), 0)],  # event one: headline, lede
            [(frozenset({"@e1", "w6"}), 0), (frozenset({"x1"}), 0)],
            [(frozenset({"@e2", "w7"}), 0), (frozenset({"x1"}), 0)],  # event two, named otherwise
            [(frozenset({"@e2", "w8"}), 0), (frozenset({"x1"}), 0)]]
    feats = _corpus(spec)[1]
    other = [5, 7]  # the second event's fact, the headline matching both members at 0.4
    scores = {(0, 5): 0.4, (0, 7): 0.4, (5, 7): 0.5}
    table = Table.from_dict(scores)
    assert 0 in attach_leads(feats, table, [other], AlignSettings())[0]
    naming = Naming(feats)
    assert not naming.row(0)[2] and naming.row(0)[1]
    assert 0 not in attach_leads(feats, table, [other], AlignSettings(), alike=naming.row)[0]
