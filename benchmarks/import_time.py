"""What the launch path imports, and what it costs (python -X importtime).

    python benchmarks/import_time.py

Measures, in fresh interpreters, the imports of `reader.cli` and of
`reader.ui.app` (the UI path), prints the slowest modules with their
cumulative time, and fails if anything heavy (spaCy, trafilatura) is imported
there: those belong behind the first paint.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "trafilatura", "thinc", "torch")
TARGETS = ("reader.cli", "reader.ui.app")


def measure(module: str) -> tuple[float, list[tuple[int, int, str]]]:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                         capture_output=True, text=True, check=True).stderr
    rows = []
    for line in out.splitlines():
        if not line.startswith("import time:") or "|" not in line or "self [us]" in line:
            continue
        _, self_us, cum_us, name = [p.strip() for p in line.replace("import time:", "").split("|", 2)[0:1]
                                    + line.split("|")]
        rows.append((int(self_us.split(":")[-1]), int(cum_us), name.strip()))
    total = max((c for _, c, n in rows if n == module), default=0) / 1e6
    return total, rows


def main() -> int:
    ok = True
    for module in TARGETS:
        try:
            total, rows = measure(module)
        except subprocess.CalledProcessError as exc:
            print(f"{module}: not importable ({exc.stderr.strip().splitlines()[-1]})")
            continue
        names = {n for _, _, n in rows}
        heavy = sorted(n for n in names if n.split(".")[0] in HEAVY)
        print(f"{module}: {total * 1000:.0f} ms cumulative, {len(rows)} modules")
        for _self, cum, name in sorted(rows, key=lambda r: -r[1])[:8]:
            print(f"  {cum / 1000:7.1f} ms  {name}")
        if heavy:
            ok = False
            print(f"  HEAVY on the launch path: {', '.join(heavy[:5])}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
