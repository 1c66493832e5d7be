"""Blocks that sit in page furniture: header, footer, aside, forms' controls, dialogs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..blocks.stats import is_prose
from ..pipeline import define_filter
from ..result import Mark
from .containers import in_flagged_container, in_tagged_container

_CONTROLS = frozenset(("button", "select", "option", "label", "legend", "dialog", "summary"))
_FURNITURE = ("header", "footer", "aside")
# A letter or digit (str.isalnum): `\w` without the underscore.
_ALNUM = re.compile(r"[^\W_]")


def _article_lead(b: Block, furniture: str) -> bool:
    """A paragraph in the `<header>` of an `<article>` or of `<main>` is the article's
    standfirst, not page furniture."""
    if furniture != "header" or not is_prose(b):
        return False
    above = b.path[: len(b.path) - 1 - b.path[::-1].index("header")]
    return "article" in above or "main" in above


@define_filter("structural", kinds=("html",))
def structural(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Page furniture: header/footer/aside, form controls, comment sections, boilerplate boxes."""
    for b in blocks:
        if b.tag in _CONTROLS:
            yield Mark(b.index, f"<{b.tag}> control")
        elif b.tag == "hr" or not _ALNUM.search(b.text):
            yield Mark(b.index, "no words")
        elif (furniture := in_tagged_container(doc, b, _FURNITURE)) and not _article_lead(b, furniture):
            yield Mark(b.index, f"inside <{furniture}>")
        elif in_flagged_container(doc, b, Cls.COMMENT):
            yield Mark(b.index, "in a comments section (class/id)", "comment")
        elif "blockquote" not in b.path and in_flagged_container(doc, b, Cls.BOILER):
            yield Mark(b.index, "in an ad/promo/related/newsletter box (class/id)")
        elif len(b.text) < 120 and in_flagged_container(doc, b, Cls.BYLINE):
            yield Mark(b.index, "in a byline/author box (class/id)", "byline")
