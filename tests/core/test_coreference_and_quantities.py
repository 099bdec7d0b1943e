""""The company" as the organisation named before it, a company's short name as its full one, no
"only this outlet" claim on a sentence whose actor another outlet writes about unaligned, and
quantities in other words ("one in four" = "25%", "a fortnight" = "two weeks") as one term."""

from __future__ import annotations

from reader.align import grouping
from reader.compare.nearness import Nearness
from reader.compare.omissions import outlet_gaps
from reader.model import Document
from reader.pipeline import analyze_documents

from .handmade import make_analysis


def _features(texts: list[str], monkeypatch):
    """The aligner's sentence features and the analysis of `texts`."""
    seen = {}
    original = grouping.align

    def capture(articles, feats, *args, **kw):
        seen["feats"] = feats
        return original(articles, feats, *args, **kw)

    monkeypatch.setattr(grouping, "align", capture)
    an = analyze_documents([Document(id=f"a{i}", path=f"s/{i}.txt", text=t) for i, t in enumerate(texts)],
                           use_cache=False)
    return {f.text: f for f in seen["feats"]}, an


def _entity(an, name: str) -> str:
    return next(e.id for e in an.entities if e.name == name)


def test_the_company_stands_for_the_company_named_before_it(monkeypatch):
    feats, an = _features(["Heater recall\n\nBrannock Systems recalled 40,000 space heaters on Friday. "
                           "The company has received 12 reports of fires. The parent company was not named.",
                           "Heaters recalled\n\nBrannock recalled 40,000 heaters after fires. "
                           "Brannock has had 12 reports of fires."], monkeypatch)
    company = _entity(an, "Brannock Systems")
    assert any(m.text == "Brannock" for e in an.entities if e.id == company for m in e.mentions)  # short form
    assert company in feats["The company has received 12 reports of fires."].entities
    assert company not in feats["The parent company was not named."].entities  # another company


def test_an_institution_word_needs_an_institution(monkeypatch):
    """"The council" is no company, and "the company" no council."""
    feats, an = _features(["Depot vote\n\nHalvern Logistics wants to build a depot in Marsby. "
                           "The council rejected the plan on Tuesday."], monkeypatch)
    assert not feats["The council rejected the plan on Tuesday."].entities


def _actors(facts=(("a0.s0", "a1.s0", "a2.s0"),)):
    return make_analysis([
        "Kessmar recalled jars of sauce. Kessmar plans to reopen the plant next month.",
        "Kessmar recalled jars of sauce. The company expects production to resume in the spring. "
        "Tollan Mills said its own sauces were safe.",
        "Kessmar recalled jars of sauce. Inspectors found a cracked valve at the bottling line.",
    ], facts=facts,
        entities=[("Kessmar Foods", "ORG", ["Kessmar"]), ("Tollan Mills", "ORG", ["Tollan Mills"])])


def test_a_sentence_whose_actor_another_outlet_writes_of_unaligned_is_not_claimed_unique():
    an = _actors()
    gaps = {g.article: g for g in outlet_gaps(an)}
    assert "a0.s1" not in gaps["a0"].unique  # "The company expects ..." may say it in other words
    assert "a0.s1" in gaps["a0"].possibly_shared
    assert "a1.s1" not in gaps["a1"].unique
    assert "a2.s1" in gaps["a2"].unique  # no name opens it
    assert "a1.s2" in gaps["a1"].unique  # nobody else writes of Tollan Mills


def test_an_actor_already_aligned_with_the_outlet_does_not_hold_a_claim_back():
    """Another outlet's sentence about the actor counts only if this outlet has no counterpart of it."""
    an = _actors()
    assert Nearness(an, list(an.articles)).same_subject("a0.s1")
    an = _actors(facts=(("a0.s0", "a1.s0", "a2.s0"), ("a0.s0", "a1.s1")))
    assert not Nearness(an, list(an.articles)).same_subject("a0.s1")


def test_a_place_is_no_actor():
    """A country opening sentences in every outlet is what the story is about: no claim held back."""
    for label, held in (("GPE", False), ("ORG", True)):
        an = make_analysis(["Talks ended. Norland has refused to sign the grain deal.",
                            "Talks ended. Norland is looking for new partners in the region."],
                           facts=[["a0.s0", "a1.s0"]], entities=[("Norland", label, ["Norland"])])
        assert Nearness(an, list(an.articles)).same_subject("a0.s1") is held


def test_quantities_in_other_words_are_one_term():
    """A ratio or fraction is the percentage it is; a length of time is one whatever its unit."""
    from reader.language.quantity_terms import alignment_terms

    assert alignment_terms("About one in four was sold online.") == {"#25"}  # the term of "25%"
    assert alignment_terms("A third of the cost") == {"#33"}
    assert "#25" not in alignment_terms("Prices rose 25% in a year.")  # the figure gives it already
    assert alignment_terms("She will name her cabinet in a fortnight.") == alignment_terms("within two weeks")
    assert alignment_terms("a two-day strike") == alignment_terms("a 48-hour strike")
    assert alignment_terms("It ran for a year and a half.") == alignment_terms("for 18 months")
    assert not alignment_terms("A day after the ruling, the company said it would appeal.")  # an offset
    assert alignment_terms("It will lay off twelve hundred workers.") == {"#~1200"}  # as "1,200" gives it
    assert alignment_terms("revenue of $4.2bn") == alignment_terms("revenue of $4.2 billion")
    assert alignment_terms("a dividend of 42 cents a share") == {"#0.42"}  # the term of "$0.42"
    assert not alignment_terms("It cut 1,200 jobs in 2021.")  # digits alone: the aligner reads them


def test_a_dozen_is_twelve():
    from reader.language.quantities import word_number

    assert (word_number("a dozen"), word_number("two dozen"), word_number("twelve hundred")) == (12, 24, 1200)


def test_a_scoreline_run_together_is_two_names_and_two_numbers():
    from reader.language.entities import _Raw, _split_at_numbers

    def raw(text: str, start: int = 0) -> _Raw:
        return _Raw(0, start, start + len(text), text, "ORG", text.lower())

    line = raw("Kestrel 3 Marlow 1", 100)
    out = _split_at_numbers([line, raw("kestrel"), raw("marlow")])
    assert [(r.text, r.start, r.end) for r in out[:2]] == [("Kestrel", 100, 107), ("Marlow", 110, 116)]
    assert _split_at_numbers([raw("Route 9"), raw("route")])[0].text == "Route 9"  # "9" alone is no name
    assert _split_at_numbers([line, raw("kestrel")])[0] is line  # "Marlow" is named nowhere else
