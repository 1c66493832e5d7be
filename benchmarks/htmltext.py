"""HTML helpers for the peers' adapters: one way to decode a page, one way to dump a fragment.

Every peer is given the same `str`, decoded here by a deliberately simple rule (a BOM,
else the charset of the first `<meta>` that names one, else UTF-8; undecodable bytes
replaced), so no peer gains or loses by its own encoding guesses. dechrome is given the
raw bytes instead: its decoding is part of what is measured.
"""

from __future__ import annotations

import codecs
import re

_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_LANG = re.compile(rb"""<html\b[^>]{0,500}?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.I)

# Elements that start a new paragraph in a text dump.
BLOCKS = frozenset(
    "address article aside blockquote dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead "
    "tr ul".split()
)
_SKIP = frozenset(("script", "style", "noscript", "template"))


def charset(page: bytes) -> str:
    """The encoding to read `page` with: BOM, else the first <meta> charset, else UTF-8."""
    for bom, enc in _BOMS:
        if page.startswith(bom):
            return enc
    m = _CHARSET.search(page[:8192])
    if m:
        name = m.group(1).decode("ascii")
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    return "utf-8"


def decode(page: bytes) -> str:
    return page.decode(charset(page), errors="replace")


def language(page: bytes) -> str | None:
    """The page's `<html lang>` as a lowercase primary subtag ("de"), if it declares one."""
    m = _LANG.search(page[:16384])
    return m.group(1).decode("ascii").lower() if m else None


def block_text(fragment: str) -> str:
    """Plain text of an HTML fragment: a paragraph per block element, blank lines between."""
    from lxml import html  # bench-only: lxml is a dependency of dechrome and of the peers

    if not fragment.strip():
        return ""
    root = html.fromstring(fragment)
    paras: list[str] = []
    line: list[str] = []

    def flush() -> None:
        text = " ".join("".join(line).split())
        if text:
            paras.append(text)
        line.clear()

    def walk(el: html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            if el.tail:
                line.append(el.tail)
            return
        block = tag in BLOCKS
        if block:
            flush()
        if tag == "br":
            line.append(" ")
        if el.text and tag:
            line.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            line.append(el.tail)

    walk(root)
    flush()
    return "\n\n".join(paras)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def page_dump(page: bytes) -> bytes:
    """A naive crawler's dump of an HTML page: a line per block element, scripts left out."""
    text = _XML_DECLARATION.sub("", decode(page))  # lxml refuses a str that declares its encoding
    return block_text(text).replace("\n\n", "\n").encode("utf-8")
