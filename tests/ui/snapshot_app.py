"""The reader on a frozen analysis, for snapshot tests (and for a look by hand).

    python tests/ui/snapshot_app.py [sample|ten]

Everything is deterministic: the analysis comes from a JSON fixture, there is
no worker thread and no spaCy.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reader.compare.insights import compute_insights
from reader.compare.views_data import view_data
from reader.model import Analysis, Document
from reader.schema import analysis_from_dict
from reader.ui.app import ReaderApp

DATA = Path(__file__).resolve().parents[1] / "data" / "ui"


def load_fixture(name: str) -> Analysis:
    return analysis_from_dict(json.loads((DATA / f"{name}_analysis.json").read_text(encoding="utf-8")))


def documents_of(an: Analysis) -> list[Document]:
    """The documents the analysis was made from, as the loader hands them to the app."""
    return [Document(id=a.id, path=a.path, text=a.text) for a in an.articles]


def make_app(name: str = "sample") -> ReaderApp:
    """The app with its comparisons computed up front, so no worker races the screenshot."""
    an = load_fixture(name)
    insights = compute_insights(an)
    return ReaderApp(documents_of(an), analysis=an, insights=(insights, view_data(an, insights)))


app = make_app(sys.argv[1] if __name__ == "__main__" and len(sys.argv) > 1 else "sample")

if __name__ == "__main__":
    app.run()
