"""Output-path collisions as corpus cases: a report aimed at an input (by name,
symlink or hard link), into a folder being read, at a folder or a FIFO, and a
story that already holds a report `reader` wrote."""

from __future__ import annotations

import os
from pathlib import Path

from .corpus import Case


def _same_name_link(story: Path) -> None:
    os.symlink(story / "good_a.txt", story.parent / "alias.txt")


def _hard_link(story: Path) -> None:
    os.link(story / "good_a.txt", story.parent / "hard.txt")


def _prior_report(story: Path) -> None:
    (story / "old_report.md").write_text("<!-- written by reader report: not an article -->\n\n# Comparison "
                                         "report\n\n- **good\\_a**: The city council approved a new budget.\n",
                                         encoding="utf-8")


def _fifo_out(story: Path) -> None:
    os.mkfifo(story.parent / "out.md")


def output_cases() -> list[Case]:
    c = "output"
    return [
        Case("out-over-input", c, lambda s: None, report_out="story/good_a.txt", expect_refused=True),
        Case("out-over-input-forced", c, lambda s: None, report_out="story/good_a.txt", report_args=("--force",),
             expect_refused=True),
        Case("out-into-read-folder", c, lambda s: None, report_out="story/report.md", expect_refused=True),
        Case("out-into-read-folder-forced", c, lambda s: None, report_out="story/report.md",
             report_args=("--force",), extra={"reanalyze": True}),
        Case("out-into-subfolder", c, lambda s: (s / "sub").mkdir(), report_out="story/sub/r.html",
             expect_refused=True),
        Case("out-symlink-to-input", c, _same_name_link, report_out="alias.txt", expect_refused=True),
        Case("out-hardlink-to-input", c, _hard_link, report_out="hard.txt", expect_refused=True),
        Case("out-is-folder", c, lambda s: None, report_out="story", expect_refused=True),
        Case("out-is-fifo", c, _fifo_out, report_out="out.md", expect_refused=True),
        Case("out-missing-folder", c, lambda s: None, report_out="no/such/dir/r.md", expect_refused=True),
        Case("out-escape-name", c, lambda s: None, report_out="r\x1b[2J\x07.md"),
        Case("out-prior-report-in-folder", c, _prior_report, report_out="story/old_report.md",
             report_args=("--force",), extra={"reanalyze": True}),
        Case("out-report-read-back", c, _prior_report, extra={"reanalyze": True}),
    ]
