"""Per-element text totals, computed once per page and shared by every filter that needs them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
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
    mid = text[n // 2 : n // 2 + 8]
    return n * _CJK_FACTOR if mid and max(mid) >= _CJK_FROM else n


def is_prose(b: Block) -> bool:
    """A block a reader would call a paragraph of text: long enough, few links, a sentence."""
    n = text_weight(b.text)
    density = b.link_density
    if density > 0.6 or (density > 0.35 and n < 100):
        return False
    return n >= 80 or (
        n >= 25 and b.text.rstrip().endswith(_SENTENCE_END) and (" " in b.text or n > len(b.text))
    )


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

    def holds_core(self, el: Any) -> bool:
        return el in self.core_path

    def prose_share(self, el: Any) -> float:
        """The share of the page's prose that lies under `el`."""
        return self.prose.get(el, 0) / self.total_prose if self.total_prose else 0.0


def subtrees(blocks: Iterable[Block]) -> Subtrees:
    text: dict[Any, int] = {}
    prose: dict[Any, int] = {}
    cluster: dict[Any, int] = {}
    total = 0
    for b in blocks:
        if not b.ancestors:
            continue
        n = len(b.text)
        p = n if is_prose(b) else 0
        total += p
        if p and len(b.ancestors) > 1:
            # Prose in boxes whose class says comment, widget, promo... votes little.
            near = 0
            for f in b.flags[-_NEAR:]:
                near |= f
            parent = b.ancestors[-2]
            cluster[parent] = cluster.get(parent, 0) + (p // 5 if near & _CHROME else p)
        for el in b.ancestors:
            text[el] = text.get(el, 0) + n
            if p:
                prose[el] = prose.get(el, 0) + p
    core = max(cluster, key=cluster.__getitem__) if cluster else None
    path = []
    el = core
    while el is not None:
        path.append(el)
        el = el.getparent()
    return Subtrees(text, prose, total, core, frozenset(path))
