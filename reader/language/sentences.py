"""Body sentences of each article, from spaCy's parses of its body spans.

The features that alignment reads from the tokens go through the parses again,
in the same order, with the same bounds (`reader.align.features`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.ingest.headlines import role_at
from reader.model import Document, Region, Sentence

from .nlp import SpanDoc, sentence_bounds


def split_sentences(documents: Sequence[Document], parsed: Iterable[SpanDoc],
                    front_matter: Sequence[Sequence[Region]] = ()) -> tuple[tuple[Sentence, ...], ...]:
    """Sentences in text order per article; `parsed` is in article, then text, order.
    `front_matter[i]`: article i's front matter, which gives its headline and
    standfirst sentences their role (reader.ingest.headlines). No Doc is kept:
    the features read the parses again (`reader.align.features`)."""
    bounds: list[list[tuple[int, int]]] = [[] for _ in documents]
    for sd in parsed:
        for s, e in sentence_bounds(sd.doc):
            bounds[sd.article].append((sd.offset + s, sd.offset + e))
    return tuple(
        tuple(Sentence(id=f"{doc.id}.s{k}", article=doc.id, index=k, start=s, end=e, text=doc.text[s:e],
                       role=role_at(front_matter[i], s) if front_matter else "body")
              for k, (s, e) in enumerate(bounds[i]))
        for i, doc in enumerate(documents)
    )
