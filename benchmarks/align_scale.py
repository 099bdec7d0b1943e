"""How alignment scales: candidate blocking against brute force, 10 to 5,000 articles.

    python benchmarks/align_scale.py                   # 10, 100, 1000, 5000 articles
    python benchmarks/align_scale.py --sizes 100 1000
    python benchmarks/align_scale.py --analyze 1000    # whole `reader analyze` too, comparisons
                                                       # one by one, plain summary against --json

Stories come from `storygen.make_big_story` (wire copies with edits,
paraphrased and reordered write-ups, filler). spaCy is skipped: sentence
features are built from the generated text by a small tokenizer, so the
figures are alignment alone. Each size runs in its own process so that its
peak memory (ru_maxrss) is its own.

Brute force is run where it is feasible (up to --brute-max articles); beyond,
its time is extrapolated from the measured cost per pair times the number of
cross-article pairs, and marked as such. Recall is checked against brute
force where it ran; beyond, on a random sample of sentences: the share of a
sampled sentence's pairs at or above the match threshold that blocking
proposes. Quality is also scored against the generator's own truth (which
sentences state the same fact): pair precision and recall of the facts.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from storygen import make_big_story  # noqa: E402

from reader.align.features import SentenceFeatures, compact_terms, quoted_passages  # noqa: E402
from reader.model import Article, Sentence  # noqa: E402

_STOP = frozenset("""the and that with from this have were said will been they their which about would
there into than then them these those what when where while also after before over under other more most
some such only very just could should says according stated""".split())
_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def features_of(docs) -> tuple[list[Article], list[SentenceFeatures]]:
    """Articles and sentence features without spaCy (one sentence per paragraph)."""
    arts, feats = [], []
    for i, d in enumerate(docs):
        paras = d.text.split("\n\n")[1:]
        sents, pos = [], len(d.text.split("\n\n")[0]) + 2
        for k, p in enumerate(paras):
            p = p.strip()
            sents.append(Sentence(id=f"{d.id}.s{k}", article=d.id, index=k, start=pos, end=pos + len(p), text=p))
            pos += len(p) + 2
            lemmas: set[str] = set()
            ents: set[str] = set()
            nums: set[str] = set()
            body = p
            for m in _NAME.finditer(p):
                if m.start() > 0 or " " in m.group(0):
                    ents.add(m.group(0).lower())
                    lemmas.add("@" + m.group(0).lower())
                    body = body.replace(m.group(0), " ")
            for n in re.findall(r"\d+", body):
                nums.add(n)
                lemmas.add("#" + n)
            for w in re.findall(r"[a-z]{3,}", body.lower()):
                if w not in _STOP:
                    lemmas.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
            feats.append(SentenceFeatures(id=f"{d.id}.s{k}", article=i, index=k, text=p,
                                          terms=compact_terms(lemmas), entities=frozenset(ents),
                                          numbers=frozenset(nums), quotes=quoted_passages(p)))
        arts.append(Article(id=d.id, path=d.path, text=d.text, outlet=None, title=None, byline=None, date=None,
                            sentences=tuple(sents)))
    return arts, feats


def _cross_pairs(feats) -> int:
    from collections import Counter

    sizes = Counter(f.article for f in feats)
    n = len(feats)
    return (n * n - sum(c * c for c in sizes.values())) // 2


def run_one(n_articles: int, brute_max: int, sample: int) -> dict:
    from reader.align import _reference
    from reader.align import grouping as A
    from reader.settings import AlignSettings

    t = time.perf_counter()
    truth: list[list[str | None]] = []
    docs = make_big_story(n_articles, truth=truth)
    arts, feats = features_of(docs)
    gen_s = time.perf_counter() - t
    settings = AlignSettings()
    stats: dict[str, float] = {}
    t = time.perf_counter()
    facts = A.align(arts, feats, settings, stats=stats)
    align_s = time.perf_counter() - t
    align_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before any checking
    out = {
        "articles": n_articles, "sentences": len(feats), "cross_pairs": _cross_pairs(feats),
        "candidates": int(stats["pairs_scored"]), "facts": len(facts), "generate_s": gen_s, "align_s": align_s,
        "score_s": stats["align_score"], "group_s": stats["align_group"],
        "evidence_s": align_s - stats["align_score"] - stats["align_group"],
    }
    out["truth_p"], out["truth_r"] = _truth_scores(feats, facts, [label for t in truth for label in t])
    if n_articles <= brute_max:
        bstats: dict[str, float] = {}
        t = time.perf_counter()
        bfacts = _reference.align_reference(arts, feats, AlignSettings(), stats=bstats)
        out["brute_s"] = time.perf_counter() - t
        out["brute_measured"] = True
        out["identical_facts"] = bfacts == facts
        out["recall"] = 1.0 if bfacts == facts else _fact_recall(bfacts, facts)
    else:
        out["brute_measured"] = False
        out["recall"], out["sampled_pairs"] = _sampled_recall(feats, settings, sample, A)
    out["peak_rss_mb"] = align_rss
    return out


def _fact_recall(ref, got) -> float:
    pairs = lambda fs: {(e.a, e.b) for f in fs for e in f.evidence}  # noqa: E731
    r = pairs(ref)
    return len(r & pairs(got)) / len(r) if r else 1.0


def _truth_scores(feats, facts, labels) -> tuple[float, float]:
    """Pair precision and recall of the facts against the generator's labels."""
    import numpy as np

    index = {f.id: k for k, f in enumerate(feats)}
    art = np.fromiter((f.article for f in feats), dtype=np.int64, count=len(feats))
    n = len(feats)

    def codes(groups) -> np.ndarray:
        out = [np.zeros(0, np.int64)]
        for g in groups:
            m = np.asarray(sorted(g), dtype=np.int64)
            a, b = np.triu_indices(m.size, 1)
            a, b = m[a], m[b]
            cross = art[a] != art[b]
            out.append(a[cross] * n + b[cross])
        return np.unique(np.concatenate(out))

    pred = codes([index[s] for s in f.sentences] for f in facts)
    by_label: dict[str, list[int]] = {}
    for k, label in enumerate(labels):
        if label is not None:
            by_label.setdefault(label, []).append(k)
    gold = codes(by_label.values())
    tp = int(np.isin(pred, gold).sum())
    return (tp / pred.size if pred.size else 1.0), (tp / gold.size if gold.size else 1.0)


def _sampled_recall(feats, settings, sample: int, A) -> tuple[float, int]:
    """Share of the sampled sentences' pairs scoring at or above the match threshold that are candidates."""
    import numpy as np

    from reader.align.blocking import TermMatrix, candidate_blocks
    from reader.align.features import Weights
    from reader.align.scoring import quantize, score_pair

    floor = settings.threshold
    weights = Weights(feats)
    rng = random.Random(5)
    rows = rng.sample(range(len(feats)), min(sample, len(feats)))
    wanted = np.asarray(sorted(rows), dtype=np.int64)
    have = set()
    for b in candidate_blocks(TermMatrix(feats, weights), settings.floor):
        mine = np.isin(b.i, wanted)
        have.update((min(i, j), max(i, j)) for i, j in zip(b.i[mine].tolist(), b.j[mine].tolist(), strict=True))
    idf, default = weights.idf, weights.default
    wsum = [sum(idf.get(t, default) for t in f.terms) for f in feats]
    need = found = 0
    for i in rows:
        fi = feats[i]
        for j, fj in enumerate(feats):
            if fj.article == fi.article:
                continue
            shared = fi.lemmas & fj.lemmas
            if not shared:
                continue
            ws = sum(idf.get(t, default) for t in shared)
            if 2 * ws / (wsum[i] + wsum[j]) < floor - 1e-9:
                continue  # the score is at most this Dice coefficient
            if quantize([score_pair(fi, fj, weights)[0]])[0] >= floor:
                need += 1
                found += (min(i, j), max(i, j)) in have
    return (found / need if need else 1.0), need


_WHOLE = """
import json, resource, sys, time
from reader.ingest.load import load_paths
from reader.pipeline import analyze_documents
from reader.compare import insights as I, omissions
from reader.compare.conflicts import find_claims, number_conflicts
from reader.compare.links import same_quantity_pairs
from reader.compare.quotes import quote_report
from reader.compare.transposed import transposed_conflicts
from reader.compare.worddiff import fact_diffs
from reader.output.json import analysis_json
from reader.output.summary import summary_text
out = {}
def timed(name, f):
    c, w = time.process_time(), time.perf_counter()
    r = f()
    out[name] = [time.process_time() - c, time.perf_counter() - w]
    return r
docs = timed("load", lambda: load_paths([sys.argv[1]]).documents)
an = timed("analysis", lambda: analyze_documents(docs, use_cache=False))
qr = timed("quote groups", lambda: quote_report(an))
claims = timed("claims", lambda: find_claims(an))
conf = timed("number conflicts", lambda: number_conflicts(an, claims))
conf += tuple(timed("transposed", lambda: transposed_conflicts(an, claims, conf)))
links = timed("links", lambda: omissions.quote_links(qr.quotes, qr.groups) + same_quantity_pairs(an, claims, conf))
timed("omissions/unique", lambda: omissions.outlet_gaps(an, linked=links))
timed("word diffs", lambda: fact_diffs(an))
timed("coverage", lambda: I.coverage_matrix(an))
timed("plain summary (its comparisons included)", lambda: summary_text(an))
timed("--json document (its comparisons included)", lambda: json.dumps(analysis_json(an, use_cache=False), indent=1))
out["sentences"] = sum(len(a.sentences) for a in an.articles)
out["facts"] = len(an.facts)
out["quotes"] = len(an.quotes)
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def analyze_whole(n_articles: int) -> dict:
    """The whole analysis of a generated story on disk (spaCy included), then each comparison
    of `reader analyze`, then the plain summary and the --json document, with CPU and wall times."""
    import tempfile

    docs = make_big_story(n_articles)
    with tempfile.TemporaryDirectory() as tmp:
        for d in docs:
            (Path(tmp) / Path(d.path).name).write_text(d.text, encoding="utf-8")
        proc = subprocess.run([sys.executable, "-c", _WHOLE, tmp], stdout=subprocess.PIPE, text=True, check=True,
                              cwd=Path(__file__).resolve().parent.parent)
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["articles"] = n_articles
    return out


def _print_whole(w: dict) -> None:
    print(f"\nreader analyze, {w['articles']} articles ({w['sentences']:,} sentences, {w['facts']:,} facts, "
          f"{w['quotes']:,} quotes), peak RSS {w['peak_rss_mb']:.0f} MB; CPU / wall seconds:")
    for k, v in w.items():
        if isinstance(v, list):
            print(f"  {k:<45} {v[0]:8.2f} {v[1]:8.2f}")
    a = w["load"][0] + w["analysis"][0]
    plain = a + w["plain summary (its comparisons included)"][0]
    js = a + w["--json document (its comparisons included)"][0]
    print(f"  `analyze --json` / `analyze` (CPU): {js:.1f} / {plain:.1f} s = {js / plain:.2f}x")


def _print_table(rows: list[dict]) -> None:
    """The alignment table, brute force extrapolated from its cost per pair where it did not run."""
    per_pair = None
    for r in rows:
        if r["brute_measured"] and r["cross_pairs"] > 1_000_000:
            per_pair = r["brute_s"] / r["cross_pairs"]
    if per_pair is None:
        measured = [r for r in rows if r["brute_measured"]]
        per_pair = measured[-1]["brute_s"] / measured[-1]["cross_pairs"] if measured else 8e-6
    print("| articles | sentences | cross-article pairs | candidates | score s | group s | evidence s "
          "| align s | brute force s | speed-up | recall | truth P / R | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        brute = r["brute_s"] if r["brute_measured"] else per_pair * r["cross_pairs"]
        mark = "" if r["brute_measured"] else " (extrapolated)"
        rec = f"{r['recall']:.4f}" + ("" if r["brute_measured"] else f" (sampled, {r['sampled_pairs']} pairs)")
        print(f"| {r['articles']} | {r['sentences']} | {r['cross_pairs']:,} | {r['candidates']:,} | "
              f"{r['score_s']:.2f} | {r['group_s']:.2f} | {r['evidence_s']:.2f} | "
              f"{r['align_s']:.2f} | {brute:.1f}{mark} | {brute / r['align_s']:.0f}x | {rec} | "
              f"{r['truth_p']:.2f} / {r['truth_r']:.2f} | {r['peak_rss_mb']:.0f} |")
    if len(rows) >= 2:
        a, b = rows[1] if len(rows) > 2 else rows[0], rows[-1]
        growth = (b["align_s"] / a["align_s"]) / (b["sentences"] / a["sentences"])
        print(f"\ngrowth {a['articles']}->{b['articles']} articles: time x{b['align_s'] / a['align_s']:.1f} for "
              f"sentences x{b['sentences'] / a['sentences']:.1f} (1.0 = linear: {growth:.2f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000, 5000])
    ap.add_argument("--brute-max", type=int, default=100, help="largest story brute force runs on")
    ap.add_argument("--sample", type=int, default=200, help="sampled sentences for recall beyond brute force")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--analyze", type=int, metavar="N", help="also time `reader analyze` of N articles")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.brute_max, args.sample)))
        return
    rows = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--brute-max", str(args.brute_max),
                              "--sample", str(args.sample)], capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"  done {n} articles", file=sys.stderr)
    if rows:
        _print_table(rows)
    if args.analyze:
        _print_whole(analyze_whole(args.analyze))


if __name__ == "__main__":
    main()
