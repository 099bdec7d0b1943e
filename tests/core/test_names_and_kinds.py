"""Names after a title that the tagger missed, and the kind of a figure as alignment evidence."""

from __future__ import annotations

from reader.model import Document
from reader.pipeline import analyze_documents


def _analyze(texts: list[str]):
    return analyze_documents([Document(id=f"a{i}", path=f"s/{i}.txt", text=t) for i, t in enumerate(texts)],
                             use_cache=False)


def _people(an) -> set[str]:
    return {e.name for e in an.entities if e.label == "PERSON"}


def test_a_name_after_a_title_is_a_person():
    an = _analyze(["Board votes on the plan\n\nThe board voted 5-2 for the plan on Tuesday. "
                   "Councilmember Tavi Orlund also voted no.",
                   "Plan passes\n\nThe plan passed 5-2. Councilmember Tavi Orlund voted against it."])
    assert "Tavi Orlund" in _people(an)


def test_a_day_an_address_or_a_common_phrase_after_a_title_is_no_person():
    an = _analyze(["Man charged\n\nThe suspect appeared before a judge Monday and was charged. "
                   "Police are still looking into the case, which was an officer involved shooting. "
                   "The state will conduct the Officer Involved Shooting investigation. "
                   "It happened in the 400 block of Larch Dr SE."])
    people = _people(an)
    assert not {"Monday", "Involved Shooting", "SE"} & people


def test_a_title_inside_a_name_gives_no_person():
    an = _analyze(["Derby day\n\nSeveral Premier League clubs have shown interest in the striker."])
    assert "League" not in _people(an)


def test_two_outlets_share_prices_align_whatever_their_words():
    """A percentage's kind (a share price) is evidence: "shares climbed 14%" and "stock up 41%"
    state one measure, so the two sentences are paired and their figures can conflict."""
    an = _analyze(["Trial results\n\nThe drug cut admissions in a trial. Narvik shares climbed 14% in New York.",
                   "A big trial\n\nThe pill cut admissions, the trial found. Investors sent Narvik stock up "
                   "41% on the news."])
    together = [f for f in an.facts if {s.split(".")[0] for s in f.sentences} == {"a0", "a1"}]
    assert any(any("14%" in an.sentence(s).text for s in f.sentences)
               and any("41%" in an.sentence(s).text for s in f.sentences) for f in together)


def test_a_title_is_no_word_of_a_persons_name_in_a_verb_slot():
    """Two people named with one title ("Councilmember Dan Whitaker" / "Councilmember Priya
    Nand") fill a verb slot with different participants: a shared title is no shared name
    word, which would read as a link the linker missed. Organisations keep their words."""
    from reader.language.entity_rules import name_words
    from reader.language.participants import conflict

    assert name_words("Councilmember Dan Whitaker", "PERSON") == ("=dan", "=whitaker")
    assert name_words("General Motors", "ORG") == ("=general", "=motors")

    def roles(eid: str, name: str) -> frozenset:
        return frozenset(("vote", "subj", t) for t in ("@" + eid, *name_words(name, "PERSON")))

    a, b = roles("e0", "Councilmember Dan Whitaker"), roles("e4", "Councilmember Priya Nand")
    assert conflict(a, b, frozenset({"@e0", "vote"}), frozenset({"@e4", "vote"})) == ("@e0", "@e4")
