"""spaCy's output kept as DocBins and read back a chunk at a time gives exactly
what the Docs fresh from spaCy give: sentences, entity mentions, features."""

from __future__ import annotations

import io

from reader.align.features import sentence_features
from reader.heap import read_sized
from reader.language.entities import link_entities
from reader.language.nlp import cut_span, load_model, parse_spans
from reader.language.parsed import Parsed, pack, reread
from reader.language.sentences import split_sentences
from reader.model import Article, Document

_PARAS = [
    "Mayor Anna Ruiz said on Monday that the city would hire 200 teachers by September.",
    "The council voted 7 to 2 for the plan, which Rep. Pat Ryan called \"a fair deal for every school\".",
    "Critics in Springfield warned that property taxes would rise by 3 percent next year.",
    "The U.S. Department of Education sent $4.5 million, officials at City Hall said.",
]


def _story() -> list[Document]:
    long_text = "Council backs school plan\n\n" + " ".join(_PARAS * 30) + "\n" + "\n".join(_PARAS)
    return [Document(id="a0", path="long.txt", text=long_text),
            Document(id="a1", path="short.txt", text="Teachers hired\n\n" + "\n".join(reversed(_PARAS)))]


def _spans(docs: list[Document]) -> list[tuple[int, int, str]]:
    out = []
    for i, d in enumerate(docs):
        at = 0
        for line in d.text.split("\n"):
            if line:
                out += [(i, s, d.text[s:e]) for s, e in cut_span(d.text, at, at + len(line))]
            at += len(line) + 1
    return out


def _articles(docs: list[Document], parsed) -> list[Article]:
    sents = split_sentences(docs, parsed)
    return [Article(id=d.id, path=d.path, text=d.text, outlet=None, title=None, byline=None, date=None,
                    sentences=s) for d, s in zip(docs, sents, strict=True)]


def test_chunked_parses_give_the_same_sentences_entities_and_features() -> None:
    nlp = load_model()
    docs = _story()
    fresh = list(parse_spans(nlp, _spans(docs)))
    chunks = list(pack(iter(fresh), most=60))
    assert len(chunks) > 10 and [c.article for c in chunks] == sorted(c.article for c in chunks)
    assert sum(len(c.offsets) for c in chunks) == len(fresh)
    stored = Parsed(nlp.vocab, chunks)
    one, two = _articles(docs, fresh), _articles(docs, stored)
    assert one == two and sum(len(a.sentences) for a in one) > 120
    for a in two:  # offsets into the article text are exact
        assert all(a.text[s.start:s.end] == s.text for s in a.sentences)
    ents_one, ents_two = link_entities(one, fresh), link_entities(two, stored)
    assert ents_one == ents_two and any(e.name == "Anna Ruiz" for e in ents_two)
    assert sentence_features(one, fresh, ents_one) == sentence_features(two, stored, ents_two)


def test_cached_docbins_are_reused_only_for_the_same_span_texts() -> None:
    nlp = load_model()
    docs = _story()[1:]
    spans = _spans(docs)
    chunks = list(pack(parse_spans(nlp, spans), most=20))
    datas = [c.data for c in chunks]
    mine = [(off, text) for _a, off, text in spans]
    again = reread(0, datas, mine, nlp.vocab)
    assert again == chunks
    assert reread(0, datas, [*mine[:-1], (mine[-1][0], mine[-1][1] + "!")], nlp.vocab) is None
    assert reread(0, datas[:-1], mine, nlp.vocab) is None  # a DocBin missing
    assert reread(0, [b"not a docbin"], mine, nlp.vocab) is None


class _Chunked(io.RawIOBase):
    """A file that hands out at most 7 bytes a read, and counts what was asked."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at, self.asked = data, 0, []

    def read(self, n: int = -1) -> bytes:
        self.asked.append(n)
        n = 7 if n < 0 else min(n, 7)
        out = self.data[self.at:self.at + n]
        self.at += len(out)
        return out


def test_reading_asks_for_the_size_not_the_limit() -> None:
    fh = io.BytesIO(b"x" * 100)
    assert read_sized(fh, 100, 16 << 20) == b"x" * 100
    grown = io.BytesIO(b"y" * 5000)  # fstat said 10 bytes: the rest is read in pieces up to the limit + 1
    assert read_sized(grown, 10, 3000) == b"y" * 3001
    assert read_sized(io.BytesIO(b"z" * 50), 10, 3000) == b"z" * 50
    raw = _Chunked(b"w" * 20)
    assert read_sized(raw, 20, 1 << 30) == b"w" * 7  # one short read: what a raw file gives
    assert raw.asked == [21]
