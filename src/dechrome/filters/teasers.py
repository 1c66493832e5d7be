"""Teaser cards: a title link plus a blurb, repeated in sibling boxes of the same kind.

Article paragraphs are siblings in one container; a list of other stories is a run of
sibling boxes with the same tag and class, each holding a link or heading of its own
beside a short blurb. The blurb reads like prose, so only the repetition gives it away.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark

# How far above a blurb its card may start, and how many look-alike siblings make a list.
_MAX_UP = 4
_MIN_CARDS = 3
_MAX_BLURB = 600
# Lists and tables repeat by nature; their items are not story cards.
_NOT_CARDS = frozenset(("body", "html", "ul", "ol", "table", "tbody", "tr", "td", "th", "blockquote", "dl"))


def _sig(el: Any) -> tuple[str, str]:
    return (el.tag if isinstance(el.tag, str) else "", el.get("class") or "")


def _repeats(card: Any, cache: dict[Any, Counter[tuple[str, str]]]) -> bool:
    """At least `_MIN_CARDS` siblings (card included) share the card's tag and class.

    Siblings are counted once per parent: once per card was quadratic in a long list.
    """
    parent = card.getparent()
    if parent is None:
        return False
    counts = cache.get(parent)
    if counts is None:
        counts = cache[parent] = Counter(_sig(s) for s in parent)
    return counts[_sig(card)] >= _MIN_CARDS


def _has_title_outside(card: Any, el: Any) -> bool:
    """The card holds a headline-sized link that is not part of the blurb.

    A link, not just a heading: a teaser points to another page, while a run of
    heading-and-paragraph boxes (an FAQ, an article cut into sections) stays on this one.
    """
    blurb = set(el.iter())
    for node in card.iter("a"):
        if node in blurb or not _leaves_page(node.get("href")):
            continue
        if len(" ".join(node.text_content().split())) >= 20:
            return True
    return False


def _leaves_page(href: str | None) -> bool:
    """A link to another page: not an anchor on this one ("#setup"), not a script."""
    href = (href or "").strip().lower()
    return bool(href) and not href.startswith(("#", "javascript:"))


@define_filter("teasers", kinds=("html",))
def teasers(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Blurbs in repeated sibling cards that each carry their own title link."""
    cache: dict[Any, Counter[tuple[str, str]]] = {}
    stats = doc.subtrees
    if stats is None:
        return
    for b in blocks:
        el: Any = b.element
        # A <figcaption> is the captions filter's to judge (a slideshow's text, or a caption).
        if el is None or len(b.text) > _MAX_BLURB or "blockquote" in b.path or "figcaption" in b.path:
            continue
        # Cards are block-level boxes: the block's own ancestors, nearest first.
        for card in b.ancestors[-2 : -2 - _MAX_UP : -1]:
            if card.tag in _NOT_CARDS:
                break
            if stats.text.get(card, 0) > len(b.text) + 250:
                break  # more than a title beside the blurb: a section, not a card
            if _repeats(card, cache) and _has_title_outside(card, el):
                yield Mark(b.index, f"teaser in a list of <{card.tag}> cards")
                break
