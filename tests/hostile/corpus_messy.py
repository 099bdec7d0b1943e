"""The first hostile round's messy input, as corpus cases: binaries named like
articles, empty and invisible files, broken JSON and HTML, other languages, copies."""

from __future__ import annotations

import random
import struct
import zlib

from .corpus import Case, _write
from .helpers import GOOD_A

# --- the first round's messy input ---------------------------------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


FRENCH = ("Le conseil adopte un budget\n\nLe conseil municipal a approuvé lundi un nouveau budget pour les écoles.\n"
          "La maire Anna Ruiz a déclaré que le plan ajouterait 200 enseignants.\n")
CHINESE = ("市议会批准新的学校预算\n\n市议会周一经过长时间辩论后批准了公立学校的新预算。\n"
           "市长表示，该计划将增加200名教师。\n")


def messy_cases() -> list[Case]:
    files: dict[str, tuple[str, bytes | str]] = {
        "png-as-txt": ("image.txt", _png()), "pdf-as-md": ("doc.md", b"%PDF-1.4\n%%EOF\n"),
        "zip": ("a.txt", b"PK\x03\x04rest"), "elf": ("prog.txt", b"\x7fELF\x02\x01"), "gzip": ("z.txt", b"\x1f\x8bxx"),
        "random": ("random.txt", random.Random(6).randbytes(20_000)), "empty": ("zero.txt", b""),
        "whitespace": ("spaces.txt", b" \n\t\r\n  \n"), "zero-width": ("zw.txt", "\u200b\u200c\u200d\ufeff\u2060\n"),
        "json-truncated": ("t.json", '{"text": "The mayor spoke'), "json-list": ("l.json", '["not", "an", "object"]'),
        "json-notext": ("n.json", '{"title": "No text", "text": 42}'), "json-null": ("null.json", "null"),
        "jsonl-mixed": ("m.jsonl", '{"text": "The mayor spoke on Monday. The council voted later."}\n{broken\n[1]\n'),
        "html-title-only": ("t.html", "<html><head><title>Only</title></head></html>"),
        "html-empty": ("e.htm", "<html><body>   </body></html>"), "french": ("fr.txt", FRENCH),
        "chinese": ("zh.txt", CHINESE),
        "copy": ("copy_of_a.txt", GOOD_A), "unsupported": ("table.csv", "a,b\n1,2\n"),
    }
    out = [Case(f"messy-{k}", "messy", _write(name, data),
                report_out="report.html" if i % 4 == 0 else None)
           for i, (k, (name, data)) in enumerate(files.items())]
    out.append(Case("messy-empty-folder", "messy", lambda s: [p.unlink() for p in list(s.iterdir())]))
    return out
