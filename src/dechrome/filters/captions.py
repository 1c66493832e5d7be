"""Image captions and photo credits: kept out of the body and returned in `captions`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..blocks.stats import is_prose
from ..pipeline import define_filter
from ..result import Mark
from .containers import in_flagged_container
from .vocab import COPYRIGHT_NOTICE, PHOTO_CAPTION, is_credit

# What a <figure> holds besides images: a table, a code listing, a quotation or a list is
# content (its <figcaption> is still a caption).
_FIGURE_CONTENT = ("table", "pre", "blockquote", "ul", "ol", "dl")


# A slideshow tells its story in its captions: at least this many prose captions holding
# at least this share of the page's prose.
_SLIDES = 3
_SLIDE_SHARE = 0.5


def _slideshow(blocks: Sequence[Block]) -> set[int]:
    """The prose figcaptions of a page whose article is a run of captioned pictures."""
    prose = [b for b in blocks if is_prose(b)]
    slides = [b for b in prose if b.within("figcaption")]
    total = sum(len(b.text) for b in prose)
    if len(slides) >= _SLIDES and sum(len(b.text) for b in slides) >= _SLIDE_SHARE * total:
        return {b.index for b in slides}
    return set()


@define_filter("captions", kinds=("html", "text"))
def captions(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """<figcaption>, caption/credit classes, and "(Name/Agency)" credit lines.

    Not the captions of a slideshow, which are its text. A caption box set inside the
    article's run of paragraphs (a gallery embedded in the story) is captions, however long.
    """
    story = _slideshow(blocks)
    for b in blocks:
        if b.index in story:
            continue
        if b.within("figcaption") or (b.within("figure") and not b.within(*_FIGURE_CONTENT)):
            yield Mark(b.index, "inside <figure>/<figcaption>", "caption")
        elif len(b.text) < 400 and in_flagged_container(doc, b, Cls.CAPTION, embedded=True):
            yield Mark(b.index, "caption/credit container (class/id)", "caption")
        elif len(b.text) < 250 and is_credit(b.text) and not COPYRIGHT_NOTICE.search(b.text):
            yield Mark(b.index, "photo credit pattern", "caption")
        elif len(b.text) < 800 and PHOTO_CAPTION.match(b.text):
            yield Mark(b.index, 'wire photo caption ("In this ... photo")', "caption")
