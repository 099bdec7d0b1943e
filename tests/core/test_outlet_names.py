"""Outlet names from the text's own cues, metadata, the address, and the user."""

from __future__ import annotations

import json

import pytest

from reader import cli
from reader.ingest.clean import clean_document
from reader.ingest.load import load_paths
from reader.ingest.meta import infer_meta
from reader.ingest.outlet_names import domain_name, is_section_name, looks_like_outlet
from reader.model import Document

BODY = ("The council approved the plan on Tuesday after a long debate that ran late into the night.\n"
        "It takes effect next month, officials said after the vote.\n")


def _outlet(text: str, **kw) -> str | None:
    doc = Document(id="a0", path=kw.pop("path", "/tmp/story_one.txt"), text=text, **kw)
    return infer_meta(doc, clean_document(doc)).outlet


def test_organisation_after_the_author_in_a_by_line():
    assert _outlet("Council approves plan\n\nBy Ann Lee, The Harbour Ledger\nMarch 5, 2024\n\n" + BODY) \
        == "The Harbour Ledger"


def test_a_line_naming_the_outlet_under_the_headline():
    assert _outlet("Council approves plan\nHill Country Public Radio\n\n" + BODY) == "Hill Country Public Radio"


def test_support_appeal_names_the_outlet():
    assert _outlet("Council approves plan\n\n" + BODY + "\nSupport The Harbour Ledger: subscribe today.\n") \
        == "The Harbour Ledger"


def test_a_section_name_is_never_an_outlet():
    assert is_section_name("Sport") and is_section_name("English Service") and not is_section_name("Metro Daily")
    assert _outlet("Council approves plan\n\n" + BODY, outlet="Sport", url="https://www.metro-daily.com/a/1") \
        == "metro-daily.com"
    assert not looks_like_outlet("Maria Chen") and looks_like_outlet("The Harbour Ledger")


def test_domain_of_the_address():
    assert domain_name("https://www.example-news.co.uk/world/1") == "example-news.co.uk"
    assert domain_name("not a url") is None


def _folder(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Council approves plan\n\n" + BODY, encoding="utf-8")
    return tmp_path


def test_outlets_json_and_txt_name_files_and_are_not_articles(tmp_path):
    folder = _folder(tmp_path)
    (folder / "outlets.json").write_text(json.dumps({"a.txt": "Harbour Ledger"}), encoding="utf-8")
    (folder / "outlets.txt").write_text("# file = outlet\nb.txt = Valley Radio\n", encoding="utf-8")
    docs = load_paths([str(folder)]).documents
    assert [(d.path.rsplit("/", 1)[-1], d.outlet) for d in docs] == [("a.txt", "Harbour Ledger"),
                                                                    ("b.txt", "Valley Radio")]


def test_outlet_option_on_the_command_line(tmp_path, capsysbinary):
    folder = _folder(tmp_path)
    assert cli.main(["analyze", str(folder), "--json", "--no-cache", "--outlet", f"{folder / 'a.txt'}=Harbour Ledger",
                     "--outlet", "b.txt=Valley Radio"]) == 0
    doc = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert [a["outlet"] for a in doc["articles"]] == ["Harbour Ledger", "Valley Radio"]


def test_outlet_option_needs_a_name(tmp_path, capsys):
    assert cli.main(["analyze", str(_folder(tmp_path)), "--outlet", "a.txt"]) != 0
    assert "FILE=NAME" in capsys.readouterr().err


@pytest.mark.parametrize("line", ["Ann Lee", "Dr. Ann Lee", "Updated March 5, 2024"])
def test_people_and_dates_are_not_outlets(line):
    assert not looks_like_outlet(line)


def test_outlet_line_with_its_section_and_copyright_line():
    assert _outlet("Council approves plan\n\nThe Harbour Ledger — Health\n\n" + BODY) == "The Harbour Ledger"
    assert _outlet("Council approves plan\n\n" + BODY + "\n© 2026 The Harbour Ledger\n") == "The Harbour Ledger"


def test_a_domain_that_begins_with_the():
    assert domain_name("https://www.theharbour.co.uk/a") == "The Harbour"
