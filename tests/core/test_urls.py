"""`reader URL...`: pages fetched from a local server started by the test, never the internet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cache import Cache
from reader.errors import ReaderError
from reader.ingest.fetch import FetchError, FetchOptions, Page, encode_page, fetch, page_key
from reader.ingest.sitename import host_name, site_name
from reader.ingest.sources import is_url, load_sources

ROOT = Path(__file__).resolve().parents[2]
FAST = FetchOptions(timeout=1.0, max_bytes=100_000)

ARTICLE = ("Bridge to shut for repairs\n\nThe harbour bridge closes on Monday for six weeks, the council said.\n\n"
           "Cracks were found in two supports in March.\n")


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment must not stand between the test and its local server."""
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def test_pages_open_with_outlets_from_metadata_or_host(page_server, tmp_path: Path) -> None:
    story = tmp_path / "c.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    a, b = page_server.url("/a"), page_server.url("/b", host="localhost")
    res = load_sources([a, b, str(story)], store=Cache(tmp_path / "cache"), options=FAST)
    assert [d.id for d in res.documents] == ["a0", "a1", "a2"]
    assert [d.path for d in res.documents] == [a, b, str(story)]
    assert [d.outlet for d in res.documents] == ["Harbour Gazette", "localhost", None]
    assert res.documents[0].title == "Harbour bridge to close for six weeks"
    assert "cracks in two of the bridge's steel supports" in res.documents[0].text
    assert "Home" not in res.documents[0].text  # extracted as an HTML file is
    assert res.documents[0].url == a
    assert res.warnings == ()


@pytest.mark.parametrize(("path", "why"), [
    ("/missing", "HTTP 404"),
    ("/error", "HTTP 503"),
    ("/image.png", "not an HTML page (image/png)"),
    ("/big", "MB limit for one page"),
    ("/big-chunked", "MB limit for one page"),
    ("/slow", "timed out after 1 s"),
    ("/loop", "more than 5 redirects"),
    ("/to-file", "redirected to a non-web address (file:)"),
])
def test_each_failure_is_one_line_and_the_others_still_open(page_server, tmp_path: Path, path: str,
                                                             why: str) -> None:
    bad = page_server.url(path)
    res = load_sources([bad, page_server.url("/a")], store=None, options=FAST)
    assert [d.outlet for d in res.documents] == ["Harbour Gazette"]
    assert res.documents[0].id == "a0"
    assert len(res.warnings) == 1, res.warnings
    assert res.warnings[0].startswith(f"skipped {bad}: ") and why in res.warnings[0], res.warnings
    assert "\n" not in res.warnings[0]


def test_redirects_gzip_and_declared_charsets(page_server) -> None:
    res = load_sources([page_server.url("/moved"), page_server.url("/gzip"), page_server.url("/sjis")],
                       options=FAST)
    moved, gz, sjis = res.documents
    assert moved.outlet == "Harbour Gazette" and moved.url == page_server.url("/a")
    assert "Mill Lane crossing" in gz.text
    assert sjis.title == "橋の閉鎖を発表"


@pytest.mark.parametrize("url", ["ftp://example.com/a.html", "http://", "http://exa mple.com/", "http://x:99999/"])
def test_bad_urls_are_refused_without_a_connection(url: str) -> None:
    assert is_url(url)
    with pytest.raises(FetchError) as exc:
        fetch(url, FAST)
    assert "\n" not in str(exc.value)


def test_no_network_is_one_line(page_server) -> None:
    url = page_server.url("/a")
    page_server.stop()
    with pytest.raises(ReaderError) as exc:
        load_sources([url], options=FAST)
    assert "no usable article" in str(exc.value)
    assert exc.value.warnings == (f"skipped {url}: connection refused",)


def test_offline_relaunch_opens_the_kept_copy(page_server, tmp_path: Path) -> None:
    store = Cache(tmp_path / "cache")
    urls = [page_server.url("/a"), page_server.url("/b")]
    first = load_sources(urls, store=store, options=FAST)
    page_server.stop()
    again = load_sources(urls, store=store, options=FAST)
    assert again.documents == first.documents  # identical documents: the analysis cache hits too
    assert len(again.warnings) == 2
    for url, note in zip(urls, again.warnings, strict=True):
        assert note.startswith(f"{url}: connection refused; opened the copy fetched 20")


def test_a_404_is_not_answered_from_the_kept_copy(page_server, tmp_path: Path) -> None:
    """The server's answer that a page is gone is news, not a network failure."""
    store = Cache(tmp_path / "cache")
    url = page_server.url("/missing")
    old = b"<p>An old copy of the page, long enough to be read as an article.</p>"
    kept = Page(url=url, final_url=url, body=old, content_type="text/html", charset="utf-8",
                fetched_at="2026-01-01T00:00:00Z")
    store.write("pages", page_key(url), encode_page(kept))
    with pytest.raises(ReaderError) as exc:
        load_sources([url], store=store, options=FAST)
    assert exc.value.warnings == (f"skipped {url}: HTTP 404 Not Found",)


def test_outlet_from_the_host_name() -> None:
    assert host_name("https://www.example.com/news/1") == "example.com"
    assert host_name("https://m.example.co.uk/a") == "example.co.uk"
    assert host_name("https://news.example.org/a") == "news.example.org"
    assert host_name("http://www.com/") == "www.com"


def test_outlet_from_what_the_page_declares() -> None:
    url = "https://www.harbourgazette.com/2024/bridge"
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"publisher": {"@type": "Organization", "name": "Harbour Gazette Ltd"}}</script>')
    assert site_name(f"<html><head>{ld}</head></html>", url) == "Harbour Gazette Ltd"
    app = '<meta name="application-name" content="The Gazette">'
    assert site_name(f"<head>{app}</head>", url) == "The Gazette"
    # A title's part is the outlet only when it spells the host's name.
    assert site_name("<title>Bridge to close | The Harbour Gazette</title>", url) == "The Harbour Gazette"
    assert site_name("<title>Harbour Gazette - Bridge to close</title>", url) == "Harbour Gazette"
    assert site_name("<title>Bridge to close | Local News</title>", url) is None
    assert site_name("<title>Bridge to close</title>", url) is None


def _cli(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
           "READER_CACHE_DIR": str(cache), "READER_FETCH_TIMEOUT": "2"}
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(var, None)
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)


def test_analyze_mixed_urls_and_files_then_offline(page_server, tmp_path: Path) -> None:
    story = tmp_path / "c.txt"
    story.write_text(ARTICLE, encoding="utf-8")
    args = ["analyze", page_server.url("/a"), page_server.url("/b"), str(story), page_server.url("/missing"),
            "--json"]
    run = _cli(args, tmp_path / "cache")
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().splitlines() == [f"reader: warning: skipped {page_server.url('/missing')}: HTTP 404 "
                                               "Not Found"]
    first = json.loads(run.stdout)
    assert [a["outlet"] for a in first["articles"]] == ["Harbour Gazette", "127.0.0.1", "c"]
    assert first["facts"], "the bridge story aligns across the three"
    page_server.stop()
    run = _cli(args, tmp_path / "cache")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["articles"] == first["articles"]
    notes = run.stderr.strip().splitlines()
    assert len(notes) == 3 and all("connection refused" in n for n in notes), notes
    assert sum("opened the copy fetched" in n for n in notes) == 2


def test_nothing_usable_is_an_error_exit(page_server, tmp_path: Path) -> None:
    run = _cli(["analyze", page_server.url("/missing"), page_server.url("/image.png")], tmp_path / "cache")
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("reader: error: no usable article in "), lines
