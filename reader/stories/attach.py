"""Stragglers: a small group whose every link goes to one story joins it.

Average linkage asks a big story for a mean similarity over all its members, so an
article told from another angle (a follow-up weeks later, a victim's portrait) that links
to one or two of them stays apart. When all the links of such a small group go to one
story, and the strongest is a link on its own, nothing else claims it: it joins that story.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The share of articles left alone is counted over at least this many: a folder of four articles,
#: one of them alone, says little about the feed it came from.
MIN_ARTICLES = 20


def attach_stragglers(labels: list[int], edges: Iterable[tuple[int, int, float]], max_size: int,
                      min_link: float, min_target: int = 2, max_alone: float = 1.0,
                      fallback: Iterable[tuple[int, int, float]] = ()) -> list[int]:
    """`labels` with each group of at most `max_size` articles folded into the one group of
    at least `min_target` (and more) articles its links reach, when its strongest link there
    reaches `min_link`; decided on the groups as they were, so nothing chains. Only when at most
    `max_alone` of the articles were left alone: in a feed where many are, an article alone is
    more likely an event of its own than a straggler. A group no edge links to another group is
    judged on its `fallback` edges instead (links that only count when nothing else claims it)."""
    size: dict[int, int] = {}
    for lab in labels:
        size[lab] = size.get(lab, 0) + 1
    alone = sum(1 for v in size.values() if v == 1)
    if max_size <= 0 or not labels or alone > max_alone * max(len(labels), MIN_ARTICLES):
        return labels
    reach = _reach(labels, edges)
    for lab, targets in _reach(labels, fallback).items():
        reach.setdefault(lab, targets)
    move: dict[int, int] = {}
    for lab in sorted(reach):
        targets = reach[lab]
        if size[lab] > max_size or len(targets) != 1:
            continue
        (to, best), = targets.items()
        if size[to] >= min_target and size[to] > size[lab] and best >= min_link:
            move[lab] = to
    # no chains: a group that moves reaches one group only, the bigger one it joins
    return [move.get(lab, lab) for lab in labels]


def _reach(labels: list[int], edges: Iterable[tuple[int, int, float]]) -> dict[int, dict[int, float]]:
    """For each group, the other groups its edges reach, with the strongest edge to each."""
    reach: dict[int, dict[int, float]] = {}
    for i, j, s in edges:
        a, b = labels[i], labels[j]
        if a == b:
            continue
        for x, y in ((a, b), (b, a)):
            strongest = reach.setdefault(x, {})
            strongest[y] = max(strongest.get(y, 0.0), s)
    return reach
