"""Text dumps: the author's short biography printed after the last paragraph (or over the first).

"Maya Chen covers city hall for the Ledger. Reach her at ..." is prose, so the run of
prose takes it in. It opens with the byline's name and a lowercase verb ("covers", "ist",
"est", "es"), or with the first name alone and "is" ("Maya is a reporter ..."), which a
closing paragraph of the story rarely does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark
from .vocab import BIO_COPULAS, SELF_INTRO

# A biography is a few sentences; how many of the last kept lines may be one (and the
# first: an author box under the headline).
_BIO_MAX = 500
_TAIL = 2
# Paragraphs of the article that must stay above it.
_ABOVE = 2


def _opens_with_name(text: str, names: list[str]) -> bool:
    """The full name and a lowercase word, or the first name and "is" ("Jake is the co-founder of ...")."""
    words = text.split(maxsplit=2)
    for name in names:
        rest = text[len(name) :].split(maxsplit=1) if text.startswith(name + " ") else []
        if rest and rest[0][0].islower():
            return True
        if len(words) > 2 and words[0] == name.split()[0] and words[1] in BIO_COPULAS:
            return True
    return False


@define_filter("text_bio", kinds=("text",))
def text_bio(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """The last lines or the first, if they open with the author's full name and a verb: a
    biography. The last lines also when a blogger introduces herself ("Ich bin Steffi, ...")."""
    if len(blocks) <= _ABOVE + 1:
        return
    for b in blocks[-_TAIL:]:
        if len(b.text) <= _BIO_MAX and SELF_INTRO.match(b.text.strip()):
            yield Mark(b.index, "a blogger's introduction after the article")
    byline = doc.metadata.byline
    if not byline:
        return
    names = [n.strip() for n in byline.split(";") if len(n.strip().split()) >= 2]
    for b, where in ((blocks[0], "over"), *((b, "after") for b in blocks[-_TAIL:])):
        if len(b.text) <= _BIO_MAX and _opens_with_name(b.text.strip(), names):
            yield Mark(b.index, f"the author's biography {where} the article")
