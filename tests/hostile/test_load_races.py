"""Loading in-process, where the file system can be made to change under the loader,
and the no-argument start with the sample corpus gone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import reader.ingest.load as load
import reader.resources
from reader import cli

from .helpers import GOOD_A, GOOD_B


def _pair(tmp_path: Path) -> Path:
    for name, text in (("a.txt", GOOD_A), ("b.txt", GOOD_B), ("c.txt", GOOD_A + "Extra line.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_file_vanishes_between_listing_and_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _pair(tmp_path)
    listed = load.collect_paths

    def list_then_delete(paths: list[str]) -> tuple[list[str], list[str]]:
        files, warnings = listed(paths)
        os.unlink(folder / "b.txt")
        return files, warnings

    monkeypatch.setattr(load, "collect_paths", list_then_delete)
    result = load.load_paths([str(folder)])
    assert [os.path.basename(d.path) for d in result.documents] == ["a.txt", "c.txt"]
    assert result.warnings == (f"skipped {folder / 'b.txt'}: No such file or directory",)


def test_file_unreadable_when_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 does not stop root, so the refusal is simulated at the open call."""
    folder = _pair(tmp_path)
    real_open = os.open

    def deny(path: str, *args: object, **kwargs: object) -> int:
        if str(path).endswith("c.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(load.os, "open", deny)
    result = load.load_paths([str(folder)])
    assert [os.path.basename(d.path) for d in result.documents] == ["a.txt", "b.txt"]
    assert result.warnings == (f"skipped {folder / 'c.txt'}: Permission denied",)


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: chmod 000 does not stop reading")
def test_file_chmod_000(tmp_path: Path) -> None:
    folder = _pair(tmp_path)
    (folder / "c.txt").chmod(0)
    try:
        result = load.load_paths([str(folder)])
    finally:
        (folder / "c.txt").chmod(0o644)
    assert result.warnings == (f"skipped {folder / 'c.txt'}: Permission denied",)


def test_file_grows_past_limit_after_stat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The size is checked on what was read too, not only on the size seen at open."""
    folder = _pair(tmp_path)
    monkeypatch.setattr(load, "MAX_FILE_BYTES", 100)
    real_fstat = os.fstat

    def small_fstat(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, *st[1:6], 10, *st[7:10]))

    monkeypatch.setattr(load.os, "fstat", small_fstat)
    with pytest.raises(load.SkipFile, match="over the 0 MiB limit"):
        load.read_bytes(str(folder / "a.txt"))


def test_nothing_usable_carries_each_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.json").write_text("{", encoding="utf-8")
    (tmp_path / "y.txt").write_bytes(b"")
    assert cli.main(["analyze", str(tmp_path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"reader: warning: skipped {tmp_path / 'x.json'}: malformed JSON")
    assert err[1] == f"reader: warning: skipped {tmp_path / 'y.txt'}: empty file"
    assert err[2] == f"reader: error: no usable article in {tmp_path}"


def test_no_argument_with_sample_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gone"
    monkeypatch.setattr(reader.resources, "sample_corpus", lambda: missing)

    def no_app(*args: object, **kwargs: object) -> int:
        raise AssertionError("the app must not start without articles")

    import reader.ui.app as ui_app

    monkeypatch.setattr(ui_app, "run_app", no_app)
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err == (f"reader: error: the bundled sample corpus is missing ({missing}); "
                   "give a folder or files to open\n")


def test_terminal_safe_escapes_controls_only() -> None:
    assert cli.terminal_safe("a\x1b[2Jb\nc\x07\x9b\udcff é 中") == \
        "a\\x1b[2Jb\\x0ac\\x07\\x9b\\udcff é 中"
    assert cli.terminal_safe("row\x1b\nrow", keep_newlines=True) == "row\\x1b\nrow"
