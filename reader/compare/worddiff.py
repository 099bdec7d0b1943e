"""Word-level differences between the outlets' wordings of one fact.

Knowing that five outlets state a fact is not enough for a fact-checker: the
question is what each changed ("candid" / "frank", "I think it's a good thing" /
"It's a good thing"). Each outlet's wording is compared word by word with one
reference wording, the medoid (the member closest to all others), so that every
outlet's differences are measured against the most typical version rather than
against whichever article happened to be loaded first.

Typography is not a difference: quotes, dashes, case and "high-level" vs
"high level" compare equal, because words are split on anything that is not a
letter, digit or apostrophe. Offsets are into the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from reader.model import Analysis, Fact

#: Below this similarity a word diff would change nearly every word: the two wordings are
#: shown side by side instead (mode "side_by_side", no spans).
SIDE_BY_SIDE_BELOW = 0.35

#: A word: letters and digits, with inner apostrophes ("it's", "China's").
_WORD = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Word:
    """One word of an article: its comparable form and where it is."""

    norm: str
    start: int
    end: int


@dataclass(frozen=True)
class DiffSpan:
    """One difference of a member from the reference wording.

    `kind` is "add" (words only this member has), "drop" (reference words this
    member lacks; `start == end` marks where they would have been) or "change"
    (this member's words in place of the reference's). `text` is this member's
    words (empty for a drop), `reference` the reference's words (empty for an add).
    """

    kind: str
    start: int
    end: int
    text: str
    reference: str


@dataclass(frozen=True)
class MemberDiff:
    """One outlet's wording of a fact, compared with the reference."""

    article: str
    sentences: tuple[str, ...]
    is_reference: bool
    similarity: float  # 0..1, share of words in common with the reference
    spans: tuple[DiffSpan, ...]
    mode: str = "diff"  # "side_by_side": too unlike the reference for a word diff; no spans


@dataclass(frozen=True)
class FactDiff:
    fact: str
    reference: str  # article id of the reference member
    members: tuple[MemberDiff, ...]


def words(text: str, base: int = 0) -> list[Word]:
    """The comparable words of `text`; offsets shifted by `base`."""
    out = []
    for m in _WORD.finditer(text):
        norm = m.group().lower().replace("\u2019", "'").replace("\u02bc", "'")
        out.append(Word(norm, base + m.start(), base + m.end()))
    return out


def _ratio(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def medoid(seqs: list[list[str]]) -> int:
    """Index of the sequence with the highest total similarity to the others (the first on a tie).

    Exact, without comparing every pair of a big fact: a pair's ratio is at most
    twice its shared words over its length, so candidates are tried from the highest bound down, and
    one whose bound cannot beat the best total found is never compared.
    Identical wordings (wire copies) are compared once."""
    n = len(seqs)
    if n < 3:
        return _medoid_all(seqs)
    bound = _ratio_bounds(seqs)
    ub = bound.sum(axis=1) - bound.diagonal()
    keys = [tuple(x) for x in seqs]
    memo: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}
    best, best_i = -1.0, 0
    for i in sorted(range(n), key=lambda k: (-ub[k], k)):
        if ub[i] + _SLACK < best:
            break
        parts, acc, rest = [], 0.0, float(ub[i])
        for j in range(n):
            if j == i:
                continue
            key = (keys[i], keys[j])
            r = memo.get(key)
            if r is None:
                r = memo[key] = _ratio(seqs[i], seqs[j])
            parts.append(r)
            acc += r
            rest -= float(bound[i, j])
            if acc + rest + _SLACK < best:
                break
        else:
            total = sum(parts)  # summed in the order of the full scan, so the same float
            if total > best or (total == best and i < best_i):
                best, best_i = total, i
    return best_i


#: Room for float rounding in the bounds (a ratio sum differs by far less).
_SLACK = 1e-6


def _medoid_all(seqs: list[list[str]]) -> int:
    best, best_i = -1.0, 0
    for i, a in enumerate(seqs):
        total = sum(_ratio(a, b) for j, b in enumerate(seqs) if j != i)
        if total > best:
            best, best_i = total, i
    return best_i


def _ratio_bounds(seqs: list[list[str]]) -> np.ndarray:
    """Per pair, an upper bound of `_ratio` (difflib's quick_ratio): 2 x the words the two
    share, counted with multiplicity, over their total length."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for k, sq in enumerate(seqs):
        for w in sq:
            rows.append(k)
            cols.append(vocab.setdefault(w, len(vocab)))
    counts = np.zeros((len(seqs), max(1, len(vocab))))
    np.add.at(counts, (np.asarray(rows, dtype=np.intp), np.asarray(cols, dtype=np.intp)), 1.0)
    lengths = counts.sum(axis=1)
    shared = np.stack([np.minimum(row, counts).sum(axis=1) for row in counts])
    denom = lengths[:, None] + lengths[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        bound = np.where(denom > 0, 2.0 * shared / denom, 1.0)
    return np.minimum(bound, 1.0)


def diff_words(ref: list[Word], other: list[Word], text: str,
               ref_text: str | None = None) -> tuple[float, tuple[DiffSpan, ...]]:
    """Similarity and the spans where `other` (words of `text`) differs from `ref`.

    `ref` words carry offsets into their own article (`ref_text`); they are
    compared by their normalised forms and quoted as the reference wrote them.
    """
    a = [w.norm for w in ref]
    b = [w.norm for w in other]
    sm = SequenceMatcher(None, a, b, autojunk=False)
    spans: list[DiffSpan] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        ref_words = (" ".join(ref_text[w.start:w.end] for w in ref[i1:i2]) if ref_text is not None
                     else " ".join(a[i1:i2]))
        if tag == "delete":
            at = other[j1].start if j1 < len(other) else (other[-1].end if other else 0)
            spans.append(DiffSpan("drop", at, at, "", ref_words))
            continue
        start, end = other[j1].start, other[j2 - 1].end
        spans.append(DiffSpan("add" if tag == "insert" else "change", start, end, text[start:end], ref_words))
    return sm.ratio() if a or b else 1.0, tuple(spans)


def member_words(an: Analysis, fact: Fact) -> dict[str, tuple[tuple[str, ...], list[Word]]]:
    """Per article of the fact: its member sentence ids and their words in text order.

    An outlet that splits the fact over two sentences is one member, so that its
    wording is compared as a whole.
    """
    by_article: dict[str, list[str]] = {}
    for sid in fact.sentences:
        by_article.setdefault(an.sentence(sid).article, []).append(sid)
    result = {}
    for art_id, sids in by_article.items():
        sents = sorted((an.sentence(x) for x in sids), key=lambda s: s.start)
        ws: list[Word] = []
        for s in sents:
            ws.extend(words(s.text, s.start))
        result[art_id] = (tuple(s.id for s in sents), ws)
    return result


def fact_diff(an: Analysis, fact: Fact) -> FactDiff:
    """Every member's differences from the fact's medoid wording."""
    members = member_words(an, fact)
    ids = list(members)
    seqs = [[w.norm for w in members[a][1]] for a in ids]
    ref_i = medoid(seqs)
    ref_id = ids[ref_i]
    ref_words = members[ref_id][1]
    out = []
    for art_id in ids:
        sids, ws = members[art_id]
        if art_id == ref_id:
            out.append(MemberDiff(art_id, sids, True, 1.0, ()))
            continue
        text = an.article(art_id).text
        sim, spans = diff_words(ref_words, ws, text, an.article(ref_id).text)
        if sim < SIDE_BY_SIDE_BELOW:
            out.append(MemberDiff(art_id, sids, False, sim, (), "side_by_side"))
            continue
        bounds = [(an.sentence(x).start, an.sentence(x).end) for x in sids]
        out.append(MemberDiff(art_id, sids, False, sim, _split(spans, bounds, text)))
    return FactDiff(fact.id, ref_id, tuple(out))


def _split(spans: tuple[DiffSpan, ...], bounds: list[tuple[int, int]], text: str) -> tuple[DiffSpan, ...]:
    """Spans cut at sentence ends, so a highlight never covers the gap between sentences."""
    out = []
    for sp in spans:
        if sp.start == sp.end:
            out.append(sp)
            continue
        pieces = [(max(sp.start, s), min(sp.end, e)) for s, e in bounds if s < sp.end and sp.start < e]
        for k, (s, e) in enumerate(pieces):
            piece = text[s:e].strip()
            if not piece:
                continue
            s += len(text[s:e]) - len(text[s:e].lstrip())
            out.append(DiffSpan(sp.kind, s, s + len(piece), piece, sp.reference if k == 0 else ""))
    return tuple(out)


def fact_diffs(an: Analysis) -> tuple[FactDiff, ...]:
    return tuple(fact_diff(an, f) for f in an.facts)
