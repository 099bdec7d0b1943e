"""Forged and broken cache entries, made after an honest run filled the cache.

Most forgeries keep a correct header (key, size, SHA-256): only someone with
write access to the cache folder can make them, and they test what the cache
checks beyond the checksum.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reader.cache import Cache


def _entry(cache: Path, kind: str) -> Path:
    return sorted((cache / kind).glob("*/*"), key=lambda p: p.name)[0]


def _payload(path: Path) -> bytes:
    raw = path.read_bytes()
    return raw[raw.index(b"\n", len(b"reader-cache 1\n")) + 1:]


def _rewrite(cache: Path, kind: str, data: object) -> None:
    """Replace the `kind` entry's payload, with a correct header."""
    path = _entry(cache, kind)
    payload = data if isinstance(data, bytes) else json.dumps(data).encode()
    Cache(cache).write(kind, path.name, payload)


def _edit(cache: Path, kind: str, change) -> None:
    data = json.loads(_payload(_entry(cache, kind)))
    change(data)
    _rewrite(cache, kind, data)


def _shift(data: dict) -> None:
    s = data["articles"][0]["sentences"][-1]
    s["start"] += 3
    s["end"] += 50_000


def _other_texts(data: dict) -> None:
    for a in data["articles"]:
        a["text"] = a["text"].replace("council", "c0uncil")
        for s in a["sentences"]:
            s["text"] = s["text"].replace("council", "c0uncil")
    for e in data["entities"]:
        for m in e["mentions"]:
            m["text"] = m["text"].replace("council", "c0uncil")


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def forge(kind: str, cache: Path, story: Path) -> None:
    """Damage the cache under `cache` in the way `kind` names."""
    if kind in ("fifo", "devzero"):
        path = _entry(cache, "analysis")
        path.unlink()
        os.mkfifo(path) if kind == "fifo" else os.symlink("/dev/zero", path)
    elif kind == "deep":
        _rewrite(cache, "analysis", b'{"version": 1, "articles": ' + b"[" * 300_000 + b"]" * 300_000 + b"}")
    elif kind == "shifted":
        _edit(cache, "analysis", _shift)
    elif kind == "wrong_ref":
        _edit(cache, "analysis", lambda d: d["facts"] and d["facts"][0]["sentences"].append("a7.s99"))
    elif kind == "empty_analysis":
        _rewrite(cache, "analysis", {})
    elif kind == "list_analysis":
        _rewrite(cache, "analysis", [])
    elif kind == "empty_insights":
        _rewrite(cache, "insights", {})
    elif kind == "insights_offsets":
        _edit(cache, "insights", lambda d: d["quotes"].append(
            {"id": "q99", "article": "a0", "start": 10**7, "end": 10**7 + 5, "text": "x", "sentences": []}))
    elif kind == "truncated":
        path = _entry(cache, "analysis")
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif kind == "wrong_key":
        path = _entry(cache, "analysis")
        raw = path.read_bytes()
        path.write_bytes(raw.replace(path.name.encode(), b"0" * len(path.name), 1))
    elif kind == "other_texts":
        _edit(cache, "analysis", _other_texts)
    elif kind == "stale_tmp":
        shard = _entry(cache, "analysis").parent
        (shard / f".tmp-{_dead_pid()}-left").write_bytes(b"half an entry")
        _entry(cache, "insights").unlink()  # so the next run writes, and sweeps
    else:
        raise ValueError(kind)
