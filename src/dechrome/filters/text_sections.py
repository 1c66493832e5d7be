"""Text dumps: a "Related stories" or "Comments" line opens a list that is not the article.

After such a heading, the headline-like lines that follow go too, up to the next line
of prose (a dump may go on with more article text after a mid-article box).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..blocks.stats import is_prose
from ..pipeline import define_filter
from ..result import Mark, Role
from .vocab import AUTHOR_HEADINGS, COMMENT_HEADINGS, RELATED_HEADINGS


@define_filter("text_sections", kinds=("text",))
def text_sections(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Lines under a related-stories, comments or about-the-author heading, up to prose."""
    what: str | None = None
    role: Role = "chrome"
    for b in blocks:
        heading = b.text.strip()
        if len(heading) <= 60 and RELATED_HEADINGS.match(heading):
            what, role = "related-stories", "chrome"
        elif len(heading) <= 60 and COMMENT_HEADINGS.match(heading):
            what, role = "comments", "comment"
        elif len(heading) <= 60 and AUTHOR_HEADINGS.match(heading):
            what, role = "about-the-author", "chrome"
        elif what is not None and is_prose(b) and b.text.rstrip().endswith((".", "!", "?", '"', "”")):
            what = None
            continue
        elif what is None:
            continue
        else:
            yield Mark(b.index, f"listed under a {what} heading", role)
            continue
        yield Mark(b.index, f"a {what} heading", role)
