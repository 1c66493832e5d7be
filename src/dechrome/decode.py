"""Bytes become text the way a browser would decode them, and HTML is told from text dumps."""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib

from .blocks import Kind
from .errors import InputTooLargeError, NotAPageError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
# Magic numbers of formats that are certainly not pages, with the name an error gives.
_BINARY_MAGIC = {
    b"%PDF-": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive or Office document",
    b"\x1f\x8b": "gzip data that does not decompress",
    b"BZh": "bzip2-compressed data (decompress it first)",
    b"\xfd7zXZ": "xz-compressed data (decompress it first)",
    b"(\xb5/\xfd": "zstd-compressed data (decompress it first)",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "an ELF executable",
    b"MZ": "a Windows executable",
    b"RIFF": "a RIFF media file (WebP, WAV, AVI)",
    b"OggS": "an Ogg media file",
    b"ID3": "an MP3 file",
    b"\x00\x00\x01\x00": "an icon file",
    b"wOFF": "a web font",
    b"wOF2": "a web font",
    b"\xca\xfe\xba\xbe": "a Java class or Mach-O file",
}
_MAGIC_PREFIXES = tuple(_BINARY_MAGIC)
_HTML_HINT = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|span|a\s|br|table|script)\b", re.I
)


def _wide_encoding(data: bytes) -> str | None:
    """Recognise UTF-16/32 without a BOM by where the NUL bytes of ASCII characters fall."""
    head = data[:4096]
    if len(head) < 8 or b"\0" not in head:  # no NUL byte, no wide encoding: nearly every page
        return None

    def zeros(offset: int, step: int) -> float:
        lane = head[offset::step]
        return lane.count(0) / len(lane)

    # The low byte of a character is NUL only for NUL itself (or a surrogate in UTF-32),
    # which hostile pages do carry: it must be mostly, not always, non-zero.
    lanes4 = [zeros(i, 4) for i in range(4)]
    # In UTF-32 the high byte is always NUL and the next nearly always (Unicode ends at 0x10FFFF).
    if lanes4[3] > 0.95 and lanes4[2] > 0.7 and lanes4[0] < 0.5:
        return "utf-32-le"
    if lanes4[0] > 0.95 and lanes4[1] > 0.7 and lanes4[3] < 0.5:
        return "utf-32-be"
    if zeros(1, 2) > 0.7 and zeros(0, 2) < 0.5:
        return "utf-16-le"
    if zeros(0, 2) > 0.7 and zeros(1, 2) < 0.5:
        return "utf-16-be"
    return None


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _binary_kind(data: bytes) -> str | None:
    """What binary format `data` is (for the error message), or None when it may be text."""
    if data.startswith(_MAGIC_PREFIXES):
        return next(name for magic, name in _BINARY_MAGIC.items() if data.startswith(magic))
    sample = data[:4096]
    # NUL padding around a page is crawler junk, not a sign of binary: judge the rest.
    rest = sample.replace(b"\0", b"")
    if len(rest) < len(sample) // 4:
        return f"{len(sample) - len(rest)} of its first {len(sample)} bytes are NUL"
    # Control bytes other than whitespace are rare in any text encoding we accept.
    # Binary data spreads over many control bytes; junk in text (ANSI colour codes) repeats one
    # or two, and stays valid text.
    controls = len(rest) - len(rest.translate(None, _CONTROL_BYTES))
    if controls <= len(rest) * 0.02:
        return None  # nearly every page: nothing to look at more closely
    broken = rest.decode("utf-8", "replace").count("\ufffd") > len(rest) * 0.05
    spread = len(set(rest).intersection(_CONTROL_BYTES)) >= 3
    if spread and (controls > len(rest) * 0.1 or broken):
        return f"{controls} of its first {len(sample)} bytes are control bytes"
    return None


_COMPRESSED = (b"\x1f\x8b", b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda")


def decompress(data: bytes, limit: int) -> bytes:
    """Undo gzip or zlib (a crawler that kept the Content-Encoding); other bytes unchanged.

    Never more than `limit` bytes come out, so a decompression bomb stops at the limit:
    LimitExceededError. Data that only looks compressed is left for `decode` to judge.
    """
    if not data.startswith(_COMPRESSED):
        return data
    inflater = zlib.decompressobj(wbits=47)  # 32 + 15: gzip or zlib header, found by zlib
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        return data
    if len(out) > limit:
        raise InputTooLargeError(f"page decompresses to over max_bytes={limit:,} bytes")
    # Nothing came out: not compressed after all (or cut off at once); judge the bytes as given.
    return out or data


def decode(data: bytes) -> str:
    """Decode page bytes: BOM, UTF-16/32 by their NUL bytes, UTF-8, `<meta charset>`, detection.

    UTF-8 with a few broken bytes stays UTF-8 whatever `<meta>` claims: reading it as a
    legacy charset would garble every accented letter, while UTF-8 loses only the broken
    bytes (as U+FFFD). Raises NotAPageError for images, PDFs, archives and other binary data.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace")
    wide = _wide_encoding(data)
    if wide is not None:
        return data.decode(wide, errors="replace")
    kind = _binary_kind(data)
    if kind is not None:
        raise NotAPageError(f"input is binary ({kind}), not a web page or text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf8 = data.decode("utf-8", errors="replace")
    bad = utf8.count("\ufffd")
    # Each valid multi-byte character shortens the text by 1-3 against the bytes.
    if len(data) - len(utf8) > 2 * bad:
        return utf8
    declared = _declared_charset(data)
    if declared is not None and declared != "utf-8":
        text = data.decode(declared, errors="replace")
        if text.count("\ufffd") <= max(2, len(data) // 10_000):
            return text
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

    matches = from_bytes(data[:200_000])
    best = matches.best()
    enc = best.encoding if best is not None else "cp1252"
    # Among equally good readings, take windows-1252, as browsers do for unlabelled pages.
    if best is not None and any(
        m.encoding == "cp1252" and (m.chaos, m.coherence) == (best.chaos, best.coherence) for m in matches
    ):
        enc = "cp1252"
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
