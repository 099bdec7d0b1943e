"""The navigation rules, without a terminal: hops, fact order, missing outlets."""

from __future__ import annotations

from reader.ui.story import Story, paragraphs

from .factories import tiny_analysis

TEXTS = [
    "A one.\nA two.\nA three.\nA four.",
    "B one.\nB two.\nB three.",
    "C one.\nC two.",
]
# fact 0: A0 B1 C1 · fact 1: A2 B0 · fact 2: A3 B2
FACTS = [[(0, 0), (1, 1), (2, 1)], [(0, 2), (1, 0)], [(0, 3), (1, 2)]]


def story() -> Story:
    return Story(tiny_analysis(TEXTS, FACTS, [("Ann", [(0, "A one"), (1, "B one")]), ("Solo", [(2, "C one")])]))


def test_hop_lands_on_the_same_fact() -> None:
    s = story()
    assert s.hop(0, 0, 1) == (1, True)
    assert s.hop(0, 0, 2) == (1, True)


def test_hop_to_an_outlet_without_the_fact_lands_on_the_nearest_shared_fact() -> None:
    s = story()
    # A2 is fact 1, which C lacks; the nearest fact C reports, in A's order, is fact 0 (A0).
    assert s.hop(0, 2, 2) == (1, False)


def test_hop_from_a_unique_sentence_uses_the_nearest_fact() -> None:
    s = story()
    # A1 is in no fact; its neighbours are A0 (fact 0) and A2 (fact 1): A0 comes first.
    assert s.hop(0, 1, 1) == (1, False)


def test_step_fact_follows_the_articles_own_order() -> None:
    s = story()
    # In B the order is fact 1 (B0), fact 0 (B1), fact 2 (B2).
    assert s.step_fact(1, 0, +1) == 1
    assert s.step_fact(1, 1, +1) == 2
    assert s.step_fact(1, 2, +1) is None
    assert s.step_fact(1, 2, -1) == 1
    assert s.step_fact(1, 0, -1) is None


def test_missing_and_shared_entities() -> None:
    s = story()
    assert s.missing(1) == [2]
    assert s.missing(0) == []
    assert s.shared_entities == (0,)  # "Solo" is in one outlet only
    assert [m.entity for m in s.articles[0].mentions] == [0]
    assert s.articles[2].mentions == ()


def test_paragraphs_are_cursor_stops_before_analysis() -> None:
    assert paragraphs("  One.\n\nTwo.\n") == ((2, 6), (8, 12))
