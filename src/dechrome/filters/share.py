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


def is_share_text(text: str) -> bool:
    """A short text made only of share-target words."""
    if len(text) > 120:
        return False
    words = _WORD.findall(text.lower())
    return bool(words) and all(w in SHARE_TOKENS for w in words)


@define_filter("share", kinds=("html", "text"))
def share(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Share and social buttons, by their words or their container's class.

    A quoted post (an embedded tweet is a `<blockquote>` in a "social" box) is content.
    """
    for b in blocks:
        if is_share_text(b.text):
            yield Mark(b.index, "share/social button words")
        elif len(b.text) < 200 and "blockquote" not in b.path and in_flagged_container(doc, b, Cls.SHARE):
            yield Mark(b.index, "in a share/social container (class/id)")
