"""Text becomes an lxml tree, with the parser locked down: no network, no files, no entities.

libxml2 gives up silently on some hostile markup: past 2,048 open elements it stops and
the rest of the page is gone; an element with 100,000 attributes takes quadratic time.
So the page is tamed before parsing (monster tags lose their attributes), and a parse
that stopped early is redone on markup flattened to a safe depth, or, as a last resort,
on the page's text alone. Text is never dropped to keep the parser happy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape

from lxml import etree, html

# Declarations and entity definitions in a doctype are never needed to read a page and are
# the door for XXE and entity bombs; drop internal subsets before the parser sees them.
_DOCTYPE_OPEN = re.compile(r"<!DOCTYPE[^\[>]{0,500}\[", re.I)
_SUBSET_END = re.compile(r"\]\s*>")
_SUBSET_MAX = 1_000_000
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.I)

# libxml2 halts at 2,048 open elements (XML_PARSE_HUGE); flattened markup stays far below.
_LIBXML_DEPTH = 2048
FLAT_DEPTH = 512
# A start tag this long is checked for attribute floods (quadratic in libxml2).
_LONG = 8192
_LONG_TAG = re.compile(rf"<([A-Za-z][A-Za-z0-9:-]{{0,40}})[^<>]{{{_LONG},}}>")
_MAX_ATTRS = 1000
# One tag of any kind, for the flattening tokenizer; [^<>] keeps the scan linear.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})[^<>]*>?")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
_RAW = frozenset("script style textarea title xmp iframe noembed noframes plaintext".split())
# Dropped tags of these elements leave nothing, so words they split are not cut apart.
_PHRASING = frozenset(
    "a abbr b bdi bdo big cite code data dfn em font i kbd mark nobr q s samp small span strike strong "
    "sub sup time tt u var".split()
)


def _parser(encoding: str | None = None) -> html.HTMLParser:
    parser = html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        default_doctype=False,
        recover=True,
        encoding=encoding,
        # No table of id attributes: nothing here looks elements up by id, and filling it
        # cost 2% of the parse.
        collect_ids=False,
    )
    # One element class for every tag, chosen in C: lxml.html's per-tag lookup runs in
    # Python for each element touched and cost as much as the parse itself.
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=html.HtmlElement))
    return parser


@dataclass(frozen=True, slots=True)
class Parsed:
    """The tree, or (`root` None) the page's text when it has to be read without tags;
    and what had to give way for the whole page to be read.
    """

    root: etree._Element | None
    text: str = ""
    notes: tuple[str, ...] = ()


def parse_page(text: str, max_nodes: int = 1_000_000) -> Parsed:
    """Parse HTML (or XHTML) without entities or network, and say what it had to do.

    A page the parser cannot take whole (too deep, too many attributes) is flattened; one
    with more than `max_nodes` elements, or that libxml2 cannot read at all, is read as
    text. Text is never cut off silently.
    """
    text = _XML_DECL.sub("", text, count=1)
    if "<!" in text[:5000]:
        text = _drop_doctype_subset(text)
    if not text or text.isspace():  # not text.strip(), which copies the page
        return Parsed(html.Element("html"))
    text = _reopen_body(text)
    # Each element needs a "<"; far more of them than the limit allows means the tree
    # would only be built to be thrown away (about 400 bytes and 5 µs per element).
    if len(text) > 2 * max_nodes and text.count("<") > 2 * max_nodes:
        return _text_reading(text, f"the page has over {max_nodes:,} tags (max_nodes)")
    notes: list[str] = []
    if _has_long_tag(text):
        tamed = _LONG_TAG.sub(_tame_tag, text)
        if len(tamed) != len(text):
            notes.append(f"start tags with over {_MAX_ATTRS:,} attributes were read without them")
            text = tamed
    root = _parse(text)
    if root is None:
        root = _parse(flatten(text, FLAT_DEPTH))
        notes.append(
            f"the HTML parser stopped (nesting over {_LIBXML_DEPTH:,} deep); tags opened deeper than "
            f"{FLAT_DEPTH} were dropped and their text kept"
        )
        if root is None:
            return _text_reading(text, "the HTML parser could not read the page", notes)
    # Each element starts at a "<", but html/head/body and a <p> the parser may imply around
    # loose text (one per "<" at most): a page this short cannot hold more than `max_nodes`,
    # and counting its tree (a node set of every element, 0.2 ms a page) is left out.
    if 2 * len(text) + 4 > max_nodes:
        nodes = int(root.xpath("count(//*)"))  # counted in C, no Python object per element
        if nodes > max_nodes:
            why = f"the page has {nodes:,} elements, over max_nodes={max_nodes:,}"
            return _text_reading(text, why, notes)
    return Parsed(root, notes=tuple(notes))


def _text_reading(text: str, why: str, notes: list[str] | None = None) -> Parsed:
    return Parsed(None, html_as_text(text), (*(notes or ()), f"{why}; it was read as text, without tags"))


_END_TAG = re.compile(r"</(?:body|html)\b[^<>]*>", re.I)
_FIRST_END = re.compile("</(?:body|html)")
_FIRST_END_UPPER = re.compile("</(?:BODY|HTML)")
_SPACE = re.compile(r"\s*")


def _blank_tail(text: str, pos: int) -> bool:
    """Is there only white space, comments and `</body>`/`</html>` from `pos` on?

    A scan, not one regex: `(?:<!--.*?-->|...)*` backtracks across every comment of a page
    when something follows them (a 74 KB page took 34 s).
    """
    while True:
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]  # `\s*` always matches
        if pos == len(text):
            return True
        if text.startswith("<!--", pos):
            end = text.find("-->", pos + 4)
            if end < 0:
                return False
            pos = end + 3
        elif m := _END_TAG.match(text, pos):
            pos = m.end()
        else:
            return False


def _reopen_body(text: str) -> str:
    """Drop `</body>` and `</html>` when anything follows them.

    libxml2 silently drops what comes after `</html>`, and hangs what comes after `</body>`
    outside the body; browsers show both as part of the body, and so do we.
    """
    # One regex scan for the first of either (its "</" prefix is skipped to at C speed);
    # two str.find calls read the page twice.
    first = _FIRST_END.search(text) or _FIRST_END_UPPER.search(text)
    if first is None:
        return text
    start = first.start()
    if _blank_tail(text, start):
        return text
    return text[:start] + _END_TAG.sub(" ", text[start:])


def _drop_doctype_subset(text: str) -> str:
    """Remove `<!DOCTYPE x [ ... ]>`'s internal subset; an unclosed one ends at its `>`."""
    m = _DOCTYPE_OPEN.search(text, 0, 5000)
    if not m:
        return text
    end = _SUBSET_END.search(text, m.end(), m.end() + _SUBSET_MAX)
    if end is None:
        # Unterminated: the parser ends the doctype at its first ">" and skips the rest of
        # the declarations as bogus comments; none of them is ever resolved.
        return text[: m.start()] + "<!DOCTYPE html>" + text[m.end() :]
    return text[: m.start()] + "<!DOCTYPE html>" + text[end.end() :]


def _has_long_tag(text: str) -> bool:
    """Is any start tag longer than `_LONG` characters? Checked a megabyte at a time, so that
    memory stays bounded, without a regex over every tag (which cost as much as the parse).
    """
    step = 1 << 20
    # Chunks overlap by a tag's length, so none is missed at a boundary.
    return any(_long_piece(text[start : start + step + _LONG + 64]) for start in range(0, len(text), step))


def _long_piece(chunk: str) -> bool:
    """Does a piece of `chunk` (what follows a "<" up to the next) start a tag of over
    `_LONG` characters with an attribute flood? The text before the first "<" is no piece:
    it is text, or the end of a tag the previous chunk already saw.

    A piece that long covers a whole aligned run of `_LONG // 2` characters without "<", and
    runs are found with `str.find`, a few calls per page: most pages have no such piece, and
    only the pieces that do are looked at.
    """
    half = _LONG // 2
    k = 0
    while k + half <= len(chunk):
        if chunk.find("<", k, k + half) >= 0:
            k += half
            continue
        opened = chunk.rfind("<", 0, k)
        closed = chunk.find("<", k + half)
        end = len(chunk) if closed < 0 else closed
        if opened >= 0:
            piece = chunk[opened + 1 : end]
            if len(piece) > _LONG and piece[:1].isalpha():
                tag_end = piece.find(">")
                if (tag_end < 0 or tag_end > _LONG) and piece.count("=", 0, tag_end) > _MAX_ATTRS:
                    return True
        # The next aligned run that may start another piece.
        k = (end // half + 1) * half if closed >= 0 else len(chunk)
    return False


def _tame_tag(m: re.Match[str]) -> str:
    """A start tag with an attribute flood keeps its name and loses its attributes."""
    tag = m.group(0)
    return f"<{m.group(1)}>" if tag.count("=") > _MAX_ATTRS else tag


def _parse(text: str) -> etree._Element | None:
    """The tree, or None when libxml2 stopped before the end (a fatal error)."""
    parser = _parser()
    try:
        root = html.document_fromstring(text, parser=parser)
    except ValueError:
        # lxml refuses a str with an encoding declaration it cannot ignore: give it bytes.
        parser = _parser(encoding="utf-8")
        try:
            root = etree.fromstring(text.encode("utf-8", "replace"), parser=parser)
        except etree.LxmlError:
            return None
    except etree.ParserError:
        # "Document is empty": only comments, processing instructions or a doctype.
        return html.Element("html")
    except etree.LxmlError:
        return None
    if root is None or any(e.level == etree.ErrorLevels.FATAL for e in parser.error_log):
        return None
    return root


def _tokens(text: str) -> Iterator[tuple[int, int, bool, str]]:
    """(start, end, closing?, lowercased name) of each tag; raw-text element bodies skipped."""
    low: str | None = None
    pos = 0
    while True:
        m = _TAG.search(text, pos)
        if m is None:
            return
        name = m.group(2).lower()
        closing = m.group(1) == "/"
        yield m.start(), m.end(), closing, name
        pos = m.end()
        if not closing and name in _RAW:
            if low is None:
                low = text.lower()
            close = low.find("</" + name, pos)
            pos = len(text) if close < 0 else close


def flatten(text: str, max_depth: int) -> str:
    """The markup with every tag that would open deeper than `max_depth` removed.

    Depth is tracked like a browser's stack of open elements (void elements never open,
    an end tag closes up to its match, unmatched end tags are ignored), so the text of
    deep content stays, in order, inside its ancestor at `max_depth`.
    """
    out: list[str] = []
    stack: list[str] = []
    open_count: dict[str, int] = {}
    last = 0
    for start, end, closing, name in _tokens(text):
        if closing:
            if open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
                continue
        elif name in _VOID or name in _RAW or len(stack) < max_depth:
            # Raw-text elements always open: their text is code, never to be set loose.
            if name not in _VOID:
                stack.append(name)
                open_count[name] = open_count.get(name, 0) + 1
            continue
        # Too deep, or an end tag with nothing to close: drop it, keep the words apart.
        out.append(text[last:start])
        out.append("" if name in _PHRASING else " ")
        last = end
    out.append(text[last:])
    return "".join(out)


_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|ul|ol|dd|dt|figure|"
    r"figcaption|main|aside|nav|form|hr|title)\b[^<>]{0,2000}>",
    re.I,
)
_ANY_TAG = re.compile(r"<[^<>]{0,2000}>")


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
    """The page's text, block tags as line breaks: the reading when the tree cannot be had.

    Linear time at C speed (bounded patterns, one forward scan), so hostile input can't stall it.
    """
    text = _drop_code(text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return unescape(text)
