"""Navigation, breadcrumbs, menus and link lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..pipeline import define_filter
from ..result import Mark
from .containers import in_flagged_container


@define_filter("navigation", kinds=("html",))
def navigation(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """<nav>, breadcrumb/menu classes, and blocks that are mostly link text.

    A long sentence full of links (a news roundup) is prose; a short one is a menu item.
    """
    limit = doc.options.max_link_density
    for b in blocks:
        if "nav" in b.path:
            yield Mark(b.index, "inside <nav>")
        elif len(b.text) < 300 and in_flagged_container(doc, b, Cls.NAV):
            yield Mark(b.index, "navigation/breadcrumb/menu container (class/id)")
        elif b.link_density > limit and b.tag != "pre" and (len(b.text) < 150 or b.link_density > 0.75):
            yield Mark(b.index, f"link text {b.link_density:.0%} of the block")
