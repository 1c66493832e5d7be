"""Generated hostile pages: junk fragments in any order and number around the article.

Junk that a browser would also let swallow the article (an unclosed `<script>` or
comment) may hide it; everything else may not. Nothing may crash or take long.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechrome

from .article import article_html, found

# Fragments that leave the article where a reader would see it: markup, repeated up to
# 3,000 times, and bits of junk text, repeated up to 40 times (thousands of junk words in
# one block would be more text than the article, and a fair candidate for the body).
_MARKUP = (
    "<div>", "</div>", "<b>", "</span>", "<p>", "<li>", "<table><tr><td>", "<a href='#'>x</a>",
    "<!-- c -->", "\0", "<br>", "<svg><title>Icon</title></svg>", "<p>Read more</p>",
    "<div class='share'>Share Tweet</div>", "<nav><a href='/'>Home</a></nav>", "<?xml version='1.0'?>",
    "<![CDATA[x]]>", "<img src=x onerror=alert(1)>", "<noscript>", "<section><h2>Related stories</h2>",
    "<font><center>", "</body></html>",
)  # fmt: skip
_TEXT = ("\ud800", "&amp;", "&nosuch;", "\x1b[31m", "\x07", "word")
# Fragments that may legitimately hide what follows them.
_SWALLOWING = (
    "<script>",
    "<!--",
    "<style>",
    "<textarea>",
    "<title>",
    "<iframe>",
    "<plaintext>",
    "<a href='#'>",
)
_SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def _junk(draw: st.DrawFn, markup: tuple[str, ...]) -> str:
    part = st.one_of(
        st.tuples(st.sampled_from(markup), st.integers(1, 3000)),
        st.tuples(st.sampled_from(_TEXT), st.integers(1, 40)),
    )
    return "".join(fragment * count for fragment, count in draw(st.lists(part, max_size=6)))


def _run(page: str | bytes) -> dechrome.Article | None:
    start = time.monotonic()
    try:
        result: dechrome.Article | None = dechrome.clean(page)
    except dechrome.DechromeError:
        result = None
    assert time.monotonic() - start < 10
    return result


@_SETTINGS
@given(_junk(_MARKUP), _junk(_MARKUP), st.sampled_from(["str", "utf-8", "utf-16", "utf-32"]))
def test_article_survives_harmless_junk(before: str, after: str, encoding: str) -> None:
    page = f"<html><body>{before}{article_html()}{after}</body></html>"
    data: str | bytes = page if encoding == "str" else page.encode(encoding, "surrogatepass")
    result = _run(data)
    assert result is not None
    assert found(result.body)


@_SETTINGS
@given(_junk(_MARKUP + _SWALLOWING), _junk(_MARKUP + _SWALLOWING))
def test_any_junk_gives_a_result_or_a_clear_error(before: str, after: str) -> None:
    result = _run(f"<html><body>{before}{article_html()}{after}</body></html>")
    if result is not None:
        result.body.encode("utf-8")
        assert "\0" not in result.body


def test_a_phrase_nested_past_max_depth_does_not_outweigh_the_article() -> None:
    # Found by the property test above: past max_depth a "Related stories" heading nested
    # 257 deep is flattened into one long block, which read as the page's main prose.
    before = "<b>" * 128 + "<div class='share'>Share Tweet</div>" * 253 + "<p>Read more</p>"
    after = "<section><h2>Related stories</h2>" * 257
    result = _run(f"<html><body>{before}{article_html()}{after}</body></html>")
    assert result is not None and found(result.body)
    # Nested deeper still, the article itself is flattened into that block: it stays prose.
    before = "<section><h2>Related stories</h2>" * 1125
    result = _run(f"<html><body>{before}{article_html()}</body></html>")
    assert result is not None and found(result.body)
