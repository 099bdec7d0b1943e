"""Articles per second of the per-article work, here and on a Dask LocalCluster.

    python benchmarks/dask_engine.py [--feed FEED.jsonl] [--articles 300] [--workers 1 2]
    python benchmarks/dask_engine.py --stories DIR... [--workers 1 2]   # whole analyses

Times what `--engine dask` sends to workers (loading, cleaning, spaCy) on the
first N articles of a feed (default: the dev feed if present, else a generated
story), once in this process and once per cluster size, after a warm-up that
loads spaCy in every worker; checks that every run parsed the same sentences;
and prints the measured CPU seconds per article, which the README extrapolates
to a 100,000-article day. Needs the dask extra. Run it on an idle machine.

With `--stories`, each story is analysed whole (`analyze_documents`, cache off:
load, clean, spaCy and alignment's candidate blocks on the workers, the rest on
the client), then its JSON made (the comparisons, on the client); the JSON of
every run must be byte-identical to the single-process one. It prints
articles/s, client and worker CPU seconds, and the load average around each run
(on a shared machine the CPU figures are the ones to trust).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import reader.pipeline as pipeline  # noqa: E402
from reader.ingest.load import load_paths  # noqa: E402
from reader.language.nlp import load_model  # noqa: E402
from reader.output.json import analysis_json  # noqa: E402
from reader.pipeline import _clean, _Clock, _parse, analyze_documents  # noqa: E402

DEV_FEED = Path("/work/devdata/feeds/gvc_dev.jsonl")


def feed_file(path: Path | None, n: int, tmp: Path) -> Path:
    """The first `n` lines of the feed, or a generated story written as a feed."""
    out = tmp / "feed.jsonl"
    if path is None and not DEV_FEED.exists():
        import json

        from storygen import make_story

        docs = make_story(n)
        out.write_text("".join(json.dumps({"text": d.text, "title": d.title, "outlet": d.outlet}) + "\n"
                               for d in docs), encoding="utf-8")
        return out
    lines = [ln for ln in (path or DEV_FEED).read_text(encoding="utf-8").split("\n") if ln.strip()]
    out.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
    return out


def per_article_work(feed: Path, engine) -> tuple[int, int, float]:
    """Articles, sentences parsed, wall seconds of load + clean + spaCy."""
    t = time.perf_counter()
    docs = load_paths([str(feed)], engine=engine).documents
    cleaned = _clean(docs, engine)
    _name, parsed = _parse(docs, cleaned, None, None, None, _Clock(None), engine)
    wall = time.perf_counter() - t
    return len(docs), sum(len(list(sd.doc.sents)) for sd in parsed), wall


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def whole_analysis(story: Path, engine) -> tuple[int, str, dict[str, float]]:
    """Articles, the JSON, and wall/CPU seconds of one story's whole analysis on `engine`."""
    load = os.getloadavg()[0]
    w0 = sum(engine.client.run(cpu).values()) if engine is not None else 0.0
    c0, t = cpu(), time.perf_counter()
    timings: dict[str, float] = {}
    docs = load_paths([str(story)], engine=engine).documents
    an = analyze_documents(docs, use_cache=False, timings=timings, engine=engine)
    t_an = time.perf_counter()
    text = json.dumps(analysis_json(an, use_cache=False), ensure_ascii=False, indent=1)
    t_end = time.perf_counter()
    fig = {"wall": t_end - t, "analysis": t_an - t, "json": t_end - t_an, "align": timings.get("align", 0.0),
           "client_cpu": cpu() - c0, "load": (load + os.getloadavg()[0]) / 2,
           "worker_cpu": sum(engine.client.run(cpu).values()) - w0 if engine is not None else 0.0}
    return len(docs), text, fig


def report(label: str, n: int, fig: dict[str, float], same: bool) -> None:
    print(f"{label}: {n} articles, {n / fig['analysis']:.2f} articles/s to the analysis "
          f"({fig['analysis']:.1f} s wall, alignment {fig['align']:.1f} s), {n / fig['wall']:.2f} articles/s "
          f"with the JSON ({fig['wall']:.1f} s); CPU {fig['client_cpu']:.1f} s client + "
          f"{fig['worker_cpu']:.1f} s workers ({1000 * (fig['client_cpu'] + fig['worker_cpu']) / n:.0f} ms "
          f"per article); load average {fig['load']:.1f}; {'same JSON' if same else 'DIFFERENT JSON'}", flush=True)


def stories_main(stories: list[Path], workers: list[int]) -> None:
    load_model(None)
    pipeline._processes = lambda _n: 1  # one process here, whatever the size (no spaCy worker pool)
    local: dict[Path, str] = {}
    for story in stories:
        n, local[story], fig = whole_analysis(story, None)
        report(f"{story.name}, one process", n, fig, True)
    from reader.engine.dask_engine import DaskEngine

    for w in workers:
        t = time.perf_counter()
        with DaskEngine(workers=w) as eng:
            whole_analysis(stories[0], eng)  # warm-up: every worker loads spaCy
            print(f"dask, {w} worker(s): cluster start and warm-up {time.perf_counter() - t:.1f} s", flush=True)
            for story in stories:
                n, text, fig = whole_analysis(story, eng)
                report(f"{story.name}, dask {w} worker(s)", n, fig, text == local[story])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feed", type=Path, default=None)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stories", type=Path, nargs="+", default=None, help="analyse these stories whole")
    a = ap.parse_args()
    if a.stories:
        stories_main(a.stories, a.workers)
        return
    with tempfile.TemporaryDirectory() as tmp:
        feed = feed_file(a.feed, a.articles, Path(tmp))
        load_model(None)  # the model load is a one-off, not per-article work
        pipeline._processes = lambda _n: 1  # one process here, whatever the size (no spaCy worker pool)
        c0 = cpu()
        n, sents, wall = per_article_work(feed, None)
        used = cpu() - c0
        print(f"local (one process): {n} articles, {sents} sentences, {wall:.1f} s wall, {used:.1f} s CPU: "
              f"{n / wall:.1f} articles/s, {1000 * used / n:.0f} ms CPU per article")
        from reader.engine.dask_engine import DaskEngine

        for w in a.workers:
            t = time.perf_counter()
            with DaskEngine(workers=w) as eng:
                per_article_work(feed, eng)  # warm-up: every worker loads spaCy
                start = time.perf_counter() - t
                w0, c0 = sum(eng.client.run(cpu).values()), cpu()
                n2, sents2, wall2 = per_article_work(feed, eng)
                w_cpu, c_cpu = sum(eng.client.run(cpu).values()) - w0, cpu() - c0
            same = "same sentences" if (n2, sents2) == (n, sents) else "DIFFERENT OUTPUT"
            print(f"dask, {w} worker(s): {n2 / wall2:.1f} articles/s ({wall2:.1f} s wall; cluster start and "
                  f"warm-up {start:.1f} s); {1000 * w_cpu / n2:.0f} ms worker CPU and {1000 * c_cpu / n2:.0f} ms "
                  f"client CPU per article; {same}")


if __name__ == "__main__":
    main()
