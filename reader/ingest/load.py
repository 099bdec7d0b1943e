"""Loading articles from disk: read-only, cheap, and honest about what it skipped.

Loading runs before the first paint, so it must not import spaCy; trafilatura is
imported only when an HTML file is actually present. Files are opened read-only
and their bytes decoded once; every offset in the analysis is an offset into the
text decoded here (newlines are not translated, so "\\r\\n" stays two characters).
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reader.errors import ReaderError
from reader.heap import read_sized
from reader.ingest.budget import MAX_ARTICLE_CHARS, MAX_FILE_BYTES, MAX_LINE_CHARS, is_blank, over_budget
from reader.ingest.decode import Undecodable, decode_bytes, html_charset, one_char_line_ends
from reader.ingest.html_text import too_deep_text
from reader.ingest.outlet_names import MAP_FILES, apply_user_outlets, user_outlets
from reader.ingest.own_reports import is_own_report
from reader.model import Document
from reader.parallel import Engine, run_map

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md"}
HTML_SUFFIXES = {".html": "html", ".htm": "html"}
JSON_SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
SUPPORTED = {**TEXT_SUFFIXES, **HTML_SUFFIXES, **JSON_SUFFIXES}

#: The per-input budget (file bytes, characters per article and per paragraph)
#: lives in `budget.py`; MAX_FILE_BYTES, MAX_ARTICLE_CHARS and MAX_LINE_CHARS
#: stay importable from here.
_BUDGET = (MAX_ARTICLE_CHARS, MAX_FILE_BYTES, MAX_LINE_CHARS)
#: A JSON-lines dump is a feed, not one article: a day's thousands of articles. Each
#: record still meets the per-article limits.
MAX_FEED_BYTES = 512 * 1024 * 1024

_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)


@dataclass(frozen=True)
class LoadResult:
    documents: tuple[Document, ...]
    warnings: tuple[str, ...]


class NoUsableArticle(ReaderError):
    """Nothing left to read; carries the per-file warnings so that the user sees why."""

    def __init__(self, message: str, warnings: Sequence[str]) -> None:
        super().__init__(message)
        self.warnings = tuple(warnings)


class SkipFile(Exception):
    """A file that cannot be used; the message says why, in a few words."""


def supported(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in SUPPORTED


def collect_paths(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """Expand directories into their supported files, sorted.

    Returns (files, warnings). A path that does not exist is an error for the
    whole command; an unsupported file is a warning, so that a folder of
    mixed material still opens.
    """
    files: list[str] = []
    warnings: list[str] = []
    for p in paths:
        if not os.path.exists(p):
            raise ReaderError(f"no such file or directory: {p}")
        if os.path.isdir(p):
            found = _walk(p, warnings)
            files.extend(found)
        elif supported(p):
            files.append(p)
        else:
            warnings.append(f"skipped {p}: not a supported article type (.txt .md .html .json .jsonl)")
    return _one_name_per_file(files), warnings


def _one_name_per_file(files: list[str]) -> list[str]:
    """One path per real file, in listing order; a file reached both by its own
    name and through a symlink keeps its own name, whichever sorts first."""
    chosen: dict[str, int] = {}
    out: list[str] = []
    for f in files:
        key = os.path.realpath(f)
        if key not in chosen:
            chosen[key] = len(out)
            out.append(f)
        elif os.path.islink(out[chosen[key]]) and not os.path.islink(f):
            out[chosen[key]] = f
    return out


def _walk(root: str, warnings: list[str]) -> list[str]:
    out: list[str] = []
    visited: set[str] = set()
    def unreadable(exc: OSError) -> None:  # said, not silently skipped (as find and rg do)
        warnings.append(f"skipped folder {exc.filename or root}: {exc.strerror or exc}")

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unreadable):
        real = os.path.realpath(dirpath)
        if real in visited:
            dirnames[:] = []
            continue
        visited.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name in MAP_FILES:
                continue  # hidden files; the files that name the folder's outlets
            full = os.path.join(dirpath, name)
            if supported(name):
                out.append(full)
            else:
                warnings.append(f"skipped {full}: not a supported article type")
    return sorted(out, key=lambda f: os.path.relpath(f, root))


def decode(data: bytes, path: str) -> tuple[str, str | None]:
    """Bytes to text, or SkipFile. Returns (text, note about the encoding or None)."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise SkipFile(f"{what}, not an article")
    ext = os.path.splitext(path)[1].lower()
    declared = html_charset(data) if ext in HTML_SUFFIXES else None
    try:
        decoded = decode_bytes(data, declared, line_ends=SUPPORTED.get(ext) not in ("json", "jsonl"))
    except Undecodable as exc:
        raise SkipFile(str(exc)) from exc
    return decoded.text, decoded.note


def read_bytes(path: str, limit: int | None = None) -> bytes:
    """The bytes of a regular file, or SkipFile.

    Opened without blocking and checked on the open descriptor, so a FIFO or a
    device named like an article cannot hang loading, and a file swapped or
    grown between listing and reading is still caught.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise SkipFile(exc.strerror or str(exc)) from exc
    with os.fdopen(fd, "rb") as fh:  # read-only: input files are never modified
        try:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise SkipFile("not a regular file")
            if st.st_size == 0:  # empty, or a kernel file (/proc/kmsg) that reads forever or consumes
                raise SkipFile(_size_zero(path))
            if st.st_size > limit:
                raise SkipFile(_too_big(st.st_size, limit))
            data = read_sized(fh, st.st_size, limit)
        except OSError as exc:
            raise SkipFile(exc.strerror or str(exc)) from exc
    if data is None:  # a kernel file such as /proc/kmsg with nothing to read without blocking
        raise SkipFile("a special file with nothing to read, not an article")
    if len(data) > limit:
        raise SkipFile(_too_big(len(data), limit))
    return data


def _size_zero(path: str) -> str:
    if os.path.realpath(path).startswith(("/proc/", "/sys/")):
        return "a kernel file, not an article"
    return "empty file"


def _too_big(size: int, limit: int) -> str:
    what = "a JSON-lines feed" if limit == MAX_FEED_BYTES else "one article"
    return f"{size / 1e6:.1f} MB is over the {limit // (1024 * 1024)} MiB limit for {what}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """JSON may escape lone UTF-16 surrogates ("\\ud800") that no encoder accepts;
    each becomes U+FFFD, so lengths (and offsets) stay as they were."""
    return _SURROGATE.sub("\ufffd", text)


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    s = _no_surrogates(str(value)).strip()
    return s or None


#: Field names that feed dumps (news crawlers, RSS converters) use for our fields;
#: the first one present wins.
FIELD_ALIASES = {
    "text": ("text", "maintext", "body", "content"),
    "outlet": ("outlet", "source_domain", "site_name"),
    "date": ("date", "date_publish", "published"),
    "title": ("title", "headline"),
}


def _field(rec: dict, name: str) -> object:
    for key in FIELD_ALIASES.get(name, (name,)):
        value = rec.get(key)
        if value is not None and (not isinstance(value, str) or value.strip()):
            return value
    return None


def _from_record(rec: object, doc_id: str, path: str, fmt: str) -> Document:
    if not isinstance(rec, dict):
        raise SkipFile("expected a JSON object with a \"text\" field")
    text = _field(rec, "text")
    if not isinstance(text, str) or is_blank(text):
        raise SkipFile("no \"text\" field (or maintext, body, content) with the article's text")
    return Document(
        id=doc_id, path=path, text=one_char_line_ends(_no_surrogates(text)), outlet=_str_or_none(_field(rec, "outlet")),
        title=_str_or_none(_field(rec, "title")), byline=_str_or_none(rec.get("byline")),
        date=_str_or_none(_field(rec, "date")), url=_str_or_none(rec.get("url")), format=fmt,
        source_id=_str_or_none(rec.get("id")),
    )


def _load_html(text: str, doc_id: str, path: str) -> Document:
    import trafilatura  # deferred: ~0.3 s to import, and only HTML needs it

    result = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    data = {} if result is None else result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = data.get("text") or ""
    if is_blank(body):
        flat = too_deep_text(text)  # nested deeper than lxml builds trees: read it flat
        if flat is None:
            raise SkipFile("no article text found in the HTML")
        body, data = flat.text, {"title": flat.title}
    return Document(
        id=doc_id, path=path, text=body, outlet=_str_or_none(data.get("sitename")),
        title=_str_or_none(data.get("title")), byline=_str_or_none(data.get("author")),
        date=_str_or_none(data.get("date")), url=_str_or_none(data.get("url")), format="html",
    )


def check_length(text: str) -> None:
    """SkipFile when `text` is too long to analyse in reasonable time and memory."""
    why = over_budget(text)
    if why:
        raise SkipFile(why)


def load_file(path: str, first_id: int) -> tuple[list[Document], list[str]]:
    """One file to one or more documents (JSONL holds many). Raises SkipFile."""
    ext = os.path.splitext(path)[1].lower()
    fmt = SUPPORTED.get(ext)
    if fmt is None:
        raise SkipFile("not a supported article type")
    text, note = decode(read_bytes(path, MAX_FEED_BYTES if fmt == "jsonl" else None), path)
    if is_own_report(text):
        raise SkipFile("a report written by reader, not an article")
    warnings = [f"{path}: {note}"] if note else []
    if fmt in ("txt", "md"):
        if is_blank(text):
            raise SkipFile("empty file")
        check_length(text)
        return [Document(id=f"a{first_id}", path=path, text=text, format=fmt)], warnings
    if fmt == "html":
        doc = _load_html(text, f"a{first_id}", path)
        check_length(doc.text)
        return [doc], warnings
    if fmt == "json":
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SkipFile(f"malformed JSON ({exc.msg} at line {exc.lineno})") from exc
        except (ValueError, RecursionError) as exc:  # e.g. arrays nested too deep to parse
            raise SkipFile("malformed JSON (nested too deeply or otherwise unreadable)") from exc
        doc = _from_record(rec, f"a{first_id}", path, "json")
        check_length(doc.text)
        return [doc], warnings
    docs: list[Document] = []
    # "\n" only: splitlines() would also break at U+2028/U+2029 (and \x1c-\x1e, \x85),
    # which JSON allows raw inside strings, and so cut a valid record in two.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            doc = _from_record(rec, f"a{first_id + len(docs)}", f"{path}:{lineno}", "jsonl")
            check_length(doc.text)
            docs.append(doc)
        except (ValueError, RecursionError) as exc:
            warnings.append(f"skipped {path} line {lineno}: malformed JSON ({exc})")
        except SkipFile as exc:
            warnings.append(f"skipped {path} line {lineno}: {exc}")
    if not docs:
        raise SkipFile("no usable article in the JSON lines")
    return docs, warnings


def load_paths(paths: Iterable[str], engine: Engine | None = None,
               outlets: dict[str, str] | None = None) -> LoadResult:
    """Load every supported article under `paths` (on `engine`, when given, file by file);
    `outlets` names the outlet of a file (file -> name, as `--outlet FILE=NAME`).

    Raises ReaderError when a path does not exist or nothing usable is left;
    files that cannot be used are skipped with a one-line warning each.
    """
    paths = list(paths)
    files, warnings = collect_paths(paths)
    docs: list[Document] = []
    for f, new, notes in run_map(engine, load_files, files):
        if new is None:
            warnings.append(f"skipped {f}: {notes[0]}")
            continue
        # ids follow the feed's order whichever worker read the file
        base = len(docs)
        docs.extend([replace(d, id=f"a{base + k}") for k, d in enumerate(new)])
        warnings.extend(notes)
    if not docs:
        where = ", ".join(paths)
        why = f" ({warnings[-1]})" if len(files) <= 1 and warnings else ""
        raise NoUsableArticle(f"no usable article in {where}{why}", warnings)
    named = apply_user_outlets(docs, user_outlets(paths, outlets or {}))  # --outlet, outlets.json/.txt
    return LoadResult(named, tuple(warnings))


def load_files(files: Sequence[str]) -> list[tuple[str, list[Document] | None, list[str]]]:
    """Each file's documents (numbered from a0) and notes, or None and why it was skipped."""
    out: list[tuple[str, list[Document] | None, list[str]]] = []
    for f in files:
        try:
            new, notes = load_file(f, 0)
        except SkipFile as exc:
            out.append((f, None, [str(exc)]))
            continue
        out.append((f, new, notes))
    return out
