"""The fact rules, without a terminal: landings, every fact of an article in order, shared sentences."""

from __future__ import annotations

from reader.ui.facts import Story, paragraphs

from .factories import tiny_analysis

TEXTS = [
    "A one.\nA two.\nA three.\nA four.",
    "B one.\nB two.\nB three.",
    "C one.\nC two.",
]
# fact 0: A0 B1 C1 · fact 1: A2 B0 · fact 2: A3 B2 · fact 3: A0 C0 (A0 is in facts 0 and 3)
FACTS = [[(0, 0), (1, 1), (2, 1)], [(0, 2), (1, 0)], [(0, 3), (1, 2)], [(0, 0), (2, 0)]]


def story() -> Story:
    return Story(tiny_analysis(TEXTS, FACTS, [("Ann", [(0, "A one"), (1, "B one")]), ("Solo", [(2, "C one")])]))


def test_a_sentence_knows_every_fact_it_is_in() -> None:
    s = story()
    assert s.facts_at(0, 0) == (0, 3)
    assert s.facts_at(0, 1) == ()
    assert s.articles[0].shown_fact(0, None) == 0
    assert s.articles[0].shown_fact(0, 3) == 3  # the current fact is shown where the sentence has it
    assert s.articles[0].shown_fact(0, 1) == 0


def test_landing_is_that_outlets_sentence_of_the_fact_or_none() -> None:
    s = story()
    assert s.landing(1, 0, cursor=2) == 1
    assert s.landing(2, 3, cursor=1) == 0
    assert s.landing(2, 1, cursor=1) is None  # C does not report fact 1
    assert s.landing(0, 3, cursor=0) == 0


def test_step_fact_visits_every_fact_of_the_article_shared_sentences_too() -> None:
    s = story()
    order = s.articles[0].fact_order
    assert order == (0, 3, 1, 2)
    seen, fact = [0], 0
    while (fact := s.step_fact(0, fact, 0, +1)) is not None:
        seen.append(fact)
    assert seen == list(order)
    assert s.step_fact(0, 2, 3, -1) == 1
    assert s.step_fact(0, 0, 0, -1) is None


def test_step_fact_without_a_current_fact_goes_from_the_cursor() -> None:
    s = story()
    assert s.step_fact(0, None, 1, +1) == 1  # A1 is in no fact: the next fact starts at A2
    assert s.step_fact(0, None, 1, -1) == 3  # the last fact starting before A1
    assert s.step_fact(2, 1, 0, +1) == 0  # fact 1 is not C's: from C0, the next is C1's fact 0


def test_cycle_goes_round_the_facts_of_one_sentence() -> None:
    s = story()
    assert s.cycle(0, 0, 0) == 3
    assert s.cycle(0, 0, 3) == 0
    assert s.cycle(0, 0, None) == 0
    assert s.cycle(0, 1, 0) is None


def test_names_tags_and_missing_outlets() -> None:
    s = story()
    assert [s.name(f) for f in range(4)] == ["F1", "F2", "F3", "F4"]
    assert s.tag_width == len("F4+1")
    assert s.missing(1) == [2]
    assert s.missing(0) == []
    assert s.shared_entities == (0,)  # "Solo" is in one outlet only
    assert [m.entity for m in s.articles[0].mentions] == [0]
    assert s.articles[2].mentions == ()


def test_paragraphs_are_cursor_stops_before_analysis() -> None:
    assert paragraphs("  One.\n\nTwo.\n") == ((2, 6), (8, 12))
