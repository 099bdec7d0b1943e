"""Loading: formats, offsets, skipped files, and untouched inputs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.ingest.load import load_paths


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_directory_is_loaded_sorted_with_exact_text(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes("Second.\r\nLine two.\n".encode())
    (tmp_path / "a.md").write_text("# Title\n\nFirst body line.\n", encoding="utf-8")
    res = load_paths([str(tmp_path)])
    assert [Path(d.path).name for d in res.documents] == ["a.md", "b.txt"]
    assert [d.id for d in res.documents] == ["a0", "a1"]
    # newlines are not translated: offsets index the decoded file itself
    assert res.documents[1].text == "Second.\r\nLine two.\n"


def test_json_and_jsonl_records_keep_metadata(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "Body text.", "title": "T", "outlet": "Daily X",
                                                   "byline": "Ann Lee", "date": "2024-01-02",
                                                   "url": "https://example.org/a"}), encoding="utf-8")
    (tmp_path / "many.jsonl").write_text(
        json.dumps({"text": "First.", "outlet": "A"}) + "\n\n{broken\n" + json.dumps({"text": "Second."}) + "\n",
        encoding="utf-8")
    res = load_paths([str(tmp_path)])
    by_text = {d.text: d for d in res.documents}
    assert by_text["Body text."].outlet == "Daily X" and by_text["Body text."].byline == "Ann Lee"
    assert by_text["First."].outlet == "A" and "Second." in by_text
    assert any("line 3" in w and "malformed JSON" in w for w in res.warnings)


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    body = " ".join(f"Sentence number {i} of the report says something specific about the harbour." for i in range(12))
    html = (f"<html><head><title>Harbour plan approved</title><meta name='author' content='Jo Park'>"
            f"<meta property='og:site_name' content='Coast Herald'></head><body><nav>Home | News</nav>"
            f"<article><h1>Harbour plan approved</h1><p>{body}</p></article><footer>Subscribe now</footer>"
            f"</body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc = load_paths([str(tmp_path / "page.html")]).documents[0]
    assert "Sentence number 3 of the report" in doc.text
    assert doc.title == "Harbour plan approved"
    assert doc.outlet == "Coast Herald"
    assert doc.format == "html"


def test_unusable_files_are_skipped_with_one_warning_each(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A real article sentence.\n", encoding="utf-8")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "fake.txt").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"")
    res = load_paths([str(tmp_path)])
    assert [Path(d.path).name for d in res.documents] == ["good.txt"]
    assert len(res.warnings) == 3
    assert all("\n" not in w for w in res.warnings)


def test_non_utf8_is_decoded_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Café au lait – très bien.\n".encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes("Grüße aus Köln.\n".encode("utf-16"))
    res = load_paths([str(tmp_path)])
    texts = sorted(d.text for d in res.documents)
    assert texts == ["Café au lait – très bien.\n", "Grüße aus Köln.\n"]
    assert any("Windows-1252" in w for w in res.warnings)


@pytest.mark.parametrize("make", ["missing", "empty_dir", "only_unsupported"])
def test_nothing_usable_is_one_clear_error(tmp_path: Path, make: str) -> None:
    target = tmp_path / "x"
    if make == "empty_dir":
        target.mkdir()
    elif make == "only_unsupported":
        target.mkdir()
        (target / "a.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(ReaderError) as info:
        load_paths([str(target)])
    assert "\n" not in str(info.value)
    assert str(target) in str(info.value)


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"Line one.\r\nLine two.\n")
    before, mtime = _digest(f), f.stat().st_mtime_ns
    load_paths([str(tmp_path)])
    assert _digest(f) == before and f.stat().st_mtime_ns == mtime
