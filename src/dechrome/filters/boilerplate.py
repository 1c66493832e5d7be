"""Prompts and labels that are never the article: cookies, newsletters, ads, "Read more"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark
from .vocab import BOILER_SENTENCES, UI_PHRASES, URL_LINE


@define_filter("boilerplate", kinds=("html", "text"))
def boilerplate(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Whole-block UI phrases, and short blocks with cookie/newsletter/copyright sentences."""
    for b in blocks:
        text = b.text.strip()
        if len(text) < 60 and UI_PHRASES.match(text):
            yield Mark(b.index, "UI phrase")
        elif len(text) < 600 and URL_LINE.match(text):
            yield Mark(b.index, "a bare URL")
        elif len(text) < 400 and BOILER_SENTENCES.search(text.lower()):
            yield Mark(b.index, "cookie/newsletter/legal prompt")
