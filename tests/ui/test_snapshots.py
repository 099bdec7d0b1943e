"""Screenshots of the reader on frozen analyses (pytest-textual-snapshot).

Update after an intended change with `pytest tests/ui --snapshot-update`, and
look at the new SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

from .snapshot_app import make_app

APP = Path(__file__).parent / "snapshot_app.py"


def test_sample_wide_with_a_fact_focused_and_entity_marks(snap_compare) -> None:
    # Two facts on, then the fact hop to the second outlet.
    assert snap_compare(APP, press=["right_square_bracket", "right_square_bracket", "tab"],
                        terminal_size=(200, 50))


def test_sample_at_80_by_24(snap_compare) -> None:
    # The first sentence is in F1 and F2: `]` makes F2 current on it, tagged F2+1.
    assert snap_compare(APP, press=["right_square_bracket"], terminal_size=(80, 24))


def test_coverage_matrix_at_80_by_24_with_keys_typed_while_it_opens(snap_compare) -> None:
    assert snap_compare(APP, press=["c", "down", "down", "down"], terminal_size=(80, 24))


def test_quote_drift_at_80_by_24(snap_compare) -> None:
    assert snap_compare(APP, press=["quotation_mark"], terminal_size=(80, 24))


def test_ten_outlets_windowed_at_200_columns(snap_compare) -> None:
    assert snap_compare(make_app("ten"), press=["7"], terminal_size=(200, 50))


def test_help_screen(snap_compare) -> None:
    assert snap_compare(APP, press=["question_mark"], terminal_size=(100, 40))


def test_word_diff_of_a_fact_whose_numbers_differ(snap_compare) -> None:
    # F6 of the sample, the fact whose outlets state different numbers (five steps from F1).
    assert snap_compare(APP, press=["right_square_bracket"] * 5 + ["d"], terminal_size=(120, 40))


def test_coverage_matrix(snap_compare) -> None:
    assert snap_compare(APP, press=["c", "down", "right"], terminal_size=(120, 40))


FEED_APP = Path(__file__).parent / "feed_app.py"


async def _grouped(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_story_picker_at_80_by_24(snap_compare) -> None:
    # A feed of two stories, grouped in the worker; the picker then lists them by size.
    assert snap_compare(FEED_APP, run_before=_grouped, terminal_size=(80, 24))


def test_story_picker_help(snap_compare) -> None:
    assert snap_compare(FEED_APP, run_before=_grouped, press=["question_mark"], terminal_size=(80, 24))
