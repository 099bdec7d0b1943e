"""The `/` search prompt: an input that appears above the status line."""

from __future__ import annotations

from textual.widgets import Input


class SearchBar(Input):
    """Hidden until `/`; Enter searches all panes, Escape closes it."""

    def __init__(self) -> None:
        super().__init__(placeholder="search all panes (Enter to find, Esc to close)", id="search")
        self.display = False

    def open(self) -> None:
        self.display = True
        self.value = ""
        self.focus()

    def close(self) -> None:
        self.display = False
