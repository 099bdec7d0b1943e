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


def test_a_dateline_ending_in_a_dash_stays_with_its_sentence_and_out_of_its_terms():
    from reader.align.features import _DATELINE

    an = _analyze(["Depot approved\n\nHOLTVILLE, Ore. (Valley Wire) — The council approved a new bus depot "
                   "on Tuesday. It will open in 2029."])
    body = [s.text for s in an.articles[0].sentences if s.role == "body"]
    assert body[0].startswith("HOLTVILLE, Ore. (Valley Wire) — The council approved")
    assert _DATELINE.match(body[0]).group().startswith("HOLTVILLE")
    assert _DATELINE.match("US—China talks resume") is None and _DATELINE.match("NASA said so.") is None


def test_an_area_in_other_units_shares_a_term_when_it_is_one_value_converted():
    from reader.language.quantity_terms import alignment_terms

    miles = alignment_terms("The fire has scorched nearly 29 square miles of foothills.")
    acres = alignment_terms("The fire has grown to 18,400 acres.")
    other = alignment_terms("Flames have now blackened 14,800 acres of brush.")
    assert miles & acres
    assert not miles & other and not acres & other
    assert alignment_terms("a 5-mile stretch") & alignment_terms("an 8 km stretch")
