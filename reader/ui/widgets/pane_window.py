"""The window of panes: which panes are in view, and the slots that hold them.

A story of many articles must open at once, so the deck does not build every
outlet's pane: each has a `PaneSlot`, an empty column of the pane's width
(cheap to lay out), and a slot takes its pane in only when the window comes
near it. The deck still scrolls sideways over the slots, so sliding the window
is a scroll, and a pane once built stays built (its place kept while out of view).
`PaneStrip` is that scroll of slots; the pane deck adds the reading state to it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import HorizontalScroll
from textual.widget import Widget

from reader.ui.messages import WindowChanged
from reader.ui.widgets.outlet_pane import OutletPane

#: Panes built beyond each edge of the window, so that a one-pane slide shows a pane already laid out.
MARGIN = 1


class PaneWindow:
    """Which panes are in view: as many as are readable side by side, sliding to keep one in view."""

    def __init__(self, count: int, min_width: int) -> None:
        self.count, self.min_width = count, min_width
        self.start, self.size, self.pane_width = 0, count, min_width

    def fit(self, width: int) -> None:
        """Size the window for `width` cells."""
        self.size = max(1, min(self.count, width // self.min_width))
        self.pane_width = width // self.size

    def __contains__(self, pane: int) -> bool:
        return self.start <= pane < self.start + self.size

    def slide_to(self, start: int, keep: int) -> int:
        """Start at pane `start`, or further so that pane `keep` shows; the new start."""
        start = max(0, min(start, self.count - self.size))
        if not start <= keep < start + self.size:
            start = max(0, min(keep - (0 if keep < start else self.size - 1), self.count - self.size))
        self.start = start
        return start

    def start_showing(self, pane: int) -> int:
        """The start that brings `pane` into view with the least slide."""
        return pane if pane < self.start else pane - self.size + 1

    def near(self) -> range:
        """The panes to build: the window and `MARGIN` more on each side."""
        return range(max(0, self.start - MARGIN), min(self.count, self.start + self.size + MARGIN))


class PaneSlot(Widget):
    """One outlet's column in the deck: empty until `fill` builds its pane in it."""

    DEFAULT_CSS = "PaneSlot { width: 1fr; height: 1fr; }"

    def __init__(self, pane: OutletPane, *, filled: bool = False) -> None:
        super().__init__(id=f"slot-{pane.position}")
        self.pane = pane
        self.filled = filled  # filled before mounting: the pane comes in with the first layout

    def compose(self) -> ComposeResult:
        if self.filled:
            yield self.pane

    def fill(self) -> bool:
        """Build the pane in this slot; False if it was built already."""
        if self.filled:
            return False
        self.filled = True
        self.mount(self.pane)
        return True


class PaneStrip(HorizontalScroll, can_focus=False):
    """A row of pane slots scrolled sideways to show a window of them; builds the panes near the window."""

    def __init__(self, panes: list[OutletPane], min_width: int, *, id: str) -> None:  # noqa: A002
        super().__init__(id=id)
        self.panes = panes
        self.slots: list[PaneSlot] = []
        self.focused_pane = 0
        self.window = PaneWindow(len(panes), min_width)

    def compose(self) -> ComposeResult:
        self.window.fit(self.app.size.width)  # the first window, before the strip has a size of its own
        self.slots = [PaneSlot(pane, filled=pane.position < self.window.size + MARGIN) for pane in self.panes]
        for slot in self.slots:  # at their width from the first layout: a pane wrapped narrower would be wasted
            slot.styles.width = self.window.pane_width
        yield from self.slots

    def laid_out(self, pane: int) -> bool:
        """Whether `pane` is built and has rows (a pane not built yet takes a cursor, not a scroll)."""
        return self.slots[pane].filled and self.panes[pane].view.size.width > 0  # sized in the layout itself

    def layout_window(self) -> None:
        """Size the slots so that as many fit as are readable; built panes out of view keep their size,
        so they are synced while out of view and sliding the window back costs no layout."""
        if not self.panes or not self.size.width:
            return
        self.window.fit(self.size.width)
        for slot in self.slots:
            if slot.styles.width is None or slot.styles.width.value != self.window.pane_width:
                slot.styles.width = self.window.pane_width
        self.call_after_refresh(self.show_window, self.window.start)

    def in_view(self, pane: int) -> bool:
        return pane in self.window

    def show_window(self, start: int, keep: int | None = None) -> None:
        """Slide the window to start at pane `start`, or further so that pane `keep` (default: focused) shows."""
        start = self.window.slide_to(start, self.focused_pane if keep is None else keep)
        for pane in self.window.near():
            self.slots[pane].fill()
        self.scroll_to(x=start * self.window.pane_width, animate=False, immediate=True)
        self.post_message(WindowChanged(start, start + self.window.size - 1, len(self.panes)))

    def ensure_visible(self, pane: int) -> None:
        if pane not in self.window:
            self.show_window(max(0, self.window.start_showing(pane)), keep=pane)
