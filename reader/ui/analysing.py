"""The reader screen's workers: the analysis, then the comparisons, both off the event loop.

A mixin of `ReaderScreen`. The analysis runs in a thread worker and posts
`AnalysisReady`, so the facts paint as soon as they exist; the same worker
then computes the comparisons (`reader.compare.insights`, a few tenths of a
second) and posts `InsightsReady`. An analysis handed in ready (tests,
benchmarks) gets its comparisons from a worker of its own. Only messages cross
back to the event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from textual import work
from textual.worker import Worker, WorkerState, get_current_worker

from reader.model import Analysis, Document
from reader.ui.messages import AnalysisFailed, AnalysisProgress, AnalysisReady, InsightsReady

if TYPE_CHECKING:
    from textual.app import App

    from reader.compare.insights import Insights
    from reader.ui.widgets.bars import StatusLine, TopBar

Progress = Callable[[str, float], None]
Analyze = Callable[[Sequence[Document], Progress], Analysis]
T = TypeVar("T")


class Analysing:
    """Workers and the messages they post; `apply_analysis` is the screen's."""

    #: Set on the event loop once the analysis is painted; the comparisons wait for it.
    _facts_painted: threading.Event

    if TYPE_CHECKING:
        documents: tuple[Document, ...]
        _analyze: Analyze | None
        top_bar: TopBar
        status: StatusLine
        app: App[int]

        def post_message(self, message: object) -> bool: ...
        def set_message(self, text: str) -> None: ...
        def apply_analysis(self, analysis: Analysis) -> None: ...
        def notify(self, message: str, **kwargs: object) -> None: ...
        def call_after_refresh(self, callback: object, *args: object) -> bool: ...

    @work(thread=True, group="analysis", exclusive=True, exit_on_error=False, description="analysis")
    def run_analysis(self) -> None:
        """Run the injected analysis off the event loop; only messages cross back.

        The analysis itself runs in a daemon thread that this worker watches:
        spaCy cannot be interrupted, and a worker thread would hold the exit
        until it finished, so `q` during analysis would hang for seconds.
        """
        worker = get_current_worker()
        analyze = self._analyze
        assert analyze is not None

        def progress(stage: str, fraction: float) -> None:
            if not worker.is_cancelled:
                self.post_message(AnalysisProgress(stage, fraction))

        result = _in_daemon(lambda: analyze(self.documents, progress), "reader-analysis")
        if result is None:
            return
        self.post_message(AnalysisReady(result))
        # The comparisons follow in this same worker, once the facts are on screen.
        self._compute_insights(result)

    @work(thread=True, group="insights", exclusive=True, exit_on_error=False, description="insights")
    def run_insights(self, analysis: Analysis) -> None:
        """Compute the comparisons of an analysis handed in ready (tests, benchmarks)."""
        self._compute_insights(analysis)

    def _compute_insights(self, analysis: Analysis) -> None:
        """Off the event loop: the comparisons take a few tenths of a second per story.

        They start only once the facts are painted: a thread busy with them
        would take the GIL from the event loop in the middle of that paint.
        """
        worker = get_current_worker()
        while not self._facts_painted.wait(0.05):
            if worker.is_cancelled:
                return

        def compute() -> Insights:
            from reader.compare.insights import compute_insights

            return compute_insights(analysis)

        try:
            insights = _in_daemon(compute, "reader-insights")
        except Exception as exc:  # the facts are fine without the comparisons: say so, keep reading
            self.app.call_from_thread(self.set_message, f"the comparisons failed ({type(exc).__name__}); "
                                      "facts and entities are unaffected")
            return
        if insights is not None:
            self.post_message(InsightsReady(insights))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR:
            error = event.worker.error
            from reader.errors import ReaderError

            if isinstance(error, ReaderError):
                reason = str(error)
            else:
                reason = f"{type(error).__name__}: {error}".strip().splitlines()[0]
            self.post_message(AnalysisFailed(reason))

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        self.top_bar.set_progress(message.fraction)
        self.status.position = f"analysing: {message.stage} {message.fraction:.0%}…"

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self.top_bar.set_progress(None)
        self.apply_analysis(message.analysis)
        self.call_after_refresh(self._facts_painted.set)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.top_bar.set_progress(None)
        self.status.error = True
        self.status.position = f"analysis failed: {message.reason}"
        self.status.message = ""
        self.notify(f"{message.reason}\nThe articles are shown without facts or entities.",
                    title="Analysis failed", severity="error", timeout=20)


def _in_daemon(compute: Callable[[], T], name: str) -> T | None:
    """Run `compute` in a daemon thread watched by the calling worker; None if the worker is cancelled.

    spaCy (and a long comparison) cannot be interrupted, and a worker thread
    would hold the exit until it finished, so `q` would hang for seconds.
    Exceptions are raised again in the worker, which reports them.
    """
    worker = get_current_worker()
    outcome: list[T | BaseException] = []
    done = threading.Event()

    def target() -> None:
        try:
            outcome.append(compute())
        except BaseException as exc:  # handed to the worker, which reports it
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=target, name=name, daemon=True).start()
    while not done.wait(0.05):
        if worker.is_cancelled:
            return None
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return None if worker.is_cancelled else result
