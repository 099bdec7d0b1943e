"""Bytes to text, for files and pages as people have them.

The order is the one a browser follows, with two concessions to files that
carry no declaration: a byte-order mark wins (UTF-8, UTF-16 and UTF-32, both
byte orders), then valid UTF-8 (a page that decodes as UTF-8 with non-ASCII
letters is UTF-8 whatever its stale declaration says), then a declared charset
(HTTP header or HTML <meta>), then UTF-16/32 without a mark (recognised by
their NUL bytes), then UTF-8 with a few stray bytes (each bad byte becomes
U+FFFD, the rest of the file is kept), then a detector for legacy encodings
(charset-normalizer, already installed with trafilatura; it tells Shift-JIS,
EUC-JP, GB18030, Big5, Cyrillic and Greek code pages apart by their byte
statistics, which a fixed order of trial decodings cannot), and Windows-1252
for Western text with a few accented letters, as before.

Line ends are made one character each: a lone CR (old Mac files), NEL and the
Unicode line and paragraph separators become "\\n". Each is replaced by one
character, so every offset into the text is also an offset into the file's
decoded characters; "\\r\\n" stays two characters.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
)

#: Declared names that mean Windows-1252 in practice (the WHATWG encoding standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1", "cp819"}

_GLUED = re.compile(r"[^\x00-\x7f\W](?=[a-z])|(?<=[a-z])[^\x00-\x7f\W]")
#: Characters looked at when judging a reading: enough for any article, bounded for a 16 MB file.
_SAMPLE = 200_000
_LINE_ENDS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


class Undecodable(ValueError):
    """Bytes that are not text in any encoding we can tell; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str | None = None  # one line for the user when the encoding was a guess or bytes were replaced
    encoding: str = "utf-8"


def one_char_line_ends(text: str) -> str:
    """Lone CR, NEL, U+2028 and U+2029 as "\\n" (same length, same offsets)."""
    return _LINE_ENDS.sub("\n", text)


def decode_bytes(data: bytes, declared: str | None = None, *, line_ends: bool = True) -> Decoded:
    """The text of `data`, or Undecodable. `declared` is a charset from an HTTP header or <meta>.

    `line_ends=False` keeps U+2028, NEL and lone CRs as they are: JSON allows them raw
    inside strings, so a JSON file's records are split and parsed first and each
    article's text gets its line ends afterwards."""
    d = _decode(data, declared)
    return Decoded(one_char_line_ends(d.text) if line_ends else d.text, d.note, d.encoding)


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> near its top, if any."""
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", "replace") if m else None


def _decode(data: bytes, declared: str | None) -> Decoded:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8":
                return _utf8_replacing(data[len(bom):])
            return _strict(data[len(bom):], codec, name)
    if b"\x00" in data[:8192]:
        return _wide_without_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(text)
    declared_codec = _codec(declared)
    if declared_codec is not None:
        if declared_codec == "utf-8":
            return _utf8_replacing(data)
        return Decoded(data.decode(declared_codec, errors="replace"), None, declared_codec)
    bad, good = _utf8_counts(data)
    if good >= max(1, 2 * bad - 1):
        return _utf8_replacing(data)
    return _legacy(data)


def _strict(data: bytes, codec: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), None, codec)
    except UnicodeDecodeError as exc:
        raise Undecodable(f"broken {name} text") from exc


def _codec(name: str | None) -> str | None:
    """Python's codec for a declared charset name, or None when unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _AS_CP1252:
        return "cp1252"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return "utf-8" if codec == "utf-8-sig" else codec


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """(invalid bytes, valid non-ASCII characters) when `data` is read as UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    good = non_ascii - bad - data.count(b"\xef\xbf\xbd")
    return bad, good


def _utf8_replacing(data: bytes) -> Decoded:
    """UTF-8 in which each invalid byte (only that byte) becomes U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if bad <= 0:
        return Decoded(text)
    what = "byte" if bad == 1 else "bytes"
    return Decoded(text, f"{bad} {what} not valid UTF-8, shown as \ufffd", "utf-8")


def _wide_without_bom(data: bytes) -> Decoded:
    """UTF-32 or UTF-16 without a byte-order mark, told by where the NUL bytes fall."""
    for codec, unit, name in (("utf-32-le", 4, "UTF-32 LE"), ("utf-32-be", 4, "UTF-32 BE"),
                              ("utf-16-le", 2, "UTF-16 LE"), ("utf-16-be", 2, "UTF-16 BE")):
        if len(data) % unit:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return Decoded(text, f"no byte-order mark; decoded as {name}", codec)
    raise Undecodable("binary data, not text")


def _looks_like_text(text: str) -> bool:
    """Mostly printable characters and whitespace, no NULs: what a wrong codec never gives."""
    if not text or "\x00" in text:
        return False
    sample = text[:20000]
    odd = sum(1 for ch in sample if unicodedata.category(ch)[0] == "C" and ch not in "\n\r\t\f")
    return odd <= len(sample) // 100


def _legacy(data: bytes) -> Decoded:
    """Not UTF-8: a detected East Asian or non-Latin encoding, Windows-1252 for
    Western text, or a refusal when neither fits."""
    detected = _detect(data, _CJK_CODECS, _CJK_SCRIPTS)
    if detected is None:
        letters = len(data) - sum(data.count(ch) for ch in b" \t\n\r\f\v")
        high = len(data) - len(data.decode("latin-1").encode("ascii", "ignore"))
        western = high <= _WESTERN_DENSITY * max(1, letters)
        if not western:
            detected = _detect(data, None, _OTHER_SCRIPTS)
        if detected is None and (western or _mostly_latin(data.decode("cp1252", errors="replace"))):
            return _western(data)
    if detected is None:
        raise Undecodable("text in an encoding that could not be recognised (not UTF-8, UTF-16 or UTF-32, "
                          "nor a legacy encoding the detector is sure of); save it as UTF-8")
    text, codec = detected
    return Decoded(text, f"not UTF-8; decoded as {_display(codec)} (detected)", codec)


#: East Asian multi-byte encodings the detector may choose among.
_CJK_CODECS = ["cp932", "shift_jis", "euc_jp", "euc_jis_2004", "iso2022_jp", "gb18030", "gbk", "gb2312",
               "big5", "big5hkscs", "euc_kr", "cp949"]
_CJK_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC", "FULLWIDTH", "HALFWIDTH",
                          "BOPOMOFO", "KANGXI", "LEFT", "RIGHT", "BLACK", "WHITE", "MIDDLE", "HORIZONTAL"})
_OTHER_SCRIPTS = frozenset({"CYRILLIC", "GREEK", "HEBREW", "ARABIC", "THAI", "ARMENIAN", "GEORGIAN"})

#: Above this share of bytes >= 0x80 among non-space bytes, a file is not
#: Western text with accents (French or German run at 2-15%, short lines up to
#: about 25%), and Windows-1252 would turn it into mojibake.
_WESTERN_DENSITY = 0.3


def _western(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("cp1252"), "not UTF-8; decoded as Windows-1252", "cp1252")
    except UnicodeDecodeError:  # 0x81 0x8d 0x8f 0x90 0x9d are unassigned in Windows-1252
        return Decoded(data.decode("latin-1"), "not UTF-8; decoded as Latin-1", "latin-1")


def _mostly_latin(text: str) -> bool:
    """Whether the non-ASCII characters are Latin letters and punctuation, as in Western text."""
    wide = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F and not ch.isspace()]
    latin = sum(1 for ch in wide if unicodedata.name(ch, "?").startswith("LATIN")
                or unicodedata.category(ch)[0] == "P")
    return latin >= 0.9 * len(wide)


def _detect(data: bytes, codecs_: list[str] | None, scripts: frozenset[str]) -> tuple[str, str] | None:
    """charset-normalizer's reading, kept only when it decodes the whole file
    and its non-ASCII characters are letters of the expected scripts (the
    detector alone takes short French text for Central European, say)."""
    from charset_normalizer import from_bytes  # deferred: only files that are not UTF-8 need it

    for match in from_bytes(data, cp_isolation=codecs_):
        if match.chaos > 0.2:
            continue
        codec = _codec(match.encoding)
        if codec is None or codec in ("utf-8", "cp1252"):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as(text, scripts):
            return text, codec
    return None


def _reads_as(text: str, scripts: frozenset[str]) -> bool:
    """Whether the non-ASCII characters of `text` are letters of `scripts`, not
    glued to lower-case ASCII inside words ("祼r繠r"; acronyms next to kana,
    "NHKに", are normal), and not stray Hangul jamo (a Japanese page read as Korean)."""
    wide = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F and not ch.isspace()]
    if not wide or not _looks_like_text(text):
        return False
    names = [unicodedata.name(ch, "?") for ch in wide]
    fits = sum(1 for n in names if n.split(" ", 1)[0] in scripts and not n.startswith("HANGUL LETTER"))
    glued = len(_GLUED.findall(text[:_SAMPLE]))
    return fits >= 0.8 * len(wide) and glued <= 0.1 * len(wide)


def _display(codec: str) -> str:
    names = {"cp932": "Shift-JIS (cp932)", "shift_jis": "Shift-JIS", "euc_jp": "EUC-JP",
             "euc_jis_2004": "EUC-JP", "euc_jisx0213": "EUC-JP", "gb18030": "GB18030", "gbk": "GBK",
             "gb2312": "GB2312", "big5": "Big5", "euc_kr": "EUC-KR", "cp949": "EUC-KR (cp949)"}
    return names.get(codec, codec.replace("_", "-").upper() if codec.startswith(("cp", "iso")) else codec)
