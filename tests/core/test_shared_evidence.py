"""Evidence two outlets' sentences share although worded apart: a party named without "Party",
a lead with a dateline glued to it, derived word forms."""

from __future__ import annotations

from reader.model import Document
from reader.pipeline import analyze_documents


def _analyze(texts: list[str]):
    return analyze_documents([Document(id=f"a{i}", path=f"s/{i}.txt", text=t) for i, t in enumerate(texts)],
                             use_cache=False)


def test_a_party_named_without_party_is_the_party():
    an = _analyze(["Vote count ends\n\nThe Blue Meadow Party won a majority in the assembly on Thursday.",
                   "Blue Meadow sweeps\n\nBlue Meadow took 48 of the assembly's 88 seats."])
    names = {e.name for e in an.entities if any(m.text == "Blue Meadow" for m in e.mentions)}
    assert any("Party" in n for n in names), names


def test_a_dateline_ending_in_a_dash_stays_with_its_sentence_and_its_agency_out_of_its_terms(monkeypatch):
    from reader.align.written_forms import DATELINE

    feats = _capture_features(monkeypatch)
    an = _analyze(["Depot approved\n\nHOLTVILLE, Ore. (Valley Wire) — The council approved a new bus depot "
                   "on Tuesday. It will open in 2029.",
                   "Holtville backs depot\n\nHoltville's council approved the depot on Tuesday."])
    body = [s.text for s in an.articles[0].sentences if s.role == "body"]
    assert body[0].startswith("HOLTVILLE, Ore. (Valley Wire) — The council approved")
    lead = next(f for f in feats["feats"] if f.text == body[0])
    agency = {"@" + e.id for e in an.entities if e.name == "Valley Wire"}
    assert not lead.lemmas & ({"valley", "wire"} | agency)
    assert DATELINE.match("CASPER, Wyo. (AP) - A man").group("agency") == " (AP)"
    assert DATELINE.match("US—China talks resume") is None and DATELINE.match("NASA said so.") is None


def _capture_features(monkeypatch) -> dict:
    """What the pipeline gives the aligner, kept under "feats" when it runs."""
    from reader.align import grouping

    seen: dict = {}
    real = grouping.align

    def keep(articles, feats, *args, **kwargs):
        seen["feats"] = feats
        return real(articles, feats, *args, **kwargs)

    monkeypatch.setattr(grouping, "align", keep)
    return seen


def test_an_area_in_other_units_shares_a_term_when_it_is_one_value_converted():
    from reader.language.quantity_terms import alignment_terms

    miles = alignment_terms("The fire has scorched nearly 29 square miles of foothills.")
    acres = alignment_terms("The fire has grown to 18,400 acres.")
    other = alignment_terms("Flames have now blackened 14,800 acres of brush.")
    assert miles & acres
    assert not miles & other and not acres & other
    assert alignment_terms("a 5-mile stretch") & alignment_terms("an 8 km stretch")


def test_a_headline_that_shares_little_with_its_lede_still_joins_the_ledes_fact():
    """A headline titles its article's first sentence in other words: any score that counts
    (`floor`) puts it in that sentence's facts, where the second sentence needs `mutual`."""
    an = _analyze(["Halvern mourns after hillside collapse\n\nA rain-soaked hillside slid onto the mountain town "
                   "of Halvern on Sunday, burying 20 homes under mud, rock and fallen timber after a week of storms "
                   "that flooded roads across the valley. Rescuers worked through the night.",
                   "Mudslide buries homes\n\nA mudslide buried 20 homes under mud and rock in Halvern on Sunday "
                   "after days of rain. The governor declared an emergency.",
                   "Twenty homes lost\n\nMud and rock buried 20 homes in the town of Halvern on Sunday. "
                   "Schools are closed."])
    texts = [[an.sentence(s).text for s in f.sentences] for f in an.facts]
    assert any("Halvern mourns after hillside collapse" in t and any(x.startswith("A rain-soaked") for x in t)
               for t in texts), texts


def test_per_cent_is_a_percentage_of_its_kind_and_voters_casting_ballots_is_turnout(monkeypatch):
    from reader.language.roles import share_role

    assert share_role("Some 64 percent of eligible voters cast a ballot.") == "turnout"
    assert share_role("Voters handed the party 46 seats.") is None
    seen = _capture_features(monkeypatch)
    _analyze(["Profit falls\n\nProfit after tax slid 18 per cent at the maker of tills.",
              "Income drops\n\nQuarterly net income dropped 15 percent at the till maker."])
    terms = [frozenset().union(*(f.lemmas for f in seen["feats"] if f.article == i and not f.lead)) for i in (0, 1)]
    assert {"%income", "percent"} <= terms[0] & terms[1]


def test_a_word_in_capitals_outside_any_name_is_the_one_word_name_the_story_gives():
    """The tagger does not read a dateline's "RIVERTON" as a name (nor, in one story, "Riverton" as
    a place); the story names Riverton, so the capitals are that entity for alignment."""
    from types import SimpleNamespace

    from reader.align.written_forms import capitals_of, in_capitals
    from reader.model import Entity, Mention

    def entity(eid, name, label):
        return Entity(eid, name, label, (Mention("a0", None, 0, len(name), name),))

    capitals = capitals_of([entity("e5", "Riverton", "PERSON"), entity("e9", "Riverton City Council", "ORG"),
                          entity("e2", "Ore.", "GPE"), entity("e3", "March 3", "DATE")])
    assert capitals == {"riverton": "e5", "ore": "e2"}
    assert in_capitals(SimpleNamespace(text="RIVERTON"), capitals) == "e5"
    assert in_capitals(SimpleNamespace(text="Riverton"), capitals) is None  # the tagger's business
    assert in_capitals(SimpleNamespace(text="ORE"), capitals) == "e2"
    assert in_capitals(SimpleNamespace(text="US"), capitals) is None
