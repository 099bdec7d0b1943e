"""Articles that are copies of one another.

The same text saved twice, or one wire story run by two sites with a changed
headline, is one source, not two: counting it twice would tell the reader that
two newsrooms confirm a fact when one reported it. A copy is flagged and left
out of alignment, and the original keeps its place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reader.model import Article
from reader.text import normalise

#: Share of an article's sentences that must appear, word for word after
#: normalisation, in an earlier article for it to count as a copy of it.
COPY_SHARE = 0.9


def find_copies(articles: Sequence[Article]) -> dict[int, int]:
    """Index of each copy -> index of the earlier article it copies."""
    keys = [[normalise(s.text) for s in a.sentences] for a in articles]
    holders: dict[str, list[int]] = defaultdict(list)
    copies: dict[int, int] = {}
    for i, ks in enumerate(keys):
        distinct = {k for k in ks if k}
        if distinct:
            seen: defaultdict[int, int] = defaultdict(int)
            for k in distinct:
                for j in holders.get(k, ()):
                    seen[j] += 1
            best = max(seen.items(), key=lambda kv: (kv[1], -kv[0]), default=None)
            if best is not None:
                j, shared = best
                other = len({k for k in keys[j] if k})
                if shared >= COPY_SHARE * len(distinct) and shared >= COPY_SHARE * other:
                    copies[i] = copies.get(j, j)
                    continue
        for k in distinct:
            holders[k].append(i)
    return copies
