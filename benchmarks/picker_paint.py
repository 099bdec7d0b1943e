"""How fast the story picker paints on a big feed, and that quitting does not wait for the grouping.

    python benchmarks/picker_paint.py FEED.jsonl|FOLDER [--runs 3]

A feed can be written with `benchmarks/story_clusters.py FEED --speed 5000 --write F.jsonl`.
Each run is a fresh process: it loads the feed as the CLI does (`load_sources`), starts the
app on it and records, from process start: the first paint ("grouping N articles…"), the
list painted (stories grouped in the worker), and, in a second process that quits one second
after the first paint (the grouping still running), how long the process takes to end after `q`.
Target: first paint <= 3 s at 5,000 articles; quitting at once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _child(feed: str, quit_early: bool) -> None:
    start = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from reader.ingest.sources import load_sources
    from reader.ui.app import ReaderApp, pipeline_analyze
    from reader.ui.messages import StoriesReady

    loaded = load_sources([feed], store=None)
    marks: dict[str, float] = {"articles": len(loaded.documents), "loaded": time.perf_counter() - start}
    app = ReaderApp(loaded.documents, analyze=pipeline_analyze(None, False), feed=True)
    display = app._display

    def timed_display(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None and "paint" not in marks:
            renderable.render_segments(app.console)
            marks["paint"] = time.perf_counter() - start
        return display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]

    def hook(message: object) -> None:
        if isinstance(message, StoriesReady):
            marks["stories"] = len(message.stories)
            marks["grouped"] = time.perf_counter() - start

    async def run() -> None:
        async with app.run_test(size=(200, 50), message_hook=hook) as pilot:
            while time.perf_counter() - start < 300:
                if quit_early and "paint" in marks and time.perf_counter() - start > marks["paint"] + 1:
                    break
                if not quit_early and "grouped" in marks:
                    await pilot.pause(0.2)
                    break
                await pilot.pause(0.05)
            marks["quit"] = time.perf_counter() - start
            await pilot.press("q")

    asyncio.run(run())
    marks["closed"] = time.perf_counter() - start  # the app has exited; what remains is interpreter shutdown
    print(json.dumps(marks), flush=True)


def _run(feed: str, quit_early: bool) -> dict[str, float]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--child", feed, *(["--quit-early"] if quit_early else [])],
                         capture_output=True, text=True, check=True)
    marks: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    marks["ended"] = time.perf_counter() - start
    return marks


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("feed")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--quit-early", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(a.feed, a.quit_early)
        return
    full = [_run(a.feed, False) for _ in range(a.runs)]
    early = [_run(a.feed, True) for _ in range(a.runs)]
    med = statistics.median
    print(f"{int(full[0]['articles'])} articles -> {int(full[0]['stories'])} stories")
    print(f"loaded      {med(r['loaded'] for r in full):6.2f} s  (median of {a.runs})")
    paints = ", ".join(f"{r['paint']:.2f}" for r in full)
    print(f"first paint {med(r['paint'] for r in full):6.2f} s  (all: {paints})")
    print(f"list shown  {med(r['grouped'] for r in full):6.2f} s")
    waits = [r["ended"] - r["quit"] for r in early]
    closes = [r["closed"] - r["quit"] for r in early]
    print(f"q while grouping: app closed {med(closes):.2f} s after q, process ended {med(waits):.2f} s after q "
          "(process start-up and interpreter shutdown included; "
          f"grouping unfinished in {sum('grouped' not in r for r in early)}/{a.runs})")


if __name__ == "__main__":
    main()
