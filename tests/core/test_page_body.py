"""Whole-page copies: the article is found among menus, teasers, comments, bios and footers.

The pages in tests/data/pages are short look-alikes written for these tests,
each with the page furniture that broke the line-by-line cleaner: a comment
thread after the article, teaser lists above and below it, an author bio and a
disclaimer, a crosshead and a list inside the article, a headline glued to its
summary, a site slogan above the headline, and an article sentence addressed to
the reader.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.ingest.clean import clean_document
from reader.ingest.meta import infer_meta
from reader.model import Document

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))["pages"]


def _body_lines(text: str, body: tuple[tuple[int, int], ...]) -> set[int]:
    """1-based numbers of the lines a body span touches."""
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out = set()
    for a, _b in body:
        n = max(i for i, s in enumerate(starts) if s <= a)
        out.add(n + 1)
    return out


def _analyse(name: str):
    text = (PAGES / name).read_text(encoding="utf-8")
    doc = Document(id="a0", path=str(PAGES / name), text=text, format="txt")
    cleaned = clean_document(doc)
    return text, cleaned, infer_meta(doc, cleaned)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body_lines_f1(name):
    text, cleaned, _ = _analyse(name)
    pred = _body_lines(text, cleaned.body)
    gold = set(EXPECTED[name]["body"])
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= 0.9, (name, sorted(pred - gold), sorted(gold - pred))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_headline(name):
    _, _, meta = _analyse(name)
    assert meta.title == EXPECTED[name]["title"]


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if "byline" in EXPECTED[n]))
def test_byline(name):
    _, _, meta = _analyse(name)
    assert meta.byline == EXPECTED[name]["byline"]


def test_comment_thread_is_not_body():
    text, cleaned, _ = _analyse("harbour_comments.txt")
    body = " ".join(text[a:b] for a, b in cleaned.body)
    assert "About time" not in body and "hurt the small boats" not in body
    assert "Rebuilding the face with the original stone" in body  # a list item of the article


def test_reader_address_inside_article_is_body():
    text, cleaned, _ = _analyse("garden_tips.txt")
    body = " ".join(text[a:b] for a, b in cleaned.body)
    assert "Looking after your own vegetable patch" in body
    assert "Subscribe to get our gardening tips" not in body


def test_glued_summary_is_split_from_headline():
    text, cleaned, meta = _analyse("library_teasers.txt")
    kinds = {text[r.start:r.end]: r.kind for r in cleaned.front_matter}
    assert kinds.get("The library will open from noon to four on Sundays from next month, staffed by a rota of "
                     "volunteers.") == "standfirst"
    body = " ".join(text[a:b] for a, b in cleaned.body)
    assert "is a reporter covering" not in body and "does not constitute advice" not in body


def test_howto_steps_and_needs_list_are_body_related_box_is_not():
    text, cleaned, _ = _analyse("terrace_howto.txt")
    body = " ".join(text[a:b] for a, b in cleaned.body)
    assert "Step 1" in body and "Line the frame with landscape fabric." in body
    assert "What you need:" in body and "Galvanised screws" in body
    assert "Frost gets into the clay" not in body and "Related coverage" not in body


def test_article_reaches_over_player_and_slideshow():
    text, cleaned, _ = _analyse("market_player.txt")
    body = " ".join(text[a:b] for a, b in cleaned.body)
    assert "ending a decade of argument" in body  # above the player
    assert "Traders will keep their stall numbers" in body  # below the slideshow
    assert "Boats unload their catch" not in body  # a slide's caption
    assert "Current Time" not in body and "Council tax" not in body


def test_sentence_with_reference_marks_ends_like_a_sentence():
    from reader.ingest import boilerplate_rules as rules

    assert rules.terminal("The ship landed on the planet. [MP3 SP]")
    assert rules.terminal("It is sacred. [1] [2]")
    assert not rules.terminal("A heading [edit]")


def test_bare_comments_label_needs_comment_furniture():
    from reader.ingest import comments

    table = ["Comment", "new", "scheduled", "started", "Pick up new tasks that are ready."]
    assert comments.thread_start(table, 0) is None
    thread = ["Comments", "Jane Doe says:", "Great piece.", "Reply", "Tom says:", "Agreed.", "Reply"]
    assert comments.thread_start(thread, 0) == 0


def test_gallery_and_teaser_shapes():
    from reader.ingest.article_lines import teaser_line
    from reader.ingest.page_model import gallery_lines, step_label

    slides = ["Intro paragraph.", "1/3 One", "Caption one is long.", "2/3 Two", "Caption two.", "3/3 Three",
              "Caption three.", "Credit", "After the gallery the article goes on with more text here."]
    assert gallery_lines(slides) == frozenset(range(1, 8))
    assert gallery_lines(["1/3 One", "text", "1/3 Again", "text"]) == frozenset()  # not counting up
    assert teaser_line("Why pots crack Frost gets into the clay when the water inside… Read more")
    assert teaser_line("How to save How to save How to save")
    assert not teaser_line("The council said the market would move in September, and traders agreed…")
    assert step_label("Step 3") and step_label("Tip 2: water less") and not step_label("Steps were taken")


def test_byline_drops_the_month_of_a_glued_date():
    from reader.ingest import frontmatter_rules as fm

    by = fm.parse_byline("By Erin Cunningham March 18 at 3:57 PM", bare_ok=False)
    assert by is not None and by.names == "Erin Cunningham"
    by = fm.parse_byline("By Ann Marie June", bare_ok=False)
    assert by is not None and by.names == "Ann Marie June"  # no date after it: a surname


def test_lines_between_paragraphs_that_are_not_sentences_stay_in_the_article():
    """A list that lost its bullets, a crosshead of two capitalised words (a byline's shape), a
    long crosshead capitalised like a headline and a bracketed aside, each between paragraphs."""
    text, cleaned, _ = _analyse("council_budget.txt")
    body = " ".join(text[a:b] for a, b in cleaned.body)
    for line in ("The vehicle fleet will shrink by a fifth as older vans are retired",
                 "Parking charges in the town centre will rise by ten pence an hour",
                 "Reserve Funds",
                 "What the Changes Mean for Residents Living in the Outer Villages",
                 "(All sums are rounded to the nearest thousand pounds)"):
        assert line in body, line
    assert "Bridge repairs to close the river road" not in body
    assert "Marta Quill" not in body


def test_related_headlines_between_short_summaries_are_not_a_list():
    """Teaser headlines alternate with short summaries, not with the article's paragraphs."""
    from reader.ingest.article_lines import inner_body
    from reader.ingest.page_model import Article

    texts = ["The council approved the plan for the harbour wall after a long debate on Tuesday evening.",
             "A new bakery opens on the high street next week",
             "The owners say bread will be baked each morning.",
             "Choir from the valley wins the county festival",
             "The judges praised the singers for their range.",
             "The harbour wall plan goes to the port authority for its approval next month."]
    kept = inner_body(texts, [False] * len(texts), Article(0, len(texts) - 1, None))
    assert 1 not in kept and 3 not in kept


def test_one_related_headline_between_paragraphs_is_not_a_list():
    """A lone link to a related story, printed between two paragraphs of the article."""
    from reader.ingest.article_lines import inner_body
    from reader.ingest.page_model import Article

    texts = ["The council approved the plan for the harbour wall after a long debate on Tuesday evening.",
             "Council approves new cycle lane on the harbour road",
             "The harbour wall plan goes to the port authority for its approval next month, officials said."]
    assert inner_body(texts, [False] * 3, Article(0, 2, None)) == frozenset()


def test_article_paragraph_about_cookies_is_prose_but_a_cookie_notice_is_not():
    from reader.ingest import boilerplate_rules as rules
    from reader.ingest.page_model import appeal_in_prose

    texts = ["The study followed a thousand volunteers who agreed to let researchers watch their browsing.",
             "Almost every shop page that you open sends small files called cookies to a dozen other companies, "
             "and each of them can tell when you come back, which pages you read and how long you stayed there.",
             "The researchers found the same three companies on nine pages out of ten.",
             "This website uses cookies to improve your experience. By continuing you agree to our cookie policy."]
    kinds = [rules.appeal_kind(t) for t in texts]
    assert kinds[1] == "cookies"
    assert appeal_in_prose(texts, kinds, 1)
    assert not appeal_in_prose(texts, kinds, 3)


def test_table_flattened_to_one_cell_a_line_stays_in_the_article():
    """A results table under "the following result:", one cell a line: a cell written as a
    sentence and a cell the menu repeats ("Results") do not end it; the teasers below stay out."""
    text, cleaned, _ = _analyse("ward_results.txt")
    lines = text.split("\n")
    body = _body_lines(text, cleaned.body)
    for cell in ("Helen Brook", "Conservative", "-4.1", "Sam Pettifer", "Labour", "Results"):
        assert lines.index(cell, 10) + 1 in body, cell
    assert lines.index("Ferry timetable cut for the winter months") + 1 not in body


def test_headlines_in_a_box_of_related_stories_are_not_a_list():
    """Under a box's title, a teaser's summary and then two other headlines: their paragraph
    above is no article paragraph, so they are not the article's list."""
    from reader.ingest.article_lines import inner_body
    from reader.ingest.page_model import Article

    texts = ["The harbour wall plan goes to the port authority for its approval next month, officials said.",
             "More From Our Town Desk",
             "The bakery on the high street has reopened after the flood, and its owners want to hire two staff.",
             "Harbour wall repairs to close the port road for a month",
             "Port authority officials approve the harbour plan for the ferry",
             "Residents have asked for years for a safer way to ride along the harbour road to the port."]
    kept = inner_body(texts, [False] * len(texts), Article(0, len(texts) - 1, None))
    assert 3 not in kept and 4 not in kept


def test_time_stamps_are_not_headlines_and_mark_the_headline_slot():
    """An outlet's name before a date and clock time, or an age ("2 hours ago"), is a stamp."""
    from reader.ingest import headline

    for stamp in ("KVRN 7 News March 3, 2021, 6:12 PM", "Updated 2 hours ago", "Posted 11:40 a.m.",
                  "Harbour Radio 14 May 2024"):
        assert headline.stamp_line(stamp), stamp
        assert not headline.candidate(stamp), stamp
    for title in ("The 21 best films of 2017", "Council to vote on May budget after March delay",
                  "Bridge reopens 40 years after it closed"):
        assert not headline.stamp_line(title), title


def test_brand_first_word_and_short_sentence_case_headlines():
    """"eBay ..." and "iPad ..." open headlines; three words in sentence case right above the date
    are a headline, three capitalised words there are a menu's."""
    from reader.ingest import headline

    assert headline.candidate("eBay sellers face higher fees from July")
    assert not headline.candidate("ebay sellers face higher fees from July")  # lower case: a run-on
    page = ["Menu", "News", "Flood warning lifted", "Updated 2 hours ago",
            "The flood warning for the river was lifted on Thursday after the water fell overnight.",
            "Residents returned to their homes in the low streets by the river."]
    assert headline.pick(page, [False] * len(page), 4, 5) == 2
    page[2] = "Flood Warning Board"  # the shape of a menu label ("Tech Lab Board"), even on topic
    assert headline.pick(page, [False] * len(page), 4, 5) is None


def test_headline_printed_twice_above_the_article_may_share_one_word():
    """Marked as repeated furniture, but the page prints it twice right above the article."""
    _, _, meta = _analyse("essay_twice.txt")
    assert meta.title == "A Case for Handwritten Letters"


def test_bylines_with_time_stamps_capitals_and_widget_labels():
    """A name before its time stamp is a byline; a headline's or a widget's capitalised words are not."""
    from reader.ingest import frontmatter_rules as fm

    for line, names in (("By JANE DOE JAN. 13, 2017", "Jane Doe"), ("// By Ravi Mehta • Nov 11, 2020", "Ravi Mehta"),
                        ("Kim Ortiz - Apr 2, 2024 9:15 am UTC", "Kim Ortiz"), ("Lena Park 1 day ago", "Lena Park"),
                        ("By Ada Stone, a senior editor who has covered the energy business for more than a decade "
                         "at three newspapers and a wire service.", "Ada Stone")):
        by = fm.parse_byline(line, bare_ok=False)
        assert by is not None and by.names == names, line
        assert fm.sure_byline(line), line
    for line in ("Under New Rules, City Parks Ban Glass Bottles", "All Share Services", "Account Info",
                 "Published Thursday 5 April 2018", "Local News March 3, 2021"):
        assert fm.parse_byline(line, bare_ok=True) is None, line
    assert not fm.sure_byline("Jane Doe")


def test_date_of_a_stamp_under_the_headline_and_of_an_updated_stamp():
    """An outlet's name before the date under the headline still dates the article; a second,
    "Updated" stamp after the first does not make the date line a sentence."""
    from reader.ingest.margins import date_line

    _, _, meta = _analyse("station_timestamp.txt")
    assert meta.date == "March 3, 2021"
    line = "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC"
    m = date_line(line)
    assert m is not None and m.date == "Dec. 6, 2024"
    assert date_line("March 3, 2021 was the day the council finally voted on the new budget.") is None


def test_summary_glued_after_a_quote_mark_or_a_number_is_cut_from_the_headline():
    from reader.ingest.page_model import glued_at

    head = "Storm closes schools across the county"
    for summary in ("“We had no choice,” the superintendent said on Monday.",
                    "2 days of closures are planned, officials said on Monday."):
        assert glued_at(head + summary) == len(head), summary
    for line in ("Windows11 arrives for older laptops this week", "The mp3 player is back as teens ditch phones"):
        assert glued_at(line) == 0, line
