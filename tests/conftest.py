"""Shared fixtures: the sample corpus analysed once per test session.

spaCy takes a few seconds to load, so every core test that needs a real
analysis shares one; UI tests use frozen analyses and never load spaCy.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_corpus"
DATA = Path(__file__).resolve().parent / "data"

# Keep the user's cache out of tests.
os.environ.setdefault("READER_CACHE_DIR", str(ROOT / ".pytest_cache" / "reader-cache"))


@pytest.fixture(scope="session")
def sample_analysis():
    from reader.pipeline import analyze_paths

    return analyze_paths([str(SAMPLE)], use_cache=False)


@pytest.fixture(scope="session")
def sample_json(sample_analysis):
    from reader.schema import analysis_to_dict

    return analysis_to_dict(sample_analysis)


# --- a local web server for `reader URL...` (tests never touch the internet) -------------------

PAGE_A = """<!doctype html><html><head><meta charset="utf-8">
<title>Harbour bridge to close for six weeks | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:title" content="Harbour bridge to close for six weeks">
<meta name="author" content="Dana Reyes"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge to close for six weeks</h1>
<p>The harbour bridge will close on Monday for six weeks of repairs, the city council said on Friday.</p>
<p>Engineers found cracks in two of the bridge's steel supports during an inspection in March.</p>
<p>"We cannot take any risks with a structure that carries 40,000 cars a day," said council leader Amir Haddad.</p>
<p>Buses will be diverted over the river crossing at Mill Lane while the work goes on.</p>
</article><footer>Copyright Harbour Gazette</footer></body></html>"""

PAGE_B = """<!doctype html><html><head><title>Bridge closure announced</title></head><body>
<div class="story"><h1>Bridge closure announced</h1>
<p>The city council announced on Friday that the harbour bridge will shut for six weeks from Monday.</p>
<p>An inspection in March found cracks in two steel supports, council officials said.</p>
<p>Council leader Amir Haddad said no risks could be taken with a bridge used by 40,000 cars a day.</p>
<p>Bus routes will move to the Mill Lane crossing during the repairs.</p>
</div></body></html>"""


class PageServer:
    """A threaded HTTP server on 127.0.0.1 with a few kinds of page; `stop()` takes it away."""

    def __init__(self) -> None:
        import http.server
        import threading

        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                server.hits.append(self.path)
                try:
                    server.route(self)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts)
                    pass

        self.hits: list[str] = []
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def send(h, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    def route(self, h) -> None:
        import gzip
        import time

        path = h.path
        if path == "/a":
            self.send(h, 200, PAGE_A.encode())
        elif path == "/b":
            self.send(h, 200, PAGE_B.encode())
        elif path == "/moved":
            self.send(h, 302, b"", headers={"Location": "/a"})
        elif path == "/loop":
            self.send(h, 302, b"", headers={"Location": "/loop"})
        elif path == "/to-file":
            self.send(h, 302, b"", headers={"Location": "file:///etc/passwd"})
        elif path == "/image.png":
            self.send(h, 200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, ctype="image/png")
        elif path == "/big":
            self.send(h, 200, b"<p>" + b"x" * 200_000 + b"</p>")
        elif path == "/big-chunked":  # no Content-Length: the limit must hold while reading
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            h.wfile.write(b"<p>" + b"x" * 200_000 + b"</p>")
        elif path == "/slow":
            time.sleep(3)
            self.send(h, 200, PAGE_B.encode())
        elif path == "/gzip":
            self.send(h, 200, gzip.compress(PAGE_B.encode()), headers={"Content-Encoding": "gzip"})
        elif path == "/sjis":
            page = PAGE_B.replace("Bridge closure announced", "橋の閉鎖を発表")
            self.send(h, 200, page.encode("shift_jis"), ctype="text/html; charset=Shift_JIS")
        elif path == "/error":
            self.send(h, 503, b"<p>down</p>")
        else:
            self.send(h, 404, b"<p>not found</p>")


@pytest.fixture
def page_server():
    server = PageServer()
    yield server
    server.stop()
