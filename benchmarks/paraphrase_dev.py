"""How the pair score separates paraphrases from near-misses: MSRP-style sentence pairs.

    PYTHONPATH=. python3 benchmarks/paraphrase_dev.py PAIRS.tsv [--no-senses] [--limit N]

PAIRS.tsv is the Microsoft Research Paraphrase Corpus layout (header, then
`Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String`; pairs of news sentences from
clusters of stories on one event, labelled 1 when they say the same thing). The data
stays outside the repo (a copy of the public test split: /work/devdata/align/msrp/).

The first sentences of all pairs become one article, the second ones another, one
paragraph each, and the whole pipeline runs once; each labelled pair is then scored
with the aligner's pair score (reader.align.scoring.match_score) over the story-wide
weights. Printed: mean score of paraphrases and of non-paraphrases, and precision and
recall of "score >= t" for the match threshold and the mutual-best level.
`--no-senses` turns WordNet senses off (READER_WORDNET_DIR=off), `--no-participants` the
participant check, to compare.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs")
    ap.add_argument("--no-senses", action="store_true")
    ap.add_argument("--no-participants", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if args.no_senses:
        os.environ["READER_WORDNET_DIR"] = "off"
    from reader.align import features, grouping, scoring
    from reader.language import synonyms

    if args.no_participants:
        scoring.PARTICIPANT_PENALTY = 1.0
    from reader.model import Document
    from reader.pipeline import analyze_documents
    from reader.settings import AlignSettings

    rows = [ln.split("\t") for ln in Path(args.pairs).read_text(encoding="utf-8-sig").splitlines()[1:]]
    rows = [r for r in rows if len(r) == 5][: args.limit or None]
    texts, starts = ["", ""], [[], []]
    for r in rows:
        for side in (0, 1):
            starts[side].append(len(texts[side]))
            texts[side] += r[3 + side].strip() + "\n\n"
    captured = {}
    original = grouping.align

    def capture(articles, feats, *args, **kw):
        captured["feats"] = feats
        return original(articles, feats, *args, **kw)

    grouping.align = capture
    docs = [Document(id=f"a{k}", path=f"side{k}.txt", text=texts[k]) for k in (0, 1)]
    an = analyze_documents(docs, use_cache=False)
    feats = captured["feats"]
    weights = features.Weights(feats)
    first = {}
    for k, f in enumerate(feats):
        art = an.articles[f.article]
        first.setdefault((f.article, art.sentences[f.index].start), k)
    scored = []
    for n, r in enumerate(rows):
        a = _first_in(first, 0, starts[0][n], starts[0][n + 1] if n + 1 < len(rows) else len(texts[0]))
        b = _first_in(first, 1, starts[1][n], starts[1][n + 1] if n + 1 < len(rows) else len(texts[1]))
        if a is None or b is None:
            continue
        scored.append((r[0] == "1", scoring.match_score(feats[a], feats[b], weights)))
    st = AlignSettings()
    pos = [s for y, s in scored if y]
    neg = [s for y, s in scored if not y]
    print(f"pairs={len(scored)} paraphrases={len(pos)} senses={'on' if synonyms.available() else 'off'}")
    print(f"mean score: paraphrase {sum(pos) / len(pos):.3f}  non-paraphrase {sum(neg) / len(neg):.3f}  "
          f"AUC {_auc(pos, neg):.4f}")
    for t in (st.threshold, st.mutual):
        tp = sum(1 for s in pos if s >= t)
        fp = sum(1 for s in neg if s >= t)
        p = tp / (tp + fp) if tp + fp else 0.0
        print(f"score >= {t:.2f}: P={p:.3f} R={tp / len(pos):.3f}")


def _auc(pos: list[float], neg: list[float]) -> float:
    """Probability that a paraphrase outscores a non-paraphrase (ties count half)."""
    import bisect

    neg = sorted(neg)
    wins = sum(bisect.bisect_left(neg, p) + 0.5 * (bisect.bisect_right(neg, p) - bisect.bisect_left(neg, p))
               for p in pos)
    return wins / (len(pos) * len(neg)) if pos and neg else 0.0


def _first_in(first: dict, article: int, lo: int, hi: int) -> int | None:
    """The first sentence of `article` that starts in [lo, hi)."""
    best = [(start, k) for (art, start), k in first.items() if art == article and lo <= start < hi]
    return min(best)[1] if best else None


if __name__ == "__main__":
    sys.exit(main())
