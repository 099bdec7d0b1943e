"""How fast the reader paints and answers keys.

    python benchmarks/ui_latency.py [--presses 60] [--runs 3]

First paint: a fresh Python process imports the app, loads the articles from
disk (the sample corpus, and a folder of ten) and starts the app with the real
analysis worker; the time runs from process start to the first screen update,
as a user would wait for it (the interpreter's own start-up, ~30 ms, is not in it).

Key latency: key press to the end of the last screen update it causes,
including layout, compositing and the ANSI encoding a terminal would receive
(headless Textual skips the encoding, so it is done here), for the fact hop
(Tab) and next fact (]) at 5 and 10 articles from the frozen fixtures.
Targets: first paint <= 1 s, key <= 50 ms at 10 articles.

Opening a big story (`--big FOLDER`, e.g. a folder written from
`storygen.make_story(100)`): the analysis comes from the cache (analysed once
first if it is not there: set READER_CACHE_DIR), handed over by the worker as
the real one is; the time and the process's CPU seconds run from the worker's
`AnalysisReady` to the end of the first screen update after it (the panes
highlighted), and from process start to the first paint. CPU seconds are given
because the machine is shared: wall time moves with the load, CPU time less.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "data" / "ui"


def _first_paint_child(folder: str) -> None:
    """Run in a fresh process: print seconds from start to first paint, and to analysis ready."""
    start = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from reader.ingest.load import load_paths
    from reader.ui.app import ReaderApp, cached_analysis, pipeline_analyze
    from reader.ui.messages import AnalysisFailed, AnalysisReady

    loaded = load_paths([folder])
    cached = cached_analysis(loaded.documents, None)  # what `reader` does on a relaunch
    if cached is not None:
        app = ReaderApp(loaded.documents, analysis=cached)
    else:
        app = ReaderApp(loaded.documents, analyze=pipeline_analyze(None, True))
    marks: dict[str, float] = {"cached": float(cached is not None)}
    display = app._display

    def timed_display(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None and "paint" not in marks:
            renderable.render_segments(app.console)  # the ANSI a terminal would get
            marks["paint"] = time.perf_counter() - start
        return display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]

    def hook(message: object) -> None:
        if isinstance(message, (AnalysisReady, AnalysisFailed)) and "ready" not in marks:
            marks["ready"] = time.perf_counter() - start

    async def run() -> None:
        async with app.run_test(size=(200, 50), message_hook=hook) as pilot:
            while "ready" not in marks and time.perf_counter() - start < 120:
                if cached is not None and "paint" in marks:
                    marks["ready"] = marks["paint"]  # the first paint is already highlighted
                await pilot.pause(0.05)

    asyncio.run(run())
    print(json.dumps(marks))


def _big_story_child(folder: str) -> None:
    """Run in a fresh process: open `folder` as `reader` does, the analysis handed over at once."""
    start, cpu0 = time.perf_counter(), time.process_time()
    sys.path.insert(0, str(ROOT))
    from reader.ingest.load import load_paths
    from reader.ui.app import ReaderApp, cached_analysis, pipeline_analyze
    from reader.ui.messages import AnalysisReady

    loaded = load_paths([folder])
    analysis = cached_analysis(loaded.documents, None)
    if analysis is None:  # analysed once, then cached for the next runs
        analysis = pipeline_analyze(None, True)(loaded.documents, lambda stage, fraction: None)
        start, cpu0 = time.perf_counter(), time.process_time()
    app = ReaderApp(loaded.documents, analyze=lambda documents, progress: analysis)
    marks: dict[str, float] = {"articles": float(len(analysis.articles))}
    display = app._display

    def timed_display(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None:
            renderable.render_segments(app.console)
            if "paint" not in marks:
                marks["paint"], marks["paint_cpu"] = time.perf_counter() - start, time.process_time() - cpu0
            elif "ready" in marks and "open" not in marks:
                marks["open"] = time.perf_counter() - marks["ready"]
                marks["open_cpu"] = time.process_time() - marks["ready_cpu"]
        return display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]

    def hook(message: object) -> None:
        if isinstance(message, AnalysisReady) and "ready" not in marks:
            marks["ready"], marks["ready_cpu"] = time.perf_counter(), time.process_time()

    async def run() -> None:
        async with app.run_test(size=(200, 50), message_hook=hook) as pilot:
            while "open" not in marks and time.perf_counter() - start < 300:
                await pilot.pause(0.02)
            marks["mounted"] = float(len(app.screen.query("OutletPane")))

    asyncio.run(run())
    print(json.dumps(marks))


def big_story(folder: str, runs: int) -> None:
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child-big-story", folder], capture_output=True,
                             text=True, check=True, cwd=ROOT)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    n = int(rows[0]["articles"])

    def ms(key: str) -> str:
        return ", ".join(f"{r[key] * 1000:.0f}" for r in rows)

    print(f"{n} articles  open a big story: analysis ready to highlighted panes, median "
          f"{statistics.median(r['open'] for r in rows) * 1000:.0f} ms wall (runs: {ms('open')}), "
          f"CPU {ms('open_cpu')} ms;"
          f" first paint {ms('paint')} ms wall, {ms('paint_cpu')} ms CPU; panes built {int(rows[0]['mounted'])}")


def ten_article_folder() -> str:
    """The sample articles and renamed copies of them, as files, like a user's folder of ten."""
    folder = Path(tempfile.mkdtemp(prefix="reader-ten-"))
    for k, path in enumerate(sorted((ROOT / "sample_corpus").glob("*.txt")) * 2):
        shutil.copy(path, folder / f"{k:02d}_{path.name}")
    return str(folder)


def first_paint(runs: int, folder: str, env: dict[str, str] | None = None) -> tuple[list[float], list[float]]:
    paints, readies = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child-first-paint", folder], capture_output=True,
                             text=True, check=True, cwd=ROOT, env=env)
        marks = json.loads(out.stdout.strip().splitlines()[-1])
        paints.append(marks["paint"])
        readies.append(marks.get("ready", float("nan")))
    return paints, readies


async def key_latency(fixture: str, key: str, presses: int) -> list[float]:
    sys.path.insert(0, str(ROOT))
    from reader.model import Document
    from reader.schema import analysis_from_dict
    from reader.ui.app import ReaderApp

    an = analysis_from_dict(json.loads((FIXTURES / f"{fixture}_analysis.json").read_text(encoding="utf-8")))
    app = ReaderApp([Document(a.id, a.path, a.text) for a in an.articles], analysis=an)
    last = [0.0]
    display = app._display

    def timed_display(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None:
            renderable.render_segments(app.console)  # the ANSI a terminal would get
            last[0] = time.perf_counter()
        return display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]
    times: list[float] = []
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        reader = app.reader
        for i in range(presses + 5):
            if key == "right_square_bracket" and "no next fact" in reader.status.message:
                await pilot.press("g")
                await pilot.pause()
            last[0] = 0.0
            t0 = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            if i >= 5 and last[0]:  # the first presses warm caches
                times.append(last[0] - t0)
    return times


def paint_figures(runs: int) -> None:
    """First paint, cold and on relaunches, at 5 and 10 articles."""
    ten = ten_article_folder()
    cache = tempfile.mkdtemp(prefix="reader-cache-")
    env = {**os.environ, "READER_CACHE_DIR": cache}
    for n, folder in ((5, str(ROOT / "sample_corpus")), (10, ten)):
        paints, readies = first_paint(1, folder, env)  # an empty cache: analysed in the worker
        print(f"{n:>2} articles  cold: first paint {paints[0] * 1000:.0f} ms, highlighted after "
              f"{readies[0]:.2f} s (spaCy loads and analyses)")
        paints, readies = first_paint(runs, folder, env)  # relaunches: the analysis is cached
        print(f"{n:>2} articles  warm relaunch: highlighted first paint, median "
              f"{statistics.median(readies) * 1000:.0f} ms (runs: {', '.join(f'{p * 1000:.0f}' for p in readies)})")
    shutil.rmtree(ten, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="UI latency of the reader")
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3, help="fresh processes for the first-paint figure")
    parser.add_argument("--big", metavar="FOLDER", help="also time opening this story of many articles")
    parser.add_argument("--only-big", action="store_true", help="time only the big story")
    parser.add_argument("--only-keys", action="store_true", help="time only the keys (no spaCy run)")
    parser.add_argument("--child-first-paint", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--child-big-story", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_first_paint:
        _first_paint_child(args.child_first_paint)
        return
    if args.child_big_story:
        _big_story_child(args.child_big_story)
        return
    if args.big:
        big_story(args.big, args.runs)
    if args.only_big:
        return
    if not args.only_keys:
        paint_figures(args.runs)
    for fixture, n in (("sample", 5), ("ten", 10)):
        for key, name in (("tab", "fact hop (Tab)"), ("right_square_bracket", "next fact (])")):
            times = asyncio.run(key_latency(fixture, key, args.presses))
            ms = sorted(t * 1000 for t in times)
            p95 = ms[int(0.95 * (len(ms) - 1))]
            print(f"{n:>2} articles  {name:<15} median {statistics.median(ms):5.1f} ms  p95 {p95:5.1f} ms  "
                  f"({len(ms)} presses)")


if __name__ == "__main__":
    main()
