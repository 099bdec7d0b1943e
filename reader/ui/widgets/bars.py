"""The bars around the panes: the top bar (story, window, progress) and the status line."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import ProgressBar, Static


class TopBar(Horizontal):
    """What is open, which panes are in view, how far the analysis is."""

    summary: reactive[str] = reactive("")
    window: reactive[str] = reactive("")
    flags: reactive[str] = reactive("")

    def __init__(self) -> None:
        super().__init__(id="topbar")
        self._summary = Static(id="summary")
        self._progress = ProgressBar(total=1.0, show_eta=False, id="progress")
        self._flags = Static(id="flags")
        self._window = Static(id="window")

    def compose(self) -> ComposeResult:
        yield self._summary
        yield self._progress
        yield self._flags
        yield self._window

    def watch_summary(self, text: str) -> None:
        self._summary.update(Content(text))

    def watch_window(self, text: str) -> None:
        self._window.update(Content(text))
        self._window.display = bool(text)

    def watch_flags(self, text: str) -> None:
        self._flags.update(Content(text))

    def set_progress(self, fraction: float | None) -> None:
        """Show the bar at `fraction`; None hides it once analysis is over."""
        self._progress.display = fraction is not None
        if fraction is not None:
            self._progress.update(progress=max(0.0, min(1.0, fraction)))


class StatusLine(Horizontal):
    """Where the cursor is (fact, outlets, missing) and the answer to the last key."""

    position: reactive[str] = reactive("")
    message: reactive[str] = reactive("")
    error: reactive[bool] = reactive(False)

    def __init__(self) -> None:
        super().__init__(id="status")
        self._position = Static(id="position")
        self._message = Static(id="message")

    def compose(self) -> ComposeResult:
        yield self._position
        yield self._message

    def watch_position(self, text: str) -> None:
        self._position.update(Content(text))

    def watch_message(self, text: str) -> None:
        self._message.update(Content(text))

    def watch_error(self, error: bool) -> None:
        self.set_class(error, "-error")
