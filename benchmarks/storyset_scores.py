"""Scores of `reader analyze --json` on the story set (tests/data/stories/), one table.

    python3 benchmarks/storyset_scores.py              # analyse every story, then score
    python3 benchmarks/storyset_scores.py --save DIR   # also keep each analysis as DIR/<story>.json
    python3 benchmarks/storyset_scores.py --load DIR   # score analyses saved earlier

The issue-12 and issue-13 bars are in the last column; see tests/data/stories/README.md
for what each measure counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.storyset import score  # noqa: E402

COLUMNS = [  # (metric, header, bar)
    ("fact_f1", "pair F1", ">= 0.88"), ("fact_p", "pair P", ""), ("fact_r", "pair R", ""),
    ("fact_f1_body", "F1 body", ""), ("conflicts_found", "conflicts", ">= 0.9"),
    ("traps_flagged", "traps", "<= 0.05"), ("omit_wrong", "omit wrong", "<= 0.05"),
    ("unique_wrong", "uniq wrong", "<= 0.10"), ("outlets_right", "outlets", ">= 0.95"),
    ("quotes_found", "quotes", ">= 0.9"), ("speakers_right", "speakers", ">= 0.9"),
]


def table(per_story: dict[str, dict[str, int]]) -> str:
    rows = [(name, score.metrics(c), c) for name, c in per_story.items()]
    pooled = score.pool(per_story)
    rows.append(("ALL (pooled)", score.metrics(pooled), pooled))
    width = max(len(r[0]) for r in rows) + 1
    head = "story".ljust(width) + " ".join(h.rjust(10) for _, h, _ in COLUMNS)
    lines = [head, "-" * len(head)]
    for name, m, _ in rows:
        lines.append(name.ljust(width) + " ".join(f"{m[k]:10.3f}" for k, _, _ in COLUMNS))
    lines.append("bar".ljust(width) + " ".join(b.rjust(10) for _, _, b in COLUMNS))
    c = pooled
    lines.append("")
    lines.append(f"counts: pairs tp/sys/gold {c['pairs_tp']}/{c['pairs_sys']}/{c['pairs_gold']} "
                 f"(body only {c['pairs_tp_body']}/{c['pairs_sys_body']}/{c['pairs_gold_body']}); "
                 f"conflicts {c['found']}/{c['conflicts']}; traps flagged {c['flagged']}/{c['traps']}; "
                 f"system conflicts matching no gold conflict {c['sys_conflicts_unmatched']}/{c['sys_conflicts']}; "
                 f"leaves-out wrong {c['omit_wrong']}/{c['omit_claims']} ({c['omit_unjudged']} unjudged); "
                 f"only-this-outlet wrong {c['unique_wrong']}/{c['unique_claims']} "
                 f"(gold unique found {c['unique_found']}/{c['unique_gold']}); "
                 f"outlets {c['outlets_right']}/{c['outlets']}; quotes {c['quotes_found']}/{c['quotes']}, "
                 f"speakers right {c['speakers_right']}; stories analysed {c['analyzed']}/{len(per_story)}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    folders = score.story_folders()
    if args.load:
        analyses = {}
        for f in folders:
            p = args.load / f"{f.name}.json"
            analyses[f.name] = json.loads(p.read_text(encoding="utf-8")) if p.is_file() else {}
    else:
        analyses = score.analyze_all(folders, jobs=args.jobs)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for name, an in analyses.items():
            (args.save / f"{name}.json").write_text(json.dumps(an), encoding="utf-8")
    print(table(score.score_all(analyses, folders)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
