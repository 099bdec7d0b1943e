"""A small hand-written feed of two stories (three outlets each), for the picker's tests and snapshot.

    python tests/ui/feed_app.py
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.model import Analysis, Document
from reader.ui.app import ReaderApp
from reader.ui.facts import bare_article

QUAKE = ("Arequipa earthquake", "A magnitude 6.1 earthquake struck Arequipa in southern Peru on Tuesday, "
         "killing four people in the town of Chala, Peru's civil defence institute Indeci said.")
BRIDGE = ("Riverton harbour bridge", "The Riverton harbour bridge will close for six weeks from Monday "
          "for repairs to its 1932 steel deck, the Riverton council said, adding a ferry to Port Ellis.")
FEED = [
    ("Andes Daily", "2024-03-05", "Quake of magnitude 6.1 hits Arequipa, four dead in Chala", QUAKE[1]),
    ("Riverton Post", "2024-03-01", "Riverton harbour bridge to close for six weeks", BRIDGE[1]),
    ("Lima Wire", "2024-03-05", "Arequipa earthquake: Indeci counts four dead in Chala", QUAKE[1]),
    ("Coast Herald", "2024-03-02", "Harbour bridge in Riverton shuts Monday; ferry to Port Ellis", BRIDGE[1]),
    ("Sur Noticias", "2024-03-06", "Chala mourns four killed as 6.1 quake shakes Arequipa", QUAKE[1]),
    ("Bay Courier", "2024-03-01", "Riverton council closes 1932 harbour bridge for repairs", BRIDGE[1]),
]


def feed_documents() -> list[Document]:
    return [Document(id=f"a{k}", path=f"/feed/{k}.txt", text=f"{title}\n\n{body}\n", outlet=outlet, title=title,
                     date=date) for k, (outlet, date, title, body) in enumerate(FEED)]


def bare_analyze(docs: Sequence[Document], progress: Callable[[str, float], None]) -> Analysis:
    """No spaCy: the story's documents as articles without facts."""
    return Analysis(tuple(bare_article(d) for d in docs), (), ())


def make_feed_app() -> ReaderApp:
    return ReaderApp(feed_documents(), analyze=bare_analyze, feed=True)


app = make_feed_app()

if __name__ == "__main__":
    app.run()
