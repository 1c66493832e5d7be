"""Trim the article's edges: labels and stubs left before its first or after its last paragraph.

Once the main container is chosen, what often survives at its edges is a section label
("Aktuell", "Explore further"), a lone time ("2:54pm"), a kicker, or a heading with no
text after it. Inside the article such short blocks are subheadings and list items
and stay; at the edges, with no prose beyond them, they are chrome.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..blocks.stats import is_prose
from ..pipeline import define_filter
from ..result import Mark

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Short means: at most this many words, and no sentence end.
_MAX_WORDS = 6


def _stub(b: Block) -> bool:
    text = b.text.rstrip()
    return len(text.split()) <= _MAX_WORDS and not text.endswith((".", "!", "?", "…", ":"))


@define_filter("edges", kinds=("html",))
def edges(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Short non-prose blocks before the first and after the last paragraph of prose."""
    prose = [i for i, b in enumerate(blocks) if is_prose(b)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    for b in blocks[: first + 1]:
        if b.tag == "h1" and b is not blocks[first]:
            yield Mark(b.index, "a headline above the article", "headline")
        elif b.flags and (b.flags[-1] | (b.flags[-2] if len(b.flags) > 1 else 0)) & Cls.DEK:
            yield Mark(b.index, "standfirst/subtitle above the article (class/id)")
        elif b is not blocks[first] and _stub(b) and b.tag not in _HEADINGS:
            yield Mark(b.index, "label before the article's first paragraph")
    for b in blocks[last + 1 :]:
        if b.tag in _HEADINGS or (_stub(b) and b.tag not in ("li", "td", "th", "pre")):
            yield Mark(b.index, "stub after the article's last paragraph")
