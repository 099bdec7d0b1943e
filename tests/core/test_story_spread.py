"""Well-known participants: names spread over several events weigh less in a link."""

from __future__ import annotations

from collections import Counter

import numpy as np

from reader.stories.spread import _made_of_spread
from reader.stories.vectors import _vocabulary, feed_matrix


def _feed() -> tuple[list[str], object]:
    # every name in two articles, so every column links (2 <= df <= max_df)
    one = Counter({"n:senate democrats": 1, "p:senate": 1, "p:democrats": 1, "n:nora marwood": 1, "p:nora": 1,
                   "p:marwood": 1, "n:ohio democrats": 1, "p:ohio": 1, "@p:ohio": 1})
    feats = [one, Counter(one)] + [Counter({f"w:filler{k}": 1}) for k in range(6)]
    return _vocabulary(feats)[0], feed_matrix(feats, max_df=5, name_df=10)


def test_a_name_made_of_well_known_words_and_places_is_well_known_too() -> None:
    keys, fm = _feed()
    spread = np.zeros(len(keys), dtype=bool)
    spread[[keys.index("p:senate"), keys.index("p:democrats"), keys.index("p:marwood")]] = True
    made = {keys[c] for c in np.flatnonzero(_made_of_spread(fm, spread))}
    # "Ohio" is written as a place ("in Ohio"), "Democrats" is well known: a description, no person;
    # "Nora" is a word of the feed's own, so "Nora Marwood" stays a name (a relative, a namesake)
    assert made == {"n:senate democrats", "n:ohio democrats"}


def test_no_well_known_word_no_change() -> None:
    keys, fm = _feed()
    spread = np.zeros(len(keys), dtype=bool)
    assert not _made_of_spread(fm, spread).any()
