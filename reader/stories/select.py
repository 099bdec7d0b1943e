"""One story of a feed as the documents `reader analyze`/`report` work on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.errors import ReaderError
from reader.model import Document

from .model import Story


def story_documents(documents: Sequence[Document], stories: Sequence[Story], story_id: str) -> tuple[Document, ...]:
    """The documents of story `story_id` (as `reader stories` names it), in feed order and
    numbered afresh from a0, so that the story is analysed exactly as its files alone would be.

    Raises ReaderError, naming the ids there are, when the feed has no such story.
    """
    chosen = next((s for s in stories if s.id == story_id), None)
    if chosen is None:
        known = f"s1 to s{len(stories)}" if len(stories) > 1 else "only s1"
        raise ReaderError(f"no story {story_id!r} in this feed (it has {known}; `reader stories PATH` lists them)")
    members = {a.doc for a in chosen.articles}
    picked = [d for d in documents if d.id in members]
    return tuple(replace(d, id=f"a{k}") for k, d in enumerate(picked))


def several_stories_hint(stories: Sequence[Story]) -> str | None:
    """The one line suggesting `--story` when a feed holds several stories, else None.

    Only stories of two or more articles count: a few articles that share no event
    are what a user chose to compare, not a feed to split."""
    if sum(1 for st in stories if len(st.articles) > 1) < 2:
        return None
    n_stories = len(stories)
    return (f"these articles look like {n_stories} stories, analysed here as one; "
            "`reader stories PATH` lists them and `--story ID` analyses one")
