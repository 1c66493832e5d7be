"""Find the page's main content container and mark what lies outside it.

Every kept block votes for its ancestors with its text: prose counts for, short or
link-heavy text counts against. The element with the best balance, nudged by its
tag and class vocabulary (`<article>`, `itemprop=articleBody`, "content" vs
"sidebar"), is the article; blocks outside it are chrome.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark
from .vocab import CONTENT_ATTRS, NEGATIVE_ATTRS

_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ":", ")")


def is_prose(b: Block) -> bool:
    """A block a reader would call a paragraph of text."""
    n = len(b.text)
    if b.link_density > 0.35:
        return False
    return n >= 80 or (n >= 25 and b.text.rstrip().endswith(_SENTENCE_END) and " " in b.text)


def _boost(el: Any) -> float:
    tag = el.tag if isinstance(el.tag, str) else ""
    sig = " ".join(v for v in (el.get("class"), el.get("id"), el.get("itemprop")) if v).lower()
    factor = 1.0
    if "articlebody" in sig.replace("-", "").replace("_", ""):
        factor *= 1.4
    if tag == "article" or tag == "main":
        factor *= 1.15
    if sig:
        if CONTENT_ATTRS.search(sig):
            factor *= 1.1
        if NEGATIVE_ATTRS.search(sig):
            factor *= 0.6
    return factor


def best_container(blocks: Sequence[Block]) -> Any | None:
    """The element whose subtree holds the most prose for the least other text."""
    good: dict[Any, int] = {}
    total: dict[Any, int] = {}
    for b in blocks:
        el: Any = b.element
        if el is None:
            continue
        n = len(b.text)
        g = n if is_prose(b) else 0
        while el is not None:
            good[el] = good.get(el, 0) + g
            total[el] = total.get(el, 0) + n
            el = el.getparent()
    best, best_score = None, 0.0
    for el, g in good.items():
        if g == 0:
            continue
        score = (2 * g - total[el]) * _boost(el)
        if score > best_score:
            best, best_score = el, score
    return best


@define_filter("content", kinds=("html",))
def content(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Blocks outside the main content container (text density, links, class vocabulary)."""
    best = best_container(blocks)
    if best is None:
        return
    inside = set(best.iter())
    where = best.tag if isinstance(best.tag, str) else "?"
    for b in blocks:
        if b.element is not None and b.element not in inside:
            yield Mark(b.index, f"outside the main content <{where}>")
