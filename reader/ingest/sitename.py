"""A fetched page's outlet when trafilatura finds no og:site_name.

Read from what sites publish for machines (the JSON-LD publisher's name, the
application-name meta), else from the <title>'s last part ("Headline | The
Harbour Gazette") but only when that part spells the site's own host name, so a
section name or a slogan is never taken for the outlet. Else the host name
itself. Each rule reads the page's own declarations; no outlet is named here.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from urllib.parse import urlsplit

_HEAD = 300_000  # metadata sits near the top; never scan a whole huge page
_LD = re.compile(r"""<script[^>]*type\s*=\s*["']?application/ld\+json[^>]*>(.*?)</script>""", re.I | re.S)
_APP_NAME = re.compile(r"""<meta[^>]*name\s*=\s*["']application-name["'][^>]*content\s*=\s*["']([^"'<>]{2,80})""",
                       re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEP = re.compile(r"\s+[|\-–—·:]\s+")
_HOST_PREFIXES = ("www.", "www1.", "www2.", "www3.", "m.", "mobile.", "amp.")


def host_name(url: str) -> str | None:
    """The site's host name, without "www." and its kind: "https://www.example.com/a" -> "example.com"."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    return host or None


def site_name(page: str, url: str) -> str | None:
    """The outlet a page declares, or one its title shares with its host name; None if neither."""
    head = page[:_HEAD]
    for name in (_publisher(head), _app_name(head), _title_suffix(head, url)):
        if name:
            return name
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(htmllib.unescape(value).split())
    return text if 2 <= len(text) <= 80 else None


def _publisher(head: str) -> str | None:
    for block in _LD.findall(head):
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items if isinstance(items, list) else []:
            pub = item.get("publisher") if isinstance(item, dict) else None
            if isinstance(pub, list) and pub:
                pub = pub[0]
            name = _clean(pub.get("name")) if isinstance(pub, dict) else None
            if name:
                return name
    return None


def _app_name(head: str) -> str | None:
    m = _APP_NAME.search(head)
    return _clean(m.group(1)) if m else None


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _title_suffix(head: str, url: str) -> str | None:
    """The title's first or last part when it spells the host's name ("The Harbour Gazette" for
    harbourgazette.com, with or without "The")."""
    m = _TITLE.search(head)
    host = host_name(url) or ""
    label = _squash(host.split(".")[0]) if "." in host else ""
    if not m or len(label) < 3:
        return None
    parts = _TITLE_SEP.split(" ".join(htmllib.unescape(m.group(1)).split()))
    if len(parts) < 2:
        return None
    for part in (parts[-1], parts[0]):
        if _squash(part) in (label, "the" + label):
            return _clean(part)
    return None
