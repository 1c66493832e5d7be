"""Headline, byline and date: named steps propose candidates, one reconciler decides."""

from __future__ import annotations

from collections.abc import Callable

from ..blocks import Block, Kind, Metadata
from . import normalize
from .candidates import Candidate, Extractor, Page
from .html_tags import json_ld, meta_tags, title_tag
from .text_dump import text_lines
from .visible import byline, dated_element, heading, time_element

# Step order breaks ties between equally confident candidates.
DEFAULT_STEPS: tuple[tuple[str, Extractor], ...] = (
    ("json-ld", json_ld),
    ("meta", meta_tags),
    ("h1", heading),
    ("title", title_tag),
    ("byline", byline),
    ("time", time_element),
    ("visible-date", dated_element),
    ("text", text_lines),
)


def extract_metadata(
    kind: Kind,
    blocks: tuple[Block, ...],
    root: object | None,
    url: str | None,
    steps: tuple[tuple[str, Extractor], ...] = DEFAULT_STEPS,
) -> Metadata:
    """Run every step, normalise each candidate, and keep the most confident per field."""
    page = Page(kind, blocks, root, url)
    found: list[Candidate] = []
    for _, step in steps:
        found.extend(step(page))
    site = _best(found, "site_name", lambda v: v.strip() or None)
    chosen: dict[str, tuple[str, str]] = {}
    for field, fn in (
        ("headline", lambda v: normalize.headline(v, site[0] if site else None)),
        ("byline", normalize.byline),
        ("date", normalize.date),
        ("language", lambda v: v.split("-")[0].split("_")[0].lower() or None),
    ):
        best = _best(found, field, fn)
        if best:
            chosen[field] = best
    return Metadata(
        headline=chosen.get("headline", (None,))[0],
        byline=chosen.get("byline", (None,))[0],
        date=chosen.get("date", (None,))[0],
        language=chosen.get("language", (None,))[0],
        site_name=site[0] if site else None,
        sources={k: v[1] for k, v in chosen.items()},
    )


def _best(found: list[Candidate], field: str, fn: Callable[[str], str | None]) -> tuple[str, str] | None:
    best: tuple[float, str, str] | None = None
    for c in found:
        if c.field != field:
            continue
        value = fn(c.value)
        if value and (best is None or c.confidence > best[0]):
            best = (c.confidence, value, c.source)
    return (best[1], best[2]) if best else None


__all__ = ["DEFAULT_STEPS", "Candidate", "Extractor", "Page", "extract_metadata"]
