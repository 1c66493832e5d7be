"""Per-element text totals, computed once per page and shared by every filter that needs them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .classes import Cls
from .model import Block

# How many levels above a block count as "its box", and which box classes mean chrome.
_NEAR = 4
_CHROME = Cls.COMMENT | Cls.BOILER | Cls.NAV | Cls.SHARE
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ":", ")", "。", "！", "？", "」", "』")
# Chinese, Japanese and Korean text says in one character what Latin text says in about three.
_CJK_FROM = "\u2e80"
_CJK_FACTOR = 3


def text_weight(text: str) -> int:
    """Length in Latin-text characters: CJK characters count `_CJK_FACTOR` times."""
    n = len(text)
    if text.isascii():  # a flag of the string, read without a scan: most text
        return n
    mid = text[n // 2 : n // 2 + 8]
    return n * _CJK_FACTOR if mid and max(mid) >= _CJK_FROM else n


def is_prose(b: Block) -> bool:
    """A block a reader would call a paragraph of text: long enough, few links, a sentence."""
    n = text_weight(b.text)
    density = b.link_density
    if density > 0.6 or (density > 0.35 and n < 100):
        return False
    if n >= _LONG:
        return not _one_phrase_over_and_over(b.text)
    return n >= 80 or (
        n >= 25 and b.text.rstrip().endswith(_SENTENCE_END) and (" " in b.text or n > len(b.text))
    )


# A long block made of a few words said over and over ("Related stories Related stories
# ...", a heading nested past max_depth and flattened) is no paragraph: take away its few
# most frequent words and too little is left. (Flattened together with an article, the
# article's words are left: it stays prose.)
_LONG = 400
_TOP_WORDS = 3
_LEFT_MIN = 20
_WORDS_MIN = 50


def _one_phrase_over_and_over(text: str) -> bool:
    # Cheap first (is_prose runs many times a block): its first two words make up half of it.
    lead = " ".join(text.split(None, 2)[:2])
    if not lead or text.count(lead) * len(lead) * 2 < len(text):
        return False
    words = text.split()
    if len(words) < _WORDS_MIN:
        return False  # few spaces: Chinese or Japanese, or a code or a URL, not a phrase said again
    top = sum(n for _, n in Counter(words).most_common(_TOP_WORDS))
    return len(words) - top < _LEFT_MIN


@dataclass(frozen=True, slots=True)
class Subtrees:
    """For each element: characters of all blocks and of prose blocks in its subtree.

    `core` is the element whose own children hold the most prose: the article's run of
    paragraphs on nearly every page. `core_path` is it and its ancestors, for cheap
    "does this container hold the article?" questions.
    """

    text: dict[Any, int]
    prose: dict[Any, int]
    total_prose: int
    core: Any | None = None
    core_path: frozenset[Any] = frozenset()
    # Each (element, embedded) box's verdict in filters/containers.py, which a dozen
    # filters ask again for the blocks of the same few boxes; it only reads these totals.
    box_verdicts: dict[tuple[Any, bool], bool] = field(default_factory=dict, compare=False, repr=False)

    def holds_core(self, el: Any) -> bool:
        return el in self.core_path

    def prose_share(self, el: Any) -> float:
        """The share of the page's prose that lies under `el`."""
        return self.prose.get(el, 0) / self.total_prose if self.total_prose else 0.0


def subtrees(blocks: Iterable[Block]) -> Subtrees:
    """Text and prose totals of every element that holds a block, and the core.

    Each block's characters are counted on its own element, then each element's total is
    added to its parent's, deepest elements first: once per element, where adding every
    block to each of its ancestors costs blocks x depth. Blocks of one element share the
    same ancestors (html.py makes one context per element), which this relies on.
    """
    text: dict[Any, int] = {}
    prose: dict[Any, int] = {}
    cluster: dict[Any, int] = {}
    # Where each element sits: its index in the ancestors of its blocks, and its parent.
    depth: dict[Any, int] = {}
    parent: dict[Any, Any] = {}
    total = 0
    for b in blocks:
        ancestors = b.ancestors
        if not ancestors:
            continue
        n = len(b.text)
        p = n if is_prose(b) else 0
        total += p
        if p and len(ancestors) > 1:
            # Prose in boxes whose class says comment, widget, promo... votes little.
            near = 0
            for f in b.flags[-_NEAR:]:
                near |= f
            above = ancestors[-2]
            cluster[above] = cluster.get(above, 0) + (p // 5 if near & _CHROME else p)
        own = ancestors[-1]
        text[own] = text.get(own, 0) + n
        if p:
            prose[own] = prose.get(own, 0) + p
        for i in range(len(ancestors) - 1, -1, -1):
            el = ancestors[i]
            if el in depth:
                break
            depth[el] = i
            parent[el] = ancestors[i - 1] if i else None
    for el in sorted(depth, key=depth.__getitem__, reverse=True):
        above = parent[el]
        if above is not None:
            text[above] = text.get(above, 0) + text[el]
            if el in prose:
                prose[above] = prose.get(above, 0) + prose[el]
    core = max(cluster, key=cluster.__getitem__) if cluster else None
    path = []
    el = core
    while el is not None:
        path.append(el)
        el = el.getparent()
    return Subtrees(text, prose, total, core, frozenset(path))
