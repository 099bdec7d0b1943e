"""One definition of omission and uniqueness: claimed only when the text backs it."""

from __future__ import annotations

from dataclasses import replace

from reader.compare.insights import compute_insights
from reader.compare.nearness import FACT_COVER, UNIQUE_NEAR, Nearness, tokens
from reader.compare.omissions import omitted_facts, outlet_gaps, unique_sentences
from reader.model import Analysis, Evidence
from reader.output.json import insights_to_dict

from .handmade import make_analysis


def _firm(an: Analysis) -> Analysis:
    """Every member matched to the next at a strong score, as the aligner records it."""
    facts = tuple(replace(f, evidence=tuple(Evidence(a, b, 0.8)
                                            for a, b in zip(f.sentences, f.sentences[1:], strict=False)))
                  for f in an.facts)
    return Analysis(articles=an.articles, facts=facts, entities=an.entities)


def _story():
    return _firm(make_analysis([
        "The dam opened on Monday. Its builder thanked the engineers.",
        "The dam opened on Monday. Storms delayed construction twice last year.",
        "The dam opened on Monday. Storms delayed construction twice last year.",
        "Officials gave the news to reporters on Tuesday. A new bridge is planned upstream. "
        "Construction was twice delayed by storms last year, officials said.",
    ], facts=[["a0.s0", "a1.s0", "a2.s0"], ["a1.s1", "a2.s1"]]))


def test_an_outlet_that_states_a_fact_in_other_words_does_not_omit_it():
    an = _story()
    gaps = {g.article: g for g in outlet_gaps(an)}
    assert gaps["a3"].omitted == ("f0",)  # says nothing of the opening; the storms in other words
    assert gaps["a0"].omitted == ("f1",)
    assert gaps["a3"].unique == ("a3.s1",)  # the bridge; the storm sentence has a near match
    assert gaps["a0"].unique == ("a0.s1",)


def test_the_two_lists_never_contradict():
    an = _story()
    for g in outlet_gaps(an):
        for fid in g.omitted:
            fact = next(f for f in an.facts if f.id == fid)
            assert not set(g.unique) & set(fact.sentences)


def test_no_omission_of_a_fact_held_together_by_weak_matches():
    an = _story()
    weak = replace(an.facts[0], evidence=(Evidence("a0.s0", "a1.s0", 0.8), Evidence("a1.s0", "a2.s0", 0.2)))
    an = Analysis(articles=an.articles, facts=(weak, an.facts[1]), entities=an.entities)
    assert {g.article: g.omitted for g in outlet_gaps(an)}["a3"] == ()


def test_copies_are_not_outlets():
    an = _story()
    arts = list(an.articles)
    arts[2] = replace(arts[2], duplicate_of="a1")
    an = Analysis(articles=tuple(arts), facts=an.facts, entities=an.entities)
    gaps = {g.article: g for g in outlet_gaps(an)}
    assert gaps["a2"].omitted == () and gaps["a2"].unique == ()
    # f1 is now reported by one outlet of three others: not "most", so nobody omits it
    assert "f1" not in gaps["a0"].omitted
    assert omitted_facts(an, "a2") == () and unique_sentences(an, "a2") == ()


def test_json_lists_are_the_same_on_every_run():
    first = insights_to_dict(compute_insights(_story()))["outlets"]
    assert insights_to_dict(compute_insights(_story()))["outlets"] == first


def test_a_match_that_stands_out_from_an_outlets_other_sentences_is_not_unique():
    # few words in common, but far more than with anything else that outlet says
    an = make_analysis([
        "Forecasters expect strong winds across the valley for two more days. The mayor opened a shelter.",
        "A warning for high winds across the valley stays in effect through Tuesday. "
        "Local schools reopened their doors on time.",
    ])
    gaps = {g.article: g for g in outlet_gaps(an)}
    assert "a0.s0" not in gaps["a0"].unique and "a1.s0" not in gaps["a1"].unique
    assert gaps["a0"].unique == ("a0.s1",) and gaps["a1"].unique == ("a1.s1",)


def test_omissions_use_the_threshold_the_analysis_was_aligned_with():
    from reader.settings import AlignSettings

    an = _story()
    assert {g.article: g.omitted for g in outlet_gaps(an)}["a3"] == ("f0",)
    strict = Analysis(articles=an.articles, facts=an.facts, entities=an.entities,
                      settings=AlignSettings(threshold=0.9))  # its 0.8 matches are weak for this analysis
    assert {g.article: g.omitted for g in outlet_gaps(strict)}["a3"] == ()


def test_a_lead_is_never_claimed_as_only_this_outlets():
    # the first body sentence states the event every outlet reports: unmatched, it is a missed paraphrase
    an = _story()
    gaps = {g.article: g for g in outlet_gaps(an)}
    assert "a3.s0" not in gaps["a3"].unique and "a3.s0" not in {s for f in an.facts for s in f.sentences}


def test_close_figures_of_one_kind_are_not_only_one_outlets():
    an = make_analysis([
        "Polls closed at eight. Turnout was 61%, the highest in decades.",
        "Polls closed at eight. Some 64 percent of eligible voters cast a ballot.",
        "Polls closed at eight. Rain fell all day on the islands.",
    ])
    unique = {s for g in compute_insights(an).gaps for s in g.unique}
    assert "a0.s1" not in unique and "a1.s1" not in unique  # 61% and 64%: perhaps one figure
    assert "a2.s1" in unique


def test_in_a_fortnight_is_as_long_as_within_two_weeks():
    an = make_analysis([
        "Polls closed at eight. The premier-designate plans to announce her ministers in a fortnight.",
        "Polls closed at eight. Dunmore said she would name her cabinet within two weeks.",
    ])
    assert not any(g.unique for g in compute_insights(an).gaps)


def test_a_sentence_that_says_too_little_to_tell_is_not_claimed_but_kept_apart():
    an = _firm(make_analysis([
        "The dam opened on Monday. We are not there yet, she added.",
        "The dam opened on Monday. Storms delayed construction twice last year.",
    ], facts=[["a0.s0", "a1.s0"]]))
    gaps = {g.article: g for g in outlet_gaps(an)}
    assert gaps["a0"].unique == () and gaps["a0"].possibly_shared == ("a0.s1",)
    assert gaps["a1"].unique == ("a1.s1",) and gaps["a1"].possibly_shared == ()


def test_words_spread_over_one_facts_members_make_a_sentence_possibly_shared():
    # each member shares little with it, but together they hold most of what it says
    an = _firm(make_analysis([
        "The dam opened on Monday. Engineers blamed heavy rain, mud, rising costs and supply shortages "
        "for the slow start of the project.",
        "The dam opened on Monday. Storms delayed the builders, the crane crews and the concrete deliveries "
        "at the southern site.",
        "The dam opened on Monday. Heavy storms twice delayed engineers.",
    ], facts=[["a0.s0", "a1.s0", "a2.s0"], ["a0.s1", "a1.s1"]]))
    near = Nearness(an, list(an.articles))
    assert max(near.shares("a2.s1", o)[0] for o in ("a0.s1", "a1.s1")) < UNIQUE_NEAR
    assert near.fact_cover("a2.s1") >= FACT_COVER
    gaps = {g.article: g for g in outlet_gaps(an)}
    assert gaps["a2"].unique == () and gaps["a2"].possibly_shared == ("a2.s1",)


def test_unique_and_possibly_shared_lists_never_overlap_nor_hold_fact_members():
    for an in (_story(), make_analysis(["A dam opened. Rain fell on the town all night long.",
                                        "A dam opened. The rain fell all night. Crews cleared two roads."])):
        members = {s for f in an.facts for s in f.sentences}
        for g in compute_insights(an).gaps:
            assert not set(g.unique) & set(g.possibly_shared)
            assert not (set(g.unique) | set(g.possibly_shared)) & members
        doc = insights_to_dict(compute_insights(an))["outlets"]
        assert all("possibly_shared_sentences" in o for o in doc)


def test_a_number_with_a_thousands_separator_is_one_word():
    assert "#3000" in tokens("Some 3,000 protesters gathered.") and "#0" not in tokens("Some 3,000 protesters.")
    assert tokens("Food couriers who work through apps") >= {"app", "courier"}
    assert "news" in tokens("Local news") and "status" in tokens("their status")
