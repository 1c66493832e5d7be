"""Metadata a reader sees on the page: the <h1>, a "By ..." byline, a <time> element."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from .candidates import Candidate, Page

_BYLINE_ATTR = regex.compile(r"byline|author|autor|auteur|writer|reporter|contributor", regex.I)
_BY = regex.compile(r"^\s*(?:by|von|par|por|di)\s+(.+)$", regex.I | regex.S)


def heading(page: Page) -> Iterator[Candidate]:
    """The first few non-empty <h1>s in the body (a logo may be the first)."""
    root: Any = page.root
    if root is None:
        return
    found = 0
    for el in root.iter("h1"):
        text = " ".join(el.text_content().split())
        if text:
            yield Candidate("headline", text, "h1", 0.75 - 0.05 * found)
            found += 1
            if found == 3:
                return


def byline(page: Page) -> Iterator[Candidate]:
    """An element with a byline/author class or rel=author; or a "By ..." line."""
    root: Any = page.root
    if root is not None:
        for el in root.iter("a", "span", "div", "p", "address"):
            sig = " ".join(v for v in (el.get("class"), el.get("id"), el.get("rel"), el.get("itemprop")) if v)
            if sig and _BYLINE_ATTR.search(sig):
                text = " ".join(el.text_content().split())
                if 2 < len(text) < 100:
                    yield Candidate("byline", text, "byline", 0.65)
                    return
    for b in page.blocks:
        m = _BY.match(b.text)
        if m and len(b.text) < 100:
            yield Candidate("byline", m.group(1), "text", 0.55)
            return


_DATE_ATTR = regex.compile(
    r"(?:^|[\s_-])(?:date|dateline|datum|fecha|published|pubdate|posted|timestamp|time)(?:$|[\s_-])", regex.I
)


def dated_element(page: Page) -> Iterator[Candidate]:
    """A short element whose class says it holds the date ("date", "published", "posted")."""
    root: Any = page.root
    if root is None:
        return
    for el in root.iter("span", "div", "p", "li", "small", "em"):
        cls = el.get("class")
        if cls and _DATE_ATTR.search(cls):
            text = " ".join(el.text_content().split())
            if 6 <= len(text) <= 80:
                yield Candidate("date", text, "visible-date", 0.55)
                return


def time_element(page: Page) -> Iterator[Candidate]:
    """The first <time datetime=...> (the published one when marked so)."""
    root: Any = page.root
    if root is None:
        return
    for el in root.iter("time"):
        value = el.get("datetime") or el.text_content()
        if value and value.strip():
            pub = "pub" in (el.get("itemprop") or el.get("class") or "").lower()
            yield Candidate("date", value.strip(), "time", 0.75 if pub else 0.6)
            return
