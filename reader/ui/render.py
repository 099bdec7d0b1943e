"""Article text to screen lines: wrapping and regions, by offset (text is sanitised in `safe`).

Everything here is pure and testable without an app.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

# Textual's own word-wrap, so a pane wraps exactly like Textual's `Content`.
from textual._wrap import compute_wrap_offsets

from reader.ui.safe import sanitize

__all__ = ["LineMap", "find_all", "merge", "sanitize", "subtract", "wrap"]

def subtract(start: int, end: int, holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) not covered by `holes` (sorted, non-overlapping)."""
    out: list[tuple[int, int]] = []
    pos = start
    for h_start, h_end in holes:
        if h_end <= pos or h_start >= end:
            continue
        if h_start > pos:
            out.append((pos, h_start))
        pos = max(pos, h_end)
    if pos < end:
        out.append((pos, end))
    return out


def merge(regions: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of regions."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if end <= start:
            continue
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def wrap(text: str, width: int, hidden: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Wrapped screen lines of `text` at `width` cells, as (start, end) offsets.

    Each paragraph (a run between newlines) wraps on its own; text inside
    `hidden` regions gets no lines, and the blank lines that hiding leaves
    behind are collapsed to one. Trailing spaces at a wrap are left out.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        para_end = length if nl == -1 else nl
        pieces = subtract(pos, para_end, hidden) if hidden else [(pos, para_end)]
        if hidden and not pieces and para_end > pos:
            pass  # the whole paragraph is hidden
        elif not pieces or all(not text[a:b].strip() for a, b in pieces):
            if not (hidden and lines and _blank(text, lines[-1])):
                lines.append((pos, pos))
        else:
            for a, b in pieces:
                lines.extend(_wrap_piece(text, a, b, width))
        if nl == -1:
            break
        pos = nl + 1
    if hidden:
        while lines and _blank(text, lines[0]):
            lines.pop(0)
    return lines or [(0, 0)]


def _blank(text: str, line: tuple[int, int]) -> bool:
    return not text[line[0]:line[1]].strip()


def _wrap_piece(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    piece = text[start:end]
    if len(piece) <= width and piece.isascii():
        return [(start, end)]
    cuts = compute_wrap_offsets(piece, width, tab_size=1, fold=True)
    bounds = [0, *cuts, len(piece)]
    out = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        if i < len(bounds) - 2:
            b = a + len(piece[a:b].rstrip(" "))
        out.append((start + a, start + b))
    return out


class LineMap:
    """Offsets to wrapped rows and back, by bisection over line starts."""

    def __init__(self, lines: Sequence[tuple[int, int]]) -> None:
        self.lines = list(lines)
        self._starts = [a for a, _ in self.lines]

    def __len__(self) -> int:
        return len(self.lines)

    def row_of(self, offset: int) -> int:
        """The row that shows `offset` (or the nearest row before it, for hidden text)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def rows_of(self, start: int, end: int) -> range:
        """Rows that overlap [start, end)."""
        first = self.row_of(start)
        last = self.row_of(max(start, end - 1))
        return range(first, last + 1)


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Case-insensitive literal matches of `query` in `text`, as (start, end)."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]
