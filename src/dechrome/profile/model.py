"""A site's template, learned from its pages: which block texts recur, on how many pages."""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROFILE_VERSION = 2  # 2: numbers in a text no longer change its key

_NUMBER = re.compile(r"\d+")


def text_key(text: str) -> str:
    """A short, stable key for a block's text: case, spacing and numbers do not matter.

    A template line carries the page's numbers ("8 min read", "© 2019", "42 comments"):
    they change from page to page, the line does not. Profiles store keys, not text, so
    they stay small and hold no article text.
    """
    norm = _NUMBER.sub("0", " ".join(text.casefold().split()))
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True)
class SiteProfile:
    """How many of a site's `pages` each block text (by `text_key`) appeared on."""

    site: str | None
    pages: int
    counts: Mapping[str, int] = field(default_factory=dict)
    version: int = PROFILE_VERSION

    def pages_with(self, text: str) -> int:
        return self.counts.get(text_key(text), 0)

    @property
    def threshold(self) -> int:
        """Pages a text must recur on to be template: at least 3, and half of the pages.

        Three keeps out an article quoted on a second page; half keeps out text shared by a
        few pages of another template.
        """
        return max(3, math.ceil(self.pages / 2))

    def merge(self, other: SiteProfile) -> SiteProfile:
        counts = dict(self.counts)
        for key, n in other.counts.items():
            counts[key] = counts.get(key, 0) + n
        return SiteProfile(self.site or other.site, self.pages + other.pages, counts)

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "site": self.site, "pages": self.pages, "counts": dict(self.counts)}

    def save(self, path: Path | str) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), sort_keys=True), encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteProfile:
        if data.get("version") != PROFILE_VERSION:
            raise ValueError(
                f"profile version {data.get('version')!r}, this dechrome reads {PROFILE_VERSION}"
            )
        return cls(data.get("site"), int(data["pages"]), {str(k): int(v) for k, v in data["counts"].items()})

    @classmethod
    def load(cls, path: Path | str) -> SiteProfile:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
