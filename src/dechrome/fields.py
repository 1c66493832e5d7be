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


def assemble(doc: Document, outcome: Outcome) -> Article:
    """Body from the kept blocks in page order; captions and comments from their removals."""
    paragraphs = tuple(b.text for b in outcome.kept)
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
        notes=doc.notes,
    )
