"""Blocked alignment against the brute-force reference.

The blocked aligner must give exactly the brute-force facts whenever no lemma
is in more sentences than the index cap (always the case here): every pair
that can reach the match floor is a candidate, and grouping sees the same
scores. The property is checked on the final facts, not just on the pairs,
because match selection keeps each sentence's best counterpart per article.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.align import AlignSettings, Weights, align, candidate_pairs, score_pair
from reader.core.blocking import blocked_pairs
from reader.core.features import SentenceFeatures
from reader.core.model import Article, Sentence

VOCAB = [f"w{i}" for i in range(24)] + ["@e1", "@e2", "@e3", "#12", "#40"]


def _corpus(spec: list[list[tuple[frozenset[str], int]]]) -> tuple[list[Article], list[SentenceFeatures]]:
    arts, feats = [], []
    for a, sents in enumerate(spec):
        sentences = []
        for k, (lemmas, q) in enumerate(sents):
            text = " ".join(sorted(lemmas)) or "x"
            quotes = (f"quoted words number {q}",) if q else ()
            sentences.append(Sentence(id=f"a{a}.s{k}", article=f"a{a}", index=k, start=0, end=len(text),
                                      text=text))
            feats.append(SentenceFeatures(
                id=f"a{a}.s{k}", article=a, index=k, text=text, norm=text, lemmas=lemmas,
                entities=frozenset(t[1:] for t in lemmas if t.startswith("@")),
                numbers=frozenset(t[1:] for t in lemmas if t.startswith("#")), quotes=quotes))
        arts.append(Article(id=f"a{a}", path=f"a{a}.txt", text="", outlet=None, title=None, byline=None,
                            date=None, sentences=tuple(sentences)))
    return arts, feats


sentence = st.tuples(st.frozensets(st.sampled_from(VOCAB), min_size=1, max_size=7), st.integers(0, 2))
corpus = st.lists(st.lists(sentence, min_size=1, max_size=7), min_size=2, max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus)
def test_blocked_facts_equal_brute_force(spec) -> None:
    arts, feats = _corpus(spec)
    brute = align(arts, feats, AlignSettings(blocking=False))
    blocked = align(arts, feats, AlignSettings(blocking=True))
    assert blocked == brute
    assert [[e.components for e in f.evidence] for f in blocked] == [[e.components for e in f.evidence]
                                                                      for f in brute]


@settings(max_examples=150, deadline=None)
@given(corpus)
def test_every_pair_at_the_floor_is_a_candidate(spec) -> None:
    _, feats = _corpus(spec)
    s = AlignSettings()
    floor = s.floor
    w = Weights(feats)
    cands = set(blocked_pairs(feats, w, floor))
    need = {(i, j) for i, j in candidate_pairs(feats) if score_pair(feats[i], feats[j], w)[0] >= floor}
    assert need <= cands
    assert all(i < j and feats[i].article != feats[j].article for i, j in cands)


def test_candidates_are_in_brute_force_order() -> None:
    _, feats = _corpus([[(frozenset({"w1", "w2"}), 0)] * 3, [(frozenset({"w1", "w2"}), 0)] * 3,
                        [(frozenset({"w1", "w3"}), 0)] * 2])
    got = list(blocked_pairs(feats, Weights(feats), 0.15))
    assert got == sorted(got) and len(got) == len(set(got)) > 0


def test_sample_corpus_facts_equal_brute_force(sample_analysis, monkeypatch) -> None:
    """The real features of the sample corpus: identical facts either way."""
    import reader.core.align as A
    from reader.core.pipeline import analyze_paths
    from tests.conftest import SAMPLE

    seen = {}
    real = A.align

    def spy(articles, feats, settings=None, progress=None, stats=None):
        seen["args"] = (articles, feats)
        return real(articles, feats, settings, progress, stats)

    monkeypatch.setattr(A, "align", spy)
    analyze_paths([str(SAMPLE)], use_cache=False)
    articles, feats = seen["args"]
    stats: dict[str, float] = {}
    blocked = real(articles, feats, AlignSettings(), stats=stats)
    brute = real(articles, feats, AlignSettings(blocking=False))
    assert blocked == brute and len(brute) > 5
    assert stats["pairs_scored"] < len(list(candidate_pairs(feats)))
    assert tuple(blocked) == sample_analysis.facts
