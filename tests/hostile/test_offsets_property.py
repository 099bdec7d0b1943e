"""Property: whatever the text, every reported span is exactly the text it names.

Offsets are the contract between the analysis and everything that shows it; a
span that is off by one character highlights the wrong words in the reader.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model import Analysis, Document

WORDS = ["The", "mayor", "said", "Monday", "council", "budget", "Paris", "Anna Ruiz", "U.S.", "Mr.", "3.5",
         "percent", "schools", "café", "naïve", "東京", "مرحبا", "😀", "Dr.", "e.g.", "$200", "would",
         "rise"]
PUNCT = [".", ",", ";", ":", "?", "!", "…", " - ", " — ", "(", ")", "\"", "“", "”", "‘", "’", "'"]
SEPS = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u200b", "\u00a0"]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT), st.sampled_from(SEPS),
                  st.text(min_size=1, max_size=6))
article = st.lists(token, min_size=1, max_size=120).map("".join).filter(str.strip)


@pytest.fixture(scope="module")
def analyze():
    """The real pipeline; spaCy loads once per process (the model is cached)."""
    from reader.pipeline import analyze_documents

    return analyze_documents


def _check_regions(regions: Sequence[object], n: int) -> None:
    prev = 0
    for r in sorted(regions, key=lambda r: (r.start, r.end)):  # type: ignore[attr-defined]
        assert 0 <= r.start <= r.end <= n, r  # type: ignore[attr-defined]
        assert r.start >= prev, f"overlap: {regions}"  # type: ignore[attr-defined]
        prev = r.end  # type: ignore[attr-defined]


def check_spans(an: Analysis) -> None:
    texts = {a.id: a.text for a in an.articles}
    for a in an.articles:
        prev = 0
        for s in a.sentences:
            assert 0 <= s.start <= s.end <= len(a.text), s
            assert a.text[s.start:s.end] == s.text, s
            assert s.start >= prev, "sentences overlap"
            prev = s.end
        _check_regions(a.boilerplate, len(a.text))
        _check_regions(a.front_matter, len(a.text))
    for e in an.entities:
        by_article: dict[str, list[tuple[int, int]]] = {}
        for m in e.mentions:
            text = texts[m.article]
            assert 0 <= m.start <= m.end <= len(text), m
            assert text[m.start:m.end] == m.text, m
            by_article.setdefault(m.article, []).append((m.start, m.end))
        for spans in by_article.values():
            spans.sort()
            assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False)), f"mentions overlap: {e}"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(first=article, second=article)
def test_every_span_is_its_text(analyze, first: str, second: str) -> None:
    docs = [Document(id="a0", path="one.txt", text=first), Document(id="a1", path="two.txt", text=second)]
    check_spans(analyze(docs, use_cache=False))


def test_checker_catches_a_shifted_span(analyze) -> None:
    """The property can fail: a sentence moved by one character is reported."""
    from dataclasses import replace

    text = "The mayor spoke on Monday. The council voted on the budget later that day.\n"
    an = analyze([Document(id="a0", path="a.txt", text=text), Document(id="a1", path="b.txt", text=text)],
                 use_cache=False)
    art = an.articles[0]
    bad = replace(art, sentences=(replace(art.sentences[0], start=art.sentences[0].start + 1),))
    with pytest.raises(AssertionError):
        check_spans(replace(an, articles=(bad, *an.articles[1:])))
