"""Text dumps: what sits above the headline, menus and breadcrumbs, and image labels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..blocks.stats import is_prose
from ..metadata.text_dump import MENU_LINE
from ..pipeline import define_filter
from ..result import Mark
from .vocab import CREDIT


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _image_label(line: str, caption: str) -> bool:
    """A short title printed above its caption: "Iran Drones" over "Iran-made drones (AP)"."""
    if len(caption) >= 250 or not CREDIT.search(caption) or line.rstrip().endswith("."):
        return False
    return len(line.split()) <= 4 or _norm(caption).startswith(_norm(line))


@define_filter("text_layout", kinds=("text",))
def text_layout(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Lines above the headline, menu and breadcrumb lines, labels over a caption."""
    headline = _norm(doc.metadata.headline) if doc.metadata.headline else None
    start = next((b.index for b in doc.blocks if headline and _norm(b.text) == headline), None)
    if start is not None:
        # A headline line with more prose above it than below is a box's title, not the top
        # of the article (a review's verdict box repeats the game's name).
        above = sum(len(b.text) for b in blocks if b.index < start and is_prose(b))
        below = sum(len(b.text) for b in blocks if b.index > start and is_prose(b))
        start = start if above < below else None
    for b in blocks:
        nxt = doc.blocks[b.index + 1] if b.index + 1 < len(doc.blocks) else None
        if start is not None and b.index < start:
            yield Mark(b.index, "above the headline")
        elif MENU_LINE.match(b.text):
            yield Mark(b.index, "a menu or breadcrumb line")
        elif nxt is not None and _image_label(b.text, nxt.text):
            yield Mark(b.index, "image label just before its caption")
