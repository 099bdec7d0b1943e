"""A relaunch on unchanged articles starts with the cached analysis: no worker, no spaCy."""

from __future__ import annotations

from reader.cache import Cache, analysis_key
from reader.ingest.load import LoadResult
from reader.ui import app as app_module

from .snapshot_app import documents_of


def test_run_app_uses_a_cached_analysis(sample, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    docs = documents_of(sample)
    seen: dict[str, object] = {}

    def fake_run(self) -> None:  # the app is not started; what it was given is checked
        seen["analysis"], seen["analyze"] = self._analysis, self._analyze

    monkeypatch.setattr(app_module.ReaderApp, "run", fake_run)
    app_module.run_app(LoadResult(docs, ()))
    assert seen["analysis"] is None and seen["analyze"] is not None  # a miss: the worker analyses

    Cache().put_analysis(analysis_key(docs, None), sample)
    app_module.run_app(LoadResult(docs, ()))
    assert seen["analysis"] == sample and seen["analyze"] is None
    app_module.run_app(LoadResult(docs, ()), use_cache=False)
    assert seen["analysis"] is None
