"""Story clustering against a gold grouping, and its speed on a large feed.

    python3 benchmarks/story_clusters.py FEED [--gold GOLD.json] [--threshold T]
    python3 benchmarks/story_clusters.py FEED --speed 10000
    python3 benchmarks/story_clusters.py FEED [--gold GOLD.json] --no-dates

FEED is anything `reader` loads (JSON lines, a folder, a mix). The gold is either a
JSON object mapping each article's feed id (its `id` field) to its story, or, with no
--gold, FEED is a folder of story folders and each subfolder is one gold story.
Scores: B-cubed precision/recall/F1 (per article, averaged) and pairwise
precision/recall/F1 (over all pairs of articles put in one story).

--speed N replicates the feed to N articles, each copy a new set of events (its
capitalised words and numbers are changed consistently within the copy), then reports
the clustering time (loading excluded) and the peak RSS of this process.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
from collections import Counter
from dataclasses import replace

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from reader.ingest.load import load_paths  # noqa: E402
from reader.model import Document  # noqa: E402
from reader.stories import StorySettings, cluster_stories  # noqa: E402


def scores(pred: list[str], gold: list[str]) -> dict[str, float]:
    """B-cubed and pairwise precision/recall/F1 of a predicted labelling against gold."""
    pairs = Counter(zip(pred, gold, strict=True))
    psize, gsize = Counter(pred), Counter(gold)
    n = len(pred)
    b3p = sum(c * c / psize[p] for (p, _), c in pairs.items()) / n
    b3r = sum(c * c / gsize[g] for (_, g), c in pairs.items()) / n
    both = sum(c * (c - 1) / 2 for c in pairs.values())
    ppairs = sum(c * (c - 1) / 2 for c in psize.values())
    gpairs = sum(c * (c - 1) / 2 for c in gsize.values())
    pp = both / ppairs if ppairs else 1.0
    pr = both / gpairs if gpairs else 1.0
    return {"b3_p": b3p, "b3_r": b3r, "b3_f1": _f1(b3p, b3r), "pair_p": pp, "pair_r": pr, "pair_f1": _f1(pp, pr),
            "articles": n, "gold_stories": len(gsize), "stories": len(psize)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def gold_labels(docs: list[Document], feed: str, gold_path: str | None) -> list[str | None]:
    """Each document's gold story, or None for a file outside every story folder (a README)."""
    if gold_path:
        with open(gold_path, encoding="utf-8") as fh:
            gold = json.load(fh)
        return [str(gold[d.source_id or d.id]) for d in docs]
    root = os.path.abspath(feed)
    out: list[str | None] = []
    for d in docs:
        rel = os.path.relpath(os.path.abspath(d.path.rsplit(":", 1)[0] if d.format == "jsonl" else d.path), root)
        out.append(rel.split(os.sep)[0] if os.sep in rel else None)
    return out


_CAP = re.compile(r"\b([A-Z][a-z]{2,})\b")
_NUM = re.compile(r"\b(\d{2,4})\b")


def replicate(docs: list[Document], n: int) -> list[Document]:
    """`n` documents: copy k of the feed renames its capitalised words and shifts its numbers."""
    out = []
    for k in range(n):
        d = docs[k % len(docs)]
        copy = k // len(docs)
        if copy:
            def ren(text: str | None, c: int = copy) -> str | None:
                if text is None:
                    return None
                text = _CAP.sub(lambda m: m.group(1) + "abcdefghij"[c % 10] + "xyzuvw"[(c // 10) % 6], text)
                return _NUM.sub(lambda m: str(int(m.group(1)) + 7 * c), text)
            d = replace(d, text=ren(d.text), title=ren(d.title))
        out.append(replace(d, id=f"a{k}", source_id=f"{d.source_id or d.id}#{copy}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="Score story clustering against gold, or time it.")
    ap.add_argument("feed")
    ap.add_argument("--gold", default=None)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--min-size", type=int, default=1, help="keep only gold stories with at least this many articles")
    ap.add_argument("--no-dates", action="store_true", help="drop every article's date (a feed without dates)")
    ap.add_argument("--speed", type=int, default=0, metavar="N")
    ap.add_argument("--write", metavar="FILE", default=None,
                    help="with --speed: also write the replicated feed as JSON lines (to time `reader stories` on it)")
    a = ap.parse_args()
    t0 = time.perf_counter()
    docs = list(load_paths([a.feed]).documents)
    load_s = time.perf_counter() - t0
    if a.no_dates:
        docs = [replace(d, date=None) for d in docs]
    settings = StorySettings() if a.threshold is None else StorySettings(threshold=a.threshold)
    if a.speed:
        docs = replicate(docs, a.speed)
        if a.write:
            with open(a.write, "w", encoding="utf-8") as fh:
                for d in docs:
                    fh.write(json.dumps({"id": d.source_id, "title": d.title, "text": d.text, "outlet": d.outlet,
                                         "date": d.date, "url": d.url}, ensure_ascii=False) + "\n")
        t0, c0 = time.perf_counter(), time.process_time()
        stories = cluster_stories(docs, settings)
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{len(docs)} articles -> {len(stories)} stories: clustering {took:.1f} s wall, {cpu:.1f} s CPU "
              f"(loading {load_s:.1f} s), peak RSS {rss:.0f} MB; load average {os.getloadavg()[0]:.1f}")
        return
    gold = gold_labels(docs, a.feed, a.gold)
    docs, gold = [d for d, g in zip(docs, gold, strict=True) if g is not None], [g for g in gold if g is not None]
    if a.min_size > 1:
        big = {g for g, c in Counter(gold).items() if c >= a.min_size}
        keep = [k for k, g in enumerate(gold) if g in big]
        docs, gold = [docs[k] for k in keep], [gold[k] for k in keep]
    t0 = time.perf_counter()
    stories = cluster_stories(docs, settings)
    took = time.perf_counter() - t0
    label = {a.doc: s.id for s in stories for a in s.articles}
    r = scores([label[d.id] for d in docs], gold)
    print(f"{os.path.basename(a.feed.rstrip('/'))}: {r['articles']} articles, {r['gold_stories']} gold stories, "
          f"{r['stories']} found in {took:.1f} s | B-cubed P {r['b3_p']:.3f} R {r['b3_r']:.3f} F1 {r['b3_f1']:.3f} "
          f"| pairwise P {r['pair_p']:.3f} R {r['pair_r']:.3f} F1 {r['pair_f1']:.3f}")


if __name__ == "__main__":
    main()
