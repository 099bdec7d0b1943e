"""Reports: Markdown and one self-contained HTML file, checked in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from reader import cli
from reader.compare.insights import compute_insights
from reader.output.report import render, render_html, render_markdown

from .handmade import make_analysis

HOSTILE = make_analysis([
    "Mayor <script>alert(1)</script> said “the <b>tax</b> | will *rise* by 5 percent,” officials said.",
    "Mayor <script>alert(1)</script> said “the <b>tax</b> | will *rise* by 7 percent,” officials said.",
], facts=[["a0.s0", "a1.s0"]], outlets=["<img src=x onerror=alert(1)>", "Plain & Simple"])


@pytest.fixture(scope="module")
def sample_report(sample_analysis):
    ins = compute_insights(sample_analysis)
    return render_html(sample_analysis, ins), render_markdown(sample_analysis, ins)


def test_article_text_is_escaped_in_html():
    doc = render_html(HOSTILE, compute_insights(HOSTILE))
    assert "<script>" not in doc and "<img" not in doc and "<b>tax" not in doc
    assert "&lt;script&gt;" in doc and "Plain &amp; Simple" in doc


def test_article_text_is_inert_in_markdown():
    doc = render_markdown(HOSTILE, compute_insights(HOSTILE))
    assert "\\<script\\>" in doc and "\\*rise\\*" in doc and "\\|" in doc


def test_html_is_self_contained(sample_report):
    doc, _ = sample_report
    assert "<script" not in doc.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", doc)
    assert "@import" not in doc and "url(" not in doc
    assert doc.startswith("<!DOCTYPE html>") and "<style>" in doc


def test_markdown_sections(sample_analysis, sample_report):
    _, md = sample_report
    for heading in ("# Comparison report", "## Coverage", "## Facts and wording", "## Quote drift",
                    "## Omissions and unique sentences", "## Number conflicts"):
        assert heading in md
    for n, _f in enumerate(sample_analysis.facts, 1):
        assert f"### F{n}:" in md
    # the sample's only flagged number pair ("two days" of talks / talks "a day after") is no conflict
    assert "Durations" not in md
    hostile = render_markdown(HOSTILE, compute_insights(HOSTILE))
    assert "Percentages differ" in hostile and "“5 percent”" in hostile and "“7 percent”" in hostile


def test_unknown_format():
    with pytest.raises(ValueError):
        render(HOSTILE, compute_insights(HOSTILE), "pdf")


def test_cli_report(tmp_path):
    from tests.conftest import SAMPLE  # noqa: PLC0415

    out = tmp_path / "r.html"
    assert cli.main(["report", str(SAMPLE), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    md = tmp_path / "r.md"
    assert cli.main(["report", str(SAMPLE), "--format", "md", "-o", str(md)]) == 0
    assert md.read_text(encoding="utf-8").split("\n")[2] == "# Comparison report"  # after the marker line


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _run_browser(browser: str, args: list[str]) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([browser, *_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(_chromium() is None, reason="Chromium is not installed (apt-get install chromium); "
                                                "the HTML report is not checked in a real browser")
def test_html_in_headless_chromium(sample_analysis, sample_report, tmp_path):
    doc, _ = sample_report
    page = tmp_path / "report.html"
    page.write_text(doc, encoding="utf-8")
    browser = _chromium()
    dom = _run_browser(browser, ["--dump-dom", page.as_uri()])
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    for heading in ("Comparison report", "Coverage", "Facts and wording", "Quote drift",
                    "Omissions and unique sentences", "Number conflicts"):
        assert f">{heading}</h" in html
    for f in sample_analysis.facts:
        assert f'id="{f.id}"' in html
    assert html.count('<ins class="add"') > 0 and html.count('<mark class="chg"') > 0
    # the sample has no real number conflict ("a day after" is no duration): the report says so
    assert "No fact" in html and "Durations" not in html
    shot = tmp_path / "report.png"
    res = _run_browser(browser, [f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri()])
    assert res.returncode == 0 and shot.exists(), res.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    keep = Path(tempfile.gettempdir()) / "reader-report-screenshot.png"
    shutil.copyfile(shot, keep)


def test_facts_are_named_as_in_the_app(sample_analysis, sample_report):
    """The app calls the first fact F1; so do the reports (ids stay 0-based in the JSON and anchors)."""
    from reader.model import fact_name

    first = sample_analysis.facts[0]
    assert fact_name("f0") == "F1" and fact_name("f12") == "F13" and fact_name("odd") == "odd"
    html, md = sample_report
    assert f'<h3 id="{first.id}">F1: ' in html
    assert "### F1: " in md and "### f0: " not in md


def test_sentence_and_fact_refs_round_trip_and_index(sample_analysis):
    from reader.model import FactRef, SentenceRef

    an = sample_analysis
    assert str(SentenceRef(0, 3)) == "a0.s3" and SentenceRef.parse("a12.s40") == SentenceRef(12, 40)
    assert str(FactRef(0)) == "f0" and FactRef(0).name == "F1" and FactRef.parse("f9") == FactRef(9)
    with pytest.raises(ValueError):
        SentenceRef.parse("a0-s3")
    for pos, art in enumerate(an.articles):
        for k, s in enumerate(art.sentences):
            assert an.ref(s.id) == SentenceRef(pos, k) and an.sentence(SentenceRef(pos, k)) is s
            assert an.sentence(s.id) is s
    for n, f in enumerate(an.facts):
        assert an.fact(f.id) is f and an.fact(FactRef(n)) is f
        for sid in f.sentences:
            assert FactRef(n) in an.facts_of(sid)


def test_possibly_shared_sentences_are_listed_apart_from_the_unique_ones(sample_analysis, sample_report):
    html, md = sample_report
    gaps = [g for g in compute_insights(sample_analysis).gaps if g.possibly_shared]
    assert gaps  # the sample has some
    lines = md.splitlines()
    heads = [n for n, line in enumerate(lines) if "(not claimed unique)" in line]
    assert len(heads) == len(gaps) == html.count("(not claimed unique)")
    for g, n in zip(gaps, heads, strict=True):
        assert lines[n].endswith(f": {len(g.possibly_shared)}")
        listed = lines[n + 2:n + 2 + len(g.possibly_shared)]
        assert all(line.startswith("- ") for line in listed)
        assert len(listed) == len(g.possibly_shared)
