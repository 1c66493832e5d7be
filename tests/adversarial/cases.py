"""Hostile and broken pages, as data: what each one is and what a clean run must give.

Each case builds its page lazily (some are 20 MB). `expect` says what must come out:
"article" — the article's must-keep sentences are in the body; "error:<Class>" — that
dechrome error; "any" — an Article or a dechrome error, as long as it is quick and clean.
`secret` is a local file that no case may ever leak.
"""

from __future__ import annotations

import codecs
import gzip
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .article import article_text, page

Page = str | bytes


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Page]
    expect: str = "article"
    # Non-ASCII words of the article must survive too (encoding cases).
    accents: bool = False


def _noise(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


def _words(n_bytes: int, seed: int = 3) -> str:
    """Filler prose-like text of about `n_bytes` characters (not the article's words)."""
    rng = random.Random(seed)
    vocab = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike".split()
    out: list[str] = []
    size = 0
    while size < n_bytes:
        w = rng.choice(vocab)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


def _log_lines(n_bytes: int) -> str:
    """A server log pasted under the article: about `n_bytes`, 100 bytes a line."""
    line = "\n2024-05-01 12:00:{:02d} GET /static/img/photo-{:06d}.jpg HTTP/1.1 200 51234 Mozilla/5.0 (X11)"
    return "".join(line.format(i % 60, i) for i in range(n_bytes // 100))


def _meta(charset: str) -> str:
    return page().replace('<meta charset="utf-8">', f'<meta charset="{charset}">')


def _mostly_utf8() -> bytes:
    data = _meta("windows-1251").encode("utf-8")
    # Three stray bytes: a cut-off sequence, a lone continuation byte, an overlong lead.
    at = data.index(b"<article>")
    return data[:at] + b"\xe2\x80 \x80 \xc0" + data[at:]


def _xxe(secret: Path) -> str:
    uri = secret.as_uri()
    doctype = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" [\n'
        f'  <!ENTITY xxe SYSTEM "{uri}">\n'
        f'  <!ENTITY % remote SYSTEM "{uri}"> %remote;\n'
        "]>"
    )
    before = '<p>&xxe;</p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="' + uri + '"/>'
    return page(before=before, doctype=doctype).replace(
        "<html ", '<html xmlns="http://www.w3.org/1999/xhtml" '
    )


def _xxe_unterminated(secret: Path) -> str:
    # An internal subset that never closes: the whole page after it must not vanish.
    doctype = f'<!DOCTYPE html [ <!ENTITY xxe SYSTEM "{secret.as_uri()}"> '
    return page(before="<p>&xxe;</p>", doctype=doctype)


def _billion_laughs() -> str:
    ents = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        ents.append(f'<!ENTITY lol{i} "{f"&{prev};" * 10}">')
    doctype = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n' + "\n".join(ents) + "\n]>"
    return page(before="<p>&lol9;</p>", doctype=doctype)


def _unclosed(n: int) -> str:
    # Unclosed links would put the article inside a link, as a browser would: not junk.
    tags = ("<div>", "<span>", "<b>", "<i>", "<li>", "<section>", "<em>", "<font>")
    return "".join(tags[i % len(tags)] + "x <a href='#'>y</a> " for i in range(n))


CASES: tuple[Case, ...] = (
    # Not a page at all.
    Case("empty-bytes", lambda s: b"", "empty"),
    Case("empty-str", lambda s: "", "empty"),
    Case("whitespace", lambda s: " \n\t\r\n " * 1000, "empty"),
    Case("random-bytes", lambda s: _noise(65536), "error:NotAPageError"),
    Case("png", lambda s: b"\x89PNG\r\n\x1a\n" + _noise(20000), "error:NotAPageError"),
    Case("pdf", lambda s: b"%PDF-1.7\n" + _noise(20000), "error:NotAPageError"),
    Case("zip", lambda s: b"PK\x03\x04" + _noise(20000), "error:NotAPageError"),
    Case("zlib-html", lambda s: codecs.encode(page().encode(), "zlib"), accents=True),
    Case("gzip-html", lambda s: gzip.compress(page().encode()), accents=True),
    Case("gzip-bomb", lambda s: gzip.compress(b"<p>" + b"a" * 60_000_000), "error:InputTooLargeError"),
    Case("gzip-truncated", lambda s: gzip.compress(page().encode())[:50], "any"),
    Case("gzip-of-png", lambda s: gzip.compress(b"\x89PNG\r\n\x1a\n" + _noise(2000)), "error:NotAPageError"),
    Case("jpeg", lambda s: b"\xff\xd8\xff\xe0" + _noise(20000), "error:NotAPageError"),
    Case("nul-flood", lambda s: b"\0" * 100_000, "error:NotAPageError"),
    # Encodings: the article and its accents must come out right.
    Case("utf8-bytes", lambda s: page().encode("utf-8"), accents=True),
    Case("utf8-bom", lambda s: codecs.BOM_UTF8 + page().encode("utf-8"), accents=True),
    Case("utf16le-bom", lambda s: page().encode("utf-16"), accents=True),
    Case("utf16be-bom", lambda s: codecs.BOM_UTF16_BE + page().encode("utf-16-be"), accents=True),
    Case("utf16le-nobom", lambda s: page().encode("utf-16-le"), accents=True),
    Case("utf16be-nobom", lambda s: page().encode("utf-16-be"), accents=True),
    Case("utf32le-bom", lambda s: codecs.BOM_UTF32_LE + page().encode("utf-32-le"), accents=True),
    Case("utf32be-bom", lambda s: codecs.BOM_UTF32_BE + page().encode("utf-32-be"), accents=True),
    Case("utf32le-nobom", lambda s: page().encode("utf-32-le"), accents=True),
    Case("utf32be-nobom", lambda s: page().encode("utf-32-be"), accents=True),
    Case("utf16-odd-length", lambda s: page().encode("utf-16") + b"\x00", accents=True),
    Case("text-utf16-bom", lambda s: article_text().encode("utf-16"), accents=True),
    Case("cp1252-declared", lambda s: _meta("windows-1252").encode("cp1252"), accents=True),
    Case(
        "cp1252-undeclared",
        lambda s: page().replace('<meta charset="utf-8">', "").encode("cp1252"),
        accents=True,
    ),
    Case("cp1252-claims-utf8", lambda s: page().encode("cp1252"), accents=True),
    Case("utf8-claims-latin1", lambda s: _meta("iso-8859-1").encode("utf-8"), accents=True),
    Case("utf8-claims-utf16", lambda s: _meta("utf-16").encode("utf-8"), accents=True),
    Case("utf8-claims-shiftjis", lambda s: _meta("shift_jis").encode("utf-8"), accents=True),
    Case("utf8-claims-bogus", lambda s: _meta("x-no-such-charset").encode("utf-8"), accents=True),
    Case("mostly-utf8-claims-cp1251", lambda s: _mostly_utf8(), accents=True),
    Case("nul-bytes-sprinkled", lambda s: page().encode().replace(b"<p>", b"<p>\0"), accents=True),
    Case("nul-in-str", lambda s: page().replace("<p>", "<p>\0\0"), accents=True),
    Case("lone-surrogates", lambda s: page().replace("<p>", "<p>\ud800 \udfff"), accents=True),
    Case("str-bom-xml-decl", lambda s: '\ufeff<?xml version="1.0" encoding="utf-8"?>' + page(), accents=True),
    Case("xml-decl-midway", lambda s: page(before='<?xml version="1.0" encoding="latin-1"?>'), accents=True),
    Case("binary-prefix", lambda s: _noise(300) + page().encode()),
    Case("control-chars", lambda s: page(before="<p>\x01\x02\x03\x1b[31m\x7f</p>" * 50)),
    # Structure.
    Case("deep-100k", lambda s: page(before="<div>" * 100_000, after="</div>" * 100_000)),
    Case("deep-100k-after", lambda s: page(after="<div>" * 100_000 + "deep end" + "</div>" * 100_000)),
    Case("deep-100k-unclosed", lambda s: page(before="<div>" * 100_000)),
    Case("unclosed-50k", lambda s: page(before=_unclosed(50_000))),
    Case("unclosed-50k-after", lambda s: page(after=_unclosed(50_000))),
    Case("deep-wide", lambda s: page(before="<div>" * 120, after="<p>short item</p>" * 60_000)),
    Case("siblings-200k", lambda s: page(after="".join(f"<p>Item {i}</p>" for i in range(200_000)))),
    Case(
        "sibling-cards-50k",
        lambda s: page(
            after="".join(
                f'<div class="card"><a href="/{i}">Teaser headline number {i}</a><p>Blurb {i}</p></div>'
                for i in range(50_000)
            )
        ),
    ),
    Case("nested-noscript", lambda s: page(before="<noscript>" * 250 + "<i></i>" * 200_000)),
    Case("text-node-20mb", lambda s: page(after="<div>" + _words(20_000_000) + "</div>")),
    Case("line-2mb-no-spaces", lambda s: page(after="<p>" + "a" * 2_000_000 + "</p>")),
    Case("attr-2mb", lambda s: page(before=f'<div class="{"share-" * 330_000}">x</div>')),
    Case(
        "attrs-100k",
        lambda s: page(before="<div " + " ".join(f"a{i}=x" for i in range(100_000)) + ">x</div>"),
    ),
    Case("many-br", lambda s: page(after="<p>" + "x<br>" * 500_000 + "</p>")),
    Case("table-100k-cells", lambda s: page(after="<table><tr>" + "<td>c</td>" * 100_000 + "</tr></table>")),
    Case("svg-titles", lambda s: page(after="<svg>" + "<title>Icon</title>" * 50_000 + "</svg>")),
    Case("comments-1m", lambda s: page(before="<!---->" * 1_000_000)),
    Case("comment-unclosed", lambda s: page(after="<!-- " + "x " * 100_000)),
    Case("script-20mb", lambda s: page(head="<script>" + "var a='<div>';" * 1_400_000 + "</script>")),
    Case(
        "json-ld-deep",
        lambda s: page(
            head='<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
        ),
    ),
    Case(
        "json-ld-huge",
        lambda s: page(
            head='<script type="application/ld+json">{"@type":"NewsArticle","headline":"'
            + "h" * 5_000_000
            + '"}</script>'
        ),
    ),
    Case("title-5mb", lambda s: page(head="<title>" + _words(5_000_000) + "</title>")),
    Case("meta-100k", lambda s: page(head='<meta name="author" content="Someone Else">' * 100_000)),
    Case("time-100k", lambda s: page(after="<time datetime='2020-01-01'>x</time>" * 100_000)),
    Case("doctype-bait", lambda s: page(before="<!DOCTYPE a [" * 100_000)),
    # XML attacks.
    Case("xxe-local-file", _xxe),
    Case("xxe-unterminated", _xxe_unterminated),
    Case("billion-laughs", lambda s: _billion_laughs()),
    # Regex bait.
    Case("ui-phrase-50k-blocks", lambda s: page(after="<p>Read more</p>" * 50_000)),
    Case("ui-phrase-50k-one-block", lambda s: page(after="<p>" + "Read more " * 50_000 + "</p>")),
    Case("icon-bait", lambda s: page(after="<p>" + "an icon of " + "the " * 500_000 + "</p>")),
    Case("credit-bait", lambda s: page(after="<p>(" + "a/" * 500_000 + "</p>")),
    Case("by-bait", lambda s: page(after="<p>By " + "and " * 500_000 + "</p>")),
    Case("date-bait", lambda s: page(after="<p>" + "12 " * 500_000 + "</p>")),
    Case("menu-bait", lambda s: page(after="<p>" + "a > " * 500_000 + "</p>")),
    Case(
        "class-bait",
        lambda s: page(before="".join(f'<div class="x{"-a" * 5_000}{i}">w</div>' for i in range(200))),
    ),
    # Text dumps.
    Case("text-article", lambda s: article_text()),
    Case("text-10mb-dump", lambda s: article_text() + _log_lines(10_000_000)),
    Case(
        "text-4mb-prose-dump",
        lambda s: article_text() + "\n".join(_words(4_000_000).split(" lima ")),
    ),
    Case("text-2mb-line", lambda s: article_text() + "\n" + "x" * 2_000_000),
    Case("text-2mb-line-words", lambda s: article_text() + "\n" + _words(2_000_000)),
    Case("text-share-50k", lambda s: "Share\nTweet\n" * 25_000 + article_text() + "\nRead more" * 50_000),
    Case("text-120k-lines", lambda s: article_text() + "".join(f"\nline {i}" for i in range(120_000))),
    Case("text-menu-bait", lambda s: article_text() + ("\n" + "a > " * 100) * 1000 + "\n" + "Home > " * 5000),
    Case("text-control-junk", lambda s: "\x1b[2J\x07" * 1000 + article_text()),
)

CASE_NAMES = tuple(c.name for c in CASES)
