"""What the runner checks on each step of each case, and how it sums them up.

Injection means: a byte that makes a terminal act (C0 but tab and newline, DEL,
C1, bidi controls, line and paragraph separators) on stdout or stderr or in a
report file; a script element, an event-handler attribute or a javascript:/data:
URL in an HTML report; raw HTML or a live link in a Markdown report; control
characters or a quit on the app's screen.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

TERMINAL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]"
                      rb"|\xd8\x9c")
HTML_ACTIVE = re.compile(r"<script|<iframe|<object|<embed|<svg|<style|<[^>]*\son\w+\s*=|"
                         r"(?:href|src|action)\s*=\s*[\"']?\s*(?:javascript|data|vbscript):", re.I)
MD_ACTIVE = re.compile(r"(?<!\\)<[A-Za-z/!?]|(?<!\\)\]\(|(?<![\\\w])(?:https?|ftp)://|(?<!\\)`")


def _excerpt(data: bytes, m: re.Match[bytes]) -> str:
    return repr(data[max(0, m.start() - 30):m.end() + 30])


def terminal_bytes(data: bytes) -> str | None:
    m = TERMINAL.search(data)
    return None if m is None else _excerpt(data, m)


def steps(out: Any, case: Any) -> None:
    """Tracebacks, hangs, terminal injections and message shape of every step."""
    for st in out.steps:
        name = st.label
        if st.hung:
            out.add("hangs", f"{name}: over the time limit ({st.seconds:.0f} s)")
            continue
        if b"Traceback" in st.stderr or b"internal error" in st.stderr or st.rc not in (0, 1, 2, 3):
            out.add("tracebacks", f"{name}: exit {st.rc}: {st.stderr[-300:]!r}")
        for stream, data in (("stdout", st.stdout), ("stderr", st.stderr)):
            if name != "app" and (bad := terminal_bytes(data)):
                out.add("injections", f"{name} {stream}: {bad}")
        for line in st.stderr.decode("utf-8", "replace").splitlines():
            if line and not line.startswith(("reader: warning: ", "reader: error: ")) and name != "app":
                out.add("messages", f"{name}: not a one-line message: {line[:120]!r}")
    rep = [s for s in out.steps if s.argv and s.argv[0] == "report"]
    if case.expect_refused and rep and rep[0].rc != 2:
        out.add("outcomes", f"report was not refused (exit {rep[0].rc})")
    if not case.expect_refused and rep and rep[0].rc not in (0, 2):
        out.add("outcomes", f"report exit {rep[0].rc}")
    first = out.steps[0]
    if first.rc == 0 and rep and rep[0].rc != 0 and not case.expect_refused:
        out.add("outcomes", f"analyze worked but report failed: {rep[0].stderr[-200:]!r}")
    if case.report_out is None and rep and rep[0].rc == 0:
        _document(out, rep[0].stdout, "md", "report stdout")


def report_file(out: Any, case: Any, target: Path | None) -> None:
    if target is None or case.expect_refused or not target.is_file():
        return
    data = target.read_bytes()
    fmt = "html" if target.suffix in (".html", ".htm") else "md"
    _document(out, data, fmt, f"report file {target.name!r}")


def _document(out: Any, data: bytes, fmt: str, where: str) -> None:
    if bad := terminal_bytes(data):
        out.add("injections", f"{where}: {bad}")
    text = data.decode("utf-8", "replace")
    if fmt == "html":
        m = HTML_ACTIVE.search(text.split("</style>", 1)[-1])
        if m:
            out.add("injections", f"{where}: active HTML {m.group()!r}")
    else:
        body = text.split("\n", 1)[1] if text.startswith("<!--") else text
        m = MD_ACTIVE.search(body)
        if m:
            out.add("injections", f"{where}: live Markdown {body[max(0, m.start() - 30):m.end() + 30]!r}")


def inputs_unchanged(out: Any, before: dict[str, str], after: dict[str, str], case: Any, target: Path | None) -> None:
    replaced = str(target) if target is not None and not case.expect_refused else None
    for path, digest in before.items():
        if after.get(path) != digest and path != replaced:
            out.add("inputs_changed", f"{path}: {'removed' if path not in after else 'changed'}")
    if case.expect_refused and target is not None:
        new = [p for p in after if p not in before and p.startswith(str(target))]
        if new:
            out.add("inputs_changed", f"a refused report was written anyway: {new}")


def same_result(out: Any, honest: Any, again: Any, forgery: str) -> None:
    """A forged cache entry must give exactly the honest output, with at most a note."""
    if again.hung:
        return
    if again.stdout != honest.stdout:
        out.add("outcomes", f"cache {forgery}: output differs from the honest run")


def not_read_back(out: Any, first: Any, last: Any) -> None:
    import json

    try:
        n0 = len(json.loads(first.stdout)["articles"])
        n1 = len(json.loads(last.stdout)["articles"])
    except (ValueError, KeyError):
        return
    if n1 != n0:
        out.add("outcomes", f"a report was read back as an article ({n0} articles, then {n1})")


def app(out: Any, st: Any) -> None:
    if st.hung:
        return
    if st.rc != 0:
        out.add("app", f"exit {st.rc}: {st.stdout[-200:]!r} {st.stderr[-300:]!r}")


def _bar(out: Any, st: Any, base: dict[str, float]) -> float:
    """The model's peak for this command, plus four times the case's extra input, plus the noise allowance."""
    extra_mb = 4 * max(0, out.input_bytes - base.get("_input", 0)) / (1024 * 1024)
    return base.get(st.label, 0) + extra_mb + base["_slack"]


def memory(out: Any, base: dict[str, float]) -> None:
    for st in out.steps:
        bar = _bar(out, st, base)
        if st.peak_mb > bar:
            out.add("memory", f"{st.label}: peak {st.peak_mb:.0f} MB over the bar {bar:.0f} MB")


KINDS = ("tracebacks", "hangs", "injections", "inputs_changed", "memory", "outcomes", "messages", "app")


def summarise(outcomes: list[Any], base: dict[str, float]) -> dict[str, Any]:
    counts = {k: sum(1 for o in outcomes if k in o.problems) for k in KINDS}
    peaks = [(s.peak_mb, o.case, s.label) for o in outcomes for s in o.steps]
    top = max(peaks) if peaks else (0.0, "", "")
    ratio = max((((s.peak_mb - base.get(s.label, 0)) * 1024 * 1024
                  / max(1, o.input_bytes - base.get("_input", 0)), o.case)
                 for o in outcomes for s in o.steps if o.input_bytes - base.get("_input", 0) > 100_000),
                default=None)
    return {
        "cases": len(outcomes), "steps": sum(len(o.steps) for o in outcomes),
        "families": sorted({o.family for o in outcomes}),
        **counts,
        "model_mb": {k: round(v, 1) for k, v in base.items() if not k.startswith("_")},
        "slack_mb": round(base["_slack"], 1), "baseline_input_bytes": int(base["_input"]),
        "peak_mb": round(top[0], 1),
        "memory_within_bar": sum(1 for o in outcomes if "memory" not in o.problems),
        "peak_case": f"{top[1]} ({top[2]})",
        "worst_growth_per_input_byte": [round(ratio[0], 2), ratio[1]] if ratio else None,
        "problems": {o.case: o.problems for o in outcomes if o.problems},
        # every command's peak and bar, so a change can be compared case by case
        "peaks": {o.case: {s.label: [round(s.peak_mb, 1), round(_bar(o, s, base), 1)] for s in o.steps}
                  for o in outcomes},
        "passed": all(counts[k] == 0 for k in KINDS),
    }


def render(summary: dict[str, Any], outcomes: list[Any]) -> str:
    lines = [f"cases: {summary['cases']} ({summary['steps']} runs; families: {', '.join(summary['families'])})"]
    for k in KINDS:
        lines.append(f"{k.replace('_', ' ')}: {summary[k]}")
    lines.append("model footprint (peak on the smallest story): "
                 + ", ".join(f"{k} {v:.0f} MB" for k, v in summary["model_mb"].items())
                 + f"; noise allowance {summary['slack_mb']:.1f} MB")
    lines.append(f"cases within the memory bar: {summary['memory_within_bar']} of {summary['cases']}")
    lines.append(f"highest peak: {summary['peak_mb']:.0f} MB in {summary['peak_case']}")
    if summary["worst_growth_per_input_byte"]:
        r, c = summary["worst_growth_per_input_byte"]
        lines.append(f"largest growth over the model per extra input byte (inputs > 100 kB): {r}x in {c}")
    for case, probs in summary["problems"].items():
        for kind, details in probs.items():
            for d in details[:3]:
                lines.append(f"  {case}: {kind}: {d[:300]}")
    return "\n".join(lines)
