"""The hostile corpus: every case of both hostile rounds, generated, never stored.

Each `Case` is a story folder (two well-formed articles plus the hostile
material) and what to run on it. Families: terminal escapes of every kind
(in a sentence, a headline, a file name, JSON metadata), markup for browsers,
Markdown and Textual, bidi, huge texts, line separators, nesting, encodings,
special files, symlinks, permissions, forged cache entries, output-path
collisions, and the messy-input cases of the first round.
"""

from __future__ import annotations

import json
import os
import random
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .helpers import GOOD_A, GOOD_B

Setup = Callable[[Path], None]


@dataclass
class Case:
    name: str
    family: str
    setup: Setup  # fills the story folder
    report_out: str | None = None  # "-o" target, relative to the case folder (None: stdout)
    report_args: tuple[str, ...] = ()
    expect_refused: bool = False  # the report must be refused (exit 2, files untouched)
    cache: str | None = None  # a forged-cache kind, see runner._forge
    as_nobody: bool = False  # run without root's right to read everything
    big: bool = False  # costly: left out of the CI subset, longer time limit
    ci: bool = False  # in the CI subset
    extra: dict[str, object] = field(default_factory=dict)


def _write(name: str, data: bytes | str) -> Setup:
    def setup(story: Path) -> None:
        path = story / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    return setup


def _article(line: str, *, headline: str = "Council budget row deepens") -> str:
    return (f"{headline}\n\nThe city council met again on Tuesday to debate the schools budget.\n{line}\n"
            "Mayor Anna Ruiz said the plan would add 200 teachers by September.\n")


# --- terminal escapes --------------------------------------------------------------------------

ESCAPES: dict[str, str] = {
    "csi_clear": "\x1b[2J\x1b[H", "csi_dsr": "\x1b[6n", "csi_da": "\x1b[c", "csi_altscreen": "\x1b[?1049h",
    "csi_color": "\x1b[31;1mRED\x1b[0m", "csi_cursor_up": "\x1b[10A", "csi_erase_line": "\x1b[2K\r",
    "osc_title_bel": "\x1b]2;pwned\x07", "osc_title_st": "\x1b]0;pwned\x1b\\", "osc_hyperlink":
    "\x1b]8;;http://evil.example\x07click\x1b]8;;\x07", "osc_clipboard": "\x1b]52;c;ZWNobyBoaQ==\x07",
    "osc_iterm_file": "\x1b]1337;File=inline=1:AAAA\x07", "osc_color": "\x1b]4;1;rgb:ff/00/00\x07",
    "dcs_decrqss": "\x1bP$qm\x1b\\", "dcs_sixel": "\x1bPq#0;2;0;0;0#1!6~\x1b\\", "apc": "\x1b_Gf=24;AAAA\x1b\\",
    "pm": "\x1b^private\x1b\\", "sos": "\x1bXstring\x1b\\", "ris_reset": "\x1bc", "decsc": "\x1b7\x1b8",
    "charset": "\x1b(0lqqk\x1b(B", "keypad": "\x1b=", "c1_csi": "\x9b2J", "c1_osc": "\x9d0;pwned\x9c",
    "c1_dcs": "\x90q\x9c", "c1_nel": "a\x85b", "bel": "ding\x07", "backspace": "abc\x08\x08\x08XYZ",
    "carriage_return": "real text\rFAKE", "del": "x\x7fy", "sub": "\x1a", "vt_ff": "a\x0bb\x0cc",
    "esc_alone": "\x1b", "nested": "\x1b[\x1b]2;\x1b[6n\x07",
}
PLACEMENTS = ("sentence", "headline", "filename", "json_meta")


def _escape_setup(seq: str, where: str) -> Setup:
    def setup(story: Path) -> None:
        if where == "sentence":
            (story / "hostile.txt").write_text(_article(f"The clerk typed {seq} into the minutes, he said."),
                                               encoding="utf-8")
        elif where == "headline":
            (story / "hostile.txt").write_text(_article("The clerk spoke.", headline=f"Council {seq} row"),
                                               encoding="utf-8")
        elif where == "filename":
            name = f"evil{seq.replace('/', '_')}name.txt"
            (story / name).write_text(_article("A plain sentence about the council vote."), encoding="utf-8")
        else:
            rec = {"text": _article(f"The wire copy carried {seq} in it."), "outlet": f"Wire{seq}",
                   "title": f"Title {seq}", "byline": f"By {seq}", "url": f"javascript:{seq}"}
            (story / "wire.json").write_text(json.dumps(rec), encoding="utf-8")
    return setup


def escape_cases() -> list[Case]:
    out = []
    for i, (label, seq) in enumerate(ESCAPES.items()):
        for where in PLACEMENTS:
            out.append(Case(f"escape-{label}-{where}", "escapes", _escape_setup(seq, where),
                            report_out="report.html" if i % 2 else None))
    return out


# --- markup --------------------------------------------------------------------------------------

MARKUP: dict[str, str] = {
    "script": "<script>alert(1)</script>", "img_onerror": '<img src=x onerror="alert(1)">',
    "svg_onload": "<svg onload=alert(1)>", "js_href": '<a href="javascript:alert(1)">x</a>',
    "iframe": '<iframe src="data:text/html,<script>alert(1)</script>">', "style": "<style>*{x:expression(1)}</style>",
    "attr_break": '" onmouseover="alert(1)" x="', "entity": "&lt;script&gt;&#60;script&#62;",
    "md_link": "[click](javascript:alert(1))", "md_image": "![x](http://evil.example/t.png)",
    "md_autolink": "<http://evil.example> https://evil.example www.evil.example",
    "md_heading": "# Fake heading\n## Another", "md_table": "| a | b |\n|---|---|\n| <b>x</b> | y |",
    "md_code": "```\n</pre><script>x</script>\n```", "md_html_comment": "<!-- written by reader report",
    "md_reflink": "[x]: javascript:alert(1)", "textual_click": "[@click=app.quit]quit[/]",
    "rich_markup": "[bold red]NO[/bold red] [link=file:///etc/passwd]records[/link]",
    "textual_var": "$accent [reverse]x[/]", "unclosed": "[b]never closed", "backslashes": "\\[not\\] \\\\",
}


def _html_page(body: str, title: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p)
    return (f"<html><head><title>{title}</title><script>alert('page')</script></head><body><article>"
            f"<h1>{title}</h1>{paras}<p onclick=\"alert(1)\">The council vote was close, officials said on "
            "Monday after a long debate about the schools budget and its cost.</p></article></body></html>")


def markup_cases() -> list[Case]:
    out = []
    for i, (label, text) in enumerate(MARKUP.items()):
        txt = _article(f"The page showed {text} to visitors, the clerk said.")
        out.append(Case(f"markup-{label}-txt", "markup", _write("hostile.md", txt),
                        report_out="report.html" if i % 2 == 0 else "report.md"))
        out.append(Case(f"markup-{label}-html", "markup", _write("page.html", _html_page(txt, f"Title {text}")),
                        report_out="report.md" if i % 2 == 0 else "report.html"))
    return out


# --- bidi ------------------------------------------------------------------------------------------

BIDI = {"rlo": "\u202e", "lro": "\u202d", "rle": "\u202b", "lre": "\u202a", "pdf": "\u202c", "rli": "\u2067",
        "lri": "\u2066", "fsi": "\u2068", "pdi": "\u2069", "rlm": "\u200f", "lrm": "\u200e", "alm": "\u061c"}


def bidi_cases() -> list[Case]:
    out = []
    for label, ch in BIDI.items():
        line = f"The file was named invoice{ch}fdp.exe and the vote {ch}was 7 to 2{ch}, officials said."
        out.append(Case(f"bidi-{label}-text", "bidi", _write("hostile.txt", _article(line)),
                        report_out="report.md"))
        out.append(Case(f"bidi-{label}-name", "bidi", _write(f"story{ch}txt.exe.txt", _article("Plain text here."))))
    return out


# --- size, separators, nesting ---------------------------------------------------------------------


def prose(chars: int, sep: str = "\n", seed: int = 1) -> str:
    """`chars` characters of news-like sentences, four to a paragraph, paragraphs joined by `sep`."""
    rng = random.Random(seed)
    words = ("the council said budget mayor would rise by percent on Monday after talks with officials "
             "who expect growth schools teachers taxes vote").split()
    paras: list[str] = []
    n = 0
    while n < chars:
        p = " ".join(" ".join(rng.choice(words) for _ in range(14)).capitalize() + "." for _ in range(4))
        paras.append(p)
        n += len(p) + len(sep)
    return sep.join(paras)[:chars]


SEPARATORS = {"lf": "\n", "crlf": "\r\n", "cr": "\r", "vt": "\v", "ff": "\f", "fs": "\x1c", "gs": "\x1d",
              "rs": "\x1e", "nel": "\x85", "ls": "\u2028", "ps": "\u2029"}


def size_cases() -> list[Case]:
    big = [
        ("dump-10mb", "Budget dump\n\n" + prose(10_000_000)),
        ("line-1mb", "Headline\n\n" + prose(1_048_576, sep=" ")),
        ("line-150k", "Headline\n\n" + prose(150_000, sep=" ")),
        ("ls-490k", "Headline\u2028\u2028" + prose(490_000, sep="\u2028")),
        ("lf-490k", "Headline\n\n" + prose(490_000)),
        ("ls-4x490k", None),
        ("word-200k", "Headline\n\nThe word " + "x" * 200_000 + " ended.\n"),
        ("many-lines", "Headline\n\n" + "\n".join(f"Line {i} of the minutes." for i in range(20_000))),
        ("bracket-run-6k", _article("(" * 3_000 + "x" + ")" * 3_000 + " said.")),
        ("quote-runs", _article(" ".join('"' * 40 + "word" for _ in range(2_000)))),
        ("punct-runs-within", _article(" ".join("(" * 30 + "word" for _ in range(1_000)))),
    ]
    out = []
    for label, text in big:
        if text is None:
            def setup(story: Path) -> None:
                for k in range(4):
                    (story / f"ls{k}.txt").write_text("Headline\u2028" + prose(490_000, "\u2028", seed=k),
                                                      encoding="utf-8")
            out.append(Case(f"size-{label}", "size", setup, big=True))
        else:
            out.append(Case(f"size-{label}", "size", _write("big.txt", text), big=True))
    return out


def separator_cases() -> list[Case]:
    out = []
    for i, (label, sep) in enumerate(SEPARATORS.items()):
        text = sep.join(["Council budget row", "", *(prose(600, sep=" ", seed=s) for s in range(4))])
        out.append(Case(f"sep-{label}", "separators", _write("sep.txt", text),
                        report_out="report.md" if i % 2 else None))
        wall = "Headline\n\n" + sep.join(prose(30_000, sep=" ", seed=s) for s in range(4))
        out.append(Case(f"sep-{label}-budget", "separators", _write("wall.txt", wall), big=True))
    return out


def nesting_cases() -> list[Case]:
    return [
        Case("nest-json-array", "nesting", _write("deep.json", "[" * 100_000 + "]" * 100_000)),
        Case("nest-json-object", "nesting", _write("deep.json", '{"a":' * 50_000 + "1" + "}" * 50_000)),
        Case("nest-json-text", "nesting",
             _write("deep.json", json.dumps({"text": _article("x"), "outlet": [[[[1]]]]}))),
        Case("nest-jsonl", "nesting", _write("deep.jsonl", "[" * 50_000 + "\n" + json.dumps({"text": _article("ok")}))),
        Case("nest-html-div", "nesting", _write("deep.html", "<html><body>" + "<div>" * 20_000 + _article("deep")
                                                 + "</div>" * 20_000 + "</body></html>")),
        Case("nest-md-quote", "nesting", _write("deep.md", _article(">" * 5_000 + " quoted"))),
        Case("nest-brackets", "nesting", _write("br.txt", _article("(" * 3_000 + "x" + ")" * 3_000 + " said."))),
    ]


# --- encodings -------------------------------------------------------------------------------------

ACCENTED = _article("Le café de Zoë a ouvert à Noël, déclaré le maire.")


def encoding_cases() -> list[Case]:
    enc: dict[str, bytes] = {
        "latin1": ACCENTED.encode("latin-1") + b"Odd \x81 byte.\n",
        "cp1252": _article("\u201cQuoted\u201d \u20ac5m.").encode("cp1252"),
        "utf16le-bom": ACCENTED.encode("utf-16"), "utf16be-bom": b"\xfe\xff" + ACCENTED.encode("utf-16-be"),
        "utf16-nobom": ACCENTED.encode("utf-16-le"), "utf16-odd": b"\xff\xfe" + "odd".encode("utf-16-le") + b"x",
        "utf8-bom": b"\xef\xbb\xbf" + ACCENTED.encode(), "utf8-broken": ACCENTED.encode() + b"\xc3\x28\xe2\x82",
        "utf8-overlong": _article("x").encode() + b"\xc0\xaf\xe0\x80\xaf",
        "utf8-surrogate": b"\xed\xa0\x80" + ACCENTED.encode(),
        "utf32": ACCENTED.encode("utf-32"), "shift-jis": _article("\u65e5\u672c\u8a9e").encode("shift_jis"),
        "nul-early": b"NUL \x00 early\n" + ACCENTED.encode(), "nul-late": ACCENTED.encode() * 300 + b"\x00late\n",
        "mixed-eol": b"Head\r\n\r\nOne line.\rTwo line.\nThree.\r\n\r",
        "json-surrogate": b'{"text": "The mayor \\ud800 spoke on Monday about the budget.", "outlet": "Lone \\udfff"}',
    }
    return [Case(f"enc-{k}", "encodings", _write("enc.json" if k.startswith("json") else "enc.txt", v),
                 report_out="report.md" if i % 3 == 0 else None)
            for i, (k, v) in enumerate(enc.items())]


# --- special files, symlinks, permissions --------------------------------------------------------


def _link(target: str, name: str = "special.txt") -> Setup:
    def setup(story: Path) -> None:
        if os.path.lexists(target) or not target.startswith("/"):
            os.symlink(target, story / name)
    return setup


def _fifo(story: Path) -> None:
    os.mkfifo(story / "fifo.txt")


def _socket(story: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(story / "sock.txt"))
    except OSError:
        pass  # a path too long for a socket: the case is then only the good pair
    finally:
        s.close()


def _outside(story: Path) -> None:
    other = story.parent / "elsewhere"
    other.mkdir()
    (other / "far.txt").write_text(_article("Far away text."), encoding="utf-8")
    os.symlink(other, story / "linked_dir")
    os.symlink(other / "far.txt", story / "linked_file.txt")


def _loop(story: Path) -> None:
    os.symlink(".", story / "loop")
    os.symlink("self.txt", story / "self.txt")
    (story / "sub").mkdir()
    os.symlink("..", story / "sub" / "up")


def _chmod(name: str, *, folder: bool = False) -> Setup:
    def setup(story: Path) -> None:
        path = story / name
        if folder:
            path.mkdir()
            (path / "inner.txt").write_text(_article("Inner text."), encoding="utf-8")
        else:
            path.write_text(_article("Locked text."), encoding="utf-8")
        path.chmod(0)
    return setup


def special_cases() -> list[Case]:
    return [
        Case("special-fifo", "special", _fifo),
        Case("special-dev-zero", "special", _link("/dev/zero")),
        Case("special-dev-urandom", "special", _link("/dev/urandom")),
        Case("special-dev-null", "special", _link("/dev/null")),
        Case("special-proc-kmsg", "special", _link("/proc/kmsg")),
        Case("special-proc-environ", "special", _link("/proc/self/environ")),
        Case("special-proc-mem", "special", _link("/proc/self/mem")),
        Case("special-socket", "special", _socket),
        Case("symlink-dangling", "symlinks", _link("missing.txt", "dangling.txt")),
        Case("symlink-loops", "symlinks", _loop),
        Case("symlink-outside", "symlinks", _outside),
        Case("symlink-copy-name", "symlinks", _link("good_b.txt", "a_copy.txt")),
        Case("symlink-etc-passwd", "symlinks", _link("/etc/passwd", "passwd.txt")),
        Case("name-newline", "symlinks", _write("two\nlines.txt", _article("Named oddly."))),
        Case("name-long", "symlinks", _write("n" * 240 + ".txt", _article("Long name."))),
        Case("perm-file-000", "permissions", _chmod("locked.txt"), as_nobody=True),
        Case("perm-folder-000", "permissions", _chmod("locked", folder=True), as_nobody=True),
        Case("perm-top-000", "permissions", lambda story: story.chmod(0), as_nobody=True),
    ]


# --- forged cache entries, output paths ------------------------------------------------------------

CACHE_FORGERIES = ("fifo", "devzero", "deep", "shifted", "wrong_ref", "empty_analysis", "list_analysis",
                   "empty_insights", "insights_offsets", "truncated", "wrong_key", "other_texts", "stale_tmp")


def cache_cases() -> list[Case]:
    return [Case(f"cache-{k}", "cache", lambda story: None, cache=k)
            for k in CACHE_FORGERIES]


#: The subset CI runs: one or two cases of every family, chosen to cover each
#: kind of defence (placeholders, markup escapes, budget, special files, cache, output).
CI = frozenset({
    "escape-csi_clear-sentence", "escape-osc_title_bel-filename", "escape-c1_csi-json_meta", "markup-script-html",
    "markup-textual_click-txt", "markup-md_link-txt", "bidi-rlo-text", "size-line-150k", "sep-ls",
    "nest-json-array", "enc-utf16-nobom", "special-fifo", "special-proc-kmsg", "symlink-copy-name", "perm-file-000",
    "cache-deep", "cache-empty_insights", "out-over-input", "out-into-read-folder-forced", "messy-zero-width",
})


#: The case of its family the app is driven on, where one shows the family best.
APP_PREFERRED = frozenset({"markup-textual_click-txt", "escape-osc_title_bel-sentence", "bidi-rlo-text"})


def all_cases() -> list[Case]:
    """Every case, in a fixed order; names are unique; `ci` marks the CI subset."""
    from .corpus_messy import messy_cases
    from .corpus_output import output_cases

    cases = (escape_cases() + markup_cases() + bidi_cases() + size_cases() + separator_cases() + nesting_cases()
             + encoding_cases() + special_cases() + cache_cases() + output_cases() + messy_cases())
    assert len({c.name for c in cases}) == len(cases) and CI <= {c.name for c in cases}
    for c in cases:
        c.ci = c.name in CI
    return cases


def build(case: Case, root: Path) -> Path:
    """The case's folder under `root` (story/ with the good pair and the hostile material, out/)."""
    folder = root / case.name.replace("/", "_")
    story = folder / "story"
    story.mkdir(parents=True)
    (folder / "out").mkdir()
    (story / "good_a.txt").write_text(GOOD_A, encoding="utf-8")
    (story / "good_b.txt").write_text(GOOD_B, encoding="utf-8")
    case.setup(story)
    return folder
