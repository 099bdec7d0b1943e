"""Counts whose digits two outlets give in another order are one number misreported."""

from __future__ import annotations

from reader.compare.conflicts import find_claims, number_conflicts
from reader.compare.transposed import transposed_conflicts

from .handmade import make_analysis


def _conflicts(texts, facts):
    an = make_analysis(texts, facts=facts)
    claims = find_claims(an)
    return transposed_conflicts(an, claims, number_conflicts(an, claims))


def test_transposed_digits_conflict_wherever_the_sentences_are():
    # the aligner paired the strike's start, not the two counts
    got = _conflicts(["About 1,350 tram drivers began a strike on Monday. The network closed.",
                      "The strike began on Monday. Some 1,530 tram workers walked off the job."],
                     facts=[["a0.s0", "a1.s0"]])
    assert len(got) == 1 and got[0].fact == "f0"
    assert sorted(t for v in got[0].values for t in v.texts) == ["About 1,350 tram drivers", "Some 1,530 tram workers"]


def test_short_or_round_or_unplaced_numbers_are_no_conflict():
    assert not _conflicts(["The council has 12 seats. The network closed.", "The network closed. It won 21 seats."],
                          facts=[["a0.s1", "a1.s0"]])
    assert not _conflicts(["The firm cut 1,000 jobs. The network closed.", "The network closed. It cut 1,000 jobs."],
                          facts=[["a0.s1", "a1.s0"]])
    assert not _conflicts(["About 1,350 drivers went on strike.", "Some 1,530 workers walked out."], facts=[])


def test_hedges_do_not_merge_the_two_figures():
    got = _conflicts(["About 1,350 tram drivers began a strike on Monday. The network closed.",
                      "The strike began on Monday. Some 1,530 tram workers walked off the job."],
                     facts=[["a0.s0", "a1.s0"]])
    assert sorted(v.value for v in got[0].values) == ["1350", "1530"]  # "about" and "some" overlap
