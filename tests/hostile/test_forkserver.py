"""The runner measures each command in a child of a small server, so a child's
peak is the command's own, not the runner's heap at the time."""

from __future__ import annotations

from pathlib import Path

from .forkserver import ForkServer


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_a_child_is_not_charged_for_what_the_runner_grew_afterwards(tmp_path: Path) -> None:
    server = ForkServer()
    try:
        ballast = bytearray(b"x" * (300 << 20))  # the runner's heap after many cases
        grown = _rss_mb()
        rc, _seconds, peak_mb, hung = server.run(["--version"], tmp_path, {}, limit=60)
        assert not hung and rc in (0, 99)  # argparse ends --version with SystemExit
        assert 5 < peak_mb < grown - 250, (peak_mb, grown)
        del ballast
    finally:
        server.close()
