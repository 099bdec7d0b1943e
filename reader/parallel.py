"""Where per-article work runs: the contract the stages use to hand it out.

An `Engine` maps a function over consecutive chunks of a list and returns the
results concatenated in order, so the caller cannot tell how the list was cut.
The stages pass module-level functions (importable on a cluster's workers) and
compute the same thing whichever engine runs them; `None` means "here, in one
call", the default path, which imports nothing of any engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol


class Engine(Protocol):
    def map(self, fn: Callable[..., Sequence[Any]], items: Sequence[Any], *shared: Any) -> list[Any]:
        """`fn(chunk, *shared)` over consecutive chunks of `items`, results concatenated in order."""
        ...


def run_map(engine: Engine | None, fn: Callable[..., Sequence[Any]], items: Sequence[Any], *shared: Any) -> list[Any]:
    """`fn` over all of `items` here, or over chunks on `engine`."""
    if engine is None:
        return list(fn(list(items), *shared))
    return engine.map(fn, items, *shared)
