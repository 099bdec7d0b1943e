"""The Dask engine: per-article work on a Dask cluster through futures.

Each `map` cuts the list into consecutive chunks (a few per worker, so spaCy
still works in batches and a slow chunk does not hold the rest), submits the
stage's own function on each with the shared arguments scattered once, and
concatenates the results in order: the same output as the local path.

Without a scheduler address a `LocalCluster` sized to the machine is started
(one single-threaded worker process per core: spaCy holds the GIL).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from reader.errors import ReaderError

INSTALL_HINT = "--engine dask needs the dask extra: pip install 'reader[dask]'"
#: Chunks per worker: enough to balance, few enough that each is a real spaCy batch.
CHUNKS_PER_WORKER = 4


class DaskEngine:
    """A Dask client, on an existing cluster (`scheduler`) or on a LocalCluster it starts."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None, processes: bool = True) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise ReaderError(INSTALL_HINT) from exc
        self.cluster: Any = None
        try:
            if scheduler is not None:
                self.client = Client(scheduler, timeout="20s")
            else:
                n = workers or os.cpu_count() or 1
                self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            raise ReaderError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc

    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, fn: Callable[..., Sequence[Any]], items: Sequence[Any], *shared: Any) -> list[Any]:
        items = list(items)
        if not items:
            return list(fn([], *shared))
        n = min(len(items), self.workers() * CHUNKS_PER_WORKER)
        bounds = [len(items) * k // n for k in range(n + 1)]
        # big shared arguments (the story's evidence) travel once to each worker, not once per chunk
        # (wrapped in a list: scatter would send a collection's items one by one)
        args = [s if s is None or isinstance(s, str | int | float) else self.client.scatter([s], broadcast=True)[0]
                for s in shared]
        futures = [self.client.submit(fn, items[a:b], *args, pure=False)
                   for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        out: list[Any] = []
        for part in self.client.gather(futures):
            out.extend(part)
        return out

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
