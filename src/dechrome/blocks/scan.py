"""Find the elements whose attributes hold a word: where a page's byline and date are marked.

The metadata steps look for "author", "byline", "date" in the attributes of most elements
of a page. In Python that costs a proxy object and a list of attributes per element, more
than the steps' own work; the compiled walk's extension (`_walk.pyx`) reads the attributes
in place and makes a proxy only for the elements it finds. Both give the same elements
(tests/test_walk_parity.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from . import html

Scan = Callable[[Any, Sequence[str], Collection[str], Sequence[str]], list[Any]]


def has_words(el: Any, keys: Collection[str], words: Sequence[str]) -> bool:
    """Does an attribute of `el` named in `keys` hold one of `words` (lowercase ASCII),
    whatever its case? A value that is not ASCII counts too: the caller's own pattern,
    whose case folding reaches beyond ASCII ("ſ" matches "s"), judges it."""
    for k, v in el.items():
        if k in keys and v and (not v.isascii() or any(w in v.lower() for w in words)):
            return True
    return False


def elements_with_words(
    root: Any, tags: Sequence[str], keys: Collection[str], words: Sequence[str]
) -> Iterable[Any]:
    """The elements of `tags` under `root` (itself included), in document order, that
    `has_words`. (In Python, one at a time: a caller that stops early saves the rest.)"""
    if compiled_scan is not None:
        return compiled_scan(root, tags, keys, words)
    return (el for el in root.iter(*tags) if has_words(el, keys, words))


def _compiled() -> Scan | None:
    if html.compiled_walk is None:
        return None  # not built, built for another lxml, or DECHROME_PURE=1 (html.py)
    from ._walk import elements_with_words as scan

    return scan


# Which scan `elements_with_words` runs; both find the same elements.
compiled_scan = _compiled()
