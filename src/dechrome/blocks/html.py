"""One walk over the tree turns an HTML page into blocks."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from lxml import etree

from ..decode import nfc
from ..options import Options
from .classes import Cls, classify
from .model import Block

# Elements that start a new block: their text is never glued to the text around them.
# A table row is one block (its cells joined by spaces), as a reader reads a data table.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body button caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html label legend "
    "li main menu nav ol option p pre section select summary table tbody tfoot thead tr ul".split()
)
# Elements whose content is never page text.
SKIP_TAGS = frozenset(
    "script style template iframe object embed canvas video audio map head "
    "textarea input link meta base source track param".split()
)
_CELLS = frozenset(("td", "th"))
_SVG_NS = "{http://www.w3.org/2000/svg}"
# Soft hyphens and zero-width spaces only hint at line breaks; readers never see them.
_INVISIBLE = {0xAD: None, 0x200B: None}
# Stands for <br> while a block's text is joined; never left in the output.
_BR = "\x00"


_Chain = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[Any, ...]]


class _Ctx:
    """The block-level element that text currently flows into, linked to its parent's.

    Tag, class and flag paths are built only when a block is made (`chain`), not for
    every element entered: most block-level elements hold no text of their own.
    """

    __slots__ = ("_chain", "cls", "el", "flag", "hidden", "parent", "pre", "sig", "tag")

    def __init__(self, el: Any, tag: str, sig: str, flag: int, parent: _Ctx | None,
                 hidden: bool, pre: bool) -> None:  # fmt: skip
        self.el, self.tag, self.sig, self.flag, self.parent = el, tag, sig, flag, parent
        self.cls: int = flag | (parent.cls if parent else 0)
        self.hidden, self.pre = hidden, pre
        self._chain: _Chain | None = None

    def enter(self, el: Any, tag: str, attrs: tuple[str, bool] | None = None) -> _Ctx:
        """The context of child element `el` (whose `read_attrs` may be given)."""
        sig, hidden = attrs or read_attrs(el)
        return _Ctx(el, tag, sig, classify(sig), self, self.hidden or hidden, self.pre or tag == "pre")

    def chain(self) -> _Chain:
        """(tags, class texts, flags, elements) from the root down to this one, built once."""
        if self._chain is None:
            if self.parent is None:
                self._chain = ((self.tag,), (self.sig,), (self.flag,), (self.el,))
            else:
                tags, sigs, flags, els = self.parent.chain()
                # Concatenation makes one tuple; (*t, x) builds a list first.
                self._chain = (
                    tags + (self.tag,),  # noqa: RUF005
                    sigs + (self.sig,),  # noqa: RUF005
                    flags + (self.flag,),  # noqa: RUF005
                    els + (self.el,),  # noqa: RUF005
                )
        return self._chain


_SIG_ATTRS = frozenset(("class", "id", "role", "itemprop"))


def read_attrs(el: Any) -> tuple[str, bool]:
    """(lowercased class/id/role/itemprop text, hidden?) in one pass over the attributes.

    aria-hidden hides from screen readers, not from eyes: it joins the class text as a
    hint (icons), it does not hide.
    """
    return _read_items(el.items())


_NO_ATTRS = ("", False)


def _read_items(items: list[tuple[str, str]]) -> tuple[str, bool]:
    """`read_attrs` of an element's `items()`, which the walk has in hand already."""
    if not items:
        return _NO_ATTRS
    parts = []
    hidden = aria = False
    for key, value in items:
        if key in _SIG_ATTRS:
            if value:
                parts.append(value)
        elif key == "hidden":
            hidden = True
        elif key == "style":
            compact = value.replace(" ", "").lower()
            hidden = hidden or "display:none" in compact or "visibility:hidden" in compact
        elif key == "aria-hidden":
            aria = value == "true"
    sig = " ".join(parts).lower() if parts else ""
    return (sig + " aria-hidden" if aria else sig), hidden


def _is_label(attrs: tuple[str, bool]) -> bool:
    """Do an inline element's attributes hide it or class it screen-reader/icon text?"""
    return attrs[1] or bool(classify(attrs[0]) & Cls.ICON)


def _skippable(noscript: Any) -> bool:
    """A <noscript> with little text is a "please enable JavaScript" note or a pixel: skip it.
    So is one whose content the parser kept as raw text: markup (tracking pixels), not words.

    A big one is read: parsers let a stray "<noscript><div></noscript>" swallow the rest of
    the page, article included.
    """
    if not len(noscript) and (noscript.text or "").lstrip().startswith("<"):
        return True
    total = 0
    # Bounded by elements too: nested <noscript>s full of empty tags made this quadratic.
    for n, el in enumerate(noscript.iter()):
        total += len(el.text or "") + (len(el.tail or "") if n else 0)
        if total > _NOSCRIPT_TEXT or n > _NOSCRIPT_NODES:
            return False
    return True


_NOSCRIPT_TEXT = 500
_NOSCRIPT_NODES = 200


def _local(tag: str) -> str:
    if tag.startswith("{"):
        return "svg" if tag.startswith(_SVG_NS) else tag.rsplit("}", 1)[1].lower()
    return tag.lower() if not tag.islower() else tag


def block_text(raw: str, pre: bool) -> str:
    """A block's text from its pieces joined (`_BR` for each <br>): what a reader sees."""
    if "\xad" in raw or "\u200b" in raw:
        raw = raw.translate(_INVISIBLE)
    if pre:
        return nfc(raw.replace(_BR, "\n").strip("\n").rstrip())
    if _BR in raw:
        # Source newlines are only whitespace; <br> is the line break a reader sees.
        return nfc("\n".join(filter(None, (" ".join(line.split()) for line in raw.split(_BR)))))
    return nfc(" ".join(raw.split()))


class _Builder:
    """Collects inline text into the current block; block-level elements cut it."""

    def __init__(self, options: Options) -> None:
        self.blocks: list[Block] = []
        # The current block's pieces of text, `_BR` for a <br>. Emptied in place, never
        # replaced, so that `walk` can keep it in a local.
        self.parts: list[str] = []
        self.link_chars = 0
        self.max_depth = options.max_depth
        self.max_blocks = options.max_blocks
        self.overflow: list[str] = []
        self.overflow_links = 0

    def flush(self, ctx: _Ctx) -> None:
        """The text gathered so far becomes a block of `ctx` (none if it is blank)."""
        parts = self.parts
        if not parts:
            return
        raw = "".join(parts)
        parts.clear()
        links, self.link_chars = self.link_chars, 0
        text = block_text(raw, ctx.pre)
        if not text:
            return
        if len(self.blocks) >= self.max_blocks:
            # Over the block limit: the text is kept, joined onto the last block at the end.
            self.overflow.append(text)
            self.overflow_links += links
            return
        path, attrs, flags, ancestors = ctx.chain()
        self.blocks.append(
            Block(
                len(self.blocks),
                text,
                ctx.tag,
                path,
                attrs,
                min(links, len(text)),
                ctx.hidden,
                ctx.el,
                flags,
                ctx.cls,
                ancestors,
            )
        )

    def walk(self, el: Any, ctx: _Ctx, in_link: bool, depth: int) -> None:
        """Walk `el`'s children, adding their text to the block of `ctx`.

        The hot path of the whole library: one call per element with children, none for
        leaf inline elements, so the work per child is written out here rather than
        spread over helper calls (`_add`, `enter`, `read_attrs`). Whitespace before a
        block's first word is never kept. Past `max_depth` a subtree's text is flattened
        into the current block, so deep nesting is neither lost nor a recursion error.
        """
        parts = self.parts
        text = el.text
        if text and (parts or not text.isspace()):
            parts.append(text)
            if in_link:
                self.link_chars += len(text.strip())
        for child in el:
            tag = child.tag
            if tag.__class__ is not str:  # comments, processing instructions, entities
                pass
            elif depth >= self.max_depth:
                self._add(" ".join(child.itertext()), in_link)
            else:
                if tag[0] == "{":
                    tag = _local(tag)
                if tag in BLOCK_TAGS:
                    if parts:
                        self.flush(ctx)
                    sig, hidden = _read_items(child.items())
                    pre = ctx.pre or tag == "pre"
                    inner = _Ctx(child, tag, sig, classify(sig), ctx, ctx.hidden or hidden, pre)
                    self.walk(child, inner, in_link, depth + 1)
                    if parts:
                        self.flush(inner)
                elif tag in SKIP_TAGS:
                    pass
                elif tag == "br":
                    parts.append(_BR)
                elif tag == "svg":
                    self._svg(child, ctx)
                elif tag == "noscript":
                    if not _skippable(child):
                        self.flush(ctx)
                        inner = ctx.enter(child, tag)
                        self.walk(child, inner, in_link, depth + 1)
                        self.flush(inner)
                elif (items := child.items()) and _is_label(label := _read_items(items)):
                    # Hidden and screen-reader-only inline text is a block of its own, so a
                    # filter can judge it apart from the sentence around it.
                    self.flush(ctx)
                    inner = ctx.enter(child, tag, label)
                    self.walk(child, inner, in_link or tag == "a", depth + 1)
                    self.flush(inner)
                else:
                    if tag in _CELLS and parts:
                        parts.append(" ")
                    if len(child):
                        self.walk(child, ctx, in_link or tag == "a", depth + 1)
                    elif (text := child.text) and (parts or not text.isspace()):
                        parts.append(text)
                        if in_link or tag == "a":
                            self.link_chars += len(text.strip())
            text = child.tail
            if text and (parts or not text.isspace()):
                parts.append(text)
                if in_link:
                    self.link_chars += len(text.strip())

    def _add(self, text: str, in_link: bool) -> None:
        if not self.parts and text.isspace():
            return  # whitespace before a block's first word: nothing to keep
        self.parts.append(text)
        if in_link:
            self.link_chars += len(text.strip())

    def _svg(self, el: Any, ctx: _Ctx) -> None:
        """SVG draws; only its <title>/<desc> carry text, which become blocks of their own."""
        svg = ctx.enter(el, "svg")
        for node in el.iter():
            tag = node.tag if isinstance(node.tag, str) else ""
            local = tag.rsplit("}", 1)[-1].lower()
            if local in ("title", "desc") and node.text and node.text.strip():
                self.flush(ctx)
                self.parts.append(node.text)
                self.flush(svg.enter(node, "svg-" + local))


def html_blocks(root: etree._Element, options: Options) -> tuple[Block, ...]:
    """Blocks of the page's `<body>` (or the whole tree when there is none), in reading order."""
    body = root.find("body")
    top = body if body is not None else root
    sig, hidden = read_attrs(top)
    ctx = _Ctx(top, "body", sig, classify(sig), None, hidden, False)
    b = _Builder(options)
    if compiled_walk is not None:
        compiled_walk(b, top, ctx, False, 1)
    else:
        b.walk(top, ctx, False, 1)
    b.flush(ctx)
    if b.overflow:
        # Text past max_blocks comes from all over the rest of the page: it is one block of
        # the whole body, not of the last block's element (whose box it would make the article).
        text = "\n".join(b.overflow)
        path, attrs, flags, ancestors = ctx.chain()
        links = min(b.overflow_links, len(text))
        block = Block(len(b.blocks), text, ctx.tag, path, attrs, links, ctx.hidden, ctx.el, flags)
        b.blocks.append(replace(block, cls=ctx.cls, ancestors=ancestors))
    return tuple(b.blocks)


def _compiled() -> Callable[[_Builder, Any, _Ctx, bool, int], None] | None:
    """The compiled walk (`_walk.pyx`), or None: not built, built against another lxml than
    the one installed, or `DECHROME_PURE=1` asks for Python."""
    if os.environ.get("DECHROME_PURE", "") not in ("", "0"):
        return None
    try:
        from ._walk import BUILT_FOR_LXML, walk  # imports this module's names: keep this at the end
    except ImportError:
        return None
    return walk if etree.__version__ == BUILT_FOR_LXML else None


# Which walk `html_blocks` runs; both give the same blocks (tests/test_walk_parity.py).
compiled_walk = _compiled()
