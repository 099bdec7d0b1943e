"""The analysis cache: a relaunch on an unchanged story answers without spaCy.

Two levels, both keyed by content, never by file names or times:

* the whole `Analysis` of a story, as JSON, keyed by every document (path and
  a hash of its text and metadata), the spaCy model's name and version (read
  from package metadata, so computing the key imports nothing heavy), the
  analysis settings and the code version (a hash of the analysis sources);
* spaCy's output for each article, as a `DocBin`, keyed by the model and the
  text of its body spans: when one article changes, only that article goes
  through spaCy again; cleaning, entity linking and alignment, which are
  cross-article and cheap, run again on all articles.

Every entry carries its key and a SHA-256 of its payload, and is written to a
temporary file then renamed, so a crash never leaves half an entry; an entry
that does not check out is ignored and rewritten, never trusted. What "checks
out" means (regular files only, size and depth limits, the schema, offsets
against the text) is in `guard.py` and `checks.py` beside this one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader.model import SCHEMA_VERSION, Analysis, Document
from reader.schema import analysis_from_dict, analysis_to_dict, cache_rows
from reader.settings import AlignSettings

from . import guard as cache_guard

ENV = "READER_CACHE_DIR"
_MAGIC = b"reader-cache 1\n"
#: A spans entry: this tag, then DocBins, each after its length (8 bytes, big-endian).
_DOCS_TAG = b"docbins 1\n"
#: Tokens per DocBin of a spans entry: serialising one builds several copies of
#: its token table (about 70 bytes a token), so a long article goes in pieces.
_DOCBIN_TOKENS = 16_384


def cache_dir() -> Path:
    """$READER_CACHE_DIR, else the platform's user cache directory."""
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("reader"))


#: Modules whose code does not shape an analysis: the UI, the command line, and
#: private modules (such as the brute-force reference that only tests use).
_NOT_ANALYSIS = frozenset({"ui", "cli.py", "__main__.py", "resources.py"})


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the analysis code, so an upgrade or an edit never reads stale results."""
    h = hashlib.sha256(f"schema {SCHEMA_VERSION}".encode())
    root = Path(__file__).resolve().parent.parent  # the reader package
    for f in sorted(root.rglob("*.py")):
        name = f.relative_to(root).as_posix()
        if name.split("/", 1)[0] in _NOT_ANALYSIS or f.name.startswith("_") and f.name != "__init__.py":
            continue
        h.update(name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def model_version(name: str | None) -> str:
    """'<package>==<version> spacy==<version>' of the model `load_model(name)` would load.

    Read from package metadata: importing spaCy to ask it would cost seconds.
    A model given as a path is identified by its meta.json instead.
    """
    from importlib import metadata

    from reader.language.nlp import model_candidates

    try:
        spacy_v = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy_v = "none"
    for cand in model_candidates(name):
        p = Path(cand)
        if p.exists():
            meta = p / "meta.json"
            data = meta.read_bytes() if meta.is_file() else b""
            return f"{p.resolve()}#{hashlib.sha256(data).hexdigest()[:12]} spacy=={spacy_v}"
        try:
            return f"{cand}=={metadata.version(cand)} spacy=={spacy_v}"
        except metadata.PackageNotFoundError:
            continue
    return f"missing:{','.join(model_candidates(name))} spacy=={spacy_v}"


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def document_digest(doc: Document) -> str:
    return _digest(doc.id, doc.path, doc.text, str(doc.outlet), str(doc.title), str(doc.byline), str(doc.date),
                   str(doc.url), doc.format)


def settings_repr(settings: AlignSettings | None = None) -> str:
    return json.dumps(asdict(settings or AlignSettings()), sort_keys=True)


def analysis_key(documents: Sequence[Document], model: str | None, settings: AlignSettings | None = None) -> str:
    """The key of a story's whole analysis; computing it imports no spaCy."""
    from reader.language.synonyms import setting as senses

    return _digest("analysis", code_version(), model_version(model), settings_repr(settings), senses(),
                   *(document_digest(d) for d in documents))


def spans_key(texts: Sequence[str], model: str | None) -> str:
    """The key of one article's spaCy output: its body spans' texts and the model."""
    return _digest("spans", model_version(model), *texts)


def _json_pieces(data: Any, separators: tuple[str, str] = (",", ":"), errors: str = "strict") -> Iterator[bytes]:
    """JSON of `data` (compact unless told) as UTF-8, in pieces of about 64 kB: the
    bytes of `json.dumps(data, ensure_ascii=False, separators=...).encode("utf-8", errors)`."""
    buf: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, separators=separators).iterencode(data):
        buf.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            yield "".join(buf).encode("utf-8", errors)
            buf, size = [], 0
    if buf:
        yield "".join(buf).encode("utf-8", errors)


def json_pieces(data: Any) -> Iterator[bytes]:
    """`json.dumps(data, ensure_ascii=False)` as UTF-8 (lone surrogates kept), in pieces."""
    return _json_pieces(data, (", ", ": "), "surrogatepass")


class Cache:
    """Entries under one directory; every read is checked, every write atomic."""

    #: Roots whose leftover temporary files were swept in this process.
    _swept: set[str] = set()

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_dir()

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / key

    def read(self, kind: str, key: str) -> bytes | None:
        """The payload of a valid entry, else None (missing, torn, corrupt or for another key)."""
        try:
            raw = cache_guard.read_regular(self._path(kind, key))
        except cache_guard.Rejected as exc:
            cache_guard.note(kind, str(exc))
            return None
        if raw is None:
            return None
        if not raw.startswith(_MAGIC):
            cache_guard.note(kind, "no cache header")
            return None
        head_end = raw.find(b"\n", len(_MAGIC))
        if head_end < 0:
            return None
        try:
            head = json.loads(raw[len(_MAGIC):head_end])
        except ValueError:
            return None
        payload = raw[head_end + 1:]
        if (not isinstance(head, dict) or head.get("key") != key or head.get("size") != len(payload)
                or head.get("sha256") != hashlib.sha256(payload).hexdigest()):
            cache_guard.note(kind, "its checksum does not match")
            return None
        return payload

    def write(self, kind: str, key: str, payload: bytes) -> None:
        """Store an entry atomically; a cache that cannot be written is not an error."""
        path = self._path(kind, key)
        self._sweep_once()
        head = json.dumps({"key": key, "size": len(payload), "sha256": hashlib.sha256(payload).hexdigest()})
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # The pid in the name lets a later run tell a dead writer's leftover.
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{cache_guard.TMP_PREFIX}{os.getpid()}-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(_MAGIC + head.encode() + b"\n")
                    fh.write(payload)  # apart: a copy of a large payload would double its cost
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:
            pass

    def write_pieces(self, kind: str, key: str, pieces: Iterable[bytes]) -> None:
        """`write` of the concatenated `pieces`, never all held at once: they go to
        a scratch file while hashed, then after the header into the entry's file."""
        path = self._path(kind, key)
        self._sweep_once()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            names: list[str] = []
            try:
                fd, name = tempfile.mkstemp(dir=path.parent, prefix=f"{cache_guard.TMP_PREFIX}{os.getpid()}-")
                names.append(name)
                with os.fdopen(fd, "w+b") as body:
                    digest, size = hashlib.sha256(), 0
                    for piece in pieces:
                        body.write(piece)
                        digest.update(piece)
                        size += len(piece)
                    head = json.dumps({"key": key, "size": size, "sha256": digest.hexdigest()})
                    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{cache_guard.TMP_PREFIX}{os.getpid()}-")
                    names.append(tmp)
                    with os.fdopen(fd, "wb") as out:
                        out.write(_MAGIC + head.encode() + b"\n")
                        body.seek(0)
                        shutil.copyfileobj(body, out, 1 << 16)
                os.replace(tmp, path)
            finally:
                for name in names:
                    try:
                        os.unlink(name)
                    except OSError:
                        pass
        except OSError:
            pass

    def _sweep_once(self) -> None:
        """Remove temporary files a killed writer left behind, once per process and root."""
        root = str(self.root)
        if root not in Cache._swept:
            Cache._swept.add(root)
            cache_guard.sweep_stale(self.root)

    def read_json(self, kind: str, key: str, object_hook: Callable[[dict[str, Any]], Any] | None = None) -> Any:
        """The decoded JSON of a valid entry (size and depth checked), else None."""
        payload = self.read(kind, key)
        if payload is None:
            return None
        try:
            text = cache_guard.json_text(payload)
            del payload  # the bytes and the text at once would be two copies while it is parsed
            return cache_guard.parse_json(text, object_hook)
        except cache_guard.Rejected as exc:
            cache_guard.note(kind, str(exc))
            return None

    # -- whole analyses and spaCy output

    def get_analysis(self, key: str) -> Analysis | None:
        from .checks import check_analysis

        # sentences and mentions decoded as rows, not dicts (`cache_rows`)
        data = self.read_json("analysis", key, cache_rows)
        if data is None:
            return None
        try:
            check_analysis(data)
            an = analysis_from_dict(data, consume=True)
        except (ValueError, KeyError, TypeError) as exc:  # Rejected is a ValueError
            cache_guard.note("analysis", str(exc) or type(exc).__name__)
            return None
        if an.version != SCHEMA_VERSION:
            return None
        return an

    def put_analysis(self, key: str, an: Analysis) -> None:
        data = analysis_to_dict(an, include_text=True)
        # The JSON of `reader analyze` rounds scores; the cache keeps them exact
        # so that a cached analysis equals a fresh one.
        for fd, fact in zip(data["facts"], an.facts, strict=True):
            fd["score"] = fact.score
            for ed, ev in zip(fd["evidence"], fact.evidence, strict=True):
                ed["score"] = ev.score
                ed["components"] = dict(ev.components)
        # written in pieces: the document as one string and its bytes would be two more copies of every text
        self.write_pieces("analysis", key, _json_pieces(data))

    def get_docbins(self, key: str) -> list[bytes] | None:
        """One article's parsed span Docs as the DocBins they were stored in, or None.
        Not decoded here: `reader.language.parsed` decodes and checks one at a time."""
        payload = self.read("spans", key)
        if payload is None or not payload.startswith(_DOCS_TAG):
            return None
        out: list[bytes] = []
        at = len(_DOCS_TAG)
        while at < len(payload):
            size = int.from_bytes(payload[at:at + 8], "big")
            if size <= 0 or at + 8 + size > len(payload):
                return None
            out.append(payload[at + 8:at + 8 + size])
            at += 8 + size
        return out

    def put_docbins(self, key: str, datas: Sequence[bytes]) -> None:
        """Store one article's DocBins (each of a bounded number of tokens)."""
        parts = [_DOCS_TAG]
        for data in datas:
            parts += [len(data).to_bytes(8, "big"), data]
        self.write("spans", key, b"".join(parts))

    def get_docs(self, key: str, vocab: Any) -> list[Any] | None:
        """One article's parsed span Docs, or None."""
        datas = self.get_docbins(key)
        if datas is None:
            return None
        try:
            from spacy.tokens import DocBin

            return [d for data in datas for d in DocBin().from_bytes(data).get_docs(vocab)]
        except Exception:  # a payload spaCy cannot read is a miss, not an error
            return None

    def put_docs(self, key: str, docs: Sequence[Any]) -> None:
        from spacy.tokens import DocBin

        datas, start, tokens = [], 0, 0
        for k, doc in enumerate(docs):
            tokens += len(doc)
            if tokens >= _DOCBIN_TOKENS or k == len(docs) - 1:
                datas.append(DocBin(docs=docs[start:k + 1]).to_bytes())
                start, tokens = k + 1, 0
        self.put_docbins(key, datas)
