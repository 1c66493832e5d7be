"""Sections opened by a "Related stories" or "Comments" heading hold no article text.

The heading is the best witness of what follows it: everything after it inside its own
section (its parent element, widened while that holds nothing but the heading) goes,
with the heading's words as the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..blocks import Block, Document
from ..blocks.stats import is_prose
from ..pipeline import define_filter
from ..result import Mark, Role
from .vocab import AUTHOR_HEADINGS, COMMENT_HEADINGS, RELATED_HEADINGS

# Bounds the work on hostile pages that repeat such headings thousands of times.
_MAX_SECTIONS = 20
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "header"))


def _section(heading: Block) -> Any | None:
    """The element whose later content the heading introduces."""
    el: Any = heading.element
    scope = el.getparent() if el is not None else None
    # Widen past wrappers that hold only the heading itself.
    while scope is not None and len(" ".join(scope.text_content().split())) <= len(heading.text) + 2:
        scope = scope.getparent()
    return scope


@define_filter("sections", kinds=("html",))
def sections(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Blocks after a "Related"/"More stories"/"Comments" heading, within its section."""
    kept = {b.index for b in blocks}
    found = 0
    for h in doc.blocks:
        if found >= _MAX_SECTIONS:
            break
        if len(h.text) > 60 or h.tag not in _HEADING_TAGS or h.element is None:
            continue
        role: Role
        if RELATED_HEADINGS.match(h.text):
            role, what = "chrome", "related-stories"
        elif AUTHOR_HEADINGS.match(h.text):
            role, what = "chrome", "about-the-author"
        elif COMMENT_HEADINGS.match(h.text):
            role, what = "comment", "comments"
        else:
            continue
        found += 1
        scope = _section(h)
        if scope is None or scope.tag in ("body", "html"):
            continue
        inside = set(scope.iter())
        # A "Read also" line inside the article's own run of paragraphs opens no section:
        # only the links right after it go, up to the next paragraph of prose.
        inline = doc.subtrees is not None and doc.subtrees.holds_core(scope)
        reason = f'after the {what} heading "{h.text}"'
        if h.index in kept:
            yield Mark(h.index, f"a {what} heading", role)
        for b in doc.blocks[h.index + 1 :]:
            if b.element not in inside or (inline and is_prose(b)):
                break
            if b.index in kept:
                yield Mark(b.index, reason, role)
