"""The aligner's settings, apart from the aligner.

The cache key includes them, and computing the key must stay cheap: a warm
launch reads it before anything else, so this module imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AlignSettings:
    """Thresholds of the aligner; part of the cache key."""

    threshold: float = 0.36  # a pair at or above this is a match on its own
    mutual: float = 0.17  # a pair at or above this matches when each is the other's best in its article
    join: float = 0.15  # mean score a sentence needs to the members of a fact to join it
    merge: float = 0.15  # mean score between two facts' members to merge them
    floor: float = 0.10  # a pair scoring below this counts as unrelated (0), in matching and grouping
    keep: int = 12  # below `threshold`, a pair counts only among the `keep` best of one of its sentences
    facts_per_sentence: int = 4  # facts of a sentence considered when it gains a match
    weak_edges: int = 3  # weak (mutual-best) matches that count per sentence, its best ones
