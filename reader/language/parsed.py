"""spaCy's output for a story, kept serialised and read back one piece at a time.

A parsed Doc costs about 40 bytes a character of its text (the token table,
with room to grow); the same Doc as a DocBin costs about one. The stages that
read the parses (sentence bounds, entity mentions, sentence features) each go
through them once, in article then text order, so the story's parses are kept
as DocBins of at most `CHUNK_TOKENS` tokens and every pass decodes one at a
time: spaCy's output costs about the size of the text, not forty times it,
however long an article is. The cache stores an article's DocBins as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .nlp import SpanDoc

#: Tokens per DocBin: a decoded piece (about 200 bytes a token) is all of
#: spaCy's output held at once; serialising it copies its token table a few times.
CHUNK_TOKENS = 1_024


@dataclass(frozen=True)
class Chunk:
    """Consecutive body spans of one article: where each starts, and their DocBin."""

    article: int
    offsets: tuple[int, ...]
    data: bytes


class Parsed:
    """The story's parsed body spans, in article then text order, as DocBins.

    Iterating gives the `SpanDoc`s again, decoding one chunk at a time, so a
    pass never holds more than one chunk's Docs (as long as it keeps none)."""

    def __init__(self, vocab: Any, chunks: Sequence[Chunk] = ()) -> None:
        self.vocab = vocab
        self.chunks = list(chunks)

    def __iter__(self) -> Iterator[SpanDoc]:
        for chunk in self.chunks:
            docs = decode(chunk.data, self.vocab)
            for off, doc in zip(chunk.offsets, docs, strict=True):
                yield SpanDoc(chunk.article, off, doc)

    def data_of(self, article: int) -> list[bytes]:
        """The DocBins of one article (what the cache keeps for it)."""
        return [c.data for c in self.chunks if c.article == article]


def decode(data: bytes, vocab: Any) -> list[Any]:
    """The Docs of one DocBin, on `vocab`."""
    from spacy.tokens import DocBin

    return list(DocBin().from_bytes(data).get_docs(vocab))


def encode(docs: Sequence[Any]) -> bytes:
    from spacy.tokens import DocBin

    return DocBin(docs=docs).to_bytes()


def pack(parsed: Iterable[SpanDoc], most: int = CHUNK_TOKENS) -> Iterator[Chunk]:
    """Consecutive `SpanDoc`s as chunks of one article and at most `most` tokens
    (a longer span alone); each chunk's Docs are let go once it is serialised."""
    article, tokens = -1, 0
    offsets: list[int] = []
    docs: list[Any] = []
    for sd in parsed:
        if docs and (sd.article != article or tokens + len(sd.doc) > most):
            yield Chunk(article, tuple(offsets), encode(docs))
            offsets, docs, tokens = [], [], 0
        article = sd.article
        offsets.append(sd.offset)
        docs.append(sd.doc)
        tokens += len(sd.doc)
    if docs:
        yield Chunk(article, tuple(offsets), encode(docs))


def reread(article: int, datas: Sequence[bytes], spans: Sequence[tuple[int, str]], vocab: Any) -> list[Chunk] | None:
    """One article's DocBins (from the cache) as chunks, if they hold exactly the
    Docs of `spans` ((offset, text) in order), else None. Decoded one at a time."""
    out: list[Chunk] = []
    at = 0
    for data in datas:
        try:
            texts = [d.text for d in decode(data, vocab)]
        except Exception:  # a payload spaCy cannot read is a miss, not an error
            return None
        expected = spans[at:at + len(texts)]
        if not texts or len(expected) != len(texts) or any(t != e for t, (_o, e) in zip(texts, expected, strict=True)):
            return None
        out.append(Chunk(article, tuple(o for o, _t in expected), data))
        at += len(texts)
    return out if at == len(spans) else None
