"""Files `reader` writes: never over its input, never half-written, never read back.

* `check_output` refuses (one line, before any analysis) an output path that is
  one of the input files (by name, symlink or hard link) or lies inside a
  folder being read, unless forced; a folder or a special file is refused
  always.
* `write_atomic` writes to a temporary file in the same folder and renames it
  over the target, so an interrupted run leaves the old file or the new one,
  never a torn one.
* Reports carry a marker (`MD_MARKER` on their first line, `HTML_MARKER` in
  their head; defined in `reader.ingest.own_reports`) that the loader
  recognises, so a report saved next to its articles is skipped with a note instead of joining the story.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Sequence

from reader.errors import ReaderError
from reader.ingest.load import collect_paths
from reader.ingest.own_reports import HTML_MARKER, MARKER_WINDOW, MD_MARKER, is_own_report
from reader.ingest.sources import is_url

__all__ = ["HTML_MARKER", "MD_MARKER", "check_output", "is_own_report", "write_atomic"]


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output(output: str, inputs: Sequence[str], *, force: bool = False) -> None:
    """ReaderError when writing `output` would clobber or join what is read."""
    if os.path.isdir(output):
        raise ReaderError(f"cannot write the report to {output}: it is a folder; give a file name")
    try:
        st = os.stat(output)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise ReaderError(f"cannot write the report to {output}: not a regular file")
    inputs = [p for p in inputs if not is_url(p)]  # a fetched page is never overwritten
    real_out = os.path.realpath(output)
    if st is not None:
        _not_an_input_file(output, st, inputs)
    for p in inputs:
        real_in = os.path.realpath(p)
        if real_out == real_in or _same_file(output, p):
            raise ReaderError(f"refusing to write the report over an input: {output} is {p} "
                              "(choose another file)")
        if not (os.path.isdir(p) and _inside(os.path.dirname(real_out), real_in)):
            continue
        if st is not None and not _is_report_file(output):
            raise ReaderError(f"refusing to write the report over {output}, a file in {p}, a folder being read "
                              "(choose another file)")
        if not force:
            raise ReaderError(f"refusing to write the report into {p}, a folder being read "
                              "(use --force to write it there anyway)")


def _not_an_input_file(output: str, st: os.stat_result, inputs: Sequence[str]) -> None:
    """ReaderError when the existing `output` is one of the files the inputs would load
    (under any name: a hard link outside the folder is still the article)."""
    files, _ = collect_paths(inputs)
    for f in files:
        try:
            other = os.stat(f)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino) and not _is_report_file(f):
            raise ReaderError(f"refusing to write the report over an input: {output} is {f} "
                              "(choose another file)")


def _is_report_file(path: str) -> bool:
    """Whether the existing file at `path` is a report `reader` wrote (so it may be replaced)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        head = os.read(fd, MARKER_WINDOW)
    except OSError:
        return False
    finally:
        os.close(fd)
    return is_own_report(head.decode("utf-8", "replace"))


def write_atomic(path: str, data: bytes) -> None:
    """Write `data` to `path` through a temporary file and a rename; ReaderError on failure."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".reader-tmp-")
    except OSError as exc:
        raise ReaderError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as open() would have made it, not mkstemp's 0600
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise ReaderError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
