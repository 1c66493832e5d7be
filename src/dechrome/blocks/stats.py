"""Per-element text totals, computed once per page and shared by every filter that needs them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .model import Block

_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»", ":", ")")


def is_prose(b: Block) -> bool:
    """A block a reader would call a paragraph of text: long enough, few links, a sentence."""
    n = len(b.text)
    density = b.link_density
    if density > 0.6 or (density > 0.35 and n < 100):
        return False
    return n >= 80 or (n >= 25 and b.text.rstrip().endswith(_SENTENCE_END) and " " in b.text)


@dataclass(frozen=True, slots=True)
class Subtrees:
    """For each element: characters of all blocks and of prose blocks in its subtree."""

    text: dict[Any, int]
    prose: dict[Any, int]
    total_prose: int

    def prose_share(self, el: Any) -> float:
        """The share of the page's prose that lies under `el`."""
        return self.prose.get(el, 0) / self.total_prose if self.total_prose else 0.0


def subtrees(blocks: Iterable[Block]) -> Subtrees:
    text: dict[Any, int] = {}
    prose: dict[Any, int] = {}
    total = 0
    for b in blocks:
        el: Any = b.element
        if el is None:
            continue
        n = len(b.text)
        p = n if is_prose(b) else 0
        total += p
        while el is not None:
            text[el] = text.get(el, 0) + n
            if p:
                prose[el] = prose.get(el, 0) + p
            el = el.getparent()
    return Subtrees(text, prose, total)
