"""Article-derived text made harmless for each place it is written to.

One rule decides which characters are dangerous (`UNSAFE`): C0 and C1 control
characters (ESC, BEL, CSI ...), DEL, the bidirectional overrides and isolates
that reorder what a terminal or an editor shows, the Unicode line and
paragraph separators that split one message into several, and lone surrogates
(undecodable bytes of a file name). Each sink gets its own rendering of that
one rule:

* `terminal_safe` - what a terminal prints (warnings, errors, summaries,
  reports): each such character becomes a visible placeholder ("\\x1b",
  "\\u202e"), so the text reads as it was written and the terminal does nothing;
* `json_safe` - JSON text: the same characters as JSON escapes ("\\u001b"), so
  a consumer decodes exactly the article's text while a terminal shows inert
  ASCII;
* `md_inline` and `html_text` - a Markdown or HTML report: terminal-safe first,
  then the markup escaped, so article text is never markup.
"""

from __future__ import annotations

import html
import re

#: Characters a terminal or a text viewer acts on, whatever the locale, as
#: inclusive code-point ranges: the one definition of "unsafe", read here and
#: by the app's one-for-one rendering (`reader/ui/safe.py`).
UNSAFE_RANGES: tuple[tuple[int, int], ...] = (
    (0x00, 0x08), (0x0B, 0x1F), (0x7F, 0x9F),  # C0 but \t \n, DEL, C1 (U+0085 NEL, U+009B CSI ...)
    (0x061C, 0x061C), (0x200E, 0x200F),  # bidi marks (ALM, LRM, RLM)
    (0x202A, 0x202E), (0x2066, 0x2069),  # bidi embeddings, overrides, isolates
    (0x2028, 0x2029),  # line and paragraph separators
    (0xD800, 0xDFFF),  # lone surrogates
)
_UNSAFE_CLASS = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in UNSAFE_RANGES)
UNSAFE = re.compile(f"[{_UNSAFE_CLASS}]")
_UNSAFE_ONE_LINE = re.compile(f"[{_UNSAFE_CLASS}\t\n]")


def _placeholder(ch: re.Match[str]) -> str:
    code = ord(ch.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(ch: re.Match[str]) -> str:
    return f"\\u{ord(ch.group()):04x}"


def terminal_safe(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every character a terminal acts on shown as a placeholder.

    With `keep_newlines`, "\\n" and "\\t" stay (a multi-line document);
    otherwise they are escaped too, so one message stays one line.
    """
    if keep_newlines:
        return UNSAFE.sub(_placeholder, text)
    return _UNSAFE_ONE_LINE.sub(_placeholder, text)


def json_safe(doc: str) -> str:
    """A JSON document with the unsafe characters inside its strings written as
    JSON escapes: the decoded data is unchanged, the bytes are inert.

    Valid only for JSON text, where such characters can occur only inside
    strings (`json.dumps` already escapes C0 controls)."""
    return UNSAFE.sub(_json_escape, doc)


# ------------------------------------------------------------------ Markdown

#: Every character CommonMark or GFM gives a meaning inline: emphasis, code,
#: links and images, raw HTML and entities, tables, headings, strike-through.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&!{}])")
#: Bare URLs that GFM would turn into links ("https://", "www.").
_MD_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(?=://)|(?<=\bwww)(?=\.)")
#: A line start that would make a list item, a quote or a heading.
_MD_BLOCK_START = re.compile(r"^(?:([-+=>])|(\d+)([.)]))")


def md_inline(text: str) -> str:
    """Article text as inert inline Markdown: one line, every markup character
    escaped, bare URLs broken so they are not auto-linked."""
    one_line = " ".join(terminal_safe(text, keep_newlines=True).split())
    escaped = _MD_SPECIAL.sub(r"\\\1", one_line)
    escaped = _MD_AUTOLINK.sub("\\\\", escaped)
    return _MD_BLOCK_START.sub(_block_escape, escaped)


def _block_escape(m: re.Match[str]) -> str:
    """"\\-" for a list or quote marker, "12\\." for an ordered-list number."""
    return f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}"


# ------------------------------------------------------------------ HTML


def html_text(text: str, *, collapse: bool = True) -> str:
    """Article text as HTML character data or a quoted attribute value.

    Quotes are escaped, so the result is safe inside `"..."` attributes too;
    white space runs become one space when `collapse` (reports lay text out
    themselves). Never use it for an unquoted attribute or a URL."""
    clean = terminal_safe(text, keep_newlines=True)
    if collapse:
        clean = re.sub(r"\s+", " ", clean)
    return html.escape(clean, quote=True)
