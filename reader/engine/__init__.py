"""Engines that run the stages' per-article work elsewhere (today: a Dask cluster).

Sits above the pipeline and below the CLI: it hands the stages' own functions to
workers through `reader.parallel.Engine` and never changes what they compute.
Dask is an optional extra, imported only inside `dask_engine` when asked for.
"""

from __future__ import annotations

from typing import Any


def open_engine(name: str, scheduler: str | None = None, workers: int | None = None) -> Any:
    """The engine named on the command line; "local" is None (the stages run here)."""
    if name == "local":
        if scheduler is not None:
            from reader.errors import ReaderError

            raise ReaderError("--scheduler needs --engine dask")
        return None
    from .dask_engine import DaskEngine

    return DaskEngine(scheduler=scheduler, workers=workers)
