"""Bytes to text: no mojibake for mostly-valid UTF-8, wide encodings found, binary refused."""

from __future__ import annotations

import pytest

from dechrome.decode import clean_text, decode
from dechrome.errors import NotAPageError

TEXT = "<html><body><p>Øster Ness, café au lait, “quoted”, Über die Brücke.</p></body></html>"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                   "utf-32-le", "utf-32-be"])  # fmt: skip
def test_unicode_encodings_with_and_without_bom(codec: str) -> None:
    assert decode(TEXT.encode(codec)) == TEXT


def test_mostly_valid_utf8_beats_a_lying_meta() -> None:
    page = '<meta charset="windows-1252">' + TEXT
    broken = page.encode("utf-8").replace(b"Ness", b"Ne\xffss")
    text = decode(broken)
    assert "café au lait" in text and "Über die Brücke" in text and "Ã" not in text
    assert "Ne\ufffdss" in text  # the one broken byte, and only it, is lost


def test_legacy_charset_is_not_mistaken_for_broken_utf8() -> None:
    page = '<meta charset="iso-8859-1"><p>Über die Brücke fährt der Bus.</p>'
    assert "Über die Brücke fährt" in decode(page.encode("latin-1"))
    claims_utf8 = '<meta charset="utf-8"><p>Über die Brücke fährt der Bus, sagte die Stadt.</p>'
    assert "Über die Brücke fährt" in decode(claims_utf8.encode("cp1252"))


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"%PDF-1.4\n", "PDF"),
        (b"PK\x03\x04" + bytes(100), "ZIP"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"\x7fELF\x02\x01", "ELF"),
        (bytes(range(32)) * 100, "control bytes"),
    ],
)
def test_binary_is_refused_with_its_name(data: bytes, what: str) -> None:
    with pytest.raises(NotAPageError, match=what):
        decode(data)


def test_nul_and_lone_surrogates() -> None:
    assert clean_text("a\0b") == "a b"
    assert clean_text("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
