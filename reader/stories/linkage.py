"""Average linkage over a sparse similarity graph.

Two groups merge only while the mean similarity over all their cross pairs (absent
pairs count as 0) reaches the threshold: one strong link between two events of the
same kind cannot chain them together, as it would with single linkage. Ties are
broken by group ids, so the result depends on the input alone.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable


def average_linkage(n: int, edges: Iterable[tuple[int, int, float]], threshold: float) -> list[int]:
    """A group label per item: the smallest member index of its group."""
    size = [1] * n
    links: list[dict[int, float]] = [{} for _ in range(n)]
    for i, j, s in edges:
        if i != j:
            links[i][j] = links[i].get(j, 0.0) + s
            links[j][i] = links[j].get(i, 0.0) + s
    heap = [(-s, i, j) for i in range(n) for j, s in links[i].items() if i < j]
    heapq.heapify(heap)
    parent = list(range(n))
    while heap:
        neg, a, b = heapq.heappop(heap)
        if parent[a] != a or parent[b] != b or b not in links[a]:
            continue
        avg = links[a][b] / (size[a] * size[b])
        if abs(avg + neg) > 1e-12:
            continue  # stale entry: a group changed since it was pushed
        if avg < threshold:
            break
        _merge(a, b, size, links, heap)
        parent[b] = a
    return [_root(parent, i) for i in range(n)]


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _merge(a: int, b: int, size: list[int], links: list[dict[int, float]],
           heap: list[tuple[float, int, int]]) -> None:
    """Fold group b into group a (a < b), updating every neighbour's summed similarity."""
    links[a].pop(b, None)
    for k, s in links[b].items():
        if k == a:
            continue
        links[k].pop(b, None)
        links[a][k] = links[a].get(k, 0.0) + s
        links[k][a] = links[a][k]
    links[b] = {}
    size[a] += size[b]
    for k, s in links[a].items():
        heapq.heappush(heap, (-(s / (size[a] * size[k])), min(a, k), max(a, k)))
