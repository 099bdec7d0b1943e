"""The reader screen: panes side by side, and every key that moves between them.

The screen owns the state shared by all panes (current fact, toggles, search)
and pushes it down: toggles and the current fact through `data_bind`, cursors
and search hits by assignment. Widgets only paint and report clicks. The
analysis runs in a thread worker; until it lands the panes show the loaded
text with paragraph cursors.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll
from textual.reactive import reactive
from textual.screen import Screen

from reader.model import Analysis, Document
from reader.ui.analysing import Analysing, Analyze, Progress
from reader.ui.comparing import Comparing
from reader.ui.finding import Finding
from reader.ui.navigation import Navigation
from reader.ui.story import Story, document_index
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.bars import KeysBar, StatusLine, TopBar
from reader.ui.widgets.entity_sidebar import EntitySidebar
from reader.ui.widgets.outlet_pane import OutletPane
from reader.ui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from reader.compare.insights import Insights

__all__ = ["Analyze", "Progress", "ReaderScreen"]

#: Narrower than this, a pane is hard to read: show a window of panes instead.
MIN_PANE_WIDTH = 40


class PaneRow(HorizontalScroll, can_focus=False):
    """The panes side by side; scrolled sideways by the screen to slide the window."""


class ReaderScreen(Analysing, Navigation, Finding, Comparing, Screen[None]):
    """Side-by-side outlet panes with fact hopping."""

    AUTO_FOCUS = ""  # the screen takes the keys; only the search bar ever holds the focus

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Next sentence", show=False),
        Binding("k,up", "cursor(-1)", "Previous sentence", show=False),
        Binding("g,home", "edge(-1)", "First sentence", show=False),
        Binding("G,end", "edge(1)", "Last sentence", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("tab,l,right", "hop(1)", "Next outlet", key_display="tab",
                tooltip="Next outlet, landing on the same fact (the fact hop)"),
        Binding("shift+tab,h,left", "hop(-1)", "Previous outlet", show=False,
                tooltip="Previous outlet, landing on the same fact"),
        *(Binding(str(k), f"pane({k})", f"Outlet {k}", show=False) for k in range(1, 10)),
        Binding("right_square_bracket", "fact(1)", "Next fact", key_display="]",
                tooltip="Next fact, in the order of the focused article"),
        Binding("left_square_bracket", "fact(-1)", "Previous fact", key_display="["),
        Binding("e", "entity(1)", "Next shared entity", show=False),
        Binding("E", "entity(-1)", "Previous shared entity", show=False),
        Binding("m", "toggle('show_entities')", "Entity marks on/off", show=False),
        Binding("x", "toggle('show_boilerplate')", "Boilerplate dimmed/hidden", show=False),
        Binding("s", "toggle('sync')", "Synced scrolling on/off", show=False),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("n", "next_match(1)", "Next match", show=False),
        Binding("N", "next_match(-1)", "Previous match", show=False),
        Binding("escape", "clear", "Close search, clear marks", show=False),
        Binding("greater_than_sign", "slide(1)", "Slide panes right", show=False, key_display=">"),
        Binding("less_than_sign", "slide(-1)", "Slide panes left", show=False, key_display="<"),
        Binding("d", "word_diff", "Word diff of the fact", show=False,
                tooltip="Word diff of the current fact, outlet by outlet"),
        Binding("quotation_mark", "quotes", "Quote drift", show=False, key_display='"',
                tooltip="Quote drift: wording and speaker per outlet"),
        Binding("o", "omissions", "Omissions", show=False,
                tooltip="Omitted facts and unique sentences of this outlet"),
        Binding("c", "coverage", "Coverage matrix", show=False,
                tooltip="Coverage matrix: facts × outlets, Enter jumps"),
        Binding("i", "entity_browser", "Entity browser", show=False,
                tooltip="Entity browser: Enter steps through mentions"),
        Binding("w", "explain", "Why matched", show=False,
                tooltip="Why this sentence matched: score and reasons"),
    ]

    # State shared by the panes, bound down to each ArticleView. The screen has
    # nothing of its own to paint, so none of these repaint it (a screen repaint
    # recomposites every cell).
    sync: reactive[bool] = reactive(True, repaint=False)
    show_entities: reactive[bool] = reactive(True, repaint=False)
    show_boilerplate: reactive[bool] = reactive(True, repaint=False)
    current_fact: reactive[int | None] = reactive(None, repaint=False)
    current_entity: reactive[int | None] = reactive(None, repaint=False)

    def __init__(self, documents: Sequence[Document], *, analysis: Analysis | None = None,
                 analyze: Analyze | None = None, insights: Insights | None = None) -> None:
        super().__init__()
        self.documents = tuple(documents)
        self._analysis = analysis
        self._analyze = analyze
        self._insights = insights
        self._facts_painted = threading.Event()
        self.story: Story | None = None
        self.panes: list[OutletPane] = []
        self.views: list[ArticleView] = []
        self.window_start = 0
        self.window_size = len(self.documents)
        self.pane_width = MIN_PANE_WIDTH
        self.pane_row = PaneRow(id="panes")
        self.top_bar = TopBar()
        self.status = StatusLine()
        self.search_bar = SearchBar()
        self.entity_sidebar = EntitySidebar()

    def compose(self) -> ComposeResult:
        yield self.top_bar
        # The entity sidebar is mounted the first time it is opened (`i`): hidden
        # until then, it would only add its list's widgets to the first frame's cost.
        with self.pane_row:
            for position, doc in enumerate(self.documents):
                index = document_index(doc)
                view = ArticleView(index, id=f"view-{position}").data_bind(
                    ReaderScreen.show_entities, ReaderScreen.show_boilerplate,
                    ReaderScreen.current_fact, ReaderScreen.current_entity,
                )
                pane = OutletPane(position, view, index.article)
                self.panes.append(pane)
                self.views.append(view)
                yield pane
        yield self.search_bar
        yield self.status
        yield KeysBar(self.app.all_bindings())  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.top_bar.summary = f"reader · {_count(len(self.documents), 'article')}"
        self._update_flags()
        if self._analysis is not None:
            self.top_bar.set_progress(None)
            self.apply_analysis(self._analysis)
            if self._insights is not None:
                self.set_insights(self._insights)
            else:
                self.call_after_refresh(self._facts_painted.set)
                self.run_insights(self._analysis)
        elif self._analyze is not None:
            self.top_bar.set_progress(0.0)
            self.status.position = "analysing the articles… facts and entities appear when it is done"
            # After the first paint: importing spaCy in the worker would compete with it for the GIL.
            self.call_after_refresh(self.run_analysis)
        else:
            self.top_bar.set_progress(None)
        self._layout_window()
        if self.views:
            self._mark_focused(0)

    def apply_analysis(self, analysis: Analysis) -> None:
        """Swap each pane's paragraphs for sentences, facts and entities, keeping the reader's place."""
        story = Story(analysis, self.documents)
        self.story = story
        for pane, index in zip(self.panes, story.articles, strict=False):
            view = pane.view
            offset = view.index.units[view.cursor][0] if view.index else 0
            view.fact_count = len(analysis.facts)
            view.index = index
            view.cursor = index.unit_at(offset)
            pane.header.show(index.article)
        self.insights, self.number_conflicts = None, {}
        if self.entity_sidebar.is_mounted:  # else it is filled when first opened
            self.entity_sidebar.show_story(story)
        entities = len(story.shared_entities)
        self.top_bar.summary = (f"reader · {_count(len(analysis.articles), 'article')} · "
                                f"{_count(len(analysis.facts), 'fact')} · {_count(entities, 'shared entity')}")
        for warning in analysis.warnings:
            self.notify(warning, severity="warning")
        if len(analysis.articles) < 2:
            self.notify("Only one article is open, so there is nothing to align: open two or more outlets' "
                        "articles on the same story.", severity="information", timeout=8)
        self.cursor_moved(self.focused_pane, scroll=False)
        self.call_after_refresh(self._settle)

    def _settle(self) -> None:
        """Once laid out: bring the cursor into view and line the panes up on its fact."""
        self._keep_in_view(self.focused_pane)
        self.sync_panes(self.focused_pane)

    # -- window of panes ------------------------------------------------------

    def on_resize(self) -> None:
        self.set_class(self.size.width < 120, "-narrow")
        self._layout_window()
        self.call_after_refresh(self._settle)  # new widths rewrap every pane

    def _layout_window(self) -> None:
        """Size the panes so that as many fit as are readable, keeping the focused one in view.

        The panes sit in a horizontal scroll at a fixed width each, and the
        window slides by scrolling: hidden panes keep their size, so they can be
        synced while out of view and sliding costs no layout.
        """
        count = len(self.panes)
        width = self.size.width or self.app.size.width
        if self.entity_sidebar.display:
            width -= self.entity_sidebar.outer_size.width
        if not count or not width:
            return
        self.window_size = max(1, min(count, width // MIN_PANE_WIDTH))
        self.pane_width = width // self.window_size
        for pane in self.panes:
            if pane.styles.width is None or pane.styles.width.value != self.pane_width:
                pane.styles.width = self.pane_width
        self.call_after_refresh(self._show_window, self.window_start)

    def in_view(self, position: int) -> bool:
        """Whether pane `position` is inside the window."""
        return self.window_start <= position < self.window_start + self.window_size

    def _show_window(self, start: int, keep: int | None = None) -> None:
        """Slide the window to start at pane `start`, or further so that pane `keep`
        (default: the focused one) shows."""
        count = len(self.panes)
        start = max(0, min(start, count - self.window_size))
        focused = self.focused_pane if keep is None else keep
        if not start <= focused < start + self.window_size:
            start = max(0, min(focused - (0 if focused < start else self.window_size - 1),
                               count - self.window_size))
        self.window_start = start
        self.pane_row.scroll_to(x=start * self.pane_width, animate=False, immediate=True)
        last = start + self.window_size
        self.top_bar.window = f"panes {start + 1}-{last} of {count} · < >" if self.window_size < count else ""

    def ensure_pane_visible(self, position: int) -> None:
        if not self.window_start <= position < self.window_start + self.window_size:
            start = position if position < self.window_start else position - self.window_size + 1
            self._show_window(max(0, start), keep=position)

    def action_slide(self, direction: int) -> None:
        """Slide the window of panes; the focus follows if it slid out of view."""
        if self.window_size >= len(self.panes):
            self.set_message("all panes are in view")
            return
        start = max(0, min(self.window_start + direction, len(self.panes) - self.window_size))
        focused = self.focused_pane
        target = min(max(focused, start), start + self.window_size - 1)
        self._show_window(start, keep=target)
        if target != focused:
            self.hop_to(target)

    # -- toggles --------------------------------------------------------------

    def action_toggle(self, name: str) -> None:
        """Flip one of the screen's switches (sync, entity marks, boilerplate)."""
        setattr(self, name, not getattr(self, name))
        self._update_flags()
        words = {"sync": "synced scrolling", "show_entities": "entity marks",
                 "show_boilerplate": "boilerplate"}
        state = "on" if getattr(self, name) else "off"
        if name == "show_boilerplate":
            state = "shown dimmed" if self.show_boilerplate else "hidden"
        self.set_message(f"{words[name]} {state}")
        if name == "show_boilerplate":  # rows moved: bring the cursor back and line the panes up again
            self.call_after_refresh(self._settle)

    def _update_flags(self) -> None:
        def flag(on: bool, name: str) -> str:
            return f"{name} {'on' if on else 'off'}"

        self.top_bar.flags = " · ".join([
            flag(self.sync, "sync"), flag(self.show_entities, "entities"),
            "boilerplate " + ("dimmed" if self.show_boilerplate else "hidden"),
        ])

    def set_message(self, text: str) -> None:
        self.status.message = text



def _count(n: int, noun: str) -> str:
    """'1 article', '3 articles', '2 shared entities'."""
    if n == 1:
        return f"1 {noun}"
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {plural}"
