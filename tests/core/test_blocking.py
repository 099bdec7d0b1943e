"""Blocked alignment against the brute-force reference.

The blocked aligner must give exactly the brute-force facts whenever no lemma
is in more sentences than the index cap (always the case here): every pair
that can reach the match floor is a candidate, and grouping sees the same
scores. The property is checked on the final facts, not just on the pairs,
because match selection keeps each sentence's best counterpart per article.
"""

from __future__ import annotations

import pickle
from functools import partial

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.align._reference import align_reference, candidate_pairs, prune, score_all
from reader.align.blocking import blocked_pairs
from reader.align.features import SentenceFeatures, Weights, compact_terms
from reader.align.grouping import align
from reader.align.scoring import (
    QUOTE_RUN_SCORE,
    Table,
    match_score,
    quantize,
    score_blocked,
    score_pair,
    sorted_words,
)
from reader.model import Article, Sentence
from reader.settings import AlignSettings

VOCAB = [f"w{i}" for i in range(24)] + ["@e1", "@e2", "@e3", "#12", "#40", "~n1", "~v2"]


def _corpus(spec: list[list[tuple[frozenset[str], int]]]) -> tuple[list[Article], list[SentenceFeatures]]:
    arts, feats = [], []
    for a, sents in enumerate(spec):
        sentences = []
        for k, (lemmas, q) in enumerate(sents):
            text = " ".join(sorted(lemmas)) or "x"
            quotes = (f"quoted words number {q} said {q} times",) if q else ()  # runs of 5 words: one per q
            sentences.append(Sentence(id=f"a{a}.s{k}", article=f"a{a}", index=k, start=0, end=len(text),
                                      text=text))
            feats.append(SentenceFeatures(
                id=f"a{a}.s{k}", article=a, index=k, text=text, terms=compact_terms(lemmas),
                entities=frozenset(t[1:] for t in lemmas if t.startswith("@")),
                numbers=frozenset(t[1:] for t in lemmas if t.startswith("#")), quotes=quotes,
                # verb "w0" with its entities as objects: pairs naming different ones conflict
                roles=frozenset(("w0", "obj", t) for t in lemmas if t[0] == "@" and "w0" in lemmas),
                lead=k == 0 and q == 2))  # some first sentences are headlines
        arts.append(Article(id=f"a{a}", path=f"a{a}.txt", text="", outlet=None, title=None, byline=None,
                            date=None, sentences=tuple(sentences)))
    return arts, feats


sentence = st.tuples(st.frozensets(st.sampled_from(VOCAB), min_size=1, max_size=7), st.integers(0, 2))
corpus = st.lists(st.lists(sentence, min_size=1, max_size=7), min_size=2, max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus)
def test_blocked_facts_equal_brute_force(spec) -> None:
    arts, feats = _corpus(spec)
    brute = align_reference(arts, feats, AlignSettings())
    blocked = align(arts, feats, AlignSettings())
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


class PickledChunks:
    """An engine that runs `fn` over chunks of two items here, after a pickle round trip of
    the function and its arguments: what a cluster's worker receives."""

    def __init__(self) -> None:
        self.calls = 0

    def map(self, fn, items, *shared):
        out = []
        for k in range(0, len(items), 2):
            self.calls += 1
            f, chunk, args = pickle.loads(pickle.dumps((fn, list(items[k:k + 2]), shared)))
            out.extend(pickle.loads(pickle.dumps(f(chunk, *args))))
        return out


def test_sample_corpus_facts_equal_brute_force(sample_analysis, monkeypatch) -> None:
    """The real features of the sample corpus: identical facts either way."""
    import reader.align.grouping as A
    from reader.pipeline import analyze_paths
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
    brute = align_reference(articles, feats, AlignSettings())
    assert blocked == brute and len(brute) > 5
    # blocks of 10 rows scored elsewhere, two at a time, everything crossing a pickle as on a cluster
    import reader.align.scoring as S

    monkeypatch.setattr(S, "block_starts", lambda tm: [(lo, min(tm.n, lo + 10)) for lo in range(0, tm.n, 10)])
    engine = PickledChunks()
    assert real(articles, feats, AlignSettings(), table_of=partial(score_blocked, engine=engine)) == brute
    assert engine.calls >= 3
    assert stats["pairs_scored"] < len(list(candidate_pairs(feats)))
    assert tuple(blocked) == sample_analysis.facts


@settings(max_examples=100, deadline=None)
@given(corpus)
def test_blocked_table_equals_the_reference_table(spec) -> None:
    """The numpy scorer and pruner give, pair for pair, the one-pair-at-a-time table."""
    _, feats = _corpus(spec)
    s = AlignSettings()
    w = Weights(feats)
    ref = prune(score_all(feats, candidate_pairs(feats), floor=s.floor, weights=w), s, [f.lead for f in feats])
    got = score_blocked(feats, w, s)
    assert isinstance(got, Table)
    assert got.as_dict() == ref


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus, st.integers(1, 5), st.integers(1, 3))
def test_small_blocks_on_threads_give_the_reference_table(spec, chunk, keep) -> None:
    """Each pair is scored once, in its first sentence's block, and a row's best are
    chosen when all blocks are in: with blocks of a few rows, scored and pruned on two
    threads, and few weak partners kept, still the one-pair-at-a-time table."""
    from dataclasses import replace
    from unittest import mock

    from reader.align import blocking, scoring

    _, feats = _corpus(spec)
    s = replace(AlignSettings(), keep=keep)
    w = Weights(feats)
    ref = prune(score_all(feats, candidate_pairs(feats), floor=s.floor, weights=w), s, [f.lead for f in feats])
    with mock.patch.object(scoring, "block_starts", partial(blocking.block_starts, chunk=chunk)), \
            mock.patch.object(scoring, "_workers", lambda n: 2):
        got = score_blocked(feats, w, s)
    assert got.as_dict() == ref


def test_a_lemma_over_the_cap_still_counts_in_the_score() -> None:
    """Above the cap a lemma proposes no pairs, but its weight is in the exact score."""
    from reader.align.blocking import TermMatrix, candidate_blocks

    common = frozenset({"w0"})
    spec = [[(common | {f"w{1 + a}"}, 0), (common, 0)] for a in range(6)]
    spec[5][0] = (common | {"w1"}, 0)  # shares the rare w1 with article 0
    _, feats = _corpus(spec)
    w = Weights(feats)
    tm = TermMatrix(feats, w, cap=3)  # w0 is in 12 sentences: not indexed
    got = {}
    for b in candidate_blocks(tm, 0.10):
        for i, j, sh in zip(b.i.tolist(), b.j.tolist(), b.shared.tolist(), strict=True):
            got[(i, j)] = 2 * sh / (tm.total[i] + tm.total[j])
    assert set(got) == {(0, 10), (10, 0)}  # only the pair with a rare shared lemma
    assert quantize([got[(0, 10)]])[0] == quantize([score_pair(feats[0], feats[10], w)[0]])[0]


def test_weak_matches_count_only_for_a_sentences_best_few(monkeypatch) -> None:
    """A sentence that is, by chance, the best weak match of a sentence in each of
    five other articles: a weak match counts when it is among the `weak_edges`
    best of either of its sentences, so the two weakest of the five drop out
    (their other sentences have three better weak matches of their own)."""
    from reader.align import weak
    from reader.align.grouping import Table, _edges

    monkeypatch.setattr(weak, "WEAK_EVIDENCE", 0.0)  # every sentence here is one word: a rule of its own
    one = [(frozenset({"w1"}), 0)]
    arts, feats = _corpus([one] * 6 + [one * 5] * 3)  # x; y1..y5; three articles of five
    z = lambda a, k: 6 + 5 * a + (k - 1)  # noqa: E731  (k-th sentence of the a-th article of five)
    scores = {(0, k): 0.20 + 0.01 * k for k in range(1, 6)}
    scores.update({(k, z(a, k)): 0.30 for k in range(1, 6) for a in range(3)})
    s = AlignSettings()
    edges = _edges(feats, Table.from_dict(scores), s)
    assert {(0, 3), (0, 4), (0, 5)} <= set(edges)
    assert (0, 1) not in edges and (0, 2) not in edges
    assert len(edges) == 15 + s.weak_edges


def test_weak_matches_need_articles_that_name_something_in_common(monkeypatch) -> None:
    """Two reports of two events of one kind: every sentence has a best counterpart in the
    other event's article, so a weak match counts only between articles that name someone in
    common, or that two other articles each share a name with; a strong match, between
    articles that name someone in common or that one other article shares a name with."""
    from reader.align import weak
    from reader.align.grouping import Table, _edges

    monkeypatch.setattr(weak, "WEAK_EVIDENCE", 0.0)  # the words' weight is another rule's
    def story(extra: list[list[tuple[frozenset[str], int]]]) -> list[SentenceFeatures]:
        event_a = [(frozenset({"@e1", "w5"}), 0), (frozenset({"w1", "w2"}), 0)]
        event_b = [(frozenset({"@e2", "w6"}), 0), (frozenset({"w1", "w3"}), 0)]
        return _corpus([event_a, list(event_a), event_b, *extra])[1]

    scores = {(1, 3): 0.25, (1, 5): 0.25, (0, 4): 0.40}  # weak a0-a1, weak a0-a2, strong a0-a2
    s = AlignSettings()
    assert s.mutual <= 0.25 < s.threshold <= 0.40
    edges = set(_edges(story([]), Table.from_dict(scores), s))
    assert edges == {(1, 3)}  # the strong pair of the two events' stock phrase drops too
    one_witness = [[(frozenset({"@e1", "@e2"}), 0)]]
    assert set(_edges(story(one_witness), Table.from_dict(scores), s)) == {(1, 3), (0, 4)}
    # two other articles that each name both events' names tie the two articles together
    assert set(_edges(story(one_witness * 2), Table.from_dict(scores), s)) == {(1, 3), (1, 5), (0, 4)}


def test_a_name_ties_two_articles_when_one_of_them_gives_it_first() -> None:
    """Two long reports of two events share a name in passing, far down in both ("Texas"): it
    does not tie them, and their stock phrase's strong pair drops; when one of them gives the
    name in its first sentences, it does (`LEDE_NAMES`)."""
    from reader.align.grouping import Table, _edges
    from reader.align.naming import LEDE_NAMES

    filler = [(frozenset({f"w{10 + k}"}), 0) for k in range(LEDE_NAMES)]

    def story(first: bool) -> list[SentenceFeatures]:
        passing = [(frozenset({"@e9", "w7"}), 0)]
        event_a = [(frozenset({"@e1", "w5"}), 0), *filler, (frozenset({"w1", "w2"}), 0), *passing]
        event_b = [(frozenset({"@e2", "w6"}), 0), *(passing if first else []), *filler,
                   (frozenset({"w1", "w3"}), 0), *([] if first else passing)]
        return _corpus([event_a, event_b])[1]

    def stock(feats: list[SentenceFeatures]) -> tuple[int, int]:
        """The two events' "w1" sentences."""
        a, b = (k for k, f in enumerate(feats) if "w1" in f.terms)
        return a, b

    s = AlignSettings()
    late = story(first=False)
    pair = stock(late)
    assert all(f.index >= LEDE_NAMES for f in late if "@e9" in f.entities)
    assert _edges(late, Table.from_dict({pair: 0.40}), s) == []
    early = story(first=True)
    pair = stock(early)
    assert _edges(early, Table.from_dict({pair: 0.40}), s) == [pair]


def test_a_weak_match_needs_more_than_the_storys_topic_word() -> None:
    """Two short sentences that share only the word every sentence of the story uses reach a
    weak score, and are each other's best: that is no evidence of one fact. A weak match that
    also shares a word only the two of them use counts; a strong match needs no such word."""
    from reader.align import weak
    from reader.align.grouping import Table, _edges

    topic = "w0"
    spec = [[(frozenset({topic, "w1"}), 0), (frozenset({topic, "w9"}), 0), (frozenset({topic, "w2"}), 0)],
            [(frozenset({topic, "w3"}), 0), (frozenset({topic, "w9"}), 0), (frozenset({topic, "w4"}), 0)],
            [(frozenset({topic, "w5"}), 0), (frozenset({topic, "w6"}), 0)]]
    feats = _corpus(spec)[1]
    s = AlignSettings()
    w = Weights(feats)
    assert w.of({topic}) < weak.WEAK_EVIDENCE * w.pair_word <= w.of({topic, "w9"})
    weak = {(0, 3): 0.25, (1, 4): 0.25}  # a0.s0-a1.s0 share the topic alone; a0.s1-a1.s1 also w9
    assert s.mutual <= 0.25 < s.threshold
    assert set(_edges(feats, Table.from_dict(weak), s, w)) == {(1, 4)}
    assert set(_edges(feats, Table.from_dict({(0, 3): 0.40, (1, 4): 0.25}), s, w)) == {(0, 3), (1, 4)}


def test_the_speaker_of_one_sides_quote_is_no_evidence_for_a_weak_match() -> None:
    """"'These steps are painful,' Vasquez said" / "Vasquez became chief executive": a weak
    pair whose only shared term is the speaker of a quote that one side alone carries is who
    speaks, not what is said; without the quote, the same shared name counts."""
    from dataclasses import replace

    from reader.align.grouping import Table, _edges

    def feats_with(quoted: int) -> list[SentenceFeatures]:
        spec = [[(frozenset({"@e1", "w1", "w2"}), quoted), (frozenset({"w0", "w5"}), 0)],
                [(frozenset({"@e1", "w3", "w4"}), 0), (frozenset({"w0", "w6"}), 0)],
                [(frozenset({"w0", "w7"}), 0), (frozenset({"w0", "w8"}), 0)]]
        feats = _corpus(spec)[1]
        return [replace(feats[0], speakers=frozenset({"e1"})), *feats[1:]]

    s = AlignSettings()
    weak = Table.from_dict({(0, 2): 0.25})
    assert set(_edges(feats_with(0), weak, s)) == {(0, 2)}
    assert set(_edges(feats_with(1), weak, s)) == set()


def test_a_headline_joins_at_most_lead_facts_facts() -> None:
    """A headline that matches four body facts equally well in words joins its best
    `LEAD_FACTS` (three) of them, not all four: it states its story's main fact or two,
    and joined to more it ties facts together that share only the story's words."""
    from reader.align.grouping import Table
    from reader.align.leads import LEAD_FACTS, attach_leads

    body = [(frozenset({f"w{k}"}), 0) for k in range(4)]
    feats = _corpus([[(frozenset({"w9"}), 2)], body, list(body)])[1]
    assert feats[0].lead and not any(f.lead for f in feats[1:])
    groups = [[1 + g, 5 + g] for g in range(4)]
    scores = {(0, m): 0.30 + 0.01 * g for g, members in enumerate(groups) for m in members}
    out = attach_leads(feats, Table.from_dict(scores), groups, AlignSettings())
    assert LEAD_FACTS == 3 < AlignSettings().facts_per_sentence
    assert [0 in g for g in out] == [False, True, True, True]


def test_one_quoted_run_of_words_is_a_match_unless_the_participants_differ() -> None:
    """Two sentences that quote the same five words state one thing however little else they
    share (here one common word among many); the blocked table finds the pair although its
    words alone would not propose it, and names in one verb slot on each side still keep it apart."""
    filler = [(frozenset({f"w{k}", "w20"}), 0) for k in range(10, 16)]
    spec = [[(frozenset({"w1", "w2", "w3", "w4", "w5", "w20"}), 1), *filler],
            [(frozenset({"w6", "w7", "w8", "w9", "w20"}), 1), *filler],
            [(frozenset({"w0", "@e1", "w21", "w22", "w20"}), 2), *filler[:2]],
            [(frozenset({"w0", "@e2", "w23", "w20"}), 2), *filler[:2]]]
    arts, feats = _corpus(spec)
    w = Weights(feats)
    got = score_blocked(feats, w, AlignSettings()).as_dict()
    a, b = 0, len(spec[0])
    assert match_score(feats[a], feats[b], w) == QUOTE_RUN_SCORE
    assert got[(a, b)] == QUOTE_RUN_SCORE
    c, d = b + len(spec[1]), b + len(spec[1]) + len(spec[2])
    assert feats[c].quotes == feats[d].quotes and match_score(feats[c], feats[d], w) < QUOTE_RUN_SCORE
    assert got.get((c, d), 0.0) < QUOTE_RUN_SCORE
    # the evidence says why ("why matched"), and the other pairs' evidence reads as before
    assert score_pair(feats[a], feats[b], w)[1]["quote_run"] == 1.0
    assert "quote_run" not in score_pair(feats[a], feats[a + 1], w)[1]
    assert align(arts, feats) == align_reference(arts, feats)


def test_the_pruning_histogram_is_bounded_and_narrows_to_the_same_rows() -> None:
    """Fewer buckets for a block of many rows: a coarser mask, never a smaller one."""
    import numpy as np

    from reader.align import pruning

    rng = np.random.default_rng(7)
    rows = rng.integers(0, 4096, 50_000)
    scores = np.round(rng.random(50_000), 3)
    fine = pruning.near_top(rows, scores, 4096, 3, bins=1 << 16)  # over the cell bound: made coarser
    for r in range(0, 4096, 97):
        mine = scores[rows == r]
        best = np.sort(mine)[::-1][:3]
        assert set(best) <= set(scores[(rows == r) & fine])  # each row's 3 best are in the mask
    assert fine.sum() < rows.size


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus)
def test_sliced_products_give_the_same_candidates(spec) -> None:
    """A block multiplied a row at a time (the slicing that bounds the product's
    memory) gives exactly the candidates, in the order, of one product."""
    import numpy as np

    from reader.align import blocking

    _arts, feats = _corpus(spec)
    tm = blocking.TermMatrix(feats, Weights(feats))
    whole = blocking.candidate_block(tm, 0.1, 0, tm.n)
    saved = blocking._PRODUCT_PAIRS
    try:
        blocking._PRODUCT_PAIRS = 1
        sliced = blocking.candidate_block(tm, 0.1, 0, tm.n)
    finally:
        blocking._PRODUCT_PAIRS = saved
    for a, b in ((whole.i, sliced.i), (whole.j, sliced.j), (whole.shared, sliced.shared)):
        assert np.array_equal(a, b)


def test_row_slices_cover_the_rows_within_budget() -> None:
    import numpy as np

    from reader.align.blocking import row_slices

    reach = np.asarray([3.0, 3.0, 9.0, 1.0, 1.0, 1.0, 4.0])
    slices = row_slices(reach, 0, 7, 6.0)
    assert slices == [(0, 2), (2, 3), (3, 6), (6, 7)]
    assert row_slices(reach, 2, 5, 100.0) == [(2, 5)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Zé\t\n\x0b\x1c\x85\xa0\u2028\u3000\u200b-.,'’ß"), max_size=24),
       st.text(alphabet=st.sampled_from("ab Zé\t\n\x0b\x1c\x85\xa0\u2028\u3000\u200b-.,'’ß"), max_size=24))
def test_evidence_from_presorted_words_is_the_ratios_own(x: str, y: str) -> None:
    """The evidence compares each sentence's words sorted once (`sorted_words`); on any
    normalised text, odd spaces included, that is what the token-sort ratio computes itself."""
    a, b = (SentenceFeatures(id=k, article=n, index=0, text=t, terms=("w",),
                             entities=frozenset(), numbers=frozenset(), quotes=())
            for n, (k, t) in enumerate((("a", x), ("b", y))))
    weights = Weights([a, b])
    assert score_pair(a, b, weights, sa=sorted_words(a), sb=sorted_words(b)) == score_pair(a, b, weights)


def test_the_pruning_histogram_follows_the_rows_that_have_pairs() -> None:
    """A block's rows with fewer than `keep` pairs keep them all and get no histogram line:
    a hundred pairs among 2,048 rows cost kilobytes, not the whole 512 kB histogram twice."""
    import tracemalloc

    import numpy as np

    from reader.align import pruning

    rng = np.random.default_rng(3)
    rows = np.r_[rng.integers(0, 2048, 100), np.full(40, 5)]
    scores = np.round(rng.random(rows.size), 3)
    tracemalloc.start()
    try:
        mask = pruning.near_top(rows, scores, 2048, 3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100_000
    few = np.bincount(rows, minlength=2048) < 3
    assert mask[few[rows]].all()  # a row of fewer than three pairs keeps every one
    best = np.sort(scores[rows == 5])[::-1][:3]
    assert set(best) <= set(scores[(rows == 5) & mask]) and mask[rows == 5].sum() < 40
