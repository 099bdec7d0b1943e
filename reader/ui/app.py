"""The `reader` app: side-by-side outlet panes over one story.

`run_app` is what the CLI calls with the loaded documents. Several articles
open on the story picker, which groups them in a worker and opens one story
(a feed of one story opens straight in the panes). The panes paint the
documents at once and run the analysis in a worker; spaCy is imported inside that
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
from reader.ui.screens.help import INTRO as HELP_INTRO
from reader.ui.screens.help import PICKER_INTRO, HelpScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.screens.stories import PICKER_BINDINGS, StoryPicker
from reader.ui.worker import Analyze, Progress

if TYPE_CHECKING:
    from reader.compare.insights import Insights
    from reader.compare.views_data import ViewData

STYLES = styles_dir()


class ReaderApp(App[int]):
    """Keyboard-first reader of several outlets' articles on one story."""

    TITLE = "reader"
    CSS_PATH = [STYLES / "app.tcss", STYLES / "panes.tcss", STYLES / "modals.tcss", STYLES / "compare.tcss",
                STYLES / "picker.tcss"]
    # Only the story's own entries: the system commands (screenshot, theme, quit) are one stray click away.
    COMMANDS = {ReaderCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("backspace", "stories", "Back to the stories", show=False,
                tooltip="Back to the story picker (a feed of several stories)"),
    ]

    def __init__(self, documents: Sequence[Document], *, analysis: Analysis | None = None,
                 analyze: Analyze | None = None, insights: tuple[Insights, ViewData] | None = None,
                 feed: bool = False) -> None:
        """`insights` (with their view data) may come with a ready `analysis` (tests); else a worker computes them.
        With `feed`, the documents are grouped into stories first and the picker opens."""
        super().__init__()
        self.documents = tuple(documents)
        self._analysis = analysis
        self._analyze = analyze
        self._insights = insights
        self.feed = feed

    def on_mount(self) -> None:
        self.screen.call_after_refresh(resume_gc)  # once the first frame is painted

    def get_default_screen(self) -> ReaderScreen | StoryPicker:
        if self.feed:
            return StoryPicker(self.documents)
        return ReaderScreen(self.documents, analysis=self._analysis, analyze=self._analyze,
                            insights=self._insights)

    def open_story(self, documents: Sequence[Document], *, replace: bool = False) -> None:
        """The panes on one story's documents, analysed in their own worker; `replace`: no way back
        (the feed is one story; the picker stays underneath, unseen)."""
        if replace:
            self.feed = False
        self.push_screen(ReaderScreen(documents, analyze=self._analyze))

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen, also while a modal (help, palette) is on top of it."""
        screen = next(s for s in reversed(self.screen_stack) if isinstance(s, ReaderScreen))
        return screen

    @property
    def picking(self) -> bool:
        """The picker is the screen in use (not under the panes)."""
        return self.feed and not any(isinstance(s, ReaderScreen) for s in self.screen_stack)

    def all_bindings(self, picker: bool | None = None) -> list[Binding]:
        """Every binding the picker (else the panes) answers, in the order the help lists them;
        by default for the screen in use."""
        if self.picking if picker is None else picker:
            return [b for b in (*PICKER_BINDINGS, *self.BINDINGS[:2]) if isinstance(b, Binding)]
        palette = Binding(self.COMMAND_PALETTE_BINDING, "command_palette", "Palette",
                          tooltip="Command palette: jump to a fact, entity or outlet")
        own = self.BINDINGS if self.feed else self.BINDINGS[:2]
        return [b for b in (*READER_BINDINGS, *own) if isinstance(b, Binding)] + [palette]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stories":
            return self.feed and not self.picking
        if action == "command_palette":
            return not self.picking
        return True

    def action_stories(self) -> None:
        """Back from a story's panes to the picker; the story's workers are cancelled with its screen."""
        while not isinstance(self.screen, StoryPicker):
            self.pop_screen()

    def action_help(self) -> None:
        """Show every key (generated from the bindings)."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.all_bindings(), PICKER_INTRO if self.picking else HELP_INTRO))


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
        app = ReaderApp(loaded.documents, analyze=pipeline_analyze(model, use_cache),
                        feed=len(loaded.documents) > 1)
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
