"""Insights as a whole: omissions, unique sentences, coverage, explanations, JSON."""

from __future__ import annotations

import json

from reader import cli
from reader.compare.insights import (
    compute_insights,
    coverage_matrix,
    explain_match,
    outlet_gaps,
)
from reader.output.json import insights_to_dict

from .gold_helpers import unique_scores
from .handmade import make_analysis

#: Measured on the sample corpus with the aligner as of this writing.


def _story():
    return make_analysis([
        "The dam opened on Monday. Its builder thanked the engineers.",
        "The dam opened on Monday. Storms delayed it twice.",
        "The dam opened on Monday. A fish ladder was added late.",
        "A new bridge is planned upstream.",
    ], facts=[["a0.s0", "a1.s0", "a2.s0"], ["a1.s1", "a2.s1"]])


def test_omissions_and_unique_sentences():
    gaps = {g.article: g for g in outlet_gaps(_story())}
    # f0: 3 of 3 other outlets; f1: 2 of 3, still more than half of the others.
    assert gaps["a3"].omitted == ("f0", "f1")
    assert gaps["a0"].omitted == ("f1",)
    assert gaps["a1"].omitted == ()
    assert gaps["a0"].unique == ("a0.s1",)
    assert gaps["a3"].unique == ("a3.s0",)


def test_most_is_a_setting():
    gaps = {g.article: g for g in outlet_gaps(_story(), most=0.7)}
    assert gaps["a0"].omitted == ()  # 2 of 3 is not more than 70%
    assert gaps["a3"].omitted == ("f0",)


def test_coverage_is_ordered_by_reach():
    cov = coverage_matrix(_story())
    assert cov.articles == ("a0", "a1", "a2", "a3")
    assert [r.fact for r in cov.rows] == ["f0", "f1"]
    assert cov.rows[0].cells == (("a0.s0",), ("a1.s0",), ("a2.s0",), ())
    assert cov.rows[0].count == 3


def test_explain_a_match(sample_analysis):
    an = sample_analysis
    fact = max(an.facts, key=lambda f: max((e.score for e in f.evidence), default=0))
    ev = max(fact.evidence, key=lambda e: e.score)
    ex = explain_match(an, ev.a, ev.b)
    assert ex.matched and ex.score == ev.score and ex.components == ev.components
    text = " ".join(ex.reasons)
    assert "Match score" in text and "Distinctive words in common" in text and ex.shared_words
    a_first, b_other = an.articles[0].sentences[0].id, an.articles[1].sentences[-1].id
    none = explain_match(an, a_first, b_other)
    if not none.matched and none.score is None:
        assert "no score" in " ".join(none.reasons)


def test_explain_same_article():
    an = _story()
    ex = explain_match(an, "a0.s0", "a0.s1")
    assert not ex.matched and "same article" in ex.reasons[0]


def test_insights_json(sample_analysis):
    ins = compute_insights(sample_analysis)
    d = json.loads(json.dumps(insights_to_dict(ins)))
    assert set(d) == {"diffs", "quotes", "quote_groups", "outlets", "claims", "number_conflicts", "coverage"}
    assert len(d["diffs"]) == len(sample_analysis.facts)
    assert len(d["outlets"]) == len(sample_analysis.articles)
    texts = {a.id: a.text for a in sample_analysis.articles}
    for q in d["quotes"]:
        assert texts[q["article"]][q["start"]:q["end"]] == q["text"]
    for c in d["claims"]:
        assert texts[c["article"]][c["context"]["start"]:c["context"]["end"]] == c["context"]["text"]


def test_cli_json_has_insights(capsysbinary):
    from tests.conftest import SAMPLE  # noqa: PLC0415 - the one sample path

    assert cli.main(["analyze", str(SAMPLE), "--json"]) == 0
    doc = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert "insights" in doc and doc["insights"]["coverage"]["rows"]


def test_gold_unique_sentences_meet_the_bar(sample_analysis):
    p, r, f1 = unique_scores(sample_analysis)
    assert f1 >= 0.8, (p, r, f1)


def test_insight_modules_import_no_ui_toolkit_or_spacy():
    import subprocess
    import sys

    code = ("import reader.compare.insights, reader.output.report, sys\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich', 'spacy'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_insights_json_is_cached_and_equal_to_fresh(sample_analysis, tmp_path, monkeypatch):
    from reader.compare import insights as ins_mod
    from reader.compare.insights import compute_insights
    from reader.output.json import insights_json

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    fresh = insights_to_dict(compute_insights(sample_analysis))
    assert insights_json(sample_analysis) == fresh  # computed and stored
    assert list((tmp_path / "insights").rglob("*")), "an entry was written"
    calls = []
    monkeypatch.setattr(ins_mod, "compute_insights", lambda an: calls.append(an))
    assert insights_json(sample_analysis) == fresh and not calls  # read back, not recomputed
