"""Fixtures for the hostile-input suite: case folders built under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import GOOD_A, GOOD_B


@pytest.fixture
def good_pair(tmp_path: Path) -> Path:
    """A folder holding two well-formed articles on one story."""
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "good_a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "good_b.txt").write_text(GOOD_B, encoding="utf-8")
    return folder
