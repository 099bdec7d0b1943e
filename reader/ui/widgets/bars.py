"""The bars around the panes: the top bar (story, window, progress) and the status line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Static

from reader.ui.safe import one_line

if TYPE_CHECKING:
    from textual.widgets import ProgressBar


class TopBar(Horizontal):
    """What is open, which panes are in view, how far the analysis is.

    The progress bar (three widgets) is mounted the first time there is
    progress to show: a relaunch whose analysis is cached never needs it.
    """

    summary: reactive[str] = reactive("")
    window: reactive[str] = reactive("")
    flags: reactive[str] = reactive("")

    def __init__(self) -> None:
        super().__init__(id="topbar")
        self._summary = Static(id="summary")
        self._progress: ProgressBar | None = None
        self._flags = Static(id="flags")
        self._window = Static(id="window")

    def compose(self) -> ComposeResult:
        yield self._summary
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
        if fraction is None:
            if self._progress is not None:
                self._progress.display = False
            return
        if self._progress is None:
            from textual.widgets import ProgressBar

            self._progress = ProgressBar(total=1.0, show_eta=False, id="progress")
            self.mount(self._progress, after=self._summary)
        self._progress.display = True
        self._progress.update(progress=max(0.0, min(1.0, fraction)))


class StatusLine(Widget):
    """Where the cursor is (fact, outlets, missing) on the left, the answer to the last key on the right.

    One widget that repaints in place: a key changes its text but never its
    size, so it costs no layout (which would recomposite the whole screen).
    """

    COMPONENT_CLASSES = {"status--message"}

    position: reactive[str] = reactive("")
    message: reactive[str] = reactive("")
    error: reactive[bool] = reactive(False)

    def __init__(self) -> None:
        super().__init__(id="status")

    def watch_error(self, error: bool) -> None:
        self.set_class(error, "-error")

    def render(self) -> Content:
        width = self.size.width - 2
        message = one_line(self.message)
        room = max(0, width - len(message) - (2 if message else 0))
        position = one_line(self.position)
        if len(position) > room:
            position = position[: max(0, room - 1)] + "…"
        style = self.get_visual_style("status--message", partial=True)
        return Content.assemble(" ", position.ljust(room), "  " if message else "", (message, style))


class KeysBar(Widget):
    """The main keys, generated once from the bindings (show=True); the help has them all.

    Textual's Footer recomposes on every focus change, which is every fact hop here.
    """

    COMPONENT_CLASSES = {"keys--key"}

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__(id="keys")
        self.bindings = [b for b in bindings if b.show]

    def render(self) -> Content:
        key_style = self.get_visual_style("keys--key", partial=True)
        parts: list[tuple[str, Style] | str] = [" "]
        for binding in self.bindings:
            key = binding.key_display or self.app.get_key_display(binding)
            parts += [(key, key_style), f" {binding.description}   "]
        return Content.assemble(*parts)
