"""The compiled block walk (blocks/_walk.pyx) gives the same blocks as the Python walk, and
its attribute scan the same elements as the Python scan (blocks/scan.py).

Both walks run on the same parsed tree, so the elements a block holds must be the very same
objects. Skipped when the extension is not built: then only the Python walk exists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from dechrome.blocks import html, scan
from dechrome.blocks.model import Block
from dechrome.decode import clean_text, decode
from dechrome.metadata import visible
from dechrome.options import Options
from dechrome.parse import parse_page

from .adversarial.cases import CASES

COMPILED = html.compiled_walk or html._compiled()
pytestmark = pytest.mark.skipif(COMPILED is None, reason="the compiled walk is not built")

FIXTURES = Path(__file__).parent.parent / "fixtures"
_FIELDS = ("index", "text", "tag", "path", "attrs", "link_chars", "hidden", "flags", "cls")


def walk(root: Any, options: Options, compiled: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[Block, ...]:
    monkeypatch.setattr(html, "compiled_walk", COMPILED if compiled else None)
    return html.html_blocks(root, options)


def outcome(root: Any, options: Options, compiled: bool, mp: pytest.MonkeyPatch) -> tuple[Block, ...] | str:
    """The blocks, or the name of the error the walk raised."""
    try:
        return walk(root, options, compiled, mp)
    except Exception as exc:  # both walks must fail alike, too
        return type(exc).__name__


def assert_same(root: Any, options: Options, mp: pytest.MonkeyPatch) -> None:
    python, compiled = outcome(root, options, False, mp), outcome(root, options, True, mp)
    if isinstance(python, str) or isinstance(compiled, str):
        assert python == compiled
        return
    assert len(python) == len(compiled)
    for a, b in zip(python, compiled, strict=True):
        assert [getattr(a, f) for f in _FIELDS] == [getattr(b, f) for f in _FIELDS]
        assert a.element is b.element
        assert len(a.ancestors) == len(b.ancestors)
        assert all(x is y for x, y in zip(a.ancestors, b.ancestors, strict=True))


# What the metadata steps scan for (metadata/visible.py), and a word of another case.
_SCANS = (
    (visible._BYLINE_TAGS, visible._BYLINE_KEYS, visible._BYLINE_WORDS),
    (visible._DATE_TAGS, ("class",), visible._DATE_WORDS),
    (("div", "span", "html", "body"), ("class", "id", "xml:lang"), ("main", "x", "en")),
)


def assert_same_scan(root: Any) -> None:
    assert scan.compiled_scan is not None
    for tags, keys, words in _SCANS:
        python = [el for el in root.iter(*tags) if scan.has_words(el, keys, words)]
        compiled = scan.compiled_scan(root, tags, keys, words)
        assert len(python) == len(compiled)
        assert all(a is b for a, b in zip(python, compiled, strict=True))
        for el in python[:3]:  # from an inner element, too
            inner = scan.compiled_scan(el, tags, keys, words)
            assert inner == [x for x in el.iter(*tags) if scan.has_words(x, keys, words)]


def parsed(page: str | bytes) -> Any:
    """The tree `dechrome.clean` would walk (None when it would read the page as text)."""
    text = clean_text(decode(page), decoded=True) if isinstance(page, bytes) else clean_text(page)
    return parse_page(text, Options().max_nodes).root


# Small limits, so that flattening past max_depth and joining past max_blocks happen often.
LIMITS = (Options(), Options(max_depth=4), Options(max_blocks=3), Options(max_depth=2, max_blocks=1))


@pytest.mark.parametrize("page", sorted(FIXTURES.rglob("*.html")), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_pages(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = parsed(page.read_bytes())
    for options in LIMITS:
        assert_same(root, options, monkeypatch)
    assert_same_scan(root)


_SMALL = {"deep-wide", "table-100k-cells", "ui-phrase-50k-blocks", "many-br", "comments-1m"}


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.name in _SMALL or "bait" in c.name], ids=lambda c: c.name
)
def test_hostile_pages(case: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The adversarial suite's pages that reach the walk as HTML, nested, wide or long."""
    root = parsed(case.build(tmp_path))
    if root is not None:
        assert_same(root, Options(), monkeypatch)
        assert_same(root, Options(max_depth=3, max_blocks=50), monkeypatch)
        assert_same_scan(root)


def _nest(depth: int, make: Callable[[Any, int], Any]) -> Any:
    root = lxml_html.fromstring("<html><body></body></html>")
    el = root.find("body")
    for i in range(depth):
        el = make(el, i)
    el.text = "the bottom"
    return root


def _div(parent: Any, i: int) -> Any:
    el = etree.SubElement(parent, "div")
    el.text = f"level {i} "
    return el


def _bare_div(parent: Any, i: int) -> Any:
    return etree.SubElement(parent, "div")


def _span(parent: Any, i: int) -> Any:
    el = etree.SubElement(parent, "span", {"class": "x"} if i % 2 else {})
    el.tail = "after "
    return el


@pytest.mark.parametrize("make", [_div, _bare_div, _span])
def test_nesting_up_to_the_interpreters_limit(
    make: Callable[[Any, int], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With max_depth out of the way the Python walk recurses until the interpreter stops it
    (its chain of contexts too, halving the depth when only the bottom holds text); the
    compiled one must stop on the same trees, and on no others. (Built with lxml, whose
    SubElement takes time quadratic in the depth: 1,500 is past the limit and quick.)"""
    unbounded = Options(max_depth=10**9)
    for depth in (100, 400, 480, 490, 495, 500, 505, 900, 980, 985, 990, 995, 1000, 1500):
        root = _nest(depth, make)
        assert_same(root, unbounded, monkeypatch)
        assert_same(root, Options(max_depth=64), monkeypatch)
        assert_same_scan(root)


_TAGS = [
    "div",
    "p",
    "span",
    "a",
    "b",
    "li",
    "ul",
    "td",
    "tr",
    "table",
    "pre",
    "br",
    "noscript",
    "svg",
    "title",
    "script",
    "section",
    "h2",
    "label",
    "button",
    "figure",
    "figcaption",
    "i",
]
_ATTRS = st.sampled_from(
    [
        "",
        ' class="sr-only"',
        ' class="share-bar"',
        " hidden",
        ' style="display: none"',
        ' aria-hidden="true"',
        ' id="main-content" role="main"',
        ' class="fa fa-icon"',
        ' itemprop="author"',
        ' href="/x"',
        ' class="a&amp;b"',
        ' xml:lang="en"',
        ' CLASS="Caption"',
        ' class=""',
        ' class="Post-Date"',
        ' rel="author"',
        ' data-testid="AuthorName"',
        ' class="autoré"',
        ' class="&#65;uthor main"',
        ' class="ſubmitted"',
        ' id="byline" class="x"',
        f' class="{"utility-class " * 60}Byline"',  # longer than the scan's buffer on the stack
    ]
)
_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\n  ",
        "word",
        "Two words.",
        "\xa0",
        "soft\xadhyphen",
        "zero\u200bwidth",
        "e\u0301",
        "<!-- c -->",
        "&amp;",
        "&nbsp;",
        "<![CDATA[x]]>",
        "<?pi x?>",
        "\t",
    ]
)


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(_TAGS))
    parts = [draw(_TEXT)]
    if depth < 7:
        for _ in range(draw(st.integers(0, 3))):
            parts.append(draw(_markup(depth + 1)))
            parts.append(draw(_TEXT))
    return f"<{tag}{draw(_ATTRS)}>{''.join(parts)}</{tag}>"


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(markups=st.lists(_markup(), min_size=1, max_size=4))
def test_generated_pages(markups: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = parsed(f"<html><body>{''.join(markups)}</body></html>")
    assert root is not None
    for options in LIMITS:
        assert_same(root, options, monkeypatch)
    assert_same_scan(root)


def test_pure_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    """DECHROME_PURE=1 (docs/benchmarks.md) chooses the Python walk."""
    monkeypatch.setenv("DECHROME_PURE", "1")
    assert html._compiled() is None
    monkeypatch.setenv("DECHROME_PURE", "0")
    assert html._compiled() is not None


def test_not_run_beside_another_lxml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Built against other lxml headers than the lxml installed, the walk is left unused."""
    from dechrome.blocks import _walk

    monkeypatch.delenv("DECHROME_PURE", raising=False)
    monkeypatch.setattr(_walk, "BUILT_FOR_LXML", "0.0.0")
    assert html._compiled() is None
