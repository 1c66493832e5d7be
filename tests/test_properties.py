"""Invariants over arbitrary input: a dechrome error or an Article; no invented text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.decode import clean_text, nfc

_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean_or_error(page: str | bytes) -> dechrome.Article | None:
    try:
        return dechrome.clean(page)
    except dechrome.DechromeError:
        return None


@_FAST
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    result = _clean_or_error(data)
    assert result is None or isinstance(result, dechrome.Article)


@_FAST
@given(st.text(max_size=3000))
def test_any_text_and_nothing_invented(text: str) -> None:
    result = _clean_or_error(text)
    if result is None:
        return
    # dechrome reads NUL as a space, a lone surrogate as U+FFFD, and text in NFC.
    squashed = " ".join(nfc(clean_text(text)).split())
    for para in result.paragraphs:
        for line in para.split("\n"):
            assert " ".join(line.split()) in squashed


_tags = st.sampled_from(["div", "p", "span", "a", "li", "ul", "section", "article", "b", "nav"])
_words = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]), max_size=40)


@st.composite
def _dom(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(_tags)
    parts = [draw(_words)]
    if depth < 6:
        for _ in range(draw(st.integers(0, 3))):
            parts.append(draw(_dom(depth + 1)))
            parts.append(draw(_words))
    return f"<{tag}>{''.join(parts)}</{tag}>"


@_FAST
@given(_dom())
def test_generated_dom_keeps_only_page_text(markup: str) -> None:
    page = f"<html><body>{markup}</body></html>"
    result = _clean_or_error(page)
    assert result is not None
    from lxml import html

    visible = " ".join(nfc(clean_text(html.fromstring(page).text_content())).split())
    for para in result.paragraphs:
        for word in para.split():
            assert word in visible
