"""One walk over the tree turns an HTML page into blocks."""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..options import Options
from .model import Block

# Elements that start a new block: their text is never glued to the text around them.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "button",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "label",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "select",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# Elements whose content is never page text. Their text is not kept, so it is not a block.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "head",
        "textarea",
        "input",
        "link",
        "meta",
        "base",
        "source",
        "track",
        "param",
    ]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_SVG_NS = "{http://www.w3.org/2000/svg}"
_HIDING_STYLE = ("display:none", "visibility:hidden")


def _attr_sig(el: Any) -> str:
    get = el.get
    parts = [get("class"), get("id"), get("role"), get("itemprop"), get("aria-label") and "aria-label"]
    return " ".join(p for p in parts if p).lower()


def _is_hidden(el: Any) -> bool:
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    return bool(style) and any(s in style.replace(" ", "").lower() for s in _HIDING_STYLE)


class _Builder:
    """Collects inline text into the current block; block-level elements cut it."""

    def __init__(self, options: Options) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.max_depth = options.max_depth
        self.max_blocks = options.max_blocks

    def flush(
        self, el: Any, tag: str, path: tuple[str, ...], attrs: tuple[str, ...], hidden: bool, pre: bool
    ) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        links, self.link_chars = self.link_chars, 0
        if pre:
            text = raw.strip("\n").rstrip()
        else:
            text = "\n".join(" ".join(line.split()) for line in raw.split("\n"))
            text = "\n".join(line for line in text.split("\n") if line)
        if not text.strip():
            return
        if len(self.blocks) >= self.max_blocks:
            # Over the block limit: keep the text by joining it onto the last block.
            last = self.blocks[-1]
            self.blocks[-1] = Block(
                last.index,
                last.text + "\n" + text,
                last.tag,
                last.path,
                last.attrs,
                last.link_chars + links,
                last.hidden,
                last.element,
                last.attr_text,
            )
            return
        self.blocks.append(
            Block(
                len(self.blocks), text, tag, path, attrs, min(links, len(text)), hidden, el, " ".join(attrs)
            )
        )

    def walk(
        self,
        el: Any,
        bel: Any,
        btag: str,
        path: tuple[str, ...],
        attrs: tuple[str, ...],
        hidden: bool,
        in_link: bool,
        pre: bool,
    ) -> None:
        """Walk `el`'s children; (bel, btag, path, attrs) describe the enclosing block."""
        if el.text:
            self._add(el.text, in_link)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):  # comments, processing instructions, entities
                if child.tail:
                    self._add(child.tail, in_link)
                continue
            if tag.startswith("{"):
                tag = tag.rsplit("}", 1)[1] if not tag.startswith(_SVG_NS) else "svg:" + tag[len(_SVG_NS) :]
            tag = tag.lower()
            if tag in SKIP_TAGS:
                pass
            elif tag == "svg" or tag.startswith("svg:"):
                self._svg(child, path, attrs, hidden, bel, btag, pre)
            elif tag == "br":
                self.parts.append("\n")
            elif len(path) >= self.max_depth:
                # Too deep to keep structure: flatten the subtree's text into this block.
                self._add(" ".join(child.itertext()), in_link)
            elif tag in BLOCK_TAGS:
                self.flush(bel, btag, path, attrs, hidden, pre)
                cpath = (*path, tag)
                cattrs = (*attrs, _attr_sig(child))
                chidden = hidden or _is_hidden(child)
                cpre = pre or tag == "pre"
                self.walk(child, child, tag, cpath, cattrs, chidden, in_link, cpre)
                self.flush(child, tag, cpath, cattrs, chidden, cpre)
            elif child.attrib and (_is_hidden(child) or _is_label(_attr_sig(child))):
                # Hidden and screen-reader-only inline text becomes a block of its own, so a
                # filter can judge it apart from the sentence around it.
                self.flush(bel, btag, path, attrs, hidden, pre)
                cpath = (*path, tag)
                cattrs = (*attrs, _attr_sig(child))
                chidden = hidden or _is_hidden(child)
                self.walk(child, child, tag, cpath, cattrs, chidden, in_link or tag == "a", pre)
                self.flush(child, tag, cpath, cattrs, chidden, pre)
            else:
                self.walk(child, bel, btag, path, attrs, hidden, in_link or tag == "a", pre)
            if child.tail:
                self._add(child.tail, in_link)

    def _add(self, text: str, in_link: bool) -> None:
        self.parts.append(text)
        if in_link:
            self.link_chars += len(text.strip())

    def _svg(
        self,
        el: Any,
        path: tuple[str, ...],
        attrs: tuple[str, ...],
        hidden: bool,
        bel: Any,
        btag: str,
        pre: bool,
    ) -> None:
        """SVG draws; only its <title>/<desc> carry text, which become blocks of their own."""
        for node in el.iter():
            tag = node.tag if isinstance(node.tag, str) else ""
            local = tag.rsplit("}", 1)[-1].lower()
            if local in ("title", "desc") and node.text and node.text.strip():
                self.flush(bel, btag, path, attrs, hidden, pre)
                self.parts.append(node.text)
                spath = (*path, "svg", local)
                sattrs = (*attrs, _attr_sig(el), "")
                self.flush(node, "svg-" + local, spath, sattrs, hidden, False)


_LABEL_WORDS = (
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader",
    "screenreader",
    "a11y",
    "offscreen",
    "assistive",
)


def _is_label(sig: str) -> bool:
    return any(w in sig for w in _LABEL_WORDS)


def html_blocks(root: etree._Element, options: Options) -> tuple[Block, ...]:
    """Blocks of the page's `<body>` (or the whole tree when there is none), in reading order."""
    body = root.find("body")
    top = body if body is not None else root
    b = _Builder(options)
    tag = "body"
    path = (tag,)
    attrs = (_attr_sig(top),)
    hidden = _is_hidden(top)
    b.walk(top, top, tag, path, attrs, hidden, False, False)
    b.flush(top, tag, path, attrs, hidden, False)
    return tuple(b.blocks)
