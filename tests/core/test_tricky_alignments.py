"""Hand-made alignment cases (tests/data/tricky_alignments): the hard kinds of pair.

Each case lists sentences that must share a fact ("together") and sentences
that must not ("apart"), by a fragment of their text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.model import Analysis, Document
from tests.conftest import DATA

CASES = sorted((DATA / "tricky_alignments").glob("*.json"))


def _analyse(case: dict) -> Analysis:
    from reader.pipeline import analyze_documents

    docs = [Document(id=f"a{i}", path=name, text=text) for i, (name, text) in enumerate(case["articles"].items())]
    return analyze_documents(docs, use_cache=False)


def _sid(an: Analysis, fragment: str) -> str:
    hits = [s.id for a in an.articles for s in a.sentences if fragment in s.text]
    assert len(hits) == 1, f"fragment {fragment!r} matches {len(hits)} sentences"
    return hits[0]


def _share_fact(an: Analysis, a: str, b: str) -> bool:
    return any(a in f.sentences and b in f.sentences for f in an.facts)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    an = _analyse(case)
    for group in case["together"]:
        ids = [_sid(an, frag) for frag in group]
        for other in ids[1:]:
            assert _share_fact(an, ids[0], other), f"{group[0]!r} and {other!r} should share a fact"
    for a, b in case["apart"]:
        assert not _share_fact(an, _sid(an, a), _sid(an, b)), f"{a!r} and {b!r} should stay apart"
