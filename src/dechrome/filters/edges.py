"""Trim the article's edges: labels and stubs left before its first or after its last paragraph.

Once the main container is chosen, what often survives at its edges is a section label
("Aktuell", "Explore further"), a lone time ("2:54pm"), a kicker, or a heading with no
text after it. Inside the article such short blocks are subheadings and list items
and stay; at the edges, with no prose beyond them, they are chrome.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..blocks.stats import is_prose
from ..pipeline import define_filter
from ..result import Mark
from .share import is_share_text

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# A table's rows above the first paragraph are its data (a fact box, a spec sheet), not labels.
_TABLE = frozenset(("tr", "td", "th"))
# Short means: at most this many words, and no sentence end (a comma runs on: "Dear
# readers," opens the text that follows, it labels nothing).
_MAX_WORDS = 6
_TAIL_MAX = 400
# Prose after the closing chrome, relative to the article's own, that says it goes on.
_TAIL_SHARE = 1.0


# Boxes whose class says they close an article: share bars, tags, author boxes, comments.
_END = Cls.SHARE | Cls.BOILER | Cls.COMMENT | Cls.BYLINE


def _ends_article(b: Block) -> bool:
    near = 0
    for f in b.flags[-3:]:
        near |= f
    return bool(near & _END) or is_share_text(b.text)


def _kind(el: Any) -> tuple[str, str]:
    return el.tag, el.get("class") or ""


def _alike(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Same tag and same first class: "content" is built like "content lead" (a modifier
    marks the first step), while utility classes further on say nothing of the kind."""
    return a[0] == b[0] and a[1].split()[:1] == b[1].split()[:1]


def _stub(b: Block) -> bool:
    text = b.text.rstrip()
    return len(text.split()) <= _MAX_WORDS and not text.endswith((".", "!", "?", "…", ":", ","))


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
        elif b is not blocks[first] and _stub(b) and b.tag not in _HEADINGS and b.tag not in _TABLE:
            yield Mark(b.index, "label before the article's first paragraph")
    for b in blocks[last + 1 :]:
        if b.tag in _HEADINGS or (_stub(b) and b.tag not in ("li", "td", "th", "pre")):
            yield Mark(b.index, "stub after the article's last paragraph")
    core = doc.subtrees.core if doc.subtrees is not None else None
    if core is None:
        return
    # The core is one of the blocks' ancestors, and a block's `ancestors` hold every block-level
    # element above it: a block lies in the core when the core is among them (a set of the
    # core's subtree made a Python object of each of its elements).
    core_last = max((i for i, b in enumerate(blocks) if core in b.ancestors), default=len(blocks))
    if core_last >= last:
        return
    # The article ends where chrome first shows after its last paragraph (a share bar, a
    # tag list, an author box): kept text beyond that, outside the paragraphs' container
    # and not built like it, is more of the page, not more of the article.
    kept = {b.index for b in blocks}
    after = blocks[core_last].index + 1
    boundary = next(
        (i for i in range(after, blocks[last].index) if i not in kept and _ends_article(doc.blocks[i])),
        None,
    )
    if boundary is None:
        return
    # Much prose after that chrome means it was a box inside the article, not its end.
    tail = sum(len(b.text) for b in blocks[core_last + 1 :] if b.index > boundary and is_prose(b))
    if doc.subtrees is None or tail > _TAIL_SHARE * doc.subtrees.prose.get(core, 0):
        return
    kind = _kind(core)
    for b in blocks[core_last + 1 : last + 1]:
        el: Any = b.element
        if b.index < boundary or el is None or core in b.ancestors or len(b.text) >= _TAIL_MAX:
            continue
        # The block-level parent, as the core was found (an inline wrapper is no box).
        parent = b.ancestors[-2] if len(b.ancestors) > 1 else None
        if parent is None or not _alike(_kind(parent), kind):
            yield Mark(b.index, "after the chrome that ends the article")
