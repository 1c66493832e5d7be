"""Find the page's main content container and mark what lies outside it.

Every kept block votes for its ancestors with its text: prose counts for, short or
link-heavy text counts against. The element with the best balance, nudged by its tag
and class vocabulary (`<article>`, `itemprop=articleBody`, "content" against
"sidebar"), is the article; blocks outside it are chrome.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..blocks import Block, Document
from ..blocks.classes import Cls
from ..blocks.stats import is_prose, text_weight
from ..pipeline import define_filter
from ..result import Mark

_NEGATIVE = Cls.COMMENT | Cls.SHARE | Cls.NAV | Cls.BOILER
# Widening to an enclosing <article>: at most this many levels up, adding at most as much
# text again as the container holds.
_MAX_WIDEN = 6
_WIDEN_RATIO = 1.0
# Adopting a parent whose extra text, all before the container, is mostly prose: at most
# this many levels, adding at most this share of the container's text, this share prose.
_MAX_ADOPT = 3
# A single paragraph won: take its parent when that holds this many times its prose.
_PARAGRAPH_SIBLINGS = 1.5
_ADOPT_RATIO = 0.5
_ADOPT_PROSE = 0.6


def _boost(el: Any, flags: int) -> float:
    factor = 1.0
    if el.tag in ("article", "main"):
        factor *= 1.15
    if "articlebody" in (el.get("itemprop") or "").lower():
        factor *= 1.4
    if flags & Cls.CONTENT:
        factor *= 1.1
    if flags & _NEGATIVE:
        factor *= 0.6
    return factor


def _weigh(b: Block) -> tuple[float, float]:
    """(weight against, weight for): prose counts for, less its link text; other text against.

    Short non-link text (table cells, list items, labels) counts only half against: the
    article keeps its tables and lists, while menus are mostly links.
    """
    n = text_weight(b.text)
    if is_prose(b):
        return n, n * (1 - b.link_density)
    if b.link_density > 0.5:
        return n, 0.0
    return (n / 4 if b.tag in _TABLE_ROWS else n / 2), 0.0


_TABLE_ROWS = frozenset(("tr", "td", "th"))


def best_container(blocks: Sequence[Block], headline_at: int = -1) -> Any | None:
    """The element whose subtree holds the most prose for the least other text.

    Prose before the headline (`headline_at`, a block index) votes at a fifth of its
    weight: what a page prints above the article's title is seldom the article.
    """
    good: dict[Any, float] = {}
    total: dict[Any, float] = {}
    flags: dict[Any, int] = {}
    last: dict[Any, int] = {}
    paragraphs = {b.element for b in blocks if b.element is not None}
    for b in blocks:
        if not b.ancestors:
            continue
        n, g = _weigh(b)
        if b.index < headline_at:
            g /= 5
        for el, f in zip(b.ancestors, b.flags, strict=False):
            last[el] = b.index
            if el in total:
                good[el] += g
                total[el] += n
            else:
                good[el], total[el], flags[el] = g, n, f
    best, best_score = None, 0.0
    for el, g in good.items():
        if g:
            score = (2 * g - total[el]) * _boost(el, flags[el])
            if score > best_score:
                best, best_score = el, score
    if best is None:
        return None
    parent = best.getparent()
    if best in paragraphs and parent in good and good[parent] >= _PARAGRAPH_SIBLINGS * good[best]:
        best = parent  # one paragraph is not an article when its siblings hold more prose
    return _widen(_adopt_lead(best, good, total, last), total)


def _adopt_lead(best: Any, good: dict[Any, float], total: dict[Any, float], last: dict[Any, int]) -> Any:
    """Climb while the parent adds, before the container only, a little text that is mostly prose.

    A lead paragraph or standfirst often sits in its own box above the densest one; prose
    boxes after the article are more often notices, author boxes and promotions.
    """
    el = best
    for _ in range(_MAX_ADOPT):
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html") or parent not in total:
            break
        added, added_good = total[parent] - total[el], good[parent] - good[el]
        after = last[parent] > last[el]
        if after or added > _ADOPT_RATIO * total[el] or added_good < _ADOPT_PROSE * added:
            break
        el = parent
    return el


def _widen(best: Any, total: dict[Any, float]) -> Any:
    """Climb to an enclosing `<article>` when it adds no more text than the container holds.

    The densest container is often the article's paragraphs only; a recipe's ingredient
    table, a lead paragraph or a subheading sit beside it in the same `<article>`.
    """
    el = best.getparent()
    for _ in range(_MAX_WIDEN):
        if el is None or el.tag in ("body", "html"):
            break
        if el in total and (el.tag == "article" or "articlebody" in (el.get("itemprop") or "").lower()):
            return el if total[el] - total[best] <= _WIDEN_RATIO * total[best] else best
        el = el.getparent()
    return best


def _headline_index(doc: Document) -> int:
    """The index of the block that states the headline, or -1."""
    headline = doc.metadata.headline
    if headline:
        key = " ".join(headline.split()).casefold()
        for b in doc.blocks:
            if b.tag in _HEADINGS and " ".join(b.text.split()).casefold() == key:
                return b.index
    return -1


_HEADINGS = frozenset(("h1", "h2", "h3"))


@define_filter("content", kinds=("html",))
def content(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Blocks outside the main content container (text density, links, class vocabulary)."""
    best = best_container(blocks, _headline_index(doc))
    if best is None:
        return
    # `best` is one of the blocks' ancestors, and a block's `ancestors` hold every block-level
    # element above it: a block is inside `best` when `best` is among them. (A set of the
    # whole subtree made a Python object of each element of the article.)
    for b in blocks:
        if b.element is not None and best not in b.ancestors:
            yield Mark(b.index, f"outside the main content <{best.tag}>")
