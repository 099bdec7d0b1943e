"""Shared fixtures: the sample corpus analysed once per test session.

spaCy takes a few seconds to load, so every core test that needs a real
analysis shares one; UI tests use frozen analyses and never load spaCy.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_corpus"
DATA = Path(__file__).resolve().parent / "data"

# Keep the user's cache out of tests.
os.environ.setdefault("READER_CACHE_DIR", str(ROOT / ".pytest_cache" / "reader-cache"))


@pytest.fixture(scope="session")
def sample_analysis():
    from reader.pipeline import analyze_paths

    return analyze_paths([str(SAMPLE)], use_cache=False)


@pytest.fixture(scope="session")
def sample_json(sample_analysis):
    from reader.schema import analysis_to_dict

    return analysis_to_dict(sample_analysis)
