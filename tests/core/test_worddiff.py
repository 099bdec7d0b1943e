"""Word-level differences inside a fact: typography is no difference, words are."""

from __future__ import annotations

from reader.compare.worddiff import diff_words, fact_diff, fact_diffs, medoid, words

from .handmade import make_analysis


def _kinds(spans):
    return [(s.kind, s.text, s.reference) for s in spans]


def test_typography_is_not_a_difference():
    a = words("“It’s a high-level meeting” — he said")
    b = words('"IT\'S a high level meeting" - he said')
    assert [w.norm for w in a] == [w.norm for w in b]
    sim, spans = diff_words(a, b, '"IT\'S a high level meeting" - he said')
    assert sim == 1.0 and spans == ()


def test_add_drop_and_change_with_offsets():
    ref_text = "It's a good thing, and candid talks"
    text = "I think it's a good thing and frank talks"
    sim, spans = diff_words(words(ref_text), words(text), text)
    assert _kinds(spans) == [("add", "I think", ""), ("change", "frank", "candid")]
    for s in spans:
        assert text[s.start:s.end] == s.text
    sim2, spans2 = diff_words(words(text), words(ref_text), ref_text)
    assert _kinds(spans2) == [("drop", "", "i think"), ("change", "candid", "frank")]
    assert spans2[0].start == spans2[0].end == 0
    assert 0.5 < sim == sim2 < 1.0


def test_medoid_is_the_most_typical_wording():
    seqs = [["a", "b", "c", "d"], ["a", "b", "c", "x"], ["a", "b", "c", "d", "e"], ["q", "r"]]
    assert medoid(seqs) == 0


def test_fact_diff_on_a_split_member():
    an = make_analysis(
        ["The talks were candid, substantive and constructive.",
         "Officials said the talks were frank, substantive and constructive.",
         "The talks were candid. They were substantive and constructive."],
        facts=[["a0.s0", "a1.s0", "a2.s0", "a2.s1"]])
    d = fact_diff(an, an.facts[0])
    assert d.reference == "a0"
    by = {m.article: m for m in d.members}
    assert by["a0"].is_reference and by["a0"].spans == ()
    assert ("change", "frank", "candid") in _kinds(by["a1"].spans)
    assert ("add", "Officials said", "") in _kinds(by["a1"].spans)
    assert by["a2"].sentences == ("a2.s0", "a2.s1")
    assert ("add", "They were", "") in _kinds(by["a2"].spans)
    for m in d.members:
        text = an.article(m.article).text
        for s in m.spans:
            assert text[s.start:s.end] == s.text


def test_sample_spans_are_exact_offsets(sample_analysis):
    an = sample_analysis
    diffs = fact_diffs(an)
    assert len(diffs) == len(an.facts)
    for d in diffs:
        for m in d.members:
            text = an.article(m.article).text
            sents = [an.sentence(s) for s in m.sentences]
            for s in m.spans:
                assert text[s.start:s.end] == s.text
                assert any(x.start <= s.start and s.end <= x.end for x in sents)


def test_reference_words_are_quoted_as_written():
    from reader.compare.worddiff import diff_words, words

    ref_text = "President Obi met the Mayor of Lagos on Monday."
    other_text = "President Obi met the mayor on Monday."
    _sim, spans = diff_words(words(ref_text), words(other_text), other_text, ref_text)
    drops = [s for s in spans if s.kind == "drop"]
    assert [d.reference for d in drops] == ["of Lagos"]  # not "of lagos"
