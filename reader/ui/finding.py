"""Finding things across the panes: search, shared entities, palette jumps.

A mixin of `ReaderScreen`, beside `Navigation` (which moves the cursor and
keeps the panes in step); both act on the same screen state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

from reader.ui.render import sanitize
from reader.ui.search import SearchResults

if TYPE_CHECKING:
    from reader.ui.story import Story
    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.search_bar import SearchBar


class Finding:
    """Search (`/`, n, N, Esc), entity steps (e, E) and the palette's jumps."""

    if TYPE_CHECKING:
        story: Story | None
        views: list[ArticleView]
        search_bar: SearchBar
        show_entities: bool
        show_boilerplate: bool
        current_entity: int | None
        _mention: tuple[int, int] | None

        @property
        def focused_pane(self) -> int: ...
        def outlet_name(self, pane: int) -> str: ...
        def set_message(self, text: str) -> None: ...
        def set_focus(self, widget: object) -> None: ...
        def call_after_refresh(self, callback: object, *args: object) -> bool: ...
        def cursor_moved(self, pane: int, *, scroll: bool = True, row: int | None = None,
                         keep_entity: bool = False) -> None: ...
        def _focus_pane(self, pane: int) -> bool: ...

    _results: SearchResults | None = None
    _hit: int | None = None

    # -- entities -------------------------------------------------------------------

    def action_entity(self, direction: int) -> None:
        """The next (+1) or previous (-1) mention of a shared entity; its other mentions light up."""
        pane = self.focused_pane
        if self.story is None:
            self.set_message("entities appear when the analysis is done")
            return
        mentions = self.story.articles[pane].mentions
        if not mentions:
            self.set_message(f"{self.outlet_name(pane)} mentions no entity another outlet shares")
            return
        view = self.views[pane]
        here = self._mention[1] if self._mention and self._mention[0] == pane else None
        if here is None:
            here = view.index.units[view.cursor][0] - (1 if direction > 0 else 0) if view.index else 0
        if direction > 0:
            mark = next((m for m in mentions if m.start > here), mentions[0])
        else:
            mark = next((m for m in reversed(mentions) if m.start < here), mentions[-1])
        self.show_entities = True
        self.show_entity(pane, mark.start, mark.entity)

    def show_entity(self, pane: int, offset: int, entity: int) -> None:
        """Put the cursor on the mention at `offset` and emphasise all mentions of `entity`."""
        assert self.story is not None
        view = self.views[pane]
        self._mention = (pane, offset)
        self.current_entity = entity
        view.cursor = self.story.articles[pane].unit_at(offset)
        self.cursor_moved(pane, row=view.row_of_offset(offset), keep_entity=True)
        ent = self.story.analysis.entities[entity]
        self.set_message(f"{ent.name} ({ent.label}) · {len(ent.mentions)} mentions in "
                         f"{self.story.entity_outlets[entity]} outlets · e/E for the next")

    # -- jumps from the command palette ----------------------------------------------

    def jump_to_fact(self, fact: int) -> None:
        """Put the cursor on `fact`: in the focused pane if it reports it, else in the first that does."""
        assert self.story is not None
        pane = self.focused_pane
        if fact not in self.story.articles[pane].members:
            pane = min(self.story.fact_articles[fact])
        self._focus_pane(pane)
        self.views[pane].cursor = self.story.articles[pane].members[fact][0]
        self.set_message("")
        self.call_after_refresh(self.cursor_moved, pane)

    def jump_to_entity(self, entity: int) -> None:
        """Put the cursor on a mention of `entity`, preferring the focused pane."""
        assert self.story is not None
        panes = [self.focused_pane, *range(len(self.views))]
        for pane in panes:
            mark = next((m for m in self.story.articles[pane].mentions if m.entity == entity), None)
            if mark is not None:
                self._focus_pane(pane)
                self.show_entities = True
                self.call_after_refresh(self.show_entity, pane, mark.start, entity)
                return

    # -- search -------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search bar."""
        self.search_bar.open()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input is not self.search_bar:
            return
        event.stop()
        self.search_bar.close()
        self.set_focus(None)
        query = event.value
        if not query.strip():
            self.action_clear()
            return
        texts = [sanitize(v.index.article.text) if v.index else "" for v in self.views]
        skip = [() if self.show_boilerplate or not v.index else v.index.dim for v in self.views]
        self._results = results = SearchResults.run(query, texts, skip)
        for pane, view in enumerate(self.views):
            view.matches = results.in_pane(pane)
        view = self.views[self.focused_pane]
        offset = view.index.units[view.cursor][0] if view.index else 0
        first = results.first_from(self.focused_pane, offset)
        if first is None:
            self._hit = None
            self.set_message(f"no match for “{query}”")
            return
        self.go_to_hit(first)

    def action_next_match(self, direction: int) -> None:
        """The next (+1) or previous (-1) search match, across panes."""
        if self._results is None:
            self.set_message("no search yet: press / to search")
            return
        index = self._results.step(self._hit, direction)
        if index is None:
            self.set_message(f"no match for “{self._results.query}”")
            return
        self.go_to_hit(index)

    def go_to_hit(self, index: int) -> None:
        assert self._results is not None
        self._hit = index
        hit = self._results.hits[index]
        for pane, view in enumerate(self.views):
            view.current_match = (hit.start, hit.end) if pane == hit.pane else None
        self._focus_pane(hit.pane)
        view = self.views[hit.pane]
        if view.index is not None:
            view.cursor = view.index.unit_at(hit.start)
        total = len(self._results.hits)
        self.call_after_refresh(self._after_jump, hit.pane, hit.start,
                                f"match {index + 1}/{total} for “{self._results.query}” · n/N for more")

    def _after_jump(self, pane: int, offset: int, message: str) -> None:
        self.cursor_moved(pane, row=self.views[pane].row_of_offset(offset))
        self.set_message(message)

    def action_clear(self) -> None:
        """Close the search bar, else clear search marks and the entity emphasis."""
        if self.search_bar.display:
            self.search_bar.close()
            self.set_focus(None)
            return
        self._results, self._hit = None, None
        for view in self.views:
            view.matches = ()
            view.current_match = None
        self._mention = None
        self.current_entity = None
        self.set_message("")
