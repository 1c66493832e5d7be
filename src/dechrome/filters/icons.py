"""Text that no sighted reader sees: SVG titles, screen-reader labels, hidden and icon text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..pipeline import define_filter
from ..result import Mark

# "Facebook An icon of the Facebook "f" mark." — a sprite's label/description pair.
ICON_DESCRIPTION = regex.compile(
    r"\b(?:an? )?icon (?:of|that|used|representing|indicating|displaying|for)\b|"
    r"\b(?:an?|the) [\w' ]{0,40} (?:icon|logo|symbol|mark)\b",
    regex.I | regex.V0,
)


@define_filter("icons", kinds=("html", "text"))
def icons(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """SVG <title>/<desc>, hidden and screen-reader-only text, icon-font labels."""
    for b in blocks:
        if b.tag.startswith("svg-"):
            yield Mark(b.index, f"SVG <{b.tag[4:]}> (icon label)")
        elif b.hidden:
            yield Mark(b.index, "hidden element")
        elif b.flags and b.flags[-1] & Cls.ICON and len(b.text) < 80:
            yield Mark(b.index, "screen-reader or icon label (class)")
        elif _icon_run(b.text):
            yield Mark(b.index, "icon label and description")


def _icon_run(text: str) -> bool:
    """Most of the text is "X An icon of ..." pairs."""
    # Every match holds one of these words. An ASCII text without them is passed over before
    # the pattern, slower, reads it; other text is left to the pattern, whose case folding
    # reaches beyond ASCII ("K", the Kelvin sign, is a "k").
    if text.isascii():
        low = text.lower()
        if "icon" not in low and "logo" not in low and "symbol" not in low and "mark" not in low:
            return False
    hits = ICON_DESCRIPTION.findall(text)
    return bool(hits) and len(hits) * 40 >= len(text) * 0.5
