"""Headline, byline and date: named steps propose candidates, one reconciler decides."""

from __future__ import annotations

from ..blocks import Block, Kind, Metadata
from . import reconcile
from .candidates import Candidate, Extractor, Page
from .html_tags import json_ld, meta_tags, title_tag
from .text_dump import text_lines
from .visible import author_link, byline, dated_element, dateline, heading, time_element

# Step order breaks ties between equally confident candidates.
DEFAULT_STEPS: tuple[tuple[str, Extractor], ...] = (
    ("json-ld", json_ld),
    ("meta", meta_tags),
    ("h1", heading),
    ("title", title_tag),
    ("byline", byline),
    ("author-link", author_link),
    ("time", time_element),
    ("visible-date", dated_element),
    ("dateline", dateline),
    ("text", text_lines),
)


def extract_metadata(
    kind: Kind,
    blocks: tuple[Block, ...],
    root: object | None,
    url: str | None,
    steps: tuple[tuple[str, Extractor], ...] = DEFAULT_STEPS,
) -> Metadata:
    """Run every step, then reconcile the candidates field by field (see reconcile.py)."""
    page = Page(kind, blocks, root, url)
    found: list[Candidate] = []
    for _, step in steps:
        found.extend(step(page))
    site = reconcile.best(found, "site_name", lambda v: v.strip() or None)
    chosen = {
        "headline": reconcile.headline(found, site[0] if site else None, url),
        "byline": reconcile.byline(found, site[0] if site else None, url),
        "date": reconcile.date(found, page),
        "language": reconcile.best(
            found, "language", lambda v: v.split("-")[0].split("_")[0].lower() or None
        ),
    }
    body = reconcile.best(found, "body", lambda v: v)
    value = {k: v[0] for k, v in chosen.items() if v}
    return Metadata(
        headline=value.get("headline"),
        byline=value.get("byline"),
        date=value.get("date"),
        language=value.get("language"),
        site_name=site[0] if site else None,
        sources={k: v[1] for k, v in chosen.items() if v},
        stated_body=body[0] if body else None,
    )


__all__ = ["DEFAULT_STEPS", "Candidate", "Extractor", "Page", "extract_metadata"]
