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
from .vocab import AUTHOR_HEADINGS, COMMENT_AUTHOR, COMMENT_HEADINGS, RELATED_HEADINGS

# Paragraphs of article that must come before a comments heading counts as one ("34
# Comments" in the byline area is a link, not the thread).
_BEFORE_COMMENTS = 2


@define_filter("text_sections", kinds=("text",))
def text_sections(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Lines under a related-stories, comments or about-the-author heading, up to prose."""
    what: str | None = None
    role: Role = "chrome"
    prose_seen = 0
    for b in blocks:
        heading = b.text.strip()
        if what != "comments" and is_prose(b):
            prose_seen += 1
        if len(heading) <= 60 and RELATED_HEADINGS.match(heading):
            what, role = "related-stories", "chrome"
        elif (
            len(heading) <= 250
            and (COMMENT_HEADINGS.match(heading) or COMMENT_AUTHOR.match(heading))
            and prose_seen >= _BEFORE_COMMENTS
        ):
            # A comment thread runs to the end of the dump: its replies are prose too.
            what, role = "comments", "comment"
        elif len(heading) <= 60 and AUTHOR_HEADINGS.match(heading):
            what, role = "about-the-author", "chrome"
        elif (
            what not in (None, "comments")
            and is_prose(b)
            and b.text.rstrip().endswith((".", "!", "?", '"', "”"))
        ):
            what = None
            continue
        elif what is None:
            continue
        else:
            yield Mark(b.index, f"listed under a {what} heading", role)
            continue
        yield Mark(b.index, f"a {what} heading", role)
