"""Metadata that the page states for machines: JSON-LD, OpenGraph, <meta>, <title>."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .candidates import Candidate, Page

_META_FIELDS: dict[str, tuple[str, str, float]] = {
    # meta name/property -> (field, source, confidence)
    "og:title": ("headline", "opengraph", 0.8),
    "twitter:title": ("headline", "meta", 0.7),
    "author": ("byline", "meta", 0.7),
    "article:author": ("byline", "meta", 0.6),
    "dc.creator": ("byline", "meta", 0.6),
    "sailthru.author": ("byline", "meta", 0.6),
    "parsely-author": ("byline", "meta", 0.6),
    "article:published_time": ("date", "meta", 0.85),
    "datepublished": ("date", "meta", 0.8),
    "pubdate": ("date", "meta", 0.75),
    "publishdate": ("date", "meta", 0.75),
    "date": ("date", "meta", 0.6),
    "dc.date": ("date", "meta", 0.6),
    "dc.date.issued": ("date", "meta", 0.7),
    "sailthru.date": ("date", "meta", 0.7),
    "parsely-pub-date": ("date", "meta", 0.8),
    "og:site_name": ("site_name", "opengraph", 0.9),
    "og:locale": ("language", "opengraph", 0.6),
}


def meta_tags(page: Page) -> Iterator[Candidate]:
    """<meta name|property=... content=...> for the fields we know."""
    root: Any = page.root
    if root is None:
        return
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        spec = _META_FIELDS.get(key)
        value = (el.get("content") or "").strip()
        if spec and value:
            field, source, conf = spec
            yield Candidate(field, value, source, conf)  # type: ignore[arg-type]
    html = root if root.tag == "html" else root.getroottree().getroot()
    lang = html.get("lang")
    if lang:
        yield Candidate("language", lang.strip(), "html-lang", 0.8)


def title_tag(page: Page) -> Iterator[Candidate]:
    root: Any = page.root
    if root is None:
        return
    el = root.find(".//title")
    if el is not None and el.text and el.text.strip():
        yield Candidate("headline", " ".join(el.text.split()), "title", 0.5)


def _walk_jsonld(node: Any) -> Iterator[dict[str, Any]]:
    """Every object in the data, in document order: itself, then its `@graph`.

    A loop over a stack, not recursion: hostile JSON nests lists thousands deep.
    """
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            if "@graph" in item:
                stack.append(item["@graph"])


_ARTICLE_TYPES = (
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "webpage",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "report",
    "scholarlyarticle",
)


def _names(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            yield name
    elif isinstance(value, list):
        for v in value:
            yield from _names(v)


def json_ld(page: Page) -> Iterator[Candidate]:
    """schema.org Article-like objects in <script type="application/ld+json">."""
    root: Any = page.root
    if root is None:
        return
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # broken, or nested past the recursion limit
            continue
        for obj in _walk_jsonld(data):
            kind = obj.get("@type")
            kinds = [k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]
            if not any(k in _ARTICLE_TYPES for k in kinds):
                continue
            conf = 0.7 if kinds == ["webpage"] else 0.9
            headline = obj.get("headline") or obj.get("name")
            if isinstance(headline, str) and headline.strip():
                yield Candidate("headline", headline.strip(), "json-ld", conf)
            authors = [n.strip() for n in _names(obj.get("author")) if n.strip()]
            if authors:
                yield Candidate("byline", "; ".join(authors), "json-ld", conf)
            body = obj.get("articleBody")
            if isinstance(body, str) and body.strip():
                yield Candidate("body", body.strip(), "json-ld", conf)
            date = obj.get("datePublished") or obj.get("dateCreated")
            if isinstance(date, str) and date.strip():
                yield Candidate("date", date.strip(), "json-ld", conf + 0.05)
