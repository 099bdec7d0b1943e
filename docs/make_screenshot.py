"""Redraw docs/reader.svg, the README's picture, from the current analysis.

    python docs/make_screenshot.py

The sample corpus is analysed as `reader` would analyse it (spaCy, the
aligner as it is now), the app opens at 200x50 and steps to the second fact,
so the picture shows what a newcomer sees after two key presses.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.compare.insights import compute_insights  # noqa: E402
from reader.ingest.load import load_paths  # noqa: E402
from reader.pipeline import analyze_documents  # noqa: E402
from reader.ui.app import ReaderApp  # noqa: E402


async def main() -> None:
    docs = load_paths([str(ROOT / "sample_corpus")]).documents
    an = analyze_documents(docs, use_cache=False)
    app = ReaderApp(docs, analysis=an, insights=compute_insights(an))
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        svg = app.export_screenshot(title="reader")
    out = ROOT / "docs" / "reader.svg"
    out.write_text(svg, encoding="utf-8")
    print(f"wrote {out} ({len(svg):,} bytes)")


if __name__ == "__main__":
    asyncio.run(main())
