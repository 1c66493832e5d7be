"""Navigation, breadcrumbs, menus and link lists."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..blocks.stats import is_prose
from ..pipeline import define_filter
from ..result import Mark
from .containers import in_flagged_container

# Inside the article's own run of paragraphs, a block with at least this many characters
# outside its links, and no more than this share in them, is a sentence that cites its
# sources (a reference, a changelog entry), not a menu item or a "Read more:" line.
_OWN_WORDS = 30
_CITING_DENSITY = 0.75


@define_filter("navigation", kinds=("html",))
def navigation(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """<nav>, breadcrumb/menu classes, and blocks that are mostly link text.

    A long sentence full of links (a news roundup) is prose; a short one is a menu item,
    unless it has words of its own around its links and sits in the article's container.
    """
    limit = doc.options.max_link_density
    core = doc.subtrees.core if doc.subtrees is not None else None
    dense = {b.index for b in blocks if _link_dense(b, limit, core)}
    prose_lists = _prose_lists(blocks, dense, core)
    for b in blocks:
        if "nav" in b.path:
            yield Mark(b.index, "inside <nav>")
        elif len(b.text) < 300 and in_flagged_container(doc, b, Cls.NAV):
            yield Mark(b.index, "navigation/breadcrumb/menu container (class/id)")
        elif b.index in dense and not _in_list(b, prose_lists):
            yield Mark(b.index, f"link text {b.link_density:.0%} of the block")


def _link_dense(b: Block, limit: float, core: Any) -> bool:
    return (
        b.link_density > limit
        and b.tag != "pre"
        and (len(b.text) < 150 or b.link_density > 0.75)
        and not _cites_in_article(b, core)
    )


def _in_list(b: Block, lists: set[Any]) -> bool:
    return b.tag == "li" and len(b.ancestors) > 1 and b.ancestors[-2] in lists


def _prose_lists(blocks: Sequence[Block], dense: set[int], core: Any) -> set[Any]:
    """Lists in the article's container with at least as many items of prose as of links.

    Such a list is the article's (a changelog, a list of references); its link-only items
    belong with the rest. A list of other stories has no sentences among its links.
    """
    prose: Counter[Any] = Counter()
    links: Counter[Any] = Counter()
    for b in blocks:
        if b.tag != "li" or len(b.ancestors) < 2 or core is None or core not in b.ancestors[:-1]:
            continue
        if b.index in dense:
            links[b.ancestors[-2]] += 1
        elif is_prose(b):
            prose[b.ancestors[-2]] += 1
    return {el for el, n in prose.items() if n >= links[el]}


def _cites_in_article(b: Block, core: Any) -> bool:
    """A sentence with links, inside the element holding the article's paragraphs."""
    return (
        core is not None
        and core in b.ancestors[:-1]
        and b.link_density <= _CITING_DENSITY
        and len(b.text) - b.link_chars >= _OWN_WORDS
    )
