"""Is a block inside a container whose class/id says chrome, and is that container small?

A class can lie about a big container: WordPress puts "tag-economy" on the article
itself, some themes wrap the whole page in "has-sidebar". So a flagged container only
counts when it holds little of the page's prose.
"""

from __future__ import annotations

from typing import Any

from ..blocks import Block, Document

# A flagged container holding more than this share of the page's prose is not chrome.
MAX_PROSE_SHARE = 0.3


def in_flagged_container(doc: Document, b: Block, flag: int, max_share: float = MAX_PROSE_SHARE) -> bool:
    """True when the nearest element flagged `flag` holds under `max_share` of the page's prose."""
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
    return stats.prose_share(el) < max_share
