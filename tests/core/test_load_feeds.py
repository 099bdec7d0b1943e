"""Feed formats: JSON-lines dumps with crawler field names, record ids, bad lines, mixes."""

from __future__ import annotations

import json
from pathlib import Path

from reader.ingest.load import load_paths


def test_jsonl_aliases_and_record_ids(tmp_path: Path) -> None:
    rows = [
        {"id": "r1", "maintext": "Body one.", "source_domain": "example.org", "date_publish": "2024-05-01 10:00:00",
         "headline": "Head one"},
        {"id": 42, "body": "Body two.", "site_name": "Site Two", "published": "Wed, 01 May 2024 09:00:00 GMT",
         "title": "Head two"},
        {"content": "Body three.", "outlet": "Three", "date": "2024-05-02", "title": "Head three"},
    ]
    (tmp_path / "dump.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs = load_paths([str(tmp_path / "dump.jsonl")]).documents
    assert [d.text for d in docs] == ["Body one.", "Body two.", "Body three."]
    assert [d.outlet for d in docs] == ["example.org", "Site Two", "Three"]
    assert [d.title for d in docs] == ["Head one", "Head two", "Head three"]
    assert [d.date for d in docs] == ["2024-05-01 10:00:00", "Wed, 01 May 2024 09:00:00 GMT", "2024-05-02"]
    assert [d.source_id for d in docs] == ["r1", "42", None]
    assert [d.id for d in docs] == ["a0", "a1", "a2"]  # the analysis ids stay the load's own


def test_our_field_names_win_over_aliases(tmp_path: Path) -> None:
    rec = {"text": "Ours.", "maintext": "Theirs.", "outlet": "Ours", "source_domain": "theirs.example",
           "title": "Ours", "headline": "Theirs"}
    (tmp_path / "one.json").write_text(json.dumps(rec), encoding="utf-8")
    doc = load_paths([str(tmp_path / "one.json")]).documents[0]
    assert (doc.text, doc.outlet, doc.title) == ("Ours.", "Ours", "Ours")


def test_bad_line_is_skipped_and_neighbours_kept(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": "First."}), '{"id": "b", "text": "cut short', "[1, 2]",
             json.dumps({"id": "c", "maintext": ""}), json.dumps({"id": "d", "text": "Last."})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = load_paths([str(tmp_path / "feed.jsonl")])
    assert [d.source_id for d in res.documents] == ["a", "d"]
    assert [d.path.rsplit(":", 1)[1] for d in res.documents] == ["1", "5"]
    skipped = [w for w in res.warnings if "line" in w]
    assert [w.split(" line ")[1].split(":")[0] for w in skipped] == ["2", "3", "4"]
    assert all("\n" not in w for w in res.warnings)


def test_raw_line_and_paragraph_separators_inside_strings_keep_the_record(tmp_path: Path) -> None:
    # JSON allows U+2028/U+2029 (and other characters str.splitlines() breaks at) raw inside strings
    text = "One\u2028two\u2029three\x1cfour\x85five."
    body = json.dumps({"id": "x", "text": text}, ensure_ascii=False)
    (tmp_path / "feed.jsonl").write_text(body + "\n" + json.dumps({"id": "y", "text": "Next."}) + "\r\n",
                                         encoding="utf-8")
    res = load_paths([str(tmp_path / "feed.jsonl")])
    assert [d.source_id for d in res.documents] == ["x", "y"]
    # the record survives whole; its own line ends are then made one "\n" each, offsets kept
    assert res.documents[0].text == "One\ntwo\nthree\x1cfour\nfive."
    assert not res.warnings


def test_folder_mixing_files_and_dumps(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A plain article.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b1", "maintext": "From a dump."}) + "\n"
                                      + json.dumps({"id": "b2", "maintext": "Also from it."}) + "\n",
                                      encoding="utf-8")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "c.jsonl").write_text(json.dumps({"id": "c1", "body": "Second dump."}) + "\n", encoding="utf-8")
    (sub / "d.json").write_text(json.dumps({"text": "One object.", "id": "d1"}), encoding="utf-8")
    res = load_paths([str(tmp_path)])
    assert [d.source_id for d in res.documents] == [None, "b1", "b2", "c1", "d1"]
    assert [d.format for d in res.documents] == ["txt", "jsonl", "jsonl", "jsonl", "json"]
    assert len({d.id for d in res.documents}) == 5


def test_a_feed_dump_may_be_bigger_than_one_article(tmp_path: Path, monkeypatch) -> None:
    from reader.ingest import load

    monkeypatch.setattr(load, "MAX_FILE_BYTES", 200)
    rows = "".join(json.dumps({"id": f"r{k}", "text": f"Article number {k} of the feed."}) + "\n" for k in range(20))
    (tmp_path / "feed.jsonl").write_text(rows, encoding="utf-8")
    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    res = load_paths([str(tmp_path)])
    assert len(res.documents) == 20
    assert any("big.txt" in w and "limit for one article" in w for w in res.warnings)
