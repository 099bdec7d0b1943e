"""The story graph's components, counted without scipy's csgraph, are numbered as csgraph numbers them."""

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from reader.stories.components import component_labels


def test_labels_match_csgraph_on_random_graphs() -> None:
    rng = np.random.default_rng(7)
    for n in (1, 2, 5, 40, 300):
        for edges in (0, 1, n // 2, n, 3 * n):
            i = rng.integers(0, n, edges)
            j = rng.integers(0, n, edges)
            _, want = connected_components(coo_matrix((np.ones(edges), (i, j)), shape=(n, n)), directed=False)
            got = component_labels(n, i, j)
            assert got.tolist() == want.tolist()


def test_isolated_nodes_each_their_own_component() -> None:
    assert component_labels(4, np.array([2]), np.array([3])).tolist() == [0, 1, 2, 2]
