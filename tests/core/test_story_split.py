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
