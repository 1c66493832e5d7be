"""The parser never resolves an entity, never reads a file, and never cuts a page short."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from dechrome.parse import FLAT_DEPTH, flatten, parse_page


def _depth(root: etree._Element) -> int:
    best, stack = 0, [(root, 0)]
    while stack:
        el, d = stack.pop()
        best = max(best, d)
        stack.extend((c, d + 1) for c in el)
    return best


def _text(root: etree._Element | None) -> str:
    assert root is not None
    return " ".join("".join(root.itertext()).split())


def test_external_entities_and_xinclude_are_inert(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-91")
    uri = secret.as_uri()
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "{uri}"><!ENTITY % p SYSTEM "{uri}"> %p;]>'
        f'<html><body><p>&x;</p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{uri}"/>'
        "<p>kept</p></body></html>"
    )
    parsed = parse_page(page)
    assert "SECRET" not in etree.tostring(parsed.root).decode()
    assert "kept" in _text(parsed.root)


def test_flatten_caps_depth_and_keeps_every_word() -> None:
    markup = "<div><b>" * 3000 + "deep words" + "</b></div>" * 3000 + "after"
    flat = flatten(markup, 100)
    assert flat.count("<div>") + flat.count("<b>") <= 100
    assert "deep words" in flat and "after" in flat


def test_too_deep_for_libxml2_is_parsed_flattened() -> None:
    parsed = parse_page("<html><body>" + "<div>" * 5000 + "deep words" + "</div>" * 5000 + "after")
    assert parsed.root is not None and parsed.notes
    assert _depth(parsed.root) <= FLAT_DEPTH + 2
    text = _text(parsed.root)
    assert "deep words" in text and "after" in text


def test_unterminated_doctype_subset_hides_nothing() -> None:
    parsed = parse_page('<!DOCTYPE html [ <!ENTITY a "b"> <html><body><p>all the words</p></body></html>')
    assert "all the words" in _text(parsed.root)


def test_raw_text_is_not_set_loose_when_flattening() -> None:
    markup = "<div>" * 20 + "<script>var a = '</div></div>';</script>words" + "</div>" * 20
    flat = flatten(markup, 5)
    assert "<script>var a = '</div></div>';</script>" in flat


def test_text_after_many_comments_past_the_body_end_is_kept_fast() -> None:
    # A pattern for "only comments follow </body>" once backtracked across every comment.
    tail = "<!-- block -->\n" * 2000 + "<p>Late paragraph after the comments.</p>"
    parsed = parse_page(f"<html><body><p>Main text.</p></body>{tail}</html>")
    assert parsed.root is not None
    assert "Late paragraph after the comments." in parsed.root.text_content()
