"""Which outlet an article is from, and the names a user gives outlets.

An outlet shown by its file name is an outlet the reader cannot place, and a
section name ("Sport", "English Service") shown as an outlet is wrong. The
name is read from, in order: what the user said (`--outlet FILE=NAME`, or an
`outlets.json` / `outlets.txt` file in the folder), the file's own metadata
unless it is a section name, the text's cues (an organisation in the byline,
a line naming an outlet under the headline, a copyright or credit line, a
wire dateline, a "Support X" appeal), and the address's domain. The cues are
generic shapes and kinds of outlet ("Radio", "Gazette"); no outlet is named.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..model import Document

if TYPE_CHECKING:
    from .clean import Cleaned

#: Files in a story folder that name its outlets; never read as articles.
MAP_FILES = ("outlets.json", "outlets.txt")
_OUTLET_WORDS = frozenset("""
news newspaper newspapers times post herald tribune journal gazette press wire wires daily chronicle review
observer guardian telegraph mail express star sun standard courier independent record register bulletin
examiner monitor reporter dispatch inquirer sentinel ledger globe mirror leader voice radio tv television
broadcasting broadcast network media agency online today weekly magazine digest advocate argus beacon bee
banner clarion enquirer messenger mercury pioneer signal telegram union channel fm am insider bureau newswire
report gazzette tribune-review public
""".split())
_SECTION_WORDS = frozenset("""
sport sports world business opinion opinions politics home english service services uk us local national
international culture arts tech technology science health entertainment lifestyle travel money markets
economy video videos live latest breaking top stories story region regional europe asia africa americas
middle east edition section the and news climate environment weather comment analysis features feature
""".split())
_PERSON_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s", re.IGNORECASE)


def is_section_name(name: str) -> bool:
    """'Sport', 'English Service', 'World News': words a site files stories under, not an outlet."""
    words = re.findall(r"[A-Za-z]+", name.lower())
    return bool(words) and all(w in _SECTION_WORDS for w in words)


def looks_like_outlet(text: str) -> bool:
    """A short run of capitalised words with a kind of outlet in it ('Valley Public Radio')."""
    t = text.strip().strip("*_|").strip()
    words = t.split()
    if not 1 <= len(words) <= 7 or not t[:1].isupper() or _PERSON_TITLE.match(t) or is_section_name(t):
        return False
    if not all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&", "de", "la") for w in words):
        return False
    return any(w.lower().strip(".,:;'’") in _OUTLET_WORDS for w in words) or (
        words[0] == "The" and len(words) >= 2)


def clean_name(name: str | None) -> str | None:
    """A metadata outlet name, or None when it is empty or a section name."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" |-–—:")
    if not name or is_section_name(name):
        return None
    return name


def byline_outlet(line: str) -> str | None:
    """The organisation in a byline: 'By Maria Chen, The Riverton Ledger' -> 'The Riverton Ledger'."""
    t = re.sub(r"^(?i:by:?|words by|written by|story by|reporting by|filed by)\s+", "", line.strip().strip("*_"))
    parts = [p.strip() for p in re.split(r"\s*(?:,|\||—|–|\s-\s|\bfor\b)\s*", t) if p.strip()]
    for p in parts[1:]:
        p = re.sub(r"\s+(?:on|at|in|updated|published|posted)\b.*$", "", p)
        if looks_like_outlet(p):
            return p
    return None


def domain_name(url: str | None) -> str | None:
    """'https://www.example-news.com/a/b' -> 'example-news.com'."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    host = re.sub(r"^(?:www\d?|m|amp|mobile|edition|news)\.", "", host.lower())
    if "." not in host or re.fullmatch(r"[\d.]+", host):
        return None
    label = host.split(".")[0]
    if re.fullmatch(r"the[a-z]{4,}", label):  # "theterrace.co.uk": The Terrace
        return "The " + label[3:].capitalize()
    return host


_SUPPORT = re.compile(r"\b(?i:support|subscribe to|donate to|become a member of)\s+(?P<org>(?:The\s+)?"
                      r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*){0,5})")


_APPEAL_LINE = re.compile(r"^\W*(?:support|subscribe to|donate to|become a member of)\s", re.IGNORECASE)


def appeal_outlet(texts: Sequence[str]) -> str | None:
    """The outlet an appeal asks support for: 'Support The Riverton Ledger: subscribe today'."""
    named: Counter[str] = Counter()
    for t in texts:
        for m in _SUPPORT.finditer(t):
            org = m.group("org").rstrip(".,:;")
            if not is_section_name(org) and (looks_like_outlet(org) or len(org.split()) >= 2):
                named[org] += 1
    return named.most_common(1)[0][0] if named else None


def standalone_outlet(lines: Sequence[str]) -> str | None:
    """A front-matter line that is an outlet's name on its own (under the headline, an author box),
    perhaps with its section ("The City Paper — Health")."""
    for line in lines:
        t = line.strip().strip("*_|").strip()
        t = re.sub(r"^(?:©|\(c\)|from|source:)\s*", "", t, flags=re.IGNORECASE)
        for part in re.split(r"\s+[—–|/·•-]\s+", t):
            if looks_like_outlet(part) and not re.search(r"\d", part):
                return part
    return None


_COPYRIGHT_LINE = re.compile(r"^\W*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
                             r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*){0,5})", re.IGNORECASE)


def copyright_outlet(lines: Sequence[str]) -> str | None:
    """The holder named by a copyright line ("© 2026 The City Paper"), from the last one."""
    for line in reversed(lines):
        m = _COPYRIGHT_LINE.match(line.strip())
        if m and looks_like_outlet(m.group("org").rstrip(".,")):
            return m.group("org").rstrip(".,")
    return None


# ---------------------------------------------------------------- names the user gives


def read_outlet_map(folder: str) -> dict[str, str]:
    """The names given in a folder's outlets.json ({"file": "name"}) or outlets.txt (file = name per line)."""
    out: dict[str, str] = {}
    path = os.path.join(folder, "outlets.json")
    if os.path.isfile(path):
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            data = {}
        if isinstance(data, dict):
            out.update({str(k): str(v) for k, v in data.items() if isinstance(v, str) and v.strip()})
    path = os.path.join(folder, "outlets.txt")
    if os.path.isfile(path):
        try:
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        for line in lines:
            m = re.match(r"^\s*([^#=:][^=:]*?)\s*[=:]\s*(.+?)\s*$", line)
            if m:
                out[m.group(1)] = m.group(2)
    return out


def parse_outlet_args(args: Sequence[str]) -> dict[str, str]:
    """'FILE=NAME' pairs from the command line."""
    out = {}
    for a in args:
        file, sep, name = a.partition("=")
        if not sep or not file.strip() or not name.strip():
            raise ValueError(f"--outlet needs FILE=NAME, got {a!r}")
        out[file.strip()] = name.strip()
    return out


def user_outlets(paths: Sequence[str], given: dict[str, str]) -> dict[str, str]:
    """Names from the map files of the folders given, then from the command line (which wins)."""
    out: dict[str, str] = {}
    for p in paths:
        folder = p if os.path.isdir(p) else os.path.dirname(p) or "."
        for k, v in read_outlet_map(folder).items():
            out[os.path.normpath(os.path.join(folder, k))] = v
    for k, v in given.items():
        out[os.path.normpath(k)] = v
    return out


def _lookup(path: str, names: dict[str, str]) -> str | None:
    base = re.sub(r":\d+$", "", path)  # "file.jsonl:3"
    norm = os.path.normpath(base)
    if norm in names:
        return names[norm]
    bare = os.path.basename(norm)
    hits = [v for k, v in names.items() if os.path.basename(k) == bare]
    return hits[0] if len(set(hits)) == 1 else None


def apply_user_outlets(docs: Sequence[Document], names: dict[str, str]) -> tuple[Document, ...]:
    """Documents with the outlet the user named for their file, others unchanged."""
    if not names:
        return tuple(docs)
    out = []
    for d in docs:
        name = _lookup(d.path, names)
        out.append(replace(d, outlet=name) if name else d)
    return tuple(out)


def text_outlet(doc: Document, cleaned: Cleaned, other_cues: Callable[[Document, Cleaned], str | None]
                ) -> str | None:
    """The outlet the text names: byline organisation, a line of its own above the body,
    then `other_cues` (copyright, credit, dateline), then an appeal for support."""
    spans = [(r.kind, doc.text[r.start:r.end]) for r in cleaned.front_matter]
    for kind, t in spans:
        if kind == "byline" and (org := byline_outlet(t)):
            return org
    first_body = min((a for a, _ in cleaned.body), default=len(doc.text))
    head = [t for kind, t in spans if kind != "title"]
    head += [ln for ln in doc.text[:first_body].splitlines() if ln.strip()][:8]
    title = next((t.strip() for kind, t in spans if kind == "title"), None)
    found = standalone_outlet([t for t in head if t.strip() != title])
    if found:
        return found
    found = other_cues(doc, cleaned) or copyright_outlet(doc.text.splitlines()[-12:])
    if found and not is_section_name(found):
        return found
    appeals = [doc.text[r.start:r.end] for r in cleaned.boilerplate]
    appeals += [ln for ln in doc.text.splitlines() if _APPEAL_LINE.match(ln) and len(ln.split()) <= 14]
    return appeal_outlet(appeals)
