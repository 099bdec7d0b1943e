"""One headless run of the app on a case's story, driven as a user would.

The analysis is made here (the model is already loaded in the runner), then
the app gets it ready-made; keys move through panes and views. Fails (non-zero)
when the app stops on its own, or when its screen holds a control character
from an article.
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

from reader.errors import ReaderError

KEYS = ("j", "j", "tab", "]", "e", "d", "escape", '"', "escape", "o", "escape", "c", "escape", "shift+tab",
        "x", "m", "G", "g", "k")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


async def _drive(docs, an) -> str:
    from reader.ui.app import ReaderApp

    app = ReaderApp(docs, analysis=an)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        for key in KEYS:
            await pilot.press(key)
            if not app.is_running:
                return f"the app stopped after {key!r}"
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        shown = "\n".join("".join(seg.text for seg in strip) for strip in strips)
        if m := _CONTROL.search(shown):
            return f"control character {m.group()!r} on screen"
    return ""


def app_step(story: Path, work: Path) -> int:
    from reader.ingest.load import load_paths
    from reader.pipeline import analyze_documents

    try:
        docs = load_paths([str(story)]).documents
    except ReaderError:
        return 0  # nothing to show; the CLI steps cover the message
    an = analyze_documents(docs, use_cache=False)
    problem = asyncio.run(_drive(docs, an))
    if problem:
        print(problem, file=sys.stderr)
        return 1
    return 0
