"""Text dumps: a "Related stories" or "Comments" line opens a list that is not the article.

After such a heading, the headline-like lines that follow go too, up to the next line
of prose (a dump may go on with more article text after a mid-article box). A cookie or
consent dialog goes the same way, from its notice over its buttons and consent text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..blocks import Block, Document
from ..blocks.stats import is_prose
from ..metadata.normalize import is_date_line
from ..pipeline import define_filter
from ..result import Mark, Role
from .vocab import (
    AUTHOR_HEADINGS,
    COMMENT_AUTHOR,
    COMMENT_HEADINGS,
    CONSENT_TITLE,
    CONSENT_WORDS,
    COOKIE_NOTICE,
    related_heading,
)

# Lines a dump keeps from the page's widgets, that HTML would show as buttons or boxes: a
# comment form's "Leave a Reply Cancel reply" (and its title in other languages: "Schreibe
# einen Kommentar", "Kommentar erstellen", "Laisser un commentaire"), a "View Comments"
# button: they open a comment thread. ("More articles from ..." or "Most read in ..." box
# titles open a related list: vocab.RELATED_WIDGETS.)
_COMMENT_WIDGETS = regex.compile(
    r"^(?:leave a (?:reply|comment)|(?:view|show|load|see|read) (?:all )?(?:\d+ )?comments?"
    r"|(?:blog )?comments powered by \w+"
    r"|(?:schreibe|hinterlasse|verfasse) einen kommentar|kommentar (?:erstellen|schreiben|verfassen|abgeben)"
    r"|laisser un commentaire|(?:deja|dejar|deixe|deixar) (?:un|um) coment[aá]rio|lascia un commento"
    r")(?: (?:cancel reply|antworten abbrechen|annuler la réponse))?\s*[.:…!]*$",
    regex.I | regex.V0,
)
# An author box titled with the author's name: "About Jane Doe", "Über Moritz Bachmann",
# "Sobre Carlos Nadalim". Its first paragraph is the biography, prose as it is.
_AUTHOR_BOX = regex.compile(
    r"^(?i:about|über|sobre|à propos de|acerca de)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$", regex.V0
)

# A comment count of zero ("0 Kommentare", "Comments (0)") is a link in the byline area:
# no thread follows it.
_NO_COMMENTS = regex.compile(r"^0\s|\(0\)", regex.V0)

# How far below a "Name says:" line the next comment's may be, for the two to be a thread.
_THREAD_GAP = 12


def _comment_author(lines: Sequence[Block], i: int) -> bool:
    """A "Name says:" line that opens a thread, not a paragraph that introduces a quote
    ("The mayor said:"): a date is on it or on the next line, or another follows soon."""
    text = lines[i].text
    if not COMMENT_AUTHOR.match(text):
        return False
    if any(c.isdigit() for c in text) or (i + 1 < len(lines) and is_date_line(lines[i + 1].text)):
        return True
    return any(COMMENT_AUTHOR.match(b.text) for b in lines[i + 1 : i + 1 + _THREAD_GAP])


# A line that ends a paragraph: the related list it followed is over. A quote closes on
# its mark, a sentence that introduces one on a colon (a teaser cut short ends in "…").
_PARAGRAPH_END = (".", "!", "?", '"', "”", "»", "“", ":")

# A consent dialog opens with its notice; its buttons and labels are short, its other
# paragraphs speak of cookies or consent. The first line that does neither ends it.
_NOTICE_AT = 200
_BUTTON_MAX = 60


# Paragraphs of article that must come before a comments heading counts as one ("34
# Comments" in the byline area is a link, not the thread).
_BEFORE_COMMENTS = 2


@define_filter("text_sections", kinds=("text",))
def text_sections(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Lines under a related-stories, comments or about-the-author heading; consent dialogs."""
    what: str | None = None
    role: Role = "chrome"
    prose_seen = 0
    bio = False
    for b in blocks:
        heading = b.text.strip()
        if what == "comments":
            # Nothing ends a thread: a "More in Sports" box under it is not the article again.
            yield Mark(b.index, f"listed under a {what} heading", role)
            continue
        if what == "consent" and (len(heading) <= _BUTTON_MAX or CONSENT_WORDS.search(heading)):
            yield Mark(b.index, "in a cookie or consent dialog")
            continue
        if COOKIE_NOTICE.search(heading[:_NOTICE_AT]) or CONSENT_TITLE.match(heading):
            what, role, bio = "consent", "chrome", False
            yield Mark(b.index, "a cookie or consent dialog's notice")
            continue
        if what == "consent":
            what = None
        # A dialog's paragraphs are not the article's: they do not count towards it.
        if is_prose(b):
            prose_seen += 1
        if len(heading) <= 60 and related_heading(heading):
            what, role, bio = "related-stories", "chrome", False
        elif (
            len(heading) <= 250
            and (
                any(p.match(heading) for p in (COMMENT_HEADINGS, _COMMENT_WIDGETS))
                or _comment_author(doc.blocks, b.index)
            )
            and prose_seen >= _BEFORE_COMMENTS
            and not _NO_COMMENTS.search(heading)
        ):
            # A comment thread runs to the end of the dump: its replies are prose too.
            what, role, bio = "comments", "comment", False
        elif len(heading) <= 60 and (AUTHOR_HEADINGS.match(heading) or _AUTHOR_BOX.match(heading)):
            what, role = "about-the-author", "chrome"
            bio = bool(_AUTHOR_BOX.match(heading))
        elif bio and is_prose(b):
            bio = False
            yield Mark(b.index, "the biography under an author box's title", role)
            continue
        elif (
            what not in (None, "comments")
            and is_prose(b)
            and b.text.rstrip().endswith(_PARAGRAPH_END)
        ):
            what = None
            continue
        elif what is None:
            continue
        else:
            yield Mark(b.index, f"listed under a {what} heading", role)
            continue
        yield Mark(b.index, f"a {what} heading", role)
