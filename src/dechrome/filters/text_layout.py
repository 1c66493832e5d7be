"""Text dumps: what sits above the headline, menus and breadcrumbs, and image labels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..blocks import Block, Document
from ..metadata.text_title import MENU_LINE
from ..pipeline import define_filter
from ..result import Mark
from .text_content import best_run, headline_lines, run_scores
from .vocab import CAPTION_CREDIT, is_credit


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


# A line this long that is mostly other lines of the dump, in their order, is the article
# again (a feed or summary field printed whole): the lines it repeats stay, it goes.
_JOINED_MIN = 500
_JOINED_SHARE = 0.8
_KEY = 40
# Lines of the dump the copy may leave out between two it repeats (a heading, a caption).
_JOINED_SKIP = 3


def _joined_copies(lines: Sequence[Block]) -> set[int]:
    """Indexes of long lines that repeat a stretch of other lines joined into one."""
    starts: dict[str, int] = {}
    for i, b in enumerate(lines):
        if len(b.text) >= _KEY:
            starts.setdefault(b.text[:_KEY], i)
    copies: set[int] = set()
    for b in lines:
        text = b.text
        if len(text) < _JOINED_MIN or (k := starts.get(text[:_KEY])) is None or lines[k] is b:
            continue
        pos, matched, skipped = 0, 0, 0
        while k < len(lines) and pos < len(text) and skipped <= _JOINED_SKIP:
            part = lines[k].text
            if lines[k] is not b and text.startswith(part, pos):
                pos += len(part)
                matched += len(part)
                while pos < len(text) and text[pos] == " ":
                    pos += 1
                skipped = 0
            else:
                skipped += 1
            k += 1
        if matched >= _JOINED_SHARE * len(text):
            copies.add(b.index)
    return copies


# A teaser card flattened without a separator: "... Title RunDenny Hamlin's run was ...".
# The summary opens with a word, or with "A" or "I" alone: a capital that ends a word
# ("GmbH", "FoodCorp") is a name's.
_GLUE = regex.compile(r"(?<=[\p{Ll}\d)?!]{2})(?=\p{Lu}\p{Ll}|[AI]\s)", regex.V0)
_TEASER_MIN = 60
_HEADLINE_MAX = 150
# ... or run into a wire story's lead: "Pak cleric warns government KARACHI: Firebrand ...".
_DATELINE = regex.compile(
    r"^([^.!?]{20,150}?[^\s.!?:]) (\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3}): (\p{Lu}.{40,})$", regex.V0
)


def _title_case(words: list[str]) -> bool:
    long = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 5 and len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _sentence(words: list[str]) -> bool:
    alpha = [w for w in words if w[0].isalpha()]
    return len(words) >= 6 and sum(w[0].islower() for w in alpha) >= 0.5 * len(alpha) > 0


def _glued_teaser(line: str) -> bool:
    """A Title Case headline run into the sentence that sums it up (or into itself again),
    or any headline run into a lead that opens with a dateline.

    The headline needs three long capitalised words, so "the new MacBook Pro" or
    "our YouTube channel" do not split.
    """
    if len(line) < _TEASER_MIN:
        return False
    if (d := _DATELINE.match(line)) and len(d[2]) >= 5 and _sentence(d[3].split()):
        return True
    # A headline is short: looking further would split a long line at every camelCase word.
    for m in _GLUE.finditer(line, 0, _HEADLINE_MAX):
        head, tail = line[: m.start()], line[m.start() :]
        if len(head) < 20 or len(tail) < 40 or not _title_case(head.split()):
            continue
        if _sentence(tail.split()) or tail.startswith(head):
            return True
    return False


# A caption is a sentence or two; a paragraph that ends on a credit is the article's.
_CAPTION_MAX = 250


def _image_label(line: str, caption: str) -> bool:
    """A short title printed above its caption: "Iran Drones" over "Iran-made drones (AP)"."""
    if len(caption) >= _CAPTION_MAX or not is_credit(caption) or line.rstrip().endswith("."):
        return False
    return len(line.split()) <= 4 or _norm(caption).startswith(_norm(line))


def _run_above(blocks: Sequence[Block], line: int) -> bool:
    """The densest run of prose has more of its prose above dump line `line` than below it."""
    scores = run_scores(blocks)
    span = best_run(scores)
    if span is None:
        return False
    above = below = 0.0
    for i in range(span[0], span[1] + 1):
        if scores[i] > 0 and blocks[i].index != line:
            if blocks[i].index < line:
                above += scores[i]
            else:
                below += scores[i]
    return above > below


@define_filter("text_layout", kinds=("text",))
def text_layout(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """Lines above the headline, menu and breadcrumb lines, labels over a caption, joined copies."""
    headline = _norm(doc.metadata.headline) if doc.metadata.headline else None
    lines = headline_lines(doc, headline) if headline else set()
    start = next((b.index for b in doc.blocks if _norm(b.text) in lines), None)
    if start is not None and _run_above(blocks, start):
        # A headline line under most of the article's run of prose is a box's title or a
        # caption the headline was read from, not the top of the article (a review's
        # verdict box repeats the game's name).
        start = None
    copies = _joined_copies(doc.blocks)
    for b in blocks:
        nxt = doc.blocks[b.index + 1] if b.index + 1 < len(doc.blocks) else None
        if b.index in copies:
            yield Mark(b.index, "other lines of the dump joined into one")
        elif start is not None and b.index < start:
            yield Mark(b.index, "above the headline")
        elif _glued_teaser(b.text):
            yield Mark(b.index, "a teaser: a headline run into its summary")
        elif MENU_LINE.match(b.text):
            yield Mark(b.index, "a menu or breadcrumb line")
        elif nxt is not None and _image_label(b.text, nxt.text):
            yield Mark(b.index, "image label just before its caption")
        elif len(b.text) < _CAPTION_MAX and CAPTION_CREDIT.search(b.text):
            yield Mark(b.index, "a caption that ends with its photo credit", "caption")
