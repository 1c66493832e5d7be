"""Text becomes an lxml tree, with the parser locked down: no network, no files, no entities."""

from __future__ import annotations

import re

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


def parse_html(text: str) -> etree._Element:
    """Parse HTML (or XHTML) into a tree; never resolves entities or touches the network.

    Always returns an element: an empty page parses to an empty `<html>`.
    """
    text = _XML_DECL.sub("", text, count=1)
    if "<!" in text[:5000]:
        text = _DOCTYPE_SUBSET.sub("", text, count=1)
    root = None
    if text.strip():
        try:
            root = html.document_fromstring(text, parser=_parser())
        except (etree.ParserError, ValueError):
            root = None
    if root is None:
        root = html.Element("html")
    return root
