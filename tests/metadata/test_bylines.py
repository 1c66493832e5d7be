"""Byline boxes on real pages: which of them name the article's author."""

from __future__ import annotations

from dechrome.api import load
from dechrome.metadata.candidates import Page
from dechrome.metadata.visible import byline


def _bylines(html: str) -> list[str]:
    doc = load(html)
    return [c.value for c in byline(Page(doc.kind, doc.blocks, doc.root, None))]


def test_byline_in_a_teaser_card_is_skipped() -> None:
    # A card linking to another story carries that story's author.
    html = """<html><body><h1>Drinks by boat</h1><p>Text of the article.</p>
        <ul class="items"><li><a href="/other-story.html">
        <span class="title">What shoppers value most in a store</span>
        <span class="meta"><span class="item__author">Gloria Globus</span></span></a></li></ul>
        <p class="author">Von Lisa Petrich</p></body></html>"""
    assert _bylines(html) == ["Von Lisa Petrich"]
    # A link around the byline alone (to the author's page) is the byline.
    html = """<html><body><h1>Drinks by boat</h1>
        <a href="/author/lisa"><span class="author-name">Lisa Petrich</span></a></body></html>"""
    assert _bylines(html) == ["Lisa Petrich"]
