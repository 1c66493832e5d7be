"""Metadata a reader sees on the page: the <h1>, a "By ..." byline, a <time> element."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import regex
from lxml import etree

from ..blocks import Block
from ..blocks.classes import Cls
from ..blocks.scan import elements_with_words
from . import normalize
from .candidates import Candidate, Page
from .text_title import first_line, in_title

# "submitted": Drupal's "Submitted by jdoe on ..." line.
_BYLINE_WORDS = ("byline", "author", "autor", "auteur", "writer", "reporter", "contributor", "submitted")
_BYLINE_ATTR = regex.compile("|".join(_BYLINE_WORDS), regex.I)
# The byline and date steps look at the attributes of most elements of the page: only
# those that hold a word the pattern cannot match without reach the pattern (blocks/scan.py).
_BYLINE_TAGS = ("a", "span", "div", "p", "li", "address", "h3", "h4", "h5")
_BY = regex.compile(
    r"^\s*(?:(?:(?:posted|written|submitted|geschrieben|gespeichert|veröffentlicht|verfasst|publicado|escrito|"
    rf"publié|écrit|{normalize.PIECE_LABEL})\s+)?(?:by|von|par|por|di)\s*:?\s+|"
    r"(?:autor|autorin|author|auteur|autora)\s*:\s*|"
    r"(?:thread starter|themenstarter|started by)\s+)(.+)$",
    regex.I | regex.S,
)


# An <h1> that is the site's name in the page header: "site-title", "branding", "logo".
_LOGO_ATTR = regex.compile(
    r"(?:^|[\s_-])(?:site-?title|site-?name|blog-?title|branding|logo)(?:$|[\s_-])", regex.I | regex.V0
)


def heading(page: Page) -> Iterator[Candidate]:
    """The first few non-empty <h1>s in the body (a logo may be the first).

    An <h1> that is the site's logo (classed so, or nothing but a link to the home page)
    proposes the site's name instead.
    """
    root: Any = page.root
    if root is None:
        return
    found = 0
    for el in root.iter("h1"):
        # Documentation sites end headings with a permalink mark: "Evolve¶".
        text = " ".join(_without_subtitle(el).split()).rstrip("¶§# ")
        if not text:
            continue
        if _is_logo(el, text):
            yield Candidate("site_name", text, "h1-logo", 0.4)
            continue
        yield Candidate("headline", text, "h1", 0.75 - 0.05 * found)
        found += 1
        if found == 3:
            return


# A subtitle set inside the <h1> ("<small>", class "subtitle", "dek"), and a kicker
# ("kicker", "overline", "dachzeile").
_SUBTITLE_ATTR = regex.compile(
    r"(?:^|[\s_-])(?:dek|sub-?head(?:line)?|sub-?title|standfirst|strapline)(?:$|[\s_-])", regex.I | regex.V0
)
_KICKER_ATTR = regex.compile(r"(?:^|[\s_-])(?:kicker|overline|dachzeile)(?:$|[\s_-])", regex.I | regex.V0)
_SEPARATORS = ":|–—-·•"


def _without_subtitle(h1: Any) -> str:
    """The <h1>'s text less a subtitle inside it, and less a kicker that a separator sets
    off ("Klimaschutz: Title" → "Title"; a kicker run into the title stays, as it reads).
    A "subtitle" element the <h1> starts with is a kicker."""
    whole = " ".join(h1.text_content().split())
    parts = []
    for el in h1.iterdescendants():
        cls = el.get("class") or ""
        subtitle = el.tag == "small" or _SUBTITLE_ATTR.search(cls)
        if not subtitle and not _KICKER_ATTR.search(cls):
            continue
        text = " ".join(el.text_content().split())
        if text and whole.startswith(text):  # at the front: a kicker
            if whole[len(text) :].lstrip()[:1] in _SEPARATORS:
                parts.append(el)
        elif subtitle:
            parts.append(el)
    if not parts:
        return whole
    # The text of every node outside the dropped elements, their tails included.
    out: list[str] = []
    skipping: Any = None
    for event, el in etree.iterwalk(h1, events=("start", "end")):
        if event == "start" and skipping is None:
            if any(el is p for p in parts):
                skipping = el
            else:
                out.append(el.text or "")
        elif event == "end":
            if el is skipping:
                skipping = None
            if skipping is None and el is not h1:
                out.append(el.tail or "")
    text = " ".join(" ".join(out).split()).lstrip(_SEPARATORS).strip()
    return text or whole


def _is_logo(h1: Any, text: str) -> bool:
    if h1.get("itemprop") == "headline":
        return False
    if _LOGO_ATTR.search(f"{h1.get('class') or ''} {h1.get('id') or ''}"):
        return True
    links = h1.findall(".//a")
    if len(links) != 1 or " ".join(links[0].text_content().split()) != text:
        return False
    href = (links[0].get("href") or "").strip()
    path = href.split("//", 1)[1].partition("/")[2] if "//" in href else href.lstrip("/")
    return "home" in (links[0].get("rel") or "") or not path or path.startswith(("?", "index."))


# Comment threads and forms have author fields too ("Jane says:", "Name *"): not the byline.
_NOT_BYLINE_BOX = regex.compile(r"\bcomment|\brespond\b|\breply\b|\bcomment-form\b", regex.I | regex.V0)
_BYLINE_BOXES = 12  # how many byline/author-classed elements to try
_BYLINE_KEYS = frozenset(("class", "id", "rel", "itemprop", "data-testid"))


def byline(page: Page) -> Iterator[Candidate]:
    """The first element with a byline/author class or rel=author that holds a name; or a "By ..." line.

    Elements inside a comment thread or a form are skipped; so are those whose text holds
    no name ("Posted on", "Autor:"), and the next one is tried.
    """
    root: Any = page.root
    if root is not None:
        tried = 0
        # Attribute by attribute: a word never spans the space that joins two of them.
        for el in elements_with_words(root, _BYLINE_TAGS, _BYLINE_KEYS, _BYLINE_WORDS):
            sig = " ".join([v for k, v in el.items() if k in _BYLINE_KEYS])
            if not _BYLINE_ATTR.search(sig) or _NOT_BYLINE_BOX.search(sig):
                continue
            if any(_NOT_BYLINE_BOX.search(a.get("class") or "") for a in el.iterancestors()):
                continue
            text = " ".join(_words(el).split())
            if 2 < len(text) < 100 and normalize.byline(text) and not _in_teaser(el, text):
                yield Candidate("byline", text, "byline", 0.65)
                return
            tried += 1
            if tried == _BYLINE_BOXES:
                break
    # A dump's heading that its <title> holds is the headline ("Von Sprachregeln, ...").
    title = " ".join(first_line(page).split()) if page.kind == "text" and page.blocks else ""
    for b in page.blocks:
        if b.tag == "li" and b.flags[-1] & Cls.NAV:
            continue  # a menu item ("Di stagione", a section), not a byline
        m = _BY.match(b.text)
        if m and title and in_title(b, title):
            continue
        # The name ends its line: "Autor: Jane Doe<br>Tags: ..." says no more of her.
        rest = m.group(1).lstrip().split("\n", 1)[0] if m else ""
        line = b.text[: m.start(1)] + rest if m else ""
        # "Von der Pflanze bis zur Tasse ..." is a sentence: the name is capitalised, or a
        # user name after a capitalised "By" ("Von jdoe").
        named = rest[:1].isupper() or (b.text.lstrip()[:1].isupper() and " " not in rest)
        if m and len(line) < 160 and named:
            yield Candidate("byline", line, "text", 0.55)
            return


# A link to the author's own page whose last path piece spells the name it shows:
# <a href="/authors/maya-chen">Maya Chen</a>, the byline of pages whose classes say nothing
# ("font-semibold"). The link is searched for by its path's word first (blocks/scan.py).
# Not "/people/" nor "/team/": news sites' pages on people and teams in the news.
_AUTHOR_PATH = regex.compile(
    r"/(?:authors?|autor(?:en|in|innen)?|auteurs?|autore|autori|autores|writers?|contributors?|journalists?"
    r"|reporters?|redakteur(?:e|in)?|staff|profiles?)/([^/?#]+)/?(?:[?#]|$)",
    regex.I | regex.V0,
)
_AUTHOR_PATH_WORDS = (
    "/author",
    "/autor",
    "/auteur",
    "/writer",
    "/contributor",
    "/journalist",
    "/reporter",
    "/redakteur",
    "/staff/",
    "/profile",
)
# The byline sits by the headline: at most this many blocks before or after the <h1>'s.
_LINK_BEFORE = 3
_LINK_AFTER = 12
_LETTERS = regex.compile(r"[\p{L}\p{N}]+", regex.V0)


def _spelled(slug: str, name: str) -> bool:
    """The slug ("maya-chen", "jose-garcia-1234") spells the name ("Maya Chen", "José García"):
    the same words in the same order, less accents and case, and maybe a number."""
    words = [w for w in _LETTERS.findall(_plain(unquote(slug))) if not w.isdigit()]
    return 2 <= len(words) <= 4 and words == _LETTERS.findall(_plain(name))


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def author_link(page: Page) -> Iterator[Candidate]:
    """Links to authors' pages that spell the names they show, by the headline; several
    in the same element are co-authors ("By <a>Jane Doe</a> and <a>John Roe</a>")."""
    root: Any = page.root
    if root is None:
        return
    heading = next((b for b in page.blocks if b.tag == "h1"), None)
    names: list[str] = []
    box: Any = None
    for el in elements_with_words(root, ("a",), ("href",), _AUTHOR_PATH_WORDS):
        m = _AUTHOR_PATH.search(el.get("href"))
        name = " ".join(el.text_content().split())
        if m is None or not _spelled(m.group(1), name) or (names and el.getparent() is not box):
            continue
        if not names:
            if _elsewhere(el) or (heading is not None and not _by_heading(el, heading.index, page.blocks)):
                continue
            box = el.getparent()
        if name not in names:
            names.append(name)
    if names:
        yield Candidate("byline", "; ".join(names), "author-link", 0.6)


def _by_heading(el: Any, heading: int, blocks: tuple[Block, ...]) -> bool:
    """The block holding `el` (its nearest ancestor that holds one) is by the headline's.
    Asked only of links that spell a name: a few a page at most."""
    block_of = {b.element: b.index for b in blocks}
    at = next((block_of[a] for a in el.iterancestors() if a in block_of), None)
    return at is not None and heading - _LINK_BEFORE <= at <= heading + _LINK_AFTER


_CODE = ("script", "style", "noscript", "template")
_VISIBLE_TEXT = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def _words(el: Any) -> str:
    """`el`'s text as a reader sees it: not a script's ("(adsbygoogle = ...).push({});")."""
    if next(el.iter(*_CODE), None) is None:
        return str(el.text_content())
    return "".join(_VISIBLE_TEXT(el))


# Boxes a date or a byline in is not the article's: comments, the site's header (its
# "today"), navigation, sidebars, footers, another story's card.
_ASIDE_TAGS = frozenset(("nav", "aside", "footer"))
_ELSEWHERE_KEPT = 5


def _elsewhere(el: Any) -> bool:
    """`el` sits in a comment, a link to another story, or, outside any <article>, in the
    site's header (one without the <h1>), a nav, an aside or a footer (inside an
    <article> those are the article's own: its header, its meta aside)."""
    ancestors = list(el.iterancestors())
    if any(_NOT_BYLINE_BOX.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in ancestors):
        return True
    if not any(a.tag == "article" for a in ancestors):
        for a in ancestors:
            if a.tag in _ASIDE_TAGS or (a.tag == "header" and a.find(".//h1") is None):
                return True
    return _in_teaser_link(el, " ".join(el.text_content().split()))


def _in_teaser_link(el: Any, text: str) -> bool:
    """A byline inside a link that holds more than it (a headline too): another story's card."""
    link = next(el.iterancestors("a"), None)
    return link is not None and len(" ".join(link.text_content().split())) > len(text) + 20


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _in_teaser(el: Any, text: str) -> bool:
    """Another story's card: a byline in a link with a headline, or an author-classed box
    holding a linked headline (a list item "post author-jdoe" of a teaser list)."""
    linked = any(h.find(".//a") is not None for h in el.iterdescendants(*_HEADINGS))
    return linked or _in_teaser_link(el, text)


_DATE_ATTR = regex.compile(
    r"(?:^|[\s_-])(?:date|dateline|datum|fecha|published|pubdate|posted|timestamp|time)(?:$|[\s_-])", regex.I
)
_DATE_WORDS = ("dat", "time", "fecha", "publ", "post")  # one is in every word of _DATE_ATTR
_DATE_TAGS = ("span", "div", "p", "li", "small", "em")


def dated_element(page: Page) -> Iterator[Candidate]:
    """A short element whose class says it holds the date ("date", "published", "posted")."""
    root: Any = page.root
    if root is None:
        return
    skipped = 0
    for el in elements_with_words(root, _DATE_TAGS, ("class",), _DATE_WORDS):
        if _DATE_ATTR.search(el.get("class")):
            text = " ".join(el.text_content().split())
            if not 6 <= len(text) <= 80:
                continue
            if not _elsewhere(el):
                yield Candidate("date", text, "visible-date", 0.55)
                return
            skipped += 1
            if skipped == _ELSEWHERE_KEPT:  # a list of teasers or a comment thread: give up
                return


_DATELINE_REACH = 6  # blocks after the <h1> where a dateline sits
_DATELINE_ABOVE = 2  # ... or right above it


def dateline(page: Page) -> Iterator[Candidate]:
    """A short line holding a date among the few blocks right after the first <h1>.

    Pages without any date markup still print one by the headline: "01. November 2021 |
    Naturschutz", "Handball Schweiz • 02.02.2022", "January 22, 2014".
    """
    if page.kind != "html":
        return
    start = next((i for i, b in enumerate(page.blocks) if b.tag == "h1"), None)
    if start is None:
        return
    for b in page.blocks[start + 1 : start + 1 + _DATELINE_REACH]:
        if b.cls & Cls.COMMENT:
            continue  # a comment's date under a short article
        if len(b.text) <= 80 and normalize.date(b.text) and not _only_updated(b.text):
            yield Candidate("date", b.text, "dateline", 0.5)
            # "25.10.2022 - Reiner Nagel": the one other piece of a dateline, if a full name.
            name = normalize.name_beside_date(b.text)
            if name:
                yield Candidate("byline", name, "dateline", 0.5)
            return
    # Failing that, the line just above it ("Politik | 24. April 2020" over the headline).
    for b in reversed(page.blocks[max(0, start - _DATELINE_ABOVE) : start]):
        if len(b.text) <= 80 and normalize.date(b.text) and not _only_updated(b.text):
            yield Candidate("date", b.text, "dateline", 0.45)
            return


def _only_updated(text: str) -> bool:
    """ "Last Updated: January 7, 2025": a modified date with no published one beside it."""
    published, updated = normalize.published_and_updated(text)
    return updated is not None and published is None


def time_element(page: Page) -> Iterator[Candidate]:
    """The first <time datetime=...> that is not marked as the last edit's (the published
    one when marked so)."""
    root: Any = page.root
    if root is None:
        return
    elsewhere = 0
    for el in root.iter("time"):
        value = (el.get("datetime") or el.text_content() or "").strip()
        if not value:
            continue
        if _elsewhere(el):
            # Not the article's date, but worth knowing: a search of the page (htmldate)
            # would find it too. (Up to a few: comment threads run long.)
            if elsewhere < _ELSEWHERE_KEPT:
                yield Candidate("date", value, "elsewhere", 0.0)
                elsewhere += 1
            continue
        marks = f"{el.get('itemprop') or ''} {el.get('class') or ''}".lower()
        pub = "pub" in marks
        if not pub and "modified" in marks:
            # The last edit's <time> (`itemprop=dateModified`). Not one classed "updated":
            # WordPress themes class the entry's own date "entry-date updated" (hAtom).
            continue
        yield Candidate("date", value, "time", 0.75 if pub else 0.6)
        return
