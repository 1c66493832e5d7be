"""Share bars and social buttons: "Facebook", "Tweet", "Copy link", "WhatsApp"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..pipeline import define_filter
from ..result import Mark
from .containers import in_flagged_container
from .vocab import SHARE_TOKENS

_WORD = regex.compile(r"[\w\-]+", regex.V0)
# A share bar holds a few words. A box with this many characters of prose is a part of
# the article whose class or id only happens to say "share" (a section anchored
# "sharing-with-a-single-developer", a chart "debt-as-a-share-of-gdp").
_MAX_BAR_PROSE = 1000


def is_share_text(text: str) -> bool:
    """A short text made only of share-target words."""
    if len(text) > 120:
        return False
    low = text.lower()
    # Most texts fail on their first word: it is read before all the others are.
    first = _WORD.search(low)
    if first is None or first.group() not in SHARE_TOKENS:
        return False
    return all(w in SHARE_TOKENS for w in _WORD.findall(low))


@define_filter("share", kinds=("html", "text"))
def share(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Share and social buttons, by their words or their container's class.

    A quoted post (an embedded tweet is a `<blockquote>` in a "social" box) is content.
    """
    for b in blocks:
        if is_share_text(b.text):
            yield Mark(b.index, "share/social button words")
        elif (
            len(b.text) < 200
            and "blockquote" not in b.path
            and in_flagged_container(doc, b, Cls.SHARE)
            and not _holds_prose(doc, b)
        ):
            yield Mark(b.index, "in a share/social container (class/id)")


def _holds_prose(doc: Document, b: Block) -> bool:
    """The block's nearest share-flagged box holds an article's worth of prose."""
    up = b.innermost(Cls.SHARE)
    if up is None or doc.subtrees is None:
        return False
    return doc.subtrees.prose.get(b.ancestors[-1 - up], 0) >= _MAX_BAR_PROSE
