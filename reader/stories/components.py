"""Connected components of a story graph without scipy.sparse.csgraph.

Importing csgraph pulls in scipy.sparse.linalg and scipy.linalg, about 12 MB that
stay for the rest of the run, for a count over a few thousand articles at most.
"""

from __future__ import annotations

import numpy as np


def component_labels(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Each node's component, numbered in order of each component's lowest node, as
    `scipy.sparse.csgraph.connected_components(..., directed=False)` numbers them."""
    parent = list(range(n))
    for a, b in zip(np.asarray(i).tolist(), np.asarray(j).tolist(), strict=True):
        ra, rb = root(parent, a), root(parent, b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    number: dict[int, int] = {}
    return np.fromiter((number.setdefault(root(parent, x), len(number)) for x in range(n)),
                       dtype=np.int32, count=n)


def root(parent: list[int], i: int) -> int:
    """The representative of i's set in a union-find forest, halving the path on the way."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
