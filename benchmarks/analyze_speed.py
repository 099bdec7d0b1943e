"""Wall time of `reader analyze`, stage by stage.

    python benchmarks/analyze_speed.py [--articles 100]

Reports, for the sample corpus and for a generated story: load, clean, model
load, spaCy, entities and alignment times, and how many candidate pairs the
aligner scored. Run it on an idle machine; figures go in the README.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from storygen import SAMPLE, make_story  # noqa: E402

from reader.ingest.load import load_paths  # noqa: E402
from reader.pipeline import analyze_documents  # noqa: E402


def run(name: str, docs, load_s: float) -> None:
    timings: dict[str, float] = {}
    t = time.perf_counter()
    an = analyze_documents(docs, use_cache=False, timings=timings)
    total = time.perf_counter() - t + load_s
    n_sent = sum(len(a.sentences) for a in an.articles)
    print(f"{name}: {len(an.articles)} articles, {n_sent} sentences, {len(an.facts)} facts, "
          f"{int(timings.get('pairs_scored', 0))} candidate pairs scored")
    stages = ["load"] + [k for k in ("clean", "model", "spacy", "entities", "align") if k in timings]
    values = {"load": load_s, **timings}
    print("  " + "  ".join(f"{k} {values[k]:.2f}s" for k in stages) + f"  total {total:.2f}s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100)
    args = ap.parse_args()
    t = time.perf_counter()
    docs = load_paths([str(SAMPLE)]).documents
    load_s = time.perf_counter() - t
    run("sample corpus (model load included)", docs, load_s)
    run("sample corpus (warm model)", docs, load_s)
    run("generated story", make_story(args.articles), 0.0)


if __name__ == "__main__":
    main()
