"""Two developments of one running story, weeks apart, are two stories.

Average linkage joins two groups whose articles share a public figure and a topic: a summit
announced, then held three weeks later; an official's two hearings. What a story's follow-up
shares with its first days is the event's own participants (a victim's, a suspect's full name)
or what happened (the same rare words and numbers). So a story whose articles fall in two bursts
at least `min_gap` days apart is cut in two there when the bursts share at most `max_names` rare
full names that are not a well-known participant of several events, and either their words and
numbers that say what happened a cosine under `max_event`, or links across the gap far weaker
than within each side (a mean under `max_cohesion` times the weaker side's own): each development
told by its own reports of its day, which word one another's event and only share the topic with
the other's.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import sparse


def split_bursts(labels: list[int], days: list[float], names: sparse.csr_matrix, events: sparse.csr_matrix,
                 min_gap: float, max_names: int, max_event: float, min_side: int = 2,
                 links: sparse.csr_matrix | None = None, max_cohesion: float = 0.0) -> list[int]:
    """`labels` with each group cut at its widest date gap when the two sides share too little
    (`names`: 0/1 rare full names per article, `events`: event-word weights per article,
    `links`: the symmetric article-by-article link similarities)."""
    groups: dict[int, list[int]] = {}
    for idx, lab in enumerate(labels):
        groups.setdefault(lab, []).append(idx)
    out = list(labels)
    for members in groups.values():
        later = _later_burst(members, days, min_gap, min_side)
        if later is None:
            continue
        early = [k for k in members if k not in set(later)]
        if _shared_names(names, early, later) <= max_names and (
                _cosine(events, early, later) < max_event or _loose(links, early, later) < max_cohesion):
            for side in (early, later):  # each side labelled by its smallest member, as groups are
                for k in side:
                    out[k] = min(side)
    return out


def _later_burst(members: list[int], days: list[float], min_gap: float, min_side: int) -> list[int] | None:
    """The articles after the group's widest gap of `min_gap` days or more, with `min_side`
    articles on each side; None when there is no such gap or an article is undated."""
    if len(members) < 2 * min_side or any(math.isnan(days[k]) for k in members):
        return None
    ordered = sorted(members, key=lambda k: (days[k], k))
    best, cut = min_gap, None
    for t in range(min_side, len(ordered) - min_side + 1):
        gap = days[ordered[t]] - days[ordered[t - 1]]
        if gap >= best and (cut is None or gap > best):
            best, cut = gap, t
    return None if cut is None else sorted(ordered[cut:])


def _shared_names(names: sparse.csr_matrix, a: list[int], b: list[int]) -> int:
    left = np.asarray(names[a].sum(axis=0)).ravel() > 0
    right = np.asarray(names[b].sum(axis=0)).ravel() > 0
    return int((left & right).sum())


def _cosine(events: sparse.csr_matrix, a: list[int], b: list[int]) -> float:
    left = np.asarray(events[a].sum(axis=0)).ravel()
    right = np.asarray(events[b].sum(axis=0)).ravel()
    norm = float(np.linalg.norm(left) * np.linalg.norm(right))
    return float(left @ right) / norm if norm > 0 else 0.0


def _loose(links: sparse.csr_matrix | None, a: list[int], b: list[int]) -> float:
    """The mean link across the two sides over the weaker side's mean link within (inf when
    unknown): near 0 when each side holds together and the two barely link."""
    if links is None:
        return math.inf
    def mean(x: list[int], y: list[int], pairs: int) -> float:
        return float(links[x][:, y].sum()) / pairs
    within = min(mean(a, a, len(a) * (len(a) - 1)), mean(b, b, len(b) * (len(b) - 1)))
    return mean(a, b, len(a) * len(b)) / within if within > 0 else math.inf
