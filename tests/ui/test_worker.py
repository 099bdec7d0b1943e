"""The analysis worker: text first, progress while it runs, highlights or a clear failure after."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence

from reader.errors import ReaderError
from reader.model import Analysis, Document
from reader.ui.app import ReaderApp
from reader.ui.messages import AnalysisProgress, AnalysisReady

from .snapshot_app import documents_of


async def test_text_paints_before_the_analysis_and_highlights_arrive_after(sample: Analysis) -> None:
    release = threading.Event()

    def analyze(docs: Sequence[Document], progress: Callable[[str, float], None]) -> Analysis:
        progress("sentences", 0.4)
        release.wait(10)
        return sample

    messages: list[object] = []
    app = ReaderApp(documents_of(sample), analyze=analyze)
    async with app.run_test(size=(200, 50), message_hook=messages.append) as pilot:
        await pilot.pause(0.2)
        reader = app.reader
        assert reader.story is None
        first_line = sample.articles[0].text.splitlines()[0]
        assert first_line in reader.deck.views[0].render_line(0).text
        assert any(isinstance(m, AnalysisProgress) and m.fraction == 0.4 for m in messages)
        assert "analysing" in reader.status.position
        await pilot.press("j")  # paragraphs are cursor stops meanwhile
        assert reader.deck.views[0].cursor == 1
        await pilot.press("right_square_bracket")
        assert "when the analysis is done" in reader.status.message
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any(isinstance(m, AnalysisReady) for m in messages)
        assert reader.story is not None
        assert reader.story is not None and reader.story.fact_count == len(sample.facts)
        assert not reader.top_bar._progress.display


async def test_a_failed_analysis_is_one_line_in_the_app_not_a_traceback(sample: Analysis) -> None:
    def analyze(docs: Sequence[Document], progress: Callable[[str, float], None]) -> Analysis:
        raise ReaderError("no spaCy model is installed; see README")

    app = ReaderApp(documents_of(sample), analyze=analyze)
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = app.reader.status
        assert status.position == "analysis failed: no spaCy model is installed; see README"
        assert status.has_class("-error")
        assert app.is_running
        await pilot.press("j", "tab")
        assert app.reader.deck.focused_pane == 1


async def test_an_unexpected_error_is_reported_the_same_way(sample: Analysis) -> None:
    def analyze(docs: Sequence[Document], progress: Callable[[str, float], None]) -> Analysis:
        raise ValueError("bad offsets\nsecond line")

    app = ReaderApp(documents_of(sample), analyze=analyze)
    async with app.run_test(size=(120, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reader.status.position == "analysis failed: ValueError: bad offsets"
        assert app.is_running


def test_importing_the_app_does_not_import_spacy() -> None:
    import subprocess

    code = "import reader.ui.app, sys; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
