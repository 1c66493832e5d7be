"""Sign-up and log-in boxes: the few lines around an e-mail field are never the article.

A newsletter box set between two paragraphs ("Get the morning briefing. The day's top
stories, in your inbox every weekday." over an e-mail field and a button) says what it is
in its words only, and sites styled with utility classes ("my-8 rounded border p-4") name
it nowhere. Its field says it: an `<input type="email">`. The box is the field's largest
ancestor that still holds little text, short of the article's own container.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from ..blocks import Block, Document
from ..pipeline import define_filter
from ..result import Mark

# A box holds at most this many characters of text: a title, a prompt, a consent line.
_BOX_MAX = 400
# Bounds the work on hostile pages with thousands of fields.
_MAX_FIELDS = 20


def _box(doc: Document, field: Any) -> Any | None:
    """The field's largest ancestor that holds under `_BOX_MAX` characters of text and not
    the page's core (the article's container); None when its parent already fails that."""
    stats = doc.subtrees
    if stats is None:
        return None
    box = None
    el = field.getparent()
    while el is not None and el.tag not in ("body", "html"):
        if stats.text.get(el, 0) >= _BOX_MAX or stats.holds_core(el):
            break
        box, el = el, el.getparent()
    return box


@define_filter("forms", kinds=("html",))
def forms(doc: Document, blocks: Sequence[Block]) -> Iterable[Mark]:
    """The blocks of a short box around an e-mail field: a newsletter sign-up, a log-in."""
    root: Any = doc.root
    if root is None:
        return
    fields = (el for el in root.iter("input") if (el.get("type") or "").strip().lower() == "email")
    boxes = {box for field in islice(fields, _MAX_FIELDS) if (box := _box(doc, field)) is not None}
    if not boxes:
        return
    for b in blocks:
        if any(el in boxes for el in b.ancestors):
            yield Mark(b.index, "in a short box around an e-mail field (sign-up or log-in)")
