"""The entity browser: linked entities by how many outlets mention them, in a sidebar.

Choosing an entity (Enter) posts `MarkedList.Chosen` with its index; the
reader screen steps through its mentions across the panes, one per Enter.
The list is built from the `Story` the screen hands down; the widget itself
knows nothing of articles or files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from reader.ui.marks import Item, Row
from reader.ui.widgets.marked_list import MarkedList

if TYPE_CHECKING:
    from reader.ui.facts import Story


def entity_items(story: Story) -> list[Item]:
    """Shared entities, most outlets first, then most mentions; each row targets its entity index."""
    counts = {e: sum(1 for index in story.articles for m in index.mentions if m.entity == e)
              for e in story.shared_entities}
    order = sorted(story.shared_entities,
                   key=lambda e: (-story.entity_outlets[e], -counts[e], e))
    items: list[Item] = []
    for e in order:
        if not counts[e]:
            continue  # only mentioned in boilerplate: nothing to step through
        entity = story.analysis.entities[e]
        items.append(Row(((entity.name, "head"), (f"  {entity.label}", "muted"),
                          (f"\n  {story.entity_outlets[e]} outlets · {counts[e]} mentions", "muted")), e))
    return items or [Row((("no entity is mentioned by two outlets", "muted"),))]


def entity_mentions(story: Story, entity: int) -> list[tuple[int, int]]:
    """(pane, offset) of every painted mention of `entity`, pane by pane, in reading order."""
    return [(pane, m.start) for pane, index in enumerate(story.articles) for m in index.mentions
            if m.entity == entity]


class EntitySidebar(Vertical):
    """A docked list of shared entities; hidden until toggled."""

    BINDINGS = [Binding("escape,q,i", "close", "Close the entity list", show=False)]

    class Closed(Message):
        """The reader closed the sidebar from inside it (Esc)."""

    def __init__(self) -> None:
        super().__init__(id="entity-sidebar")
        self.list = MarkedList(id="entity-list")
        self.display = False

    def compose(self) -> ComposeResult:
        yield Static(Content("Entities · by outlets"), id="entity-title")
        yield self.list
        yield Static(Content("Enter next mention · Esc close"), id="entity-hint")

    def show_story(self, story: Story) -> None:
        """Fill the list from `story` (again, when a new analysis lands); before
        the sidebar is mounted, the list builds itself from these when it mounts."""
        if self.list.is_mounted:
            self.list.set_items(entity_items(story))
        else:
            self.list.items = entity_items(story)

    def action_close(self) -> None:
        self.post_message(self.Closed())
