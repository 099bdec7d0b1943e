"""Scrolling the deck's panes: keep a cursor in view, line the panes up on one fact.

Functions over (view, scroller) pairs, so the deck stays about what keys do
and this about where rows are. Every scroll is immediate: a deferred
container scroll would paint each key twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.containers import VerticalScroll

from reader.ui.widgets.article_view import ArticleView

#: Rows kept between the cursor and the pane's top or bottom edge, as vim's 'scrolloff'.
SCROLL_OFF = 2


def cursor_row(view: ArticleView) -> int:
    rows = view.rows_of_unit(view.cursor)
    return rows.start if rows else 0


def keep_in_view(view: ArticleView, scroller: VerticalScroll, row: int | None = None,
                 margin: int = SCROLL_OFF) -> None:
    """Scroll just enough that the cursor (or `row`) shows, `margin` rows from the edges."""
    rows = view.rows_of_unit(view.cursor)
    top, bottom = (row, row) if row is not None else ((rows.start, rows.stop - 1) if rows else (0, 0))
    height = scroller.scrollable_content_region.height
    if not height:
        return
    margin = min(margin, height // 4)
    y = scroller.scroll_y
    if top < y + margin:
        target = top - margin
    elif bottom > y + height - 1 - margin:
        target = min(bottom - height + 1 + margin, top - margin)
    else:
        return
    scroller.scroll_to(y=max(0, target), animate=False, immediate=True)


def align(view: ArticleView, scroller: VerticalScroll, height: float) -> None:
    """Scroll so the cursor row sits `height` rows below the top, if it is not there already."""
    target = max(0, min(cursor_row(view) - height, scroller.max_scroll_y))
    if scroller.scroll_y != target:
        scroller.scroll_to(y=target, animate=False, immediate=True)


def height_of(view: ArticleView, scroller: VerticalScroll) -> float:
    """How far below the pane's top the cursor row is."""
    return cursor_row(view) - scroller.scroll_y


def line_up(pairs: Sequence[tuple[ArticleView, VerticalScroll]], source: int, shown: Sequence[int]) -> None:
    """Bring the cursors of the panes in `shown` into view at one height.

    The height is the source cursor's, moved only as far as needed for every
    pane to reach it (a sentence near the top of its article cannot scroll down
    to a low height); the source pane then scrolls to it too.
    """
    view, scroller = pairs[source]
    row = cursor_row(view)
    height = row - scroller.scroll_y
    low, high = row - scroller.max_scroll_y, row
    for pane in shown:
        other, other_scroller = pairs[pane]
        other_row = cursor_row(other)
        low, high = max(low, other_row - other_scroller.max_scroll_y), min(high, other_row)
    if low <= high:
        height = max(low, min(height, high))
    viewport = scroller.scrollable_content_region.height
    height = max(0, min(height, viewport - 1)) if viewport else height
    for pane in (source, *shown):
        align(*pairs[pane], height)


def land(view: ArticleView, scroller: VerticalScroll, height: float | None) -> None:
    """Scroll a pane laid out just now: its cursor `height` rows below the top, or just into view."""
    if height is not None:
        align(view, scroller, height)
    keep_in_view(view, scroller, margin=SCROLL_OFF if height is None else 0)
