"""Conflicts between sentences in no fact together: only on strict evidence."""

from __future__ import annotations

from reader.compare.conflicts import find_claims, number_conflicts
from reader.compare.near_conflicts import near_conflicts
from reader.compare.roles import share_role
from reader.compare.sentence_quantities import sentence_quantities

from .handmade import make_analysis


def _near(texts, facts):
    an = make_analysis(texts, facts=facts)
    claims = find_claims(an)
    return near_conflicts(an, claims, number_conflicts(an, claims))


def test_a_number_whose_noun_is_left_out_counts_what_the_sentence_before_counted():
    an = make_analysis(["The Greens won 48 seats. The Union held 31. Counting ended at dawn."])
    got = {c.text: c.dimension for c in find_claims(an)}
    assert got["31"] == "count:seat"
    assert all(q.dimension != "count:seat" for q in sentence_quantities("The Union held 31.", None))  # alone


def test_net_profit_and_net_income_of_two_outlets_conflict_outside_a_fact():
    got = _near(["The results came on Monday. Net profit fell 18% to $512 million. Revenue rose 5%.",
                 "The results came on Monday. Quarterly net income dropped 15 percent. Sales grew 5 percent."],
                facts=[["a0.s0", "a1.s0"], ["a0.s1", "a1.s0"]])  # the aligner put the profit with a date
    assert len(got) == 1 and got[0].fact == "f1"
    assert sorted(v.value for v in got[0].values) == ["15", "18"]


def test_one_shared_name_is_not_enough():
    # the company is in every sentence; a share of drivers is not a share price
    assert _near(["The ruling came on Friday. Nearly 40 percent of Carrow's drivers work full time.",
                  "The ruling came on Friday. Investors marked Carrow's stock down by 6% at the open."],
                 facts=[["a0.s0", "a1.s0"]]) == []


def test_an_outlet_that_gives_both_values_speaks_of_two_things():
    assert _near(["The vote came on Monday. The Union fell to 29 seats.",
                  "The vote came on Monday. The Union held 31 seats, down from 29 seats."],
                 facts=[["a0.s0", "a1.s0"]]) == []


def test_no_fact_to_show_it_under_no_claim():
    assert _near(["Net profit fell 18% to $512 million.", "Quarterly net income dropped 15 percent."],
                 facts=[]) == []


def test_what_a_percentage_measures():
    assert share_role("The union wants a 7% raise") == "pay"
    assert share_role("Investors sent the stock up 41%") == "market"
    assert share_role("Net income dropped 15 percent") == "income"
    assert share_role("Side effects occurred in 4.1% of patients") is None


def test_the_one_pay_rise_each_outlet_gives_is_compared_across_the_story():
    an = make_analysis(["Trams stopped on Monday. The union wants a 7% raise, while the operator offered 3.5%.",
                        "Trams stopped on Monday. Workers are seeking a 9 percent pay increase."],
                       facts=[["a0.s0", "a1.s0"], ["a0.s1", "a1.s0"]])
    got = number_conflicts(an, find_claims(an))
    assert [(c.dimension, sorted(v.value for v in c.values)) for c in got] == [("share", ["7", "9"])]
