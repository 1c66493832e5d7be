"""Metadata from a plain-text dump: date lines, a "By ..." line, the title line before it.

Dumps keep the page's reading order, so the head of the dump holds what the page's
header showed: a `date 2023-05-15` header or a dateline, a breadcrumb, the headline,
the byline. Only the first `_HEAD` lines are read.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .candidates import Candidate, Page
from .normalize import date as parse_date
from .normalize import headline as headline_of
from .normalize import is_date_line

_HEAD = 40
# How far into the dump the headline may repeat the first line (menus can be long).
_TITLE_SEARCH = 400
_DATE_HEADER = regex.compile(r"^\s*(?:date|published|datum|fecha)\s*:?\s*(\d{4}-\d{2}-\d{2})", regex.I)
_BY = regex.compile(r"^\s*(?i:by|von|par|por|di|door)\s+(\p{Lu}.{1,79})$")
# Breadcrumbs and menus: short items joined by separators. An item never spans a separator
# (the tempered `(?!...)` token): items free to swallow separators made the pattern try
# every split of a long "a > a > a ..." line, minutes for 250 characters.
_ITEM = r"(?:(?!\s+[>›»|/·•]\s)[^.!?]){1,40}"
MENU_LINE = regex.compile(rf"^{_ITEM}(?:\s+[>›»|/·•]\s+{_ITEM}){{1,24}}$", regex.V0)


def _title_like(text: str) -> bool:
    words = text.split()
    return (
        3 <= len(words) <= 30
        and not text.rstrip().endswith((".", ":"))
        and not is_date_line(text)
        and not MENU_LINE.match(text)
        and not _BY.match(text)
    )


def _title_line(page: Page) -> Iterator[Candidate]:
    """Crawlers start a dump with the page's <title>; the headline is the line that repeats it.

    "Storm hits coast - Daily News" on the first line and "Storm hits coast" further down
    tell where the article begins.
    """
    first = page.blocks[0].text
    title = headline_of(first)
    if not title or len(title.split()) < 3:
        return
    key = title.casefold()
    for b in page.blocks[1:_TITLE_SEARCH]:
        line = b.text.strip().casefold()
        if line and (line == key or (len(line) > 20 and key.startswith(line))):
            yield Candidate("headline", b.text, "text-title", 0.75)
            return


def text_lines(page: Page) -> Iterator[Candidate]:
    if page.kind != "text" or not page.blocks:
        return
    head = page.blocks[:_HEAD]
    m = _DATE_HEADER.match(head[0].text)
    if m:
        yield Candidate("date", m.group(1), "text", 0.9)
    for b in head:
        if is_date_line(b.text) and parse_date(b.text):
            yield Candidate("date", b.text, "text-dateline", 0.8)
            break
    yield from _title_line(page)
    for i, b in enumerate(head):
        by = _BY.match(b.text)
        if by:
            yield Candidate("byline", by.group(1), "text", 0.7)
            # The headline is the title-like line closest above the byline.
            for prev in reversed(head[max(0, i - 4) : i]):
                if _title_like(prev.text):
                    yield Candidate("headline", prev.text, "text", 0.7)
                    break
            return
