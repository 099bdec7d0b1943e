"""`reader analyze URL...` against a local server: fetch time, and a relaunch with the server gone.

    python benchmarks/url_relaunch.py

Serves the sample corpus's articles as HTML pages from 127.0.0.1 (a thread in
this process), then times, each in a fresh interpreter with a fresh cache
directory: loading the pages (fetch + extraction), the whole `reader analyze`
on them, and, with the server stopped, the same two again (kept copies and the
cached analysis). Nothing leaves the machine.
"""

from __future__ import annotations

import html
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pages() -> dict[str, bytes]:
    out = {}
    for i, f in enumerate(sorted((ROOT / "sample_corpus").glob("*.txt"))):
        paras = [p.strip() for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        out[f"/story/{i}"] = (f"<!doctype html><html><head><meta charset='utf-8'><title>Story {i}</title>"
                              f"<meta property='og:site_name' content='Outlet {i}'></head><body>"
                              f"<nav><a href='/'>Home</a></nav><article>{body}</article></body></html>").encode()
    return out


def serve(content: dict[str, bytes]) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = content.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def timed(code: list[str], cache: str) -> float:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PYTHONPATH": path, "READER_CACHE_DIR": cache}
    t = time.perf_counter()
    run = subprocess.run([sys.executable, *code], env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - t
    if run.returncode != 0:
        raise SystemExit(run.stderr)
    return took


def main() -> None:
    content = pages()
    httpd = serve(content)
    urls = [f"http://127.0.0.1:{httpd.server_address[1]}{p}" for p in content]
    load = ["-c", "import sys; from reader.ingest.sources import load_sources; "
                  "from reader.cache import Cache; r = load_sources(sys.argv[1:], store=Cache()); "
                  "print(len(r.documents), r.warnings)", *urls]
    analyze = ["-m", "reader", "analyze", *urls, "--json"]
    sys.path.insert(0, str(ROOT))
    from reader.ingest.fetch import FetchOptions
    from reader.ingest.sources import fetch_all

    t = time.perf_counter()
    fetch_all(urls, FetchOptions(), None)
    rows = [("fetch only, in process", time.perf_counter() - t)]
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        rows.append(("load (fetch + extract)", timed(load, a)))
        rows.append(("reader analyze, cold", timed(analyze, b)))
        httpd.shutdown()
        httpd.server_close()
        rows.append(("load, server gone (kept copies)", timed(load, a)))
        rows.append(("reader analyze, server gone", timed(analyze, b)))
    print(f"{len(urls)} pages from a local server, wall time from process start:")
    for name, took in rows:
        print(f"  {name:<34} {took:6.2f} s")


if __name__ == "__main__":
    main()
