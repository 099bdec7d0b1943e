"""Build a many-topics development feed from AllSides headline roundups.

HLTCHKUST/framing-bias-metric (NeuS, NAACL 2022) carries
`data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl`: 506 AllSides "headline
roundups" of April to October 2021, each one news event told by two or three outlets of
different leanings (headline, outlet, and the first paragraphs of the article). Politics,
health, disasters, courts, foreign affairs: many topics, with many events of one kind (82
coronavirus roundups, 17 House votes, 11 disasters), the shape of a day's feed rather than
one kind of incident. Each roundup is a gold story. Roundups of opinion columns
("Perspectives: ...") are left out, since they are reactions rather than reports of an event.

    git --git-dir GITDIR show HEAD:data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl > RAW
    python3 benchmarks/feed_allsides.py RAW /work/devdata/clus5

writes `allsides_dev` and `allsides_heldout` (split by a hash of the roundup id, so the
halves never share a story), JSON lines and gold, every article dated with its roundup's day.
AllSides gives each day's development of a running story its own roundup, so on these
feeds a merge of two roundups is often right; `--spaced 30` keeps one roundup per topic
tag in any 30 days (`allsides_spaced_*`): events apart, many of one kind. `--mix DIR` also
writes `mixed_*`: the spaced halves shuffled with the "many articles per story" shooting
feeds in DIR (`hl_dev`, `hl_heldout` from `feed_gvc.py --hidden-like`).
The texts stay outside the repository.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from feed_gvc import _write  # noqa: E402


def _records(row: dict) -> list[dict]:
    out = []
    for side in sorted(row.get("news") or {}):
        item = row["news"][side]
        body = [p.strip() for p in item.get("newBody") or [] if p and p.strip()]
        if not body or not item.get("newsTitle"):
            continue
        out.append({"id": f"as{row['id']}-{side}", "title": item["newsTitle"].strip(), "text": "\n\n".join(body),
                    "date": str(row["date"])[:10], "outlet": item.get("newsSource"), "url": item.get("newsLink")})
    return out


def _spaced(rows: list[dict], days: int) -> list[dict]:
    """Rows in date order, leaving out a roundup whose topic a kept one had within `days`
    days: AllSides files each day's development of a running story (a committee set up, then
    its members named) as its own roundup, which is one story in a reader's feed."""
    kept: list[dict] = []
    last: dict[str, datetime.date] = {}
    for row in sorted(rows, key=lambda r: (str(r["date"]), r["id"])):
        day = datetime.date.fromisoformat(str(row["date"])[:10])
        prev = last.get(row.get("topic") or "")
        if prev is not None and (day - prev).days < days:
            continue
        last[row.get("topic") or ""] = day
        kept.append(row)
    return kept


def build(raw: str, out_dir: str, spaced: int = 0, mix: str | None = None, seed: int = 17) -> None:
    halves: dict[str, list[tuple[dict, str]]] = {"dev": [], "heldout": []}
    with open(raw, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = [r for r in rows if not str(r.get("issue", "")).startswith("Perspectives")]
    if spaced:
        rows = _spaced(rows, spaced)
    for row in rows:
        recs = _records(row)
        if len(recs) < 2:
            continue
        story = f"as{row['id']}"
        half = "dev" if int(hashlib.sha1(story.encode()).hexdigest(), 16) % 2 == 0 else "heldout"
        halves[half].extend((rec, story) for rec in recs)
    for half, items in halves.items():
        items.sort(key=lambda it: it[0]["id"])
        random.Random(seed).shuffle(items)
        _write(items, out_dir, f"allsides{'_spaced' if spaced else ''}_{half}")
        if mix:
            _write(_mixed(items, mix, half, seed), out_dir, f"mixed_{half}")


def _mixed(items: list[tuple[dict, str]], feeds: str, half: str, seed: int) -> list[tuple[dict, str]]:
    with open(os.path.join(feeds, f"hl_{half}.gold.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    out = list(items)
    with open(os.path.join(feeds, f"hl_{half}.jsonl"), encoding="utf-8") as fh:
        out.extend((rec, gold[rec["id"]]) for rec in map(json.loads, fh))
    out.sort(key=lambda it: it[0]["id"])
    random.Random(seed).shuffle(out)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("raw", help="the roundups file (JSON lines) taken out of the repository above")
    ap.add_argument("out", help="output folder for the feeds (outside the repository)")
    ap.add_argument("--spaced", type=int, default=0, metavar="DAYS",
                    help="keep one roundup per topic within DAYS days (allsides_spaced_* feeds)")
    ap.add_argument("--mix", metavar="DIR", default=None,
                    help="also write mixed_dev/mixed_heldout with DIR's hl_dev/hl_heldout feeds shuffled in")
    a = ap.parse_args()
    build(a.raw, a.out, a.spaced, a.mix)
