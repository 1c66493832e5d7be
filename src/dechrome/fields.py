"""Kept blocks and metadata become the Article's fields."""

from __future__ import annotations

from .blocks import Document
from .pipeline import Outcome
from .result import Article


def _unique(texts: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for t in texts:
        key = " ".join(t.split()).casefold()
        if key not in seen:
            seen.add(key)
            out.append(t)
    return tuple(out)


# A page whose visible article is shorter than this, while its JSON-LD states a longer one,
# is rendered by script: the stated body is the better reading.
MIN_VISIBLE_BODY = 200


def assemble(doc: Document, outcome: Outcome) -> Article:
    """Body from the kept blocks in page order; captions and comments from their removals."""
    paragraphs = tuple(b.text for b in outcome.kept)
    notes = doc.notes
    stated = doc.metadata.stated_body
    if stated and sum(map(len, paragraphs)) < MIN_VISIBLE_BODY < len(stated):
        stated_paragraphs = (" ".join(line.split()) for line in stated.splitlines())
        paragraphs = (*paragraphs, *(p for p in stated_paragraphs if p and p not in paragraphs))
        notes = (*notes, "the page shows little text; the body is its JSON-LD articleBody")
    captions = _unique([r.text for r in outcome.removed if r.role == "caption"])
    comments = (
        tuple(r.text for r in outcome.removed if r.role == "comment") if doc.options.include_comments else ()
    )
    meta = doc.metadata
    return Article(
        headline=meta.headline,
        byline=meta.byline,
        date=meta.date,
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        captions=captions,
        comments=comments,
        language=meta.language,
        url=doc.url,
        kind=doc.kind,
        sources=dict(meta.sources),
        removed=outcome.removed,
        notes=notes,
    )
