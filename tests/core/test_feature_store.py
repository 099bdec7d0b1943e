"""A sentence's features keep their terms as a sorted tuple of interned strings
(`SentenceFeatures.terms`), not a set: the same terms, a third of the memory."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from reader.align.features import SentenceFeatures, Weights, compact_terms
from reader.text import normalise

terms = st.sets(st.text(alphabet=st.sampled_from("ab@#~%$é-1"), min_size=1, max_size=6), max_size=30)


def _feats(k: int, found: set[str], text: str = "The Text, said-he.") -> SentenceFeatures:
    return SentenceFeatures(id=f"a.s{k}", article=0, index=k, text=text, terms=compact_terms(found),
                            entities=frozenset(), numbers=frozenset(), quotes=())


@given(terms)
def test_compact_terms_are_the_set_sorted_and_interned(found: set[str]) -> None:
    kept = compact_terms(list(found) + list(found))  # duplicates given: each kept once
    assert list(kept) == sorted(found)
    assert all(t is sys.intern(t) for t in kept)
    assert _feats(0, found).lemmas == frozenset(found)


@given(st.text(max_size=40))
def test_norm_is_the_normalised_text(text: str) -> None:
    assert _feats(0, set(), text).norm == normalise(text)


@given(st.lists(terms, min_size=1, max_size=8))
def test_weights_from_compact_terms_are_those_of_the_sets(sets: list[set[str]]) -> None:
    """The story's IDF counts each sentence's terms once, as it did over sets."""
    w = Weights([_feats(k, s) for k, s in enumerate(sets)])
    df: dict[str, int] = {}
    for s in sets:
        for t in s:
            df[t] = df.get(t, 0) + 1
    assert set(w.idf) == set(df)
    for s in sets:
        assert w.of(compact_terms(s)) == w.of(frozenset(s))
