"""The reader screen, built from parts: a top bar, the pane deck, the search bar, the status line, the keys.

The `PaneDeck` owns panes, focus, cursors, the current fact and sync; a `Finder`
runs search and entity steps over it; `Comparisons` builds the views from data
the worker computed. Toggles bind down; worker messages and `DeckMoved` come up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from reader.model import Analysis, Document
from reader.ui import messages as msg
from reader.ui.comparisons import Comparisons
from reader.ui.facts import Story
from reader.ui.finder import Finder
from reader.ui.keys import READER_BINDINGS
from reader.ui.marks import Target
from reader.ui.safe import one_line
from reader.ui.status import count, flags_text, position_text, toggle_note
from reader.ui.widgets.bars import KeysBar, StatusLine, TopBar
from reader.ui.widgets.entity_sidebar import EntitySidebar
from reader.ui.widgets.marked_list import MarkedList
from reader.ui.widgets.pane_deck import PaneDeck
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.worker import Analyze, Progress, analysis_job, failure_reason, insights_job

if TYPE_CHECKING:
    from reader.compare.insights import Insights
    from reader.compare.views_data import ViewData

__all__ = ["Analyze", "Progress", "ReaderScreen"]


class ReaderScreen(Screen[None]):
    """Side-by-side outlet panes with fact hopping."""

    AUTO_FOCUS = ""  # the screen takes the keys; only the search bar and the entity list take the focus
    BINDINGS = READER_BINDINGS

    # Switches bound down to the deck and on to every pane; none repaints the screen itself.
    sync: reactive[bool] = reactive(True, repaint=False)
    show_entities: reactive[bool] = reactive(True, repaint=False)
    show_boilerplate: reactive[bool] = reactive(True, repaint=False)

    def __init__(self, documents: Sequence[Document], *, analysis: Analysis | None = None,
                 analyze: Analyze | None = None, insights: tuple[Insights, ViewData] | None = None) -> None:
        super().__init__()
        self.documents = tuple(documents)
        self._analysis, self._analyze, self._insights = analysis, analyze, insights
        self.top_bar = TopBar()
        self.deck = PaneDeck(self.documents)
        self.status = StatusLine()
        self.search_bar = SearchBar()
        self.entity_sidebar = EntitySidebar()
        self.finder = Finder(self.deck)
        self.comparisons = Comparisons()

    def compose(self) -> ComposeResult:
        yield self.top_bar
        yield self.deck.data_bind(ReaderScreen.sync, ReaderScreen.show_entities, ReaderScreen.show_boilerplate)
        yield self.search_bar
        yield self.status
        yield KeysBar(self.app.all_bindings(picker=False))  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.top_bar.summary = f"reader · {count(len(self.documents), 'article')}"
        self._show_flags()
        self.top_bar.set_progress(0.0 if self._analysis is None and self._analyze is not None else None)
        if self._analysis is not None:
            self.apply_analysis(self._analysis)
            if self._insights is not None:
                self.comparisons.take(self.story, *self._insights)
        elif self._analyze is not None:
            self.status.position = "analysing the articles… facts and entities appear when it is done"
            # After the first paint: importing spaCy in the worker would compete with it for the GIL.
            self.call_after_refresh(self._start_analysis, self._analyze)

    @property
    def story(self) -> Story | None:
        return self.deck.story

    def _start_analysis(self, analyze: Analyze) -> None:
        self.run_worker(partial(analysis_job, self.documents, analyze, self.post_message), thread=True,
                        group="analysis", exclusive=True, exit_on_error=False, description="analysis")

    def _start_insights(self, analysis: Analysis) -> None:
        """Once the facts are painted (a busy thread would take the GIL from that paint)."""
        self.run_worker(partial(insights_job, analysis, self.post_message), thread=True, group="insights",
                        exclusive=True, exit_on_error=False, description="insights")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR:
            self.post_message(msg.AnalysisFailed(failure_reason(event.worker.error)))

    def on_analysis_progress(self, message: msg.AnalysisProgress) -> None:
        self.top_bar.set_progress(message.fraction)
        self.status.position = f"analysing: {message.stage} {message.fraction:.0%}…"

    def on_analysis_ready(self, message: msg.AnalysisReady) -> None:
        self.top_bar.set_progress(None)
        self.apply_analysis(message.analysis)

    def on_analysis_failed(self, message: msg.AnalysisFailed) -> None:
        self.top_bar.set_progress(None)
        self.status.error = True
        self.status.position = f"analysis failed: {message.reason}"
        self.status.message = ""
        self.notify(f"{one_line(message.reason)}\nThe articles are shown without facts or entities.",
                    title="Analysis failed", severity="error", timeout=20, markup=False)

    def on_insights_ready(self, message: msg.InsightsReady) -> None:
        self.comparisons.take(self.story, message.insights, message.views)
        self._show_position(self.deck.focused_pane)

    def on_insights_failed(self, message: msg.InsightsFailed) -> None:
        self.status.message = f"the comparisons failed ({message.reason}); facts and entities are unaffected"

    def apply_analysis(self, analysis: Analysis) -> None:
        """Hand the deck the facts and entities; say what was found and what was left out."""
        story = Story(analysis, self.documents)
        self.comparisons.take(None, None, None)
        self.deck.story = story
        if self.entity_sidebar.is_mounted:  # else it is filled when first opened
            self.entity_sidebar.show_story(story)
        self.top_bar.summary = (f"reader · {count(len(analysis.articles), 'article')} · "
                                f"{count(story.fact_count, 'fact')} · "
                                f"{count(len(story.shared_entities), 'shared entity')}")
        for warning in analysis.warnings:
            self.notify(one_line(warning), severity="warning", markup=False)
        if len(analysis.articles) < 2:
            self.notify("Only one article is open, so there is nothing to align: open two or more outlets' "
                        "articles on the same story.", severity="information", timeout=8, markup=False)
        self.call_after_refresh(self.deck.settle)
        if self._insights is None or analysis is not self._analysis:
            self.call_after_refresh(self._start_insights, analysis)

    def on_deck_moved(self, message: msg.DeckMoved) -> None:
        """A move the screen did not start (a click); its own keys report at once (`_report`)."""
        self._show_position(message.pane)
        self.status.message = message.note

    def _report(self) -> None:
        """The bars, from the key's own handler: a repaint from `DeckMoved` would land a frame late."""
        self._show_position(self.deck.focused_pane)
        self.status.message = self.deck.note

    def on_window_changed(self, message: msg.WindowChanged) -> None:
        shown = message.last - message.first + 1
        self.top_bar.window = (f"panes {message.first + 1}-{message.last + 1} of {message.count} · < >"
                               if shown < message.count else "")

    def _show_position(self, pane: int) -> None:
        deck = self.deck
        index = deck.index_of(pane)
        if index is not None:
            self.status.position = position_text(deck.story, index, deck.views[pane].cursor, deck.outlet_name(pane),
                                                 deck.current_fact, self.comparisons.conflicts, deck.outlet_name)

    def on_resize(self) -> None:
        self.set_class(self.size.width < 120, "-narrow")
        self._show_flags()

    def _move(self, move: Callable[..., object], *args: object) -> None:
        """A deck move, the bars updated in the same handler (so the key paints as one frame)."""
        move(*args)
        self._report()

    def action_cursor(self, delta: int) -> None:
        self._move(self.deck.move, delta)

    def action_edge(self, direction: int) -> None:
        self._move(self.deck.to_edge, direction)

    def action_page(self, direction: int) -> None:
        self._move(self.deck.page, direction)

    def action_hop(self, direction: int) -> None:
        """Focus the next (+1) or previous (-1) outlet, carrying the current fact."""
        self._move(self.deck.hop, (self.deck.focused_pane + direction) % len(self.deck.panes))

    def action_pane(self, number: int) -> None:
        """Focus outlet `number` (1-based), carrying the current fact."""
        if number > len(self.deck.panes):
            self.status.message = f"there is no outlet {number}; {len(self.deck.panes)} are open"
        else:
            self._move(self.deck.hop, number - 1)

    def hop_to(self, pane: int) -> None:
        self._move(self.deck.hop, pane)

    def action_fact(self, direction: int) -> None:
        self._move(self.deck.step_fact, direction)

    def action_cycle_fact(self) -> None:
        self._move(self.deck.cycle_fact)

    def action_slide(self, direction: int) -> None:
        self._move(self.deck.slide, direction)

    def action_entity(self, direction: int) -> None:
        self._move(self.finder.entity_step, direction)

    def action_switch(self, name: str) -> None:
        """Flip one of the screen's switches (sync, entity marks, boilerplate)."""
        setattr(self, name, not getattr(self, name))
        self._show_flags()
        self.status.message = toggle_note(name, getattr(self, name))
        if name == "show_boilerplate":  # rows moved: bring the cursor back and line the panes up again
            self.call_after_refresh(self.deck.settle)

    def _show_flags(self) -> None:
        self.top_bar.flags = flags_text(self.sync, self.show_entities, self.show_boilerplate,
                                        short=self.size.width < 120)

    def action_search(self) -> None:
        self.search_bar.open()

    @on(Input.Submitted, "#search")
    def _search(self, event: Input.Submitted) -> None:
        event.stop()
        self.search_bar.close()
        self.set_focus(None)
        if not event.value.strip():
            self.action_clear()
            return
        self._move(self.finder.search, event.value)

    def action_next_match(self, direction: int) -> None:
        self._move(self.finder.next_match, direction)

    def action_clear(self) -> None:
        """Close the search bar, else clear search marks and the entity emphasis."""
        if self.search_bar.display:
            self.search_bar.close()
            self.set_focus(None)
            return
        self.finder.clear()
        self.status.message = ""

    def action_compare(self, kind: str) -> None:
        """Open a comparison view (`word_diff`, `quotes`, `omissions`, `coverage`, `explain`) on the reader's place."""
        deck = self.deck
        screen = self.comparisons.screen(kind, deck.story, deck.focused_pane, deck.views[deck.focused_pane].cursor,
                                         deck.current_fact)
        if isinstance(screen, str):
            self.status.message = screen
        else:
            self.app.push_screen(screen, callback=self._land)

    def _land(self, result: object) -> None:
        """Where a view sent the reader: a sentence (Target) or a fact number."""
        if isinstance(result, int) and not isinstance(result, bool):
            self.jump_to_fact(result)
        elif isinstance(result, Target):
            self.deck.go_to(result.pane, result.unit)

    def jump_to_fact(self, fact: int) -> None:
        """Make `fact` current: in the focused pane if it reports it, else in the first that does."""
        story, deck = self.story, self.deck
        if story is None:
            return
        pane = deck.focused_pane
        if fact not in story.articles[pane].members:
            pane = min(story.fact_articles[fact])
        deck.go_to(pane, story.articles[pane].members[fact][0], fact=fact)

    async def action_entity_browser(self) -> None:
        """Show or hide the list of entities that several outlets mention."""
        sidebar = self.entity_sidebar
        if sidebar.display:
            self.on_entity_sidebar_closed()
            return
        if self.story is None:
            self.status.message = "entities appear when the analysis is done"
            return
        if not sidebar.is_mounted:  # first opened: mounted now, beside the panes
            sidebar.show_story(self.story)
            await self.mount(sidebar, after=self.top_bar)
        sidebar.display = True
        sidebar.list.focus()

    def on_entity_sidebar_closed(self, _message: EntitySidebar.Closed | None = None) -> None:
        self.entity_sidebar.display = False
        self.finder.browsing = None
        self.set_focus(None)

    def on_marked_list_chosen(self, event: MarkedList.Chosen) -> None:
        if isinstance(event.target, int):
            self.finder.browse(event.target)
