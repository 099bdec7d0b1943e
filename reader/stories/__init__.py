"""Stories from a feed: which articles report the same real-world event.

A feed (a folder or JSON-lines dump of a day's news) mixes many stories; the
comparisons downstream only make sense within one. This package groups the loaded
`Document`s into `Story`s, one per event, using what identifies an event (named
participants and places, numbers, the headline and lead) weighted by how rare they
are in the feed, candidate pairs from an inverted index on those rare identifiers,
and a conservative average linkage, so that two events of the same kind stay apart.

It may import only the model, the text helpers and ingest (it uses `reader.model`),
the standard library, numpy and scipy: never spaCy (far too slow for ten thousand articles), Textual or Rich, so a
feed of any size is grouped in seconds and the picker can paint at once.
"""

from .cluster import StorySettings, cluster_stories, several_stories
from .model import Story, StoryArticle, stories_to_dict
from .select import several_stories_hint, story_documents

__all__ = ["Story", "StoryArticle", "StorySettings", "cluster_stories", "several_stories",
           "several_stories_hint", "stories_to_dict", "story_documents"]
