"""The `reader` app: side-by-side outlet panes over one story.

`run_app` is what the CLI calls with the loaded documents. The app paints
them at once and runs the analysis in a worker; spaCy is imported inside that
worker only (through `reader.pipeline`), never on the way to the first
paint. Tests and benchmarks inject a ready `Analysis` or an analyse function.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from reader.ingest.load import LoadResult
from reader.model import Analysis, Document
from reader.resources import styles_dir
from reader.ui import resume_gc
from reader.ui.commands import ReaderCommands
from reader.ui.keys import READER_BINDINGS
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.worker import Analyze, Progress

if TYPE_CHECKING:
    from reader.compare.insights import Insights
    from reader.compare.views_data import ViewData

STYLES = styles_dir()


class ReaderApp(App[int]):
    """Keyboard-first reader of several outlets' articles on one story."""

    TITLE = "reader"
    CSS_PATH = [STYLES / "app.tcss", STYLES / "panes.tcss", STYLES / "modals.tcss", STYLES / "compare.tcss"]
    # Only the story's own entries: the system commands (screenshot, theme, quit) are one stray click away.
    COMMANDS = {ReaderCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]

    def __init__(self, documents: Sequence[Document], *, analysis: Analysis | None = None,
                 analyze: Analyze | None = None, insights: tuple[Insights, ViewData] | None = None) -> None:
        """`insights` (with their view data) may come with a ready `analysis` (tests); else a worker computes them."""
        super().__init__()
        self.documents = tuple(documents)
        self._analysis = analysis
        self._analyze = analyze
        self._insights = insights

    def on_mount(self) -> None:
        self.screen.call_after_refresh(resume_gc)  # once the first frame is painted

    def get_default_screen(self) -> ReaderScreen:
        return ReaderScreen(self.documents, analysis=self._analysis, analyze=self._analyze,
                            insights=self._insights)

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen, also while a modal (help, palette) is on top of it."""
        screen = self.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        return screen

    def all_bindings(self) -> list[Binding]:
        """Every binding a reader can press, in the order the help lists them."""
        palette = Binding(self.COMMAND_PALETTE_BINDING, "command_palette", "Palette",
                          tooltip="Command palette: jump to a fact, entity or outlet")
        return [b for b in (*READER_BINDINGS, *self.BINDINGS) if isinstance(b, Binding)] + [palette]

    def action_help(self) -> None:
        """Show every key (generated from the bindings)."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.all_bindings()))


def pipeline_analyze(model: str | None, use_cache: bool) -> Analyze:
    """The real analysis, imported lazily inside the worker thread."""

    def analyze(documents: Sequence[Document], progress: Progress) -> Analysis:
        from reader.pipeline import analyze_documents  # spaCy: only here, off the event loop

        return analyze_documents(documents, model=model, use_cache=use_cache, progress=progress)

    return analyze


def run_app(loaded: LoadResult, *, model: str | None = None, use_cache: bool = True) -> int:
    """Open the reader on `loaded`; the exit code for the CLI.

    An analysis already in the cache (a relaunch on unchanged articles) costs a
    few tens of milliseconds to read, so it is read before the app starts and
    the first paint is already highlighted; otherwise the worker analyses.
    """
    cached = cached_analysis(loaded.documents, model) if use_cache else None
    if cached is not None:
        app = ReaderApp(loaded.documents, analysis=cached)
    else:
        app = ReaderApp(loaded.documents, analyze=pipeline_analyze(model, use_cache))
    try:
        app.run()
    finally:
        resume_gc()
    return app.return_code or 0


def cached_analysis(documents: Sequence[Document], model: str | None) -> Analysis | None:
    """The cached analysis of exactly these documents, or None (never spaCy)."""
    from reader.cache import Cache, analysis_key

    try:
        return Cache().get_analysis(analysis_key(documents, model))
    except OSError:
        return None
