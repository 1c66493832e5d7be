"""A metadata step's answer: a value for one field, where it came from, and how sure it is."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from ..blocks import Block, Kind

Field = Literal["headline", "byline", "date", "language", "site_name", "body"]


@dataclass(frozen=True, slots=True)
class Candidate:
    field: Field
    value: str
    source: str  # "json-ld", "opengraph", "meta", "h1", "title", "time", "byline", "url", "text"
    confidence: float  # 0..1; the reconciler takes the most confident, ties by step order


@dataclass(frozen=True, slots=True)
class Page:
    """What metadata steps read: the tree (HTML) or the blocks, and the URL."""

    kind: Kind
    blocks: tuple[Block, ...]
    root: object | None
    url: str | None


Extractor = Callable[[Page], Iterable[Candidate]]
