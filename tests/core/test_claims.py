"""Numeric claims, their comparable values, and conflicts inside a fact."""

from __future__ import annotations

from reader.compare.conflicts import find_claims, number_conflicts
from reader.compare.datewords import parse_article_date as parse_date

from .gold_helpers import article_of, gold, number_recall
from .handmade import make_analysis


def _claims(text, date=None):
    an = make_analysis([text], dates=[date])
    return {c.text: c for c in find_claims(an)}


def test_kinds_and_values():
    cs = _claims("The plant cost $4.5 billion, 12 percent over budget, and 300 workers built it in "
                 "twelve months; it opened on Sept. 18, 2023 after a six-day delay.")
    assert (cs["$4.5 billion"].kind, cs["$4.5 billion"].value) == ("money", "4500000000")
    assert (cs["12 percent"].kind, cs["12 percent"].value) == ("percent", "12")
    assert (cs["300 workers"].dimension, cs["300 workers"].value) == ("count:worker", "300")
    assert (cs["twelve months"].dimension, cs["twelve months"].value) == ("duration", "12 months")
    assert (cs["Sept. 18, 2023"].dimension, cs["Sept. 18, 2023"].value) == ("date", "2023-09-18")
    assert cs["six-day"].dimension == "duration"


def test_words_and_digits_compare_equal():
    assert _claims("They talked for 12 hours.")["12 hours"].value == _claims("They talked for twelve hours.")[
        "twelve hours"].value


def test_weekday_resolves_against_the_articles_own_date():
    assert parse_date("September 18, 2023").isoformat() == "2023-09-18"
    monday = _claims("They met on Monday in Geneva.", date="2023-09-20")["Monday"]
    sept = _claims("They met on Sept. 18 in Geneva.", date="2023-09-20")["Sept. 18"]
    assert monday.value == sept.value == "2023-09-18"
    undated = _claims("They met on Monday.")["Monday"]
    assert undated.lo is None and undated.date == (None, None, None, 0)  # only the weekday is known


def test_relative_and_vague():
    cs = _claims("The vote came a day after the strike and several days of protests, officials said recently.")
    assert (cs["a day after"].kind, cs["a day after"].value) == ("relative", None)
    assert cs["several days"].value is None


def test_context_is_the_clause():
    c = _claims("After the weekend talks, the minister met union leaders for 12 hours in the capital.")["12 hours"]
    assert c.context.startswith("the minister met union leaders for 12 hours")


def test_a_day_after_is_no_duration_and_staff_counts_are_apart():
    an = make_analysis([
        "The summit followed two days of border talks between trade envoys in Oslo.",
        "The summit came a day after border talks between trade envoys in Oslo.",
        "The summit followed three days of border talks between trade envoys in Oslo, and 40 staff attended.",
        "The summit, with 55 staff from both ministries, went on.",
    ], facts=[["a0.s0", "a1.s0", "a2.s0"], ["a2.s0", "a3.s0"]])
    conflicts = number_conflicts(an, find_claims(an))
    assert [(c.fact, c.dimension) for c in conflicts] == [("f0", "duration")]
    assert {(v.article, v.value) for v in conflicts[0].values} == {("a0", "2 days"), ("a2", "3 days")}


def test_gold_numbers(sample_analysis):
    claims = find_claims(sample_analysis)
    in_context, value, misses = number_recall(sample_analysis, claims)
    assert in_context >= 0.8, misses
    assert value >= 0.8
    for c in claims:
        art = sample_analysis.article(c.article)
        assert art.text[c.start:c.end] == c.text
        assert art.text[c.context_start:c.context_end] == c.context
        assert c.context_start <= c.start and c.end <= c.context_end


def test_gold_a_day_after_is_not_a_conflict(sample_analysis):
    """The gold notes pair "two days" of talks with talks "a day after" a meeting:
    an offset is not a duration, so that is not a disagreement (issue 12's trap);
    the meeting's date, given as a weekday and as a calendar date, agrees."""
    an = sample_analysis
    conflicts = number_conflicts(an, find_claims(an))
    malta = next(g for g in gold()["numbers"] if "a day after" in {m["text"].split(" ", 2)[-1]
                                                                   for m in g["members"]})
    files = {article_of(an, m["file"]) for m in malta["members"]}
    assert len(files) >= 2
    assert not [c for c in conflicts if c.dimension in ("duration", "date")], conflicts


def test_the_one_duration_each_outlet_gives_is_compared_across_the_story():
    an = make_analysis(["The council voted on Tuesday. Residents spoke for four hours before it.",
                        "The council voted on Tuesday. The vote followed a five-hour hearing."],
                       facts=[["a0.s1", "a1.s0"]])  # the aligner did not pair the two durations
    got = number_conflicts(an, find_claims(an))
    assert [c.dimension for c in got] == ["duration"] and got[0].fact == "f0"
    # two durations far apart are two things, not one misreported
    an = make_analysis(["The council voted on Tuesday. Residents spoke for four hours before it.",
                        "The council voted on Tuesday. The plan takes five years."], facts=[["a0.s1", "a1.s0"]])
    assert not number_conflicts(an, find_claims(an))
