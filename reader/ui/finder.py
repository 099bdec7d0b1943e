"""Finding things across the deck: search (`/`, n, N), shared-entity steps (e, E), the entity browser's steps.

A small controller the reader screen owns, not a widget: it keeps what was
searched and which hit or mention is shown, and moves the deck's cursor. What
to tell the reader travels with the move (`DeckMoved`).
"""

from __future__ import annotations

from reader.ui.safe import sanitize
from reader.ui.search import SearchResults
from reader.ui.widgets.pane_deck import PaneDeck


class Finder:
    """Search hits and entity mentions over the panes of one deck."""

    def __init__(self, deck: PaneDeck) -> None:
        self.deck = deck
        self.results: SearchResults | None = None
        self.hit: int | None = None
        self.browsing: tuple[int, int] | None = None  # (entity, mention) the entity browser is on

    def say(self, note: str) -> None:
        self.deck.report(self.deck.focused_pane, note)

    # -- search -------------------------------------------------------------------

    def search(self, query: str) -> None:
        """Search every pane for `query` (hidden boilerplate left out); go to the first hit from the cursor."""
        deck = self.deck
        texts = [sanitize(v.index.article.text) if v.index else "" for v in deck.views]
        skip = [() if deck.show_boilerplate or not v.index else v.index.dim for v in deck.views]
        self.results = results = SearchResults.run(query, texts, skip)
        for pane, view in enumerate(deck.views):
            view.matches = results.in_pane(pane)
        first = results.first_from(deck.focused_pane, deck.cursor_offset(deck.focused_pane))
        if first is None:
            self.hit = None
            self.say(f"no match for “{query}”")
            return
        self.go_to_hit(first)

    def next_match(self, direction: int) -> None:
        if self.results is None:
            self.say("no search yet: press / to search")
            return
        index = self.results.step(self.hit, direction)
        if index is None:
            self.say(f"no match for “{self.results.query}”")
            return
        self.go_to_hit(index)

    def go_to_hit(self, index: int) -> None:
        assert self.results is not None
        self.hit = index
        hit = self.results.hits[index]
        deck = self.deck
        for pane, view in enumerate(deck.views):
            view.current_match = (hit.start, hit.end) if pane == hit.pane else None
        view = deck.views[hit.pane]
        unit = view.index.unit_at(hit.start) if view.index else 0
        note = f"match {index + 1}/{len(self.results.hits)} for “{self.results.query}” · n/N for more"
        deck.go_to(hit.pane, unit, row=view.row_of_offset(hit.start), note=note)

    def clear(self) -> None:
        """Clear search marks and the entity emphasis."""
        self.results, self.hit = None, None
        for view in self.deck.views:
            view.matches = ()
            view.current_match = None
        self.deck.mention = None
        self.deck.current_entity = None

    # -- entities -------------------------------------------------------------------

    def entity_step(self, direction: int) -> None:
        """The next (+1) or previous (-1) mention of a shared entity in the focused pane."""
        deck = self.deck
        pane = deck.focused_pane
        index = deck.index_of(pane)
        if deck.story is None or index is None:
            self.say("entities appear when the analysis is done")
            return
        mentions = index.mentions
        if not mentions:
            self.say(f"{deck.outlet_name(pane)} mentions no entity another outlet shares")
            return
        here = deck.mention[1] if deck.mention and deck.mention[0] == pane else None
        if here is None:
            here = deck.cursor_offset(pane) - (1 if direction > 0 else 0)
        if direction > 0:
            mark = next((m for m in mentions if m.start > here), mentions[0])
        else:
            mark = next((m for m in reversed(mentions) if m.start < here), mentions[-1])
        deck.show_entities = True
        deck.show_mention(pane, mark.start, mark.entity)

    def mentions_of(self, entity: int) -> list[tuple[int, int]]:
        """(pane, offset) of every painted mention of `entity`, pane by pane, in reading order."""
        return [(pane, m.start) for pane, view in enumerate(self.deck.views) if view.index
                for m in view.index.mentions if m.entity == entity]

    def browse(self, entity: int) -> None:
        """The entity browser chose `entity`: its next mention, across panes (one per Enter)."""
        mentions = self.mentions_of(entity)
        if not mentions or self.deck.story is None:
            return
        step = self.browsing[1] + 1 if self.browsing and self.browsing[0] == entity else 0
        step %= len(mentions)
        self.browsing = (entity, step)
        pane, offset = mentions[step]
        name = self.deck.story.entity(entity)[0]
        self.deck.show_entities = True
        self.deck.show_mention(pane, offset, entity, note=f"{name} · mention {step + 1}/{len(mentions)}, in "
                               f"{self.deck.outlet_name(pane)} · Enter for the next")

    def jump_to_entity(self, entity: int) -> None:
        """Put the cursor on a mention of `entity`, preferring the focused pane."""
        mentions = self.mentions_of(entity)
        here = [m for m in mentions if m[0] == self.deck.focused_pane]
        if mentions:
            pane, offset = (here or mentions)[0]
            self.deck.show_entities = True
            self.deck.show_mention(pane, offset, entity)
