"""Text becomes an lxml tree, with the parser locked down: no network, no files, no entities."""

from __future__ import annotations

import re
from html import unescape

from lxml import etree, html

# Declarations and entity definitions in a doctype are never needed to read a page and are
# the door for XXE and entity bombs; drop internal subsets before the parser sees them.
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]{0,500}\[.*?\]\s*>", re.S | re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.I)


def _parser() -> html.HTMLParser:
    parser = html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        default_doctype=False,
        recover=True,
    )
    # One element class for every tag, chosen in C: lxml.html's per-tag lookup runs in
    # Python for each element touched and cost as much as the parse itself.
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=html.HtmlElement))
    return parser


class ParserLimitError(Exception):
    """libxml2 stopped at one of its limits (nesting over 2,048 deep): the tree is cut short."""


def parse_html(text: str) -> etree._Element:
    """Parse HTML (or XHTML) into a tree; never resolves entities or touches the network.

    Always returns an element: an empty page parses to an empty `<html>`. Raises
    ParserLimitError when libxml2 gave up part of the page, so the caller can read it
    another way instead of losing text silently.
    """
    text = _XML_DECL.sub("", text, count=1)
    if "<!" in text[:5000]:
        text = _DOCTYPE_SUBSET.sub("", text, count=1)
    root = None
    if text.strip():
        parser = _parser()
        try:
            root = html.document_fromstring(text, parser=parser)
        except (etree.ParserError, ValueError):
            root = None
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            raise ParserLimitError(parser.error_log[0].message)
    if root is None:
        root = html.Element("html")
    return root


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|ul|ol|dd|dt|figure|"
    r"figcaption|main|aside|nav|form|hr)\b[^>]{0,2000}>",
    re.I,
)
_ANY_TAG = re.compile(r"<[^>]{0,2000}>")


def _drop_code(text: str) -> str:
    """Remove <script> and <style> elements with one forward scan (no regex backtracking)."""
    low = text.lower()
    out, pos = [], 0
    while True:
        starts = [i for i in (low.find("<script", pos), low.find("<style", pos)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        name = "</script" if low.startswith("<script", start) else "</style"
        end = low.find(name, start)
        out.append(text[pos:start])
        if end < 0:
            pos = len(text)
            break
        close = low.find(">", end)
        pos = len(text) if close < 0 else close + 1
    out.append(text[pos:])
    return " ".join(out)


def html_as_text(text: str) -> str:
    """The page's text with block tags as line breaks: a fallback reading when the parser can't.

    Linear-time only (bounded patterns, one forward scan), so hostile input can't stall it.
    """
    text = _drop_code(text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return unescape(text)
