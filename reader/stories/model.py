"""The stories of a feed as frozen dataclasses, and their JSON form (schema version 1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STORIES_VERSION = 1


@dataclass(frozen=True)
class StoryArticle:
    """One article of a story: enough to list it and to open it again."""

    doc: str  # the Document's id in this load ("a12")
    id: str  # the record's own id when the feed gave one, else `doc`
    path: str
    outlet: str | None
    title: str | None
    date: str | None


@dataclass(frozen=True)
class Story:
    """Articles that report one event, earliest first."""

    id: str  # "s1", "s2", ... in order of the earliest article
    title: str
    articles: tuple[StoryArticle, ...]
    outlets: tuple[str, ...]
    first: str | None  # earliest and latest article date (ISO day) when dates are known
    last: str | None


def stories_to_dict(stories: tuple[Story, ...]) -> dict[str, Any]:
    """The JSON document `reader stories --json` prints."""
    return {"version": STORIES_VERSION, "stories": [
        {"id": s.id, "title": s.title,
         "articles": [{"path": a.path, "id": a.id, "outlet": a.outlet, "title": a.title, "date": a.date}
                      for a in s.articles],
         "outlets": list(s.outlets), "first": s.first, "last": s.last}
        for s in stories]}
