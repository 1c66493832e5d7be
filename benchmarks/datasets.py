"""Read a labelled dataset folder in the ../shared/bench format (pages/ + truth.jsonl)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Case:
    """One labelled page. `None` fields are not labelled; "" means labelled as absent."""

    id: str
    page: bytes
    kind: str  # "html" or "text"
    url: str | None
    body: str | None
    title: str | None
    author: str | None
    date: str | None
    with_: tuple[str, ...]
    without: tuple[str, ...]


def _page(folder: Path, page_id: str) -> tuple[bytes, str]:
    for ext, kind in ((".html.gz", "html"), (".txt.gz", "text"), (".html", "html"), (".txt", "text")):
        f = folder / "pages" / f"{page_id}{ext}"
        if f.exists():
            data = f.read_bytes()
            return (gzip.decompress(data) if ext.endswith(".gz") else data), kind
    raise FileNotFoundError(f"no page for {page_id!r} in {folder / 'pages'}")


def load(folder: Path, limit: int | None = None) -> Iterator[Case]:
    """The cases of a dataset, in truth.jsonl order (first `limit` only, if given)."""
    lines = (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:limit]:
        t: dict[str, Any] = json.loads(line)
        page, kind = _page(folder, t["id"])
        yield Case(
            t["id"], page, kind, t.get("url"), t.get("body"), t.get("title"), t.get("author"),
            t.get("date"), tuple(t.get("with") or ()), tuple(t.get("without") or ()),
        )  # fmt: skip
