"""The deck of outlet panes: the panes, the window onto them, focus, cursors and synced scrolling.

The deck owns the reading state: which pane is focused, each pane's cursor,
and the current fact, which is state of its own rather than whatever the
cursor's sentence happens to be in: a hop carries it to the next outlet and
lands on that outlet's sentence of it (or stays, when the outlet does not
report it), and `]`/`[` walk every fact of the article. Toggles come down
from the screen by `data_bind` and go on down to each `ArticleView`; what
happened goes up as messages (`FactChanged`, `DeckMoved`, `WindowChanged`).
Only the panes near the window are built (`pane_window`); a pane built later
is lined up on the current fact when its rows first exist (`OutletPane.Shown`).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.reactive import reactive

from reader.model import Document
from reader.ui.facts import ArticleIndex, Story, document_index
from reader.ui.messages import DeckMoved, FactChanged
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.deck_scroll import align, cursor_row, height_of, keep_in_view, land, line_up
from reader.ui.widgets.outlet_pane import OutletPane, PaneScroll
from reader.ui.widgets.pane_window import PaneStrip

#: Narrower than this, a pane is hard to read: show a window of panes instead.
MIN_PANE_WIDTH = 40
_KEEP = -1  # "keep the current fact if the cursor's sentence is in it"


class PaneDeck(PaneStrip):
    """Outlet panes side by side, scrolled sideways to slide the window."""

    story: reactive[Story | None] = reactive(None, repaint=False, always_update=True)
    current_fact: reactive[int | None] = reactive(None, repaint=False)
    current_entity: reactive[int | None] = reactive(None, repaint=False)
    show_entities: reactive[bool] = reactive(True, repaint=False)
    show_boilerplate: reactive[bool] = reactive(True, repaint=False)
    sync: reactive[bool] = reactive(True, repaint=False)

    def __init__(self, documents: tuple[Document, ...]) -> None:
        self.indexes = [document_index(doc) for doc in documents]
        self.views = [ArticleView(index, id=f"view-{n}") for n, index in enumerate(self.indexes)]
        super().__init__([OutletPane(n, view, index.article) for n, (view, index) in
                          enumerate(zip(self.views, self.indexes, strict=True))], MIN_PANE_WIDTH, id="panes")
        self.landing: float | None = None  # the focused cursor's height, kept until its pane is laid out
        self.mention: tuple[int, int] | None = None  # (pane, offset) of the entity mention under the cursor
        self.note = ""  # what the last move has to tell the reader

    def compose(self) -> ComposeResult:
        for view in self.views:
            view.data_bind(PaneDeck.show_entities, PaneDeck.show_boilerplate,
                           PaneDeck.current_fact, PaneDeck.current_entity)
        yield from super().compose()

    def on_mount(self) -> None:
        if self.views:
            self.focus_pane(0)

    # -- state ------------------------------------------------------------------

    def watch_story(self, story: Story | None) -> None:
        """Swap each pane's paragraphs for sentences and facts, keeping the reader's place."""
        if story is None:
            return
        for pane, index in zip(self.panes, story.articles, strict=False):
            view = pane.view
            offset = view.index.units[view.cursor][0] if view.index else 0
            view.index = index
            view.cursor = index.unit_at(offset)
            pane.header.show(index.article)
        self.set_reactive(PaneDeck.current_fact, None)
        self.after_move(self.focused_pane, scroll=False)
        self._paint_titles(self.current_fact)

    def watch_current_fact(self, fact: int | None) -> None:
        self._paint_titles(fact)
        self.post_message(FactChanged(fact))

    def _paint_titles(self, fact: int | None) -> None:
        """Each header's headline line in the colour its headline sentence is painted in."""
        story = self.story
        if story is None:
            return
        for pane, index in zip(self.panes, story.articles, strict=False):
            unit = pane.header.headline
            shown = None if unit is None else index.shown_fact(unit, fact)
            pane.header.paint_title(shown, shown is not None and shown == fact)

    def index_of(self, pane: int) -> ArticleIndex | None:
        return self.views[pane].index

    def outlet_name(self, pane: int) -> str:
        index = self.views[pane].index
        return index.article.name if index else str(pane + 1)

    def cursor_offset(self, pane: int) -> int:
        """Where the cursor of `pane` starts, as a character offset."""
        view = self.views[pane]
        return view.index.units[view.cursor][0] if view.index else 0

    def _pairs(self) -> list[tuple[ArticleView, PaneScroll]]:
        return [(pane.view, pane.scroller) for pane in self.panes]


    # -- focus --------------------------------------------------------------------

    def focus_pane(self, pane: int) -> None:
        """Make `pane` the focused one, sliding the window to it.

        The panes never take Textual's focus (the screen handles every key):
        moving that focus repaints the whole screen, while this repaints one
        header and two cursors.
        """
        self.ensure_visible(pane)
        if pane != self.focused_pane:
            self.panes[self.focused_pane].header.focused = False
            self.views[self.focused_pane].active = False
        self.panes[pane].header.focused = True
        self.views[pane].active = True
        self.focused_pane = pane

    # -- moves ----------------------------------------------------------------------

    def after_move(self, pane: int, *, scroll: bool = True, row: int | None = None, keep_entity: bool = False,
                   fact: int | None = _KEEP, note: str = "") -> None:
        """After any cursor move: keep it in view, settle the current fact, sync, report."""
        if scroll:
            keep_in_view(self.views[pane], self.panes[pane].scroller, row)
        if not keep_entity:
            self.mention = None
            self.current_entity = None
        if fact == _KEEP:
            facts = self.story.facts_at(pane, self.views[pane].cursor) if self.story else ()
            fact = self.current_fact if self.current_fact in facts else (facts[0] if facts else None)
        changed = fact != self.current_fact
        self.current_fact = fact
        if changed and fact is not None:
            self.sync_panes(pane)
        self.report(pane, note)

    def report(self, pane: int, note: str) -> None:
        """Say what happened: kept in `note` for the screen to read at once, and posted up as `DeckMoved`."""
        self.note = note
        self.post_message(DeckMoved(pane, note))

    def move(self, delta: int) -> None:
        """Move the focused cursor by `delta` units."""
        self.views[self.focused_pane].cursor += delta
        self.after_move(self.focused_pane)

    def to_edge(self, direction: int) -> None:
        view = self.views[self.focused_pane]
        view.cursor = 0 if direction < 0 else len(view.index.units) - 1 if view.index else 0
        self.after_move(self.focused_pane)

    def page(self, direction: int) -> None:
        """A page down (+1) or up (-1), cursor and view together, like less."""
        view, scroller = self.views[self.focused_pane], self.panes[self.focused_pane].scroller
        step = max(1, scroller.scrollable_content_region.height - 2)
        unit = view.unit_at_row(max(0, cursor_row(view) + direction * step))
        old = view.cursor
        view.cursor = unit + direction if unit == old else unit
        scroller.scroll_to(y=max(0, scroller.scroll_y + direction * step), animate=False, immediate=True)
        edge = "at the end" if direction > 0 else "at the top"
        self.after_move(self.focused_pane, note=edge if view.cursor == old else "")

    def go_to(self, pane: int, unit: int, *, row: int | None = None, fact: int | None = _KEEP,
              note: str = "", keep_entity: bool = False) -> None:
        """Focus `pane` with its cursor on `unit` (views, search, the palette land here)."""
        self.focus_pane(pane)
        self.views[pane].cursor = unit
        self.after_move(pane, row=row, fact=fact, note=note, keep_entity=keep_entity)

    def hop(self, target: int) -> None:
        """Focus pane `target` carrying the current fact: on its sentence of it, or the cursor stays."""
        source, fact, story = self.focused_pane, self.current_fact, self.story
        height = height_of(self.views[source], self.panes[source].scroller)
        note = ""
        if story is not None and fact is not None and target != source:
            unit = story.landing(target, fact, self.views[target].cursor)
            if unit is None:
                note = f"{story.name(fact)} is not reported by {self.outlet_name(target)}"
            else:
                self.views[target].cursor = unit
        self.focus_pane(target)
        if not self.laid_out(target):  # built just now: it lands when laid out (on_outlet_pane_shown)
            self.landing = None if note else height
        elif not note:
            align(self.views[target], self.panes[target].scroller, height)
        keep_in_view(self.views[target], self.panes[target].scroller, margin=0)
        self.after_move(target, scroll=False, fact=fact if story is not None else _KEEP, note=note)

    def step_fact(self, direction: int) -> None:
        """The next (+1) or previous (-1) fact of the focused article, every one of them in turn."""
        pane, story = self.focused_pane, self.story
        if story is None:
            self.report(pane, "facts appear when the analysis is done")
            return
        fact = story.step_fact(pane, self.current_fact, self.views[pane].cursor, direction)
        if fact is None:
            word = "next" if direction > 0 else "previous"
            self.report(pane, f"no {word} fact in {self.outlet_name(pane)}")
            return
        self.views[pane].cursor = story.landing(pane, fact, self.views[pane].cursor) or 0
        self.after_move(pane, fact=fact)

    def cycle_fact(self) -> None:
        """The next of the facts the cursor's sentence is in, round."""
        pane, story = self.focused_pane, self.story
        facts = story.facts_at(pane, self.views[pane].cursor) if story else ()
        if story is None or len(facts) < 2:
            note = "this sentence is in one fact only" if facts else "this sentence is in no fact"
            self.report(pane, note if story else "facts appear when the analysis is done")
            return
        self.after_move(pane, scroll=False, fact=story.cycle(pane, self.views[pane].cursor, self.current_fact))

    def sync_panes(self, source: int) -> None:
        """Put every other pane's cursor on its sentence of the current fact and line them up."""
        fact, story = self.current_fact, self.story
        if not self.sync or story is None or fact is None:
            return
        shown = []
        for pane, view in enumerate(self.views):
            unit = story.landing(pane, fact, view.cursor) if pane != source else None
            if unit is not None:
                view.cursor = unit  # also in panes not built yet: they open on it
                if self.laid_out(pane):
                    shown.append(pane)
        if self.laid_out(source):
            line_up(self._pairs(), source, shown)

    def on_outlet_pane_shown(self, event: OutletPane.Shown) -> None:
        """A pane built by a window move has rows now: scroll it where it would be had it been there."""
        event.stop()
        pane, focused, story = event.position, self.focused_pane, self.story
        view, scroller = self.views[pane], self.panes[pane].scroller
        if pane == focused:
            land(view, scroller, self.landing)
            self.landing = None
        elif not (story and self.current_fact in story.facts_at(pane, view.cursor)):
            keep_in_view(view, scroller)
            return
        if self.laid_out(focused):  # lined up with every built pane, as a sync does
            self.sync_panes(focused)

    def settle(self) -> None:
        """Once laid out: the cursor into view and the panes lined up on its fact."""
        keep_in_view(self.views[self.focused_pane], self.panes[self.focused_pane].scroller)
        self.sync_panes(self.focused_pane)

    # -- entities -------------------------------------------------------------------

    def show_mention(self, pane: int, offset: int, entity: int, note: str | None = None) -> None:
        """Put the cursor on the mention at `offset` and light up every mention of `entity`."""
        view = self.views[pane]
        self.focus_pane(pane)
        self.mention = (pane, offset)
        self.current_entity = entity
        view.cursor = view.index.unit_at(offset) if view.index else 0
        if note is None and self.story is not None:
            name, label, mentions, outlets = self.story.entity(entity)
            note = f"{name} ({label}) · {mentions} mentions in {outlets} outlets · e/E for the next"
        self.after_move(pane, row=view.row_of_offset(offset), keep_entity=True, note=note or "")

    def on_article_view_clicked(self, event: ArticleView.Clicked) -> None:
        event.stop()
        pane = self.views.index(event.view)
        index = event.view.index
        mark = None
        if self.story is not None and self.show_entities and index is not None:
            mark = next((m for m in index.mentions if m.start <= event.offset < m.end), None)
        if mark is not None:  # a click on a mention lights up that entity everywhere
            self.show_mention(pane, mark.start, mark.entity)
        else:
            self.go_to(pane, event.unit)

    # -- window of panes ------------------------------------------------------------

    def on_resize(self) -> None:
        self.layout_window()
        self.call_after_refresh(self.settle)  # new widths rewrap every pane

    def slide(self, direction: int) -> None:
        """Slide the window of panes; the focus follows (a hop) if it slid out of view."""
        window = self.window
        if window.size >= len(self.panes):
            self.report(self.focused_pane, "all panes are in view")
            return
        start = max(0, min(window.start + direction, len(self.panes) - window.size))
        target = min(max(self.focused_pane, start), start + window.size - 1)
        self.show_window(start, keep=target)
        if target != self.focused_pane:
            self.hop(target)
