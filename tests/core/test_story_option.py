"""`reader analyze|report PATH --story ID` on one story of a feed, and the hint when a feed holds several."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

from .test_stories import ARTICLES


@pytest.fixture()
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    rows = [{"id": key, "outlet": outlet, "date": date, "title": title, "text": text}
            for key, outlet, date, title, text in ARTICLES]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _story_of(feed: Path, member: str, capsys) -> dict:
    assert main(["stories", str(feed), "--json"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    return next(s for s in stories if any(a["id"] == member for a in s["articles"]))


def test_analyze_one_story(feed: Path, capsys) -> None:
    fire = _story_of(feed, "fire-1", capsys)
    assert main(["analyze", str(feed), "--story", fire["id"], "--json", "--no-cache"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert [a["path"] for a in data["articles"]] == [a["path"] for a in fire["articles"]]
    assert [a["id"] for a in data["articles"]] == ["a0", "a1", "a2"]
    assert "--story" not in err


def test_report_one_story(feed: Path, capsys) -> None:
    fire = _story_of(feed, "fire-1", capsys)
    assert main(["report", str(feed), "--story", fire["id"], "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "Brennick" in out and "Valparaiso" not in out and "Pruitt" not in out


def test_unknown_story_is_one_line_and_fails(feed: Path, capsys) -> None:
    assert main(["analyze", str(feed), "--story", "s99", "--json", "--no-cache"]) != 0
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "s99" in err and "reader stories" in err


def test_a_feed_of_several_stories_suggests_story(feed: Path, capsys) -> None:
    # a second outlet's copy of one single-article story makes two stories of several articles
    key, outlet, date, title, text = next(a for a in ARTICLES if not a[0].startswith("fire"))
    with feed.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": key + "-copy", "outlet": outlet + " Weekly", "date": date, "title": title,
                              "text": text}) + "\n")
    assert main(["analyze", str(feed), "--json", "--no-cache"]) == 0
    out, err = capsys.readouterr()
    notes = [ln for ln in err.splitlines() if "--story" in ln]
    assert len(notes) == 1 and notes[0].startswith("reader: warning: ") and "5 stories" in notes[0]
    assert "--story" in notes[0]
    assert len(json.loads(out)["articles"]) == len(ARTICLES) + 1  # still analysed as one, as before


def test_articles_that_share_no_event_get_no_hint(feed: Path, capsys) -> None:
    # one story of three plus unrelated single articles: a comparison the user chose, not a feed
    assert main(["analyze", str(feed), "--json", "--no-cache"]) == 0
    assert "--story" not in capsys.readouterr().err


def test_one_story_gets_no_hint(capsys) -> None:
    assert main(["analyze", "sample_corpus", "--no-cache"]) == 0
    assert "--story" not in capsys.readouterr().err
