"""Two bursts of one group, weeks apart, that share neither participants nor what happened."""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse

from reader.stories.split import split_bursts

# one group of six: three articles on day 0, three on day 20
LABELS = [0] * 6
DAYS = [0.0, 0.0, 1.0, 20.0, 20.0, 21.0]


def _rows(rows: list[list[float]]) -> sparse.csr_matrix:
    return sparse.csr_matrix(np.array(rows, dtype=np.float64))


def _split(names: list[list[float]], events: list[list[float]], days: list[float] = DAYS) -> list[int]:
    return split_bursts(LABELS, days, _rows(names), _rows(events), min_gap=7, max_names=1, max_event=0.15,
                        min_side=3)


NO_NAMES = [[0, 0]] * 6
APART = [[1, 0]] * 3 + [[0, 1]] * 3  # the two bursts' event words differ
ALIKE = [[1, 0.2]] * 3 + [[1, 0]] * 3


def test_two_bursts_that_share_nothing_of_the_event_are_two_stories() -> None:
    assert _split(NO_NAMES, APART) == [0, 0, 0, 3, 3, 3]


def test_a_follow_up_naming_the_same_people_or_telling_the_same_event_stays() -> None:
    two_names = [[1, 1]] * 6  # the victims named in both bursts
    assert _split(two_names, APART) == LABELS
    assert _split(NO_NAMES, ALIKE) == LABELS


def test_close_dates_small_bursts_or_an_undated_article_leave_the_group_whole() -> None:
    assert _split(NO_NAMES, APART, [0.0, 0.0, 1.0, 5.0, 5.0, 6.0]) == LABELS  # 4 days apart
    assert _split(NO_NAMES, APART, [0.0, 0.0, 20.0, 20.0, 20.0, 21.0]) == LABELS  # two before the gap
    assert _split(NO_NAMES, APART, DAYS[:5] + [math.nan]) == LABELS


def test_each_side_is_labelled_by_its_smallest_member() -> None:
    days = [20.0, 20.0, 21.0, 0.0, 0.0, 1.0]  # the later burst holds the group's first index
    events = [[0, 1]] * 3 + [[1, 0]] * 3
    assert _split(NO_NAMES, events, days) == [0, 0, 0, 3, 3, 3]


def _links(within: float, across: float) -> sparse.csr_matrix:
    sides = [k // 3 for k in range(6)]
    return _rows([[0.0 if a == b else within if sides[a] == sides[b] else across for b in range(6)]
                  for a in range(6)])


def test_two_developments_sharing_the_topic_but_linked_apart_are_two_stories() -> None:
    """A summit announced, then held: the same topic words, but each day's reports link to one
    another far more than across the weeks."""
    def split(links: sparse.csr_matrix, names: list[list[float]] = NO_NAMES) -> list[int]:
        return split_bursts(LABELS, DAYS, _rows(names), _rows(ALIKE), min_gap=7, max_names=1, max_event=0.15,
                            min_side=3, links=links, max_cohesion=0.33)
    assert split(_links(0.5, 0.1)) == [0, 0, 0, 3, 3, 3]
    assert split(_links(0.5, 0.3)) == LABELS  # a follow-up that still links as its first days do
    assert split(_links(0.5, 0.1), [[1, 1]] * 6) == LABELS  # the same participants named
    assert split(_links(0.0, 0.0)) == LABELS


def test_by_default_two_shared_names_are_not_yet_a_follow_up() -> None:
    """A public figure's two events months apart share the figure's name and a description of
    them ("the state's governor"); a follow-up names its victims, witnesses and suspect again."""
    from reader.stories import StorySettings

    def split(names: list[list[float]]) -> list[int]:
        return split_bursts(LABELS, DAYS, _rows(names), _rows(APART), min_gap=7,
                            max_names=StorySettings().burst_names, max_event=0.15, min_side=3)
    assert split([[1, 1, 0]] * 6) == [0, 0, 0, 3, 3, 3]
    assert split([[1, 1, 1]] * 6) == LABELS
