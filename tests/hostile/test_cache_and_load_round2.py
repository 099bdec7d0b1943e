"""Issue 16, input side: special files, silent skips, line separators and a cache
that validates before it trusts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import reader.ingest.load as load
from reader.cache import Cache, analysis_key
from reader.cache import guard as cache_guard
from reader.ingest.textlines import split_lines
from reader.model import Document
from reader.schema import analysis_to_dict

from .helpers import GOOD_A, GOOD_B

SEPARATORS = ["\n", "\r\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def _story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "good_a.txt").write_text(GOOD_A, encoding="utf-8")
    (folder / "good_b.txt").write_text(GOOD_B, encoding="utf-8")
    return folder


def _names(result: load.LoadResult) -> list[str]:
    return sorted(os.path.basename(d.path) for d in result.documents)


# --- special files ---------------------------------------------------------------------------


def test_read_returning_none_skips_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """/proc/kmsg opened without blocking reads as None: that file is skipped, the run goes on."""
    folder = _story(tmp_path)
    (folder / "kmsg.txt").write_text("placeholder", encoding="utf-8")  # not size 0, so it is read
    real_fdopen = os.fdopen

    class NothingYet:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def fileno(self):
            return self.fh.fileno()

        def read(self, n=-1):
            return None

    def fdopen(fd, *args, **kwargs):
        fh = real_fdopen(fd, *args, **kwargs)
        return NothingYet(fh) if os.readlink(f"/proc/self/fd/{fd}").endswith("kmsg.txt") else fh

    monkeypatch.setattr(load.os, "fdopen", fdopen)
    result = load.load_paths([str(folder)])
    assert _names(result) == ["good_a.txt", "good_b.txt"]
    assert [w for w in result.warnings if "kmsg.txt" in w] == \
        [f"skipped {folder / 'kmsg.txt'}: a special file with nothing to read, not an article"]


@pytest.mark.parametrize("target", ["/proc/kmsg", "/dev/zero", "/dev/null"])
def test_symlink_to_special_file_skips_it(tmp_path: Path, target: str) -> None:
    if not os.path.lexists(target):
        pytest.skip(f"{target} is not on this system")
    folder = _story(tmp_path)
    os.symlink(target, folder / "special.txt")
    result = load.load_paths([str(folder)])
    assert _names(result) == ["good_a.txt", "good_b.txt"]
    assert len([w for w in result.warnings if "special.txt" in w]) == 1


# --- silent skips ----------------------------------------------------------------------------


def _deny_scandir(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """chmod 000 does not stop root, so the refusal is simulated where os.walk lists a folder."""
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(denied):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_unreadable_subfolder_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _story(tmp_path)
    (folder / "locked").mkdir()
    (folder / "locked" / "c.txt").write_text(GOOD_A, encoding="utf-8")
    _deny_scandir(monkeypatch, folder / "locked")
    result = load.load_paths([str(folder)])
    assert _names(result) == ["good_a.txt", "good_b.txt"]
    assert result.warnings == (f"skipped folder {folder / 'locked'}: Permission denied",)


def test_unreadable_top_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _story(tmp_path)
    _deny_scandir(monkeypatch, folder)
    with pytest.raises(load.NoUsableArticle) as err:
        load.load_paths([str(folder)])
    assert "Permission denied" in str(err.value)
    assert err.value.warnings == (f"skipped folder {folder}: Permission denied",)


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"])
def test_zero_width_only_file_is_refused_like_whitespace(tmp_path: Path, invisible: str) -> None:
    folder = _story(tmp_path)
    (folder / "ghost.txt").write_text((invisible * 40 + " \n") * 3, encoding="utf-8")
    (folder / "ghost.json").write_text(json.dumps({"text": invisible * 10}), encoding="utf-8")
    result = load.load_paths([str(folder)])
    assert _names(result) == ["good_a.txt", "good_b.txt"]
    assert f"skipped {folder / 'ghost.txt'}: empty file" in result.warnings
    assert len([w for w in result.warnings if "ghost.json" in w]) == 1


def test_symlinked_copy_does_not_take_the_real_name(tmp_path: Path) -> None:
    folder = _story(tmp_path)
    os.symlink("good_b.txt", folder / "a_link.txt")  # sorts before the real file
    result = load.load_paths([str(folder)])
    assert _names(result) == ["good_a.txt", "good_b.txt"]


# --- line separators and the paragraph budget ------------------------------------------------


@pytest.mark.parametrize("sep", SEPARATORS)
def test_every_line_break_splits_for_cleaner_and_budget_alike(sep: str) -> None:
    para = "The council met again on Monday. " * 1500  # 49,500 characters
    text = sep.join([para] * 3)
    assert len(text) > load.MAX_LINE_CHARS
    lines = split_lines(text)
    assert len(lines) == 3 and all(text[ln.start:ln.end] == ln.text for ln in lines)
    load.check_length(text)  # three paragraphs within the budget: accepted
    wall = text.replace(sep, " ")
    with pytest.raises(load.SkipFile, match="for one paragraph"):
        load.check_length(wall)
    assert len(split_lines(wall)) == 1


def test_punctuation_runs_the_tokenizer_cannot_split_in_time_are_refused() -> None:
    """spaCy's tokenizer is quadratic in a run of brackets or quotes at a word's edge."""
    with pytest.raises(load.SkipFile, match="runs of punctuation"):
        load.check_length(GOOD_A + "(" * 3_000 + "x" + ")" * 3_000 + " said.\n")
    with pytest.raises(load.SkipFile, match="runs of punctuation"):
        load.check_length(GOOD_A + " ".join('"' * 40 + "word" for _ in range(2_000)))
    ordinary = GOOD_A + "=" * 80 + "\nShe said -- twice... \"(really)\" -- that it was over!?\n" * 200
    load.check_length(ordinary)  # separators, dashes and quotes of real text spend almost nothing


def test_jsonl_record_may_hold_a_line_separator(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rec = {"text": "First paragraph.\u2028Second paragraph.", "outlet": "Wire"}
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, warnings = load.load_file(str(path), 0)
    # One record, not two broken halves; its separator becomes "\n" one-for-one, as in every text.
    assert [d.text for d in docs] == ["First paragraph.\nSecond paragraph."] and warnings == []


# --- the cache -------------------------------------------------------------------------------


def _in_child(code: str, cache: Path, timeout: float = 60) -> str:
    """Run `code` in a fresh interpreter with an address-space limit, so a hang or a
    runaway read fails the test instead of the machine."""
    prelude = ("import resource; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))\n"
               "from pathlib import Path\nfrom reader.cache import Cache, guard as cache_guard\n"
               f"c = Cache(Path({str(cache)!r}))\n")
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, timeout=timeout,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_fifo_at_an_entry_is_a_miss_not_a_hang(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    path = cache._path("analysis", "ab" * 32)
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    out = _in_child(f"print(c.read('analysis', {'ab' * 32!r}), cache_guard.take_notes())", tmp_path / "cache")
    assert out.startswith("None [") and ("not a regular file" in out or "cannot be opened" in out)


def test_symlink_to_dev_zero_is_a_miss(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    path = cache._path("insights", "cd" * 32)
    path.parent.mkdir(parents=True)
    os.symlink("/dev/zero", path)
    out = _in_child(f"print(c.read('insights', {'cd' * 32!r}), len(cache_guard.take_notes()))", tmp_path / "cache")
    assert out == "None 1"


def test_oversized_entry_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = Cache(tmp_path / "cache")
    cache.write("insights", "ef" * 32, b"[" + b"0," * 1000 + b"0]")
    monkeypatch.setattr(cache_guard, "MAX_ENTRY_BYTES", 1000)
    monkeypatch.setattr(cache_guard.read_regular, "__defaults__", (1000,))
    assert cache.read("insights", "ef" * 32) is None
    assert "limit" in cache_guard.take_notes()[0]


DOCS = [Document(id="a0", path="story/a.txt", text=GOOD_A), Document(id="a1", path="story/b.txt", text=GOOD_B)]


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory):
    """One real analysis (spaCy runs once for the module) and its cache folder."""
    from reader.pipeline import analyze_documents

    root = tmp_path_factory.mktemp("cache")
    os.environ["READER_CACHE_DIR"] = str(root)
    try:
        an = analyze_documents(DOCS, use_cache=False)
    finally:
        del os.environ["READER_CACHE_DIR"]
    return an


def _forge(cache: Cache, kind: str, key: str, data: object) -> None:
    """An entry with a correct header and checksum: only its content is wrong."""
    cache.write(kind, key, json.dumps(data).encode() if not isinstance(data, bytes) else data)


def test_forged_analysis_entries_are_misses(analysed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "c"))
    cache = Cache()
    key = analysis_key(DOCS, None)
    good = analysis_to_dict(analysed, include_text=True)
    _forge(cache, "analysis", key, good)
    assert cache.get_analysis(key) is not None  # the honest entry is trusted
    cache_guard.take_notes()
    deep = b'{"version": 1, "articles": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    shifted = json.loads(json.dumps(good))
    shifted["articles"][0]["sentences"][-1]["start"] += 5
    shifted["articles"][0]["sentences"][-1]["end"] += 10_000
    wrong_ref = json.loads(json.dumps(good))
    wrong_ref["facts"][0]["sentences"].append("a9.s99")
    for forged in (deep, shifted, wrong_ref, {}, [], {"version": 1}):
        _forge(cache, "analysis", key, forged)
        assert cache.get_analysis(key) is None, str(forged)[:80]
    notes = cache_guard.take_notes()
    assert len(notes) == 1 and notes[0].startswith("ignored a damaged analysis cache entry")


def test_forged_analysis_of_other_texts_is_a_miss(analysed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.pipeline import analyze_documents

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "c"))
    other = [Document(id="a0", path="story/a.txt", text=GOOD_B), Document(id="a1", path="story/b.txt", text=GOOD_A)]
    _forge(Cache(), "analysis", analysis_key(other, None), analysis_to_dict(analysed, include_text=True))
    an = analyze_documents(other)
    assert [a.text for a in an.articles] == [GOOD_B, GOOD_A]
    assert any("not the ones loaded" in n for n in cache_guard.take_notes())


def test_forged_insights_are_recomputed(analysed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.output.json import insights_json

    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "c"))
    honest = insights_json(analysed)  # computed and written
    assert set(honest) >= {"diffs", "quotes", "claims", "coverage"}
    cache_guard.take_notes()
    entry = next((tmp_path / "c" / "insights").glob("*/*"))
    key = entry.name
    cache = Cache()
    bad_claims = json.loads(json.dumps(honest))
    bad_claims["claims"] = [{"article": "a0", "start": 10**6, "end": 10**6 + 3}]
    for forged in ({}, {"diffs": 1}, bad_claims, b"[" * 100_000):
        _forge(cache, "insights", key, forged)
        assert insights_json(analysed) == honest
    notes = cache_guard.take_notes()
    assert len(notes) == 1 and "insights" in notes[0]


def test_stale_temp_files_are_swept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "cache"
    shard = root / "analysis" / "ab"
    shard.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (shard / f".tmp-{dead.pid}-x1").write_bytes(b"half")  # its writer was killed
    old = shard / ".tmp-oldstyle"
    old.write_bytes(b"half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))  # two hours old
    live = shard / f".tmp-{os.getpid()}-x2"
    live.write_bytes(b"being written")  # a writer still at work
    monkeypatch.setattr(Cache, "_swept", set())
    Cache(root).write("analysis", "cd" * 32, b"{}")
    assert sorted(p.name for p in shard.iterdir()) == [live.name]
