"""Blocks that sit in page furniture: header, footer, aside, forms' controls, dialogs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark
from .vocab import BOILER_ATTRS, COMMENT_ATTRS

_CONTROLS = frozenset(("button", "select", "option", "label", "legend", "dialog", "summary"))
_FURNITURE = ("header", "footer", "aside")


@define_filter("structural", kinds=("html",))
def structural(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Page furniture: header/footer/aside, form controls, comment sections."""
    for b in blocks:
        if b.tag in _CONTROLS:
            yield Mark(b.index, f"<{b.tag}> control")
        elif b.tag == "hr" or not any(ch.isalnum() for ch in b.text):
            yield Mark(b.index, "no words")
        elif furniture := next((t for t in _FURNITURE if t in b.path), None):
            yield Mark(b.index, f"inside <{furniture}>")
        elif COMMENT_ATTRS.search(b.attr_text) and not _is_article_body(b):
            yield Mark(b.index, "in comments section", "comment")
        elif BOILER_ATTRS.search(b.attr_text) and not _is_article_body(b):
            yield Mark(b.index, "in a boilerplate container (class/id)")


def _is_article_body(b: Block) -> bool:
    """A class like "post-tags" in an ancestor can't veto the article's own body container."""
    innermost = b.attrs[-1] if b.attrs else ""
    return "articlebody" in b.attr_text.replace("-", "") and not BOILER_ATTRS.search(innermost)
