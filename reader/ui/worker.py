"""The work done off the event loop: the analysis, then the comparisons; only messages come back.

Plain functions, run by the reader screen in thread workers (`run_worker`).
spaCy (and a long comparison) cannot be interrupted, and a worker thread would
hold the app's exit until it finished, so each runs in a daemon thread that
the worker watches: `q` during analysis quits at once. Grouping a feed runs in
a forked process instead (see `in_process`).
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

from textual.message import Message
from textual.worker import get_current_worker

from reader.model import Analysis, Document
from reader.ui.messages import AnalysisProgress, AnalysisReady, InsightsFailed, InsightsReady, StoriesReady

Progress = Callable[[str, float], None]
Analyze = Callable[[Sequence[Document], Progress], Analysis]
Post = Callable[[Message], bool]
T = TypeVar("T")


def analysis_job(documents: Sequence[Document], analyze: Analyze, post: Post) -> None:
    """Analyse `documents` and post `AnalysisReady` (errors are raised for the worker to report)."""
    worker = get_current_worker()

    def progress(stage: str, fraction: float) -> None:
        if not worker.is_cancelled:
            post(AnalysisProgress(stage, fraction))

    result = in_daemon(lambda: analyze(documents, progress), "reader-analysis")
    if result is not None:
        post(AnalysisReady(result))


def insights_job(analysis: Analysis, post: Post) -> None:
    """Compute the comparisons and what their views show; post them, or say they failed."""
    worker = get_current_worker()

    def compute() -> InsightsReady:
        from reader.compare.insights import compute_insights
        from reader.compare.views_data import view_data

        insights = compute_insights(analysis)
        return InsightsReady(insights, view_data(analysis, insights, lambda: worker.is_cancelled))

    try:
        ready = in_daemon(compute, "reader-insights")
    except Exception as exc:  # the facts are fine without the comparisons: say so, keep reading
        post(InsightsFailed(type(exc).__name__))
        return
    if ready is not None:
        post(ready)


def stories_job(documents: Sequence[Document], post: Post) -> None:
    """Group a feed's documents into stories and post `StoriesReady` (errors go to the worker)."""
    from reader.stories import cluster_stories  # numpy and scipy: off the launch path

    stories = in_process(lambda: cluster_stories(documents), "reader-stories")
    if stories is not None:
        post(StoriesReady(stories))


def in_daemon(compute: Callable[[], T], name: str) -> T | None:
    """Run `compute` in a daemon thread watched by the calling worker; None if the worker is cancelled.

    Exceptions are raised again in the worker, which reports them.
    """
    worker = get_current_worker()
    outcome: list[T | BaseException] = []

    def target() -> None:
        try:
            outcome.append(compute())
        except BaseException as exc:  # handed to the worker, which reports it
            outcome.append(exc)

    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.05)
        if worker.is_cancelled:
            return None
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return None if worker.is_cancelled else result


def in_process(compute: Callable[[], T], name: str) -> T | None:
    """Run `compute` in a forked process watched by the calling worker; None if the worker is cancelled.

    Grouping a big feed runs long stretches of C code that hold the GIL, which
    in a thread would stall the event loop and the exit; a process does
    neither and is ended at once on cancel. Without fork (Windows): a daemon thread.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return in_daemon(compute, name)
    worker = get_current_worker()
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def target() -> None:
        try:
            send.send((True, compute()))
        except BaseException as exc:  # handed to the worker, which reports it
            send.send((False, exc))

    proc = ctx.Process(target=target, name=name, daemon=True)
    proc.start()
    send.close()
    try:
        while not receive.poll(0.05):
            if worker.is_cancelled:
                return None
            if not proc.is_alive() and not receive.poll():
                raise RuntimeError(f"{name} ended without a result (exit code {proc.exitcode})")
        ok, value = receive.recv()
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join(1)
        receive.close()
    if not ok:
        raise value
    return None if worker.is_cancelled else value


def failure_reason(error: BaseException | None) -> str:
    """One line for the status bar: a `ReaderError` says it all, anything else is named."""
    from reader.errors import ReaderError

    reason = str(error) if isinstance(error, ReaderError) else f"{type(error).__name__}: {error}"
    return reason.strip().splitlines()[0] if reason.strip() else reason
