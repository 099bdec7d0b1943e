"""The hostile corpus runner: every generated case through `analyze`, `report` and the app.

    python3 -m tests.hostile.runner            # the whole corpus
    python3 -m tests.hostile.runner --ci       # the subset CI runs
    python3 -m tests.hostile.runner --family escapes --keep DIR

spaCy and the model are loaded once, then a small server process is forked
(`forkserver`); each command of each case runs in a child forked from that
server (so it pays no start-up and inherits none of the runner's own heap)
under a time limit, with its own peak memory from `wait4`. The child runs
exactly what the console script runs (`reader.cli.main`), stdout and stderr
going to files. It prints the figures
the issue asks for: cases, tracebacks, hangs, injections, input files changed,
and peak memory against the bar (the model's footprint - the same command on
the smallest story - plus four times the case's extra input).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import checks
from .corpus import APP_PREFERRED, Case, _article, _html_page, _write, all_cases, build
from .forkserver import ForkServer, fork_and_wait
from .helpers import snapshot

TIME_LIMIT = 60.0
BIG_TIME_LIMIT = 600.0


@dataclass
class Step:
    """One command of one case, as run."""

    argv: list[str]
    rc: int
    stdout: bytes
    stderr: bytes
    seconds: float
    peak_mb: float
    hung: bool = False

    @property
    def label(self) -> str:
        """analyze (JSON), summary (plain analyze), report or app."""
        if not self.argv:
            return "app"
        if self.argv[0] == "analyze" and "--json" not in self.argv:
            return "summary"
        return self.argv[0]


@dataclass
class Outcome:
    case: str
    family: str
    input_bytes: int = 0
    steps: list[Step] = field(default_factory=list)
    problems: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, detail: str) -> None:
        self.problems.setdefault(kind, []).append(detail)


def prepare(app: bool) -> None:
    """Load everything a command may import, once, before the first fork: the
    model, and whatever an analysis, a report and the app import on first use
    (a child running without root's rights might not be able to read it)."""
    import reader.pipeline as pipeline
    from reader.compare.insights import compute_insights
    from reader.model import Document
    from reader.output.report import render

    from .helpers import GOOD_A, GOOD_B

    pipeline._processes = lambda n_spans: 1  # one process: its peak is the whole cost
    docs = [Document(id="a0", path="a.txt", text=GOOD_A), Document(id="a1", path="b.txt", text=GOOD_B)]
    an = pipeline.analyze_documents(docs, use_cache=False)
    for fmt in ("md", "html"):
        render(an, compute_insights(an), fmt)
    _warm_html_loading(GOOD_A)

    if app:
        import reader.ui.app  # noqa: F401


def _warm_html_loading(text: str) -> None:
    """Load two pages through the loader: a plain one, and one whose article an
    unclosed tag hides, so trafilatura falls back to its second extractor and
    loads that extractor's word lists (about 30 MB, once per process). Both are
    part of the program's fixed footprint, not of any case's input."""
    from reader.ingest.load import load_paths

    with tempfile.TemporaryDirectory(prefix="reader-warm-") as tmp:
        body = "".join(f"<p>{p}</p>" for p in text.split("\n") if p)
        Path(tmp, "plain.html").write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
        Path(tmp, "hidden.html").write_text(f"<html><body><article><iframe src=x>{body}</article></body></html>",
                                            encoding="utf-8")
        load_paths([tmp])


#: Set by `main` once the model is loaded: every measured command is forked from it.
SERVER: ForkServer | None = None


def run_child(argv: list[str], workdir: Path, env: dict[str, str], *, limit: float,
              as_nobody: bool = False, app_story: Path | None = None) -> Step:
    """One measured command, forked from the clean server (see `forkserver`):
    `reader.cli.main(argv)`, or the app's smoke drive on `app_story`."""
    if SERVER is None:
        raise RuntimeError("the fork server is not started")
    rc, seconds, peak, hung = SERVER.run(argv, workdir, env, limit=limit, as_nobody=as_nobody,
                                         app_story=app_story)
    return Step(argv, rc, (workdir / "stdout").read_bytes(), (workdir / "stderr").read_bytes(), seconds, peak, hung)


def input_size(story: Path) -> int:
    """Bytes of the regular files an analysis of `story` could read (links followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(story, followlinks=False):
        for name in files:
            try:
                st = os.stat(os.path.join(dirpath, name))
            except OSError:
                continue
            if (st.st_mode & 0o170000) == 0o100000 and not dirpath.startswith("/proc"):
                total += st.st_size
    return total


def in_child(work: Path, fn) -> object:
    """`fn()` in a child forked from the runner (not measured), its JSON-able
    result brought back: building a case or hashing its files leaves the
    runner's heap as it was."""
    result = work / "result.json"

    def target() -> int:
        result.write_text(json.dumps(fn()), encoding="utf-8")
        return 0

    rc, _seconds, _peak, _hung = fork_and_wait([], work, {}, limit=BIG_TIME_LIMIT, target=target)
    if rc != 0:
        raise RuntimeError(f"helper failed: {(work / 'stderr').read_bytes()[-2000:]!r}")
    return json.loads(result.read_text(encoding="utf-8"))


def run_case(case: Case, root: Path, app: bool) -> Outcome:
    scratch = root / f".scratch-{os.getpid()}"
    scratch.mkdir(exist_ok=True)
    folder = Path(in_child(scratch, lambda: str(build(case, root))))
    story = folder / "story"
    work = folder / "work"
    work.mkdir()
    cache = folder / "cache"
    cache.mkdir()
    if case.as_nobody:
        for p in (root, folder, work, cache, folder / "out"):
            p.chmod(0o777)
    env = {"READER_CACHE_DIR": str(cache), "READER_PROGRESS": "0"}
    limit = BIG_TIME_LIMIT if case.big else TIME_LIMIT
    before = in_child(scratch, lambda: snapshot(folder))
    out = Outcome(case.name, case.family, input_size(story))
    analyze = ["analyze", str(story), "--json"]
    out.steps.append(run_child(analyze, work, env, limit=limit, as_nobody=case.as_nobody))
    if case.cache:
        from .forge import forge

        forge(case.cache, cache, story)
        out.steps.append(run_child(analyze, work, env, limit=limit))
        checks.same_result(out, out.steps[0], out.steps[1], case.cache)
        if list(cache.glob("*/*/.tmp-*")):
            out.add("outcomes", f"temporary cache files left: {sorted(p.name for p in cache.glob('*/*/.tmp-*'))}")
    report = ["report", str(story), *case.report_args]
    target = None
    if case.report_out is not None:
        target = folder / case.report_out if not case.report_out.startswith("/") else Path(case.report_out)
        report += ["-o", str(target)]
    out.steps.append(run_child(report, work, env, limit=limit, as_nobody=case.as_nobody))
    out.steps.append(run_child(["analyze", str(story)], work, env, limit=limit, as_nobody=case.as_nobody))
    if case.extra.get("reanalyze"):
        out.steps.append(run_child(analyze, work, env, limit=limit))
        checks.not_read_back(out, out.steps[0], out.steps[-1])
    checks.steps(out, case)
    checks.report_file(out, case, target)
    checks.inputs_unchanged(out, before, in_child(scratch, lambda: snapshot(folder)), case, target)
    if app:
        out.steps.append(run_child([], work, env, limit=limit, app_story=story))
        checks.app(out, out.steps[-1])
    for st in out.steps:  # checked: kept, they would grow the heap every later child starts from
        st.stdout = st.stdout[-2000:]
        st.stderr = st.stderr[-2000:]
    return out


def baseline(root: Path, app: bool, runs: int = 3) -> dict[str, float]:
    """Peak memory of each command on the smallest story (the two good articles and
    a benign third one as an HTML page, as most cases add a third article and
    many add it as HTML): the footprint of the interpreter, the libraries, the
    HTML extractor and the model. `_slack` is the measurement noise allowed on
    top: twice the spread over `runs` repetitions, at least 3 MB."""
    case = Case("baseline", "baseline", _write("page.html", _html_page(_article("The clerk read it."), "Title")),
                report_out="out/report.html")
    peaks: dict[str, list[float]] = {}
    for _ in range(runs):
        _remove(root / "baseline")
        o = run_case(case, root, app)
        for s in o.steps:
            peaks.setdefault(s.label, []).append(s.peak_mb)
    base = {k: max(v) for k, v in peaks.items()}
    base["_slack"] = max(3.0, 2 * max(max(v) - min(v) for v in peaks.values()))
    base["_input"] = float(o.input_bytes)
    return base


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python3 -m tests.hostile.runner", description=__doc__.split("\n")[0])
    p.add_argument("--ci", action="store_true", help="only the CI subset")
    p.add_argument("--family", action="append", help="only these families")
    p.add_argument("--no-app", action="store_true", help="skip the app smoke runs")
    p.add_argument("--app-families", help="run the app on these families only (comma-separated)")
    p.add_argument("--baseline-runs", type=int, default=3, help="repetitions of the smallest story")
    p.add_argument("--keep", metavar="DIR", help="build the cases here and keep them")
    p.add_argument("--json", metavar="FILE", help="also write the figures and every problem as JSON")
    args = p.parse_args(argv)
    cases = [c for c in all_cases() if (not args.ci or c.ci) and (not args.family or c.family in args.family)]
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reader-hostile-"))
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o755)
    prepare(not args.no_app)
    global SERVER
    SERVER = ForkServer()
    try:
        return _run(args, cases, root)
    finally:
        SERVER.close()
        SERVER = None


def _run(args: argparse.Namespace, cases: list[Case], root: Path) -> int:
    base = baseline(root, not args.no_app, args.baseline_runs)
    app_families = set(args.app_families.split(",")) if args.app_families else None
    app_cases = _app_cases(cases, app_families) if not args.no_app else set()
    outcomes = []
    for case in cases:
        outcomes.append(run_case(case, root, case.name in app_cases))
        checks.memory(outcomes[-1], base)
    summary = checks.summarise(outcomes, base)
    print(checks.render(summary, outcomes))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1, ensure_ascii=True) + "\n", encoding="utf-8")
    if not args.keep:
        _remove(root)
    return 0 if summary["passed"] else 1


def _app_cases(cases: list[Case], families: set[str] | None) -> set[str]:
    """One case per family for the app: the preferred one when it is selected, else the first."""
    chosen: dict[str, str] = {}
    for c in cases:
        if families is None or c.family in families:
            if c.family not in chosen or c.name in APP_PREFERRED:
                chosen[c.family] = c.name if c.name in APP_PREFERRED or c.family not in chosen else chosen[c.family]
    return set(chosen.values())


def _remove(root: Path) -> None:
    for dirpath, dirnames, _files in os.walk(root):
        for d in dirnames:
            try:
                os.chmod(os.path.join(dirpath, d), 0o755)
            except OSError:
                pass
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
