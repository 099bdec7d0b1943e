"""Fetching pages for `reader URL...`, with a copy kept for when the network is gone.

urllib from the standard library, not httpx or trafilatura's fetch_url: it needs
no dependency of our own (httpx comes only with spaCy's tooling), its redirect
handler takes a limit and lets us refuse redirects to other schemes, and reading
the body in chunks gives both a size limit (checked before and while reading) and
one deadline for the whole fetch, which a per-read socket timeout alone does not
(a server can send one byte every few seconds). Proxies from the environment
are honoured as usual.

Every page fetched is kept in the analysis cache under a key made from its URL,
with its headers and the time of the fetch. A relaunch fetches again; when the
network, DNS or the server fails (not when the server answers 404), the kept copy
is used and the user is told in one line.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import IO, Any, Protocol
from urllib.parse import urlsplit

from reader import __version__

USER_AGENT = f"reader/{__version__} (terminal news comparison; fetches only the pages it is given)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchOptions:
    """Limits of one fetch. `timeout` bounds the whole fetch, not each read."""

    timeout: float = 15.0
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT

    @classmethod
    def from_env(cls) -> FetchOptions:
        """Defaults, with $READER_FETCH_TIMEOUT (seconds) and $READER_FETCH_MAX_BYTES when set."""
        opts = cls()
        try:
            timeout = float(os.environ.get("READER_FETCH_TIMEOUT", opts.timeout))
            max_bytes = int(os.environ.get("READER_FETCH_MAX_BYTES", opts.max_bytes))
        except ValueError:
            return opts
        return cls(timeout=max(0.1, timeout), max_bytes=max(1, max_bytes))


@dataclass(frozen=True)
class Page:
    url: str  # as asked for
    final_url: str  # after redirects
    body: bytes
    content_type: str
    charset: str | None
    fetched_at: str  # UTC, ISO 8601, to the second


class FetchError(Exception):
    """A page that could not be fetched; the message is a few words. `transient`
    failures (network, DNS, timeout, 5xx) may be answered from the kept copy."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


def check_url(url: str) -> None:
    """FetchError unless `url` is an http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise FetchError(f"bad URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https URLs can be fetched, not {parts.scheme}:")
    if not host or any(ch.isspace() for ch in url):
        raise FetchError("bad URL (no host, or spaces in it)")


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) addresses only."""

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"redirected to a non-web address ({urlsplit(newurl).scheme}:)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _redirects(limit: int) -> _Redirects:
    class Limited(_Redirects):
        max_redirections = limit
        max_repeats = min(4, limit)

    return Limited()


def fetch(url: str, opts: FetchOptions | None = None) -> Page:
    """The page at `url`, or FetchError with a one-line reason."""
    opts = opts or FetchOptions()
    check_url(url)
    deadline = time.monotonic() + opts.timeout
    opener = urllib.request.build_opener(_redirects(opts.max_redirects))
    req = urllib.request.Request(url, headers={
        "User-Agent": opts.user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, identity"})
    try:
        with opener.open(req, timeout=opts.timeout) as resp:
            ctype = resp.headers.get_content_type()
            if ctype not in HTML_TYPES:
                raise FetchError(f"not an HTML page ({ctype})")
            body = _read(resp, opts, deadline)
            return Page(url=url, final_url=resp.geturl(), body=body, content_type=ctype,
                        charset=resp.headers.get_content_charset(), fetched_at=_now())
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise _http_error(exc, opts) from None
    except urllib.error.URLError as exc:
        raise _network_error(exc.reason, opts) from None
    except (OSError, http.client.HTTPException) as exc:
        raise _network_error(exc, opts) from None


def _read(resp: Any, opts: FetchOptions, deadline: float) -> bytes:
    """The body, within the size limit and the deadline; gzip is unpacked with the same limit."""
    length = resp.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > opts.max_bytes:
        raise FetchError(_too_big(int(length), opts))
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {opts.timeout:g} s", transient=True)
        chunk = resp.read1(_CHUNK) if hasattr(resp, "read1") else resp.read(_CHUNK)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > opts.max_bytes:
            raise FetchError(_too_big(size, opts, at_least=True))
    body = b"".join(chunks)
    encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = unpack.decompress(body, opts.max_bytes + 1)
        except zlib.error as exc:
            raise FetchError("broken gzip body", transient=True) from exc
        if len(body) > opts.max_bytes or unpack.unconsumed_tail:
            raise FetchError(_too_big(len(body), opts, at_least=True))
    elif encoding != "identity":
        raise FetchError(f"sent in an encoding reader cannot unpack ({encoding})")
    return body


def _too_big(size: int, opts: FetchOptions, *, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return f"{more}{size / 1e6:.1f} MB is over the {opts.max_bytes / 1e6:.1f} MB limit for one page"


def _http_error(exc: urllib.error.HTTPError, opts: FetchOptions) -> FetchError:
    exc.close()  # it holds the response's connection
    if 300 <= exc.code < 400:
        location = exc.headers.get("Location", "") if exc.headers is not None else ""
        scheme = urlsplit(location).scheme.lower()
        if scheme not in ("", "http", "https"):
            return FetchError(f"redirected to a non-web address ({scheme}:)")
        if "loop" in str(exc.msg):  # urllib's words for the redirect limit
            return FetchError(f"more than {opts.max_redirects} redirects")
    reason = (exc.reason or "").strip() if isinstance(exc.reason, str) else ""
    return FetchError(f"HTTP {exc.code}{' ' + reason if reason else ''}",
                      transient=exc.code >= 500 or exc.code in (408, 429))


def _network_error(reason: object, opts: FetchOptions) -> FetchError:
    if isinstance(reason, FetchError):
        return reason
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return FetchError(f"timed out after {opts.timeout:g} s", transient=True)
    if isinstance(reason, socket.gaierror):
        return FetchError("host not found (no network, or no such host)", transient=True)
    if isinstance(reason, ConnectionRefusedError):
        return FetchError("connection refused", transient=True)
    if isinstance(reason, ssl.SSLError):
        return FetchError(f"secure connection failed ({reason.reason or reason})")
    if isinstance(reason, OSError):
        return FetchError(f"network error ({reason.strerror or reason})", transient=True)
    return FetchError(f"network error ({reason})", transient=True)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# ------------------------------------------------------------------ the kept copies


class PageStore(Protocol):
    """Where copies are kept: reader.cache.Cache (checked reads, atomic writes)."""

    def read(self, kind: str, key: str) -> bytes | None: ...

    def write(self, kind: str, key: str, payload: bytes) -> None: ...


def page_key(url: str) -> str:
    return hashlib.sha256(b"page\0" + url.encode("utf-8", "surrogatepass")).hexdigest()


def encode_page(page: Page) -> bytes:
    head = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type,
            "charset": page.charset, "fetched_at": page.fetched_at}
    return json.dumps(head, ensure_ascii=True).encode() + b"\n" + page.body


def decode_page(payload: bytes) -> Page | None:
    head_end = payload.find(b"\n")
    try:
        head = json.loads(payload[:head_end])
        return Page(url=str(head["url"]), final_url=str(head["final_url"]), body=payload[head_end + 1:],
                    content_type=str(head["content_type"]), charset=head.get("charset"),
                    fetched_at=str(head["fetched_at"]))
    except (ValueError, KeyError, TypeError):
        return None


@dataclass(frozen=True)
class Fetched:
    page: Page
    note: str | None = None  # set when the page came from the kept copy


def fetch_or_cached(url: str, opts: FetchOptions, cache: PageStore | None) -> Fetched:
    """Fetch `url` and keep a copy in `cache` (None: keep nothing); on a
    transient failure answer from the copy, with a note."""
    try:
        page = fetch(url, opts)
    except FetchError as exc:
        if not exc.transient or cache is None:
            raise
        payload = cache.read("pages", page_key(url))
        kept = decode_page(payload) if payload is not None else None
        if kept is None:
            raise
        return Fetched(kept, f"{url}: {exc}; opened the copy fetched {kept.fetched_at}")
    if cache is not None:
        cache.write("pages", page_key(url), encode_page(page))
    return Fetched(page)
