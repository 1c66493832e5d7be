"""Bytes become text the way a browser would decode them, and HTML is told from text dumps."""

from __future__ import annotations

import codecs
import re
import unicodedata

from .blocks import Kind
from .errors import NotAPageError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
# Magic numbers of formats that are certainly not pages.
_BINARY_MAGIC = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"MZ",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"wOF2",
    b"\xca\xfe\xba\xbe",
    b"(\xb5/\xfd",
)
_HTML_HINT = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|span|a\s|br|table|script)\b", re.I
)


def _wide_encoding(data: bytes) -> str | None:
    """Recognise UTF-16/32 without a BOM by where the NUL bytes of ASCII characters fall."""
    head = data[: 400 // 4 * 4]
    if len(head) < 8:
        return None

    def zeros(offset: int, step: int) -> float:
        lane = head[offset::step]
        return lane.count(0) / len(lane)

    lanes4 = [zeros(i, 4) for i in range(4)]
    if min(lanes4[1:]) > 0.7 and lanes4[0] < 0.1:
        return "utf-32-le"
    if min(lanes4[:3]) > 0.7 and lanes4[3] < 0.1:
        return "utf-32-be"
    if zeros(1, 2) > 0.7 and zeros(0, 2) < 0.1:
        return "utf-16-le"
    if zeros(0, 2) > 0.7 and zeros(1, 2) < 0.1:
        return "utf-16-be"
    return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:4096]
    # Control bytes other than whitespace are rare in any text encoding we accept.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.1


def decode(data: bytes) -> str:
    """Decode page bytes: BOM, then `<meta charset>`, then UTF-8, then detection.

    Raises NotAPageError for images, PDFs, archives and other binary data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    wide = _wide_encoding(data)
    if wide is not None:
        return data.decode(wide, errors="replace")
    if _looks_binary(data):
        raise NotAPageError("input looks binary (an image, archive, PDF or executable), not a page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = _declared_charset(data)
    if declared is not None:
        return data.decode(declared, errors="replace")
    # Mostly-valid UTF-8 with a few bad bytes: keep UTF-8 rather than risk mojibake.
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    if bad <= max(2, len(data) // 1000) and utf8_error.start > 0:
        return data.decode("utf-8", errors="replace")
    return _detect(data)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        enc = codecs.lookup(name).name
    except LookupError:
        return None
    # A page that declares UTF-16/32 in an ASCII-compatible <meta> is lying (browsers agree).
    if enc.startswith(("utf-16", "utf-32")):
        return None
    # Browsers read latin-1 and ascii labels as windows-1252.
    return "cp1252" if enc in ("latin-1", "iso8859-1", "ascii") else enc


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    enc = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(enc, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str, *, decoded: bool = False) -> str:
    """NUL becomes a space (it never glues two words); a lone surrogate becomes U+FFFD.

    `decoded=True` says the text came from `decode`, which cannot make surrogates.
    """
    if "\0" in text:
        text = text.replace("\0", " ")
    if not decoded:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
    return text


def nfc(text: str) -> str:
    """Unicode NFC, so one character has one spelling (for search and comparison)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def sniff_kind(text: str) -> Kind:
    """HTML when markup shows up early, else a plain-text dump."""
    head = text[:5000]
    return "html" if _HTML_HINT.search(head) else "text"
