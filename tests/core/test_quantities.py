"""Quantities as people write them, and when two outlets' values really conflict."""

from __future__ import annotations

import json

import pytest

from reader import cli
from reader.compare.conflicts import find_claims, number_conflicts
from reader.compare.datewords import parse_article_date
from reader.compare.sentence_quantities import sentence_quantities

from .handmade import make_analysis


def _q(text, date=None):
    return {q.text: q for q in sentence_quantities(text, parse_article_date(date))}


@pytest.mark.parametrize("text,dim,value", [
    ("The board voted 7-2 to approve it.", "tally", "7-2"),
    ("It passed by a vote of seven to two.", "tally", "7-2"),
    ("The court issued a 5-4 decision.", "tally", "5-4"),
    ("The plant will cost $430 million.", "money:$", "430000000"),
    ("The deal is worth $1.2bn.", "money:$", "1200000000"),
    ("The fund holds €50m.", "money:EUR", "50000000"),
    ("The fund holds 50 million euros.", "money:EUR", "50000000"),
    ("Turnout rose 30 percent.", "share", "30"),
    ("Turnout rose 30pc.", "share", "30"),
    ("At least 12 people were killed.", "count:death", "12"),
    ("Another 30 remain missing.", "count:missing", "30"),
    ("The firm will cut 4,000 jobs.", "count:job", "4000"),
    ("He scored in the 67th minute.", "minute", "67"),
    ("The talks lasted twelve hours.", "duration", "12 hours"),
])
def test_reads_quantities_as_written(text, dim, value):
    got = [(q.dimension, q.value) for q in sentence_quantities(text, None)]
    assert (dim, value) in got, got


def test_hedges_widen_into_ranges():
    more = _q("More than 200 residents signed up.")["More than 200 residents"]
    assert (more.lo, more.hi) == (200, 300)
    about = _q("About 200 residents signed up.")["About 200 residents"]
    assert about.lo == pytest.approx(180) and about.hi == pytest.approx(220)
    third = _q("Nearly a third of the cost is covered.")["Nearly a third"]
    assert third.lo < 30 < third.hi


def test_an_offset_is_no_duration():
    qs = _q("The vote came a day after two days of talks.")
    assert qs["a day after"].dimension == "offset" and qs["two days"].dimension == "duration"


def test_dates_resolve_against_the_articles_own_date_and_odd_dates_do_not_fail():
    assert _q("They met on Monday.", "2024-03-05")["Monday"].value == "2024-03-04"
    assert _q("They met on March 4.", "2024-03-05")["March 4"].value == "2024-03-04"
    year_one = _q("They met on Tuesday, a day before yesterday.", "0001-01-01")
    assert year_one["Tuesday"].lo is None  # before year 1: left unresolved, no error
    assert _q("It ends tomorrow.", "9999-12-31") == {}


_TRAPS = [
    ("The hearing lasted 12 hours.", "The hearing lasted twelve hours."),
    ("The deal is worth $4.2 billion.", "The deal is worth $4.2bn."),
    ("A third of the cost comes from a grant.", "Some 33% of the cost comes from a grant."),
    ("The council met on Monday to vote.", "The council met on March 4 to vote."),
    ("The summit followed two days of talks.", "The summit came a day after the talks."),
    ("More than 200 residents signed up to speak.", "Some 240 residents signed up to speak."),
    ("The plant costs $430 million and a grant pays $90 million.", "A grant pays $90 million of the cost."),
]


@pytest.mark.parametrize("a,b", _TRAPS)
def test_traps_are_not_conflicts(a, b):
    an = make_analysis([a, b], facts=[["a0.s0", "a1.s0"]], dates=["2024-03-05", "2024-03-05"])
    assert number_conflicts(an, find_claims(an)) == ()


_REAL = [
    ("The council voted 7-2 to approve the plan.", "The council approved the plan by a vote of six to three."),
    ("The plant will cost $430 million.", "The plant is projected to cost $340 million."),
    ("The hearing lasted four hours.", "The hearing lasted five hours."),
    ("The storm killed 12 people.", "The storm left 14 people dead."),
    ("He scored in the 67th minute.", "He scored in the 76th minute."),
]


@pytest.mark.parametrize("a,b", _REAL)
def test_real_conflicts_show_each_outlets_wording(a, b):
    an = make_analysis([a, b], facts=[["a0.s0", "a1.s0"]])
    conflicts = number_conflicts(an, find_claims(an))
    assert len(conflicts) == 1, conflicts
    texts = [t for v in conflicts[0].values for t in v.texts]
    assert len(texts) == 2 and all(t in a or t in b for t in texts)
    assert all(f"“{t}”" in conflicts[0].summary for t in texts)


def test_one_conflict_per_thing_even_when_sentences_share_facts():
    an = make_analysis(["The plant will cost $430 million.", "The plant is projected to cost $340 million."],
                       facts=[["a0.s0", "a1.s0"], ["a0.s0", "a1.s0"]])
    assert len(number_conflicts(an, find_claims(an))) == 1


def test_year_one_date_in_json_does_not_crash(tmp_path, capsysbinary):
    for name, date, cost in (("a", "0001-01-01", "$430 million"), ("b", "0001-01-01", "$340 million")):
        (tmp_path / f"{name}.json").write_text(json.dumps({
            "title": "Dam opens", "outlet": name.upper(), "date": date,
            "text": f"The dam opened on Monday after two days of talks. It cost {cost}, officials said on "
                    "March 3. The mayor spoke on Sunday and left tomorrow."}), encoding="utf-8")
    assert cli.main(["analyze", str(tmp_path), "--json", "--no-cache"]) == 0
    doc = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert doc["insights"]["claims"]


def test_durations_far_apart_are_two_things():
    an = make_analysis(["The hearing ran four hours, capping ten years of debate.",
                        "The debate over the plan has run for ten years."], facts=[["a0.s0", "a1.s0"]])
    assert [c.dimension for c in number_conflicts(an, find_claims(an))] == []
    an = make_analysis(["The hearing lasted four hours.", "The hearing lasted ten years."],
                       facts=[["a0.s0", "a1.s0"]])
    assert number_conflicts(an, find_claims(an)) == ()


def test_unanimous_is_a_tally_of_n_to_none():
    got = _q("In a unanimous opinion, a three-judge panel held that drivers are employees.")
    assert got["unanimous"].value == "3-0"
    assert _q("The council voted unanimously to approve it.")["unanimously"].value == "unanimous"


def test_a_unanimous_ruling_conflicts_with_a_split_one_and_agrees_with_n_to_nil():
    an = make_analysis(["The appeals court ruled 2-1 that drivers are employees.",
                        "The appeals court ruled unanimously that drivers are employees.",
                        "The appeals court ruled 3-0 that drivers are employees."],
                       facts=[["a0.s0", "a1.s0", "a2.s0"]])
    got = number_conflicts(an, find_claims(an))
    assert [c.dimension for c in got] == ["tally"]
    assert {v.article for v in got[0].values if v.value != "2-1"} == {"a1", "a2"}  # unanimous agrees with 3-0


def test_one_value_written_twice_by_an_outlet_is_no_tie():
    an = make_analysis(["At least 37 homes have been destroyed.",
                        "Fire destroys 73 homes. It has destroyed 73 homes, inspectors said."],
                       facts=[["a0.s0", "a1.s0", "a1.s1"]])
    got = number_conflicts(an, find_claims(an))
    assert [sorted(v.value for v in c.values) for c in got] == [["37", "73"]]


def test_a_count_of_people_is_not_compared_with_a_count_of_things():
    an = make_analysis(["Evacuation orders cover 6,200 people as the fire destroys homes.",
                        "The fire destroys 73 homes as evacuation orders widen."],
                       facts=[["a0.s0", "a1.s0"]])
    assert number_conflicts(an, find_claims(an)) == ()


def test_one_in_four_is_a_share():
    assert _q("About one in four was sold online.")["About one in four"].value == "25"
    assert _q("Three out of five doctors agree.")["Three out of five"].value == "60"
    assert all(q.dimension != "share" for q in _q("They won 3 in 2019.").values())
