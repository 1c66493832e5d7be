"""Is a block inside a box that says chrome (by class/id or by tag), and not the article's own?

A class can lie about a big container: WordPress themes wrap the page in "has-sidebar",
CNN puts its article in a "rail" column; some sites put the whole article in `<header>`.
So a box only counts when it neither holds the page's main run of paragraphs
(`Subtrees.core`) nor half of the page's prose (when that is article-sized). The size
exemption is for pages whose article itself sits in such a box: when an article-sized run
lies elsewhere, a box beside it is chrome whatever it holds (a live feed in the sidebar,
a comment thread longer than the story, a pop-up). A caller can ask for boxes embedded in
that run to count whatever their size too (`embedded=True`): a gallery's captions set in
the middle of the story are captions, however much they say.
"""

from __future__ import annotations

from typing import Any

from ..blocks import Block, Document
from ..blocks.stats import Subtrees

# A box with at least this share of the page's prose, and this many characters of it, is
# the article's, whatever its class says.
MAX_PROSE_SHARE = 0.5
MIN_ARTICLE = 1000


def _ancestor(b: Block, up: int) -> Any:
    return b.ancestors[-1 - up]


def _is_chrome_box(doc: Document, el: Any, embedded: bool = False) -> bool:
    """Remembered per page (`Subtrees.box_verdicts`): the blocks of one box ask it over and over."""
    stats = doc.subtrees
    if stats is None:
        return True
    key = (el, embedded)
    verdict = stats.box_verdicts.get(key)
    if verdict is None:
        verdict = stats.box_verdicts[key] = _judge_box(stats, el, embedded)
    return verdict


def _judge_box(stats: Subtrees, el: Any, embedded: bool) -> bool:
    if stats.holds_core(el):
        return False
    core = stats.core
    inside = _inside(el, core)
    if embedded and inside:
        return True
    if core is not None and not inside and stats.prose.get(core, 0) >= MIN_ARTICLE:
        return True  # an article-sized run of paragraphs lies outside the box altogether
    return stats.prose_share(el) < MAX_PROSE_SHARE or stats.prose.get(el, 0) < MIN_ARTICLE


def _inside(el: Any, core: Any) -> bool:
    """`el` lies strictly inside `core`."""
    if core is None:
        return False
    parent = el.getparent()
    while parent is not None:
        if parent is core:
            return True
        parent = parent.getparent()
    return False


def in_flagged_container(doc: Document, b: Block, flag: int, embedded: bool = False) -> bool:
    """True when the nearest element flagged `flag` is a chrome box (see module doc).

    `embedded`: a box inside the article's run of paragraphs is chrome whatever its size.
    """
    if not b.cls & flag or not b.ancestors:
        return False
    up = b.innermost(flag)
    return up is not None and _is_chrome_box(doc, _ancestor(b, up), embedded)


def in_tagged_container(doc: Document, b: Block, tags: tuple[str, ...]) -> str | None:
    """The tag of the nearest `tags` ancestor when it is a chrome box, else None."""
    if not b.ancestors:
        return None
    # `in` and `index` scan the path in C; most blocks sit in none of `tags`.
    path = b.path
    nearest = -1
    for tag in tags:
        if tag in path:
            nearest = max(nearest, len(path) - 1 - path[::-1].index(tag))
    if nearest < 0:
        return None
    return path[nearest] if _is_chrome_box(doc, b.ancestors[nearest - len(path)]) else None
