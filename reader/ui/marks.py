"""Marked text for the comparison views: plain pieces of data, each with a mark name.

The views (word diff, quote drift, omissions, explanations, entity list) are
built as rows of `(text, mark)` pieces by pure functions, so what they show is
tested without a terminal. A mark is the suffix of a component class
(`"add"` → `mark--add`) that `MarkedList` resolves from the stylesheet; the
text is article data and is sanitised when painted, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: (text, mark): mark "" is plain text.
Piece = tuple[str, str]
Pieces = tuple[Piece, ...]


@dataclass(frozen=True)
class Row:
    """One entry of a list: marked text; Enter on it chooses `target` (None: a heading)."""

    pieces: Pieces
    target: object | None = None


@dataclass(frozen=True)
class Cols:
    """One entry shown as columns side by side; each cell wraps inside its own column."""

    cells: tuple[Pieces, ...]
    target: object | None = None


Item = Row | Cols


@dataclass(frozen=True)
class Target:
    """A sentence to jump to: pane position and unit (sentence index) in it."""

    pane: int
    unit: int


def marked(text: str, base: int, marks: Iterable[tuple[int, int, str]],
           inserts: Iterable[tuple[int, str, str]] = ()) -> list[Piece]:
    """`text` (which starts at offset `base` of its article) cut into marked pieces.

    `marks` are (start, end, mark) in article offsets, later ones winning where
    they overlap; `inserts` are (offset, text, mark) shown before that offset
    (a dropped word has no extent of its own). Newlines become spaces, so a
    member spanning paragraphs stays one run of text.
    """
    text = text.replace("\n", " ")
    kinds = [""] * len(text)
    for start, end, mark in marks:
        for i in range(max(0, start - base), min(len(text), end - base)):
            kinds[i] = mark
    extra: dict[int, list[Piece]] = {}
    for offset, words, mark in inserts:
        extra.setdefault(max(0, min(len(text), offset - base)), []).append((words, mark))
    out: list[Piece] = []
    run, kind = "", ""
    for i in range(len(text) + 1):
        if i in extra:
            if run:
                out.append((run, kind))
            run = ""
            out.extend(extra[i])
        if i == len(text):
            break
        if kinds[i] != kind and run:
            out.append((run, kind))
            run = ""
        kind = kinds[i]
        run += text[i]
    if run:
        out.append((run, kind))
    return out


def joined(parts: Sequence[Sequence[Piece]], separator: Piece = (" … ", "muted")) -> list[Piece]:
    """Pieces of several sentences as one run, with a marked separator between them."""
    out: list[Piece] = []
    for n, part in enumerate(parts):
        if n:
            out.append(separator)
        out.extend(part)
    return out
