"""The analysis cache: warm hits without spaCy, partial reuse, corrupt entries, bypass."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cache import Cache, analysis_key
from reader.model import Document
from reader.pipeline import analyze_documents
from reader.schema import analysis_to_dict

TEXTS = [
    "Talks open in Geneva\n\nForeign ministers of twelve nations met in Geneva on Monday to discuss a ceasefire. "
    "The talks are expected to last three days, officials said.\n",
    "Ceasefire talks begin\n\nMinisters from twelve countries gathered in Geneva on Monday for ceasefire talks. "
    "Officials expect the meeting to run for three days.\n",
    "Geneva meeting\n\nA ceasefire was the focus as twelve foreign ministers met in Geneva. "
    "The mayor of Geneva welcomed the delegations at the airport.\n",
]


def _docs(texts=TEXTS) -> list[Document]:
    return [Document(id=f"a{i}", path=f"story/{i}.txt", text=t) for i, t in enumerate(texts)]


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE_DIR", str(d))
    return d


def test_warm_hit_is_equal_and_imports_no_spacy(tmp_path, cache_dir) -> None:
    story = tmp_path / "story"
    story.mkdir()
    for i, t in enumerate(TEXTS):
        (story / f"{i}.txt").write_text(t, encoding="utf-8")
    code = ("import json, sys\nfrom reader.pipeline import analyze_paths\n"
            "from reader.schema import analysis_to_dict\n"
            f"an = analyze_paths([{str(story)!r}])\n"
            "print(json.dumps({'spacy': 'spacy' in sys.modules, 'an': analysis_to_dict(an, include_text=True),"
            " 'facts': [f.score for f in an.facts]}))\n")
    env = {**__import__("os").environ, "READER_CACHE_DIR": str(cache_dir)}
    runs = [json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                      env=env).stdout.strip().splitlines()[-1]) for _ in range(2)]
    assert runs[0]["spacy"] is True  # the cold run analysed
    assert runs[1]["spacy"] is False  # the warm run answered from the cache
    assert runs[1]["an"] == runs[0]["an"] and runs[1]["facts"] == runs[0]["facts"]


def test_cached_analysis_equals_fresh(cache_dir) -> None:
    fresh = analyze_documents(_docs(), use_cache=False)
    first = analyze_documents(_docs())
    again = analyze_documents(_docs())
    assert first == fresh and again == fresh
    assert [[e.components for e in f.evidence] for f in again.facts] == \
        [[e.components for e in f.evidence] for f in fresh.facts]


def test_changed_article_reparses_only_itself(cache_dir) -> None:
    analyze_documents(_docs())
    changed = list(TEXTS)
    changed[2] = changed[2].replace("airport", "railway station")
    timings: dict[str, float] = {}
    partial = analyze_documents(_docs(changed), timings=timings)
    assert timings["articles_reused"] == 2.0  # articles 0 and 1 came from the cache, 2 was parsed
    assert partial == analyze_documents(_docs(changed), use_cache=False)
    assert "airport" not in partial.articles[2].text


def test_corrupt_entry_is_rebuilt(cache_dir) -> None:
    docs = _docs()
    good = analyze_documents(docs)
    key = analysis_key(docs, None)
    entry = next((cache_dir / "analysis").rglob(key))
    raw = entry.read_bytes()
    for bad in (raw[: len(raw) // 2], raw.replace(b'"facts"', b'"fakts"'), b"not a cache entry"):
        entry.write_bytes(bad)
        assert Cache().get_analysis(key) is None  # never trusted
        timings: dict[str, float] = {}
        again = analyze_documents(docs, timings=timings)
        assert "align" in timings  # really re-analysed
        assert again == good
        assert Cache().get_analysis(key) == good  # and rewritten whole


def test_analysis_json_errors_are_misses(cache_dir) -> None:
    docs = _docs()
    key = analysis_key(docs, None)
    Cache().write("analysis", key, b"{not json")
    assert Cache().get_analysis(key) is None
    Cache().write("analysis", key, json.dumps({"version": 1}).encode())
    assert Cache().get_analysis(key) is None


def test_key_depends_on_content_not_only_paths() -> None:
    docs = _docs()
    edited = [docs[0], docs[1], Document(id="a2", path=docs[2].path, text=docs[2].text + " More.")]
    assert analysis_key(docs, None) != analysis_key(edited, None)
    assert analysis_key(docs, None) == analysis_key(_docs(), None)


def test_no_cache_flag_bypasses(tmp_path, cache_dir, capsys) -> None:
    from reader.cli import main

    story = tmp_path / "story"
    story.mkdir()
    for i, t in enumerate(TEXTS):
        (story / f"{i}.txt").write_text(t, encoding="utf-8")
    assert main(["analyze", str(story), "--json", "--no-cache"]) == 0
    assert not cache_dir.exists() or not any(p.is_file() for p in cache_dir.rglob("*"))
    out = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(story), "--json"]) == 0
    assert any(p.is_file() for p in (cache_dir / "analysis").rglob("*"))
    assert json.loads(capsys.readouterr().out)["facts"] == out["facts"]


def test_analysis_round_trip_through_cache_is_exact(cache_dir) -> None:
    an = analyze_documents(_docs(), use_cache=False)
    Cache().put_analysis("k" * 64, an)
    back = Cache().get_analysis("k" * 64)
    assert back == an
    assert analysis_to_dict(back) == analysis_to_dict(an)


def test_spans_entry_in_several_docbins_reads_back(cache_dir, monkeypatch) -> None:
    """A long article's Docs are stored as several DocBins (so serialising them
    never holds the whole token table several times); they read back as the
    same Docs, and an entry of the older one-DocBin layout is a miss."""
    from spacy.tokens import DocBin

    import reader.cache as cache_mod
    from reader.language.nlp import load_model

    nlp = load_model()
    docs = [nlp(t) for t in ("Ministers met in Geneva on Monday.", "Talks will last three days.",
                             "The mayor welcomed them.")]
    monkeypatch.setattr(cache_mod, "_DOCBIN_TOKENS", 5)
    c = Cache()
    c.put_docs("k" * 64, docs)
    back = c.get_docs("k" * 64, nlp.vocab)
    assert back is not None
    assert [d.text for d in back] == [d.text for d in docs]
    assert [[t.lemma_ for t in d] for d in back] == [[t.lemma_ for t in d] for d in docs]
    payload = c.read("spans", "k" * 64)
    assert payload is not None
    at, parts = len(cache_mod._DOCS_TAG), 0
    while at < len(payload):
        at += 8 + int.from_bytes(payload[at:at + 8], "big")
        parts += 1
    assert at == len(payload) and parts >= 2
    c.write("spans", "o" * 64, DocBin(docs=docs).to_bytes())
    assert c.get_docs("o" * 64, nlp.vocab) is None
