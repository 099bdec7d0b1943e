"""The frozen UI fixtures are what today's pipeline makes of the same input.

The UI tests and snapshots load `tests/data/ui/*.json` so they need no spaCy;
this test runs the pipeline on the fixture's input (the sample corpus) and
fails when the frozen analyses have drifted from it, so the snapshots always
show the facts the app draws today. The analysis cache (keyed by the code's
version, the model and the texts) keeps reruns fast. Refreeze with
`python tests/data/ui/make_fixtures.py`.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from reader.schema import analysis_to_dict

from .snapshot_app import DATA


def _make_fixtures():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh():  # type: ignore[no-untyped-def]
    """Today's analysis of the fixture's input, and the module that freezes it."""
    pytest.importorskip("spacy")
    make = _make_fixtures()
    from reader.ingest.load import load_paths
    from reader.pipeline import analyze_documents

    docs = load_paths([str(make.ROOT / "sample_corpus")]).documents
    return make, make.portable(analyze_documents(docs, use_cache=True))


def _frozen(name: str) -> dict[str, object]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def test_sample_fixture_is_todays_analysis(fresh) -> None:  # type: ignore[no-untyped-def]
    _make, analysis = fresh
    frozen = _frozen("sample_analysis.json")
    now = json.loads(json.dumps(analysis_to_dict(analysis, include_text=True), ensure_ascii=False))
    assert len(frozen["facts"]) == len(now["facts"]), "refreeze: python tests/data/ui/make_fixtures.py"  # type: ignore[arg-type]
    assert frozen == now, "the UI fixture drifted from the pipeline: python tests/data/ui/make_fixtures.py"


def test_ten_fixture_is_todays_analysis_widened(fresh) -> None:  # type: ignore[no-untyped-def]
    make, analysis = fresh
    now = json.loads(json.dumps(analysis_to_dict(make.widen(analysis, 5), include_text=True), ensure_ascii=False))
    assert _frozen("ten_analysis.json") == now, "the UI fixture drifted: python tests/data/ui/make_fixtures.py"
