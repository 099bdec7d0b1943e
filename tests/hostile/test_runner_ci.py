"""CI runs the hostile corpus runner on its subset (every family, about 40 cases)
and holds it to the bars of issue 16; `python3 -m tests.hostile.runner` runs all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .corpus import all_cases

ROOT = Path(__file__).resolve().parents[2]


def test_corpus_is_generated_with_every_family() -> None:
    cases = all_cases()
    families = {c.family for c in cases}
    assert len(cases) >= 250
    assert families >= {"escapes", "markup", "bidi", "size", "separators", "nesting", "encodings", "special",
                        "symlinks", "permissions", "cache", "output", "messy"}
    assert {c.family for c in cases if c.ci} == families  # the CI subset touches every family


def test_ci_subset_meets_the_bars(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "tests.hostile.runner", "--ci", "--json", str(out),
                           "--app-families", "escapes,markup", "--baseline-runs", "2"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    print(proc.stdout)
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["cases"] == sum(c.ci for c in all_cases())
    for bar in ("tracebacks", "hangs", "injections", "inputs_changed", "memory", "outcomes", "messages", "app"):
        assert figures[bar] == 0, (bar, proc.stdout[-3000:])
    assert proc.returncode == 0, proc.stderr[-2000:]
