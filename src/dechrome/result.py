"""What `clean` returns: a frozen Article and the trace of everything it removed."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from .frozen import fast_init

Role = Literal["chrome", "caption", "comment", "headline", "byline", "date"]


@fast_init
@dataclass(frozen=True, slots=True)
class Mark:
    """A filter's verdict on one block: it is not body text, because of `reason`.

    `role` says what the block is when it is not plain chrome, so it can be returned
    in its own field (captions, comments) instead of being thrown away.
    """

    block: int
    reason: str
    role: Role = "chrome"


@fast_init
@dataclass(frozen=True, slots=True)
class Removal:
    """One entry of the trace: which block went, which filter took it, and why."""

    index: int
    text: str
    filter: str
    reason: str
    role: Role
    where: str  # the block's tag path, e.g. "body/div/nav/ul/li"

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "filter": self.filter,
            "reason": self.reason,
            "role": self.role,
            "where": self.where,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """The article a reader came for, with what was taken out kept on the side."""

    headline: str | None
    byline: str | None
    date: str | None
    body: str
    paragraphs: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    language: str | None = None
    url: str | None = None
    kind: Literal["html", "text"] = "html"
    # Where each metadata field came from, e.g. {"date": "json-ld"}.
    sources: dict[str, str] = field(default_factory=dict)
    removed: tuple[Removal, ...] = ()
    # Limits that shaped the result (see docs/limits.md), e.g. a parser fallback.
    notes: tuple[str, ...] = ()

    @property
    def authors(self) -> tuple[str, ...]:
        return tuple(self.byline.split("; ")) if self.byline else ()

    def to_dict(self, *, trace: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "headline": self.headline,
            "byline": self.byline,
            "date": self.date,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "comments": list(self.comments),
            "language": self.language,
            "url": self.url,
            "kind": self.kind,
            "sources": dict(self.sources),
            "notes": list(self.notes),
        }
        if trace:
            out["removed"] = [r.to_dict() for r in self.removed]
        return out

    def to_json(self, *, trace: bool = False, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(trace=trace), ensure_ascii=False, indent=indent)

    def explain(self) -> str:
        """The trace as text: one line per removed block, with the filter and the reason."""
        lines = []
        for r in self.removed:
            snippet = r.text if len(r.text) <= 70 else r.text[:67] + "..."
            snippet = snippet.replace("\n", " ")
            lines.append(f"{r.index:>5}  {r.filter:<14} {r.reason:<40} {snippet}")
        return "\n".join(lines)
