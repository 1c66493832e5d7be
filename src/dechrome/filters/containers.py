"""Is a block inside a container whose class/id says chrome, and not the article's own?

A class can lie about a big container: WordPress puts "tag-economy" on the article
itself, some themes wrap the whole page in "has-sidebar". So a flagged container only
counts when it neither holds the page's main run of paragraphs (`Subtrees.core`) nor
half of the page's prose.
"""

from __future__ import annotations

from typing import Any

from ..blocks import Block, Document

# A flagged container with at least this share of the page's prose is the article's, too.
MAX_PROSE_SHARE = 0.5


def in_flagged_container(doc: Document, b: Block, flag: int) -> bool:
    """True when the nearest element flagged `flag` does not hold the article's paragraphs."""
    if not b.cls & flag:
        return False
    up = b.innermost(flag)
    if up is None:
        return False
    stats = doc.subtrees
    if stats is None or b.element is None:
        return True
    el: Any = b.element
    for _ in range(up):
        parent = el.getparent()
        if parent is None:
            break
        el = parent
    return not (stats.holds_core(el) or stats.prose_share(el) >= MAX_PROSE_SHARE)
