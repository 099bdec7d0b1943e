"""The text of an HTML page that the tree-building extractor cannot read.

libxml2 (under lxml and trafilatura) stops building the tree at a nesting depth
of 256 elements, so a page nested deeper comes back empty. Such a page still
has text: this reads it as a stream of tags found with one regular expression,
with no tree and no recursion, in one linear pass, putting a line break at
every block element and skipping scripts, styles and the head. The cleaner then
treats the result as it treats a pasted page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

#: Nesting beyond which lxml gives up (libxml2's default limit is 256).
TREE_DEPTH_LIMIT = 250

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
                    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
                    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class FlatText:
    text: str
    title: str | None
    depth: int  # the deepest nesting seen


#: Comments, doctype and processing instructions, and tags (attribute values may hold ">" when quoted).
_TOKEN = re.compile(r"""<!--.*?(?:-->|$)|<[!?][^>]*>|<(/?)([A-Za-z][\w:-]*)"""
                    r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""", re.S)
_RAW = frozenset({"script", "style", "textarea", "title", "xmp", "plaintext", "noscript"})


class _Flattener:
    """One pass over the tags with a regular expression: linear, no recursion."""

    def __init__(self) -> None:
        self.depth = 0
        self.max_depth = 0
        self.skipping = 0  # open elements whose text is not article text
        self.title: list[str] = []
        self.parts: list[str] = []

    def feed(self, html: str) -> None:
        pos = 0
        while (m := _TOKEN.search(html, pos)) is not None:
            self.data(html[pos:m.start()])
            pos = m.end()
            name = (m.group(2) or "").lower()
            if not name:
                continue
            self.tag(name, closing=bool(m.group(1)), selfclosing=m.group(0).endswith("/>"))
            if name in _RAW and not m.group(1):  # raw text up to its end tag, whatever it contains
                end = re.compile(rf"</{name}\s*>", re.I).search(html, pos)
                stop = end.start() if end else len(html)
                if name == "title":
                    self.title.append(unescape(html[pos:stop]))
                pos = stop
        self.data(html[pos:])

    def tag(self, tag: str, *, closing: bool, selfclosing: bool) -> None:
        if tag == "body" and not closing:
            self.skipping = 0  # a <head> left open ends here
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag in _VOID or selfclosing:
            return
        if closing:
            self.depth = max(0, self.depth - 1)
            self.skipping = max(0, self.skipping - 1)
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        if tag in _SKIP or self.skipping:
            self.skipping += 1

    def data(self, data: str) -> None:
        if not data:
            return
        if not self.skipping:
            self.parts.append(unescape(data))


def nesting_depth(html: str) -> int:
    """How deep the elements of `html` nest (void elements do not count)."""
    return flatten(html).depth


def flatten(html: str) -> FlatText:
    """The visible text of `html`, one block element per line, whatever its depth."""
    p = _Flattener()
    p.feed(html)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(p.parts).split("\n"))
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    title = _SPACES.sub(" ", "".join(p.title)).strip() or None
    return FlatText(text + "\n" if text else "", title, p.max_depth)


def too_deep_text(html: str) -> FlatText | None:
    """The flattened text when `html` nests beyond what the tree builder reads, else None."""
    flat = flatten(html)
    return flat if flat.depth > TREE_DEPTH_LIMIT and flat.text.strip() else None
