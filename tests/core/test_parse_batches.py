"""spaCy is fed batches bounded by characters, so its working memory does not
grow with an article's length; the batches keep every span, in order."""

from __future__ import annotations

from reader.language.nlp import char_batches


def _spans(lengths: list[int]) -> list[tuple[int, int, str]]:
    return [(0, k, "x" * n) for k, n in enumerate(lengths)]


def test_batches_keep_every_span_in_order() -> None:
    spans = _spans([5, 900, 1200, 30, 3000, 1, 1, 1999])
    batches = list(char_batches(spans, 64, 2000))
    assert [s for b in batches for s in b] == spans


def test_batches_stay_under_the_character_bound_unless_one_span_is_longer() -> None:
    spans = _spans([5, 900, 1200, 30, 3000, 1, 1, 1999])
    batches = list(char_batches(spans, 64, 2000))
    assert [[len(t) for _a, _o, t in b] for b in batches] == [[5, 900], [1200, 30], [3000], [1, 1], [1999]]


def test_batches_stay_under_the_span_count() -> None:
    batches = list(char_batches(_spans([1] * 10), 4, 2000))
    assert [len(b) for b in batches] == [4, 4, 2]
    assert list(char_batches([], 4, 2000)) == []
