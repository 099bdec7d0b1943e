"""The memory-saving forms of the cache's reads decide exactly what the plain ones did."""

from __future__ import annotations

import json
import re

import pytest

from reader.cache import guard
from reader.model import Document
from reader.pipeline import analyze_documents
from reader.schema import analysis_from_dict, analysis_to_dict

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")

PAYLOADS = [
    b'{"a": [1, {"b": "[[{"}, "\\"]"], "c": "x\\\\"}',
    b'[[["unterminated {', b'{"k": "}}}}"}', b"[]" * 5 + b"{" * 13 + b"}" * 13,
    json.dumps({"t": '["\\"]{', "n": [[[[{"u": "\u2028]"}]]]]}, ensure_ascii=False).encode(),
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_skeleton_is_the_one_re_sub_gave(payload: bytes) -> None:
    assert guard._skeleton(payload) == _NOT_BRACKET.sub(b"", _STRING.sub(b"", payload))


def test_json_text_rejects_what_json_loads_rejected() -> None:
    assert guard.parse_json(guard.json_text(b'{"a": "\xc3\xa9"}')) == {"a": "\u00e9"}
    for bad in (b'{"a": "\xff"}', b"[" * 40 + b"]" * 40, b'{"a": '):
        with pytest.raises(guard.Rejected):
            guard.parse_json(guard.json_text(bad))


def test_consuming_conversion_gives_the_same_analysis() -> None:
    docs = [Document(id="a0", path="a.txt", text="Mayor Ann Lee said the budget would rise by 3 percent on Monday."),
            Document(id="a1", path="b.txt", text="The budget will rise 3 percent, Mayor Ann Lee said on Monday.")]
    an = analyze_documents(docs, use_cache=False)
    data = json.loads(json.dumps(analysis_to_dict(an, include_text=True)))
    plain = analysis_from_dict(json.loads(json.dumps(data)))
    consumed = analysis_from_dict(data, consume=True)
    assert consumed == plain
    assert all(s is None for a in data["articles"] for s in a["sentences"])
    assert any(e["mentions"] for e in analysis_to_dict(an, include_text=True)["entities"])
    assert all(m is None for e in data["entities"] for m in e["mentions"])
