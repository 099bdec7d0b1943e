"""Running `reader analyze --json` as a user would, and checking what it left behind.

Every hostile case goes through a real subprocess, because a traceback, an exit
status or a stray escape sequence on stderr is only visible from outside.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.ingest.load import decode

#: Two short reports of the same event, so that alignment has something to align.
GOOD_A = (
    "Council approves new budget for city schools\n\n"
    "The city council approved a new budget for public schools on Monday after a long debate.\n"
    "Mayor Anna Ruiz said the plan would add 200 teachers by September.\n"
    "Opponents said the spending would raise property taxes by 3 percent.\n"
)
GOOD_B = (
    "Schools get more money as council votes yes\n\n"
    "On Monday the city council voted to approve the new schools budget following hours of debate.\n"
    "Mayor Anna Ruiz promised 200 more teachers in classrooms by September.\n"
    "Critics warned that property taxes would rise by 3 percent under the plan.\n"
)


@dataclass
class Run:
    """The outcome of one `reader analyze` process."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float
    data: dict[str, Any] | None = field(default=None)

    @property
    def stderr_lines(self) -> list[str]:
        return [ln for ln in self.stderr.splitlines() if ln]

    @property
    def warnings(self) -> list[str]:
        return [ln for ln in self.stderr_lines if ln.startswith("reader: warning: ")]

    @property
    def errors(self) -> list[str]:
        return [ln for ln in self.stderr_lines if ln.startswith("reader: error: ")]

    def article(self, name: str) -> dict[str, Any]:
        """The JSON article whose path ends with `name`."""
        assert self.data is not None
        found = [a for a in self.data["articles"] if a["path"].endswith(name)]
        assert len(found) == 1, f"{name}: {[a['path'] for a in self.data['articles']]}"
        return found[0]


def run_reader(*args: str, timeout: float = 120, env: dict[str, str] | None = None) -> Run:
    """`python -m reader analyze ARGS --json --no-cache`, with its own time and peak memory.

    `os.wait4` gives the rusage of this one child (RUSAGE_CHILDREN would give the
    largest of all children so far), so each case reports its own peak.
    """
    full_env = {**os.environ, **(env or {})}
    with tempfile.TemporaryDirectory() as cwd, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        full_env["READER_CACHE_DIR"] = os.path.join(cwd, "cache")
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "reader", "analyze", *args, "--json", "--no-cache"],
                                stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd, env=full_env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                raise AssertionError(f"reader analyze {args} ran over {timeout} s")
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8")  # JSON output must be valid UTF-8
        stderr = err.read().decode("utf-8", errors="replace")
    run = Run(proc.returncode, stdout, stderr, seconds, usage.ru_maxrss / 1024)
    if run.returncode == 0:
        run.data = json.loads(stdout)
    return run


def assert_sane(run: Run) -> None:
    """What holds for every case: no traceback, one-line messages, no raw escapes."""
    assert "Traceback" not in run.stderr, run.stderr
    for line in run.stderr_lines:
        assert line.startswith(("reader: warning: ", "reader: error: ")), line
        assert "\x1b" not in line and "\x07" not in line, repr(line)
    assert "\x1b" not in run.stdout, "raw ESC on stdout"
    if run.returncode != 0:
        assert len(run.errors) == 1, run.stderr
        assert run.returncode == 2, run.returncode


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` (symlinks recorded by target, not followed)."""
    out: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in [*dirnames, *filenames]:
            full = os.path.join(dirpath, name)
            if os.path.islink(full):
                out[full] = "link:" + os.readlink(full)
            elif os.path.isfile(full):
                with open(full, "rb") as fh:
                    out[full] = hashlib.sha256(fh.read()).hexdigest()
            elif not os.path.isdir(full):
                out[full] = "special"
    return out


def assert_offsets_exact(article: dict[str, Any], text: str) -> None:
    """Every sentence and region of `article` points at the right characters of `text`."""
    prev_end = 0
    for s in article["sentences"]:
        assert 0 <= s["start"] <= s["end"] <= len(text)
        assert text[s["start"]:s["end"]] == s["text"], (s, text[s["start"]:s["end"]])
        assert s["start"] >= prev_end, "sentences overlap"
        prev_end = s["end"]
    for kind in ("boilerplate", "front_matter"):
        for r in article[kind]:
            assert 0 <= r["start"] <= r["end"] <= len(text), (kind, r)


def decoded_text(path: Path) -> str:
    """The text a .txt/.md article's offsets refer to, decoded as the loader does."""
    return decode(path.read_bytes(), str(path))[0]


def assert_mentions_exact(data: dict[str, Any], texts: dict[str, str]) -> None:
    """Entity mentions in articles whose text is known point at exactly their words."""
    for ent in data["entities"]:
        for m in ent["mentions"]:
            if m["article"] in texts:
                text = texts[m["article"]]
                assert 0 <= m["start"] <= m["end"] <= len(text)
                assert text[m["start"]:m["end"]] == m["text"], m
