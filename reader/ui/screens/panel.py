"""A modal panel over the reader: a title, a `MarkedList`, a line of keys.

The comparison views (word diff, quote drift, omissions, explanations) are all
this panel with different rows. Choosing a row that points at a sentence
dismisses the panel with that `Target`; the reader screen jumps there.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.marks import Item, Target
from reader.ui.safe import one_line
from reader.ui.widgets.marked_list import MarkedList


class PanelScreen(ModalScreen["Target | None"]):
    """Rows to read and choose from; Esc (or the key that opened it) closes."""

    BINDINGS = [Binding("escape,q", "close", "Close")]
    AUTO_FOCUS = "#panel-list"

    #: Keys that open this panel from the reader also close it (set by subclasses).
    toggle_keys: tuple[str, ...] = ()
    hint = "↑↓ move · Enter jumps to the sentence · Esc closes"

    def __init__(self, title: str, items: Sequence[Item], *, id: str | None = None,  # noqa: A002 (Textual's name)
                 column_widths: tuple[int, ...] | None = None) -> None:
        super().__init__(id=id, classes="panel")
        self.title_text = title
        self.list = MarkedList(items, id="panel-list", column_widths=column_widths)

    def compose(self) -> ComposeResult:
        with Vertical(id="panel-body"):
            yield Static(Content(one_line(self.title_text)), id="panel-title")
            yield self.list
            yield Static(Content(self.hint), id="panel-hint")

    def on_key(self, event: events.Key) -> None:
        if event.key in self.toggle_keys:
            event.stop()
            self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)

    @on(MarkedList.Chosen)
    def _chosen(self, event: MarkedList.Chosen) -> None:
        if isinstance(event.target, Target):
            self.dismiss(event.target)
