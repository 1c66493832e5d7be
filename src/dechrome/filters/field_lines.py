"""The blocks that state the headline, byline or date are fields, not body text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..blocks import Block, Document
from ..metadata.normalize import is_date_line
from ..metadata.text_title import kicker
from ..pipeline import define_filter
from ..result import Mark

_BY = regex.compile(r"^(?:by|von|par|por|di|door|av|af|przez)(?:\s+\p{Lu}|\s*:?\s*$)", regex.I | regex.V0)


_PUNCT = regex.compile(r"[\p{P}\p{S}]+", regex.V0)


def _norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


def _long_enough(text: str, n: int) -> bool:
    """Can `_norm(text)` be `n` characters long? Most blocks are too short to be the headline
    and skip `_norm`: case folding makes a character three at most (an ASCII one stays one),
    and the rest of `_norm` only shortens the text."""
    return len(text) * (1 if text.isascii() else 3) >= n


@define_filter("field_lines", kinds=("html", "text"))
def field_lines(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """The headline line, "By ..." lines (or a "By" alone, its name on the next line) and bare date lines."""
    meta = doc.metadata
    headline = _norm(meta.headline) if meta.headline else None
    kick = _kicker(doc)
    names = [f" {n} " for n in (_norm(n) for n in meta.byline.split("; ")) if n] if meta.byline else []
    naming = [b.index for b in blocks if len(b.text) < 80 and names and _names(b.text, names)]
    # A name on more than a couple of short lines is the page's subject (a product, a
    # person written about), not its byline.
    author_lines = set(naming) if len(naming) <= _MAX_AUTHOR_LINES else set()
    for b in blocks:
        if len(b.text) > 200:
            continue
        if (
            headline
            and _long_enough(b.text, len(headline))
            and ((n := _norm(b.text)) == headline or (kick and b.index > 0 and n == f"{kick} {headline}"))
        ):
            yield Mark(b.index, "the headline", "headline")
        elif _BY.match(b.text) and len(b.text) < 120:
            yield Mark(b.index, "a byline line", "byline")
        elif (
            b.index in author_lines
            and not _sentence(b.text)
            and not (doc.kind == "text" and _BOX_TITLE.match(b.text))
        ):
            yield Mark(b.index, "names the author", "byline")
        elif is_date_line(b.text):
            yield Mark(b.index, "a date line", "date")


_MAX_AUTHOR_LINES = 2
# "Sobre Jane Doe", "About Jane Doe": in a dump, the title of the author's box, which
# text_sections reads to cut the biography under it.
_BOX_TITLE = regex.compile(r"^\s*(?i:about|über|sobre|à propos de|acerca de)\s", regex.V0)


def _kicker(doc: Document) -> str | None:
    """A dump's title's kicker ("Lübeck" of "Lübeck: Title | Site"), which the dump may run
    into the headline's line (metadata.text_title.without_kicker); the title line itself,
    its separators gone, reads the same and is not the headline's line."""
    first = kicker(doc.blocks[0].text) if doc.kind == "text" and doc.blocks else None
    return _norm(first) if first else None


def _names(text: str, names: list[str]) -> bool:
    """Does `text` name one of the authors, as whole words?"""
    norm = f" {_norm(text)} "
    return any(n in norm for n in names)


def _sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?")) and len(text.split()) > 6
