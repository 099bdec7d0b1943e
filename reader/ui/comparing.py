"""The reader screen's comparison keys: word diff, quotes, omissions, coverage, entities, explain.

A mixin of `ReaderScreen`, beside `Navigation` and `Finding`. The insights
arrive from the analysis worker (`InsightsReady`); each key opens a view built
from them and, when the reader chooses a sentence there, puts the cursor on
it. Nothing here runs on the hop or next-fact paths: the only per-key cost is
the number-conflict lookup in the status line, one dict access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.marks import Target

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widget import AwaitMount, Widget

    from reader.compare.insights import Insights
    from reader.ui.messages import InsightsReady
    from reader.ui.story import Story
    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.entity_sidebar import EntitySidebar
    from reader.ui.widgets.marked_list import MarkedList


class Comparing:
    """Actions bound in `ReaderScreen.BINDINGS` that open the comparison views."""

    if TYPE_CHECKING:
        story: Story | None
        views: list[ArticleView]
        entity_sidebar: EntitySidebar
        top_bar: Widget
        show_entities: bool
        current_fact: int | None
        app: object

        @property
        def focused_pane(self) -> int: ...
        def outlet_name(self, pane: int) -> str: ...
        def set_message(self, text: str) -> None: ...
        def set_focus(self, widget: object) -> None: ...
        def call_after_refresh(self, callback: object, *args: object) -> bool: ...
        def mount(self, *widgets: Widget, after: Widget | None = None) -> AwaitMount: ...
        def cursor_moved(self, pane: int, *, scroll: bool = True, row: int | None = None,
                         keep_entity: bool = False) -> None: ...
        def sync_panes(self, source: int) -> None: ...
        def show_entity(self, pane: int, offset: int, entity: int) -> None: ...
        def jump_to_fact(self, fact: int) -> None: ...
        def _focus_pane(self, pane: int) -> bool: ...
        def _layout_window(self) -> None: ...
        def _update_status(self, pane: int) -> None: ...

    insights: Insights | None = None
    #: Fact number -> what differs, for facts whose members state different numbers.
    number_conflicts: dict[int, str] = {}
    _browsing: tuple[int, int] | None = None  # (entity, mention) the entity browser is on

    def on_insights_ready(self, message: InsightsReady) -> None:
        self.set_insights(message.insights)

    def set_insights(self, insights: Insights) -> None:
        """Take the comparisons of the current story; flag its number conflicts in the status line."""
        self.insights = insights
        if self.story is not None:
            conflicts: dict[int, str] = {}
            for conflict in insights.conflicts:
                number = self.story.fact_number.get(conflict.fact)
                if number is not None:
                    conflicts.setdefault(number, conflict.summary)
            self.number_conflicts = conflicts
            self._update_status(self.focused_pane)

    def _ready(self) -> bool:
        """Whether the comparisons can be shown; if not, say why."""
        if self.story is None:
            self.set_message("comparisons appear when the analysis is done")
            return False
        if self.insights is None:
            self.set_message("still comparing the outlets… try again in a moment")
            return False
        return True

    def _open(self, screen: Screen[object]) -> None:
        self.app.push_screen(screen, callback=self._land)  # type: ignore[attr-defined]

    # -- keys -------------------------------------------------------------------------

    def action_word_diff(self) -> None:
        """Show the current fact as a stacked comparison with the differing words marked."""
        if not self._ready():
            return
        if self.current_fact is None:
            self.set_message("no fact here: the word diff compares the outlets reporting a fact")
            return
        assert self.story is not None and self.insights is not None
        from reader.ui.screens.diff import DiffScreen

        self._open(DiffScreen(self.story, self.insights, self.current_fact))

    def action_quotes(self) -> None:
        """List quotations given by several outlets, with each outlet's wording and speaker."""
        if self._ready():
            assert self.story is not None and self.insights is not None
            from reader.ui.screens.quotes import QuotesScreen

            self._open(QuotesScreen(self.story, self.insights))

    def action_omissions(self) -> None:
        """List the facts the focused outlet leaves out and the sentences it alone has."""
        if self._ready():
            assert self.story is not None and self.insights is not None
            from reader.ui.screens.omissions import OmissionsScreen

            self._open(OmissionsScreen(self.story, self.insights, self.focused_pane))

    def action_coverage(self) -> None:
        """Show which outlet reports which fact, as a table to move around in."""
        if self._ready():
            assert self.story is not None and self.insights is not None
            from reader.ui.screens.coverage import CoverageScreen

            self._open(CoverageScreen(self.story, self.insights))

    def action_explain(self) -> None:
        """Say why the sentence under the cursor was matched with the other outlets' wording."""
        if self.story is None:
            self.set_message("matches appear when the analysis is done")
            return
        pane = self.focused_pane
        if self.current_fact is None:
            self.set_message("this sentence is not matched: no other outlet reports it")
            return
        from reader.ui.screens.explain import ExplainScreen

        self._open(ExplainScreen(self.story, pane, self.views[pane].cursor))

    async def action_entity_browser(self) -> None:
        """Show or hide the list of entities that several outlets mention."""
        sidebar = self.entity_sidebar
        if sidebar.display:
            self._close_sidebar()
            return
        if self.story is None:
            self.set_message("entities appear when the analysis is done")
            return
        if not sidebar.is_mounted:  # first opened: mounted now, beside the panes
            sidebar.show_story(self.story)
            await self.mount(sidebar, after=self.top_bar)
        sidebar.display = True
        sidebar.list.focus()
        self.call_after_refresh(self._layout_window)

    def _close_sidebar(self) -> None:
        self.entity_sidebar.display = False
        self._browsing = None
        self.set_focus(None)
        self.call_after_refresh(self._layout_window)

    def on_entity_sidebar_closed(self, _message: EntitySidebar.Closed) -> None:
        self._close_sidebar()

    def on_marked_list_chosen(self, event: MarkedList.Chosen) -> None:
        """An entity chosen in the sidebar: its next mention, across panes."""
        if self.story is None or not isinstance(event.target, int):
            return
        from reader.ui.widgets.entity_sidebar import entity_mentions

        entity = event.target
        mentions = entity_mentions(self.story, entity)
        if not mentions:
            return
        step = self._browsing[1] + 1 if self._browsing and self._browsing[0] == entity else 0
        step %= len(mentions)
        self._browsing = (entity, step)
        pane, offset = mentions[step]
        self._focus_pane(pane)
        self.show_entities = True
        self.call_after_refresh(self._show_mention, pane, offset, entity, step, len(mentions))

    def _show_mention(self, pane: int, offset: int, entity: int, step: int, total: int) -> None:
        assert self.story is not None
        self.show_entity(pane, offset, entity)
        name = self.story.analysis.entities[entity].name
        self.set_message(f"{name} · mention {step + 1}/{total}, in {self.outlet_name(pane)} · Enter for the next")

    # -- landing from a view ------------------------------------------------------------

    def _land(self, result: object) -> None:
        """Where a view sent the reader: a sentence (Target) or a fact number."""
        if isinstance(result, int) and not isinstance(result, bool):
            self.jump_to_fact(result)
        elif isinstance(result, Target):
            self.jump_to_sentence(result.pane, result.unit)

    def jump_to_sentence(self, pane: int, unit: int) -> None:
        """Focus `pane` with its cursor on `unit`, the other panes lined up on its fact."""
        self._focus_pane(pane)
        self.views[pane].cursor = unit
        self.set_message("")
        self.call_after_refresh(self._after_landing, pane)

    def _after_landing(self, pane: int) -> None:
        self.cursor_moved(pane)
        self.sync_panes(pane)
