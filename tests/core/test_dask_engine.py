"""The Dask engine: a two-worker LocalCluster gives byte for byte the single-process output."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.errors import ReaderError
from reader.ingest.load import load_paths
from reader.output.json import analysis_json
from reader.pipeline import analyze_documents
from reader.stories import cluster_stories, stories_to_dict

from .test_stories import ARTICLES

ROOT = Path(__file__).resolve().parents[2]
HAVE_DASK = importlib.util.find_spec("distributed") is not None
needs_dask = pytest.mark.skipif(not HAVE_DASK, reason="dask is an optional extra: pip install -e '.[dask]'")


@pytest.fixture(scope="module")
def engine():
    from reader.engine.dask_engine import DaskEngine

    # two small worker processes, as a real cluster has: every argument and result crosses a process boundary
    eng = DaskEngine(workers=2)
    yield eng
    eng.close()


@pytest.fixture()
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    rows = [json.dumps({"id": key, "outlet": outlet, "date": date, "title": title, "text": text})
            for key, outlet, date, title, text in ARTICLES]
    rows.insert(3, "{not json")  # a bad line: the same warning on both engines
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def _analysis(paths: list[str], engine) -> tuple[str, tuple[str, ...]]:
    loaded = load_paths(paths, engine=engine)
    an = analyze_documents(loaded.documents, use_cache=False, engine=engine)
    return _dump(analysis_json(an, use_cache=False)), loaded.warnings


def _ran_on_workers(engine, run) -> tuple[object, dict[str, set[str]]]:
    """`run()`'s result, and the workers each task prefix (function name) ran on, from the scheduler."""
    from dask.distributed import get_task_stream
    from dask.utils import key_split

    with get_task_stream(client=engine.client) as stream:
        out = run()
    where: dict[str, set[str]] = {}
    for task in stream.data:
        where.setdefault(key_split(task["key"]), set()).add(task["worker"])
    return out, where


@needs_dask
def test_sample_corpus_is_byte_identical(engine) -> None:
    assert engine.workers() == 2
    local = _analysis([str(ROOT / "sample_corpus")], None)
    remote, where = _ran_on_workers(engine, lambda: _analysis([str(ROOT / "sample_corpus")], engine))
    assert remote == local
    assert '"facts": [\n  {' in local[0]  # a real analysis with facts, not two empty ones
    # alignment's candidate blocks were scored on the workers, as were the per-article stages
    workers = set(engine.client.scheduler_info()["workers"])
    for stage in ("load_files", "clean_with", "parse_to_bytes", "score_blocks"):
        assert where.get(stage) and where[stage] <= workers, (stage, sorted(where))


@needs_dask
def test_a_small_feed_is_byte_identical(engine, feed: Path) -> None:
    local = _analysis([str(feed)], None)
    assert len(local[1]) == 1 and "line 4" in local[1][0]  # the bad line, named
    assert _analysis([str(feed)], engine) == local
    docs = load_paths([str(feed)]).documents
    stories = _dump(stories_to_dict(cluster_stories(docs)))
    remote, where = _ran_on_workers(engine, lambda: _dump(stories_to_dict(cluster_stories(docs, engine=engine))))
    assert remote == stories
    # each article's features and the candidate pairs' blocks were computed on the workers
    workers = set(engine.client.scheduler_info()["workers"])
    for stage in ("features_of", "pair_blocks"):
        assert where.get(stage) and where[stage] <= workers, (stage, sorted(where))
    assert stories.count('"title"') > len(ARTICLES)  # stories with their articles


def test_without_the_extra_it_is_one_clear_line(monkeypatch, capsys) -> None:
    from reader.engine.dask_engine import DaskEngine

    for name in ("dask", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    with pytest.raises(ReaderError, match=r"reader\[dask\]"):
        DaskEngine()
    assert main(["stories", str(ROOT / "sample_corpus"), "--engine", "dask"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'reader[dask]'" in err
