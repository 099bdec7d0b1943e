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


def test_a_long_paragraph_is_cut_at_sentence_ends_only() -> None:
    from reader.language.nlp import BATCH_CHARS, cut_span

    sentence = "Rep. Ann Lee said the U.S. budget would rise by 3.5 percent on Monday. "
    text = "Head\n" + sentence * 100 + "Then it ended!"
    pieces = cut_span(text, 5, len(text))
    assert pieces[0][0] == 5 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))  # contiguous, nothing lost
    assert len(pieces) > 1 and all(e - s <= BATCH_CHARS for s, e in pieces)
    for _s, e in pieces[:-1]:
        assert text[e - 2:e] == ". " and text[e:e + 4] == "Rep."  # never after "Rep." or "U.S."
    assert cut_span(text, 5, 5 + BATCH_CHARS) == [(5, 5 + BATCH_CHARS)]


def test_a_paragraph_without_sentence_ends_is_cut_at_a_space_by_the_hard_bound() -> None:
    from reader.language.nlp import HARD_CHARS, cut_span

    text = "word " * 4000  # 20,000 characters, no sentence end
    pieces = cut_span(text, 0, len(text))
    assert all(e - s <= HARD_CHARS for s, e in pieces) and pieces[-1][1] == len(text)
    assert all(text[e - 1] == " " for _s, e in pieces[:-1])
    assert cut_span("x" * 9000, 0, 9000) == [(0, 9000)]  # one long word stays whole


def test_parsed_docs_keep_their_annotations_but_not_the_tensor() -> None:
    from reader.language.nlp import load_model, parse_spans

    [sd] = list(parse_spans(load_model(), [(0, 7, "Mayor Ann Lee said the budget would rise.")]))
    assert sd.doc.tensor.size == 0  # 96 floats a token, read by nothing after the pipeline
    assert [e.text for e in sd.doc.ents] == ["Ann Lee"] and sd.doc[3].lemma_ == "say"
