"""The cheap test behind the "several stories" hint: it groups only when it must, and then
gives exactly what `cluster_stories` gives."""

from __future__ import annotations

from dataclasses import replace

from reader.stories import cluster_stories, several_stories, several_stories_hint

from .test_stories import ARTICLES, _docs


def test_a_feed_of_two_multi_article_stories_is_grouped_as_cluster_stories_does() -> None:
    docs = _docs()
    key, outlet, date, title, text = next(a for a in ARTICLES if not a[0].startswith("fire"))
    copy = replace(docs[0], id=f"a{len(docs)}", path=key + "-copy", outlet=outlet + " Weekly", text=text,
                   title=title)
    docs = [*docs, copy]
    got = several_stories(docs)
    assert got is not None and got == cluster_stories(docs)
    assert several_stories_hint(got) is not None


def test_one_story_and_unrelated_singles_are_not_grouped() -> None:
    docs = _docs()
    assert several_stories_hint(cluster_stories(docs)) is None  # the hint stays away, as before
    assert several_stories(docs) is None  # ... and now without the grouping


def test_fewer_than_four_articles_never_hold_two_stories_of_two() -> None:
    docs = [d for d in _docs() if d.path.startswith("fire") or "fire" in d.text.lower()][:3]
    assert len(docs) == 3
    assert several_stories(docs) is None
