"""The help screen, generated from the bindings so that it cannot drift from them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

INTRO = (
    "Each colour is a fact: sentences that state the same thing in different outlets. "
    "The tag F3 in the gutter names the fact (F3+1: the sentence is in one more fact, and f cycles "
    "through them); plain sentences are reported by one outlet only. The current fact stays current "
    "as you hop between outlets. "
    "Underlined words are entities that two or more outlets mention."
)

PICKER_INTRO = (
    "The articles were grouped into stories, one per real-world event: each entry gives the headline, "
    "the story's id (as `reader stories` prints it), how many articles and outlets cover it and its dates. "
    "Enter opens the story's articles side by side; backspace in the panes comes back here."
)


def help_rows(bindings: Iterable[Binding], key_display: object) -> list[tuple[str, str]]:
    """(keys, description) rows; bindings that differ only by a number (outlet 1-9) share one row."""
    rows: list[tuple[str, str]] = []
    grouped: dict[str, int] = {}
    for binding in bindings:
        keys = " ".join(_display(key_display, binding, key) for key in binding.key.split(","))
        description = binding.tooltip or binding.description or binding.action
        action = binding.action.split("(", 1)[0]
        if re.fullmatch(r"Outlet \d", description):
            if action in grouped:
                row = grouped[action]
                rows[row] = (f"{rows[row][0].split('…')[0].rstrip()}…{keys}", "Outlet N, on the same fact")
                continue
            grouped[action] = len(rows)
        rows.append((keys, description))
    return rows


def _display(key_display: object, binding: Binding, key: str) -> str:
    single = Binding(key, binding.action, binding.description, key_display=None)
    return str(key_display(single))  # type: ignore[operator]


class HelpScreen(ModalScreen[None]):
    """Every key, straight from the bindings of the screen underneath and the app."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "app.pop_screen", "Close help")]

    def __init__(self, bindings: list[Binding], intro: str = INTRO) -> None:
        super().__init__(id="help")
        self.bindings = bindings
        self.intro = intro

    def compose(self) -> ComposeResult:
        rows = help_rows(self.bindings, self.app.get_key_display)
        width = max(len(keys) for keys, _ in rows) + 2
        lines = [Content.styled("Keys", "bold"), Content("")]
        lines += [Content.assemble((keys.ljust(width), "bold $accent"), description) for keys, description in rows]
        with VerticalScroll(id="help-body"):
            yield Static(Content(self.intro), id="help-intro")
            yield Static(Content("\n").join(lines), id="help-keys")
            yield Static(Content("Esc, q or ? closes this help."), id="help-close")
