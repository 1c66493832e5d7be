"""One page in, one JSON-ready record out: what batch runs write, local or on Dask."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..api import clean
from ..errors import DechromeError
from ..options import Options
from ..profile import SiteProfile
from .inputs import Source


def clean_record(
    source: Source,
    options: Options | None = None,
    disable: tuple[str, ...] = (),
    profile: SiteProfile | None = None,
) -> dict[str, Any]:
    """The article fields of one page, or an `error` field saying why there are none."""
    record: dict[str, Any] = {"id": source.id, "url": source.url}
    try:
        article = clean(source.page, source.url, options=options, disable=disable, profile=profile)
    except DechromeError as exc:
        record["error"] = f"{type(exc).__name__}: {exc}"
        return record
    record.update(article.to_dict())
    record["removed_by"] = dict(Counter(r.filter for r in article.removed))
    return record


def clean_partition(sources: Iterable[Source | dict[str, Any]]) -> list[dict[str, Any]]:
    """`clean_record` over a partition: for `dask.bag.Bag.map_partitions`.

    Items are `Source`s or dicts with `id`, `page` (or `html`/`text`) and optional `url`.
    """
    out = []
    for item in sources:
        if isinstance(item, dict):
            page = item.get("page") or item.get("html") or item.get("text") or ""
            item = Source(str(item.get("id", "")), page, item.get("url"))
        out.append(clean_record(item))
    return out
