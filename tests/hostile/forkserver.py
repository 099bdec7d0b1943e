"""Where the runner's measured commands are forked from: a small, clean process.

A forked child starts with its parent's pages, and `ru_maxrss` counts them.
The runner's own heap grows as it builds cases, hashes files and keeps what
it saw; every child forked from it would be charged for that growth. So the
runner forks this server once, right after the model is loaded and before
the first case, and every measured command is forked from the server. The
server does nothing but read a small request, fork, `wait4`, and answer with
four numbers: its heap stays what it was when the model was loaded, and a
child's peak is the command's own (the model's footprint included, the
runner's history not). The baseline ("the model") is measured the same way.
"""

from __future__ import annotations

import os
import pickle
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: A child that allocates more than this is stopped (MemoryError, counted as a traceback).
ADDRESS_LIMIT = 12 << 30
NOBODY = 65534


def fork_and_wait(argv: list[str], workdir: Path, env: dict[str, str], *, limit: float,
                  as_nobody: bool = False, target: Callable[[], int] | None = None
                  ) -> tuple[int, float, float, bool]:
    """`reader.cli.main(argv)` (or `target()`) in a forked child, stdout/stderr to
    files in `workdir`: (exit code, seconds, peak MB from `wait4`, hung)."""
    for name in ("stdout", "stderr"):
        (workdir / name).unlink(missing_ok=True)  # a child without root's rights could not truncate them
    sys.stdout.flush()
    sys.stderr.flush()
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child never returns
        _child(argv, workdir, env, as_nobody, target)
    hung = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.perf_counter() - start > limit:
            os.kill(pid, 9)
            _, status, usage = os.wait4(pid, 0)
            hung = True
            break
        time.sleep(0.01)
    return os.waitstatus_to_exitcode(status), time.perf_counter() - start, usage.ru_maxrss / 1024, hung


def _child(argv: list[str], workdir: Path, env: dict[str, str], as_nobody: bool,
           target: Callable[[], int] | None) -> None:
    rc: Any = 99
    try:
        for fd, name in ((1, "stdout"), (2, "stderr")):
            new = os.open(workdir / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
            os.dup2(new, fd)
            os.close(new)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
        os.environ.update(env)
        if as_nobody and os.geteuid() == 0:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
        if target is not None:
            rc = target()
        else:
            from reader.cli import main

            rc = main(argv)
    except BaseException:  # noqa: BLE001 - reported as a traceback by the parent
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(rc if isinstance(rc, int) else 98)


class ForkServer:
    """The clean parent: started once, asked for one measured command at a time."""

    def __init__(self) -> None:
        req_r, req_w = os.pipe()
        resp_r, resp_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.close(req_w)
            os.close(resp_r)
            _serve(req_r, resp_w)  # never returns
        os.close(req_r)
        os.close(resp_w)
        self.pid = pid
        self._req = os.fdopen(req_w, "wb")
        self._resp = os.fdopen(resp_r, "rb")

    def run(self, argv: list[str], workdir: Path, env: dict[str, str], *, limit: float,
            as_nobody: bool = False, app_story: Path | None = None) -> tuple[int, float, float, bool]:
        """`fork_and_wait` in the server; `app_story` runs the app smoke drive instead of the CLI."""
        request = (argv, str(workdir), env, limit, as_nobody, str(app_story) if app_story else None)
        pickle.dump(request, self._req)
        self._req.flush()
        result: tuple[int, float, float, bool] = pickle.load(self._resp)
        return result

    def close(self) -> None:
        self._req.close()
        self._resp.close()
        os.waitpid(self.pid, 0)


def _serve(req_fd: int, resp_fd: int) -> None:
    """The server's loop: until the runner closes the pipe, one request, one answer."""
    code = 0
    try:
        from .app_smoke import app_step

        with os.fdopen(req_fd, "rb") as req, os.fdopen(resp_fd, "wb") as resp:
            while True:
                try:
                    argv, workdir, env, limit, as_nobody, app_story = pickle.load(req)
                except EOFError:
                    break
                work = Path(workdir)
                target = (lambda s=Path(app_story), w=work: app_step(s, w)) if app_story else None
                pickle.dump(fork_and_wait(argv, work, env, limit=limit, as_nobody=as_nobody, target=target), resp)
                resp.flush()
    except BaseException:  # noqa: BLE001 - the runner sees the pipe close
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        os._exit(code)
