"""Speakers by sentence shape: titles, appositions, possessives, colons, titles alone."""

from __future__ import annotations

from reader.compare.quotes import quote_report

from .handmade import make_analysis

PEOPLE = [("Ada Lark", "PERSON", ["Ada Lark", "Lark"]), ("Bo Finch", "PERSON", ["Bo Finch", "Finch"]),
          ("Norland", "PERSON", ["Norland"]),  # a company the tagger took for a person
          ("Cy Wren", "PERSON", ["Cy Wren"])]


def _speakers(texts, entities=PEOPLE):
    an = make_analysis(texts, entities=entities)
    return {q.text.strip(",. "): q.speaker_name for q in an.quotes}


def test_title_and_apposition_after_the_verb():
    got = _speakers(["“We act out of caution,” said Norland chief executive Bo Finch.\n"
                     "“The tests were clear,” said Prof Ada Lark of the city hospital, who led them."])
    assert got["We act out of caution"] == "Bo Finch"
    assert got["The tests were clear"] == "Ada Lark"


def test_a_possessive_only_modifies():
    got = _speakers(["Norland's chief, Bo Finch, left early.\n“We did not come to sign,” he said.\n"
                     "Norland's leader Cy Wren said: “No deal today.”"])
    assert got["We did not come to sign"] == "Bo Finch"
    assert got["No deal today"] == "Cy Wren"


def test_colon_and_called_introduce_a_quote():
    got = _speakers(["Writing for the court, Judge Ada Lark put it plainly: “An app is no employer.”\n"
                     "Mayor Bo Finch called it “the most important vote in a decade.”"])
    assert got["An app is no employer"] == "Ada Lark"
    assert got["the most important vote in a decade"] == "Bo Finch"


def test_a_title_alone_is_the_person_so_titled_in_the_story():
    an = make_analysis(["Governor Ada Lark toured the valley.\n“It is heartbreaking,” the governor said.",
                        "“It is so heartbreaking,” the governor said during a visit."], entities=PEOPLE)
    assert [q.speaker_name for q in an.quotes] == ["Ada Lark", "Ada Lark"]


def test_different_speakers_for_one_quote_are_flagged():
    an = make_analysis(["“We are acting out of an abundance of caution,” said Bo Finch.",
                        "“We are acting out of an abundance of caution,” Ada Lark said."], entities=PEOPLE)
    groups = quote_report(an).groups
    assert len(groups) == 1 and groups[0].speakers_differ


def test_a_short_title_names_the_person_too():
    an = make_analysis(["Gov Ada Lark toured the valley. “It is heartbreaking,” the governor said."],
                       entities=[("Ada Lark", "PERSON", ["Gov Ada Lark", "Ada Lark"])])
    assert [q.speaker_name for q in an.quotes] == ["Ada Lark"]
