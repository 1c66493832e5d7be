"""Image captions and photo credits: kept out of the body and returned in `captions`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..pipeline import define_filter
from ..result import Mark
from .containers import in_flagged_container
from .vocab import CREDIT, PHOTO_CAPTION

# What a <figure> holds besides images: a table, a code listing, a quotation or a list is
# content (its <figcaption> is still a caption).
_FIGURE_CONTENT = ("table", "pre", "blockquote", "ul", "ol", "dl")


@define_filter("captions", kinds=("html", "text"))
def captions(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """<figcaption>, caption/credit classes, and "(Name/Agency)" credit lines."""
    for b in blocks:
        if b.within("figcaption") or (b.within("figure") and not b.within(*_FIGURE_CONTENT)):
            yield Mark(b.index, "inside <figure>/<figcaption>", "caption")
        elif len(b.text) < 400 and in_flagged_container(doc, b, Cls.CAPTION):
            yield Mark(b.index, "caption/credit container (class/id)", "caption")
        elif len(b.text) < 250 and CREDIT.search(b.text):
            yield Mark(b.index, "photo credit pattern", "caption")
        elif len(b.text) < 800 and PHOTO_CAPTION.match(b.text):
            yield Mark(b.index, 'wire photo caption ("In this ... photo")', "caption")
