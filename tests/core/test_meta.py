"""Metadata: file metadata first, then the text's own cues, then the file name."""

from __future__ import annotations

from reader.ingest.clean import clean_document
from reader.ingest.meta import Meta, infer_meta
from reader.model import Document

BODY = "The council approved the plan on Tuesday after a long debate.\nIt takes effect next month.\n"


def _meta(text: str, **kw) -> Meta:
    doc = Document(id="a0", path=kw.pop("path", "/tmp/story_one.txt"), text=text, **kw)
    return infer_meta(doc, clean_document(doc))


def test_file_metadata_wins():
    m = _meta("Council approves plan after long debate\nBy Ann Lee | Wire Service\n" + BODY,
              outlet="Metro Daily", title="Council approves plan", byline="Staff", date="2024-03-01")
    assert m == Meta("Metro Daily", "Council approves plan", "Staff", "2024-03-01")


def test_outlet_from_byline_organisation():
    m = _meta("Council approves plan after long debate\nAnn Lee, Harbour Post\n" + BODY)
    assert (m.outlet, m.byline) == ("Harbour Post", "Ann Lee")


def test_outlet_from_copyright_holder_not_distributor():
    m = _meta("Council approves plan after long debate\n" + BODY
              + "©2024 Valley Herald Inc. Distributed by Example Syndicate, LLC.\n")
    assert m.outlet == "Valley Herald"


def test_outlet_from_source_credit_and_quotes():
    assert _meta("Council approves plan after long debate\n" + BODY + "From The Coastal Ledger\n").outlet \
        == "The Coastal Ledger"
    text = ("Council approves plan after long debate\n"
            "“It was overdue,” the mayor told The Morning Courier on Tuesday.\n" + BODY)
    assert _meta(text).outlet == "The Morning Courier"


def test_outlet_from_dateline_agency():
    m = _meta("OTTAWA (Wire Agency) - The council approved the plan on Tuesday after a long debate.\n"
              "It takes effect next month.\n")
    assert m.outlet == "Wire Agency"
    assert m.title is None


def test_outlet_falls_back_to_file_name():
    assert _meta("Council approves plan after long debate\n" + BODY, path="/x/y/metro_42.txt").outlet == "metro_42"
    assert _meta(BODY, path="/x/feed.jsonl:3").outlet == "feed"


def test_title_is_the_headline_line_text():
    m = _meta("Advertisement\n\nCouncil approves plan after long debate\n\n" + BODY)
    assert m.title == "Council approves plan after long debate"


def test_no_headline_means_no_title():
    assert _meta("(Montreal) The council approved the plan on Tuesday after a long debate.\n"
                 "It takes effect next month.\n").title is None


def test_byline_and_date_from_front_matter():
    m = _meta("Council approves plan after long debate\nBy Ann Lee and Bo Chen\nUpdated: 3 March 2024 10:05 GMT\n"
              + BODY)
    assert (m.byline, m.date) == ("Ann Lee and Bo Chen", "3 March 2024")


def test_date_glued_to_section_and_button():
    m = _meta("Council approves plan after long debate\nJane Roe\nMarch 3, 2024Politicsshare\n" + BODY)
    assert (m.byline, m.date) == ("Jane Roe", "March 3, 2024")


def test_job_title_is_not_an_outlet():
    m = _meta("Council approves plan after long debate\nBy Ann Lee, Senior Correspondent\n" + BODY,
              path="/x/local.txt")
    assert (m.byline, m.outlet) == ("Ann Lee", "local")
