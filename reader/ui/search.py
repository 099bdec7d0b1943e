"""Search across all panes: the hits, in reading order, and how n/N walk them.

Pure, so the cycling rules are tested without a terminal.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from reader.ui.render import find_all


@dataclass(frozen=True)
class Hit:
    pane: int
    start: int
    end: int


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: tuple[Hit, ...]  # ordered by pane, then offset

    @classmethod
    def run(cls, query: str, texts: Sequence[str], skip: Sequence[Sequence[tuple[int, int]]] = ()) -> SearchResults:
        """Find `query` in every text; hits inside `skip[pane]` regions (hidden text) are left out."""
        hits = []
        for pane, text in enumerate(texts):
            holes = skip[pane] if pane < len(skip) else ()
            for start, end in find_all(text, query):
                if not any(a <= start and end <= b for a, b in holes):
                    hits.append(Hit(pane, start, end))
        return cls(query, tuple(hits))

    def in_pane(self, pane: int) -> tuple[tuple[int, int], ...]:
        return tuple((h.start, h.end) for h in self.hits if h.pane == pane)

    def first_from(self, pane: int, offset: int) -> int | None:
        """Index of the first hit at or after (pane, offset), wrapping round; None when there are none."""
        if not self.hits:
            return None
        keys = [(h.pane, h.start) for h in self.hits]
        i = bisect_left(keys, (pane, offset))
        return i % len(self.hits)

    def step(self, current: int | None, direction: int) -> int | None:
        if not self.hits:
            return None
        if current is None:
            return 0 if direction > 0 else len(self.hits) - 1
        return (current + direction) % len(self.hits)
