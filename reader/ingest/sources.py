"""Command-line arguments to documents: files, folders and URLs, mixed, in order.

Files and folders load as before (reader.ingest.load); URLs are fetched a few at
a time (reader.ingest.fetch) and their HTML extracted exactly as an HTML file's
is. A URL that fails is one warning line, like a file that cannot be used;
only when nothing at all is usable is it an error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.decode import Undecodable, decode_bytes, html_charset
from reader.ingest.load import LoadResult, NoUsableArticle, SkipFile, _load_html, check_length, load_paths
from reader.ingest.sitename import host_name, site_name
from reader.model import Document
from reader.parallel import Engine

if TYPE_CHECKING:  # the HTTP client (urllib, ssl) is imported only when there are URLs
    from reader.ingest.fetch import Fetched, FetchError, FetchOptions, PageStore

#: Called as each page arrives: (pages done, pages in all, the URL).
FetchProgress = Callable[[int, int, str], None]

#: Pages fetched at once: enough to hide latency, few enough to be polite to one site.
PARALLEL_FETCHES = 4


def is_url(arg: str) -> bool:
    """Whether a command-line argument is meant as a URL ("scheme://..."); files never are."""
    scheme, sep, _ = arg.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum()


def page_document(fetched: Fetched, doc_id: str) -> tuple[Document, str | None]:
    """A fetched page as a document, extracted like an HTML file; SkipFile if it has no article.
    Returns the document and a note about its encoding, if any."""
    page = fetched.page
    try:
        decoded = decode_bytes(page.body, page.charset or html_charset(page.body))
    except Undecodable as exc:
        raise SkipFile(str(exc)) from exc
    doc = _load_html(decoded.text, doc_id, page.url)
    check_length(doc.text)
    outlet = doc.outlet or site_name(decoded.text, page.final_url) or host_name(page.final_url)
    doc = replace(doc, outlet=outlet, url=page.final_url)
    return doc, decoded.note


def load_sources(args: Sequence[str], *, store: PageStore | None = None, options: FetchOptions | None = None,
                 progress: FetchProgress | None = None, engine: Engine | None = None) -> LoadResult:
    """Load every article named by `args` (files, folders, URLs), in the order given.

    Raises ReaderError when a path does not exist or nothing usable is left.
    """
    args = list(args)
    urls = list(dict.fromkeys(a for a in args if is_url(a)))
    if not urls:
        return load_paths(args, engine=engine)
    from reader.ingest.fetch import FetchOptions

    fetched = fetch_all(urls, options or FetchOptions.from_env(), store, progress)
    docs: list[Document] = []
    warnings: list[str] = []
    done: set[str] = set()
    for run in _runs(args):
        if is_url(run[0]):
            for url in run:
                if url not in done:
                    done.add(url)
                    _add_page(url, fetched[url], docs, warnings)
            continue
        try:
            loaded = load_paths(run, engine=engine)
        except NoUsableArticle as exc:
            warnings.extend(exc.warnings or (str(exc),))
            continue
        docs.extend(loaded.documents)
        warnings.extend(loaded.warnings)
    if not docs:
        raise NoUsableArticle(f"no usable article in {', '.join(args)}", warnings)
    return LoadResult(tuple(replace(d, id=f"a{i}") for i, d in enumerate(docs)), tuple(warnings))


def _add_page(url: str, got: Fetched | FetchError, docs: list[Document], warnings: list[str]) -> None:
    from reader.ingest.fetch import FetchError

    if isinstance(got, FetchError):
        warnings.append(f"skipped {url}: {got}")
        return
    if got.note:
        warnings.append(got.note)
    try:
        doc, note = page_document(got, f"a{len(docs)}")
    except SkipFile as exc:
        warnings.append(f"skipped {url}: {exc}")
        return
    docs.append(doc)
    if note:
        warnings.append(f"{url}: {note}")


def _runs(args: list[str]) -> list[list[str]]:
    """Consecutive arguments of one kind (URLs, or paths) together, keeping their order."""
    runs: list[list[str]] = []
    for a in args:
        if runs and is_url(runs[-1][0]) == is_url(a):
            runs[-1].append(a)
        else:
            runs.append([a])
    return runs


def fetch_all(urls: Sequence[str], options: FetchOptions, store: PageStore | None,
              progress: FetchProgress | None = None) -> dict[str, Fetched | FetchError]:
    """Each URL's page (or why not), fetched a few at a time."""
    from concurrent.futures import ThreadPoolExecutor

    from reader.ingest.fetch import FetchError, fetch_or_cached

    out: dict[str, Fetched | FetchError] = {}

    def one(url: str) -> tuple[str, Fetched | FetchError]:
        try:
            return url, fetch_or_cached(url, options, store)
        except FetchError as exc:
            return url, exc

    with ThreadPoolExecutor(max_workers=min(PARALLEL_FETCHES, len(urls)) or 1) as pool:
        for url, got in pool.map(one, urls):
            out[url] = got
            if progress is not None:
                progress(len(out), len(urls), url)
    return out
