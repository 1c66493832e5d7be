"""Text printed more than once on a page: a caption twice, a sprite naming "Facebook" thrice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark

# Up to this many words, every copy of a repeated text goes (UI labels); longer text keeps
# its first copy (a pull quote repeats a paragraph the reader still needs once).
_SHORT_WORDS = 4


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


@define_filter("repeated", kinds=("html", "text"))
def repeated(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Repeated blocks: all copies of short labels, later copies of longer text."""
    keys = [_key(b.text) for b in blocks]  # once per block, not once per pass
    counts = Counter(keys)
    # The copy to keep: the first one set as a paragraph, else the first one.
    keeper: dict[str, Block] = {}
    for b, key in zip(blocks, keys, strict=True):
        if counts[key] > 1 and (key not in keeper or (b.tag == "p" and keeper[key].tag != "p")):
            keeper[key] = b
    for b, key in zip(blocks, keys, strict=True):
        n = counts[key]
        if n < 2:
            continue
        if len(key.split()) <= _SHORT_WORDS:
            yield Mark(b.index, f"short text repeated {n} times on the page")
            continue
        keep = keeper[key]
        # In HTML, a copy in another kind of element is a pull quote or a caption echo;
        # the same paragraph twice in the same style is the author's (a refrain).
        if b is not keep and (doc.kind == "text" or _style(b) != _style(keep)):
            yield Mark(b.index, f"repeats another block ({n} copies)")


def _style(b: Block) -> tuple[str, ...]:
    """The block's tag and the classes of it and its parent: how the page dressed it."""
    return (b.tag, *b.attrs[-2:], *b.path[-2:-1])
