"""What the cache checks before it trusts an entry.

A cache is only a cache: anything odd in it means "recompute", never a hang, a
crash or a wrong answer. Entries are read only when they are regular files
(opened without following a symlink and without blocking, then checked on the
descriptor), no bigger than `MAX_ENTRY_BYTES`, JSON no deeper than
`MAX_JSON_DEPTH`, of the expected shape, and with every offset inside its
article's text and pointing at the text it claims. A rejected entry is noted
once per run (`take_notes`) and recomputed; temporary files left by a writer
that died are swept (`sweep_stale`).
"""

from __future__ import annotations

import json
import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.heap import read_sized

#: An analysis of 5,000 articles with their texts is about 150 MB of JSON.
MAX_ENTRY_BYTES = 512 * 1024 * 1024
#: The analysis and insights documents nest at most 6 levels.
MAX_JSON_DEPTH = 12
#: A temporary entry older than this is a leftover, whoever wrote it.
STALE_SECONDS = 3600.0
TMP_PREFIX = ".tmp-"

_notes: dict[str, str] = {}


def note(kind: str, why: str) -> None:
    """Record that a `kind` entry was rejected; the first reason per kind is kept."""
    _notes.setdefault(kind, f"ignored a damaged {kind} cache entry ({why}); recomputed")


def take_notes() -> list[str]:
    """The notes recorded since the last call, each kind once, in a fixed order."""
    out = [_notes[k] for k in sorted(_notes)]
    _notes.clear()
    return out


class Rejected(ValueError):
    """An entry that must not be trusted; the message says why."""


def read_regular(path: Path, limit: int = MAX_ENTRY_BYTES) -> bytes | None:
    """The bytes of the regular file at `path`, None when it is missing.

    Raises Rejected for a symlink, a FIFO, a device or a file over `limit`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:  # ELOOP: a symlink; EACCES; ENXIO: a FIFO or socket with no writer
        raise Rejected(f"cannot be opened as a regular file: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise Rejected("not a regular file")
        if st.st_size > limit:
            raise Rejected(f"{st.st_size:,} bytes is over the {limit:,}-byte limit")
        try:
            data = read_sized(fh, st.st_size, limit)
        except OSError as exc:
            raise Rejected(exc.strerror or str(exc)) from exc
    if data is None or len(data) > limit:
        raise Rejected("unreadable or grew while read")
    return data


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def check_depth(payload: bytes, limit: int = MAX_JSON_DEPTH) -> None:
    """Rejected when the JSON in `payload` nests deeper than `limit`.

    Strings are removed, then innermost empty pairs peeled `limit` times: linear
    in the size, with no recursion whatever the input."""
    skeleton = _skeleton(payload)
    for _ in range(limit):
        if not skeleton:
            return
        peeled = skeleton.replace(b"[]", b"").replace(b"{}", b"")
        if peeled == skeleton:
            raise Rejected("unbalanced JSON")
        skeleton = peeled
    if skeleton:
        raise Rejected(f"JSON nested deeper than {limit} levels")


def _skeleton(payload: bytes) -> bytes:
    """The brackets of `payload` outside its strings, gathered between one string
    and the next: `re.sub` over the whole payload held every piece between two
    strings as its own bytes object at once (17 MB for a 1.8 MB entry)."""
    out = bytearray()
    at = 0
    for m in _JSON_STRING.finditer(payload):
        out += payload[at:m.start()].translate(None, _NOT_BRACKET)
        at = m.end()
    out += payload[at:].translate(None, _NOT_BRACKET)
    return bytes(out)


def load_json(payload: bytes) -> Any:
    """Decoded JSON of a depth-checked payload; Rejected otherwise."""
    return parse_json(json_text(payload))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: What escaping would change: a lone surrogate (two escaped in a row decode as one character),
#: and a backslash before a non-ASCII character (not JSON; escaped, it would be).
_UNESCAPABLE = re.compile("[\ud800-\udfff]|\\\\(?=[^\x00-\x7f])")


def _escaped(m: re.Match[str]) -> str:
    """A non-ASCII character as a JSON escape (two for one beyond the BMP)."""
    c = ord(m.group())
    if c < 0x10000:
        return f"\\u{c:04x}"
    c -= 0x10000
    return f"\\u{0xd800 + (c >> 10):04x}\\u{0xdc00 + (c & 0x3ff):04x}"


def json_text(payload: bytes) -> str:
    """JSON text of a depth-checked payload (Rejected otherwise), for `parse_json`: a
    caller that drops the payload before parsing holds one copy of it, not two.

    Every non-ASCII character becomes its JSON escape, decoded 64 kB at a time: one
    character beyond Latin-1 (a line separator) made the whole text two bytes a character
    while it was parsed. Outside a string such a character is not JSON, and neither is its
    escape; inside one, the escape decodes to the same character. A text that escaping
    would change (`_UNESCAPABLE`) is decoded as it is."""
    check_depth(payload)
    if payload.isascii():
        return payload.decode("ascii")
    out = bytearray()
    at, size = 0, len(payload)
    while at < size:
        end = min(size, at + (1 << 16))
        while at < end < size and payload[end] & 0xC0 == 0x80:
            end -= 1  # not inside a character's bytes
        if end == at:
            end = min(size, at + (1 << 16))
        try:
            piece = payload[at:end].decode("utf-8", "surrogatepass")
        except UnicodeDecodeError as exc:
            raise Rejected("not valid JSON") from exc
        if _UNESCAPABLE.search(piece) or (out.endswith(b"\\") and not piece[:1].isascii()):
            return payload.decode("utf-8", "surrogatepass")  # the whole text as it is: rare
        out += _NON_ASCII.sub(_escaped, piece).encode("ascii")
        at = end
    return out.decode("ascii")


def parse_json(text: str, object_hook: Callable[[dict[str, Any]], Any] | None = None) -> Any:
    """`json.loads(text)`; Rejected when it is not JSON."""
    try:
        return json.loads(text, object_hook=object_hook)
    except (ValueError, RecursionError) as exc:
        raise Rejected("not valid JSON") from exc


def sweep_stale(root: Path, now: float | None = None) -> int:
    """Remove temporary entries whose writer is gone or that are older than
    `STALE_SECONDS`; returns how many. Errors are ignored: sweeping is a courtesy."""
    now = time.time() if now is None else now
    removed = 0
    try:
        kinds = [d for d in root.iterdir() if d.is_dir() and not d.is_symlink()]
    except OSError:
        return 0
    for kind in kinds:
        try:
            shards = [d for d in kind.iterdir() if d.is_dir() and not d.is_symlink()]
        except OSError:
            continue
        for shard in shards:
            removed += _sweep_folder(shard, now)
    return removed


def _sweep_folder(folder: Path, now: float) -> int:
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for e in entries:
        if not e.name.startswith(TMP_PREFIX):
            continue
        try:
            age = now - e.stat(follow_symlinks=False).st_mtime
            if age > STALE_SECONDS or not _writer_alive(e.name):
                os.unlink(e.path)
                removed += 1
        except OSError:
            continue
    return removed


def _writer_alive(name: str) -> bool:
    """Whether the process named in a temporary file ("<prefix><pid>-...") still runs.
    A name without a pid (an older writer) counts as alive: only age removes it."""
    pid_text = name[len(TMP_PREFIX):].split("-", 1)[0]
    if not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True
