"""The reader on a frozen analysis, for snapshot tests (and for a look by hand).

    python tests/ui/snapshot_app.py [sample|ten]

Everything is deterministic: the analysis comes from a JSON fixture, there is
no worker thread and no spaCy.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from reader.compare.insights import compute_insights
from reader.language.quotes import find_quotes
from reader.model import Analysis, Document
from reader.schema import analysis_from_dict
from reader.ui.app import ReaderApp

DATA = Path(__file__).resolve().parents[1] / "data" / "ui"


def load_fixture(name: str) -> Analysis:
    """A frozen analysis; its quotes are found here, as the language stage would
    have (the frozen files predate quotes in the model)."""
    an = analysis_from_dict(json.loads((DATA / f"{name}_analysis.json").read_text(encoding="utf-8")))
    return an if an.quotes else replace(an, quotes=find_quotes(an.articles, an.entities))


def documents_of(an: Analysis) -> list[Document]:
    """The documents the analysis was made from, as the loader hands them to the app."""
    return [Document(id=a.id, path=a.path, text=a.text) for a in an.articles]


def make_app(name: str = "sample") -> ReaderApp:
    """The app with its comparisons computed up front, so no worker races the screenshot."""
    an = load_fixture(name)
    return ReaderApp(documents_of(an), analysis=an, insights=compute_insights(an))


app = make_app(sys.argv[1] if __name__ == "__main__" and len(sys.argv) > 1 else "sample")

if __name__ == "__main__":
    app.run()
