"""Issue 16, output side: what `reader report` and `reader analyze` write, and where.

Article text that tries to act on a terminal (OSC title, cursor report, reset,
C1 CSI, bidi override), on a browser (script, event handlers, javascript: URLs)
or on a Markdown renderer must arrive inert; an output path must never be an
input or join the story it reports on.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from reader import cli
from reader.ingest.load import load_paths
from reader.output import files as output_files

from .helpers import GOOD_A, GOOD_B

#: Bytes that make a terminal act, as they would be written (UTF-8).
TERMINAL_BYTES = (b"\x1b", b"\x07", b"\xc2\x9b", b"\xc2\x9d", b"\xe2\x80\xae", b"\xe2\x80\xa8")

HOSTILE_A = GOOD_A + (
    "The clerk typed \x1b]2;pwned title\x07 into the minutes on Monday, officials said.\n"
    "A reporter pasted \x1b[6n and \x1bc into the council chat, the clerk said.\n"
    "A C1 sequence \x9b2J and an OSC \x9d0;x\x9c also appeared in the record, witnesses said.\n"
    "Flipped text \u202eseod ti\u202c was found in the minutes of the meeting, the clerk said.\n"
    "A separator\u2028split the last line of the minutes, which the clerk read out on Monday.\n"
    "Visitors saw <script>alert(1)</script> and <img src=x onerror=alert(2)> on the council site.\n"
    'A link read <a href="javascript:alert(3)" onclick="x()">click</a> and [here](javascript:alert(4)).\n'
    "# Not a heading | not | a table `code` *bold* ![img](http://evil.example/x.png) https://evil.example "
    "appeared on the council website on Monday, officials said.\n"
)


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "good_a.txt").write_text(HOSTILE_A, encoding="utf-8")
    (folder / "good_b.txt").write_text(GOOD_B, encoding="utf-8")
    return folder


def _no_terminal_bytes(data: bytes) -> None:
    for b in TERMINAL_BYTES:
        assert b not in data, (b, data[max(0, data.find(b) - 60):data.find(b) + 60])


def test_report_to_stdout_passes_no_escape(story: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    for fmt in ("md", "html"):
        assert cli.main(["report", str(story), "--format", fmt]) == 0
        out, err = capsysbinary.readouterr()
        _no_terminal_bytes(out)
        _no_terminal_bytes(err)
        text = out.decode("utf-8")
        shown = text.replace("\\\\", "\\").replace("\\]", "]")  # Markdown's escapes undone
        assert "\\x1b]2;pwned title\\x07" in shown  # shown, as a visible placeholder
        assert "\\u202eseod ti\\u202c" in shown


def test_html_report_has_no_active_content(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert cli.main(["report", str(story), "-o", str(out)]) == 0
    doc = out.read_text(encoding="utf-8")
    assert "<script" not in doc.lower()
    assert not re.search(r"<[^>]*\son\w+\s*=", doc, re.I), "an event-handler attribute"
    assert "javascript:" not in " ".join(re.findall(r'(?:href|src)\s*=\s*"([^"]*)"', doc, re.I))
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', doc))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc  # the words are there, as text
    _no_terminal_bytes(out.read_bytes())


def test_markdown_report_keeps_article_text_inert(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    assert cli.main(["report", str(story), "-o", str(out)]) == 0
    doc = out.read_text(encoding="utf-8")
    body = doc.split("\n", 1)[1]  # past the marker comment
    assert "<" not in body.replace("\\<", ""), "raw HTML from an article"
    assert "](" not in body.replace("\\](", ""), "a live link"
    assert "https://" not in body, "a bare URL GFM would link"
    assert "`" not in body.replace("\\`", "")
    assert not any(line.startswith("#") and "Not a heading" in line for line in body.split("\n"))
    assert "\\# Not a heading \\| not \\| a table" in body
    _no_terminal_bytes(out.read_bytes())


def test_analyze_json_escapes_c1_and_bidi(story: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert cli.main(["analyze", str(story), "--json"]) == 0
    out, err = capsysbinary.readouterr()
    _no_terminal_bytes(out)
    _no_terminal_bytes(err)
    data = json.loads(out)
    text = "\n".join(s["text"] for a in data["articles"] for s in a["sentences"])
    assert "\x9b2J" in text and "\u202eseod ti\u202c" in text  # the data itself is unchanged


# --- where the report goes -----------------------------------------------------------------


def test_report_over_an_input_is_refused(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (story / "good_a.txt").read_bytes()
    for extra in ([], ["--force"]):
        assert cli.main(["report", str(story), "-o", str(story / "good_a.txt"), *extra]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "refusing to write the report over" in err
    assert cli.main(["report", str(story / "good_a.txt"), str(story / "good_b.txt"),
                     "-o", str(story / "good_b.txt")]) == 2
    link = story.parent / "alias.txt"
    os.link(story / "good_a.txt", link)  # a hard link is the same file under another name
    assert cli.main(["report", str(story / "good_a.txt"), "-o", str(link)]) == 2
    assert (story / "good_a.txt").read_bytes() == before


def test_report_into_a_folder_being_read_needs_force(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = story / "report.md"
    assert cli.main(["report", str(story), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "a folder being read" in err and "--force" in err and err.count("\n") == 1
    assert not target.exists()
    assert cli.main(["report", str(story), "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith(output_files.MD_MARKER)
    # ... and the next run does not read it as an article.
    loaded = load_paths([str(story)])
    assert sorted(os.path.basename(d.path) for d in loaded.documents) == ["good_a.txt", "good_b.txt"]
    assert [w for w in loaded.warnings if "report.md" in w] == \
        [f"skipped {target}: a report written by reader, not an article"]
    # a second forced run may replace its own earlier report
    assert cli.main(["report", str(story), "-o", str(target), "--force"]) == 0


def test_html_report_is_not_read_back(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert cli.main(["report", str(story), "-o", str(out)]) == 0
    (story / "copy.html").write_bytes(out.read_bytes())
    loaded = load_paths([str(story)])
    assert len(loaded.documents) == 2
    assert any("copy.html: a report written by reader" in w for w in loaded.warnings)


def test_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.md"
    target.write_text("old report\n", encoding="utf-8")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(output_files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        output_files.write_atomic(str(target), b"new report, half written")
    assert target.read_text(encoding="utf-8") == "old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]  # no temporary file left


def test_atomic_write_replaces_and_keeps_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("old\n", encoding="utf-8")
    output_files.write_atomic(str(target), b"new\n")
    assert target.read_bytes() == b"new\n"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_output_to_a_folder_or_device_is_refused(story: Path, tmp_path: Path) -> None:
    assert cli.main(["report", str(story), "-o", str(tmp_path)]) == 2
    if os.path.exists("/dev/null"):
        assert cli.main(["report", str(story), "-o", "/dev/null"]) == 2


def test_url_inputs_do_not_block_replacing_an_existing_file(story: Path, tmp_path: Path) -> None:
    """A fetched page is never a file to protect: an existing output next to
    URL arguments is checked against the file inputs only."""
    out = tmp_path / "notes.md"
    out.write_text("old notes\n", encoding="utf-8")
    output_files.check_output(str(out), ["https://example.com/a", str(story / "good_a.txt")])
    with pytest.raises(Exception, match="over an input"):
        output_files.check_output(str(story / "good_a.txt"), ["https://example.com/a", str(story / "good_a.txt")])
