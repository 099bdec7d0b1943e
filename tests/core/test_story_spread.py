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


# one official, two events told within two days (a flood visit, an aide's resignation), and a
# late report of the second event months on
_OFFICIAL = [
    ("Ilse Marwood visits flooded Tarnow valley", "2024-05-01",
     "Ilse Marwood toured the flooded Tarnow valley on Monday and promised 40 pumps for the farms of Kessler "
     "County, Marwood said."),
    ("Marwood promises pumps after Tarnow floods", "2024-05-01",
     "Farmers in the Tarnow valley heard Ilse Marwood promise 40 pumps for the flooded fields of Kessler County."),
    ("Marwood aide quits over leaked memo", "2024-05-02",
     "An aide to Ilse Marwood resigned after a memo on hiring was leaked, and Marwood accepted the resignation."),
    ("Marwood aide out after memo leak", "2024-09-20",
     "Ilse Marwood lost an aide over the leaked hiring memo, Marwood said."),
]


def test_a_name_that_is_all_two_reports_share_earns_no_bonus_unless_far_apart() -> None:
    from dataclasses import replace

    from reader.model import Document
    from reader.stories import StorySettings
    from reader.stories.cluster import _lone_names, features_of
    from reader.stories.vectors import candidate_pairs

    docs = [Document(id=f"m{k}", path=f"m{k}.txt", text=text, title=title, outlet=f"Outlet {k}", date=day)
            for k, (title, day, text) in enumerate(_OFFICIAL)]
    docs += [Document(id=f"f{k}", path=f"f{k}.txt", text=f"Filler{k} words only.") for k in range(4)]
    fm = feed_matrix(features_of(docs, frozenset(), frozenset()), max_df=30, name_df=10, id_max_df=200)
    pairs = candidate_pairs(fm.mats(), 0.0)
    none_spread = np.zeros(len(fm.keep), dtype=bool)
    after = _lone_names(docs, fm, pairs, none_spread, StorySettings())
    bonus = {(int(a), int(b)): (int(x), int(y))
             for a, b, x, y in zip(pairs.i, pairs.j, pairs.shared_names, after.shared_names, strict=True)}
    assert bonus[(0, 1)] == (1, 1)  # the flood's two reports also share a number and a county
    assert bonus[(0, 2)] == (1, 0) and bonus[(1, 2)] == (1, 0)  # the official alone, a day apart
    assert bonus[(2, 3)] == (1, 1)  # months apart: a late report names the people again and little else
    # undated, the late report is asked too; and the rule can be turned off
    undated = [replace(d, date=None) for d in docs]
    assert _lone_names(undated, fm, pairs, none_spread, StorySettings()).shared_names[
        list(zip(pairs.i.tolist(), pairs.j.tolist(), strict=True)).index((2, 3))] == 0
    off = _lone_names(docs, fm, pairs, none_spread, replace(StorySettings(), lone_name_days=-1))
    assert (off.shared_names == pairs.shared_names).all()
