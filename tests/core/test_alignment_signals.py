"""The alignment signals beyond shared words: verb participants, WordNet senses, headlines."""

from __future__ import annotations

import pytest

from reader.align.explain import explain_match
from reader.ingest.headlines import role_at, statement_spans, with_statements
from reader.language import synonyms
from reader.language.participants import conflict, verb_roles
from reader.model import Analysis, Evidence, Fact, Region

from .handmade import make_analysis


def test_same_verb_slot_with_different_people_conflicts():
    a = frozenset({("place", "obj", "@e1"), ("place", "subj", "@e9")})
    b = frozenset({("place", "obj", "@e2"), ("place", "subj", "@e9")})
    assert conflict(a, b, frozenset({"@e1", "@e9"}), frozenset({"@e2", "@e9"})) == ("@e1", "@e2")


def test_a_participant_named_elsewhere_in_the_other_sentence_is_no_conflict():
    a = frozenset({("place", "obj", "@e1")})
    b = frozenset({("place", "obj", "@e2")})
    # b names e1 too (a parse that put it in another slot): not evidence of a different person
    assert conflict(a, b, frozenset({"@e1"}), frozenset({"@e1", "@e2"})) is None
    # different verbs never conflict
    assert conflict(a, frozenset({("sign", "obj", "@e2")}), frozenset({"@e1"}), frozenset({"@e2"})) is None


def test_a_shared_name_word_is_a_missed_link_not_another_participant():
    a = frozenset({("admit", "subj", "@e1"), ("admit", "subj", "=merrill")})
    b = frozenset({("admit", "subj", "@e2"), ("admit", "subj", "=merrill"), ("admit", "subj", "=lynch")})
    assert conflict(a, b, frozenset({"@e1"}), frozenset({"@e2"})) is None


@pytest.fixture
def senses_on(monkeypatch):
    """WordNet senses from the system's copy, when this machine has one."""
    monkeypatch.setenv("READER_WORDNET_DIR", "system")
    synonyms._lines.cache_clear()
    synonyms._senses.cache_clear()
    if not synonyms.available():
        pytest.skip("no WordNet index files on this machine")
    yield
    synonyms._lines.cache_clear()
    synonyms._senses.cache_clear()


def test_synonyms_share_a_sense_term_and_unrelated_words_do_not(senses_on):
    assert set(synonyms.sense_terms("temblor", "NOUN")) & set(synonyms.sense_terms("earthquake", "NOUN"))
    assert set(synonyms.sense_terms("candid", "ADJ")) & set(synonyms.sense_terms("frank", "ADJ"))
    assert not set(synonyms.sense_terms("earthquake", "NOUN")) & set(synonyms.sense_terms("election", "NOUN"))
    assert synonyms.sense_terms("earthquake", "PROPN") == ()


def test_senses_are_off_unless_turned_on(monkeypatch):
    """Off by default: the same alignment on every machine, whatever it has installed."""
    monkeypatch.delenv("READER_WORDNET_DIR", raising=False)
    assert synonyms.data_dir() is None and synonyms.setting() == "senses:off"
    monkeypatch.setenv("READER_WORDNET_DIR", "off")
    assert synonyms.data_dir() is None
    monkeypatch.setenv("READER_WORDNET_DIR", "/nonexistent/wordnet")
    assert synonyms.data_dir() is None


def test_headline_spans_drop_markdown_marks_and_carry_their_role():
    text = "# Gunman kills 1 at office\n\nA standfirst line here\n\nBody sentence.\n"
    fm = (Region(0, 26, "title"), Region(28, 50, "standfirst"))
    assert [text[s:e] for s, e in statement_spans(text, fm)] == ["Gunman kills 1 at office", "A standfirst line here"]
    assert with_statements(text, [(52, 66)], fm) == ((2, 26), (28, 50), (52, 66))
    assert (role_at(fm, 2), role_at(fm, 30), role_at(fm, 52)) == ("headline", "standfirst", "body")


def test_why_matched_names_the_different_participants():
    base = make_analysis(["Police placed Tom Verhoeven on leave.", "Police placed Mark Ellery on leave."],
                         entities=[("Tom Verhoeven", "PERSON", ["Tom Verhoeven"]),
                                   ("Mark Ellery", "PERSON", ["Mark Ellery"])])
    ev = Evidence("a0.s0", "a1.s0", 0.4, {"words": 0.8, "participants_differ": 1.0})
    an = Analysis(articles=base.articles, facts=(Fact("f0", ("a0.s0", "a1.s0"), 0.4, "x", (ev,)),),
                  entities=base.entities)
    reasons = " ".join(explain_match(an, "a0.s0", "a1.s0").reasons)
    assert "Different participants" in reasons and "Tom Verhoeven vs Mark Ellery" in reasons


class _Tok:
    """Just what `verb_roles` reads of a spaCy token."""

    def __init__(self, text: str, pos: str = "PROPN", dep: str = "", children: tuple = ()) -> None:
        self.text, self.lemma_, self.pos_, self.dep_ = text, text, pos, dep
        self.children, self.is_stop = children, False


def test_a_reporting_verb_names_a_source_not_a_participant():
    def roles(verb: str, who: str) -> frozenset:
        subj = _Tok(who, dep="nsubj")
        return verb_roles([_Tok(verb, "VERB", children=(subj,)), subj],
                          lambda t: ("@" + t.text,) if t.pos_ == "PROPN" else (), str)

    assert roles("resign", "Miller") == {("resign", "subj", "@Miller")}
    assert roles("say", "Miller") == frozenset()
    a, b = roles("resign", "Miller"), roles("resign", "Ortiz")
    assert conflict(a, b, frozenset({"@Miller"}), frozenset({"@Ortiz"})) is not None
    assert conflict(roles("say", "Miller"), roles("say", "Ortiz"), frozenset({"@Miller"}),
                    frozenset({"@Ortiz"})) is None


def test_a_relative_clause_fills_its_slot_with_the_noun_it_describes():
    """"Nand, who voted against the plan" and "Whitaker voted against the plan": the
    relative pronoun's slot is Nand's, so the two name different people in one slot."""
    def relative(verb: str, who: str) -> frozenset:
        name, pronoun = _Tok(who, dep="nsubj"), _Tok("who", "PRON", dep="nsubj")
        pronoun.tag_ = "WP"
        clause = _Tok(verb, "VERB", dep="relcl", children=(pronoun,))
        clause.head = name
        return verb_roles([name, pronoun, clause], lambda t: ("@" + t.text,) if t.pos_ == "PROPN" else (), str)

    subj = _Tok("Whitaker", dep="nsubj")
    plain = verb_roles([_Tok("vote", "VERB", children=(subj,)), subj], lambda t: ("@" + t.text,), str)
    assert relative("vote", "Nand") == {("vote", "subj", "@Nand")}
    assert conflict(plain, relative("vote", "Nand"), frozenset({"@Whitaker"}), frozenset({"@Nand"})) is not None


def test_a_large_figure_is_also_its_rounding():
    from reader.language.numbers import rounded

    assert rounded("34120") == rounded("34000") == "34000"
    assert rounded("31420") == "31000"  # another figure: no shared rounding with 34,120
    assert rounded("6200") == "6200" and rounded("1100") != rounded("1600")
    assert rounded("999") is None and rounded("12.5") is None
    assert rounded("2018") is None and rounded("2019") is None  # years a year apart stay apart
    assert rounded("1000000") is None and rounded("1000") is None  # "a million": a unit


def test_sentences_with_one_figure_rounded_differently_align():
    """An exact and a rounded figure of one measure ("34,120" / "more than 34,000") are
    evidence of one fact, as the same figure would be: the pair matches."""
    from reader.model import Document
    from reader.pipeline import analyze_documents

    texts = ["Late goal settles the derby\n\nThe home side won the derby in the last minute. "
             "A crowd of 34,120 watched.",
             "Derby goes to the home side\n\nThe derby was won in the last minute by the home side. "
             "More than 34,000 were there."]
    an = analyze_documents([Document(id=f"a{i}", path=f"s/{i}.txt", text=t) for i, t in enumerate(texts)],
                           use_cache=False)
    together = [f for f in an.facts if {s.split(".")[0] for s in f.sentences} == {"a0", "a1"}]
    assert any(any("34,120" in an.sentence(s).text for s in f.sentences) for f in together)


def test_why_not_names_articles_without_a_name_in_common_and_figures_that_round_alike():
    an = make_analysis(["Police in Dayton said the victim was taken to a hospital.",
                        "Police in Erie said the victim was taken to a hospital."],
                       entities=[("Dayton", "GPE", ["Dayton"]), ("Erie", "GPE", ["Erie"])])
    reasons = " ".join(explain_match(an, "a0.s0", "a1.s0").reasons)
    assert "name no person, place or organisation in common" in reasons
    an = make_analysis(["A crowd of 34,120 watched in Dayton.", "More than 34,000 were there in Dayton."],
                       entities=[("Dayton", "GPE", ["Dayton"])])
    reasons = " ".join(explain_match(an, "a0.s0", "a1.s0").reasons)
    assert "name no person" not in reasons and "round alike" in reasons and "34120 / 34000" in reasons
