"""Body sentences of each article, from spaCy's parses of its body spans.

Each sentence keeps the spaCy Doc it came from (with its bounds in that Doc),
for the features that alignment reads from the tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Document, Sentence

from .nlp import SpanDoc, sentence_bounds


@dataclass(frozen=True)
class Sentences:
    """Per article (in document order): its sentences, and for sentence k the
    (spaCy Doc, start, end) it was read from."""

    of: tuple[tuple[Sentence, ...], ...]
    docs: tuple[tuple[tuple[object, int, int], ...], ...]


def split_sentences(documents: Sequence[Document], parsed: Sequence[SpanDoc]) -> Sentences:
    """Sentences in text order per article; `parsed` is in article, then text, order."""
    bounds: list[list[tuple[int, int]]] = [[] for _ in documents]
    docs: list[list[tuple[object, int, int]]] = [[] for _ in documents]
    for sd in parsed:
        for s, e in sentence_bounds(sd.doc):
            bounds[sd.article].append((sd.offset + s, sd.offset + e))
            docs[sd.article].append((sd.doc, s, e))
    of = tuple(
        tuple(Sentence(id=f"{doc.id}.s{k}", article=doc.id, index=k, start=s, end=e, text=doc.text[s:e])
              for k, (s, e) in enumerate(bounds[i]))
        for i, doc in enumerate(documents)
    )
    return Sentences(of=of, docs=tuple(tuple(d) for d in docs))
