"""What a report `reader` wrote looks like, so the loader never reads one back as an article.

The markers live here, below the output stage that writes them, because the
loader (ingest) is the one that has to recognise them.
"""

from __future__ import annotations

#: First line of every Markdown report (an HTML comment: invisible when rendered).
MD_MARKER = "<!-- written by reader report: not an article -->"
#: In the <head> of every HTML report.
HTML_MARKER = '<meta name="generator" content="reader report">'
#: How far into a file the loader looks for a marker.
MARKER_WINDOW = 2048


def is_own_report(text: str) -> bool:
    """Whether `text` is a report `reader` wrote (its marker near the start)."""
    head = text[:MARKER_WINDOW].lstrip("\ufeff \t\r\n")
    return head.startswith(MD_MARKER) or HTML_MARKER in head
