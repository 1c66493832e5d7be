"""Metadata that the page states for machines: JSON-LD, OpenGraph, <meta>, <title>."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from html import unescape
from typing import Any

import regex

from .candidates import Candidate, Page
from .normalize import overlap

_META_FIELDS: dict[str, tuple[str, str, float]] = {
    # meta name/property -> (field, source, confidence)
    "og:title": ("headline", "opengraph", 0.8),
    "dc.title": ("headline", "meta", 0.82),  # the document's own title: social titles are rewritten
    "parsely-title": ("headline", "meta", 0.75),
    "twitter:title": ("headline", "meta", 0.7),
    "author": ("byline", "meta", 0.7),
    "article:author": ("byline", "meta", 0.6),
    "dc.creator": ("byline", "meta", 0.6),
    "sailthru.author": ("byline", "meta", 0.6),
    "parsely-author": ("byline", "meta", 0.6),
    "citation_author": ("byline", "meta", 0.6),  # scholarly pages: one per author, joined
    "article:published_time": ("date", "meta", 0.85),
    "datepublished": ("date", "meta", 0.8),
    "pubdate": ("date", "meta", 0.75),
    "publishdate": ("date", "meta", 0.75),
    "date": ("date", "meta", 0.6),
    "dc.date": ("date", "meta", 0.6),
    "dc.date.issued": ("date", "meta", 0.7),
    "sailthru.date": ("date", "meta", 0.7),
    "parsely-pub-date": ("date", "meta", 0.8),
    "publish-date": ("date", "meta", 0.75),
    "publish_date": ("date", "meta", 0.75),
    "publication_date": ("date", "meta", 0.75),
    "article.published": ("date", "meta", 0.75),
    "citation_publication_date": ("date", "meta", 0.75),
    "citation_date": ("date", "meta", 0.7),
    "og:site_name": ("site_name", "opengraph", 0.9),
    "og:locale": ("language", "opengraph", 0.6),
}


# twitter:labelN / twitter:dataN pairs (WordPress SEO plugins): "Written by" → the author.
_AUTHOR_LABEL = regex.compile(
    r"^(?:written by|author|verfasst von|geschrieben von|autor|autorin|escrito por|autor/a|écrit par|"
    r"auteur)$",
    regex.I | regex.V0,
)


def meta_tags(page: Page) -> Iterator[Candidate]:
    """<meta name|property=... content=...> for the fields we know."""
    root: Any = page.root
    if root is None:
        return
    labels: dict[str, str] = {}
    data: dict[str, str] = {}
    authors: dict[tuple[str, float], list[str]] = {}  # several author tags of one kind are one byline
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        # RDFa lets one attribute name several properties ("og:title twitter:title");
        # Dublin Core is written "dc:title" and "DC.title".
        keys = key.split()[:4] if len(key) < 200 else []
        spec = next((x for k in keys if (x := _META_FIELDS.get(k.replace("dc:", "dc.", 1)))), None)
        if spec and value and spec[0] == "byline":
            authors.setdefault((keys[0], spec[2]), []).append(value)
        elif spec and value:
            field, source, conf = spec
            yield Candidate(field, value, source, conf)  # type: ignore[arg-type]
        elif key.startswith("twitter:label") and len(value) < 40:
            labels[key[len("twitter:label") :]] = value
        elif key.startswith("twitter:data") and value:
            data[key[len("twitter:data") :]] = value
    for (_, conf), values in authors.items():
        yield Candidate("byline", "; ".join(dict.fromkeys(values)), "meta", conf)
    for n, label in labels.items():
        if _AUTHOR_LABEL.match(label) and n in data:
            yield Candidate("byline", data[n], "meta", 0.7)
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


_ARTICLE_TYPES = frozenset(
    (
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "webpage",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "report",
        "scholarlyarticle",
        # The rest of schema.org's Article subtypes, but for forum and social postings (their
        # dates are a thread's first post's, not the page's).
        "liveblogposting",
        "techarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "medicalscholarlyarticle",
        "advertisercontentarticle",
    )
)


def _kinds(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    return {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}


def _headline(obj: dict[str, Any]) -> str | None:
    value = obj.get("headline") or obj.get("name")
    return unescape(" ".join(value.split())) if isinstance(value, str) and value.strip() else None


def _own_articles(root: Any, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's own article objects, not the teasers of other stories listed beside it.

    When the objects carry different headlines, those that agree with none of the
    page's titles (`<title>`, `og:title`, the first `<h1>`) describe other pages; if
    none agrees, nothing is dropped.
    """
    if len(articles) < 2:
        return articles
    heads = [_headline(a) for a in articles]
    if len({h.casefold() for h in heads if h}) < 2:
        return articles
    titles = _page_titles(root)
    own = [h is None or any(overlap(h, t) >= 0.6 for t in titles) for h in heads]
    if not any(keep and h for keep, h in zip(own, heads, strict=True)):
        return articles
    return [a for keep, a in zip(own, articles, strict=True) if keep]


def _page_titles(root: Any) -> list[str]:
    """The page's `<title>`, `og:title` and first `<h1>`, as written."""
    found = [root.findtext(".//title") or ""]
    h1 = root.find(".//h1")
    if h1 is not None:
        found.append(h1.text_content())
    found += [m.get("content") or "" for m in root.iter("meta") if m.get("property") == "og:title"]
    return [" ".join(t.split()) for t in found if t.strip()]


def _names(value: Any, ids: dict[str, dict[str, Any]]) -> Iterable[tuple[str, bool]]:
    """(name, is_organisation) of each author; `{"@id": ...}` references are looked up.

    A blog's owner is often typed both Person and Organization: that is a person.
    """
    if isinstance(value, str):
        yield value, False
    elif isinstance(value, dict):
        ref = value.get("@id")
        if "name" not in value and isinstance(ref, str) and ref in ids:
            value = ids[ref]
        name = value.get("name")
        kind = value.get("@type")
        kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
        org = bool(kinds & {"organization", "newsmediaorganization"}) and "person" not in kinds
        if isinstance(name, str):
            yield name, org
    elif isinstance(value, list):
        for v in value:
            yield from _names(v, ids)


# Some CMSs wrap the data as if it were XHTML script: "<![CDATA[ {...} ]]>", "<!-- {...} -->".
_WRAPPERS = (("<![CDATA[", "]]>"), ("<!--", "-->"))


def _unwrapped(text: str) -> str:
    """The JSON inside a CDATA section or an HTML comment, else the text as it is."""
    inner = text.strip()
    for start, end in _WRAPPERS:
        if inner.startswith(start) and inner.endswith(end):
            return inner[len(start) : -len(end)]
    return text


def json_ld(page: Page) -> Iterator[Candidate]:
    """schema.org Article-like objects in <script type="application/ld+json">.

    An author given as an Organization is a weaker witness than a person's byline on the
    page (it is most often the publisher again), so it ranks below any visible byline.
    """
    root: Any = page.root
    if root is None:
        return
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(_unwrapped(script.text))
        except (ValueError, RecursionError):  # broken, or nested past the recursion limit
            continue
        objects.extend(_walk_jsonld(data))
    ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    for obj in _own_articles(root, [o for o in objects if _kinds(o) & _ARTICLE_TYPES]):
        kinds = _kinds(obj)
        conf = 0.7 if kinds == {"webpage"} else 0.9
        headline = obj.get("headline") or obj.get("name")
        if isinstance(headline, str) and headline.strip():
            yield Candidate("headline", headline.strip(), "json-ld", conf)
        authors = [(n.strip(), org) for n, org in _names(obj.get("author"), ids) if n.strip()]
        if authors:
            orgs = all(org for _, org in authors)
            value = "; ".join(n for n, _ in authors)
            yield Candidate("byline", value, "json-ld", 0.5 if orgs else conf)
        for name, org in _names(obj.get("publisher"), ids):
            if org:
                yield Candidate("site_name", name.strip(), "json-ld", 0.5)
        body = obj.get("articleBody")
        if isinstance(body, str) and body.strip():
            yield Candidate("body", body.strip(), "json-ld", conf)
        date = obj.get("datePublished") or obj.get("dateCreated")
        if isinstance(date, str) and date.strip():
            yield Candidate("date", date.strip(), "json-ld", conf + 0.05)
