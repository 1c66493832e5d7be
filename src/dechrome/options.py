"""One frozen object holds every limit and threshold, so nothing is global and all is explicit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Options:
    """Limits and thresholds for one call of `clean`.

    Limits (documented in docs/limits.md) keep one hostile page from eating the machine:
    input over `max_bytes` is refused (`InputTooLargeError`); DOM deeper than `max_depth`
    is flattened into its ancestor at that depth (its text is kept); a page with more
    than `max_nodes` elements is read as text, without its tags; blocks beyond
    `max_blocks` are joined into the last one; `time_budget` seconds is checked after
    each stage (decode, parse, blocks, metadata) and each filter
    (`TimeBudgetExceededError`). Every limit that shaped a result is named in
    `Article.notes`.
    """

    max_bytes: int = 50_000_000
    max_depth: int = 128
    max_nodes: int = 1_000_000
    max_blocks: int = 100_000
    time_budget: float = 30.0
    # A block with more than this share of its characters inside links is navigation.
    max_link_density: float = 0.5
    # Keep comments out of the body; when True they are returned in `Article.comments`.
    include_comments: bool = False
