"""Analyse several stories in one process (the spaCy model loads once).

    python3 -m tests.storyset.batch OUTDIR STORY_FOLDER...

Each story goes through the command-line entry point exactly as
`python3 -m reader analyze FILES --json --no-cache` would, its output written
to OUTDIR/<story>.json; a story that fails leaves no file.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path


def run(out_dir: Path, folders: list[Path]) -> int:
    from reader.cli import main

    from .score import story_files

    failed = 0
    for folder in folders:
        paths = [str(folder / f) for f in story_files(folder)]
        target = out_dir / f"{folder.name}.json"
        raw = io.BytesIO()
        wrapper = io.TextIOWrapper(raw, encoding="utf-8")
        saved, sys.stdout = sys.stdout, wrapper
        try:
            rc = main(["analyze", *paths, "--json", "--no-cache"])
            wrapper.flush()
        except Exception:  # noqa: BLE001 - one broken story must not stop the others
            rc = 1
        finally:
            sys.stdout = saved
        data = raw.getvalue()
        wrapper.detach()  # dropping the wrapper must not close the buffer read above
        if rc == 0 and data:
            target.write_bytes(data)
        else:
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(run(Path(sys.argv[1]), [Path(a) for a in sys.argv[2:]]))
