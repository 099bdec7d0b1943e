"""Story clustering on small hand-written feeds: the exact grouping, determinism, JSON shape."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from reader.cli import main
from reader.ingest.load import load_paths
from reader.model import Document
from reader.stories import cluster_stories, stories_to_dict

# Two earthquakes, two players placed on injured reserve, and one factory fire
# reported by three outlets over two days: five stories.
ARTICLES = [
    ("quake-a", "Valparaiso Herald", "2024-03-02", "Magnitude 6.1 earthquake shakes Valparaiso",
     "A magnitude 6.1 earthquake struck near Valparaiso on Saturday, the Chilean seismology service said. "
     "Mayor Camila Orrego said two homes collapsed in the Cerro Alegre district and 14 people were hurt. "
     "Aftershocks were felt in Vina del Mar."),
    ("quake-b", "Anatolia Daily", "2024-03-05", "Earthquake damages homes in Malatya province",
     "A magnitude 5.4 earthquake hit Malatya province on Tuesday, the disaster agency AFAD said. "
     "Governor Seyit Ersoy said 37 buildings were damaged in the Battalgazi district and 9 people were hurt. "
     "Schools in Malatya will stay closed."),
    ("ir-a", "Gridiron Wire", "2024-10-08", "Falcons place Darnell Pruitt on injured reserve",
     "The Atlanta Falcons placed linebacker Darnell Pruitt on injured reserve on Tuesday with a torn hamstring. "
     "Pruitt, 27, will miss at least four games. Coach Raheem Morris said Pruitt was hurt against the Saints."),
    ("ir-b", "Sideline Report", "2024-10-09", "Bengals put Marcus Odell on injured reserve",
     "The Cincinnati Bengals placed cornerback Marcus Odell on injured reserve on Wednesday with a broken wrist. "
     "Odell, 24, will miss at least four games. Coach Zac Taylor said Odell was hurt against the Ravens."),
    ("fire-1", "Lakeside Courier", "2024-06-11", "Fire destroys Brennick Plastics plant in Oxley",
     "A fire destroyed the Brennick Plastics plant on Harlow Road in Oxley overnight, fire chief Dana Whitcombe "
     "said. Forty firefighters fought the blaze for six hours. Two workers were treated for smoke inhalation."),
    ("fire-2", "Valley Times", "2024-06-11", "Oxley plastics factory gutted by overnight blaze",
     "Firefighters spent six hours battling a blaze that gutted the Brennick Plastics factory in Oxley. "
     "Chief Dana Whitcombe said two workers were treated for smoke inhalation and the Harlow Road plant is a "
     "total loss."),
    ("fire-3", "Regional Post", "2024-06-12", "Cause of Brennick Plastics fire under investigation",
     "Investigators are trying to find out what started Tuesday's fire at Brennick Plastics in Oxley. "
     "Dana Whitcombe, the fire chief, said the 120 employees of the Harlow Road plant will be paid while it "
     "is rebuilt."),
]
EXPECTED = {frozenset({"quake-a"}), frozenset({"quake-b"}), frozenset({"ir-a"}), frozenset({"ir-b"}),
            frozenset({"fire-1", "fire-2", "fire-3"})}


def _docs(order: list[int] | None = None) -> list[Document]:
    rows = [ARTICLES[i] for i in (order or range(len(ARTICLES)))]
    return [Document(id=f"a{n}", path=f"feed.jsonl:{n + 1}", text=text, outlet=outlet, title=title, date=date,
                     format="jsonl", source_id=key) for n, (key, outlet, date, title, text) in enumerate(rows)]


def _groups(stories) -> set[frozenset[str]]:
    return {frozenset(a.id for a in s.articles) for s in stories}


def test_same_kind_events_stay_apart_and_one_event_stays_together() -> None:
    stories = cluster_stories(_docs())
    assert _groups(stories) == EXPECTED
    fire = next(s for s in stories if len(s.articles) == 3)
    assert fire.outlets == ("Lakeside Courier", "Regional Post", "Valley Times")
    assert (fire.first, fire.last) == ("2024-06-11", "2024-06-12")
    assert [a.id for a in fire.articles][-1] == "fire-3"  # earliest first


def test_order_of_the_feed_does_not_change_the_stories() -> None:
    base = cluster_stories(_docs())
    for seed in range(5):
        order = list(range(len(ARTICLES)))
        random.Random(seed).shuffle(order)
        shuffled = cluster_stories(_docs(order))
        assert _groups(shuffled) == EXPECTED
        # ids follow the earliest article, not the input order
        assert [(s.id, s.title) for s in shuffled] == [(s.id, s.title) for s in base]


def test_identical_input_gives_identical_json() -> None:
    one = json.dumps(stories_to_dict(cluster_stories(_docs())))
    two = json.dumps(stories_to_dict(cluster_stories(_docs())))
    assert one == two
    assert [s["id"] for s in json.loads(one)["stories"]] == ["s1", "s2", "s3", "s4", "s5"]


def test_empty_feed_has_no_stories() -> None:
    assert cluster_stories([]) == ()


def _write_feed(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for key, outlet, date, title, text in ARTICLES:
            fh.write(json.dumps({"id": key, "source_domain": outlet, "date_publish": date, "headline": title,
                                 "maintext": text}) + "\n")


def test_cli_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_feed(tmp_path / "feed.jsonl")
    assert main(["stories", str(tmp_path / "feed.jsonl"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1 and len(data["stories"]) == 5
    for story in data["stories"]:
        assert set(story) == {"id", "title", "articles", "outlets", "first", "last"}
        for art in story["articles"]:
            assert set(art) == {"path", "id", "outlet", "title", "date"}
    fire = next(s for s in data["stories"] if len(s["articles"]) == 3)
    assert sorted(a["id"] for a in fire["articles"]) == ["fire-1", "fire-2", "fire-3"]
    assert fire["articles"][0]["path"].endswith("feed.jsonl:5")
    assert fire["title"] in {t for _, _, _, t, _ in ARTICLES[4:]}


def test_cli_table_lists_every_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_feed(tmp_path / "feed.jsonl")
    assert main(["stories", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6 and lines[0].startswith("story")
    assert any(ln.startswith("s") and " 3 " in ln and "2024-06-11 – 2024-06-12" in ln for ln in lines)


def test_cli_bad_input_is_one_line_and_nonzero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", str(tmp_path / "missing")]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    (tmp_path / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    assert main(["stories", str(tmp_path / "broken.jsonl")]) != 0
    assert "error" in capsys.readouterr().err


def test_stories_load_a_mixed_folder(tmp_path: Path) -> None:
    _write_feed(tmp_path / "feed.jsonl")
    (tmp_path / "extra.txt").write_text("Brennick Plastics will rebuild its Oxley plant on Harlow Road, chief "
                                        "executive said, after the fire that fire chief Dana Whitcombe said "
                                        "destroyed it.\n", encoding="utf-8")
    docs = load_paths([str(tmp_path)]).documents
    groups = {frozenset(a.id for a in s.articles) for s in cluster_stories(docs)}
    extra = next(d for d in docs if d.path.endswith("extra.txt"))
    assert len(docs) == 8 and extra.source_id is None
    assert frozenset({"fire-1", "fire-2", "fire-3", extra.id}) in groups


def test_stories_import_no_parser_or_ui_toolkit() -> None:
    import subprocess
    import sys

    code = "import reader.stories, sys; print(' '.join(sorted(sys.modules)))"
    mods = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split())
    assert "reader.stories.cluster" in mods
    assert not {m for m in mods if m.split(".")[0] in ("spacy", "textual", "rich", "trafilatura")}


def test_wire_copies_stay_one_story() -> None:
    # one agency story carried word for word by four outlets: its lines recur across the
    # feed like a site's furniture does, and must still link the copies
    wire = ("A cargo ship ran aground off Port Halden on Sunday, the coast guard said.\n"
            "The Marisol Dawn, carrying 900 containers, struck a sandbar at dawn.\n"
            "No one was hurt and no fuel leaked, harbour master Ines Kovacs said.\n")
    docs = _docs() + [Document(id=f"w{k}", path=f"wire{k}.txt", text=wire, outlet=f"Outlet {k}",
                               title="Cargo ship runs aground off Port Halden", date="2024-08-04")
                      for k in range(4)]
    groups = _groups(cluster_stories(docs))
    assert frozenset({"w0", "w1", "w2", "w3"}) in groups
    assert EXPECTED <= groups


def test_a_big_story_keeps_its_names_as_links() -> None:
    # forty more articles on the factory fire: its names are now in most of the feed, which
    # would make them look like topic words if names were capped like words
    openers = ["Investigators returned to", "Workers gathered outside", "Insurers inspected", "Neighbours watched"]
    extra = [Document(id=f"x{k}", path=f"more{k}.txt", outlet=f"Paper {k}", date="2024-06-13",
                      title=f"Brennick Plastics fire: update {k}",
                      text=f"{openers[k % 4]} the burned Brennick Plastics plant on Harlow Road in Oxley. "
                           f"Fire chief Dana Whitcombe said crews would stay for {k + 2} more hours. "
                           f"Report {k} of the day.")
             for k in range(40)]
    groups = _groups(cluster_stories(_docs() + extra))
    fire = frozenset({"fire-1", "fire-2", "fire-3"} | {f"x{k}" for k in range(40)})
    assert fire in groups
    assert EXPECTED - {frozenset({"fire-1", "fire-2", "fire-3"})} <= groups


def _shooting(key: str, outlet: str, date: str, title: str, text: str) -> Document:
    return Document(id=key, path=f"{key}.txt", text=text, outlet=outlet, title=title, date=date)


def test_two_events_in_one_city_that_share_only_places_stay_apart() -> None:
    # two shootings in one city four days apart: the city, its police and its hospital are
    # shared, the victims and streets are not
    city = [
        _shooting("e1", "Tarnby Post", "2024-05-02", "Man shot dead in Tarnby",
                  "A man was shot dead in Tarnby on Thursday night. Tarnby police said Oren Vasquez, 31, was "
                  "found on Keller Avenue. He died at Tarnby General Hospital."),
        _shooting("e2", "Tarnby News", "2024-05-02", "Police identify Tarnby shooting victim",
                  "Tarnby police identified the victim of Thursday's shooting as Oren Vasquez, 31. He was shot "
                  "on Keller Avenue in Tarnby and died at Tarnby General Hospital."),
        _shooting("e3", "Tarnby Post", "2024-05-06", "Woman wounded in Tarnby shooting",
                  "A woman was wounded in a shooting in Tarnby on Monday. Tarnby police said Lidia Brandt, 45, "
                  "was hit on Osgood Lane. She was taken to Tarnby General Hospital."),
        _shooting("e4", "Tarnby News", "2024-05-06", "Tarnby woman hurt in Osgood Lane shooting",
                  "Lidia Brandt, 45, was wounded on Osgood Lane in Tarnby on Monday, Tarnby police said. She is "
                  "recovering at Tarnby General Hospital."),
    ]
    groups = _groups(cluster_stories(_docs() + city))
    assert frozenset({"e1", "e2"}) in groups
    assert frozenset({"e3", "e4"}) in groups


def test_a_name_written_in_a_places_position_is_counted_as_a_place() -> None:
    from reader.stories.features import PLACE, article_features
    feats = article_features("Fire in Oxley", "A fire in Oxley destroyed a plant, Dana Whitcombe said.")
    assert feats[PLACE + "p:oxley"] >= 1
    assert feats[PLACE + "n:dana whitcombe"] == 0 and feats["n:dana whitcombe"] == 1


def test_a_line_sister_sites_carry_for_months_is_a_template() -> None:
    from reader.stories.dates import day_number
    from reader.stories.features import furniture
    line = "We have sent you a confirmation email, please click the link"
    texts = [f"{line}\nStory number {k} about something else entirely happened here." for k in range(3)]
    outlets = ["Site A", "Site B", "Site C"]
    months = [day_number(d) for d in ("2024-01-05", "2024-03-10", "2024-06-20")]
    days = [day_number(d) for d in ("2024-01-05", "2024-01-05", "2024-01-06")]
    key = " ".join(line.lower().split())
    assert key in furniture([None] * 3, texts, outlets, months)
    assert key not in furniture([None] * 3, texts, outlets, days)  # a wire story's line the same day


def test_a_tip_line_number_is_no_event_identifier() -> None:
    from reader.stories.features import article_features
    feats = article_features(None, "Anyone with information should call police at 909-384-5742. The victim was 27.")
    assert "d:909" not in feats and "d:5742" not in feats
    assert feats["d:27"] == 1


def _park(date_a: str, date_b: str) -> list[Document]:
    # one event's two reports that share only where it happened (a park), no person or number
    return [
        _shooting("p1", "Harbour Post", date_a, "Gunfire at Merrow Park injures several",
                  "Several people were hurt when gunfire broke out at Merrow Park during a concert. "
                  "Witnesses at Merrow Park described panic as the crowd ran for the gates."),
        _shooting("p2", "Evening Ledger", date_b, "Concert crowd flees shots at Merrow Park",
                  "A concert crowd fled after shots were fired at Merrow Park late on the evening. "
                  "Officers at Merrow Park searched the grounds near the stage."),
    ]


def test_a_rare_place_links_reports_of_the_same_days_only() -> None:
    together = _groups(cluster_stories(_docs() + _park("2024-07-01", "2024-07-02")))
    assert frozenset({"p1", "p2"}) in together
    # the same place months apart is two events there (the place is all they share)
    apart = _groups(cluster_stories(_docs() + _park("2024-07-01", "2024-11-20")))
    assert frozenset({"p1"}) in apart and frozenset({"p2"}) in apart
    # and with no dates nothing says they are days apart: places alone link nothing
    undated = _groups(cluster_stories(_docs() + _park("", "")))
    assert frozenset({"p1"}) in undated and frozenset({"p2"}) in undated


def test_an_undated_feed_gives_big_stories_no_size_credit() -> None:
    from dataclasses import replace

    from reader.stories.cluster import StorySettings, _power
    st = StorySettings()
    dated = _docs()
    assert _power(dated, st) == st.size_power
    assert _power([replace(d, date=None) for d in dated], st) == st.undated_power
    half = [replace(d, date=None) if n % 2 else d for n, d in enumerate(dated)]
    assert st.size_power < _power(half, st) < st.undated_power


def test_a_citys_institutions_are_places_not_participants() -> None:
    from reader.stories.features import PLACE, article_features
    feats = article_features(None, "The Oxley Police Department said Lena Moss was taken to Harlow Medical Center.")
    assert feats[PLACE + "n:oxley police department"] == 1
    assert feats[PLACE + "n:harlow medical center"] == 1
    assert feats[PLACE + "n:lena moss"] == 0
    # two events in one city ten days apart that name the same police department and hospital
    city = [
        _shooting("k1", "Oxley Courier", "2024-05-02", "Man wounded on Brill Street",
                  "Kellan Ruiz, 33, was wounded on Brill Street on Thursday. The Oxley Police Department said he "
                  "was taken to Harlow Medical Center. The Oxley Police Department asked witnesses to call."),
        _shooting("k2", "Oxley Courier", "2024-05-12", "Woman hurt on Dace Lane",
                  "Mira Patel, 52, was hurt on Dace Lane on Sunday. The Oxley Police Department said she was "
                  "taken to Harlow Medical Center. The Oxley Police Department has made no arrest."),
    ]
    groups = _groups(cluster_stories(_docs() + city))
    assert frozenset({"k1"}) in groups and frozenset({"k2"}) in groups


def test_a_photo_or_byline_credit_names_no_participant() -> None:
    from reader.stories.features import article_features
    feats = article_features(None, "Photo: Mark Dell, Oxley Courier\nBy Jane Roe\nBuy Photo Kellan Ruiz, 33, "
                                   "was wounded, photo by Al Bee. He was shot by Mira Patel.")
    names = {k for k in feats if k.startswith("n:")}
    assert "n:mark dell" not in names and "n:jane roe" not in names and "n:al bee" not in names
    # a caption after "Buy Photo" and a name after "shot by" are the story's
    assert "n:mira patel" in names and any("kellan ruiz" in k for k in names)


def test_only_a_name_the_feed_also_writes_by_its_last_word_earns_the_full_name_bonus() -> None:
    from collections import Counter

    from reader.stories.features import ALONE, article_features
    from reader.stories.vectors import weighted_matrix
    feats = article_features(None, "Lena Moss sued the Harwick Grain Board. Moss said the Harwick Grain Board lied.")
    assert feats[ALONE + "p:moss"] == 1 and feats[ALONE + "p:board"] == 0
    # two articles sharing a person's full name and an organisation's: only the person's
    # (written "Moss" alone in one of them) counts as a shared rare full name
    pair = [feats, article_features(None, "Lena Moss met the Harwick Grain Board on Friday.")]
    filler = [Counter({f"w:filler{k}": 1}) for k in range(6)]
    _, _, r, _, _ = weighted_matrix(pair + filler, max_df=5, name_df=10)
    assert int(r[0].multiply(r[1]).sum()) == 1


_SENATOR = [("Marwood bill would fund rural broadband grants",
             "Senator Ilse Marwood introduced a bill on Monday that would fund broadband grants for rural counties. "
             "Marwood said the grants would reach farms that still lack fibre."),
            ("Marwood proposes broadband grants for rural counties",
             "A bill from Ilse Marwood would pay for broadband grants in rural counties, where fibre rarely reaches "
             "farms. Marwood said the grants were overdue."),
            ("Rural broadband grants bill introduced by Marwood",
             "Ilse Marwood wants broadband grants for rural counties. Her bill, introduced Monday, targets farms "
             "without fibre, Marwood said."),
            ("Marwood attacks harbour dredging contract",
             "Senator Ilse Marwood criticised the harbour dredging contract, saying auditors found the bids were "
             "rigged. Marwood asked for the dredging to stop."),
            ("Marwood: dredging bids were rigged, auditors say",
             "Ilse Marwood said auditors found rigged bids in the harbour dredging contract and called for a halt. "
             "Marwood spoke outside the port."),
            ("Harbour dredging contract under fire from Marwood",
             "The harbour dredging contract drew fire from Ilse Marwood, who cited auditors on rigged bids. "
             "Marwood said the dredging should stop.")]


@pytest.mark.parametrize("dated", [False, True])
def test_two_events_of_one_well_known_person_stay_apart(dated: bool) -> None:
    # one senator, two unrelated events, each told by three outlets: the name is in both,
    # what happened (broadband grants, a dredging contract) is not
    from dataclasses import replace

    from reader.stories import StorySettings

    extra = [Document(id=f"m{k}", path=f"m{k}.txt", text=text, title=title, outlet=f"Outlet {k % 3}",
                      date=f"2024-05-0{k + 1}" if dated else None) for k, (title, text) in enumerate(_SENATOR)]
    want = {frozenset({"m0", "m1", "m2"}), frozenset({"m3", "m4", "m5"})}
    assert want | EXPECTED == _groups(cluster_stories(_docs() + extra))
    # without the rule, the person alone joins the two
    merged = _groups(cluster_stories(_docs() + extra, replace(StorySettings(), spread_weight=1.0)))
    assert frozenset({f"m{k}" for k in range(6)}) in merged


STORY_SET = Path(__file__).resolve().parents[1] / "data" / "stories"


# all eleven, the landslide's undated mood piece too: average linkage leaves it alone (one link
# to the four others), and as a straggler whose every link reaches one story it joins it
@pytest.mark.parametrize("story", sorted(p.name for p in STORY_SET.iterdir() if p.is_dir()))
def test_one_story_given_alone_stays_one_story(story: str) -> None:
    """A folder of one story's outlets opens in the panes, not in a picker: rarity in a
    feed of five articles must not make one outlet's own words outweigh what all share."""
    docs = load_paths([STORY_SET / story]).documents
    assert len(docs) >= 4
    assert len(cluster_stories(docs)) == 1


def test_a_follow_up_months_later_keeps_a_fallback_link_to_its_story() -> None:
    from reader.stories.cluster import StorySettings, _links
    late = Document(id="a99", path="feed.jsonl:99", outlet="Lakeside Courier", date="2024-11-20", format="jsonl",
                    title="Plant owner fined months after blaze", source_id="fire-late",
                    text="Months after the blaze, state inspectors fined the owner $250,000 for blocked exits and "
                         "faulty sprinklers. Dana Whitcombe told the hearing that workers had complained about the "
                         "sprinklers before the fire at the Harlow Road site. The company said it would appeal.")
    i, j, sims, far, _, _ = _links(_docs() + [late], StorySettings(), None)
    to_late = {int(a): (float(s), float(f)) for a, b, s, f in zip(i, j, sims, far, strict=True) if b == 7}
    # five months decay the ordinary links below a link (0: the linkage never sees them) ...
    assert sorted(to_late) == [4, 5, 6] and to_late[5][0] == 0.0
    # ... while the same people and street keep the fallback link a straggler may use
    assert all(f >= 0.1 and f >= s for s, f in to_late.values())
    # nothing else gains a link: the other stories share no name or number with it
    assert all(float(f) == float(s) for a, b, s, f in zip(i, j, sims, far, strict=True) if b != 7)


def test_a_copyright_notice_is_no_part_of_the_story() -> None:
    # a network's sister stations print one notice under every story, its year changed, in a line
    # too long to be found as repeated furniture: its names would link every story they carry
    from reader.stories.features import article_features
    text = ("Lena Moss, 33, was shot on Harlow Road.\n\n(TM and © Copyright 2016 Veltron Radio Inc. All Rights "
            "Reserved. The Oxley Wire contributed to this report.)\nCopyright 2014 Veltron Broadcasting Inc.")
    feats = article_features(None, text)
    assert "n:lena moss" in feats and "d:33" in feats
    assert not any("veltron" in k or "oxley" in k or k == "d:2016" for k in feats)
    # the word alone, in a story about it, is no notice
    assert "n:harwick grain board" in article_features(None, "The copyright suit against the Harwick Grain Board.")
