"""Average linkage over a sparse similarity graph, with credit for one strong link.

Two groups merge while the mean similarity over all their cross pairs (absent pairs
count as 0) reaches the threshold: one link between two events of the same kind cannot
chain them together, as it would with single linkage. A pair of groups joined by at
least one strong link (`strong`) gets `bonus` added to that mean, so an article that
one outlet wrote from a different angle still joins the story it shares a strong
link with. Ties are broken by group ids, so the result depends on the input alone.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from reader.stories.components import root


def average_linkage(n: int, edges: Iterable[tuple[int, int, float]], threshold: float,
                    strong: float = 1.0, bonus: float = 0.0, power: float = 1.0) -> list[int]:
    """A group label per item: the smallest member index of its group."""
    size = [1] * n
    links: list[dict[int, tuple[float, float]]] = [{} for _ in range(n)]
    for i, j, s in edges:
        if i != j:
            links[i][j] = links[j][i] = (s, s)
    heap = [(-_score(v, 1, 1, strong, bonus, power), i, j) for i in range(n) for j, v in links[i].items() if i < j]
    heapq.heapify(heap)
    parent = list(range(n))
    while heap:
        neg, a, b = heapq.heappop(heap)
        if parent[a] != a or parent[b] != b or b not in links[a]:
            continue
        score = _score(links[a][b], size[a], size[b], strong, bonus, power)
        if abs(score + neg) > 1e-12:
            continue  # stale entry: a group changed since it was pushed
        if score < threshold:
            break
        _merge(a, b, size, links)
        parent[b] = a
        for k, v in links[a].items():
            heapq.heappush(heap, (-_score(v, size[a], size[k], strong, bonus, power), min(a, k), max(a, k)))
    return [root(parent, i) for i in range(n)]


def _score(link: tuple[float, float], size_a: int, size_b: int, strong: float, bonus: float,
           power: float = 1.0) -> float:
    total, best = link
    return total / (size_a * size_b) ** power + (bonus if best >= strong else 0.0)


def _merge(a: int, b: int, size: list[int], links: list[dict[int, tuple[float, float]]]) -> None:
    """Fold group b into group a (a < b): summed and strongest similarity to every neighbour."""
    links[a].pop(b, None)
    for k, (s, m) in links[b].items():
        if k == a:
            continue
        links[k].pop(b, None)
        old_s, old_m = links[a].get(k, (0.0, 0.0))
        links[a][k] = links[k][a] = (old_s + s, max(old_m, m))
    links[b] = {}
    size[a] += size[b]
