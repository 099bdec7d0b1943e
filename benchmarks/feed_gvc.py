"""Rebuild the gun-violence development feeds from a local copy of cltl/LongTailQATask.

That repository's `EventRegistries/GunViolenceArchive/the_violent_corpus/<incident>/<doc>.json`
files (pickled news items despite the suffix) are articles grouped by the real-world
incident they report: many incidents of one kind (shootings), a few articles each, which
is the hard case for story clustering. This script writes shuffled JSON-lines feeds and a
gold mapping (article id -> incident) for `benchmarks/story_clusters.py`:

    python3 benchmarks/feed_gvc.py /path/to/LongTailQATask-git-dir /work/devdata/feeds

Incidents are split into dev and held-out halves by a hash of their id, so the halves never
share a story. Articles filed under two incidents are dropped (their gold is ambiguous).
The texts stay outside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import pickle
import random
import subprocess
import sys
from urllib.parse import urlparse

PREFIX = "EventRegistries/GunViolenceArchive/the_violent_corpus/"


class _Item:
    """Stands in for the pickled `classes.NewsItem`; only its attributes are read."""


class _SafeUnpickler(pickle.Unpickler):
    """Only the news item class and datetime values may be built: nothing else runs."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("classes", "NewsItem"):
            return _Item
        if module == "datetime" and name in ("date", "datetime"):
            import datetime
            return getattr(datetime, name)
        raise pickle.UnpicklingError(f"refused {module}.{name}")


def _listing(gitdir: str) -> list[tuple[str, str]]:
    out = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", "HEAD", PREFIX],
                         check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        if path.endswith(".json"):
            rows.append((meta.split()[2], path))
    return rows


def _blobs(gitdir: str, shas: list[str]) -> dict[str, bytes]:
    proc = subprocess.run(["git", "--git-dir", gitdir, "cat-file", "--batch"], input="\n".join(shas).encode() + b"\n",
                          check=True, capture_output=True)
    data, pos, out = proc.stdout, 0, {}
    while pos < len(data):
        nl = data.index(b"\n", pos)
        head = data[pos:nl].decode().split()
        if len(head) != 3:  # "<sha> missing": a blob this copy does not hold
            pos = nl + 1
            continue
        size = int(head[2])
        out[head[0]] = data[nl + 1:nl + 1 + size]
        pos = nl + 2 + size
    return out


def _record(raw: bytes, doc_id: str) -> dict | None:
    try:
        item = _SafeUnpickler(io.BytesIO(raw)).load()
    except Exception:
        return None
    text = getattr(item, "content", None)
    if not isinstance(text, str) or len(text.split()) < 40:
        return None
    url = getattr(item, "uri", "") or ""
    original = url.split("/", 5)[-1] if "web.archive.org" in url else url
    dct = getattr(item, "dct", None)
    return {"id": doc_id, "title": getattr(item, "title", None), "text": text,
            "date": dct.isoformat() if dct is not None else None,
            "outlet": urlparse(original).netloc.removeprefix("www.") or None, "url": original}


def build(gitdir: str, out_dir: str, seed: int = 17) -> None:
    rows = _listing(gitdir)
    blobs = _blobs(gitdir, sorted({sha for sha, _ in rows}))
    by_doc: dict[str, list[str]] = {}
    for _, path in rows:
        incident, name = path[len(PREFIX):].split("/")
        by_doc.setdefault(name[:-5], []).append(incident)
    halves: dict[str, list[tuple[dict, str]]] = {"dev": [], "heldout": []}
    for sha, path in rows:
        incident, name = path[len(PREFIX):].split("/")
        doc_id = name[:-5]
        if len(by_doc[doc_id]) > 1:
            continue
        rec = _record(blobs[sha], doc_id) if sha in blobs else None
        if rec is None:
            continue
        half = "dev" if int(hashlib.sha1(incident.encode()).hexdigest(), 16) % 2 == 0 else "heldout"
        halves[half].append((rec, incident))
    os.makedirs(out_dir, exist_ok=True)
    for half, items in halves.items():
        items.sort(key=lambda it: it[0]["id"])
        random.Random(seed).shuffle(items)
        with open(os.path.join(out_dir, f"gvc_{half}.jsonl"), "w", encoding="utf-8") as fh:
            for rec, _ in items:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        gold = {rec["id"]: incident for rec, incident in items}
        with open(os.path.join(out_dir, f"gvc_{half}.gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, indent=0, sort_keys=True)
        print(f"gvc_{half}: {len(items)} articles, {len(set(gold.values()))} incidents", file=sys.stderr)
        _story_folders(items, os.path.join(out_dir, f"gvc_{half}_stories"))


def _story_folders(items: list[tuple[dict, str]], root: str, min_size: int = 3) -> None:
    """The incidents with at least `min_size` articles as a folder of story folders (one
    JSON file per article), the form in which other story sets can be mixed in."""
    sizes: dict[str, int] = {}
    for _, incident in items:
        sizes[incident] = sizes.get(incident, 0) + 1
    for rec, incident in items:
        if sizes[incident] >= min_size:
            os.makedirs(os.path.join(root, incident), exist_ok=True)
            with open(os.path.join(root, incident, rec["id"] + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gitdir", help="git directory of cltl/LongTailQATask (bare is fine)")
    ap.add_argument("out", help="output folder for the feeds (outside the repository)")
    a = ap.parse_args()
    build(a.gitdir, a.out)
