"""The reader screen's moves: cursor, fact hop, fact steps, synced scrolling.

A mixin of `ReaderScreen`, kept apart so each module stays one concern: the
screen composes and receives the analysis; this decides where keys land. The
rules themselves (which sentence a hop lands on, which fact is next) are in
`story.py` and `search.py`, pure and tested without a terminal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.messages import FactFocused
from reader.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from reader.ui.story import Story
    from reader.ui.widgets.bars import StatusLine
    from reader.ui.widgets.outlet_pane import OutletPane

#: Rows kept between the cursor and the pane's top or bottom edge, as vim's 'scrolloff'.
SCROLL_OFF = 2


class Navigation:
    """Actions bound in `ReaderScreen.BINDINGS`; one parameterised action per pair of directions."""

    if TYPE_CHECKING:
        story: Story | None
        panes: list[OutletPane]
        views: list[ArticleView]
        status: StatusLine
        sync: bool
        show_entities: bool
        show_boilerplate: bool
        current_fact: int | None
        current_entity: int | None
        number_conflicts: dict[int, str]

        def ensure_pane_visible(self, position: int) -> None: ...
        def set_message(self, text: str) -> None: ...
        def post_message(self, message: object) -> bool: ...
        def call_after_refresh(self, callback: object, *args: object) -> bool: ...
        def show_entity(self, pane: int, offset: int, entity: int) -> None: ...

    _last_pane = 0
    _mention: tuple[int, int] | None = None  # (pane, offset) of the entity mention under the cursor

    # -- where things are -------------------------------------------------------

    @property
    def focused_pane(self) -> int:
        return self._last_pane

    def outlet_name(self, pane: int) -> str:
        return self.panes[pane].view.index.article.name if self.panes[pane].view.index else str(pane + 1)

    def _mark_focused(self, pane: int) -> None:
        """Make `pane` the focused one.

        The panes never take Textual's focus (the screen handles every key):
        moving that focus repaints the whole screen, while this repaints one
        header and two cursors.
        """
        if pane != self._last_pane:
            self.panes[self._last_pane].header.set_class(False, "-focused")
            self.views[self._last_pane].active = False
        self.panes[pane].header.set_class(True, "-focused")
        self.views[pane].active = True
        self._last_pane = pane

    def _cursor_row(self, pane: int) -> int:
        rows = self.views[pane].rows_of_unit(self.views[pane].cursor)
        return rows.start if rows else 0

    # -- the cursor and what follows it ------------------------------------------

    def cursor_moved(self, pane: int, *, scroll: bool = True, row: int | None = None,
                     keep_entity: bool = False) -> None:
        """After any cursor move: keep it in view, update the current fact, sync, status."""
        if scroll:
            self._keep_in_view(pane, row)
        if not keep_entity:
            self._mention = None
            self.current_entity = None
        view = self.views[pane]
        fact = self.story.fact_at(pane, view.cursor) if self.story else None
        if fact != self.current_fact:
            self.current_fact = fact
            self.post_message(FactFocused(fact, pane, view.cursor))
            if fact is not None:
                self.sync_panes(pane)
        self._update_status(pane)
        self.flush_refresh()

    def flush_refresh(self) -> None:
        """Hand this key's repaints and scrolls to the screen now, so that they land in one frame.

        Each widget would otherwise report them on its own next idle, and the
        screen's update timer, ticking on its own phase, often paints the first
        reports and the rest a frame later: two full recomposites for one key.
        """
        for view, pane in zip(self.views, self.panes, strict=False):
            view._check_refresh()
            pane.scroller._check_refresh()
        self.status._check_refresh()

    def _keep_in_view(self, pane: int, row: int | None = None, margin: int = SCROLL_OFF) -> None:
        view, scroller = self.views[pane], self.panes[pane].scroller
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

    def sync_panes(self, source: int) -> None:
        """Bring every pane's member of the current fact into view at one height.

        The height is the source cursor's, moved only as far as needed for every
        pane to reach it (a member near the top of its article cannot scroll down
        to a low height); the source pane then scrolls to it too.
        """
        fact = self.current_fact
        if not self.sync or self.story is None or fact is None:
            return
        scroller = self.panes[source].scroller
        height = self._cursor_row(source) - scroller.scroll_y
        low, high = self._cursor_row(source) - scroller.max_scroll_y, self._cursor_row(source)
        shown = [source]
        for pane, view in enumerate(self.views):
            members = self.story.articles[pane].members.get(fact)
            if pane == source or not members:
                continue
            view.cursor = members[0]
            row = self._cursor_row(pane)
            low, high = max(low, row - self.panes[pane].scroller.max_scroll_y), min(high, row)
            shown.append(pane)
        if low <= high:
            height = max(low, min(height, high))
        viewport = scroller.scrollable_content_region.height
        height = max(0, min(height, viewport - 1)) if viewport else height
        for pane in shown:
            self._align(pane, height)

    def _align(self, pane: int, height: float) -> None:
        """Scroll `pane` so its cursor row sits `height` rows below the top, if it is not there already."""
        scroller = self.panes[pane].scroller
        target = max(0, min(self._cursor_row(pane) - height, scroller.max_scroll_y))
        if scroller.scroll_y != target:
            scroller.scroll_to(y=target, animate=False, immediate=True)

    def _update_status(self, pane: int) -> None:
        view = self.views[pane]
        index = view.index
        if index is None:
            return
        story = self.story
        if story is None:
            self.status.position = f"{self.outlet_name(pane)} · paragraph {view.cursor + 1}/{len(index.units)}"
            return
        fact = self.current_fact
        if fact is None:
            self.status.position = (f"{self.outlet_name(pane)} · sentence {view.cursor + 1}/{len(index.units)} · "
                                    "no other outlet reports it")
            return
        missing = [self.outlet_name(p) for p in story.missing(fact)]
        text = (f"fact {fact + 1}/{len(story.analysis.facts)} · "
                f"{len(story.fact_articles[fact] & story.counted)} of {len(story.counted)} outlets")
        if fact in self.number_conflicts:
            text += " · ≠ numbers differ (d)"
        if missing:
            text += " · missing: " + ", ".join(missing)
        self.status.position = f"{text} · {story.label(fact)}"

    # -- keys ---------------------------------------------------------------------

    def action_cursor(self, delta: int) -> None:
        """Move the sentence cursor by `delta` sentences."""
        pane = self.focused_pane
        self.views[pane].cursor += delta
        self.set_message("")
        self.cursor_moved(pane)

    def action_edge(self, direction: int) -> None:
        """First (-1) or last (+1) sentence."""
        pane = self.focused_pane
        view = self.views[pane]
        view.cursor = 0 if direction < 0 else len(view.index.units) - 1 if view.index else 0
        self.cursor_moved(pane)

    def action_page(self, direction: int) -> None:
        """A page down (+1) or up (-1), cursor and view together, like less."""
        pane = self.focused_pane
        view, scroller = self.views[pane], self.panes[pane].scroller
        step = max(1, scroller.scrollable_content_region.height - 2)
        row = self._cursor_row(pane) + direction * step
        unit = view.unit_at_row(max(0, row))
        if unit == view.cursor:
            unit += direction
        old = view.cursor
        view.cursor = unit
        scroller.scroll_to(y=max(0, scroller.scroll_y + direction * step), animate=False, immediate=True)
        if view.cursor == old:
            self.set_message("at the end" if direction > 0 else "at the top")
        self.cursor_moved(pane)

    def action_hop(self, direction: int) -> None:
        """Focus the next (+1) or previous (-1) outlet, landing on the same fact."""
        self.hop_to((self.focused_pane + direction) % len(self.panes))

    def action_pane(self, number: int) -> None:
        """Focus outlet `number` (1-based), landing on the same fact."""
        if number > len(self.panes):
            self.set_message(f"there is no outlet {number}; {len(self.panes)} are open")
            return
        self.hop_to(number - 1)

    def hop_to(self, target: int) -> None:
        source = self.focused_pane
        height = self._cursor_row(source) - self.panes[source].scroller.scroll_y
        message = ""
        if self.story is not None and target != source:
            unit, exact = self.story.hop(source, self.views[source].cursor, target)
            fact = self.story.fact_at(source, self.views[source].cursor)
            if fact is not None and not exact:
                how = ("the nearest fact both report" if self.story.fact_at(target, unit) is not None
                       else "the same point in the story")
                message = f"{self.outlet_name(target)} does not report fact {fact + 1}; landed at {how}"
            self.views[target].cursor = unit
        self._focus_pane(target)
        self.set_message(message)
        self._after_hop(target, height)

    def _after_hop(self, target: int, height: float) -> None:
        self._align(target, height)
        self._keep_in_view(target, margin=0)  # visible, but not moved off the source's height
        self.cursor_moved(target, scroll=False)

    def action_fact(self, direction: int) -> None:
        """The next (+1) or previous (-1) fact, in the order of the focused article."""
        pane = self.focused_pane
        if self.story is None:
            self.set_message("facts appear when the analysis is done")
            return
        unit = self.story.step_fact(pane, self.views[pane].cursor, direction)
        if unit is None:
            self.set_message(f"no {'next' if direction > 0 else 'previous'} fact in {self.outlet_name(pane)}")
            return
        self.set_message("")
        self.views[pane].cursor = unit
        self.cursor_moved(pane)

    # -- jumps from the command palette ----------------------------------------------

    def _focus_pane(self, pane: int) -> bool:
        """Focus `pane`, sliding the window to it; True when the focus moved."""
        moved = pane != self.focused_pane
        self.ensure_pane_visible(pane)
        self._mark_focused(pane)
        return moved

    # -- mouse --------------------------------------------------------------------

    def on_article_view_clicked(self, event: ArticleView.Clicked) -> None:
        pane = self.views.index(event.view)
        self._mark_focused(pane)
        mark = None
        if self.story is not None and self.show_entities:
            mark = next((m for m in self.story.articles[pane].mentions
                         if m.start <= event.offset < m.end), None)
        if mark is not None:  # a click on a mention lights up that entity everywhere
            self.show_entity(pane, mark.start, mark.entity)
            return
        event.view.cursor = event.unit
        self.cursor_moved(pane)
