"""Quotations, their speakers, and the same quote across outlets."""

from __future__ import annotations

from reader.compare.quotes import group_quotes, quote_report
from reader.language.quotes import find_quotes, quote_similarity

from .gold_helpers import quote_recall
from .handmade import make_analysis

PEOPLE = [("Ada Lark", "PERSON", ["Ada Lark", "Lark"]), ("Bo Finch", "PERSON", ["Bo Finch", "Finch"]),
          ("City Council", "ORG", ["City Council"])]


def _by_text(quotes):
    return {q.text: q for q in quotes}


def test_speaker_patterns_and_marks():
    an = make_analysis([
        "“We will build the bridge,” Lark said.\n"
        "Finch told reporters that \"the budget is too small for this\".\n"
        "The plan is “ambitious but doable,” said Bo Finch.\n"
        "According to the City Council, the vote was “a formality that changes nothing”.\n"
        "Lark met Finch on Friday. “It went well and we agreed a lot,” she said.\n"
        "“We start in May,” the mayor added."],
        entities=PEOPLE)
    qs = _by_text(find_quotes(an.articles, an.entities))
    assert qs["We will build the bridge,"].speaker_name == "Ada Lark"
    assert qs["We will build the bridge,"].via == "after"
    assert qs["the budget is too small for this"].speaker_name == "Bo Finch"
    assert qs["the budget is too small for this"].via == "before"
    assert qs["ambitious but doable,"].speaker_name == "Bo Finch"
    assert qs["a formality that changes nothing"].speaker_name == "City Council"
    q = qs["It went well and we agreed a lot,"]
    assert (q.speaker_name, q.via) == ("Ada Lark", "pronoun")  # the subject, not the nearest name
    assert qs["We start in May,"].speaker_name == "the mayor"
    for q in qs.values():
        assert an.article(q.article).text[q.start:q.end] == q.text


def test_quote_over_sentences_and_paragraphs():
    an = make_analysis([
        "“The road is long. We will walk it together,” Lark said.\n\n"
        "“We expect results by winter.\n\n"
        "“And we will report every month,” she added."],
        entities=PEOPLE)
    quotes = find_quotes(an.articles, an.entities)
    first = quotes[0]
    assert first.text == "The road is long. We will walk it together,"
    assert first.sentences == ("a0.s0", "a0.s1")
    assert quotes[1].text.startswith("We expect results by winter")
    assert quotes[2].continues == quotes[1].id
    assert {q.speaker_name for q in quotes} == {"Ada Lark"}


def test_grouping_speakers_and_paraphrase():
    an = make_analysis([
        "“We will never accept a deal that hurts our farmers,” Lark said.",
        "Finch said: “We will never accept any deal that hurts our farmers.”",
        "Officials said they will never accept a deal that hurts our farmers.",
        "“Rain is expected later this week across the region,” Lark said.",
    ], entities=PEOPLE)
    rep = quote_report(an)
    assert len(rep.groups) == 1
    g = rep.groups[0]
    assert g.articles == ("a0", "a1")
    assert g.speakers_differ
    assert {p.article for p in g.paraphrases} == {"a2"}


def test_similarity_is_by_words_not_letters():
    assert quote_similarity("responsibly maintain the relationship",
                            "we are responsibly managing the relationship between us") < 0.8
    assert quote_similarity("more sincerity", "it needs us both to display more sincerity") == 1.0
    assert quote_similarity("frank substantive and constructive discussions",
                            "candid substantive and constructive discussions") >= 0.8


def test_short_quotes_need_exact_words():
    an = make_analysis(["The talks were “candid” and long.", "Lark called the talks “candid” too."],
                       entities=PEOPLE)
    assert group_quotes(an, find_quotes(an.articles, an.entities)) == ()


def test_gold_quote_groups(sample_analysis):
    rep = quote_report(sample_analysis)
    recall, misses = quote_recall(sample_analysis, rep.quotes, rep.groups)
    assert recall >= 0.8, (recall, misses)
