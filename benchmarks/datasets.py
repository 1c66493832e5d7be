"""Read a labelled dataset folder: `truth.jsonl` plus `pages/<id>.html.gz` (or .txt.gz).

The format is the one of ../shared/bench (see its README.md); any folder laid out the same
way works, gzipped or not:

    my-pages/
      truth.jsonl          one JSON object per line: id, url, body, title, author, date,
                           with, without (null = not labelled, "" = labelled as none)
      pages/<id>.html      or .html.gz, .txt, .txt.gz (.txt = a plain-text dump)
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .htmltext import page_dump

_EXTENSIONS = ((".html.gz", "html"), (".htm.gz", "html"), (".txt.gz", "text"),
               (".html", "html"), (".htm", "html"), (".txt", "text"))  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One labelled page. A `None` label is not labelled; "" is labelled as absent."""

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


class DatasetError(Exception):
    """A folder that is not a dataset, or a truth line that names no readable page."""


def _page(folder: Path, page_id: str) -> tuple[bytes, str]:
    for ext, kind in _EXTENSIONS:
        f = folder / "pages" / f"{page_id}{ext}"
        if f.is_file():
            data = f.read_bytes()
            return (gzip.decompress(data) if ext.endswith(".gz") else data), kind
    raise DatasetError(f"no page for id {page_id!r} in {folder / 'pages'}")


def _labels(folder: Path) -> Iterator[dict[str, Any]]:
    truth = folder / "truth.jsonl"
    if not truth.is_file():
        raise DatasetError(f"{folder} is not a dataset: no truth.jsonl")
    with truth.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DatasetError(f"{truth}:{n}: {exc}") from None


def _case(folder: Path, t: dict[str, Any]) -> Case:
    page, kind = _page(folder, str(t["id"]))
    return Case(
        str(t["id"]), page, kind, t.get("url"), t.get("body"), t.get("title"), t.get("author"),
        t.get("date"), tuple(t.get("with") or ()), tuple(t.get("without") or ()),
    )  # fmt: skip


def load(folder: Path, limit: int | None = None) -> Iterator[Case]:
    """The cases of a dataset in truth.jsonl order (the first `limit` only, if given)."""
    for i, t in enumerate(_labels(folder)):
        if limit is not None and i >= limit:
            return
        yield _case(folder, t)


def find(folder: Path, page_id: str) -> Case:
    """One case by id, or by a unique prefix of its id."""
    labels = list(_labels(folder))
    exact = [t for t in labels if str(t["id"]) == page_id]
    hits = exact or [t for t in labels if str(t["id"]).startswith(page_id)]
    if len(hits) != 1:
        found = "no page" if not hits else f"{len(hits)} pages"
        raise DatasetError(f"{found} with id {page_id!r} in {folder}")
    return _case(folder, hits[0])


def as_text(case: Case) -> Case:
    """The case with its HTML page turned into a naive text dump (`htmltext.page_dump`)."""
    return dataclasses.replace(case, page=page_dump(case.page), kind="text") if case.kind == "html" else case
