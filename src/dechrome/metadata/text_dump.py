"""Metadata from a plain-text dump: a `date ...` header, a "By ..." line, a title-like line."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .candidates import Candidate, Page

_DATE_HEADER = regex.compile(r"^\s*(?:date|published|datum|fecha)\s*:?\s*(\d{4}-\d{2}-\d{2})", regex.I)
_BY = regex.compile(r"^\s*(?:by|von|par|por|di)\s+(.{2,80})$", regex.I)


def text_lines(page: Page) -> Iterator[Candidate]:
    if page.kind != "text" or not page.blocks:
        return
    first = page.blocks[0].text
    m = _DATE_HEADER.match(first)
    if m:
        yield Candidate("date", m.group(1), "text", 0.9)
    for i, b in enumerate(page.blocks[:60]):
        by = _BY.match(b.text)
        if by:
            yield Candidate("byline", by.group(1), "text", 0.7)
            # The headline is the title-like line just before the byline.
            for prev in reversed(page.blocks[max(0, i - 3) : i]):
                words = prev.text.split()
                if 3 <= len(words) <= 30 and not prev.text.rstrip().endswith("."):
                    yield Candidate("headline", prev.text, "text", 0.7)
                    break
            return
