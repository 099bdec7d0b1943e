"""`reader URL1 URL2 FILE`: the pages are fetched before the app starts, and all three open."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from reader import cli
from reader.ingest.load import LoadResult
from reader.model import Analysis, Document
from reader.ui.app import ReaderApp
from reader.ui.facts import bare_article

ARTICLE = "Bridge to shut for repairs\n\nThe harbour bridge closes on Monday for six weeks, the council said.\n"


def _launch(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, LoadResult]:
    """Run the command line up to the point where it would start the app."""
    seen: list[LoadResult] = []

    def run_app(loaded: LoadResult, **_kw: object) -> int:
        seen.append(loaded)
        return 0

    monkeypatch.setattr("reader.ui.app.run_app", run_app)
    code = cli.main(args)
    return code, seen[0] if seen else LoadResult((), ())


async def test_two_urls_and_a_file_open_in_three_panes(page_server, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    story = tmp_path / "c.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    args = [page_server.url("/a"), page_server.url("/b", host="localhost"), str(story)]
    code, loaded = _launch(args, monkeypatch)
    assert code == 0 and len(loaded.documents) == 3
    expected = ["1 Harbour Gazette", "2 localhost", "3 c.txt"]
    assert await _pane_outlets(loaded.documents) == expected

    page_server.stop()  # the network is gone: the second launch opens from the cache
    code, again = _launch(args, monkeypatch)
    assert code == 0 and again.documents == loaded.documents
    assert await _pane_outlets(again.documents) == expected


async def _pane_outlets(documents: Sequence[Document]) -> list[str]:
    release = threading.Event()

    def analyze(docs: Sequence[Document], progress: Callable[[str, float], None]) -> Analysis:
        release.wait(10)  # the panes must paint without it
        return Analysis(tuple(bare_article(d) for d in docs), (), ())

    app = ReaderApp(documents, analyze=analyze)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause(0.1)
        names = [p.header.lines[0].plain for p in app.reader.deck.panes]
        release.set()
        await app.workers.wait_for_complete()
        await pilot.press("q")
    return names
