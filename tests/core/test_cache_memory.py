"""The memory-saving forms of the cache's reads decide exactly what the plain ones did."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cache import guard
from reader.cache.checks import check_analysis
from reader.model import Document
from reader.pipeline import analyze_documents
from reader.schema import MentionRow, SentenceRow, analysis_from_dict, analysis_to_dict, cache_rows

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


def _story_json() -> str:
    docs = [Document(id="a0", path="a.txt", text="Mayor Ann Lee said the budget would rise by 3 percent on Monday. "
                                                  "Ann Lee spoke in Leeds."),
            Document(id="a1", path="b.txt", text="The budget will rise 3 percent, Mayor Ann Lee said on Monday.")]
    return json.dumps(analysis_to_dict(analyze_documents(docs, use_cache=False), include_text=True))


def test_rows_decode_to_the_analysis_the_dicts_give() -> None:
    """A cached analysis read with `cache_rows` passes the same checks and gives the same
    Analysis as its plain dicts; its sentences and mentions are rows."""
    text = _story_json()
    rows = json.loads(text, object_hook=cache_rows)
    assert all(type(s) is SentenceRow for a in rows["articles"] for s in a["sentences"])
    assert sum(type(m) is MentionRow for e in rows["entities"] for m in e["mentions"]) > 0
    check_analysis(rows)
    assert analysis_from_dict(rows, consume=True) == analysis_from_dict(json.loads(text))


@pytest.mark.parametrize("edit", [
    lambda d: d["articles"][0]["sentences"][0].update(start=d["articles"][0]["sentences"][0]["start"] + 1),
    lambda d: d["articles"][0]["sentences"][0].update(end=10**6),
    lambda d: d["articles"][0]["sentences"][0].update(start=True),
    lambda d: d["articles"][0]["sentences"][0].update(text=7),
    lambda d: next(e for e in d["entities"] if e["mentions"])["mentions"][0].update(article="a9"),
    lambda d: next(e for e in d["entities"] if e["mentions"])["mentions"][0].update(sentence="a0.s99"),
    lambda d: next(e for e in d["entities"] if e["mentions"])["mentions"][0].update(start=-1),
    lambda d: next(e for e in d["entities"] if e["mentions"])["mentions"][0].update(text="Zed"),
])
def test_rows_are_rejected_where_the_dicts_were(edit) -> None:  # type: ignore[no-untyped-def]
    """A forged sentence or mention is a miss, decoded as a row (right types) or left a dict."""
    d = json.loads(_story_json())
    edit(d)
    text = json.dumps(d)
    for hook in (None, cache_rows):
        with pytest.raises(guard.Rejected):
            check_analysis(json.loads(text, object_hook=hook))


_tricky = st.text(alphabet=st.sampled_from('a\\"/é\u2028\U0001f600\ud83d\ude00\udcff'), max_size=30)
_values = st.recursive(st.text(max_size=30) | _tricky | st.integers() | st.none(),
                       lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_tricky, inner, max_size=4),
                       max_leaves=12)


@given(_values, st.integers(0, 70_000))
def test_escaped_json_text_decodes_to_what_the_plain_text_did(value: object, pad: int) -> None:
    """`json_text` escapes non-ASCII characters (64 kB pieces; padding moves them across a
    piece's end): the same values, surrogates and backslashes included."""
    payload = json.dumps(["a" * pad, value], ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert guard.parse_json(guard.json_text(payload)) == json.loads(payload.decode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("text", ['["\\é"]', '["' + "a" * 65_535 + '\\é"]', '[1]\u2028', '["é" 1]', '["\\ud83d\\é"]'])
def test_escaping_rejects_what_the_plain_text_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(guard.Rejected):
        guard.parse_json(guard.json_text(text.encode()))


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda kids: st.lists(kids) | st.dictionaries(st.text(), kids), max_leaves=30),
       st.integers(0, 70_000))
def test_insights_pieces_are_the_bytes_json_dumps_gave(value: object, pad: int) -> None:
    """The insights entry is written in pieces, byte for byte what one `json.dumps` wrote
    (lone surrogates included), whatever falls on a piece's edge."""
    from reader.cache import json_pieces

    data = {"pad": "\u2028" * pad, "value": value, "lone": "\ud800"}
    assert b"".join(json_pieces(data)) == json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")
