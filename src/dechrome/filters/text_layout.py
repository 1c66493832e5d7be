"""Text dumps: the article is a run of prose after its headline; what precedes it is chrome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark
from .vocab import CREDIT


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@define_filter("text_layout", kinds=("text",))
def text_layout(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Lines above the headline; short labels that sit just before a caption line."""
    headline = _norm(doc.metadata.headline) if doc.metadata.headline else None
    # `field_lines` already took the headline itself; its index tells where the article starts.
    start = next((b.index for b in doc.blocks if headline and _norm(b.text) == headline), None)
    for b in blocks:
        if start is not None and b.index < start:
            yield Mark(b.index, "above the headline")
            continue
        nxt = doc.blocks[b.index + 1] if b.index + 1 < len(doc.blocks) else None
        if (
            nxt is not None
            and len(b.text.split()) <= 4
            and not b.text.rstrip().endswith(".")
            and len(nxt.text) < 250
            and CREDIT.search(nxt.text)
        ):
            yield Mark(b.index, "image label just before a photo credit")
