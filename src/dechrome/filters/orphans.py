"""Headings left without their section: every block under them was chrome.

A heading introduces what follows it up to the next heading of its rank or above. When
the filters before judged all of that chrome (a "More from us" link list, a rating widget,
a search form), the heading is that chrome's label and goes with it. A heading followed
by a lower-ranked one keeps its place: its section goes on in subsections.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark

_RANK = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_MAX_HEADING = 80


def _sentence(text: str) -> bool:
    """A heading written as a sentence ("He denied it.") is the article's; a trailing
    ellipsis ("Tell us what you think...") is a prompt's."""
    text = text.rstrip()
    return text.endswith(".") and not text.endswith("..")


@define_filter("orphans", kinds=("html",))
def orphans(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """A heading whose next kept block is a heading of its rank or above, with chrome between."""
    for pos, b in enumerate(blocks):
        rank = _RANK.get(b.tag)
        if rank is None or len(b.text) > _MAX_HEADING or _sentence(b.text):
            continue
        nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
        # `blocks` are the kept ones in page order: any block between this and the next
        # kept one was removed as chrome.
        end = nxt.index if nxt is not None else len(doc.blocks)
        if end == b.index + 1:
            continue
        if nxt is None or _RANK.get(nxt.tag, 9) <= rank:
            yield Mark(b.index, "a heading whose section was all chrome")
