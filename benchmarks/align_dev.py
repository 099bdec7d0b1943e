"""Sentence-pair precision and recall of the aligner on development story sets.

    PYTHONPATH=. python3 benchmarks/align_dev.py [ROOT] [--limit N]

ROOT (default /work/devdata/align) holds one folder per track (`one_event`,
`two_events`), each with story folders of article files and a `gold.json`
(`{"sentences": [{"file", "start", "end", "role", "chains"}]}`), as built by
benchmarks/gvc_to_stories.py from the Gun Violence Corpus.

Scoring, per track (micro-averaged over its stories): the universe is the gold
sentences; each is mapped to the predicted sentence of the same file that
overlaps it most. A pair of universe sentences from two different files is
gold-positive when they share a coreference chain, predicted-positive when
their mapped sentences share a fact. Headline pairs are in the universe (a
headline is a sentence of the gold); `--body-only` leaves them out, to compare
with an aligner that does not align headlines.

The analysis runs in-process so that one spaCy model serves every story.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from itertools import combinations
from pathlib import Path


def score_story(folder: Path, body_only: bool) -> tuple[int, int, int]:
    from reader.pipeline import analyze_paths

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["sentences"]
    if body_only:
        gold = [g for g in gold if g.get("role", "body") == "body"]
    files = sorted(str(p) for p in folder.iterdir() if p.suffix == ".txt")
    an = analyze_paths(files, use_cache=False)
    by_file = {Path(a.path).name: a for a in an.articles}
    facts_of: dict[str, set[str]] = {}
    for f in an.facts:
        for sid in f.sentences:
            facts_of.setdefault(sid, set()).add(f.id)

    def mapped(g: dict) -> str | None:
        art = by_file.get(g["file"])
        best, overlap = None, 0
        for s in art.sentences if art else ():
            o = min(g["end"], s.end) - max(g["start"], s.start)
            if o > overlap:
                best, overlap = s.id, o
        return best

    ids = [mapped(g) for g in gold]
    tp = fp = fn = 0
    for (ga, ia), (gb, ib) in combinations(zip(gold, ids, strict=True), 2):
        if ga["file"] == gb["file"]:
            continue
        pos = bool(set(ga["chains"]) & set(gb["chains"]))
        pred = ia is not None and ib is not None and bool(facts_of.get(ia, set()) & facts_of.get(ib, set()))
        tp += pos and pred
        fp += pred and not pos
        fn += pos and not pred
    return tp, fp, fn


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?", default="/work/devdata/align")
    ap.add_argument("--limit", type=int, default=60, help="stories per track at most")
    ap.add_argument("--body-only", action="store_true")
    args = ap.parse_args()
    root = Path(args.root)
    if not root.is_dir():
        sys.exit(f"{root}: no development set; build it with benchmarks/gvc_to_stories.py")
    for track in sorted(p for p in root.iterdir() if p.is_dir()):
        stories = sorted(p for p in track.iterdir() if (p / "gold.json").is_file())[: args.limit]
        t0 = time.perf_counter()
        tp = fp = fn = 0
        for story in stories:
            a, b, c = score_story(story, args.body_only)
            tp, fp, fn = tp + a, fp + b, fn + c
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{track.name}: stories={len(stories)} P={p:.3f} R={r:.3f} F1={f:.3f} "
              f"(tp={tp} fp={fp} fn={fn}, {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
