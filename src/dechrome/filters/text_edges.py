"""Text dumps: the article is a run of prose; short lines before or after it are chrome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..blocks.stats import is_prose
from ..pipeline import define_filter
from ..result import Mark


@define_filter("text_edges", kinds=("text",))
def text_edges(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Non-prose lines before the first and after the last paragraph of prose."""
    prose = [i for i, b in enumerate(blocks) if is_prose(b)]
    if not prose:
        return
    for b in blocks[: prose[0]]:
        yield Mark(b.index, "before the article's first paragraph")
    for b in blocks[prose[-1] + 1 :]:
        yield Mark(b.index, "after the article's last paragraph")
